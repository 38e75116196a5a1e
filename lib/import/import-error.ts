import { UserError } from "@/lib/errors";

/** A problem with one input file, located: printed as `FILE:LINE: message`. */
export class ImportError extends UserError {
  constructor(
    public file: string,
    public line: number,
    public detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

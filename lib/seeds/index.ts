export * from "./types";
export { parseSeed } from "./parse-seed";
export { toImportJson } from "./to-import-json";
export { parseDate } from "./parse-date";
export { parseCitations } from "./parse-citations";

// Filled in by the seed importer: on an empty database, import seeds/ so the first screen is real.
export async function seedIfEmpty(log: (m: string) => void): Promise<void> {
  void log;
}

// @ts-check
// Next's own file-system cache for ISR pages and unstable_cache data (next.config.js
// `cacheHandler`), minus one thing: an answer that found nothing (a 404 page, or a cached lookup
// that returned null) stays in Next's bounded in-memory LRU and is never written to disk.
// Otherwise every made-up address (/stories/<anything>) left ~43 kB of files under
// .next/server/route-cache and .next/cache, and a flood of random addresses could fill the disk.
// Built on Next's internal class: next is pinned to an exact version (package.json).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: Next loads this file itself
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

/** @param {any} data */
function foundNothing(data) {
  if (!data) return false;
  if (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") return data.status === 404;
  if (data.kind === "FETCH") return data.data?.body === "null";
  return false;
}

module.exports = class NotFoundInMemoryCache extends FileSystemCache {
  /** @type {FileSystemCache["set"]} */
  set(key, data, ctx) {
    if (!foundNothing(data)) return super.set(key, data, ctx);
    // set() decides whether to write to disk synchronously, before its first await.
    const flush = this.flushToDisk;
    this.flushToDisk = false;
    try {
      return super.set(key, data, ctx);
    } finally {
      this.flushToDisk = flush;
    }
  }
};

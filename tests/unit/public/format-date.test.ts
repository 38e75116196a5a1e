import { describe, expect, it } from "vitest";
import { articlesLabel, formatDateTime, formatPrecisionDate, formatRelative, precisionDateTimeAttr } from "@/lib/public/format-date";

describe("dates at their precision", () => {
  it("formats day, month and year precision like the seed", () => {
    expect(formatPrecisionDate("2026-01-12", "day")).toBe("Jan 12 2026");
    expect(formatPrecisionDate("2026-01-01", "month")).toBe("Jan 2026");
    expect(formatPrecisionDate("2026-01-01", "year")).toBe("2026");
    expect(formatPrecisionDate("2025-08-31", "day")).toBe("Aug 31 2025");
  });

  it("gives matching machine-readable datetime values", () => {
    expect(precisionDateTimeAttr("2026-01-12", "day")).toBe("2026-01-12");
    expect(precisionDateTimeAttr("2026-01-12", "month")).toBe("2026-01");
    expect(precisionDateTimeAttr("2026-01-12", "year")).toBe("2026");
  });

  it("does not shift dates across time zones (UTC)", () => {
    expect(formatPrecisionDate("2026-12-31", "day")).toBe("Dec 31 2026");
    expect(formatDateTime("2026-01-14T23:59:00.000Z")).toBe("Jan 14 2026, 23:59 UTC");
    expect(formatDateTime("2026-01-15T00:05:00.000Z")).toBe("Jan 15 2026, 00:05 UTC");
  });

  it("returns malformed input unchanged instead of throwing", () => {
    expect(formatPrecisionDate("not a date", "day")).toBe("not a date");
    expect(formatDateTime("garbage")).toBe("");
  });

  it("formats relative times coarsely", () => {
    const now = new Date("2026-01-14T12:00:00Z");
    expect(formatRelative("2026-01-14T11:59:30Z", now)).toBe("just now");
    expect(formatRelative("2026-01-14T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-01-14T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2026-01-13T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2025-12-01T12:00:00Z", now)).toBe("last month");
  });

  it("pluralises article counts", () => {
    expect(articlesLabel(1)).toBe("1 article");
    expect(articlesLabel(0)).toBe("0 articles");
    expect(articlesLabel(4)).toBe("4 articles");
  });
});

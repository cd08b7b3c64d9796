import { describe, expect, it } from "vitest";
import { formatTimestamp, usableLocale } from "./format";

describe("formatTimestamp", () => {
  it("formats for the locale in the given time zone", () => {
    expect(formatTimestamp("2026-11-28T21:40:03.512Z", "en-US", "UTC")).toBe("Nov 28, 2026, 09:40 PM");
    expect(formatTimestamp("2026-11-28T21:40:03.512Z", "zh-CN", "Asia/Shanghai")).toContain("2026");
  });

  it("shows text it cannot parse as it is rather than 'Invalid Date'", () => {
    expect(formatTimestamp("not a date", "en-US")).toBe("not a date");
  });
});

describe("usableLocale", () => {
  it("falls back to English for locales Intl rejects, as a web view with LANG unset reports", () => {
    expect(usableLocale("c")).toBe("en");
    expect(usableLocale("")).toBe("en");
    expect(usableLocale(undefined)).toBe("en");
    expect(usableLocale("zh-CN")).toBe("zh-CN");
    expect(() => formatTimestamp("2026-11-28T21:40:03.512Z", "c", "UTC")).not.toThrow();
  });
});

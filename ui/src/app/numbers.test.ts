import { describe, expect, it } from "vitest";
import { formatCompact, formatFixed, formatFraction, formatThousands } from "./numbers";

describe("figures on screen", () => {
  it("shows money in thousands, rounded half away from zero as the reports round", () => {
    expect(formatThousands("6500000.00", "en")).toBe("6,500");
    expect(formatThousands("1499.99", "en")).toBe("1");
    expect(formatThousands("1500.00", "en")).toBe("2");
    expect(formatThousands("-1500.00", "en")).toBe("−2");
    expect(formatThousands("-64241.67", "en", { parentheses: true })).toBe("(64)");
    // A figure that rounds to nothing has no sign.
    expect(formatThousands("-0.40", "en")).toBe("0");
  });

  it("writes a difference with its sign: plus before a rise, none before nothing", () => {
    expect(formatThousands("6500000.00", "en", { signed: true })).toBe("+6,500");
    expect(formatThousands("-6500000.00", "en", { signed: true, parentheses: true })).toBe("(6,500)");
    expect(formatThousands("400.00", "en", { signed: true })).toBe("0");
    expect(formatFraction("0.0125", "zh-CN", { signed: true })).toBe("+1.3%");
  });

  it("keeps Chinese grouping in thousands (zh-CN groups by three with commas too)", () => {
    expect(formatThousands("123456789.00", "zh-CN")).toBe("123,457");
  });

  it("rounds rates and fractions on their digits, not through a float", () => {
    expect(formatFixed("1.23365", "en", 4)).toBe("1.2337");
    expect(formatFixed("0.74200", "en", 2)).toBe("0.74");
    expect(formatFixed("12.1701748", "en", 1)).toBe("12.2");
    expect(formatFraction("0.1489411698", "en")).toBe("14.9%");
    // 0.1445 × 100 in binary floating point is 14.449…; on its digits it rounds to 14.5.
    expect(formatFraction("0.1445", "en")).toBe("14.5%");
  });

  it("labels chart axes compactly as each language counts: thousands, or 万 and 亿", () => {
    expect(formatCompact(1_234_567, "en")).toBe("1.23M");
    expect(formatCompact(4_500_000_000, "en")).toBe("4.5B");
    expect(formatCompact(120_000_000, "zh-CN")).toBe("1.2亿");
    expect(formatCompact(45_000, "zh-CN")).toBe("4.5万");
    expect(formatCompact(0, "zh-CN")).toBe("0");
  });

  it("puts a compact negative in parentheses when the user chooses them", () => {
    expect(formatCompact(-4_500_000, "en")).toBe("−4.5M");
    expect(formatCompact(-4_500_000, "en", { parentheses: true })).toBe("(4.5M)");
    expect(formatCompact(-120_000_000, "zh-CN", { parentheses: true })).toBe("(1.2亿)");
  });
});

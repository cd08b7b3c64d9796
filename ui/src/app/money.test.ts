import { describe, expect, it } from "vitest";
import { formatDecimal } from "./money";

describe("formatDecimal", () => {
  it("groups digits for the locale without float rounding", () => {
    expect(formatDecimal("4563593.33", "en-US")).toBe("4,563,593.33");
    expect(formatDecimal("12345678901234567.89", "en-US")).toBe("12,345,678,901,234,567.89");
    expect(formatDecimal("1234.5", "de-DE")).toBe("1.234,50");
    expect(formatDecimal("0", "en-US")).toBe("0.00");
    expect(formatDecimal("1.4582", "en-US")).toBe("1.4582");
  });

  it("shows negatives with a minus or in parentheses", () => {
    expect(formatDecimal("-64241.67", "en-US")).toBe("−64,241.67");
    expect(formatDecimal("-64241.67", "en-US", { parentheses: true })).toBe("(64,241.67)");
    expect(formatDecimal("-0.00", "en-US")).toBe("0.00");
  });

  it("leaves text that is not a decimal as it is", () => {
    expect(formatDecimal("n/a", "en-US")).toBe("n/a");
  });
});

import { describe, expect, it } from "vitest";
import { dateOrderOf, fromDecimalComma, inDateOrder, readChoice, readFraction, readMonth, readNumber, readPercent, readWholeNumber, shiftPoint } from "./cellText";

const value = <T,>(r: { ok: boolean; value?: T }) => (r.ok ? r.value : "refused");

describe("money and figures are read as spreadsheets display them", () => {
  it.each([
    ["1,234.50", "1234.50"],
    ["-1234.5", "-1234.5"],
    ["(1,234.50)", "-1234.50"],
    ["$1,234.50", "1234.50"],
    ["-$1,234.50", "-1234.50"],
    ["$-1,234.50", "-1234.50"],
    ["US$39,000", "39000"],
    ["¥8,000", "8000"],
    ["39000 USD", "39000"],
    ["\u00a039,000.00\u00a0", "39000.00"],
    ["\u22121,234", "-1234"],
    ["１２３４．５", "1234.5"],
    [".5", "0.5"],
    ["-0", "0"],
    ["", null],
  ])("%j is %j", (text, expected) => {
    expect(value(readNumber(text))).toBe(expected);
  });

  it.each(["12a", "1,23", "1.2.3", "--5", "1,234,5", "abc"])("%j is refused as a number", (text) => {
    expect(readNumber(text)).toEqual({ ok: false, problem: { code: "number", params: undefined } });
  });

  it("a whole number refuses a fraction but takes 1,024 and 512.00", () => {
    expect(value(readWholeNumber("1,024"))).toBe(1024);
    expect(value(readWholeNumber("512.00"))).toBe(512);
    expect(value(readWholeNumber("２５６"))).toBe(256);
    expect(readWholeNumber("2.5")).toMatchObject({ ok: false, problem: { code: "wholeNumber" } });
  });

  it("a per-cent column reads 12% and 12 alike; a fraction column reads 12% as 0.12", () => {
    expect(value(readPercent("12%"))).toBe("12");
    expect(value(readPercent("12"))).toBe("12");
    expect(value(readPercent("12.5 %"))).toBe("12.5");
    expect(value(readFraction("12%"))).toBe("0.12");
    expect(value(readFraction("0.12"))).toBe("0.12");
    expect(value(readFraction("7.5%"))).toBe("0.075");
    expect(value(readFraction("１００％"))).toBe("1");
  });

  it("moving the point is exact", () => {
    expect(shiftPoint("12", -2)).toBe("0.12");
    expect(shiftPoint("0.5", -2)).toBe("0.005");
    expect(shiftPoint("-150", -2)).toBe("-1.5");
    expect(shiftPoint("1.25", 2)).toBe("125");
  });
});

describe("months are read in every way a register writes them", () => {
  it.each([
    ["2026-01", "2026-01"],
    ["2026/1", "2026-01"],
    ["2026.10", "2026-10"],
    ["2026-07-01", "2026-07"],
    ["2026-07-01 00:00:00", "2026-07"],
    ["Jan-26", "2026-01"],
    ["jan 2026", "2026-01"],
    ["January 2026", "2026-01"],
    ["Sept-26", "2026-09"],
    ["26-Oct", "2026-10"],
    ["2026年1月", "2026-01"],
    ["2026年10月15日", "2026-10"],
    ["２０２６年１月", "2026-01"],
    ["01/2027", "2027-01"],
    // Dots are day first wherever they are written (Germany, Poland, Russia…).
    ["31.12.2026", "2026-12"],
    ["01.07.26", "2026-07"],
    // Slashes and dashes: read when a part over 12 is the day, or both parts are one month.
    ["31/12/2026", "2026-12"],
    ["12/31/2026", "2026-12"],
    ["13-7-2026", "2026-07"],
    ["1/1/2026", "2026-01"],
    // Excel's 1900 date system: 46023 is 2026-01-01, 46204 is 2026-07-01, 45322 is 2024-01-31.
    ["46023", "2026-01"],
    ["46204", "2026-07"],
    ["45322", "2024-01"],
    ["", null],
  ])("%j is %j", (text, expected) => {
    expect(value(readMonth(text))).toBe(expected);
  });

  it.each(["2026-13", "Foo-26", "13/2026", "12", "2026", "13/13/2026", "32.12.2026"])("%j is refused as a month", (text) => {
    expect(readMonth(text)).toMatchObject({ ok: false, problem: { code: "month" } });
  });

  it("a date either order reads (7/1/2026: July or January) is refused naming both readings", () => {
    expect(readMonth(" 7/1/2026 ")).toEqual({
      ok: false,
      problem: { code: "ambiguousDate", params: { given: "7/1/2026", monthFirst: "2026-07", dayFirst: "2026-01" } },
    });
  });
});

describe("choices are read by code or by their words in either language", () => {
  const tiers = [
    { value: "training", words: ["Training", "训练"] },
    { value: "inference", words: ["Inference", "推理"] },
  ] as const;
  it("by code, word and Chinese word, ignoring case and spaces", () => {
    expect(value(readChoice("TRAINING", tiers))).toBe("training");
    expect(value(readChoice(" 推理 ", tiers))).toBe("inference");
  });
  it("anything else is refused with the choices named", () => {
    expect(readChoice("batch", tiers)).toEqual({ ok: false, problem: { code: "choice", params: { allowed: "Training, Inference" } } });
  });
});

describe("a register file's own way of writing numbers and dates is turned to the grid's", () => {
  it.each([
    ["39000,50", "39000.50"],
    ["1.234.567,89", "1234567.89"],
    ["1 234,50 €", "1234.50 €"],
    ["(39000,5)", "(39000.5)"],
    ["-1.024", "-1024"],
    ["12,5 %", "12.5 %"],
    // A point decimal in the same file is left to read as written.
    ["1.5", "1.5"],
    ["1,2,3", "1,2,3"],
    ["2026-07", "2026-07"],
  ])("%j with a decimal comma is %j", (text, expected) => {
    expect(fromDecimalComma(text)).toBe(expected);
  });

  it("decimal-comma figures then read as the numbers they are", () => {
    expect(value(readNumber(fromDecimalComma("41.500,00 €")))).toBe("41500.00");
    expect(value(readWholeNumber(fromDecimalComma("1.024")))).toBe(1024);
    expect(value(readFraction(fromDecimalComma("12,5%")))).toBe("0.125");
  });

  it("a column's dates tell their order by a part over 12, or do not", () => {
    expect(dateOrderOf(["1/7/2026", "31/12/2026"])).toEqual({ seen: true, order: "day_first" });
    expect(dateOrderOf(["7/1/2026", "12/31/2026"])).toEqual({ seen: true, order: "month_first" });
    expect(dateOrderOf(["7/1/2026", "1/10/2026"])).toEqual({ seen: true, order: null });
    expect(dateOrderOf(["31/1/2026", "1/31/2026"])).toEqual({ seen: true, order: null });
    expect(dateOrderOf(["2026-07", "31.12.2026", ""])).toEqual({ seen: false, order: null });
  });

  it("a date in a known order is written year first and reads as its month", () => {
    expect(inDateOrder("7/1/2026", "month_first")).toBe("2026-07-01");
    expect(inDateOrder("7/1/26", "day_first")).toBe("2026-01-07");
    expect(value(readMonth(inDateOrder("7/1/2026", "day_first")))).toBe("2026-01");
    expect(inDateOrder("Jan-26", "day_first")).toBe("Jan-26");
  });
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Cohort } from "../../bindings";
import { parseTsv } from "../../grid/tsv";
import { planPaste as plan, unreadFigures, withDecimalCommas } from "../../grid/paste";
import { columnOfIssue } from "../../grid/column";
import { FLEET_COLUMNS, FLEET_ROWS, type ColumnContext } from "./columns";
import { BURRY_COHORT } from "./burry.fixture";
import { catalogs } from "../../i18n/catalog";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../tests/fixtures/paste/${name}`, import.meta.url)), "utf8");

const h100 = BURRY_COHORT;
const years: ColumnContext = { lifeUnit: "years", currency: "USD" };

/** The fleet register's paste plan, its rows as cohorts. */
const planPaste = (cohorts: Cohort[], block: string[][], at: { row: number; col: number }, context: ColumnContext, dropped?: Set<number>) => {
  const p = plan(cohorts, block, at, FLEET_ROWS, context, dropped);
  return { ...p, cohorts: p.rows, rows: p.written };
};

/** The first five fields of each cohort: what the fixtures hold. */
const register = (cohorts: Cohort[]) => cohorts.map((c) => [c.id, c.sku, c.quantity, c.in_service, c.unit_cost]);

describe("a block copied from a spreadsheet pastes as cohorts", () => {
  const expected = [
    ["H200-2026-07", "H200-SXM", 512, "2026-07", "41500"],
    ["B200-2026-10", "B200", 256, "2026-10", "52000"],
    ["H100-2027-01", "H100-SXM", 1024, "2027-01", "39000"],
  ];
  const same = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/\.0+$/, "") : v)));

  it.each(["excel-windows.tsv", "excel-macos.tsv"])("%s: three rows added past the last, each field read", (name) => {
    const plan = planPaste([h100], parseTsv(fixture(name)), { row: 1, col: 0 }, years);
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toEqual([1, 2, 3]);
    expect(same(register(plan.cohorts.slice(1)))).toEqual(expected);
  });

  it("libreoffice.tsv: a quoted id with doubled quotes, full-width digits, full dates", () => {
    const plan = planPaste([h100], parseTsv(fixture("libreoffice.tsv")), { row: 1, col: 0 }, years);
    expect(plan.problems).toEqual([]);
    expect(register(plan.cohorts.slice(1))).toEqual([
      ['H200 "Q3" 2026', "H200-SXM", 512, "2026-07", "41500.00"],
      ["B200-2026-10", "B200", 256, "2026-10", "52000"],
      ["H100-2027-01", "H100-SXM", 1024, "2027-01", "39000"],
    ]);
  });

  it("rows added take the last cohort's policies but none of its tier, retirement or contract", () => {
    const plan = planPaste([h100], parseTsv(fixture("excel-windows.tsv")), { row: 1, col: 0 }, years);
    expect(plan.cohorts[1]).toMatchObject({ book: h100.book, tax: h100.tax, tier: null, planned_retirement: null, contract: null });
  });

  it("excel-windows-german.tsv: refused as written, it reads whole with decimal commas", () => {
    const block = parseTsv(fixture("excel-windows-german.tsv"));
    const asWritten = planPaste([h100], block, { row: 1, col: 0 }, years);
    // 1.024 is no whole number of GPUs, 41.500,00 € no number, with the point as the decimal.
    expect(asWritten.problems.map((p) => [p.row, FLEET_COLUMNS[p.col].id, p.problem?.code])).toEqual([
      [1, "unit_cost", "number"],
      [2, "unit_cost", "number"],
      [3, "quantity", "wholeNumber"],
      [3, "unit_cost", "number"],
    ]);
    expect(unreadFigures(asWritten.problems)).toBe(4);
    const read = planPaste([h100], withDecimalCommas(block, 0, FLEET_COLUMNS), { row: 1, col: 0 }, years);
    expect(read.problems).toEqual([]);
    expect(same(register(read.cohorts.slice(1)))).toEqual(expected);
  });

  it("one-bad-cell.tsv: a word where GPUs go reads no better with decimal commas", () => {
    const block = parseTsv(fixture("one-bad-cell.tsv"));
    const read = planPaste([h100], withDecimalCommas(block, 0, FLEET_COLUMNS), { row: 1, col: 0 }, years);
    expect(unreadFigures(read.problems)).toBe(unreadFigures(planPaste([h100], block, { row: 1, col: 0 }, years).problems));
  });

  it("decimal commas are read only in numeric columns, from the column the block lands in", () => {
    // Landing on the SKU column: its "A,1" is a name, GPUs 1.024 are 1,024, a unit cost of 9,5 is 9.5.
    expect(withDecimalCommas([["A,1", "1.024", "2026-07", "9,5"]], 1, FLEET_COLUMNS)).toEqual([["A,1", "1024", "2026-07", "9.5"]]);
  });

  it("a block with one bad cell names that cell and the rows it would write", () => {
    const plan = planPaste([h100], parseTsv(fixture("one-bad-cell.tsv")), { row: 1, col: 0 }, years);
    expect(plan.problems).toEqual([{ row: 2, col: 2, blockRow: 1, problem: { code: "number" } }]);
  });

  it("dropping the bad row pastes the others, and the rows after it move up", () => {
    const plan = planPaste([h100], parseTsv(fixture("one-bad-cell.tsv")), { row: 1, col: 0 }, years, new Set([1]));
    expect(plan.problems).toEqual([]);
    expect(plan.cohorts.map((c) => c.id)).toEqual(["H100-2026-01", "H200-2026-07", "H100-2027-01"]);
  });

  it("a block over existing rows replaces only the cells it covers", () => {
    const plan = planPaste([h100], parseTsv("2048\t2026-03\n"), { row: 0, col: 2 }, years);
    expect(plan.cohorts).toEqual([{ ...h100, quantity: 2048, in_service: "2026-03" }]);
    expect(plan.rows).toEqual([0]);
  });

  it("a header row naming the columns, in either language, is not pasted", () => {
    const en = FLEET_COLUMNS.slice(0, 3).map((c) => catalogs.en[c.title]).join("\t");
    const zh = FLEET_COLUMNS.slice(0, 3).map((c) => catalogs["zh-CN"][c.title]).join("\t");
    for (const header of [en, zh]) {
      const plan = planPaste([], parseTsv(`${header}\nA-1\tH100-SXM\t8\n`), { row: 0, col: 0 }, years);
      expect(plan.header).toBe(true);
      expect(register(plan.cohorts)).toEqual([["A-1", "H100-SXM", 8, "2026-01", null]]);
    }
  });

  it("a row added without an id is named after its SKU and month, never taking a used id", () => {
    const plan = planPaste([{ ...h100, id: "H100-SXM-2026-01" }], parseTsv("H100-SXM\t8\t2026-01\n"), { row: 1, col: 1 }, years);
    expect(plan.cohorts[1].id).toBe("H100-SXM-2026-01-2");
  });

  it("lives are read in the user's unit: 5.5 years or 66 months, and a part month is refused", () => {
    const life = FLEET_COLUMNS.findIndex((c) => c.id === "useful_life");
    expect(planPaste([h100], [["5.5"]], { row: 0, col: life }, years).cohorts[0].book.useful_life_months).toBe(66);
    expect(planPaste([h100], [["66"]], { row: 0, col: life }, { lifeUnit: "months", currency: "USD" }).cohorts[0].book.useful_life_months).toBe(66);
    expect(planPaste([h100], [["5.3"]], { row: 0, col: life }, years).problems[0].problem).toEqual({ code: "wholeMonths", params: { given: "5.3" } });
  });

  it("methods and tiers are read by their words in English and Chinese, and by abbreviation", () => {
    const method = FLEET_COLUMNS.findIndex((c) => c.id === "book_method");
    const plan = planPaste([h100, h100], [["DDB"], [catalogs["zh-CN"]["fleet.book.sum_of_years_digits"]]], { row: 0, col: method }, years);
    expect(plan.cohorts.map((c) => c.book.method)).toEqual([{ kind: "declining_balance", factor: "2" }, { kind: "sum_of_years_digits" }]);
  });
});

describe("every column", () => {
  it("has its header in both languages and units in the header where it has one", () => {
    for (const column of FLEET_COLUMNS) {
      expect(catalogs.en[column.title], column.id).toBeTruthy();
      expect(catalogs["zh-CN"][column.title], column.id).toBeTruthy();
    }
  });

  it("writes back what it shows: a cohort's text read into it changes nothing", () => {
    for (const column of FLEET_COLUMNS) {
      const read = column.write(h100, column.text(h100, years), years);
      expect(read, column.id).toEqual({ ok: true, value: h100 });
    }
  });

  it("takes the engine's problems of its fields; others go to the cohort's first cell", () => {
    const at = (rest: string) => FLEET_COLUMNS[columnOfIssue(FLEET_COLUMNS, rest)].id;
    expect(at("book.useful_life_months")).toBe("useful_life");
    expect(at("book.method.factor")).toBe("book_method");
    expect(at("tax.method.recovery_years")).toBe("recovery_years");
    expect(at("contract.share_of_hours")).toBe("id");
  });
});

describe("a cohort's changes in estimate", () => {
  const change = { effective: "2027-01", useful_life_months: 36, salvage_percent: null, total_hours: null };
  it("write back what they show, and an empty cell leaves the estimate unchanged", async () => {
    const { CHANGE_COLUMNS } = await import("./cohortDetails");
    for (const column of CHANGE_COLUMNS) {
      expect(column.write(change, column.text(change, years), years), column.id).toEqual({ ok: true, value: change });
    }
    const life = CHANGE_COLUMNS.find((c) => c.id === "useful_life")!;
    expect(life.write(change, "", years)).toEqual({ ok: true, value: { ...change, useful_life_months: null } });
    expect(life.write(change, "4.5", years)).toEqual({ ok: true, value: { ...change, useful_life_months: 54 } });
  });
});

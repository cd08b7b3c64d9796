import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Cohort } from "../../bindings";
import { planPaste } from "../../grid/paste";
import { FLEET_COLUMNS, FLEET_ROWS } from "./columns";
import { BURRY_COHORT } from "./burry.fixture";
import { guessMapping, hasHeader, registerBlock, registerDates, type FileWriting } from "./registerImport";

/** The fixture's rows as the store's CSV reader gives them (quoted cells unquoted). */
const rows = [
  ["Asset ID", "Description", "GPU model", "Qty", "Placed in service", "Unit cost", "Location"],
  ["FA-1001", "Training pod A", "H200-SXM", "512", "2026-07-01", "$41,500.00", "Ashburn"],
  ["FA-1004", "Inference rack 2", "H100-SXM", "128", "2027-03", "", "Dallas"],
];
const col = (id: string) => FLEET_COLUMNS.findIndex((c) => c.id === id);
const POINTS: FileWriting = { decimal: "point", dates: null };

describe("a fixed-asset register is mapped onto the fleet register by its headers", () => {
  it("the fixture's header row is the one the reader sees", () => {
    const text = readFileSync(fileURLToPath(new URL("../../../../tests/fixtures/registers/fixed-assets.csv", import.meta.url)), "utf8");
    expect(text.split("\r\n")[0].split(",")).toEqual(rows[0]);
  });

  it("a first row naming two or more columns is a header; figures are not", () => {
    expect(hasHeader(rows)).toBe(true);
    expect(hasHeader(rows.slice(1))).toBe(false);
  });

  it("asset, model, quantity, date and cost are found under the ledger's own names", () => {
    const mapping = guessMapping(rows, true);
    expect(mapping[col("id")]).toBe(0);
    expect(mapping[col("sku")]).toBe(2);
    expect(mapping[col("quantity")]).toBe(3);
    expect(mapping[col("in_service")]).toBe(4);
    expect(mapping[col("unit_cost")]).toBe(5);
    expect(mapping[col("book_method")]).toBeNull();
  });

  it("the rows become cohorts, columns not mapped taken from the last cohort", () => {
    const block = registerBlock(rows, true, guessMapping(rows, true), POINTS);
    const template: Cohort = { ...BURRY_COHORT, planned_retirement: null };
    const plan = planPaste([template], block, { row: 1, col: 0 }, FLEET_ROWS, { lifeUnit: "years", currency: "USD" });
    expect(plan.problems).toEqual([]);
    expect(plan.rows.slice(1).map((c) => [c.id, c.sku, c.quantity, c.in_service, c.unit_cost, c.book.useful_life_months])).toEqual([
      ["FA-1001", "H200-SXM", 512, "2026-07", "41500.00", 72],
      ["FA-1004", "H100-SXM", 128, "2027-03", null, 72],
    ]);
  });

  it("without a header the file's columns are taken in the grid's order, and empty rows skipped", () => {
    const bare = [["A-1", "H100-SXM", "8"], ["", "", ""]];
    expect(registerBlock(bare, false, guessMapping(bare, false), POINTS)).toEqual([["A-1", "H100-SXM", "8", ...Array(FLEET_COLUMNS.length - 3).fill(null)]]);
  });
});

describe("a register written where the comma is the decimal separator and the day comes first", () => {
  // The e2e fixture tests/fixtures/registers/immobilisations.csv (Windows-1252) as the store
  // reads it.
  const french = [
    ["Asset ID", "Description", "GPU model", "Qty", "Placed in service", "Unit cost"],
    ["FA-2001", "Cluster Paris", "H200-SXM", "1.024", "01/07/2026", "41.500,00"],
    ["FA-2002", "Inférence Lyon", "H100-SXM", "128", "01/10/2026", "39000,50 €"],
  ];
  const cohorts = (block: (string | null)[][]) => planPaste([BURRY_COHORT], block, { row: 1, col: 0 }, FLEET_ROWS, { lifeUnit: "years", currency: "USD" });

  it("the fixture's rows are the ones the test reads", () => {
    // Latin-1 and Windows-1252 agree on é; the € (0x80) of the last cell is left out.
    const text = readFileSync(fileURLToPath(new URL("../../../../tests/fixtures/registers/immobilisations.csv", import.meta.url)), "latin1");
    expect(text.split("\r\n").slice(0, 3).map((line) => line.split(";").slice(0, 5))).toEqual(french.map((row) => row.slice(0, 5)));
  });

  it("01/07/2026 and 01/10/2026 do not tell their order", () => {
    expect(registerDates(french, true, guessMapping(french, true))).toEqual({ seen: true, order: null });
  });

  it("read with decimal commas and the day first, the figures and months are the file's", () => {
    const plan = cohorts(registerBlock(french, true, guessMapping(french, true), { decimal: "comma", dates: "day_first" }));
    expect(plan.problems).toEqual([]);
    expect(plan.rows.slice(1).map((c) => [c.quantity, c.in_service, c.unit_cost])).toEqual([
      [1024, "2026-07", "41500.00"],
      [128, "2026-10", "39000.50"],
    ]);
  });

  it("read month first, the same dates are January; read with points, 41.500,00 is refused", () => {
    const plan = cohorts(registerBlock(french, true, guessMapping(french, true), { decimal: "comma", dates: "month_first" }));
    expect(plan.rows.slice(1).map((c) => c.in_service)).toEqual(["2026-01", "2026-01"]);
    const points = cohorts(registerBlock(french, true, guessMapping(french, true), POINTS));
    expect(points.problems.map((p) => p.problem?.code)).toContain("number");
    expect(points.problems.map((p) => p.problem?.code)).toContain("ambiguousDate");
  });

  it("dates a part over 12 tells are read in that order without asking", () => {
    const us = [french[0], ["FA-1", "", "B200", "8", "12/31/2026", "52000"], ["FA-2", "", "B200", "8", "7/1/2027", "52000"]];
    const mapping = guessMapping(us, true);
    const { order } = registerDates(us, true, mapping);
    expect(order).toBe("month_first");
    const plan = cohorts(registerBlock(us, true, mapping, { decimal: "point", dates: order }));
    expect(plan.rows.slice(1).map((c) => c.in_service)).toEqual(["2026-12", "2027-07"]);
  });
});

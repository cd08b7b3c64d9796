import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Cohort } from "../../bindings";
import { planPaste } from "../../grid/paste";
import { FLEET_COLUMNS, FLEET_ROWS } from "./columns";
import { BURRY_COHORT } from "./burry.fixture";
import { guessMapping, hasHeader, registerBlock } from "./registerImport";

/** The fixture's rows as the store's CSV reader gives them (quoted cells unquoted). */
const rows = [
  ["Asset ID", "Description", "GPU model", "Qty", "Placed in service", "Unit cost", "Location"],
  ["FA-1001", "Training pod A", "H200-SXM", "512", "2026-07-01", "$41,500.00", "Ashburn"],
  ["FA-1004", "Inference rack 2", "H100-SXM", "128", "2027-03", "", "Dallas"],
];
const col = (id: string) => FLEET_COLUMNS.findIndex((c) => c.id === id);

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
    const block = registerBlock(rows, true, guessMapping(rows, true));
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
    expect(registerBlock(bare, false, guessMapping(bare, false))).toEqual([["A-1", "H100-SXM", "8", ...Array(FLEET_COLUMNS.length - 3).fill(null)]]);
  });
});

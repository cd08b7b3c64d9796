import type { Cohort } from "../../bindings";

/** The "Burry vs Bernstein" example's cohort, for the fleet's tests: 1,024 H100s at 39,000
 * from January 2026 on a 6-year straight-line life, MACRS 5 with full bonus, retiring at the
 * end of 2030. */
export const BURRY_COHORT: Cohort = {
  id: "H100-2026-01",
  sku: "H100-SXM",
  quantity: 1024,
  in_service: "2026-01",
  unit_cost: "39000",
  book: { method: { kind: "straight_line" }, useful_life_months: 72, salvage_percent: "0", convention: "full_month" },
  tax: { method: { kind: "macrs", recovery_years: 5 }, bonus_percent: "100" },
  tier: "inference",
  planned_retirement: "2030-12",
  contract: null,
  changes_in_estimate: [],
};

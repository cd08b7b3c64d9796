/** A scenario's tabs, in order; the tab on screen is in the address. */
export const SCENARIO_TABS = ["results", "fleet", "catalog", "market", "assumptions"] as const;

/** The tab whose editor holds the field at `path` of the scenario file. */
export function tabOfPath(path: string): ScenarioTab {
  if (path.startsWith("cohorts")) return "fleet";
  if (path.startsWith("catalog")) return "catalog";
  if (path.startsWith("market") && path !== "market.disposal_haircut") return "market";
  return "assumptions";
}
export type ScenarioTab = (typeof SCENARIO_TABS)[number];

/**
 * The fleet's make-up over time, charts and tables from the engine's composition view: GPUs
 * in service at each fiscal year's end by GPU with the average MW against the site cap, and by
 * tier (the Oracle mix). Each table lists what its chart plots.
 */
import type { ScenarioResults } from "../../bindings";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import type { Figures } from "../../app/useFigures";

const TIER_KEYS = ["results.tier.training", "results.tier.inference", "results.tier.other"];

const yearNames = (results: ScenarioResults, f: Figures) => results.composition.years.map((y) => f.fiscalYear(y.fiscal_year));

export function compositionChart(results: ScenarioResults, f: Figures) {
  const c = results.composition;
  const cap = c.power_cap_mw;
  return categoryChart(
    yearNames(results, f),
    [
      ...c.skus.map((sku, k) => ({ name: sku, values: c.years.map((y) => y.units_by_sku[k]), stack: "gpus" })),
      { name: f.t("results.averageMw"), values: c.years.map((y) => chartValue(y.average_mw)), kind: "line" as const, axis: 1 as const },
    ],
    [f.t("results.units"), "MW"],
    cap ? { value: chartValue(cap), label: f.t("results.powerCap", { mw: f.fixed(cap, 1) }) } : undefined,
  );
}

export function compositionTable(results: ScenarioResults, f: Figures) {
  const c = results.composition;
  const years = yearNames(results, f);
  return {
    columns: [{ header: f.t("FiscalYear") }, ...c.skus.map((sku) => ({ header: sku, numeric: true })), { header: f.t("results.averageMw"), numeric: true }],
    rows: c.years.map((y, i) => [years[i], ...y.units_by_sku.map((u) => f.count(u)), f.fixed(y.average_mw, 1)]),
  };
}

export function tiersChart(results: ScenarioResults, f: Figures) {
  const c = results.composition;
  return categoryChart(
    yearNames(results, f),
    TIER_KEYS.map((key, t) => ({ name: f.t(key), values: c.years.map((y) => y.units_by_tier[t]), stack: "tiers" })),
    [f.t("results.units")],
  );
}

export function tiersTable(results: ScenarioResults, f: Figures) {
  const years = yearNames(results, f);
  return {
    columns: [{ header: f.t("FiscalYear") }, ...TIER_KEYS.map((key) => ({ header: f.t(key), numeric: true }))],
    rows: results.composition.years.map((y, i) => [years[i], ...y.units_by_tier.map((u) => f.count(u))]),
  };
}

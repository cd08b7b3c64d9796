import { useMemo } from "react";
import type { ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import { DataTable } from "../../table/DataTable";
import { Panel } from "./Panel";
import type { Figures } from "./useFigures";

const TIER_KEYS = ["results.tier.training", "results.tier.inference", "results.tier.other"];

/** The fleet's make-up at each year end by GPU, the MW it draws against the site cap, and
 * its tiers (the Oracle mix). */
export function FleetOverTime({ results, f }: { results: ScenarioResults; f: Figures }) {
  const c = results.composition;
  const years = c.years.map((y) => f.fiscalYear(y.fiscal_year));
  const cap = c.power_cap_mw;
  const gpus = useMemo(
    () =>
      categoryChart(
        years,
        [
          ...c.skus.map((sku, k) => ({ name: sku, values: c.years.map((y) => y.units_by_sku[k]), stack: "gpus" })),
          { name: f.t("results.averageMw"), values: c.years.map((y) => chartValue(y.average_mw)), kind: "line" as const, axis: 1 as const },
        ],
        [f.t("results.units"), "MW"],
        cap ? { value: chartValue(cap), label: f.t("results.powerCap", { mw: f.fixed(cap, 1) }) } : undefined,
      ),
    [c, years.join(), cap, f.t],
  );
  const tiers = useMemo(
    () =>
      categoryChart(
        years,
        TIER_KEYS.map((key, t) => ({ name: f.t(key), values: c.years.map((y) => y.units_by_tier[t]), stack: "tiers" })),
        [f.t("results.units")],
      ),
    [c, years.join(), f.t],
  );
  return (
    <>
      <Panel
        id="composition"
        title={f.t("results.composition")}
        unit={cap ? f.t("results.powerCap", { mw: f.fixed(cap, 1) }) : undefined}
        chart={<Chart option={gpus} theme={f.theme} label={f.t("results.composition")} id="composition-chart" />}
      >
        <DataTable
          id="composition-table"
          columns={[{ header: f.t("FiscalYear") }, ...c.skus.map((sku) => ({ header: sku, numeric: true })), { header: f.t("results.averageMw"), numeric: true }]}
          rows={c.years.map((y, i) => [years[i], ...y.units_by_sku.map((u) => f.count(u)), f.fixed(y.average_mw, 1)])}
        />
      </Panel>
      <Panel id="tiers" title={f.t("results.tiers")} chart={<Chart option={tiers} theme={f.theme} label={f.t("results.tiers")} id="tiers-chart" />}>
        <DataTable
          id="tiers-table"
          columns={[{ header: f.t("FiscalYear") }, ...TIER_KEYS.map((key) => ({ header: f.t(key), numeric: true }))]}
          rows={c.years.map((y, i) => [years[i], ...y.units_by_tier.map((u) => f.count(u))])}
        />
      </Panel>
    </>
  );
}

import { useMemo } from "react";
import type { ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { DataTable } from "../../table/DataTable";
import { compositionChart, compositionTable, tiersChart, tiersTable } from "./fleetOverTime";
import { Panel } from "../../charts/Panel";
import type { Figures } from "../../app/useFigures";

/** The fleet's make-up at each year end by GPU, the MW it draws against the site cap, and
 * its tiers (the Oracle mix). */
export function FleetOverTime({ results, f }: { results: ScenarioResults; f: Figures }) {
  const cap = results.composition.power_cap_mw;
  const gpus = useMemo(() => compositionChart(results, f), [results, f]);
  const gpuTable = useMemo(() => compositionTable(results, f), [results, f]);
  const tiers = useMemo(() => tiersChart(results, f), [results, f]);
  const tierTable = useMemo(() => tiersTable(results, f), [results, f]);
  return (
    <>
      <Panel
        id="composition"
        title={f.t("results.composition")}
        unit={cap ? f.t("results.powerCap", { mw: f.fixed(cap, 1) }) : undefined}
        chart={<Chart option={gpus} theme={f.theme} label={f.t("results.composition")} id="composition-chart" />}
      >
        <DataTable id="composition-table" columns={gpuTable.columns} rows={gpuTable.rows} />
      </Panel>
      <Panel id="tiers" title={f.t("results.tiers")} chart={<Chart option={tiers} theme={f.theme} label={f.t("results.tiers")} id="tiers-chart" />}>
        <DataTable id="tiers-table" columns={tierTable.columns} rows={tierTable.rows} />
      </Panel>
    </>
  );
}

import type { ScenarioResults } from "../../bindings";
import { DataTable } from "../../table/DataTable";
import { Panel } from "../../charts/Panel";
import type { Figures } from "../../app/useFigures";

export function KeyFigures({ results, f }: { results: ScenarioResults; f: Figures }) {
  const k = results.summary;
  const currency = results.currency;
  const inThousands = (label: string) => f.t("results.inThousands", { label, currency });
  const rows = [
    [inThousands(f.t("NetPresentValue")), f.thousands(k.npv)],
    [f.t("InternalRateOfReturn"), k.irr ? f.fraction(k.irr) : "—"],
    [f.t("Payback"), k.payback ? f.month(k.payback.month) : f.t("results.payback.none")],
    [inThousands(f.t("CumulativeEbit")), f.thousands(k.cumulative_ebit)],
    [inThousands(f.t("CumulativeFreeCashFlow")), f.thousands(k.cumulative_free_cash_flow)],
    [f.t("results.h100Hours"), f.fixed(k.h100_equivalent_hours, 0)],
    [f.t("EnergyMwh"), f.fixed(k.energy.mwh, 0)],
    [f.t("AveragePowerMw"), f.fixed(k.energy.average_mw, 1)],
    [f.t("results.emissions"), f.fixed(k.emissions_tonnes, 0)],
  ];
  return (
    <Panel id="key-figures" title={f.t("results.keyFigures")}>
      <DataTable columns={[{ header: f.t("results.figure") }, { header: f.t("results.value"), numeric: true }]} rows={rows} id="key-figures-table" />
      <p className="muted">{f.t("results.households", { households: f.fixed(k.energy.households, 0) })}</p>
    </Panel>
  );
}

import { useMemo } from "react";
import type { AppError } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { chartValue } from "../../app/numbers";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { DataTable } from "../../table/DataTable";
import { useLiveFigures } from "../results/queries";
import { useEditing } from "../editing/WorkingCopy";

/** The answer moving while the fleet is edited: the key figures, and EBIT and free cash flow
 * by fiscal year, from one run of the model (the Results tab has the rest), marked while an
 * edit is on its way. */
export function LiveResults({ f }: { f: Figures }) {
  const editing = useEditing();
  const live = useLiveFigures(editing.scenarioId);
  const option = useMemo(() => {
    if (!live.data) return null;
    const years = live.data.fiscal_years;
    const chart = categoryChart(
      years.map((y) => f.fiscalYear(y.fiscal_year)),
      [
        { name: f.t("Ebit"), values: years.map((y) => chartValue(y.totals.ebit)) },
        { name: f.t("FreeCashFlow"), values: years.map((y) => chartValue(y.totals.free_cash_flow)), kind: "line" },
      ],
      [live.data.currency],
      undefined,
      f.compact,
    );
    // 150 px high: two or three intervals keep the value axis's labels apart (five crowded).
    const axes = chart.yAxis as Record<string, unknown>[];
    return { ...chart, yAxis: axes.map((axis) => ({ ...axis, splitNumber: 2 })) };
  }, [live.data, f]);
  const error = live.error as unknown as AppError | null;
  if (error?.kind === "invalid") return <p className="live-results banner banner-error" id="live-blocked">{f.t("live.blocked", { count: error.issues.length })}</p>;
  if (!live.data || !option) return <p className="live-results muted">{f.t("results.loading")}</p>;
  const k = live.data.summary;
  const thousands = (label: string) => f.t("results.inThousands", { label, currency: live.data.currency });
  const rows = [
    [thousands(f.t("NetPresentValue")), f.thousands(k.npv)],
    [f.t("InternalRateOfReturn"), k.irr ? f.fraction(k.irr) : "—"],
    [thousands(f.t("CumulativeEbit")), f.thousands(k.cumulative_ebit)],
    [thousands(f.t("CumulativeFreeCashFlow")), f.thousands(k.cumulative_free_cash_flow)],
  ];
  return (
    <div className={`live-results${editing.stale ? " stale" : ""}`} id="live-results" aria-busy={editing.stale}>
      <DataTable columns={[{ header: f.t("results.figure") }, { header: f.t("results.value"), numeric: true }]} rows={rows} id="live-figures" />
      <div className="live-chart">
        <Chart option={option} theme={f.theme} label={f.t("live.chart")} id="live-chart" />
      </div>
    </div>
  );
}

import { useMemo } from "react";
import type { AppError } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { Chart } from "../../charts/Chart";
import { DataTable } from "../../table/DataTable";
import { useScenarioResults } from "../results/queries";
import { policyComparisonChart } from "../results/policyComparison";
import { useEditing } from "../editing/WorkingCopy";

/** The answer moving while the fleet is edited: the key figures and EBIT under each book
 * life, from the same results as the Results tab, marked while an edit is on its way. */
export function LiveResults({ f }: { f: Figures }) {
  const editing = useEditing();
  const results = useScenarioResults(editing.scenarioId);
  const option = useMemo(() => (results.data ? policyComparisonChart(results.data, f) : null), [results.data, f]);
  const error = results.error as unknown as AppError | null;
  if (error?.kind === "invalid") return <p className="live-results banner banner-error" id="live-blocked">{f.t("live.blocked", { count: error.issues.length })}</p>;
  if (!results.data || !option) return <p className="live-results muted">{f.t("results.loading")}</p>;
  const k = results.data.summary;
  const currency = results.data.currency;
  const first = results.data.policy_comparison.years[0];
  const thousands = (label: string) => f.t("results.inThousands", { label, currency });
  const rows = [
    [thousands(f.t("NetPresentValue")), f.thousands(k.npv)],
    [thousands(f.t("CumulativeEbit")), f.thousands(k.cumulative_ebit)],
    [thousands(f.t("CumulativeFreeCashFlow")), f.thousands(k.cumulative_free_cash_flow)],
    ...(first && first.fiscal_year !== null ? [[f.t("live.gap", { year: f.fiscalYear(first.fiscal_year), currency }), f.signed.thousands(first.ebit_difference[first.ebit_difference.length - 1])]] : []),
  ];
  return (
    <div className={`live-results${editing.stale ? " stale" : ""}`} id="live-results" aria-busy={editing.stale}>
      <DataTable columns={[{ header: f.t("results.figure") }, { header: f.t("results.value"), numeric: true }]} rows={rows} id="live-figures" />
      <div className="live-chart">
        <Chart option={option} theme={f.theme} label={f.t("results.policyComparison")} id="live-chart" />
      </div>
    </div>
  );
}

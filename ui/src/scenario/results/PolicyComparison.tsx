import { useMemo } from "react";
import type { ChangeInEstimateEffect, ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { DataTable } from "../../table/DataTable";
import { Panel } from "../../charts/Panel";
import { policyComparisonChart, policyComparisonTable } from "./policyComparison";
import type { Figures } from "../../app/useFigures";

export function disclosure(d: ChangeInEstimateEffect, currency: string, f: Figures): string {
  return f.t("results.disclosure", {
    year: f.fiscalYear(d.fiscal_year),
    currency,
    depreciation: f.money(d.depreciation_change),
    netIncome: f.money(d.net_income_change),
    eps: d.per_share_below_a_cent ? f.t("results.perShareBelowCent", { currency }) : `${currency} ${f.money(d.per_share_change)}`,
  });
}

/** The Burry gap: EBIT by fiscal year under each book life, the difference of the longest
 * from the shortest and what it is of EBIT, and the ASC 250-10-50-4 sentence. */
export function PolicyComparison({ results, f, onDrawn }: { results: ScenarioResults; f: Figures; onDrawn?: () => void }) {
  const pc = results.policy_comparison;
  const currency = results.currency;
  const option = useMemo(() => policyComparisonChart(results, f), [results, f]);
  const table = useMemo(() => policyComparisonTable(results, f), [results, f]);
  return (
    <Panel
      id="policy-comparison"
      title={f.t("results.policyComparison")}
      unit={f.t("results.unit", { currency })}
      chart={<Chart option={option} theme={f.theme} label={f.t("results.policyComparison")} id="policy-comparison-chart" onDrawn={onDrawn} />}
    >
      <DataTable id="policy-comparison-table" columns={table.columns} rows={table.rows} />
      {pc.disclosure && <p className="disclosure">{disclosure(pc.disclosure, currency, f)}</p>}
      {results.estimate_changes.map((c) => (
        <p className="disclosure" key={c.effect.fiscal_year}>
          {disclosure(c.effect, currency, f)}
        </p>
      ))}
    </Panel>
  );
}

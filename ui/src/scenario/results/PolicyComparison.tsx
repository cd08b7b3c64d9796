import { useMemo } from "react";
import type { BookPolicy, ChangeInEstimateEffect, ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import { DataTable } from "../../table/DataTable";
import { Panel } from "./Panel";
import type { Figures } from "./useFigures";

/** "6-year life", "30-month life" in the UI's language (the method, if not straight line,
 * and salvage are in the scenario's policies). */
function policyName(p: BookPolicy, f: Figures): string {
  const months = p.useful_life_months;
  return months % 12 === 0 ? f.t("results.lifeYears", { years: months / 12 }) : f.t("results.lifeMonths", { months });
}

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
  const last = pc.policies.length - 1;
  const names = pc.policies.map((p) => policyName(p, f));
  const years = pc.years.map((y) => (y.fiscal_year === null ? f.t("results.cumulative") : f.fiscalYear(y.fiscal_year)));
  const option = useMemo(
    () =>
      categoryChart(
        years,
        names.map((name, i) => ({ name, values: pc.years.map((y) => chartValue(y.ebit[i])) })),
        [currency],
        undefined,
        f.compact,
      ),
    [years.join(), names.join(), pc, currency, f.compact],
  );
  const rows = [...pc.years, pc.cumulative].map((y) => [
    y.fiscal_year === null ? f.t("results.cumulative") : f.fiscalYear(y.fiscal_year),
    ...y.ebit.map((e) => f.thousands(e)),
    f.thousands(y.ebit_difference[last]),
    y.difference_percent_of_ebit[last] ? `${f.fixed(y.difference_percent_of_ebit[last] as string, 1)}%` : "—",
  ]);
  return (
    <Panel
      id="policy-comparison"
      title={f.t("results.policyComparison")}
      unit={f.t("results.unit", { currency })}
      chart={<Chart option={option} theme={f.theme} label={f.t("results.policyComparison")} id="policy-comparison-chart" onDrawn={onDrawn} />}
    >
      <DataTable
        id="policy-comparison-table"
        columns={[
          { header: f.t("FiscalYear") },
          ...names.map((n) => ({ header: `${f.t("Ebit")} ${n}`, numeric: true })),
          { header: f.t("results.difference"), numeric: true },
          { header: f.t("results.differencePercent"), numeric: true },
        ]}
        rows={rows}
      />
      {pc.disclosure && <p className="disclosure">{disclosure(pc.disclosure, currency, f)}</p>}
      {results.estimate_changes.map((c) => (
        <p className="disclosure" key={c.effect.fiscal_year}>
          {disclosure(c.effect, currency, f)}
        </p>
      ))}
    </Panel>
  );
}

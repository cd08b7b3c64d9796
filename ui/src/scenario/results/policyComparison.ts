/**
 * The policy comparison's chart and its table ("the Burry gap"), from the engine's view: the
 * chart plots EBIT by fiscal year under each book life, the table beside it lists the same
 * EBIT with the difference of the longest life from the shortest and what it is of EBIT.
 */
import type { BookPolicy, ScenarioResults } from "../../bindings";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import type { Figures } from "../../app/useFigures";

/** "6-year life", "30-month life" in the UI's language (the method, if not straight line,
 * and salvage are in the scenario's policies). */
export function policyName(p: BookPolicy, f: Figures): string {
  const months = p.useful_life_months;
  return months % 12 === 0 ? f.t("results.lifeYears", { years: months / 12 }) : f.t("results.lifeMonths", { months });
}

function yearName(fiscalYear: number | null, f: Figures): string {
  return fiscalYear === null ? f.t("results.cumulative") : f.fiscalYear(fiscalYear);
}

export function policyComparisonChart(results: ScenarioResults, f: Figures) {
  const pc = results.policy_comparison;
  return categoryChart(
    pc.years.map((y) => yearName(y.fiscal_year, f)),
    pc.policies.map((p, i) => ({ name: policyName(p, f), values: pc.years.map((y) => chartValue(y.ebit[i])) })),
    [results.currency],
    undefined,
    f.compact,
  );
}

export function policyComparisonTable(results: ScenarioResults, f: Figures) {
  const pc = results.policy_comparison;
  const last = pc.policies.length - 1;
  return {
    columns: [
      { header: f.t("FiscalYear") },
      ...pc.policies.map((p) => ({ header: `${f.t("Ebit")} ${policyName(p, f)}`, numeric: true })),
      { header: f.t("results.difference"), numeric: true },
      { header: f.t("results.differencePercent"), numeric: true },
    ],
    rows: [...pc.years, pc.cumulative].map((y) => [
      yearName(y.fiscal_year, f),
      ...y.ebit.map((e) => f.thousands(e)),
      f.thousands(y.ebit_difference[last]),
      y.difference_percent_of_ebit[last] ? `${f.fixed(y.difference_percent_of_ebit[last] as string, 1)}%` : "—",
    ]),
  };
}

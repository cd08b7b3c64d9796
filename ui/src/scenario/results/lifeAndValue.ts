/**
 * Charts and tables of a cohort's cash margin against its depreciation per GPU-hour by year
 * of service (the Bernstein against Burry picture), and of the fleet's net book value against
 * its economic value; each table lists what its chart plots.
 */
import type { MarginByAge, ScenarioResults } from "../../bindings";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import type { Figures } from "../../app/useFigures";

export function marginByAge(cohort: MarginByAge, currency: string, f: Figures) {
  const ages = cohort.years.map((y) => f.t("results.yearOfService", { year: y.year_of_service }));
  const marginName = f.t("results.marginPerHour", { currency });
  const depreciationName = f.t("results.depreciationPerHour", { currency });
  return {
    chart: categoryChart(
      ages,
      [
        { name: marginName, values: cohort.years.map((y) => chartValue(y.margin_per_gpu_hour)), kind: "line" },
        { name: depreciationName, values: cohort.years.map((y) => chartValue(y.depreciation_per_gpu_hour)), kind: "line" },
      ],
      [`${currency}/h`],
    ),
    columns: [{ header: f.t("results.serviceYear") }, { header: marginName, numeric: true }, { header: depreciationName, numeric: true }],
    rows: cohort.years.map((y, i) => [ages[i], f.fixed(y.margin_per_gpu_hour, 4), f.fixed(y.depreciation_per_gpu_hour, 4)]),
  };
}

export function bookAndEconomicValue(results: ScenarioResults, f: Figures) {
  const values = results.book_and_economic_value;
  const months = values.map((v) => f.month(v.month));
  return {
    chart: categoryChart(
      months,
      [
        { name: f.t("NetBookValue"), values: values.map((v) => chartValue(v.nbv)), kind: "line" },
        { name: f.t("EconomicValueValueInUse"), values: values.map((v) => chartValue(v.economic_value)), kind: "line" },
      ],
      [results.currency],
      undefined,
      f.compact,
    ),
    columns: [{ header: f.t("Month") }, { header: f.t("NetBookValue"), numeric: true }, { header: f.t("EconomicValueValueInUse"), numeric: true }],
    rows: values.map((v, i) => [months[i], f.thousands(v.nbv), f.thousands(v.economic_value)]),
  };
}

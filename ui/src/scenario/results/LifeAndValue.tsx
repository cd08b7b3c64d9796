import { useMemo } from "react";
import type { ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import { DataTable } from "../../table/DataTable";
import { Panel } from "./Panel";
import type { Figures } from "./useFigures";

/** Margin against depreciation per GPU-hour by age (the Bernstein against Burry picture),
 * economic against accounting life, and book against economic value. */
export function LifeAndValue({ results, f }: { results: ScenarioResults; f: Figures }) {
  const currency = results.currency;
  const cohort = results.margin_by_age[0];
  const ages = cohort ? cohort.years.map((y) => f.t("results.yearOfService", { year: y.year_of_service })) : [];
  const marginName = f.t("results.marginPerHour", { currency });
  const depreciationName = f.t("results.depreciationPerHour", { currency });
  const margin = useMemo(
    () =>
      categoryChart(
        ages,
        [
          { name: marginName, values: cohort?.years.map((y) => chartValue(y.margin_per_gpu_hour)) ?? [], kind: "line" },
          { name: depreciationName, values: cohort?.years.map((y) => chartValue(y.depreciation_per_gpu_hour)) ?? [], kind: "line" },
        ],
        [`${currency}/h`],
      ),
    [cohort, ages.join(), marginName, depreciationName, currency],
  );
  const values = results.book_and_economic_value;
  const valueYears = values.map((v) => f.month(v.month));
  const value = useMemo(
    () =>
      categoryChart(
        valueYears,
        [
          { name: f.t("NetBookValue"), values: values.map((v) => chartValue(v.nbv)), kind: "line" },
          { name: f.t("EconomicValueValueInUse"), values: values.map((v) => chartValue(v.economic_value)), kind: "line" },
        ],
        [currency],
        undefined,
        f.compact,
      ),
    [values, valueYears.join(), currency, f.t, f.compact],
  );
  return (
    <>
      {cohort && (
        <Panel
          id="margin-by-age"
          title={f.t("results.marginByAge", { cohort: cohort.cohort_id })}
          chart={<Chart option={margin} theme={f.theme} label={f.t("results.marginByAge", { cohort: cohort.cohort_id })} id="margin-by-age-chart" />}
        >
          <DataTable
            id="margin-by-age-table"
            columns={[{ header: f.t("results.serviceYear") }, { header: marginName, numeric: true }, { header: depreciationName, numeric: true }]}
            rows={cohort.years.map((y, i) => [ages[i], f.fixed(y.margin_per_gpu_hour, 4), f.fixed(y.depreciation_per_gpu_hour, 4)])}
          />
        </Panel>
      )}
      <Panel id="economic-lives" title={f.t("results.economicLives")} unit={f.t("results.unit", { currency })}>
        {results.cohort_count > results.economic_lives.length && (
          <p className="muted">{f.t("results.firstCohorts", { shown: results.economic_lives.length, all: f.count(results.cohort_count) })}</p>
        )}
        <DataTable
          id="economic-lives-table"
          columns={[
            { header: f.t("results.cohort") },
            { header: f.t("results.bookLife"), numeric: true },
            { header: f.t("results.economicEnd"), numeric: true },
            { header: f.t("results.economicLife"), numeric: true },
            { header: f.t("results.impliedWriteDown"), numeric: true },
          ]}
          rows={results.economic_lives.map((e) => [
            e.cohort_id,
            f.count(e.book_life_months),
            e.economic_end ? f.month(e.economic_end) : f.t("results.never"),
            e.economic_life_months === null ? "—" : f.count(e.economic_life_months),
            f.thousands(e.implied_write_down),
          ])}
        />
      </Panel>
      <Panel
        id="book-vs-economic"
        title={f.t("results.bookVsEconomic")}
        unit={f.t("results.unit", { currency })}
        chart={<Chart option={value} theme={f.theme} label={f.t("results.bookVsEconomic")} id="book-vs-economic-chart" />}
      >
        <DataTable
          id="book-vs-economic-table"
          columns={[{ header: f.t("Month") }, { header: f.t("NetBookValue"), numeric: true }, { header: f.t("EconomicValueValueInUse"), numeric: true }]}
          rows={values.map((v, i) => [valueYears[i], f.thousands(v.nbv), f.thousands(v.economic_value)])}
        />
      </Panel>
    </>
  );
}

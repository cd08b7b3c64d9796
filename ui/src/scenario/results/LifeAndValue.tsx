import { useMemo, useState } from "react";
import type { ScenarioResults } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { DataTable } from "../../table/DataTable";
import { bookAndEconomicValue, marginByAge } from "./lifeAndValue";
import { Panel } from "../../charts/Panel";
import type { Figures } from "../../app/useFigures";

/** Margin against depreciation per GPU-hour by age (the Bernstein against Burry picture),
 * economic against accounting life, and book against economic value. */
export function LifeAndValue({ results, f }: { results: ScenarioResults; f: Figures }) {
  const currency = results.currency;
  // The engine sends the first cohorts' margins (MAX_LISTED_COHORTS); the user picks one.
  const [picked, setPicked] = useState(0);
  const cohort = results.margin_by_age[picked] ?? results.margin_by_age[0];
  const margin = useMemo(() => cohort && marginByAge(cohort, currency, f), [cohort, currency, f]);
  const value = useMemo(() => bookAndEconomicValue(results, f), [results, f]);
  return (
    <>
      {cohort && margin && (
        <Panel
          id="margin-by-age"
          title={f.t("results.marginByAge", { cohort: cohort.cohort_id })}
          tools={
            results.margin_by_age.length > 1 && (
              <label>
                {f.t("results.cohort")}{" "}
                <select id="margin-by-age-cohort" value={picked} onChange={(e) => setPicked(Number(e.target.value))}>
                  {results.margin_by_age.map((m, i) => (
                    <option key={m.cohort_id} value={i}>
                      {m.cohort_id}
                    </option>
                  ))}
                </select>
              </label>
            )
          }
          chart={<Chart option={margin.chart} theme={f.theme} label={f.t("results.marginByAge", { cohort: cohort.cohort_id })} id="margin-by-age-chart" />}
        >
          <DataTable id="margin-by-age-table" columns={margin.columns} rows={margin.rows} />
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
        chart={<Chart option={value.chart} theme={f.theme} label={f.t("results.bookVsEconomic")} id="book-vs-economic-chart" />}
      >
        <DataTable id="book-vs-economic-table" columns={value.columns} rows={value.rows} />
      </Panel>
    </>
  );
}

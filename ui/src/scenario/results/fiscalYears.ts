/**
 * A scenario's fiscal-year totals as bars, one series a line of the schedule: the charts of the
 * briefing's key-figures (EBIT and free cash flow), impairment and energy slides, as the deck
 * PDF draws them (crates/report/src/pack/charts.rs `by_fiscal_year`).
 */
import type { ScenarioResults, ScheduleLine } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { chartValue } from "../../app/numbers";
import { categoryChart } from "../../charts/options";

type Line = { name: string; pick: (line: ScheduleLine) => string; /** Places the point moves left (3: kWh as MWh). */ shift?: number };

export function fiscalYearsChart(results: ScenarioResults, f: Figures, lines: readonly Line[], unit: string) {
  const years = results.fiscal_years;
  return categoryChart(
    years.map((y) => f.fiscalYear(y.fiscal_year)),
    lines.map((l) => ({ name: l.name, values: years.map((y) => chartValue(l.pick(y.totals), l.shift ?? 0)) })),
    [unit],
    undefined,
    f.compact,
  );
}

/** The chart of a scenario slide that the Results show as figures: key figures, impairment
 * and energy. */
export function figuresSlideChart(kind: "key_figures" | "impairment" | "energy", results: ScenarioResults, f: Figures) {
  if (kind === "key_figures")
    return fiscalYearsChart(
      results,
      f,
      [
        { name: f.t("Ebit"), pick: (l) => l.ebit },
        { name: f.t("FreeCashFlow"), pick: (l) => l.free_cash_flow },
      ],
      results.currency,
    );
  if (kind === "impairment") return fiscalYearsChart(results, f, [{ name: f.t("Impairment"), pick: (l) => l.impairment }], results.currency);
  return fiscalYearsChart(results, f, [{ name: f.t("EnergyMwh"), pick: (l) => l.energy_kwh, shift: 3 }], "MWh");
}

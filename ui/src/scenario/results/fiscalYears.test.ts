import { describe, expect, it } from "vitest";
import type { ScenarioResults } from "../../bindings";
import { figures } from "../../app/useFigures";
import { figuresSlideChart } from "./fiscalYears";

const t = (key: string) => key;
const f = figures(t, "en", false, "light");
const totals = (ebit: string, fcf: string, kwh: string, impairment: string) => ({ ebit, free_cash_flow: fcf, energy_kwh: kwh, impairment });
// Two fiscal years: the energy slide draws 12,345,678 kWh as 12,345.678 MWh.
const results = {
  currency: "USD",
  fiscal_years: [
    { label: "FY2026", fiscal_year: 2026, quarter: null, totals: totals("-1000.50", "-2000", "12345678", "0") },
    { label: "FY2027", fiscal_year: 2027, quarter: null, totals: totals("3000", "4000", "1000", "250.25") },
  ],
} as unknown as ScenarioResults;

type Option = { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };

describe("the briefing's figure slides chart the fiscal years' totals", () => {
  it("key figures: EBIT and free cash flow a fiscal year", () => {
    const o = figuresSlideChart("key_figures", results, f) as unknown as Option;
    expect(o.xAxis.data).toEqual(["results.fiscalYear", "results.fiscalYear"]);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ["Ebit", [-1000.5, 3000]],
      ["FreeCashFlow", [-2000, 4000]],
    ]);
  });

  it("energy in MWh, impairment losses in the currency", () => {
    expect((figuresSlideChart("energy", results, f) as unknown as Option).series[0].data).toEqual([12345.678, 1]);
    expect((figuresSlideChart("impairment", results, f) as unknown as Option).series[0].data).toEqual([0, 250.25]);
  });
});

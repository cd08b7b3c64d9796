import { describe, expect, it } from "vitest";
import type { PolicyYear, ScenarioResults } from "../../bindings";
import { figures } from "../../app/useFigures";
import { policyComparisonChart, policyComparisonTable } from "./policyComparison";

const year = (fiscal_year: number | null, ebit: [string, string], difference: string, percent: string | null): PolicyYear => ({
  fiscal_year,
  depreciation: ["0", "0"],
  ebit,
  net_income: ["0", "0"],
  eps: ["0", "0"],
  ebit_difference: ["0.00", difference],
  net_income_difference: ["0", "0"],
  eps_difference: ["0", "0"],
  difference_percent_of_ebit: [null, percent],
});

// A 3-year against a 6-year life over two fiscal years, worked by hand: the longer life
// books half the depreciation, so EBIT rises by 2,500,000.00 in FY2027, 18.5 % of 13.5 M.
const results = {
  currency: "USD",
  policy_comparison: {
    policies: [
      { method: { kind: "straight_line" }, useful_life_months: 36, salvage_percent: "0" },
      { method: { kind: "straight_line" }, useful_life_months: 72, salvage_percent: "0" },
    ],
    years: [year(2027, ["13500000.00", "16000000.00"], "2500000.00", "18.52"), year(2028, ["-400000.00", "2100000.00"], "2500000.00", null)],
    cumulative: year(null, ["13100000.00", "18100000.00"], "5000000.00", "38.17"),
    disclosure: null,
    disclosure_sentence: null,
  },
} as unknown as ScenarioResults;

const f = figures((key, values) => (values ? `${key}(${Object.values(values).join(",")})` : key), "en", true, "light");

describe("the policy comparison", () => {
  const chart = policyComparisonChart(results, f) as unknown as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
  const table = policyComparisonTable(results, f);

  it("plots each life's EBIT by fiscal year, named by the life", () => {
    expect(chart.xAxis.data).toEqual(["results.fiscalYear(2027)", "results.fiscalYear(2028)"]);
    expect(chart.series.map((s) => [s.name, s.data])).toEqual([
      ["results.lifeYears(3)", [13_500_000, -400_000]],
      ["results.lifeYears(6)", [16_000_000, 2_100_000]],
    ]);
  });

  it("lists the charted EBIT in thousands, then the gap and what it is of EBIT, and the cumulative row", () => {
    expect(table.rows).toEqual([
      ["results.fiscalYear(2027)", "13,500", "16,000", "2,500", "18.5%"],
      ["results.fiscalYear(2028)", "(400)", "2,100", "2,500", "—"],
      ["results.cumulative", "13,100", "18,100", "5,000", "38.2%"],
    ]);
    expect(table.columns.map((c) => c.header)).toEqual([
      "FiscalYear",
      "Ebit results.lifeYears(3)",
      "Ebit results.lifeYears(6)",
      "results.difference",
      "results.differencePercent",
    ]);
  });
});

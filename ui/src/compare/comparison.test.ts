import { describe, expect, it } from "vitest";
import type { ComparedYear, Comparison, FigureRow } from "../bindings";
import { figures } from "../app/useFigures";
import { columnNames, figuresTable, npvChart, yearCharts } from "./comparison";
import { comparedItems, startingColumns } from "./columns";

const year = (ebit: string, cash: string): ComparedYear => ({
  ebit,
  net_income: ebit,
  free_cash_flow: cash,
  cumulative_free_cash_flow: cash,
  h100_equivalent_hours: "1000",
  cost_per_h100_equivalent_hour: "1.25",
  average_mw: "2.5",
  mwh: "100",
  emissions_tonnes: "40",
});

const row = (figure: FigureRow["figure"], values: (string | null)[], deltas: (string | null)[], percents: (string | null)[], judgements: FigureRow["judgements"]): FigureRow => ({
  figure,
  values,
  deltas,
  delta_percents: percents,
  judgements,
});

// Two versions of one scenario and a second scenario that starts a year later: NPV 12.0 M,
// 9.0 M (−3.0 M, −25 %, worse) and 15.5 M (+3.5 M, +29.17 %, better), by hand.
const comparison: Comparison = {
  view: {
    currency: "USD",
    fiscal_years: [2027, 2028],
    scenarios: [
      { name: "Tiered", power_cap_mw: "3", years: [year("5000000", "1000000"), year("6000000", "2000000")] },
      { name: "Tiered", power_cap_mw: null, years: [year("4000000", "900000"), year("4500000", "1500000")] },
      { name: "Refresh", power_cap_mw: null, years: [null, year("-250000", "-500000")] },
    ],
    figures: [
      row("npv", ["12000000", "9000000", "15500000"], ["0", "-3000000", "3500000"], ["0", "-25.00", "29.17"], ["same", "worse", "better"]),
      row("irr", ["0.12", null, "0.15"], ["0", null, "0.03"], ["0", null, "25.00"], ["same", "not_judged", "better"]),
      row("mwh", ["100", "100", "150"], ["0", "0", "50"], ["0", "0", "50.00"], ["same", "same", "not_judged"]),
    ],
  },
  versions: [
    { id: "v2", scenario_id: "a", saved_at: "2026-12-03T09:00:00Z", note: null },
    { id: "v1", scenario_id: "a", saved_at: "2026-12-01T09:00:00Z", note: null },
    { id: "v9", scenario_id: "b", saved_at: "2026-11-30T09:00:00Z", note: null },
  ],
};

const f = figures((key, values) => (values ? `${key}(${Object.values(values).join(",")})` : key), "en", false, "light");
const names = columnNames(comparison, f, "en");

describe("the comparison", () => {
  it("tells two versions of one scenario apart by when each was saved", () => {
    expect(names[0]).toMatch(/^compare\.versionName\(Tiered,.*3.*\)$/);
    expect(names[1]).toMatch(/^compare\.versionName\(Tiered,.*1.*\)$/);
    expect(names[2]).toBe("Refresh");
  });

  it("lists each figure with every value, and after the base each difference and its per cent, judged in words", () => {
    const table = figuresTable(comparison, names, f);
    expect(table.columns.map((c) => c.header)).toEqual(["results.figure", names[0], names[1], "compare.delta", "compare.deltaPercent", names[2], "compare.delta", "compare.deltaPercent"]);
    const [npv, irr, mwh] = table.rows;
    expect(npv.slice(1)).toEqual([
      "12,000",
      "9,000",
      { text: "−3,000 compare.worse", tone: "worse" },
      "−25.0",
      "15,500",
      { text: "+3,500 compare.better", tone: "better" },
      "+29.2",
    ]);
    // No IRR, no difference: a dash, not a zero.
    expect(irr.slice(2, 5)).toEqual(["—", "—", "—"]);
    expect(irr[6]).toEqual({ text: "+3.0% compare.better", tone: "better" });
    // Energy is not judged: the difference carries no colour and no word.
    expect(mwh[6]).toBe("+50");
  });

  it("plots each measure by fiscal year for every scenario, a gap where a scenario has no year, and tables the same", () => {
    const charts = yearCharts(comparison, names, f);
    const ebit = charts.find((c) => c.id === "compare-ebit")!;
    const series = (ebit.chart as unknown as { series: { name: string; data: (number | null)[] }[] }).series;
    expect(series.map((s) => s.data)).toEqual([[5000000, 6000000], [4000000, 4500000], [null, -250000]]);
    expect(ebit.rows).toEqual([
      ["results.fiscalYear(2027)", "5,000", "4,000", "—"],
      ["results.fiscalYear(2028)", "6,000", "4,500", "−250"],
    ]);
    // The MW chart draws the site cap of the scenario that has one.
    const mw = charts.find((c) => c.id === "compare-mw")!;
    const line = (mw.chart as unknown as { series: { markLine?: { data: { yAxis: number }[] } }[] }).series.at(-1)!;
    expect(line.markLine?.data[0].yAxis).toBe(3);
  });

  it("draws each scenario's NPV with its difference from the first", () => {
    const npv = npvChart(comparison, names, f);
    expect((npv.chart as unknown as { series: { data: number[] }[] }).series[0].data).toEqual([12000000, 9000000, 15500000]);
    expect(npv.rows.map((r) => r[2])).toEqual(["0", "−3,000", "+3,500"]);
  });
});

describe("the columns of a comparison", () => {
  const library = ["a", "b", "c"].map((id) => ({ id, name: id }) as never);

  it("reopens on the last comparison while its scenarios are in the library", () => {
    const previous = [{ scenario_id: "c", version_id: null }, { scenario_id: "b", version_id: "v2" }];
    expect(startingColumns([], library, "a", previous)).toEqual(previous);
    const gone = [{ scenario_id: "c", version_id: null }, { scenario_id: "deleted", version_id: null }];
    expect(startingColumns([], library, "a", gone).map((i) => i.scenario_id)).toEqual(["a", "b"]);
  });

  it("else starts from the scenario last opened and one not compared yet", () => {
    expect(startingColumns([], library, "b", []).map((i) => i.scenario_id)).toEqual(["b", "a"]);
    expect(startingColumns([{ scenario_id: "a", version_id: "v1" }], library, "a", [])).toEqual([
      { scenario_id: "a", version_id: "v1" },
      { scenario_id: "b", version_id: null },
    ]);
  });

  it("reads the address's columns, dropping what is malformed and past four", () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ scenario_id: `s${i}` }));
    expect(comparedItems(five)).toHaveLength(4);
    expect(comparedItems([{ scenario_id: 7 }, "x", { scenario_id: "a", version_id: "v" }])).toEqual([{ scenario_id: "a", version_id: "v" }]);
    expect(comparedItems("nonsense")).toEqual([]);
  });
});

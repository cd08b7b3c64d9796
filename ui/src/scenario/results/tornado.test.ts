import { describe, expect, it } from "vitest";
import type { SensitivityAnswers } from "../../bindings";
import { figures } from "../../app/useFigures";
import { tornadoCharts, tornadoTable } from "./tornado";

// Two bars as the engine sends them: levels, and each move's change from the base NPV of
// 1,000,000.00 and base cumulative EBIT of 400,000.00.
const answers = {
  percent: "10",
  tornado: [
    {
      driver: "rental_price",
      npv_low: "400000.00", npv_high: "1600000.00", npv_swing: "1200000.00",
      cumulative_ebit_low: "100000.00", cumulative_ebit_high: "700000.00",
      npv_low_change: "-600000.00", npv_high_change: "600000.00",
      cumulative_ebit_low_change: "-300000.00", cumulative_ebit_high_change: "300000.00",
    },
    {
      driver: "capex",
      npv_low: "1250000.00", npv_high: "750000.00", npv_swing: "500000.00",
      cumulative_ebit_low: "450000.00", cumulative_ebit_high: "350000.00",
      npv_low_change: "250000.00", npv_high_change: "-250000.00",
      cumulative_ebit_low_change: "50000.00", cumulative_ebit_high_change: "-50000.00",
    },
  ],
  break_even: [],
} as unknown as SensitivityAnswers;

const f = figures((key) => key, "en", true, "light");

type Plotted = { yAxis: { data: string[] }; series: { data: number[] }[] };

describe("the tornado", () => {
  const charts = tornadoCharts(answers, "USD", f) as unknown as { npv: Plotted; ebit: Plotted };
  const table = tornadoTable(answers, f);

  it("plots each move's change from the base, not the level it reaches", () => {
    expect(charts.npv.series.map((s) => s.data)).toEqual([[-600000, 250000], [600000, -250000]]);
    expect(charts.ebit.series.map((s) => s.data)).toEqual([[-300000, 50000], [300000, -50000]]);
  });

  it("lists beside its charts the same drivers, in the same order, with the same changes", () => {
    expect(table.rows.map((r) => r[0])).toEqual(charts.npv.yAxis.data);
    // In thousands, negatives in parentheses as this user chose.
    expect(table.rows).toEqual([
      ["Driver.RentalPrice", "(600)", "600", "1,200", "(300)", "300"],
      ["Driver.Capex", "250", "(250)", "500", "50", "(50)"],
    ]);
  });
});

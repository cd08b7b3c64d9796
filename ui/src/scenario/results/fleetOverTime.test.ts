import { describe, expect, it } from "vitest";
import type { ScenarioResults } from "../../bindings";
import { figures } from "../../app/useFigures";
import { compositionChart, compositionTable, tiersChart, tiersTable } from "./fleetOverTime";

// A site capped at 20 MW: 7,853 H100s train in FY2024; by FY2028 3,771 B200s train and
// 3,927 GB200s serve inference.
const results = {
  composition: {
    skus: ["B200", "H100-SXM"],
    power_cap_mw: "20.0",
    years: [
      { fiscal_year: 2024, units_by_sku: [0, 7853], units_by_tier: [7853, 0, 0], average_mw: "12.2413" },
      { fiscal_year: 2028, units_by_sku: [7698, 0], units_by_tier: [3771, 3927, 0], average_mw: "15.6" },
    ],
  },
} as unknown as ScenarioResults;

const f = figures((key, values) => (values ? `${key}(${Object.values(values).join(",")})` : key), "en", false, "light");

type Plotted = { series: { name: string; data: number[]; stack?: string; yAxisIndex: number; markLine?: { data: { yAxis: number }[] } }[] };

describe("the fleet over time", () => {
  it("plots GPUs by type stacked, the average MW on its own axis, and the cap as a level line", () => {
    const chart = compositionChart(results, f) as unknown as Plotted;
    expect(chart.series.map((s) => [s.name, s.data, s.stack, s.yAxisIndex])).toEqual([
      ["B200", [0, 7698], "gpus", 0],
      ["H100-SXM", [7853, 0], "gpus", 0],
      ["results.averageMw", [12.2413, 15.6], undefined, 1],
    ]);
    expect(chart.series[2].markLine?.data[0].yAxis).toBe(20);
  });

  it("lists beside it the same counts and the MW to a tenth", () => {
    expect(compositionTable(results, f).rows).toEqual([
      ["results.fiscalYear(2024)", "0", "7,853", "12.2"],
      ["results.fiscalYear(2028)", "7,698", "0", "15.6"],
    ]);
  });

  it("plots and lists the tiers from the same counts", () => {
    const chart = tiersChart(results, f) as unknown as Plotted;
    expect(chart.series.map((s) => s.data)).toEqual([[7853, 3771], [0, 3927], [0, 0]]);
    expect(tiersTable(results, f).rows).toEqual([
      ["results.fiscalYear(2024)", "7,853", "0", "0"],
      ["results.fiscalYear(2028)", "3,771", "3,927", "0"],
    ]);
  });
});

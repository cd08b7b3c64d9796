import { describe, expect, it } from "vitest";
import { categoryChart, tornadoChart } from "./options";

describe("chart options", () => {
  it("place each series on its axis, stacked where asked, with the cap as a level line", () => {
    const option = categoryChart(
      ["FY2026", "FY2027"],
      [
        { name: "H100", values: [100, 90], stack: "gpus" },
        { name: "B200", values: [0, 10], stack: "gpus" },
        { name: "MW", values: [1.5, 1.7], kind: "line", axis: 1 },
      ],
      ["GPUs", "MW"],
      { value: 5, label: "cap" },
    ) as { series: { type: string; stack?: string; yAxisIndex: number; markLine?: unknown }[]; yAxis: unknown[] };
    expect(option.yAxis).toHaveLength(2);
    expect(option.series.map((s) => [s.type, s.stack, s.yAxisIndex])).toEqual([
      ["bar", "gpus", 0],
      ["bar", "gpus", 0],
      ["line", undefined, 1],
    ]);
    expect(option.series[2].markLine).toBeDefined();
    expect(option.series[0].markLine).toBeUndefined();
    // The MW axis reaches the 5 MW cap though the fleet draws at most 1.7.
    const mwAxis = option.yAxis[1] as { max: (extent: { max: number }) => number };
    expect(mwAxis.max({ max: 1.7 })).toBe(5);
    // No formatter asked for: ECharts labels the ticks itself (an undefined key would hide them).
    expect(option.yAxis.every((axis) => !("axisLabel" in (axis as object)))).toBe(true);
  });

  it("draw a tornado as horizontal bars from the base, widest driver at the top", () => {
    const option = tornadoChart(
      ["Rental price", "Capex"],
      [
        { name: "−10 %", values: [-500, 200] },
        { name: "+10 %", values: [500, -200] },
      ],
      "USD",
      (v) => `${v}`,
    ) as { yAxis: { type: string; data: string[]; inverse: boolean }; xAxis: { type: string }; series: { stack: string; data: number[] }[] };
    expect(option.yAxis).toMatchObject({ type: "category", data: ["Rental price", "Capex"], inverse: true });
    expect(option.xAxis.type).toBe("value");
    // One stack: each driver's lower move and higher move sit either side of zero.
    expect(option.series.map((s) => [s.stack, s.data])).toEqual([
      ["tornado", [-500, 200]],
      ["tornado", [500, -200]],
    ]);
  });
});

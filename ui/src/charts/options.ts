/**
 * Chart options built from the engine's views: pure functions, tested without a canvas. The
 * figures are the engine's; these only place them (numbers for geometry, never shown).
 */
import type { EChartsCoreOption } from "echarts/core";

export type Series = { name: string; values: number[]; kind?: "bar" | "line"; axis?: 0 | 1; stack?: string };

const FONT = 'system-ui, "Noto Sans SC", sans-serif';

/** Bars (grouped, or stacked where a series names a stack) and lines over categories; a
 * second value axis on the right for series that ask for it, and an optional level line. */
export function categoryChart(
  categories: string[],
  series: Series[],
  axes: [string, string?],
  level?: { value: number; label: string },
): EChartsCoreOption {
  return {
    textStyle: { fontFamily: FONT },
    grid: { left: 64, right: axes[1] ? 64 : 24, top: 36, bottom: 48 },
    legend: { bottom: 0, type: "scroll" },
    xAxis: { type: "category", data: categories },
    // The axis a level line is drawn on reaches it, however far below the series stay.
    yAxis: axes
      .filter((name): name is string => name !== undefined)
      .map((name, i) => ({
        type: "value",
        name,
        nameTextStyle: { align: "left" },
        max: level && i === (series[series.length - 1]?.axis ?? 0) ? (extent: { max: number }) => Math.max(extent.max, level.value) : undefined,
      })),
    series: series.map((s, i) => ({
      name: s.name,
      type: s.kind ?? "bar",
      data: s.values,
      stack: s.stack,
      yAxisIndex: s.axis ?? 0,
      showSymbol: false,
      markLine:
        level && i === series.length - 1
          ? { symbol: "none", data: [{ yAxis: level.value, label: { formatter: level.label } }] }
          : undefined,
    })),
  };
}

/**
 * Chart options built from the engine's views: pure functions, tested without a canvas. The
 * figures are the engine's; these only place them (numbers for geometry, never shown).
 */
import type { EChartsCoreOption } from "echarts/core";

/** A value of null is a gap (a year outside a scenario's horizon). */
export type Series = { name: string; values: (number | null)[]; kind?: "bar" | "line"; axis?: 0 | 1; stack?: string };

const FONT = 'system-ui, "Noto Sans SC", sans-serif';

/** Bars (grouped, or stacked where a series names a stack) and lines over categories; a
 * second value axis on the right for series that ask for it, and an optional level line. */
export function categoryChart(
  categories: string[],
  series: Series[],
  axes: [string, string?],
  level?: { value: number; label: string },
  /** How the value axes label their ticks (compact money, for one); ECharts' own otherwise. */
  format?: (value: number) => string,
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
        // Only when asked: an axisLabel key left undefined hides ECharts' own labels.
        ...(format ? { axisLabel: { formatter: format } } : {}),
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
          ? // The label sits inside the plot, above the line's end, so the grid's margin cannot cut it.
            { symbol: "none", data: [{ yAxis: level.value, label: { formatter: level.label, position: "insideEndTop" } }] }
          : undefined,
    })),
  };
}

/** A tornado: one horizontal bar a driver, widest first at the top, reaching left of the base
 * for the move that lowers the figure and right for the one that raises it. The values are
 * the engine's changes from the base; the axis is labelled with `format`. */
export function tornadoChart(
  drivers: string[],
  moves: [Series, Series],
  axis: string,
  format: (value: number) => string,
): EChartsCoreOption {
  return {
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 24, top: 36, bottom: 48, containLabel: true },
    legend: { bottom: 0 },
    xAxis: { type: "value", name: axis, nameLocation: "middle", nameGap: 28, axisLabel: { formatter: format } },
    // Every driver keeps its label (ECharts would skip some to save room).
    yAxis: { type: "category", data: drivers, inverse: true, axisLabel: { interval: 0 } },
    series: moves.map((move) => ({ name: move.name, type: "bar", stack: "tornado", data: move.values })),
  };
}

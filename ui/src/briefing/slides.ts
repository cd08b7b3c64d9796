/**
 * What each slide draws: the key chart of its finding, built by the same pure modules as the
 * Results and Compare screens (so a slide shows exactly what those screens show); the key
 * figures, impairment and energy slides chart the fiscal years' totals, as the deck PDF does.
 */
import type { EChartsCoreOption } from "echarts/core";
import type { Briefing, Comparison, SlideKind } from "../bindings";
import type { Figures } from "../app/useFigures";
import { policyComparisonChart } from "../scenario/results/policyComparison";
import { bookAndEconomicValue } from "../scenario/results/lifeAndValue";
import { compositionChart } from "../scenario/results/fleetOverTime";
import { figuresSlideChart } from "../scenario/results/fiscalYears";
import { columnNames, npvChart, yearCharts } from "../compare/comparison";

/** The Compare screen's chart of each comparison slide. */
const COMPARED_CHART: Partial<Record<SlideKind, string>> = {
  compared_ebit: "compare-ebit",
  compared_cash: "compare-cash",
  compared_capacity: "compare-capacity",
  compared_emissions: "compare-emissions",
};

/** The comparison a deck shows, as the Compare screen's builders take it. */
export function deckComparison(b: Briefing): Comparison | null {
  return b.comparison ? { view: b.comparison, versions: b.versions } : null;
}

/** The deck's title: the scenario's name, or the compared scenarios' names. */
export function deckNames(b: Briefing, f: Figures, language: string): string[] {
  const c = deckComparison(b);
  if (c) return columnNames(c, f, language);
  return b.scenario ? [b.scenario.name] : [];
}

export function slideChart(kind: SlideKind, b: Briefing, names: string[], f: Figures): EChartsCoreOption | null {
  const r = b.scenario;
  const c = deckComparison(b);
  if (r) {
    if (kind === "policy_comparison") return policyComparisonChart(r, f);
    if (kind === "economic_life") return bookAndEconomicValue(r, f).chart;
    if (kind === "fleet") return compositionChart(r, f);
    if (kind === "key_figures" || kind === "impairment" || kind === "energy") return figuresSlideChart(kind, r, f);
    return null;
  }
  if (!c) return null;
  if (kind === "compared_npv") return npvChart(c, names, f).chart;
  const id = COMPARED_CHART[kind];
  return yearCharts(c, names, f).find((chart) => chart.id === id)?.chart ?? null;
}

/** The deck's slides after the cover: `chosen` where the user chose (and ordered) them,
 * else every slide the briefing offers, in the engine's order. */
export function deckSlides(b: Briefing, chosen: SlideKind[] | null): SlideKind[] {
  const offered = b.findings.map((s) => s.kind);
  return chosen ? chosen.filter((k) => offered.includes(k)) : offered;
}

/** `slides` with the slide at `index` moved by `by` places (−1 up, +1 down). */
export function moved(slides: SlideKind[], index: number, by: -1 | 1): SlideKind[] {
  const to = index + by;
  if (to < 0 || to >= slides.length) return slides;
  const next = [...slides];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

type Part = Record<string, unknown>;

/** The chart's text at `size` pixels, and its margins and legend keys in proportion (the
 * builders lay out for 12 px): a slide's chart is read from across a room, at any window size
 * from 1280 × 720 to 4K. */
export function atSlideSize(option: EChartsCoreOption, size: number): EChartsCoreOption {
  const scale = size / 12;
  const text = (part: unknown) => ({ ...((part as Part | undefined) ?? {}), fontSize: size });
  const axes = (axis: unknown) =>
    axis === undefined
      ? undefined
      : (Array.isArray(axis) ? axis : [axis]).map((a: Part) => ({ ...a, axisLabel: text(a.axisLabel), nameTextStyle: text(a.nameTextStyle) }));
  const grid = Object.fromEntries(Object.entries((option.grid as Part | undefined) ?? {}).map(([k, v]) => [k, typeof v === "number" ? v * scale : v]));
  const legend = option.legend && { ...(option.legend as Part), textStyle: text((option.legend as Part).textStyle), itemWidth: 25 * scale, itemHeight: 14 * scale };
  return { ...option, textStyle: text(option.textStyle), grid, legend, xAxis: axes(option.xAxis), yAxis: axes(option.yAxis) };
}

/** The chart text size for a window `width` pixels wide: 13 px at 1280, 36 px at 4K. */
export function slideTextSize(width: number): number {
  return Math.round(Math.min(36, Math.max(12, width / 100)));
}

/**
 * The Compare screen's tables and overlaid charts, built from the engine's comparison: each
 * key figure with every scenario's value and its difference from the first, and one chart a
 * measure over the fiscal years with the table of what it plots. Pure, tested without a
 * canvas; the figures are the engine's, formatted here, never computed.
 */
import type { ComparedFigure, ComparedYear, Comparison, Judgement } from "../bindings";
import { categoryChart } from "../charts/options";
import { chartValue } from "../app/numbers";
import { formatTimestamp } from "../app/format";
import type { Cell, Column } from "../table/DataTable";
import type { Figures } from "../app/useFigures";

type Shown = { label: (f: Figures, currency: string) => string; value: (f: Figures, v: string) => string; delta: (f: Figures, v: string) => string };

const money = (key: string): Shown => ({
  label: (f, currency) => f.t("results.inThousands", { label: f.t(key), currency }),
  value: (f, v) => f.thousands(v),
  delta: (f, v) => f.signed.thousands(v),
});
const fixed = (label: (f: Figures, currency: string) => string, places: number): Shown => ({
  label,
  value: (f, v) => f.fixed(v, places),
  delta: (f, v) => f.signed.fixed(v, places),
});

/** How each figure is named and written; the same words as the Results' key figures. */
const SHOWN: Record<ComparedFigure, Shown> = {
  npv: money("NetPresentValue"),
  irr: { label: (f) => f.t("InternalRateOfReturn"), value: (f, v) => f.fraction(v), delta: (f, v) => f.signed.fraction(v) },
  payback_months: fixed((f) => f.t("compare.paybackMonths"), 0),
  cumulative_ebit: money("CumulativeEbit"),
  cumulative_free_cash_flow: money("CumulativeFreeCashFlow"),
  h100_equivalent_hours: fixed((f) => f.t("results.h100Hours"), 0),
  cost_per_h100_equivalent_hour: fixed((f, currency) => f.t("compare.costPerHour", { currency }), 4),
  mwh: fixed((f) => f.t("EnergyMwh"), 0),
  average_mw: fixed((f) => f.t("AveragePowerMw"), 1),
  emissions_tonnes: fixed((f) => f.t("results.emissions"), 0),
};

/** Each column's name: the scenario's, and when one scenario appears twice (two of its
 * versions), the time each version was saved. */
export function columnNames(c: Comparison, f: Figures, language: string): string[] {
  const ids = c.versions.map((v) => v.scenario_id);
  return c.view.scenarios.map((s, i) => {
    const twice = ids.filter((id) => id === ids[i]).length > 1;
    return twice ? f.t("compare.versionName", { name: s.name, saved: formatTimestamp(c.versions[i].saved_at, language) }) : s.name;
  });
}

function judged(text: string, judgement: Judgement, f: Figures): Cell {
  if (judgement !== "better" && judgement !== "worse") return text;
  return { text: `${text} ${f.t(`compare.${judgement}`)}`, tone: judgement };
}

/** The key figures: a row a figure; a column per scenario, and after each scenario but the
 * first its difference and the difference in per cent, marked better or worse. */
export function figuresTable(c: Comparison, names: string[], f: Figures): { columns: Column[]; rows: Cell[][] } {
  const currency = c.view.currency;
  const columns: Column[] = [{ header: f.t("results.figure") }];
  names.forEach((name, i) => {
    columns.push({ header: name, numeric: true });
    if (i > 0) columns.push({ header: f.t("compare.delta"), numeric: true }, { header: f.t("compare.deltaPercent"), numeric: true });
  });
  const rows = c.view.figures.map((row) => {
    const shown = SHOWN[row.figure];
    const cells: Cell[] = [shown.label(f, currency)];
    row.values.forEach((value, i) => {
      cells.push(value === null ? "—" : shown.value(f, value));
      if (i === 0) return;
      const delta = row.deltas[i];
      const percent = row.delta_percents[i];
      cells.push(delta === null ? "—" : judged(shown.delta(f, delta), row.judgements[i], f));
      cells.push(percent === null ? "—" : f.signed.fixed(percent, 1));
    });
    return cells;
  });
  return { columns, rows };
}

/** One measure of a fiscal year: its words, its unit, how it is written and drawn. */
type Measure = {
  id: string;
  title: string;
  /** The table's unit; the chart's axis is in `axis` (money in whole units, labelled compactly). */
  unit: string;
  axis: string;
  kind: "bar" | "line";
  pick: (y: ComparedYear) => string | null;
  text: (v: string) => string;
  compact: boolean;
};

function measures(currency: string, f: Figures): Measure[] {
  const thousands = (id: string, title: string, kind: "bar" | "line", pick: (y: ComparedYear) => string): Measure => ({
    id,
    title,
    unit: f.t("results.unit", { currency }),
    axis: currency,
    kind,
    pick,
    text: f.thousands,
    compact: true,
  });
  const plain = (id: string, title: string, unit: string, kind: "bar" | "line", places: number, pick: (y: ComparedYear) => string | null): Measure => ({
    id,
    title,
    unit,
    axis: unit,
    kind,
    pick,
    text: (v) => f.fixed(v, places),
    compact: places === 0,
  });
  return [
    thousands("compare-ebit", f.t("compare.chart.ebit"), "bar", (y) => y.ebit),
    thousands("compare-net-income", f.t("compare.chart.netIncome"), "bar", (y) => y.net_income),
    thousands("compare-cash", f.t("compare.chart.cumulativeCash"), "line", (y) => y.cumulative_free_cash_flow),
    plain("compare-capacity", f.t("compare.chart.capacity"), f.t("compare.unit.hours"), "bar", 0, (y) => y.h100_equivalent_hours),
    plain("compare-cost", f.t("compare.chart.costPerHour"), f.t("compare.unit.perHour", { currency }), "line", 4, (y) => y.cost_per_h100_equivalent_hour),
    plain("compare-mw", f.t("compare.chart.mw"), "MW", "line", 1, (y) => y.average_mw),
    plain("compare-energy", f.t("compare.chart.energy"), "MWh", "bar", 0, (y) => y.mwh),
    plain("compare-emissions", f.t("compare.chart.emissions"), f.t("compare.unit.tonnes"), "bar", 0, (y) => y.emissions_tonnes),
  ];
}

/** The overlaid charts, each with its table: fiscal years down, scenarios across. The MW
 * chart draws the first scenario's site cap, when it has one. */
export function yearCharts(c: Comparison, names: string[], f: Figures) {
  const years = c.view.fiscal_years.map(f.fiscalYear);
  const cap = c.view.scenarios.find((s) => s.power_cap_mw !== null)?.power_cap_mw ?? null;
  return measures(c.view.currency, f).map((m) => {
    const values = (s: (typeof c.view.scenarios)[number]) => s.years.map((y) => (y === null ? null : m.pick(y)));
    const level = m.id === "compare-mw" && cap !== null ? { value: chartValue(cap), label: f.t("results.powerCap", { mw: f.fixed(cap, 1) }) } : undefined;
    const chart = categoryChart(
      years,
      c.view.scenarios.map((s, i) => ({ name: names[i], kind: m.kind, values: values(s).map((v) => (v === null ? null : chartValue(v))) })),
      [m.axis],
      level,
      m.compact ? f.compact : undefined,
    );
    const columns: Column[] = [{ header: f.t("FiscalYear") }, ...names.map((name) => ({ header: name, numeric: true }))];
    const rows: Cell[][] = years.map((year, y) => [year, ...c.view.scenarios.map((s) => {
      const v = values(s)[y];
      return v === null ? "—" : m.text(v);
    })]);
    return { id: m.id, title: m.title, unit: m.unit, chart, columns, rows };
  });
}

/** Each scenario's NPV as a bar, beside its difference from the first. */
export function npvChart(c: Comparison, names: string[], f: Figures) {
  const row = c.view.figures.find((r) => r.figure === "npv");
  const values = row?.values ?? [];
  const deltas = row?.deltas ?? [];
  return {
    chart: categoryChart(names, [{ name: f.t("NetPresentValue"), values: values.map((v) => (v === null ? null : chartValue(v))) }], [c.view.currency], undefined, f.compact),
    columns: [{ header: f.t("Scenario") }, { header: f.t("NetPresentValue"), numeric: true }, { header: f.t("DeltaNpv"), numeric: true }],
    rows: names.map((name, i) => [name, values[i] === null ? "—" : f.thousands(values[i] as string), deltas[i] === null ? "—" : f.signed.thousands(deltas[i] as string)]),
  };
}

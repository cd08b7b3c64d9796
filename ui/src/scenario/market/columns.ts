/**
 * The market's sheets (PRODUCT.md §2.1): rental price curves (dated points, or a generated
 * curve from a launch price with a yearly decay and a step down at the next generation),
 * the points of a curve, utilisation by tier and residual values by age.
 */
import type { CurveKind, CurveShape, DatedValue, PriceCurve, ResidualPoint, Tier } from "../../bindings";
import { choices, map, readChoice, readFraction, readMonth, readName, readNumber, readWholeNumber, required, type Read } from "../../grid/cellText";
import type { SheetColumn } from "../../grid/column";
import type { RowModel } from "../../grid/paste";

export type MarketContext = { currency: string };

type CurveColumn = SheetColumn<PriceCurve, MarketContext>;

const TIERS = ["training", "inference", "other"] as const;
const KINDS = ["spot", "on_demand", "one_year_contract", "index"] as const;
const SHAPES = ["points", "generated"] as const;

/** A curve given the other shape: points become a generated curve from the first point, a
 * generated curve one point at its launch price. */
function reshaped(shape: CurveShape, kind: (typeof SHAPES)[number]): CurveShape {
  if (shape.kind === kind) return shape;
  if (kind === "generated") {
    const first = shape.kind === "points" ? shape.points[0] : undefined;
    return { kind, launch: first?.month ?? "2026-01", launch_price: first?.value ?? "0", annual_decay: "0.3", next_generation_launch: null, step_down: "0" };
  }
  return shape.kind === "generated" ? { kind, points: [{ month: shape.launch, value: shape.launch_price }] } : shape;
}

type Generated = Extract<CurveShape, { kind: "generated" }>;

/** A parameter of a generated curve; empty, and left as it is, on a curve of points. */
function generated<K extends "launch_price" | "annual_decay" | "step_down">(field: K, title: string, read: (t: string) => Read<string | null>, unit?: CurveColumn["unit"]): CurveColumn {
  return {
    id: field,
    title,
    numeric: true,
    width: 100,
    paths: [`shape.${field}`],
    unit,
    empty: "market.pointsCurve",
    text: (c) => (c.shape.kind === "generated" ? c.shape[field] : ""),
    write: (c, t) => (c.shape.kind !== "generated" ? { ok: true, value: c } : map(required(read(t)), (v) => ({ ...c, shape: { ...(c.shape as Generated), [field]: v } }))),
  };
}

function generatedMonth(field: "launch" | "next_generation_launch", title: string, optional: boolean): CurveColumn {
  return {
    id: field,
    title,
    numeric: false,
    width: 100,
    paths: [`shape.${field}`],
    empty: "market.pointsCurve",
    text: (c) => (c.shape.kind === "generated" ? (c.shape[field] ?? "") : ""),
    write: (c, t) => {
      if (c.shape.kind !== "generated") return { ok: true, value: c };
      const read = optional ? readMonth(t) : required(readMonth(t));
      return map(read, (v) => ({ ...c, shape: { ...(c.shape as Generated), [field]: v } }));
    },
  };
}

export const CURVE_COLUMNS: readonly CurveColumn[] = [
  { id: "sku", title: "market.col.sku", numeric: false, width: 130, paths: ["sku"], text: (c) => c.sku, write: (c, t) => map(readName(t), (sku) => ({ ...c, sku })) },
  {
    id: "tier",
    title: "market.col.tier",
    numeric: false,
    width: 100,
    paths: ["tier"],
    text: (c) => c.tier,
    write: (c, t) => map(required(readChoice<Tier>(t, choices("results.tier", TIERS))), (tier) => ({ ...c, tier })),
    words: (v) => `results.tier.${v}`,
  },
  {
    id: "kind",
    title: "market.col.kind",
    numeric: false,
    width: 130,
    paths: ["kind"],
    text: (c) => c.kind,
    write: (c, t) => map(required(readChoice<CurveKind>(t, choices("market.kind", KINDS))), (kind) => ({ ...c, kind })),
    words: (v) => `market.kind.${v}`,
  },
  {
    id: "shape",
    title: "market.col.shape",
    numeric: false,
    width: 110,
    paths: ["shape", "shape.points"],
    text: (c) => c.shape.kind,
    write: (c, t) => map(required(readChoice(t, choices("market.shape", SHAPES))), (kind) => ({ ...c, shape: reshaped(c.shape, kind) })),
    words: (v) => `market.shape.${v}`,
  },
  generatedMonth("launch", "market.col.launch", false),
  generated("launch_price", "market.col.launchPrice", readNumber, ({ currency }) => `${currency}/h`),
  generated("annual_decay", "market.col.decay", readFraction),
  generatedMonth("next_generation_launch", "market.col.nextGeneration", true),
  generated("step_down", "market.col.stepDown", readFraction),
  { id: "source", title: "market.col.source", numeric: false, width: 260, paths: ["source"], text: (c) => c.source, write: (c, t) => ({ ok: true, value: { ...c, source: t.trim() } }) },
];

export const CURVE_ROWS: RowModel<PriceCurve, MarketContext> = {
  columns: CURVE_COLUMNS,
  added: (template) => template ?? { sku: "", tier: "inference", kind: "on_demand", source: "", shape: { kind: "points", points: [] } },
};

/** The columns of dated values: a month and a value, money per GPU-hour or a fraction. */
export function datedColumns(valueTitle: string, read: (t: string) => Read<string | null>, unit?: SheetColumn<DatedValue, MarketContext>["unit"]): readonly SheetColumn<DatedValue, MarketContext>[] {
  return [
    { id: "month", title: "market.col.month", numeric: false, width: 110, paths: ["month"], text: (p) => p.month, write: (p, t) => map(required(readMonth(t)), (month) => ({ ...p, month })) },
    { id: "value", title: valueTitle, numeric: true, width: 160, paths: ["value"], unit, places: 2, text: (p) => p.value, write: (p, t) => map(required(read(t)), (value) => ({ ...p, value })) },
  ];
}

export function datedRows(columns: readonly SheetColumn<DatedValue, MarketContext>[]): RowModel<DatedValue, MarketContext> {
  return { columns, added: (template) => template ?? { month: "2026-01", value: "0" } };
}

export const RESIDUAL_COLUMNS: readonly SheetColumn<ResidualPoint, MarketContext>[] = [
  {
    id: "age_months",
    title: "market.col.age",
    numeric: true,
    width: 110,
    paths: ["age_months"],
    text: (p) => String(p.age_months),
    write: (p, t) => map(required(readWholeNumber(t)), (age_months) => ({ ...p, age_months })),
  },
  {
    id: "fraction_of_cost",
    title: "market.col.fractionOfCost",
    numeric: true,
    width: 130,
    paths: ["fraction_of_cost"],
    text: (p) => p.fraction_of_cost,
    write: (p, t) => map(required(readFraction(t)), (fraction_of_cost) => ({ ...p, fraction_of_cost })),
  },
];

export const RESIDUAL_ROWS: RowModel<ResidualPoint, MarketContext> = {
  columns: RESIDUAL_COLUMNS,
  added: (template) => template ?? { age_months: 0, fraction_of_cost: "1" },
};

/**
 * The GPU catalog's columns (PRODUCT.md §2.1, §4): what each SKU costs, draws and delivers,
 * and where each value comes from. A SKU still holding the shipped values is marked so, and
 * one changed from them can be restored.
 */
import type { GpuSku } from "../../bindings";
import { map, readFraction, readMonth, readName, readNumber, readWholeNumber, required, type Read } from "../../grid/cellText";
import type { SheetColumn } from "../../grid/column";
import { unique, type RowModel } from "../../grid/paste";

export type CatalogContext = { currency: string; shipped: ReadonlyMap<string, GpuSku> };

/** Whether a SKU holds the shipped values, was changed from them, or is the user's own. */
export type SkuOrigin = "shipped" | "changed" | "added";

export function origin(sku: GpuSku, shipped: ReadonlyMap<string, GpuSku>): SkuOrigin {
  const original = shipped.get(sku.id);
  if (!original) return "added";
  return JSON.stringify(original) === JSON.stringify(sku) ? "shipped" : "changed";
}

type Column = SheetColumn<GpuSku, CatalogContext>;

type TextField = "id" | "name" | "vendor" | "source";
type DecimalField = "capex_per_gpu" | "kw_per_gpu" | "idle_power_fraction" | "training_throughput" | "inference_throughput";

function text(field: TextField, title: string, width: number, optional = false): Column {
  return {
    id: field,
    title,
    numeric: false,
    width,
    paths: [field],
    text: (s) => s[field],
    write: (s, t) => (optional ? { ok: true, value: { ...s, [field]: t.trim() } } : map(readName(t), (value) => ({ ...s, [field]: value }))),
  };
}

function decimal(field: DecimalField, title: string, width: number, read: (t: string) => Read<string | null>, extra: Partial<Column> = {}): Column {
  return {
    id: field,
    title,
    numeric: true,
    width,
    paths: [field],
    text: (s) => s[field],
    write: (s, t) => map(required(read(t)), (value) => ({ ...s, [field]: value })),
    ...extra,
  };
}

export const CATALOG_COLUMNS: readonly Column[] = [
  text("id", "catalog.col.id", 130),
  text("name", "catalog.col.name", 170),
  text("vendor", "catalog.col.vendor", 90),
  {
    id: "release",
    title: "catalog.col.release",
    numeric: false,
    width: 90,
    paths: ["release"],
    text: (s) => s.release,
    write: (s, t) => map(required(readMonth(t)), (release) => ({ ...s, release })),
  },
  decimal("capex_per_gpu", "catalog.col.capex", 110, readNumber, { places: 2, unit: ({ currency }) => currency }),
  decimal("kw_per_gpu", "catalog.col.kw", 80, readNumber),
  decimal("idle_power_fraction", "catalog.col.idle", 80, readFraction),
  decimal("training_throughput", "catalog.col.training", 90, readNumber),
  decimal("inference_throughput", "catalog.col.inference", 90, readNumber),
  {
    id: "memory_gb",
    title: "catalog.col.memory",
    numeric: true,
    width: 80,
    paths: ["memory_gb"],
    text: (s) => String(s.memory_gb),
    write: (s, t) => map(required(readWholeNumber(t)), (memory_gb) => ({ ...s, memory_gb })),
  },
  text("source", "catalog.col.source", 260, true),
  {
    id: "origin",
    title: "catalog.col.origin",
    numeric: false,
    width: 110,
    paths: [],
    text: (s, { shipped }) => origin(s, shipped),
    // What a SKU's values are is read, not typed: a paste over this column changes nothing.
    write: (s) => ({ ok: true, value: s }),
    words: (value) => `catalog.origin.${value}`,
  },
];

/** A SKU added past the last: the last one's figures under a new id, to be edited. */
export const CATALOG_ROWS: RowModel<GpuSku, CatalogContext> = {
  columns: CATALOG_COLUMNS,
  added: (template) => ({
    id: "",
    name: "",
    vendor: "",
    release: "2026-01",
    capex_per_gpu: "0",
    kw_per_gpu: "1",
    idle_power_fraction: "0.3",
    training_throughput: "1",
    inference_throughput: "1",
    memory_gb: 80,
    source: "",
    ...(template ? { ...template, id: "", name: "", source: "" } : {}),
  }),
  finish: (sku, skus) => ({ ...sku, id: unique(sku.id || sku.name || "GPU", new Set(skus.map((s) => s.id))), name: sku.name || sku.id }),
};

export function copiedSku(sku: GpuSku, skus: readonly GpuSku[]): GpuSku {
  return { ...sku, id: unique(sku.id, new Set(skus.map((s) => s.id))) };
}

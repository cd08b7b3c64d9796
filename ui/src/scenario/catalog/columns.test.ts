import { describe, expect, it } from "vitest";
import type { GpuSku, PriceCurve } from "../../bindings";
import { catalogs } from "../../i18n/catalog";
import { CATALOG_COLUMNS, CATALOG_ROWS, origin } from "./columns";
import { CURVE_COLUMNS, RESIDUAL_COLUMNS } from "../market/columns";
import { planPaste } from "../../grid/paste";
import { tabOfPath } from "../tabs";

const h100: GpuSku = {
  id: "H100-SXM",
  name: "NVIDIA H100 SXM",
  vendor: "NVIDIA",
  release: "2023-03",
  capex_per_gpu: "39000",
  kw_per_gpu: "1.275",
  idle_power_fraction: "0.3",
  training_throughput: "1",
  inference_throughput: "1",
  memory_gb: 80,
  source: "SemiAnalysis",
};
const context = { currency: "USD", shipped: new Map([[h100.id, h100]]) };

describe("the GPU catalog", () => {
  it("marks a SKU holding the shipped values, one changed from them, and one of the user's", () => {
    expect(origin(h100, context.shipped)).toBe("shipped");
    expect(origin({ ...h100, capex_per_gpu: "35000" }, context.shipped)).toBe("changed");
    expect(origin({ ...h100, id: "MY-GPU" }, context.shipped)).toBe("added");
  });

  it("reads a pasted row of a spec sheet, an idle share as 30% and capex as $41,500.00", () => {
    const block = [["H200-SXM", "NVIDIA H200", "NVIDIA", "Nov-24", "$41,500.00", "1.3", "30%", "1.4", "1.9", "141", "vendor sheet"]];
    const plan = planPaste([h100], block, { row: 1, col: 0 }, CATALOG_ROWS, context);
    expect(plan.problems).toEqual([]);
    expect(plan.rows[1]).toEqual({
      id: "H200-SXM",
      name: "NVIDIA H200",
      vendor: "NVIDIA",
      release: "2024-11",
      capex_per_gpu: "41500.00",
      kw_per_gpu: "1.3",
      idle_power_fraction: "0.3",
      training_throughput: "1.4",
      inference_throughput: "1.9",
      memory_gb: 141,
      source: "vendor sheet",
    });
  });
});

describe("every catalog and market column", () => {
  const curve: PriceCurve = {
    sku: "H100-SXM",
    tier: "training",
    kind: "on_demand",
    source: "Lambda",
    shape: { kind: "generated", launch: "2023-03", launch_price: "4.50", annual_decay: "0.35", next_generation_launch: "2025-01", step_down: "0.1" },
  };
  it("writes back what it shows, and has its header in both languages", () => {
    const cases: [string, { title: string; text(r: never, c: never): string; write(r: never, t: string, c: never): unknown }[], unknown, unknown][] = [
      ["catalog", CATALOG_COLUMNS as never, h100, context],
      ["curves", CURVE_COLUMNS as never, curve, { currency: "USD" }],
      ["residuals", RESIDUAL_COLUMNS as never, { age_months: 36, fraction_of_cost: "0.25" }, { currency: "USD" }],
    ];
    for (const [name, columns, row, ctx] of cases) {
      for (const column of columns) {
        expect(column.write(row as never, column.text(row as never, ctx as never), ctx as never), `${name} ${column.title}`).toEqual({ ok: true, value: row });
        expect(catalogs.en[column.title] && catalogs["zh-CN"][column.title], column.title).toBeTruthy();
      }
    }
  });

  it("turns a generated curve into points at its launch price, and back", () => {
    const shape = CURVE_COLUMNS.find((c) => c.id === "shape")!;
    const points = shape.write(curve, "Dated points", { currency: "USD" });
    expect(points).toEqual({ ok: true, value: { ...curve, shape: { kind: "points", points: [{ month: "2023-03", value: "4.50" }] } } });
  });
});

describe("a problem's field", () => {
  it("is on the tab whose editor holds it", () => {
    expect(tabOfPath("cohorts[3].quantity")).toBe("fleet");
    expect(tabOfPath("catalog[0].kw_per_gpu")).toBe("catalog");
    expect(tabOfPath("market.price_curves[1].shape.points[0].value")).toBe("market");
    expect(tabOfPath("market.disposal_haircut")).toBe("assumptions");
    expect(tabOfPath("valuation.discount_rate")).toBe("assumptions");
  });
});

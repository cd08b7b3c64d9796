import { describe, expect, it } from "vitest";
import type { MarginByAge, ScenarioResults } from "../../bindings";
import { figures } from "../../app/useFigures";
import { bookAndEconomicValue, marginByAge } from "./lifeAndValue";

const f = figures((key, values) => (values ? `${key}(${Object.values(values).join(",")})` : key), "en", true, "light");

type Plotted = { xAxis: { data: string[] }; series: { data: number[] }[] };

describe("life and value", () => {
  it("plots a cohort's margin and depreciation per GPU-hour and lists them to four places", () => {
    // An H100 whose margin falls from 3.1766 to 1.3624 an hour while depreciation halves.
    const cohort = {
      cohort_id: "H100-2024-01",
      years: [
        { year_of_service: 1, margin_per_gpu_hour: "3.17662", depreciation_per_gpu_hour: "1.14631" },
        { year_of_service: 2, margin_per_gpu_hour: "1.36240", depreciation_per_gpu_hour: "0.55900" },
      ],
    } as unknown as MarginByAge;
    const view = marginByAge(cohort, "USD", f);
    const chart = view.chart as unknown as Plotted;
    expect(chart.series.map((s) => s.data)).toEqual([[3.17662, 1.3624], [1.14631, 0.559]]);
    expect(view.rows).toEqual([
      ["results.yearOfService(1)", "3.1766", "1.1463"],
      ["results.yearOfService(2)", "1.3624", "0.5590"],
    ]);
  });

  it("plots net book value against economic value by month and lists them in thousands", () => {
    const results = {
      currency: "USD",
      book_and_economic_value: [
        { month: "2024-12", nbv: "190192000.00", economic_value: "190192400.00" },
        { month: "2026-12", nbv: "123194000.00", economic_value: "134590000.00" },
      ],
    } as unknown as ScenarioResults;
    const view = bookAndEconomicValue(results, f);
    const chart = view.chart as unknown as Plotted;
    expect(chart.xAxis.data).toEqual(["Dec 2024", "Dec 2026"]);
    expect(chart.series.map((s) => s.data)).toEqual([[190_192_000, 123_194_000], [190_192_400, 134_590_000]]);
    expect(view.rows).toEqual([
      ["Dec 2024", "190,192", "190,192"],
      ["Dec 2026", "123,194", "134,590"],
    ]);
  });
});

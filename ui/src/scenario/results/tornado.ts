/**
 * The tornado's two charts and its table, from the engine's sensitivity answers: the chart
 * plots each move's change from the base and the table beside it lists the same changes.
 */
import type { SensitivityAnswers, TornadoBar } from "../../bindings";
import { tornadoChart, type Series } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import type { Figures } from "../../app/useFigures";

/** "rental_price" as the glossary keys it: "RentalPrice". */
export function glossaryKey(snake: string): string {
  return snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

/** Two tornados, NPV and cumulative EBIT. */
export function tornadoCharts(answers: SensitivityAnswers, currency: string, f: Figures) {
  const drivers = answers.tornado.map((b) => f.t(`Driver.${glossaryKey(b.driver)}`));
  const percent = f.fixed(answers.percent, 0);
  const moves = (low: (b: TornadoBar) => string, high: (b: TornadoBar) => string): [Series, Series] => [
    { name: `−${percent} %`, values: answers.tornado.map((b) => chartValue(low(b))) },
    { name: `+${percent} %`, values: answers.tornado.map((b) => chartValue(high(b))) },
  ];
  return {
    npv: tornadoChart(drivers, moves((b) => b.npv_low_change, (b) => b.npv_high_change), currency, f.compact),
    ebit: tornadoChart(drivers, moves((b) => b.cumulative_ebit_low_change, (b) => b.cumulative_ebit_high_change), currency, f.compact),
  };
}

/** The table of the charts' figures: a row a driver, in the charts' order. */
export function tornadoTable(answers: SensitivityAnswers, f: Figures) {
  return {
    columns: [
      { header: f.t("Driver") },
      { header: f.t("NpvChangeLower"), numeric: true },
      { header: f.t("NpvChangeHigher"), numeric: true },
      { header: f.t("NpvSwing"), numeric: true },
      { header: f.t("CumulativeEbitChangeLower"), numeric: true },
      { header: f.t("CumulativeEbitChangeHigher"), numeric: true },
    ],
    rows: answers.tornado.map((b) => [
      f.t(`Driver.${glossaryKey(b.driver)}`),
      f.thousands(b.npv_low_change),
      f.thousands(b.npv_high_change),
      f.thousands(b.npv_swing),
      f.thousands(b.cumulative_ebit_low_change),
      f.thousands(b.cumulative_ebit_high_change),
    ]),
  };
}

/**
 * A slide's finding in the UI's language: the glossary's sentence for the engine's headline
 * code, each typed value written for the language (money compactly with its currency, lives
 * as "6-year", fiscal years as the tables name them). Pure, tested without a screen.
 */
import type { ComparedFigure, Headline, HeadlineValue } from "../bindings";
import type { Figures } from "../app/useFigures";

/** Money in a sentence or in large type: 6.5M and 650万, with the currency. */
function money(value: string, currency: string, f: Figures) {
  return f.t("briefing.money", { amount: f.compact(Number(value)), currency });
}

/** A compared figure's value as that figure is written. */
function figureValue(figure: ComparedFigure, value: string, currency: string, f: Figures): string {
  switch (figure) {
    case "npv":
    case "cumulative_ebit":
    case "cumulative_free_cash_flow":
      return money(value, currency, f);
    case "irr":
      return f.fraction(value);
    case "payback_months":
      return f.t("briefing.months", { months: f.fixed(value, 0) });
    case "h100_equivalent_hours":
      return `${f.compact(Number(value))} ${f.t("compare.unit.hours")}`;
    case "cost_per_h100_equivalent_hour":
      return `${f.fixed(value, 4)} ${f.t("compare.unit.perHour", { currency })}`;
    case "mwh":
      return `${f.compact(Number(value))} MWh`;
    case "average_mw":
      return `${f.fixed(value, 1)} MW`;
    case "emissions_tonnes":
      return `${f.compact(Number(value))} ${f.t("compare.unit.tonnes")}`;
  }
}

/** One value of a headline, written for the UI's language. */
export function valueText(v: HeadlineValue, currency: string, f: Figures): string {
  switch (v.kind) {
    case "money":
      return money(v.value, currency, f);
    case "percent":
      return `${f.fixed(v.value, 1)}%`;
    case "multiple":
      return f.t("briefing.multiple", { value: f.fixed(v.value, 1) });
    case "fiscal_year":
      return f.fiscalYear(v.value);
    case "life_months":
      return v.value % 12 === 0 ? f.t("briefing.lifeYears", { years: v.value / 12 }) : f.t("briefing.lifeMonths", { months: v.value });
    case "count":
      return f.count(v.value);
    case "megawatts":
      return `${f.fixed(v.value, 1)} MW`;
    case "megawatt_hours":
      return `${f.compact(Number(v.value))} MWh`;
    case "name":
      return v.value;
    case "figure":
      return f.t(`HeadlineFigure.${v.value}`);
    case "figure_value":
      return figureValue(v.value.figure, v.value.value, currency, f);
  }
}

function valueTexts(h: Headline, currency: string, f: Figures): Record<string, string> {
  return Object.fromEntries(Object.entries(h.values).map(([name, v]) => [name, valueText(v as HeadlineValue, currency, f)]));
}

/** The headline's sentence with its values in it. */
export function headlineText(h: Headline, currency: string, f: Figures): string {
  return f.t(`Headline.${h.code}`, valueTexts(h, currency, f));
}

/** The values the slide shows in large type, in the engine's order, each with the caption
 * that says what it is. */
export function largeFigures(h: Headline, currency: string, f: Figures): { figure: string; caption: string }[] {
  const values = valueTexts(h, currency, f);
  return h.figures.filter((name) => name in values).map((name) => ({ figure: values[name], caption: f.t(`Caption.${h.code}.${name}`, values) }));
}

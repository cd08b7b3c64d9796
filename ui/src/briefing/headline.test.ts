import { describe, expect, it } from "vitest";
import { createIntl } from "react-intl";
import type { Headline } from "../bindings";
import { catalogs } from "../i18n/catalog";
import { figures } from "../app/useFigures";
import { headlineText, largeFigures } from "./headline";

/** The real catalogs of a language, as the screen words them. */
function words(language: "en" | "zh-CN") {
  const intl = createIntl({ locale: language, messages: catalogs[language] });
  return figures((key, values) => intl.formatMessage({ id: key }, values), language, false, "light");
}

// The Burry gap of the engine's worked example: a 6-year life instead of a 3-year one adds
// 6,500,000 to FY2026 EBIT, 18.52 % of it.
const gap: Headline = {
  code: "longer_life_raises_ebit",
  values: {
    longer: { kind: "life_months", value: 72 },
    shorter: { kind: "life_months", value: 36 },
    year: { kind: "fiscal_year", value: 2026 },
    amount: { kind: "money", value: "6500000.00" },
    percent: { kind: "percent", value: "18.52" },
  },
  figures: ["amount", "percent"],
};

describe("a slide's headline", () => {
  it("states the finding with the engine's figures, in English", () => {
    expect(headlineText(gap, "USD", words("en"))).toBe("A 6-year life instead of a 3-year one raises FY2026 EBIT by USD 6.5M (18.5%)");
    expect(largeFigures(gap, "USD", words("en"))).toEqual([
      { figure: "USD 6.5M", caption: "more FY2026 EBIT with a 6-year life" },
      { figure: "18.5%", caption: "of FY2026 EBIT" },
    ]);
  });

  it("and in Chinese, with Chinese compact figures: never a fixed text", () => {
    expect(headlineText(gap, "USD", words("zh-CN"))).toBe("采用6年而非3年的折旧年限，2026财年息税前利润增加650万USD（18.5%）");
  });

  it("writes a comparison's leader with its figure's own unit", () => {
    const leader: Headline = {
      code: "best_against_base",
      values: {
        figure: { kind: "figure", value: "h100_equivalent_hours" },
        best: { kind: "name", value: "Full refresh" },
        base: { kind: "name", value: "Oracle <tiered>" },
        amount: { kind: "figure_value", value: { figure: "h100_equivalent_hours", value: "396482211.84" } },
        margin: { kind: "figure_value", value: { figure: "h100_equivalent_hours", value: "117157102.9" } },
      },
      figures: ["amount", "margin"],
    };
    expect(headlineText(leader, "USD", words("en"))).toBe("Full refresh does best on capacity sold: 396M hours, 117M hours better than Oracle <tiered>");
    expect(headlineText(leader, "USD", words("zh-CN"))).toBe("Full refresh的售出算力最佳：3.96亿 小时，较Oracle <tiered>优1.17亿 小时");
  });
});

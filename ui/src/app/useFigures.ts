import { useMemo } from "react";
import { useT } from "../i18n/useT";
import { formatMonth } from "./format";
import { formatCompact, formatCount, formatFixed, formatFraction, formatMoney, formatThousands } from "./numbers";
import { useSettings, type Language } from "./settings";

/** The one formatting hook of the results screens: the catalog's words and the user's
 * number style (language, negatives in parentheses or with a minus). The same functions until
 * a setting changes, so chart options built from them are not rebuilt on every render. */
export function useFigures() {
  const t = useT();
  const { language, negatives, resolvedTheme } = useSettings();
  return useMemo(() => figures(t, language, negatives === "parentheses", resolvedTheme), [t, language, negatives, resolvedTheme]);
}

/** The formatting functions for one language, negative style and theme. */
export function figures(t: (key: string, values?: Record<string, string | number>) => string, language: Language, parentheses: boolean, theme: "light" | "dark") {
  const options = { parentheses };
  return {
    theme,
    t,
    thousands: (value: string) => formatThousands(value, language, options),
    fixed: (value: string, places: number) => formatFixed(value, language, places, options),
    money: (value: string) => formatMoney(value, language, options),
    fraction: (value: string) => formatFraction(value, language),
    count: (value: number) => formatCount(value, language),
    compact: (value: number) => formatCompact(value, language, options),
    month: (value: string) => formatMonth(value, language),
    fiscalYear: (year: number) => t("results.fiscalYear", { year: String(year) }),
    /** Differences: the same formats with a plus sign before a positive figure. */
    signed: {
      thousands: (value: string) => formatThousands(value, language, { ...options, signed: true }),
      fixed: (value: string, places: number) => formatFixed(value, language, places, { ...options, signed: true }),
      fraction: (value: string) => formatFraction(value, language, { ...options, signed: true }),
    },
  };
}

export type Figures = ReturnType<typeof figures>;

import { useT } from "../../i18n/useT";
import { formatMonth } from "../../app/format";
import { formatCompact, formatCount, formatFixed, formatFraction, formatMoney, formatThousands } from "../../app/numbers";
import { useSettings } from "../../app/settings";

/** The one formatting hook of the results screens: the catalog's words and the user's
 * number style (language, negatives in parentheses or with a minus). */
export function useFigures() {
  const t = useT();
  const { language, negatives, resolvedTheme } = useSettings();
  const options = { parentheses: negatives === "parentheses" };
  return {
    theme: resolvedTheme,
    t,
    thousands: (value: string) => formatThousands(value, language, options),
    fixed: (value: string, places: number) => formatFixed(value, language, places, options),
    money: (value: string) => formatMoney(value, language, options),
    fraction: (value: string) => formatFraction(value, language),
    count: (value: number) => formatCount(value, language),
    compact: (value: number) => formatCompact(value, language, options),
    month: (value: string) => formatMonth(value, language),
    fiscalYear: (year: number) => t("results.fiscalYear", { year: String(year) }),
  };
}

export type Figures = ReturnType<typeof useFigures>;

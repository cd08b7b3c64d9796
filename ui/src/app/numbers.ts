/**
 * Figures from Rust for display. Amounts arrive as decimal strings the engine has rounded;
 * shown in thousands or to fewer places they are rounded here half away from zero, as the
 * reports round, on the digits themselves (BigInt), never through a binary float. The locale
 * gives only its separators and compact words (app/intl.ts).
 */
import { formatDecimal } from "./money";
import { numberFormat, separators } from "./intl";

/** `signed`: a plus sign before a positive figure, as a difference is written (+1,200). */
export type NumberOptions = { parentheses?: boolean; signed?: boolean };

/** `value` × 10^-`shift`, rounded half away from zero to `places`: its sign and digits. */
function rounded(value: string, shift: number, places: number): { negative: boolean; whole: string; fraction: string } | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const digits = BigInt(whole + fraction);
  // digits / 10^(fraction + shift) to `places`: digits × 10^places / 10^(fraction + shift).
  const exponent = fraction.length + shift - places;
  let scaled: bigint;
  if (exponent <= 0) {
    scaled = digits * 10n ** BigInt(-exponent);
  } else {
    const divisor = 10n ** BigInt(exponent);
    scaled = (digits * 2n + divisor) / (divisor * 2n);
  }
  const text = scaled.toString().padStart(places + 1, "0");
  const cut = text.length - places;
  return { negative: sign === "-" && scaled !== 0n, whole: text.slice(0, cut), fraction: text.slice(cut) };
}

function shown(parts: ReturnType<typeof rounded>, locale: string, options: NumberOptions, value: string): string {
  if (!parts) return value;
  const { group, point } = separators(locale);
  const grouped = parts.whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = parts.fraction ? `${grouped}${point}${parts.fraction}` : grouped;
  if (!parts.negative) return options.signed && /[1-9]/.test(parts.whole + parts.fraction) ? `+${body}` : body;
  return options.parentheses ? `(${body})` : `−${body}`;
}

/** An amount in thousands of its currency, whole, as every money table shows it. */
export function formatThousands(value: string, locale: string, options: NumberOptions = {}): string {
  return shown(rounded(value, 3, 0), locale, options, value);
}

/** A decimal string to `places` places (rates per GPU-hour, MW). */
export function formatFixed(value: string, locale: string, places: number, options: NumberOptions = {}): string {
  return shown(rounded(value, 0, places), locale, options, value);
}

/** A fraction ("0.1489") as a percentage to one place ("14.9%"). */
export function formatFraction(value: string, locale: string, options: NumberOptions = {}): string {
  return `${shown(rounded(value, -2, 1), locale, options, value)}%`;
}

/** An amount to the cent, as the engine gives it. */
export function formatMoney(value: string, locale: string, options: NumberOptions = {}): string {
  return formatDecimal(value, locale, options);
}

/** A count (GPUs, tests). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** An axis figure, compact as the locale writes it: 1.23M and 4.5B in English, 1.2万 and
 * 4.5亿 in Chinese, to three significant digits. Axis labels only: tables show exact figures. */
export function formatCompact(value: number, locale: string, options: NumberOptions = {}): string {
  const body = numberFormat(locale, { notation: "compact", maximumSignificantDigits: 3 }).format(Math.abs(value));
  if (value >= 0 || /^0(\D|$)/.test(body)) return body;
  return options.parentheses ? `(${body})` : `−${body}`;
}

/** A chart coordinate from a decimal string: geometry only, never shown as a figure. */
export function chartValue(value: string, shift = 0): number {
  return Number(value) / 10 ** shift;
}

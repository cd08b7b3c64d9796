/**
 * Formats a decimal string from Rust for display. Money arrives already rounded by the engine;
 * this only groups digits, pads to at least two decimals and places the sign, working on the
 * text so no amount passes through a binary float and nothing is rounded here.
 */
import { separators } from "./intl";

export function formatDecimal(value: string, locale: string, options: { parentheses?: boolean } = {}): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ""] = match;
  const { group, point } = separators(locale);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const shown = `${grouped}${point}${fraction.padEnd(2, "0")}`;
  const negative = sign === "-" && /[1-9]/.test(whole + fraction);
  if (!negative) return shown;
  return options.parentheses ? `(${shown})` : `−${shown}`;
}

/**
 * What a user types or pastes into a cell, read as the value its column holds. Spreadsheets
 * copy figures as they display them, so money may come as 1,234.50, (1,234.50), -$1,234.50,
 * with a non-breaking space from Excel's accounting format, a U+2212 minus or full-width
 * digits; months as 2026-01, 2026/1, Jan-26, 2026年1月, 31.12.2026 or an Excel date serial. The
 * point is the decimal separator, the comma groups thousands (a register file written with
 * decimal commas is turned to points first: `fromDecimalComma`). Values come back as the
 * scenario file writes them: decimals as strings, months as YYYY-MM.
 */

import { catalogs } from "../i18n/catalog";

/** Why a cell's text is not a value of its column: a code of the message catalogs
 * (`cell.<code>`) and what the wording names. */
export type CellProblem = { code: CellProblemCode; params?: Record<string, string> };
export type CellProblemCode = "required" | "number" | "wholeNumber" | "month" | "ambiguousDate" | "choice" | "wholeMonths";

export type Read<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T,>(value: T): Read<T> => ({ ok: true, value });
const refused = (code: CellProblemCode, params?: Record<string, string>): Read<never> => ({ ok: false, problem: { code, params } });

/** The text with full-width forms, non-breaking and thin spaces and the minus sign made plain. */
export function plain(text: string): string {
  return text.normalize("NFKC").replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, "-").replace(/\s+/g, " ").trim();
}

const CURRENCY = /^(?:US\$|CN¥|RMB|USD|CNY|EUR|[$€¥£])\s?|\s?(?:USD|CNY|EUR|RMB|[$€¥£元])$/i;

/** A decimal number as the file writes it ("-1234.5"); none when the text is empty. */
export function readNumber(text: string): Read<string | null> {
  let s = plain(text);
  if (s === "") return ok(null);
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) s = s.slice(1).trim();
  s = s.replace(CURRENCY, "").trim();
  if (s.startsWith("-") && !negative) {
    // -$1,234.50 read as $-1,234.50 after the sign: one minus either side of the symbol.
    negative = true;
    s = s.slice(1).trim();
  }
  const grouped = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/.test(s);
  if (grouped) s = s.replace(/[, ]/g, "");
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return refused("number");
  if (s.startsWith(".")) s = `0${s}`;
  if (s.endsWith(".")) s = s.slice(0, -1);
  const zero = /^0+(?:\.0*)?$/.test(s);
  return ok(negative && !zero ? `-${s}` : s);
}

/** A whole number of things (GPUs, years); none when the text is empty. */
export function readWholeNumber(text: string): Read<number | null> {
  const read = readNumber(text);
  if (!read.ok || read.value === null) return read as Read<null>;
  const m = /^(-?\d+)(?:\.0*)?$/.exec(read.value);
  if (!m) return refused("wholeNumber");
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? ok(n) : refused("wholeNumber");
}

/** A column in per cent (0 to 100): "12%" and "12" are both twelve per cent. */
export function readPercent(text: string): Read<string | null> {
  return readNumber(plain(text).replace(/%$/, ""));
}

/** A column of fractions (0 to 1): "12%" is 0.12, "0.12" is 0.12. */
export function readFraction(text: string): Read<string | null> {
  const s = plain(text);
  if (!s.endsWith("%")) return readNumber(s);
  const read = readNumber(s.slice(0, -1));
  return read.ok && read.value !== null ? ok(shiftPoint(read.value, -2)) : read;
}

/** `value` with its decimal point moved `places` to the left (negative) or right, exactly. */
export function shiftPoint(value: string, places: number): string {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = (negative ? value.slice(1) : value).split(".");
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  const out = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function month(year: number, m: number): Read<string> {
  if (m < 1 || m > 12 || year < 1900 || year > 2200) return refused("month");
  return ok(`${year}-${String(m).padStart(2, "0")}`);
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A date written day, month, year or month, day, year with slashes or dashes (31/12/2026,
 * 7-1-26): its two first parts and its year. */
const DAY_MONTH_OR_MONTH_DAY = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:[ t].*)?$/;

/** The month of a date given as day, month and year. */
const dayMonth = (day: number, m: number, year: number) => (day < 1 || day > 31 ? refused("month") : month(year, m));

/** A calendar month as YYYY-MM; none when the text is empty. A date like 7/1/2026 is read
 * when its figures say which part is the month (31/12/2026, 12/31/2026, 1/1/2026) and is
 * otherwise refused naming both readings; dots are day first (31.12.2026), as in every
 * country that writes them. */
export function readMonth(text: string): Read<string | null> {
  const s = plain(text).toLowerCase();
  if (s === "") return ok(null);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:[ t].*)?$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[ t].*)?$/.exec(s))) return dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]));
  if ((m = DAY_MONTH_OR_MONTH_DAY.exec(s))) {
    const [first, second, year] = [Number(m[1]), Number(m[2]), fullYear(m[3])];
    if (first > 12 || first === second) return dayMonth(first, second, year);
    if (second > 12) return dayMonth(second, first, year);
    const readings = [month(year, first), month(year, second)];
    return readings.every((r) => r.ok) ? refused("ambiguousDate", { given: text.trim(), monthFirst: readings[0].value, dayFirst: readings[1].value }) : refused("month");
  }
  if ((m = /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?\d{1,2} ?日)?$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) return month(Number(m[2]), Number(m[1]));
  if ((m = /^([a-z]{3,9})\.?[- ']?(\d{2}|\d{4})$/.exec(s)) || (m = /^(\d{2}|\d{4})[- ]([a-z]{3,9})$/.exec(s))) {
    const [name, year] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
    const index = MONTH_NAMES.findIndex((n) => name.startsWith(n) && (name.length === 3 || fullMonthName(n).startsWith(name)));
    return index < 0 ? refused("month") : month(fullYear(year), index + 1);
  }
  if ((m = /^(\d{5,7})(?:\.\d+)?$/.exec(s))) return serialMonth(Number(m[1]));
  return refused("month");
}

/** The order a file writes dates like 7/1/2026 in: day first (31/12/2026) or month first. */
export type DateOrder = "day_first" | "month_first";

/** What a column's dates like 7/1/2026 say of their order: whether there are any, and the
 * order when a first or second part over 12 tells it (none when nothing does, or both do). */
export function dateOrderOf(cells: readonly string[]): { seen: boolean; order: DateOrder | null } {
  let seen = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = DAY_MONTH_OR_MONTH_DAY.exec(plain(cell).toLowerCase());
    if (!m) continue;
    seen = true;
    dayFirst ||= Number(m[1]) > 12;
    monthFirst ||= Number(m[2]) > 12;
  }
  return { seen, order: dayFirst === monthFirst ? null : dayFirst ? "day_first" : "month_first" };
}

/** A date like 7/1/2026 written year first (2026-07-01 when month first) for the readers;
 * text of another shape is returned as it is. */
export function inDateOrder(text: string, order: DateOrder): string {
  const m = DAY_MONTH_OR_MONTH_DAY.exec(plain(text).toLowerCase());
  if (!m) return text;
  const [monthPart, dayPart] = order === "month_first" ? [m[1], m[2]] : [m[2], m[1]];
  return `${fullYear(m[3])}-${monthPart.padStart(2, "0")}-${dayPart.padStart(2, "0")}`;
}

/** A number written with a decimal comma, as Excel writes it where the comma is the decimal
 * separator (1.234,50; 1 234,50 €; (39000,5)), with a decimal point for the readers; text of
 * another shape is returned as it is, so a point decimal (1.5) still reads. */
export function fromDecimalComma(text: string): string {
  const s = plain(text);
  const m = /^([^\d.,]*)(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?([^\d.,]*)$/.exec(s);
  if (!m) return text;
  const [, before, whole, fraction, after] = m;
  return `${before}${whole.replace(/[. ]/g, "")}${fraction === undefined ? "" : `.${fraction}`}${after}`;
}

function fullMonthName(short: string): string {
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  return full[MONTH_NAMES.indexOf(short)];
}

/** Serial 32874 is 1990-01-01: smaller numbers are years or typing slips, not dates of a
 * fleet (a bare 2026 is refused rather than read as July 1905). */
const FIRST_SERIAL = 32874;

/** The month of an Excel date serial (1900 date system: serial 1 is 1900-01-01, and Excel
 * counts a 29 February 1900 that never was, so serials from 61 on are a day ahead). */
function serialMonth(serial: number): Read<string> {
  if (serial < FIRST_SERIAL || serial > 2958465) return refused("month");
  const days = serial >= 61 ? serial - 1 : serial;
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return month(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** One of a column's choices, by its code or any of its words, ignoring case and spaces. */
export function readChoice<T extends string>(text: string, choices: readonly { value: T; words: readonly string[] }[]): Read<T | null> {
  const key = (s: string) => plain(s).toLowerCase().replace(/[\s_-]+/g, "");
  const s = key(text);
  if (s === "") return ok(null);
  const found = choices.find((c) => key(c.value) === s || c.words.some((w) => key(w) === s));
  return found ? ok(found.value) : refused("choice", { allowed: choices.map((c) => c.words[0] ?? c.value).join(", ") });
}

/** An empty text refused: the field needs a value. */
export const required = <T,>(read: Read<T | null>): Read<T> => (read.ok && read.value === null ? { ok: false, problem: { code: "required" } } : (read as Read<T>));

export const map = <T, U>(read: Read<T>, f: (value: T) => U): Read<U> => (read.ok ? { ok: true, value: f(read.value) } : read);

/** A name or id: the text trimmed, never empty. */
export const readName = (text: string): Read<string> => required({ ok: true, value: text.trim() || null });

/** A choice's words in both languages (message keys `<prefix>.<value>`), so a paste from a
 * Chinese sheet reads in English too. */
export function choices<T extends string>(prefix: string, values: readonly T[]) {
  return values.map((value) => ({ value, words: [catalogs.en[`${prefix}.${value}`], catalogs["zh-CN"][`${prefix}.${value}`]].filter(Boolean) }));
}

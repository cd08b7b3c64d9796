/**
 * The fleet register's columns: what each shows, what a typed or pasted text becomes, and
 * which fields of the scenario file (`cohorts[i].<path>`) its problems are reported on. A
 * column reads text into a new cohort and never computes a figure; the engine validates.
 */
import type { BookPolicy, Cohort, DepreciationMethod, TaxMethod, Tier } from "../../bindings";
import { catalogs } from "../../i18n/catalog";
import { readChoice, readMonth, readNumber, readPercent, readWholeNumber, type Read } from "./cellText";

import type { LifeUnit } from "../../app/settings";

export type ColumnContext = { lifeUnit: LifeUnit };

export type FleetColumn = {
  id: string;
  /** The header's message key; its unit, if any, is in the header's words. */
  title: string;
  numeric: boolean;
  width: number;
  /** The fields whose problems this column's cell shows, after `cohorts[i].`. */
  paths: readonly string[];
  /** The cell's value as plain text: what F2 edits and what a copy puts on the clipboard
   * (numbers without grouping, so a spreadsheet sums them). */
  text(cohort: Cohort, context: ColumnContext): string;
  /** The cohort with the cell's text read into it, or why the text is not allowed. */
  write(cohort: Cohort, text: string, context: ColumnContext): Read<Cohort>;
  /** Message key of a choice's words, for choice columns shown in the UI's language. */
  words?: (value: string) => string | null;
};

/** A choice's words in both languages, so a paste from a Chinese sheet reads in English too. */
function choices<T extends string>(prefix: string, values: readonly T[]) {
  return values.map((value) => ({ value, words: [catalogs.en[`${prefix}.${value}`], catalogs["zh-CN"][`${prefix}.${value}`]].filter(Boolean) }));
}

const required = <T,>(read: Read<T | null>): Read<T> => (read.ok && read.value === null ? { ok: false, problem: { code: "required" } } : (read as Read<T>));

const map = <T, U>(read: Read<T>, f: (value: T) => U): Read<U> => (read.ok ? { ok: true, value: f(read.value) } : read);

const BOOK_METHODS = ["straight_line", "declining_balance", "sum_of_years_digits", "fixed_declining_balance", "units_of_production"] as const;
const BOOK_METHOD_ABBREVIATIONS: Record<(typeof BOOK_METHODS)[number], string> = {
  straight_line: "SL",
  declining_balance: "DDB",
  sum_of_years_digits: "SYD",
  fixed_declining_balance: "DB",
  units_of_production: "UOP",
};
const bookMethods = choices("fleet.book", BOOK_METHODS).map((c) => ({ ...c, words: [...c.words, BOOK_METHOD_ABBREVIATIONS[c.value]] }));
const CONVENTIONS = ["full_month", "mid_month", "half_year"] as const;
const TAX_METHODS = ["macrs", "straight_line"] as const;
const TIERS = ["training", "inference", "other"] as const;

/** A method chosen in the grid keeps the parameters it had; a new declining balance is
 * double-declining (factor 2), a new units-of-production method has no hours until typed. */
function withMethod(book: BookPolicy, kind: (typeof BOOK_METHODS)[number]): BookPolicy {
  if (book.method.kind === kind) return book;
  const method: DepreciationMethod =
    kind === "declining_balance" ? { kind, factor: "2" } : kind === "units_of_production" ? { kind, total_hours: "0" } : { kind };
  return { ...book, method };
}

function taxYears(method: TaxMethod): number {
  return method.recovery_years;
}

/** Lives in months, shown and typed in the user's unit; a life in years must be whole months. */
function lifeText(months: number, unit: LifeUnit): string {
  if (unit === "months") return String(months);
  const years = months / 12;
  return Number.isInteger(years) ? String(years) : String(Math.round(years * 10_000) / 10_000);
}

function readLife(text: string, unit: LifeUnit): Read<number> {
  if (unit === "months") return required(readWholeNumber(text));
  const years = required(readNumber(text));
  if (!years.ok) return years;
  const months = Number(years.value) * 12;
  const whole = Math.round(months);
  return Math.abs(months - whole) < 1e-9 ? { ok: true, value: whole } : { ok: false, problem: { code: "wholeMonths", params: { given: years.value } } };
}

/** A column of names (the cohort's id, its SKU): trimmed text, never empty. */
function name(field: "id" | "sku", title: string, width: number): FleetColumn {
  return {
    id: field,
    title,
    numeric: false,
    width,
    paths: [field],
    text: (c) => c[field],
    write: (c, text) => map(required({ ok: true, value: text.trim() || null }), (value) => ({ ...c, [field]: value })),
  };
}

export const FLEET_COLUMNS: readonly FleetColumn[] = [
  name("id", "fleet.col.id", 150),
  name("sku", "fleet.col.sku", 120),
  {
    id: "quantity",
    title: "fleet.col.quantity",
    numeric: true,
    width: 90,
    paths: ["quantity"],
    text: (c) => String(c.quantity),
    write: (c, text) => map(required(readWholeNumber(text)), (quantity) => ({ ...c, quantity })),
  },
  {
    id: "in_service",
    title: "fleet.col.inService",
    numeric: false,
    width: 100,
    paths: ["in_service"],
    text: (c) => c.in_service,
    write: (c, text) => map(required(readMonth(text)), (in_service) => ({ ...c, in_service })),
  },
  {
    id: "unit_cost",
    title: "fleet.col.unitCost",
    numeric: true,
    width: 120,
    paths: ["unit_cost"],
    text: (c) => c.unit_cost ?? "",
    write: (c, text) => map(readNumber(text), (unit_cost) => ({ ...c, unit_cost })),
  },
  {
    id: "book_method",
    title: "fleet.col.bookMethod",
    numeric: false,
    width: 150,
    paths: ["book.method", "book.method.factor", "book.method.total_hours"],
    text: (c) => c.book.method.kind,
    write: (c, text) => map(required(readChoice(text, bookMethods)), (kind) => ({ ...c, book: withMethod(c.book, kind) })),
    words: (value) => `fleet.book.${value}`,
  },
  {
    id: "useful_life",
    title: "fleet.col.usefulLife",
    numeric: true,
    width: 100,
    paths: ["book.useful_life_months"],
    text: (c, { lifeUnit }) => lifeText(c.book.useful_life_months, lifeUnit),
    write: (c, text, { lifeUnit }) => map(readLife(text, lifeUnit), (useful_life_months) => ({ ...c, book: { ...c.book, useful_life_months } })),
  },
  {
    id: "salvage",
    title: "fleet.col.salvage",
    numeric: true,
    width: 90,
    paths: ["book.salvage_percent"],
    text: (c) => c.book.salvage_percent,
    write: (c, text) => map(required(readPercent(text)), (salvage_percent) => ({ ...c, book: { ...c.book, salvage_percent } })),
  },
  {
    id: "convention",
    title: "fleet.col.convention",
    numeric: false,
    width: 120,
    paths: ["book.convention"],
    text: (c) => c.book.convention,
    write: (c, text) => map(required(readChoice(text, choices("fleet.convention", CONVENTIONS))), (convention) => ({ ...c, book: { ...c.book, convention } })),
    words: (value) => `fleet.convention.${value}`,
  },
  {
    id: "tax_method",
    title: "fleet.col.taxMethod",
    numeric: false,
    width: 120,
    paths: ["tax.method"],
    text: (c) => c.tax.method.kind,
    write: (c, text) =>
      map(required(readChoice(text, choices("fleet.tax", TAX_METHODS))), (kind) => ({
        ...c,
        tax: { ...c.tax, method: { kind, recovery_years: taxYears(c.tax.method) } },
      })),
    words: (value) => `fleet.tax.${value}`,
  },
  {
    id: "recovery_years",
    title: "fleet.col.recoveryYears",
    numeric: true,
    width: 90,
    paths: ["tax.method.recovery_years"],
    text: (c) => String(taxYears(c.tax.method)),
    write: (c, text) =>
      map(required(readWholeNumber(text)), (recovery_years) => ({ ...c, tax: { ...c.tax, method: { ...c.tax.method, recovery_years } } })),
  },
  {
    id: "bonus",
    title: "fleet.col.bonus",
    numeric: true,
    width: 90,
    paths: ["tax.bonus_percent"],
    text: (c) => c.tax.bonus_percent,
    write: (c, text) => map(required(readPercent(text)), (bonus_percent) => ({ ...c, tax: { ...c.tax, bonus_percent } })),
  },
  {
    id: "tier",
    title: "fleet.col.tier",
    numeric: false,
    width: 110,
    paths: ["tier"],
    text: (c) => c.tier ?? "",
    write: (c, text) => map(readChoice<Tier>(text, choices("results.tier", TIERS)), (tier) => ({ ...c, tier })),
    words: (value) => (value ? `results.tier.${value}` : null),
  },
  {
    id: "planned_retirement",
    title: "fleet.col.retirement",
    numeric: false,
    width: 110,
    paths: ["planned_retirement"],
    text: (c) => c.planned_retirement ?? "",
    write: (c, text) => map(readMonth(text), (planned_retirement) => ({ ...c, planned_retirement })),
  },
];

/** The column a problem of `cohorts[i].<rest>` belongs to: the one naming the field, else
 * the cohort's first column (a contract's or a change in estimate's problem). */
export function columnOfIssue(rest: string): number {
  let best = -1;
  let length = -1;
  FLEET_COLUMNS.forEach((column, index) => {
    for (const path of column.paths) {
      if ((rest === path || rest.startsWith(`${path}.`) || rest.startsWith(`${path}[`)) && path.length > length) {
        best = index;
        length = path.length;
      }
    }
  });
  return Math.max(best, 0);
}

/**
 * The fleet register's columns: what each shows, what a typed or pasted text becomes, and
 * which fields of the scenario file (`cohorts[i].<path>`) its problems are reported on. A
 * column reads text into a new cohort and never computes a figure; the engine validates.
 */
import type { BookPolicy, Cohort, DepreciationMethod, TaxMethod, Tier } from "../../bindings";
import { choices, map, readChoice, readMonth, readName, readNumber, readPercent, readWholeNumber, required, type Read } from "../../grid/cellText";
import type { SheetColumn } from "../../grid/column";
import { unique, type RowModel } from "../../grid/paste";
import type { LifeUnit } from "../../app/settings";

export type ColumnContext = { lifeUnit: LifeUnit; currency: string };

export type FleetColumn = SheetColumn<Cohort, ColumnContext>;

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
export function lifeText(months: number, unit: LifeUnit): string {
  if (unit === "months") return String(months);
  const years = months / 12;
  return Number.isInteger(years) ? String(years) : String(Math.round(years * 10_000) / 10_000);
}

export function readLife(text: string, unit: LifeUnit): Read<number> {
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
    write: (c, text) => map(readName(text), (value) => ({ ...c, [field]: value })),
  };
}

/** A book policy's columns (method, useful life, salvage, convention) on any row that holds
 * one: a cohort's own (`prefix` "book."), or a policy the comparison sets side by side. */
export function bookColumns<Row>(prefix: string, get: (row: Row) => BookPolicy, put: (row: Row, book: BookPolicy) => Row): SheetColumn<Row, ColumnContext>[] {
  const with_ = (row: Row, change: Partial<BookPolicy>) => put(row, { ...get(row), ...change });
  return [
    {
      id: "book_method",
      title: "fleet.col.bookMethod",
      numeric: false,
      width: 150,
      paths: [`${prefix}method`],
      text: (r) => get(r).method.kind,
      write: (r, text) => map(required(readChoice(text, bookMethods)), (kind) => put(r, withMethod(get(r), kind))),
      words: (value) => `fleet.book.${value}`,
    },
    {
      id: "useful_life",
      title: "fleet.col.usefulLife",
      numeric: true,
      width: 100,
      paths: [`${prefix}useful_life_months`],
      unit: ({ lifeUnit }, t) => t(lifeUnit === "years" ? "fleet.unit.years" : "fleet.unit.months"),
      text: (r, { lifeUnit }) => lifeText(get(r).useful_life_months, lifeUnit),
      write: (r, text, { lifeUnit }) => map(readLife(text, lifeUnit), (useful_life_months) => with_(r, { useful_life_months })),
    },
    {
      id: "salvage",
      title: "fleet.col.salvage",
      numeric: true,
      width: 90,
      paths: [`${prefix}salvage_percent`],
      text: (r) => get(r).salvage_percent,
      write: (r, text) => map(required(readPercent(text)), (salvage_percent) => with_(r, { salvage_percent })),
    },
    {
      id: "convention",
      title: "fleet.col.convention",
      numeric: false,
      width: 120,
      paths: [`${prefix}convention`],
      text: (r) => get(r).convention,
      write: (r, text) => map(required(readChoice(text, choices("fleet.convention", CONVENTIONS))), (convention) => with_(r, { convention })),
      words: (value) => `fleet.convention.${value}`,
    },
  ];
}

/** The policies the comparison sets side by side: a book policy a row. */
export const COMPARED_POLICY_ROWS: RowModel<BookPolicy, ColumnContext> = {
  columns: bookColumns<BookPolicy>("", (b) => b, (_, b) => b),
  added: (template) => template ?? { method: { kind: "straight_line" }, useful_life_months: 72, salvage_percent: "0", convention: "full_month" },
};

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
    places: 2,
    empty: "fleet.catalogCost",
    unit: ({ currency }) => currency,
    text: (c) => c.unit_cost ?? "",
    write: (c, text) => map(readNumber(text), (unit_cost) => ({ ...c, unit_cost })),
  },
  ...bookColumns<Cohort>("book.", (c) => c.book, (c, book) => ({ ...c, book })),
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
    empty: "fleet.tierByRule",
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

/** A cohort pasted or typed past the last one: the last cohort's policies, none of its
 * tier, retirement or contract; named after its SKU and month unless an id is given, never
 * taking a used id. */
export const FLEET_ROWS: RowModel<Cohort, ColumnContext> = {
  columns: FLEET_COLUMNS,
  added: (template) => {
    const base: Cohort = template ?? {
      id: "",
      sku: "",
      quantity: 0,
      in_service: "2026-01",
      unit_cost: null,
      book: { method: { kind: "straight_line" }, useful_life_months: 72, salvage_percent: "0", convention: "full_month" },
      tax: { method: { kind: "macrs", recovery_years: 5 }, bonus_percent: "100" },
      tier: null,
      planned_retirement: null,
      contract: null,
      changes_in_estimate: [],
    };
    return { ...base, id: "", unit_cost: null, tier: null, planned_retirement: null, contract: null, changes_in_estimate: [] };
  },
  finish: (cohort, cohorts) => ({ ...cohort, id: unique(cohort.id || `${cohort.sku}-${cohort.in_service}`, new Set(cohorts.map((c) => c.id))) }),
};

/** A copy of `model` to insert beside it, under an id no cohort has. */
export function copiedCohort(model: Cohort, cohorts: readonly Cohort[]): Cohort {
  return { ...model, id: unique(`${model.sku}-${model.in_service}`, new Set(cohorts.map((c) => c.id))) };
}

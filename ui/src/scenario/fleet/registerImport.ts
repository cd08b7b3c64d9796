/**
 * A fixed-asset register read from a file, mapped onto the fleet register: which of the
 * file's columns fills each of the grid's (guessed from the headers, then the user's choice,
 * remembered for files with the same headers), and the rows as a block the grid's paste
 * reads, a column not mapped left as a new cohort begins, and numbers and dates written as
 * the file's country writes them (decimal commas, 31/12/2026) turned to the grid's own way.
 */
import { catalogs } from "../../i18n/catalog";
import { dateOrderOf, inDateOrder, type DateOrder } from "../../grid/cellText";
import { withDecimalCommas } from "../../grid/paste";
import { FLEET_COLUMNS } from "./columns";

/** For each grid column, the file column that fills it, or none. */
export type Mapping = (number | null)[];

/** Headers a register commonly uses for the grid's columns, beyond the grid's own words. */
const SYNONYMS: Record<string, readonly string[]> = {
  id: ["asset", "asset id", "asset number", "asset no", "tag", "cohort", "资产编号"],
  sku: ["model", "gpu", "gpu model", "sku", "型号"],
  quantity: ["qty", "quantity", "count", "units", "gpus", "数量"],
  in_service: ["in service", "placed in service", "in-service date", "service date", "date in service", "投入使用日期"],
  unit_cost: ["unit cost", "cost per gpu", "cost", "price", "unit price", "单价"],
  useful_life: ["life", "useful life", "useful life (years)", "使用年限"],
  salvage: ["salvage", "salvage %", "residual %", "残值率"],
  planned_retirement: ["retirement", "planned retirement", "disposal date"],
};

const key = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s_]+/g, " ").trim();

/** The words each grid column answers to: its id, its header in both languages, synonyms. */
function namesOf(col: number): string[] {
  const column = FLEET_COLUMNS[col];
  return [column.id, catalogs.en[column.title], catalogs["zh-CN"][column.title], ...(SYNONYMS[column.id] ?? [])].filter(Boolean).map(key);
}

/** The grid column each header names, if any. */
function columnNamed(header: string): number | null {
  const k = key(header);
  if (k === "") return null;
  const found = FLEET_COLUMNS.findIndex((_, col) => namesOf(col).includes(k));
  return found < 0 ? null : found;
}

/** Whether the first row names columns: at least two of its cells name grid columns. */
export function hasHeader(rows: readonly string[][]): boolean {
  return (rows[0] ?? []).filter((cell) => columnNamed(cell) !== null).length >= 2;
}

/** The mapping the headers suggest; with no header, the file's columns in the grid's order. */
export function guessMapping(rows: readonly string[][], header: boolean): Mapping {
  if (!header) return FLEET_COLUMNS.map((_, col) => (col < (rows[0]?.length ?? 0) ? col : null));
  const mapping: Mapping = FLEET_COLUMNS.map(() => null);
  (rows[0] ?? []).forEach((cell, fileCol) => {
    const col = columnNamed(cell);
    if (col !== null && mapping[col] === null) mapping[col] = fileCol;
  });
  return mapping;
}

/** How the file writes what differs by country: the decimal separator of its numbers, and
 * the order of its dates like 7/1/2026 (none until known). */
export type FileWriting = { decimal: "point" | "comma"; dates: DateOrder | null };

/** The grid columns holding months, whose file cells may be dates like 31/12/2026. */
const MONTH_COLUMNS = new Set(["in_service", "planned_retirement"]);

const dataRows = (rows: readonly string[][], header: boolean) => rows.slice(header ? 1 : 0).filter((row) => row.some((cell) => cell.trim() !== ""));

/** What the mapped month columns' dates like 7/1/2026 say of their order (`dateOrderOf`). */
export function registerDates(rows: readonly string[][], header: boolean, mapping: Mapping) {
  const data = dataRows(rows, header);
  const cells = FLEET_COLUMNS.flatMap((column, col) => {
    const fileCol = mapping[col];
    return MONTH_COLUMNS.has(column.id) && fileCol !== null ? data.map((row) => row[fileCol] ?? "") : [];
  });
  return dateOrderOf(cells);
}

/** The block the grid pastes: a row per register row, the grid's columns in order, a cell
 * of a column not mapped left out (null), empty rows skipped; numbers with decimal commas
 * and dates in a known order rewritten as the grid reads them. */
export function registerBlock(rows: readonly string[][], header: boolean, mapping: Mapping, writing: FileWriting): (string | null)[][] {
  const { dates } = writing;
  const cell = (col: number, text: string) => (dates !== null && MONTH_COLUMNS.has(FLEET_COLUMNS[col].id) ? inDateOrder(text, dates) : text);
  const block = dataRows(rows, header).map((row) => mapping.map((fileCol, col) => (fileCol === null ? null : cell(col, row[fileCol] ?? ""))));
  return writing.decimal === "comma" ? withDecimalCommas(block, 0, FLEET_COLUMNS) : block;
}

const MEMORY = "fleet-ledger.register-mappings";

/** What was chosen for a file with the same headers: the mapping, and the order of its dates
 * when the file did not tell it. */
export type Remembered = { mapping: Mapping; dates: DateOrder | null };

const isDateOrder = (value: unknown): value is DateOrder => value === "day_first" || value === "month_first";

/** The choices made before for a file with these headers, if any. */
export function remembered(headers: readonly string[]): Remembered | null {
  try {
    const all = JSON.parse(localStorage.getItem(MEMORY) ?? "{}") as Record<string, Partial<Remembered> | undefined>;
    const entry = all[headers.join("\t")];
    if (!Array.isArray(entry?.mapping) || entry.mapping.length !== FLEET_COLUMNS.length) return null;
    return { mapping: entry.mapping, dates: isDateOrder(entry.dates) ? entry.dates : null };
  } catch {
    return null;
  }
}

export function remember(headers: readonly string[], choices: Remembered): void {
  try {
    const all = JSON.parse(localStorage.getItem(MEMORY) ?? "{}") as Record<string, unknown>;
    all[headers.join("\t")] = choices;
    localStorage.setItem(MEMORY, JSON.stringify(all));
  } catch {
    // Storage full or refused: the choices are guessed again next time.
  }
}

/**
 * A block pasted into a sheet: each cell read by the column it lands in, rows past the last
 * one added, the whole block planned before anything is applied. The plan's rows are checked
 * by the engine before the sheet takes them; a block with any problem is applied only when
 * the user drops the rows that have one.
 */
import type { FieldIssue } from "../bindings";
import { catalogs } from "../i18n/catalog";
import { fromDecimalComma, type CellProblem } from "./cellText";
import { columnOfIssue, type SheetColumn } from "./column";

export type CellAt = { row: number; col: number };

/** A cell of the pasted block that cannot be applied: where it would land, and why. A
 * problem the engine finds carries its field issue instead of a cell problem. */
export type PasteProblem = { row: number; col: number; blockRow: number; problem: CellProblem | null; issue?: FieldIssue };

/** What a sheet's rows are: its columns, and how rows past the last one begin. */
export type RowModel<Row, Context> = {
  columns: readonly SheetColumn<Row, Context>[];
  /** A row added past the last, from the last row (none when the sheet is empty). */
  added(template: Row | undefined): Row;
  /** An added row once its cells are read, among the rows before it (a unique id, say). */
  finish?(row: Row, rows: readonly Row[]): Row;
};

export type PastePlan<Row> = {
  rows: Row[];
  /** The sheet rows the block writes, in block order (new rows after the last). */
  written: number[];
  /** The block's row behind each written sheet row. */
  blockRows: number[];
  problems: PasteProblem[];
  /** The block's first row named the columns and was not pasted. */
  header: boolean;
};

/** Whether the block's first row is a header row: every cell names the column it lands in,
 * by its id or its header in either language. */
function isHeader<Row, Context>(cells: readonly (string | null)[], col: number, columns: readonly SheetColumn<Row, Context>[]): boolean {
  const named = cells.map((c) => (c ?? "").toLowerCase().trim()).filter((_, i) => col + i < columns.length);
  return (
    named.length > 0 &&
    named.every((cell, i) => {
      const column = columns[col + i];
      return cell !== "" && [column.id, catalogs.en[column.title], catalogs["zh-CN"][column.title]].some((w) => w?.toLowerCase().trim() === cell);
    })
  );
}

/** The row and the rest of a problem's path under `path[i]`, if it is one of these rows'. */
export function rowOfIssue(path: string, issuePath: string): [number, string] | null {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`^${escaped}\\[(\\d+)\\]\\.?(.*)$`).exec(issuePath);
  return m ? [Number(m[1]), m[2]] : null;
}

/** The engine's problems (`found`, for the plan's rows in the scenario) with the rows the
 * plan writes, each at its cell: what stops the block from being applied. */
export function engineProblems<Row, Context>(plan: PastePlan<Row>, path: string, columns: readonly SheetColumn<Row, Context>[], found: readonly FieldIssue[]): PasteProblem[] {
  const written = new Map(plan.written.map((row, i) => [row, plan.blockRows[i]]));
  return found.flatMap((issue) => {
    const at = rowOfIssue(path, issue.path);
    const blockRow = at ? written.get(at[0]) : undefined;
    return at && blockRow !== undefined ? [{ row: at[0], col: columnOfIssue(columns, at[1]), blockRow, problem: null, issue }] : [];
  });
}

/** The block as written where the comma is the decimal separator (copied from a German or
 * French Excel, say): the cells landing in numeric columns, from `col` on, with their decimal
 * commas read as points (`fromDecimalComma`); every other cell as it is. */
export function withDecimalCommas<Row, Context, Cell extends string | null>(
  block: readonly (readonly Cell[])[],
  col: number,
  columns: readonly SheetColumn<Row, Context>[],
): Cell[][] {
  return block.map((cells) => cells.map((text, i) => (text !== null && columns[col + i]?.numeric ? (fromDecimalComma(text) as Cell) : text)));
}

/** How many of a plan's problems are figures that do not read as numbers: what a block
 * written with decimal commas gives. */
export const unreadFigures = (problems: readonly PasteProblem[]) => problems.filter((p) => p.problem?.code === "number" || p.problem?.code === "wholeNumber").length;

/** `id`, or `id-2`, `id-3`… whichever is not in `taken`. */
export function unique(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** Plans pasting `block` with its first cell at `at`, leaving out the block rows in `dropped`. */
export function planPaste<Row, Context>(
  rows: readonly Row[],
  block: readonly (readonly (string | null)[])[],
  at: CellAt,
  model: RowModel<Row, Context>,
  context: Context,
  dropped: ReadonlySet<number> = new Set(),
): PastePlan<Row> {
  const { columns } = model;
  const header = block.length > 1 && isHeader(block[0], at.col, columns);
  const next = [...rows];
  const written: number[] = [];
  const blockRows: number[] = [];
  const problems: PasteProblem[] = [];
  const template = rows[rows.length - 1];
  let added = 0;
  block.forEach((cells, blockRow) => {
    if ((header && blockRow === 0) || dropped.has(blockRow)) return;
    const offset = blockRow - (header ? 1 : 0);
    // A dropped row leaves the rows below it where they land: it never shifts them onto
    // other rows. Rows past the last one are added in order.
    const existing = at.row + offset < rows.length;
    const index = existing ? at.row + offset : rows.length + added;
    let row = existing ? next[index] : model.added(template);
    cells.forEach((text, i) => {
      const col = at.col + i;
      // A cell left out (a register's column not mapped) keeps what the row has.
      if (col >= columns.length || text === null) return;
      const read = columns[col].write(row, text, context);
      if (read.ok) row = read.value;
      else problems.push({ row: index, col, blockRow, problem: read.problem });
    });
    if (existing) next[index] = row;
    else {
      next.push(model.finish ? model.finish(row, next) : row);
      added += 1;
    }
    written.push(index);
    blockRows.push(blockRow);
  });
  return { rows: next, written, blockRows, problems, header };
}

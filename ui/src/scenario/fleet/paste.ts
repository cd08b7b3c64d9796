/**
 * A block pasted into the fleet register: each cell read by the column it lands in, rows past
 * the last one added, the whole block planned before anything is applied. The plan's cohorts
 * are checked by the engine (`check_scenario`) before the grid takes them; a block with any
 * problem is applied only when the user drops the rows that have one.
 */
import type { Cohort, FieldIssue } from "../../bindings";
import { catalogs } from "../../i18n/catalog";
import type { CellProblem } from "./cellText";
import { FLEET_COLUMNS, type ColumnContext } from "./columns";

export type CellAt = { row: number; col: number };

/** A cell of the pasted block that cannot be applied: where it would land, and why. A
 * problem the engine finds carries its field issue instead of a cell problem. */
export type PasteProblem = { row: number; col: number; blockRow: number; problem: CellProblem | null; issue?: FieldIssue };

export type PastePlan = {
  cohorts: Cohort[];
  /** The grid rows the block writes, in block order (new rows after the last). */
  rows: number[];
  /** The block's row behind each written grid row. */
  blockRows: number[];
  problems: PasteProblem[];
  /** The block's first row named the columns and was not pasted. */
  header: boolean;
};

const headerWords = (col: number) => {
  const column = FLEET_COLUMNS[col];
  return [column.id, catalogs.en[column.title], catalogs["zh-CN"][column.title]].map((w) => w?.toLowerCase().trim());
};

/** Whether the block's first row is a header row: every cell names the column it lands in. */
function isHeader(row: string[], col: number): boolean {
  const cells = row.map((c) => c.toLowerCase().trim()).filter((_, i) => col + i < FLEET_COLUMNS.length);
  return cells.length > 0 && cells.every((cell, i) => cell !== "" && headerWords(col + i).includes(cell));
}

/** The cohort a row pasted past the last one starts from: the last cohort's policies, none of
 * its contract, retirement or changes in estimate. */
function newCohort(template: Cohort | undefined): Cohort {
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
}

/** `id`, or `id-2`, `id-3`… whichever no other cohort has. */
function unique(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** A copy of `model` to insert beside it, under an id no cohort has. */
export function copiedCohort(model: Cohort, cohorts: readonly Cohort[]): Cohort {
  return { ...model, id: unique(`${model.sku}-${model.in_service}`, new Set(cohorts.map((c) => c.id))) };
}

/** Plans pasting `block` with its first cell at `at`, leaving out the block rows in `dropped`. */
export function planPaste(cohorts: readonly Cohort[], block: string[][], at: CellAt, context: ColumnContext, dropped: ReadonlySet<number> = new Set()): PastePlan {
  const header = block.length > 1 && isHeader(block[0], at.col);
  const next = [...cohorts];
  const rows: number[] = [];
  const blockRows: number[] = [];
  const problems: PasteProblem[] = [];
  const template = cohorts[cohorts.length - 1];
  let added = 0;
  block.forEach((cells, blockRow) => {
    if ((header && blockRow === 0) || dropped.has(blockRow)) return;
    const offset = blockRow - (header ? 1 : 0);
    // A dropped row leaves the rows below it where they land: it never shifts them onto
    // other cohorts. Rows past the last one are added in order.
    const existing = at.row + offset < cohorts.length;
    const row = existing ? at.row + offset : cohorts.length + added;
    let cohort = existing ? next[row] : newCohort(template);
    cells.forEach((text, i) => {
      const col = at.col + i;
      if (col >= FLEET_COLUMNS.length) return;
      const read = FLEET_COLUMNS[col].write(cohort, text, context);
      if (read.ok) cohort = read.value;
      else problems.push({ row, col, blockRow, problem: read.problem });
    });
    if (!existing) {
      const taken = new Set(next.map((c) => c.id));
      cohort = { ...cohort, id: unique(cohort.id || `${cohort.sku}-${cohort.in_service}`, taken) };
      next.push(cohort);
      added += 1;
    } else next[row] = cohort;
    rows.push(row);
    blockRows.push(blockRow);
  });
  return { cohorts: next, rows, blockRows, problems, header };
}

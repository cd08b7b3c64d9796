/**
 * A sheet's column: what a cell shows, what typed or pasted text becomes, and which fields of
 * the scenario file the engine's problems with it are reported on. A column reads text into a
 * new row and never computes a figure; the engine validates.
 */
import type { Read } from "./cellText";

export type SheetColumn<Row, Context> = {
  id: string;
  /** The header's message key. */
  title: string;
  numeric: boolean;
  width: number;
  /** The fields whose problems this column's cell shows, after the row's own path. */
  paths: readonly string[];
  /** The cell's value as plain text: what F2 edits and what a copy puts on the clipboard
   * (numbers without grouping, so a spreadsheet sums them). */
  text(row: Row, context: Context): string;
  /** The row with the cell's text read into it, or why the text is not allowed. */
  write(row: Row, text: string, context: Context): Read<Row>;
  /** Message key of a choice's words, for choice columns shown in the UI's language. */
  words?: (value: string) => string | null;
  /** Message key shown, muted, in an empty cell: what the empty value means. */
  empty?: string;
  /** Places a numeric column shows after the point, at least (2 for money). */
  places?: number;
  /** The unit under the header: words from the catalog or the scenario's currency. */
  unit?: (context: Context, t: (key: string) => string) => string | null;
};

/** The column a problem of a row's `<rest>` belongs to: the one naming the field, else the
 * row's first column. */
export function columnOfIssue<Row, Context>(columns: readonly SheetColumn<Row, Context>[], rest: string): number {
  let best = -1;
  let length = -1;
  columns.forEach((column, index) => {
    for (const path of column.paths) {
      if ((rest === path || rest.startsWith(`${path}.`) || rest.startsWith(`${path}[`)) && path.length > length) {
        best = index;
        length = path.length;
      }
    }
  });
  return Math.max(best, 0);
}

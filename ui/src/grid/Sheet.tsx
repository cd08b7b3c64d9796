/**
 * A sheet of the scenario's rows (the fleet register, the catalog, a curve's points): one
 * focused input on the cursor's cell so the first keystroke (or an input method's
 * composition) starts typing there, rows drawn only where the viewport is (10,000 rows
 * scroll as 30). Keys follow Excel (sheetKeys.ts); a block pasted from a spreadsheet is read
 * whole, checked by the engine, and applied as one step or not at all (paste.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { FieldIssue } from "../bindings";
import type { Figures } from "../app/useFigures";
import { useSettings } from "../app/settings";
import { issueText } from "../i18n/issues";
import type { CellProblem } from "./cellText";
import { columnOfIssue, type SheetColumn } from "./column";
import { engineProblems, planPaste, rowOfIssue, unreadFigures, withDecimalCommas, type CellAt, type PastePlan, type PasteProblem, type RowModel } from "./paste";
import { sheetAction, type Mode, type SheetAction } from "./sheetKeys";
import { parseTsv, writeTsv } from "./tsv";
import { PasteReview } from "./PasteReview";
import { markPasteApplied, markPasted } from "../app/latency";

const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 44;
const ROW_NUMBER_WIDTH = 52;

export type SheetProps<Row, Context> = {
  /** The sheet's id: its input is `<id>-input`, its cells `<cells>-<row>-<column id>`. */
  id: string;
  cells: string;
  label: string;
  rows: readonly Row[];
  model: RowModel<Row, Context>;
  context: Context;
  /** Where the rows are in the scenario file (`rows`, `catalog`…): the engine's problems
   * under `<path>[i]` are shown at their cells. */
  path: string;
  issues: readonly FieldIssue[];
  f: Figures;
  /** One user gesture's rows. */
  onChange(next: Row[]): void;
  /** The engine's problems with these rows in the scenario, without applying them. */
  check(next: Row[]): Promise<FieldIssue[]>;
  /** A copy of a row to insert beside it (Ctrl++); none: rows are not inserted. */
  copy?(row: Row, rows: readonly Row[]): Row;
  /** The cursor moved to this row, the selection spanning rows `first` to `last` (a details
   * panel may follow it). */
  onCursor?(row: number, first: number, last: number): void;
};

/** The engine's problems by cell (`row:col`): a field's own column, else the row's first. */
function issuesByCell<Row, Context>(columns: readonly SheetColumn<Row, Context>[], path: string, issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const cells = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const at = rowOfIssue(path, issue.path);
    if (!at) continue;
    const key = `${at[0]}:${columnOfIssue(columns, at[1])}`;
    cells.set(key, [...(cells.get(key) ?? []), issue]);
  }
  return cells;
}

/** Places shown after the point: what the value has, at least the column's. */
const places = (text: string, min = 0) => Math.max(min, text.split(".")[1]?.length ?? 0);

function shown<Row, Context>(column: SheetColumn<Row, Context>, row: Row, context: Context, f: Figures, decimals: number): { text: string; muted?: boolean } {
  const text = column.text(row, context);
  if (text === "" && column.empty) return { text: f.t(column.empty), muted: true };
  if (column.words && text !== "") {
    const key = column.words(text);
    return { text: key ? f.t(key) : text };
  }
  if (column.numeric && /^-?\d+(\.\d+)?$/.test(text)) return { text: f.fixed(text, Math.max(decimals, places(text))) };
  return { text };
}

export function Sheet<Row, Context>({ id, cells: cellPrefix, label, rows, model, context, path, issues, f, onChange, check, copy, onCursor }: SheetProps<Row, Context>) {
  const columns = model.columns;
  const LAST_COL = columns.length - 1;
  const { language } = useSettings();
  const scroller = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState<CellAt>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<CellAt>({ row: 0, col: 0 });
  const [mode, setMode] = useState<Mode>("ready");
  const [draft, setDraft] = useState("");
  const [typedProblem, setTypedProblem] = useState<CellProblem | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** A pasted block with problems, waiting for the user; `commas` once its figures are read
   * with decimal commas. */
  type Review = { plan: PastePlan<Row>; block: string[][]; at: CellAt; dropped: Set<number>; commas: boolean };
  const [review, setReview] = useState<Review | null>(null);
  const composing = useRef(false);
  // One row past the last: typing or pasting there adds a row.
  const rowCount = rows.length + 1;
  const lastRow = rowCount - 1;
  const byCell = useMemo(() => issuesByCell(columns, path, issues), [columns, path, issues]);
  // A numeric column shows every figure with as many places as its longest, so the points
  // line up (up to six: a rate typed to more is shown as typed).
  const decimals = useMemo(
    () => columns.map((c) => (c.numeric ? Math.min(6, rows.reduce((most, r) => Math.max(most, places(c.text(r, context))), c.places ?? 0)) : 0)),
    [columns, rows, context],
  );

  const virtual = useVirtualizer({ count: rowCount, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = ROW_NUMBER_WIDTH;
    for (const c of columns) {
      out.push(x);
      x += c.width;
    }
    return { out, width: x };
  }, [columns]);

  const top = Math.min(active.row, anchor.row);
  const bottom = Math.max(active.row, anchor.row);
  const left = Math.min(active.col, anchor.col);
  const right = Math.max(active.col, anchor.col);

  // The cursor stays in view, below the header.
  useLayoutEffect(() => {
    input.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [active]);

  const go = useCallback(
    (row: number, col: number, extend: boolean) => {
      const at = { row: Math.max(0, Math.min(lastRow, row)), col: Math.max(0, Math.min(LAST_COL, col)) };
      setActive(at);
      if (!extend) setAnchor(at);
      setNote(null);
    },
    [lastRow, LAST_COL],
  );
  useEffect(() => onCursor?.(active.row, Math.min(active.row, anchor.row), Math.max(active.row, anchor.row)), [active.row, anchor.row, onCursor]);

  const endTyping = () => {
    setMode("ready");
    setDraft("");
    setTypedProblem(null);
  };

  /** Writes a block of texts at `at` as one step when every cell reads; else names the first
   * cell that does not. */
  const writeBlock = (block: string[][], at: CellAt): PasteProblem | null => {
    const plan = planPaste(rows, block, at, model, context);
    if (plan.problems.length > 0) return plan.problems[0];
    onChange(plan.rows);
    return null;
  };

  const selectedDataRows = () => {
    const last = Math.min(bottom, rows.length - 1);
    return last < top ? [] : Array.from({ length: last - top + 1 }, (_, i) => top + i);
  };

  const act = (action: SheetAction) => {
    switch (action.kind) {
      case "move": {
        const row = action.jump ? (action.rows > 0 ? rows.length - 1 : action.rows < 0 ? 0 : active.row) : active.row + action.rows;
        const col = action.jump ? (action.cols > 0 ? LAST_COL : action.cols < 0 ? 0 : active.col) : active.col + action.cols;
        go(row, col, action.extend);
        return;
      }
      case "goto": {
        const row = action.row === "last" ? Math.max(0, rows.length - 1) : (action.row ?? active.row);
        const col = action.col === "last" ? LAST_COL : (action.col ?? active.col);
        go(row, col, action.extend);
        return;
      }
      case "page": {
        const visible = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
        go(active.row + action.rows * visible, active.col, action.extend);
        return;
      }
      case "commit": {
        const problem = writeBlock([[draft]], active);
        if (problem) {
          setTypedProblem(problem.problem);
          return;
        }
        endTyping();
        go(active.row + action.rows, active.col + action.cols, false);
        return;
      }
      case "edit":
        if (mode === "ready") {
          const row = rows[active.row];
          setDraft(row ? columns[active.col].text(row, context) : "");
          setMode("edit");
        } else setMode(mode === "edit" ? "enter" : "edit");
        return;
      case "cancel":
        endTyping();
        return;
      case "clear": {
        // Cells that may be empty are emptied; one that needs a value keeps it, and says so.
        let next = [...rows];
        let kept = false;
        for (const row of selectedDataRows()) {
          for (let col = left; col <= right; col += 1) {
            const read = columns[col].write(next[row], "", context);
            if (read.ok) next[row] = read.value;
            else kept = true;
          }
        }
        if (next.some((c, i) => c !== rows[i])) onChange(next);
        setNote(kept ? f.t("sheet.keptRequired") : null);
        return;
      }
      case "fillDown": {
        const source = top === bottom ? top - 1 : top;
        const targets = selectedDataRows().filter((r) => r > source);
        if (source < 0 || source >= rows.length || targets.length === 0) return;
        const cells = columns.slice(left, right + 1).map((c) => c.text(rows[source], context));
        const problem = writeBlock(targets.map(() => cells), { row: targets[0], col: left });
        if (problem) setTypedProblem(problem.problem);
        return;
      }
      case "selectAll":
        setAnchor({ row: 0, col: 0 });
        setActive({ row: Math.max(0, rows.length - 1), col: LAST_COL });
        return;
      case "deleteRows": {
        const gone = new Set(selectedDataRows());
        if (gone.size === 0) return;
        onChange(rows.filter((_, i) => !gone.has(i)));
        go(top, active.col, false);
        return;
      }
      case "insertRow": {
        const at = Math.min(active.row, rows.length);
        const like = rows[at] ?? rows[rows.length - 1];
        if (!like || !copy) return;
        onChange([...rows.slice(0, at), copy(like, rows), ...rows.slice(at)]);
        go(at, active.col, false);
        return;
      }
      case "none":
        return;
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const composingNow = composing.current || e.nativeEvent.isComposing || e.keyCode === 229;
    const action = sheetAction({ key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey, composing: composingNow }, mode);
    if (action.kind === "none") return;
    // Tab past the last column, or back past the first, leaves the grid.
    if (e.key === "Tab" && mode === "ready" && ((e.shiftKey && active.col === 0) || (!e.shiftKey && active.col === LAST_COL))) return;
    e.preventDefault();
    act(action);
  };

  const selectionText = () =>
    writeTsv(selectedDataRows().map((row) => columns.slice(left, right + 1).map((c) => c.text(rows[row], context))));

  const onCopy = (e: React.ClipboardEvent<HTMLInputElement>) => {
    if (mode !== "ready") return;
    e.preventDefault();
    e.clipboardData.setData("text/plain", selectionText());
  };
  const onCut = (e: React.ClipboardEvent<HTMLInputElement>) => {
    if (mode !== "ready") return;
    onCopy(e);
    act({ kind: "clear" });
  };

  /** Applies `plan` if the engine finds nothing wrong in the rows it writes; else shows them. */
  const applyChecked = async (plan: PastePlan<Row>, block: string[][], at: CellAt, dropped: Set<number>, commas = false) => {
    if (plan.problems.length > 0) {
      setReview({ plan, block, at, dropped, commas });
      return;
    }
    const problems = engineProblems(plan, path, columns, await check(plan.rows));
    if (problems.length > 0) {
      setReview({ plan: { ...plan, problems }, block, at, dropped, commas });
      return;
    }
    setReview(null);
    if (plan.written.length === 0) return;
    onChange(plan.rows);
    markPasteApplied();
    const last = plan.written[plan.written.length - 1];
    const width = Math.max(...block.map((r) => r.length));
    setAnchor({ row: plan.written[0], col: at.col });
    setActive({ row: last, col: Math.min(LAST_COL, at.col + width - 1) });
    input.current?.focus();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData("text/plain");
    // A value pasted while typing goes into the cell's text, as in Excel.
    if (mode !== "ready" && !/[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, ""))) return;
    e.preventDefault();
    markPasted();
    endTyping();
    const block = parseTsv(text);
    if (block.length === 0) return;
    const at = { row: top, col: left };
    void applyChecked(planPaste(rows, block, at, model, context), block, at, new Set());
  };

  const dropAndPaste = () => {
    if (!review) return;
    const dropped = new Set([...review.dropped, ...review.plan.problems.map((p) => p.blockRow)]);
    void applyChecked(planPaste(rows, review.block, review.at, model, context, dropped), review.block, review.at, dropped, review.commas);
  };

  /** The refused block read with decimal commas, as a German or French Excel copies it, when
   * that reads figures the block as written does not (none otherwise). */
  const commaReading = useMemo(() => {
    if (!review || review.commas || unreadFigures(review.plan.problems) === 0) return null;
    const block = withDecimalCommas(review.block, review.at.col, columns);
    const plan = planPaste(rows, block, review.at, model, context, review.dropped);
    return unreadFigures(plan.problems) < unreadFigures(review.plan.problems) ? { block, plan } : null;
  }, [review, rows, model, context, columns]);
  const pasteWithDecimalCommas = () => {
    if (!review || !commaReading) return;
    void applyChecked(commaReading.plan, commaReading.block, review.at, review.dropped, true);
  };

  // Typing stops when the cursor moves by the mouse, or the rows change under it (undo).
  useEffect(() => {
    if (active.row > lastRow) go(lastRow, active.col, false);
  }, [lastRow, active, go]);

  const activeIssues = byCell.get(`${active.row}:${active.col}`) ?? [];
  const activeRow = rows[active.row];
  const activeColumn = columns[active.col];
  const status = typedProblem
    ? f.t(`cell.${typedProblem.code}`, typedProblem.params)
    : activeIssues.length > 0
      ? activeIssues.map((i) => issueText(i, language)).join(" ")
      : note;
  const unitOf = (column: SheetColumn<Row, Context>) => column.unit?.(context, f.t) ?? null;

  return (
    <div className="sheet-frame" id={id}>
      <div className="sheet" ref={scroller} role="grid" aria-rowcount={rowCount + 1} aria-colcount={columns.length} aria-label={label}>
        <div className="sheet-content" style={{ width: lefts.width, height: HEADER_HEIGHT + virtual.getTotalSize() }}>
          <div className="sheet-header" role="row" style={{ width: lefts.width, height: HEADER_HEIGHT }}>
            <div className="sheet-rownum" role="columnheader" style={{ width: ROW_NUMBER_WIDTH }} />
            {columns.map((column, col) => {
              const unit = unitOf(column);
              return (
                <div key={column.id} role="columnheader" className={`sheet-th${column.numeric ? " num" : ""}${col >= left && col <= right ? " in-selection" : ""}`} style={{ width: column.width }}>
                  {f.t(column.title)}
                  {unit && <span className="sheet-unit">{f.t("sheet.unitSuffix", { unit })}</span>}
                </div>
              );
            })}
          </div>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            const rowSelected = item.index >= top && item.index <= bottom;
            return (
              <div key={item.index} role="row" aria-rowindex={item.index + 2} className={`sheet-row${row ? "" : " sheet-new-row"}`} style={{ top: HEADER_HEIGHT + item.start, height: ROW_HEIGHT, width: lefts.width }}>
                <div className={`sheet-rownum${rowSelected ? " in-selection" : ""}`} style={{ width: ROW_NUMBER_WIDTH }}>
                  {row ? f.count(item.index + 1) : "+"}
                </div>
                {columns.map((column, col) => {
                  const cellIssues = byCell.get(`${item.index}:${col}`);
                  const selected = rowSelected && col >= left && col <= right;
                  const value = row ? shown(column, row, context, f, decimals[col]) : { text: "" };
                  return (
                    <div
                      key={column.id}
                      role="gridcell"
                      id={`${cellPrefix}-${item.index}-${column.id}`}
                      aria-selected={selected}
                      aria-invalid={cellIssues ? true : undefined}
                      className={`sheet-cell${column.numeric ? " num" : ""}${selected ? " selected" : ""}${cellIssues ? " invalid" : ""}${value.muted ? " muted" : ""}`}
                      style={{ width: column.width }}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        // Clicking away commits what was typed, as in Excel; a value that
                        // does not read keeps the cursor where it is.
                        if (mode !== "ready") {
                          const problem = writeBlock([[draft]], active);
                          if (problem) {
                            setTypedProblem(problem.problem);
                            return;
                          }
                          endTyping();
                        }
                        go(item.index, col, e.shiftKey);
                        input.current?.focus();
                      }}
                      onDoubleClick={() => act({ kind: "edit" })}
                    >
                      {value.text}
                    </div>
                  );
                })}
              </div>
            );
          })}
          <input
            ref={input}
            id={`${id}-input`}
            className={`sheet-input${mode === "ready" ? " ready" : ""}${activeColumn.numeric ? " num" : ""}`}
            style={{ left: lefts.out[active.col], top: HEADER_HEIGHT + active.row * ROW_HEIGHT, width: activeColumn.width, height: ROW_HEIGHT }}
            value={mode === "ready" ? "" : draft}
            data-undo={mode === "ready" ? "workspace" : undefined}
            aria-label={f.t("sheet.cellLabel", { column: f.t(activeColumn.title), row: active.row + 1, value: activeRow ? activeColumn.text(activeRow, context) : "" })}
            aria-invalid={typedProblem || activeIssues.length > 0 ? true : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setDraft(e.target.value);
              if (mode === "ready") setMode("enter");
              setTypedProblem(null);
            }}
            onCompositionStart={() => {
              composing.current = true;
              if (mode === "ready") setMode("enter");
            }}
            onCompositionEnd={() => {
              composing.current = false;
            }}
            onKeyDown={onKeyDown}
            onCopy={onCopy}
            onCut={onCut}
            onPaste={onPaste}
            onBlur={() => {
              if (mode !== "ready") act({ kind: "commit", rows: 0, cols: 0 });
            }}
          />
        </div>
      </div>
      <p className={`sheet-status${typedProblem || activeIssues.length > 0 ? " field-error" : ""}`} id={`${id}-status`} aria-live="polite">
        <span className="sheet-cursor">{f.t("sheet.cursor", { column: f.t(activeColumn.title), row: active.row + 1 })}</span>
        {status && <span className="sheet-message">{status}</span>}
      </p>
      {review && (
        <PasteReview
          problems={review.plan.problems}
          titles={columns}
          f={f}
          onDrop={dropAndPaste}
          onDecimalCommas={commaReading ? pasteWithDecimalCommas : undefined}
          onCancel={() => {
            setReview(null);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}

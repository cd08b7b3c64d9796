/**
 * The fleet register as a sheet: one row a cohort, one focused input on the cursor's cell so
 * the first keystroke (or an input method's composition) starts typing there, rows drawn only
 * where the viewport is (10,000 cohorts scroll as 30). Keys follow Excel (sheetKeys.ts); a
 * block pasted from a spreadsheet is read whole, checked by the engine, and applied as one
 * step or not at all (paste.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Cohort, FieldIssue } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { useSettings } from "../../app/settings";
import { issueText } from "../../i18n/issues";
import type { CellProblem } from "./cellText";
import { FLEET_COLUMNS, columnOfIssue, type ColumnContext, type FleetColumn } from "./columns";
import { copiedCohort, planPaste, type CellAt, type PastePlan, type PasteProblem } from "./paste";
import { sheetAction, type Mode, type SheetAction } from "./sheetKeys";
import { parseTsv, writeTsv } from "./tsv";
import { PasteReview } from "./PasteReview";
import { markPasteApplied, markPasted } from "../../app/latency";

const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 44;
const ROW_NUMBER_WIDTH = 52;
const LAST_COL = FLEET_COLUMNS.length - 1;

export type FleetGridProps = {
  cohorts: readonly Cohort[];
  currency: string;
  issues: readonly FieldIssue[];
  context: ColumnContext;
  f: Figures;
  /** One user gesture's cohorts. */
  onChange(next: Cohort[]): void;
  /** The engine's problems with these cohorts in the scenario, without applying them. */
  check(next: Cohort[]): Promise<FieldIssue[]>;
};

/** The engine's problems by cell (`row:col`): a field's own column, else the cohort's first. */
function issuesByCell(issues: readonly FieldIssue[]): Map<string, FieldIssue[]> {
  const cells = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const m = /^cohorts\[(\d+)\]\.?(.*)$/.exec(issue.path);
    if (!m) continue;
    const key = `${m[1]}:${columnOfIssue(m[2])}`;
    cells.set(key, [...(cells.get(key) ?? []), issue]);
  }
  return cells;
}

/** Places shown after the point: what the value has, or two for money. */
const places = (text: string, min = 0) => Math.max(min, text.split(".")[1]?.length ?? 0);

function shown(column: FleetColumn, cohort: Cohort, context: ColumnContext, f: Figures): { text: string; muted?: boolean } {
  const text = column.text(cohort, context);
  if (column.id === "unit_cost" && text === "") return { text: f.t("fleet.catalogCost"), muted: true };
  if (column.id === "tier" && text === "") return { text: f.t("fleet.tierByRule"), muted: true };
  if (column.words && text !== "") {
    const key = column.words(text);
    return { text: key ? f.t(key) : text };
  }
  if (column.numeric && /^-?\d+(\.\d+)?$/.test(text)) return { text: f.fixed(text, places(text, column.id === "unit_cost" ? 2 : 0)) };
  return { text };
}

export function FleetGrid({ cohorts, currency, issues, context, f, onChange, check }: FleetGridProps) {
  const { language } = useSettings();
  const scroller = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState<CellAt>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<CellAt>({ row: 0, col: 0 });
  const [mode, setMode] = useState<Mode>("ready");
  const [draft, setDraft] = useState("");
  const [typedProblem, setTypedProblem] = useState<CellProblem | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [review, setReview] = useState<{ plan: PastePlan; block: string[][]; at: CellAt; dropped: Set<number> } | null>(null);
  const composing = useRef(false);
  // One row past the last cohort: typing or pasting there adds cohorts.
  const rowCount = cohorts.length + 1;
  const lastRow = rowCount - 1;
  const byCell = useMemo(() => issuesByCell(issues), [issues]);

  const rows = useVirtualizer({ count: rowCount, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  const lefts = useMemo(() => {
    const out: number[] = [];
    let x = ROW_NUMBER_WIDTH;
    for (const c of FLEET_COLUMNS) {
      out.push(x);
      x += c.width;
    }
    return { out, width: x };
  }, []);

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
    [lastRow],
  );

  const endTyping = () => {
    setMode("ready");
    setDraft("");
    setTypedProblem(null);
  };

  /** Writes a block of texts at `at` as one step when every cell reads; else names the first
   * cell that does not. */
  const writeBlock = (block: string[][], at: CellAt): PasteProblem | null => {
    const plan = planPaste(cohorts, block, at, context);
    if (plan.problems.length > 0) return plan.problems[0];
    onChange(plan.cohorts);
    return null;
  };

  const selectedDataRows = () => {
    const last = Math.min(bottom, cohorts.length - 1);
    return last < top ? [] : Array.from({ length: last - top + 1 }, (_, i) => top + i);
  };

  const act = (action: SheetAction) => {
    switch (action.kind) {
      case "move": {
        const row = action.jump ? (action.rows > 0 ? cohorts.length - 1 : action.rows < 0 ? 0 : active.row) : active.row + action.rows;
        const col = action.jump ? (action.cols > 0 ? LAST_COL : action.cols < 0 ? 0 : active.col) : active.col + action.cols;
        go(row, col, action.extend);
        return;
      }
      case "goto": {
        const row = action.row === "last" ? Math.max(0, cohorts.length - 1) : (action.row ?? active.row);
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
          const cohort = cohorts[active.row];
          setDraft(cohort ? FLEET_COLUMNS[active.col].text(cohort, context) : "");
          setMode("edit");
        } else setMode(mode === "edit" ? "enter" : "edit");
        return;
      case "cancel":
        endTyping();
        return;
      case "clear": {
        // Cells that may be empty are emptied; one that needs a value keeps it, and says so.
        let next = [...cohorts];
        let kept = false;
        for (const row of selectedDataRows()) {
          for (let col = left; col <= right; col += 1) {
            const read = FLEET_COLUMNS[col].write(next[row], "", context);
            if (read.ok) next[row] = read.value;
            else kept = true;
          }
        }
        if (next.some((c, i) => c !== cohorts[i])) onChange(next);
        setNote(kept ? f.t("fleet.keptRequired") : null);
        return;
      }
      case "fillDown": {
        const source = top === bottom ? top - 1 : top;
        const targets = selectedDataRows().filter((r) => r > source);
        if (source < 0 || source >= cohorts.length || targets.length === 0) return;
        const cells = FLEET_COLUMNS.slice(left, right + 1).map((c) => c.text(cohorts[source], context));
        const problem = writeBlock(targets.map(() => cells), { row: targets[0], col: left });
        if (problem) setTypedProblem(problem.problem);
        return;
      }
      case "selectAll":
        setAnchor({ row: 0, col: 0 });
        setActive({ row: Math.max(0, cohorts.length - 1), col: LAST_COL });
        return;
      case "deleteRows": {
        const gone = new Set(selectedDataRows());
        if (gone.size === 0) return;
        onChange(cohorts.filter((_, i) => !gone.has(i)));
        go(top, active.col, false);
        return;
      }
      case "insertRow": {
        const at = Math.min(active.row, cohorts.length);
        const model = cohorts[at] ?? cohorts[cohorts.length - 1];
        if (!model) return;
        onChange([...cohorts.slice(0, at), copiedCohort(model, cohorts), ...cohorts.slice(at)]);
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
    writeTsv(selectedDataRows().map((row) => FLEET_COLUMNS.slice(left, right + 1).map((c) => c.text(cohorts[row], context))));

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
  const applyChecked = async (plan: PastePlan, block: string[][], at: CellAt, dropped: Set<number>) => {
    if (plan.problems.length > 0) {
      setReview({ plan, block, at, dropped });
      return;
    }
    const written = new Map(plan.rows.map((row, i) => [row, plan.blockRows[i]]));
    const found = await check(plan.cohorts);
    const problems: PasteProblem[] = [];
    for (const issue of found) {
      const m = /^cohorts\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const row = m ? Number(m[1]) : -1;
      const blockRow = written.get(row);
      if (blockRow !== undefined) problems.push({ row, col: columnOfIssue(m?.[2] ?? ""), blockRow, problem: null, issue });
    }
    if (problems.length > 0) {
      setReview({ plan: { ...plan, problems }, block, at, dropped });
      return;
    }
    setReview(null);
    if (plan.rows.length === 0) return;
    onChange(plan.cohorts);
    markPasteApplied();
    const last = plan.rows[plan.rows.length - 1];
    const width = Math.max(...block.map((r) => r.length));
    setAnchor({ row: plan.rows[0], col: at.col });
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
    void applyChecked(planPaste(cohorts, block, at, context), block, at, new Set());
  };

  const dropAndPaste = () => {
    if (!review) return;
    const dropped = new Set([...review.dropped, ...review.plan.problems.map((p) => p.blockRow)]);
    void applyChecked(planPaste(cohorts, review.block, review.at, context, dropped), review.block, review.at, dropped);
  };

  // Typing stops when the cursor moves by the mouse, or the cohorts change under it (undo).
  useEffect(() => {
    if (active.row > lastRow) go(lastRow, active.col, false);
  }, [lastRow, active, go]);

  const activeIssues = byCell.get(`${active.row}:${active.col}`) ?? [];
  const activeCohort = cohorts[active.row];
  const activeColumn = FLEET_COLUMNS[active.col];
  const status = typedProblem
    ? f.t(`cell.${typedProblem.code}`, typedProblem.params)
    : activeIssues.length > 0
      ? activeIssues.map((i) => issueText(i, language)).join(" ")
      : note;
  const unitOf = (column: FleetColumn) =>
    column.id === "unit_cost" ? currency : column.id === "useful_life" ? f.t(context.lifeUnit === "years" ? "fleet.unit.years" : "fleet.unit.months") : null;

  return (
    <div className="fleet-grid">
      <div className="sheet" ref={scroller} role="grid" aria-rowcount={rowCount + 1} aria-colcount={FLEET_COLUMNS.length} aria-label={f.t("fleet.title")}>
        <div className="sheet-content" style={{ width: lefts.width, height: HEADER_HEIGHT + rows.getTotalSize() }}>
          <div className="sheet-header" role="row" style={{ width: lefts.width, height: HEADER_HEIGHT }}>
            <div className="sheet-rownum" role="columnheader" style={{ width: ROW_NUMBER_WIDTH }} />
            {FLEET_COLUMNS.map((column, col) => {
              const unit = unitOf(column);
              return (
                <div key={column.id} role="columnheader" className={`sheet-th${column.numeric ? " num" : ""}${col >= left && col <= right ? " in-selection" : ""}`} style={{ width: column.width }}>
                  {f.t(column.title)}
                  {unit && <span className="sheet-unit">{f.t("fleet.unitSuffix", { unit })}</span>}
                </div>
              );
            })}
          </div>
          {rows.getVirtualItems().map((item) => {
            const cohort = cohorts[item.index];
            const rowSelected = item.index >= top && item.index <= bottom;
            return (
              <div key={item.index} role="row" aria-rowindex={item.index + 2} className={`sheet-row${cohort ? "" : " sheet-new-row"}`} style={{ top: HEADER_HEIGHT + item.start, height: ROW_HEIGHT, width: lefts.width }}>
                <div className={`sheet-rownum${rowSelected ? " in-selection" : ""}`} style={{ width: ROW_NUMBER_WIDTH }}>
                  {cohort ? f.count(item.index + 1) : "+"}
                </div>
                {FLEET_COLUMNS.map((column, col) => {
                  const cellIssues = byCell.get(`${item.index}:${col}`);
                  const selected = rowSelected && col >= left && col <= right;
                  const value = cohort ? shown(column, cohort, context, f) : { text: "" };
                  return (
                    <div
                      key={column.id}
                      role="gridcell"
                      id={`cell-${item.index}-${column.id}`}
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
            id="fleet-cell-input"
            className={`sheet-input${mode === "ready" ? " ready" : ""}${activeColumn.numeric ? " num" : ""}`}
            style={{ left: lefts.out[active.col], top: HEADER_HEIGHT + active.row * ROW_HEIGHT, width: activeColumn.width, height: ROW_HEIGHT }}
            value={mode === "ready" ? "" : draft}
            data-undo={mode === "ready" ? "workspace" : undefined}
            aria-label={f.t("fleet.cellLabel", { column: f.t(activeColumn.title), row: active.row + 1, value: activeCohort ? activeColumn.text(activeCohort, context) : "" })}
            aria-invalid={typedProblem || activeIssues.length > 0 ? true : undefined}
            aria-describedby="fleet-status"
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
      <p className={`fleet-status${typedProblem || activeIssues.length > 0 ? " field-error" : ""}`} id="fleet-status" aria-live="polite">
        <span className="fleet-cursor">{f.t("fleet.cursor", { column: f.t(activeColumn.title), row: active.row + 1 })}</span>
        {status && <span className="fleet-message">{status}</span>}
      </p>
      {review && (
        <PasteReview
          problems={review.plan.problems}
          f={f}
          onDrop={dropAndPaste}
          onCancel={() => {
            setReview(null);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}

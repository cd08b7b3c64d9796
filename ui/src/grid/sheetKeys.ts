/**
 * The fleet grid's keys, as in Excel. A cell is in one of three states: Ready (the cursor is
 * on it; arrows move the cursor, typing replaces the value), Enter (typing a new value;
 * arrows commit and move) and Edit (F2: arrows move the caret in the text). Keys pressed
 * while an input method is composing belong to the composition.
 */

export type Mode = "ready" | "enter" | "edit";

export type KeyPress = { key: string; shift: boolean; ctrl: boolean; alt: boolean; composing: boolean };

export type SheetAction =
  /** Move the cursor by rows and columns; `extend` grows the selection, `jump` goes to the
   * edge of the block (Ctrl+arrow). */
  | { kind: "move"; rows: number; cols: number; extend: boolean; jump: boolean }
  /** Go to a cell: `row`/`col` of null keep the current one, "last" is the last. */
  | { kind: "goto"; row: number | "last" | null; col: number | "last" | null; extend: boolean }
  /** Commit the typed value, then move. */
  | { kind: "commit"; rows: number; cols: number }
  | { kind: "edit" }
  | { kind: "cancel" }
  | { kind: "clear" }
  | { kind: "fillDown" }
  | { kind: "selectAll" }
  | { kind: "deleteRows" }
  | { kind: "insertRow" }
  | { kind: "page"; rows: number; extend: boolean }
  /** Not the grid's: the input, the clipboard events or the editors' undo take it. */
  | { kind: "none" };

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

const none: SheetAction = { kind: "none" };

/** What a key does in the grid in `mode`. */
export function sheetAction(k: KeyPress, mode: Mode): SheetAction {
  if (k.composing || k.alt) return none;
  const arrow = ARROWS[k.key];
  if (k.key === "Enter") return mode === "ready" && !k.ctrl ? move(k.shift ? -1 : 1, 0) : { kind: "commit", rows: k.ctrl ? 0 : k.shift ? -1 : 1, cols: 0 };
  if (k.key === "Tab") return mode === "ready" ? move(0, k.shift ? -1 : 1) : { kind: "commit", rows: 0, cols: k.shift ? -1 : 1 };
  if (k.key === "F2") return { kind: "edit" };
  if (k.key === "Escape") return mode === "ready" ? none : { kind: "cancel" };
  if (mode === "edit") return none;
  if (arrow) {
    if (mode === "enter") return { kind: "commit", rows: arrow[0], cols: arrow[1] };
    return { kind: "move", rows: arrow[0], cols: arrow[1], extend: k.shift, jump: k.ctrl };
  }
  if (mode === "enter") return none;
  if (k.key === "Delete" || k.key === "Backspace") return { kind: "clear" };
  if (k.key === "Home") return { kind: "goto", row: k.ctrl ? 0 : null, col: 0, extend: k.shift };
  if (k.key === "End" && k.ctrl) return { kind: "goto", row: "last", col: "last", extend: k.shift };
  if (k.key === "PageDown" || k.key === "PageUp") return k.ctrl ? none : { kind: "page", rows: k.key === "PageDown" ? 1 : -1, extend: k.shift };
  if (k.ctrl) {
    const key = k.key.toLowerCase();
    if (key === "d") return { kind: "fillDown" };
    if (key === "a") return { kind: "selectAll" };
    if (key === "-") return { kind: "deleteRows" };
    if (key === "+" || (key === "=" && k.shift)) return { kind: "insertRow" };
  }
  return none;
}

function move(rows: number, cols: number): SheetAction {
  return { kind: "move", rows, cols, extend: false, jump: false };
}

/**
 * Where Undo and Redo go (the menu's items, CmdOrCtrl+Z, Shift+CmdOrCtrl+Z, Ctrl+Y): to the
 * text field being typed in while it holds text not yet committed (its own undo wins), else
 * to the scenario's editors, whose every gesture is a step (scenario/editing). An editor's
 * field marks itself `data-undo="workspace"` while it holds nothing uncommitted.
 */

export type UndoTarget = { undo(): void; redo(): void };

let workspace: UndoTarget | null = null;

/** The editors of the scenario on screen take Undo and Redo until they unmount. */
export function takeUndo(target: UndoTarget): () => void {
  workspace = target;
  return () => {
    if (workspace === target) workspace = null;
  };
}

function typingInField(): boolean {
  const el = document.activeElement;
  const field = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(el.type));
  return field && (el as HTMLElement).dataset.undo !== "workspace";
}

/** Undo or redo where the user is: the field's own, else the editors'. */
export function undoOrRedo(which: "undo" | "redo"): void {
  if (typingInField() || !workspace) document.execCommand(which);
  else workspace[which]();
}

/** The same from the keyboard, where the menu's accelerator has not taken the key first
 * (GTK and macOS menus take it before the web view; WebDriver's keys come to the page). */
export function undoKey(e: KeyboardEvent): "undo" | "redo" | null {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && !e.shiftKey) return "redo";
  return null;
}

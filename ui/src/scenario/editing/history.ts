/**
 * Undo and redo of a working copy: every user gesture (a typed value, a pasted block, a fill,
 * a row deleted) records the whole document it leaves, so undoing is putting the one before
 * back. Documents are immutable and share what a gesture did not touch, so a step costs the
 * cohorts it changed, not the fleet.
 */

/** At least the 100 steps the issue asks for, with room to spare. */
export const UNDO_DEPTH = 200;

export type History<T> = { past: readonly T[]; present: T; future: readonly T[] };

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** The history after a gesture that left `next`; redo is gone, as in every editor. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { past: past.length > UNDO_DEPTH ? past.slice(past.length - UNDO_DEPTH) : past, present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const previous = history.past[history.past.length - 1];
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next, future: rest };
}

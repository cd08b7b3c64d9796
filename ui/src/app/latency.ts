/**
 * The time from opening a scenario to its first chart drawn, measured in the real web view
 * (docs/PERFORMANCE.md): a mark at the click, a measure when the first chart of the Results
 * has drawn its frame and the browser has painted it.
 */
const OPENED = "fleet-ledger:open-scenario";
export const OPEN_TO_FIRST_CHART = "fleet-ledger:open-to-first-chart";
/** The part of it spent waiting for Rust: the click to the results' arrival. */
export const OPEN_TO_RESULTS = "fleet-ledger:open-to-results";

export function markScenarioOpened() {
  performance.clearMarks(OPENED);
  performance.clearMeasures(OPEN_TO_FIRST_CHART);
  performance.clearMeasures(OPEN_TO_RESULTS);
  performance.mark(OPENED);
}

/**
 * The time from an edit (a value committed in the grid or a field, a paste, an undo) to the
 * chart on screen redrawn with its results, and of that the wait for Rust (the edit written,
 * the model run, the answer received): one measure of each per edit, read by the end-to-end
 * measurement of docs/PERFORMANCE.md.
 */
const EDITED = "fleet-ledger:edited";
export const EDIT_TO_CHART = "fleet-ledger:edit-to-chart";
export const EDIT_TO_RESULTS = "fleet-ledger:edit-to-results";
let awaiting: "results" | "chart" | null = null;

export function markEdited() {
  performance.clearMarks(EDITED);
  performance.mark(EDITED);
  awaiting = "results";
}

/** A pasted block from the paste event to its rows applied on screen. */
const PASTED = "fleet-ledger:pasted";
export const PASTE_TO_APPLIED = "fleet-ledger:paste-to-applied";

export function markPasted() {
  performance.clearMarks(PASTED);
  performance.mark(PASTED);
}

export function markPasteApplied() {
  if (performance.getEntriesByName(PASTED).length === 0) return;
  requestAnimationFrame(() => performance.measure(PASTE_TO_APPLIED, PASTED));
}

export function markResultsReceived() {
  if (awaiting === "results") {
    performance.measure(EDIT_TO_RESULTS, EDITED);
    awaiting = "chart";
  }
  if (performance.getEntriesByName(OPENED).length === 0) return;
  if (performance.getEntriesByName(OPEN_TO_RESULTS).length > 0) return;
  performance.measure(OPEN_TO_RESULTS, OPENED);
}

export function markChartDrawn() {
  if (awaiting === "chart") {
    awaiting = null;
    requestAnimationFrame(() => performance.measure(EDIT_TO_CHART, EDITED));
  }
  if (performance.getEntriesByName(OPENED).length === 0) return;
  if (performance.getEntriesByName(OPEN_TO_FIRST_CHART).length > 0) return;
  requestAnimationFrame(() => performance.measure(OPEN_TO_FIRST_CHART, OPENED));
}

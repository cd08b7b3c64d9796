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

export function markResultsReceived() {
  if (performance.getEntriesByName(OPENED).length === 0) return;
  if (performance.getEntriesByName(OPEN_TO_RESULTS).length > 0) return;
  performance.measure(OPEN_TO_RESULTS, OPENED);
}

export function markChartDrawn() {
  if (performance.getEntriesByName(OPENED).length === 0) return;
  if (performance.getEntriesByName(OPEN_TO_FIRST_CHART).length > 0) return;
  requestAnimationFrame(() => performance.measure(OPEN_TO_FIRST_CHART, OPENED));
}

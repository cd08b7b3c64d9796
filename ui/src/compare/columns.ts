/** Which scenarios and versions a comparison holds: its columns, the first the base. */
import type { ComparedItem, ScenarioSummary } from "../bindings";

/** Most columns a comparison shows (the engine's MAX_COMPARED_SCENARIOS). */
export const MAX_COLUMNS = 4;

const LAST_COMPARISON = "fleet-ledger:last-comparison";

/** Keeps the columns of the comparison on screen, so that Compare reopens on it (after a
 * restart too). */
export function rememberComparison(items: ComparedItem[]) {
  if (items.length >= 2) localStorage.setItem(LAST_COMPARISON, JSON.stringify(items));
}

/** The comparison last on screen, or none. */
export function lastComparison(): ComparedItem[] {
  try {
    return comparedItems(JSON.parse(localStorage.getItem(LAST_COMPARISON) ?? "[]"));
  } catch {
    return [];
  }
}

/** The columns Compare opens with when the address names fewer than two: the last comparison
 * when every scenario of it is still in the library; else these filled to two, the scenario
 * last opened first, then scenarios not in it yet, in the library's order. */
export function startingColumns(items: ComparedItem[], scenarios: ScenarioSummary[], last: string | null, previous: ComparedItem[]): ComparedItem[] {
  const present = (i: ComparedItem) => scenarios.some((s) => s.id === i.scenario_id);
  if (items.length === 0 && previous.length >= 2 && previous.every(present)) return previous;
  const filled = [...items];
  const candidates = [...scenarios.filter((s) => s.id === last), ...scenarios.filter((s) => s.id !== last)];
  for (const s of candidates) {
    if (filled.length >= 2) break;
    if (!filled.some((i) => i.scenario_id === s.id)) filled.push({ scenario_id: s.id, version_id: null });
  }
  return filled;
}

/** The columns of a comparison as the address holds them; anything malformed is dropped. */
export function comparedItems(value: unknown): ComparedItem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is { scenario_id: string; version_id?: unknown } => typeof v === "object" && v !== null && typeof v.scenario_id === "string")
    .map((v) => ({ scenario_id: v.scenario_id, version_id: typeof v.version_id === "string" ? v.version_id : null }))
    .slice(0, MAX_COLUMNS);
}

/**
 * What the meeting pack offers to export: every scenario of the library at its current
 * version, and before them the saved versions the screen shows (a comparison of two versions
 * of one scenario exports those versions, not the current one twice).
 */
import type { ComparedItem, ScenarioSummary } from "../bindings";

export type PackChoice = { key: string; item: ComparedItem; label: string };

const keyOf = (item: ComparedItem) => (item.version_id ? `${item.scenario_id}@${item.version_id}` : item.scenario_id);

/** The rows of the panel and the keys ticked to begin with: the screen's items, or else the
 * first scenario. `versionLabel` names a saved version's row. */
export function packChoices(
  scenarios: ScenarioSummary[],
  preselected: ComparedItem[],
  versionLabel: (scenario: ScenarioSummary, item: ComparedItem) => string,
): { choices: PackChoice[]; ticked: string[] } {
  const versions = preselected.flatMap((item) => {
    const scenario = scenarios.find((s) => s.id === item.scenario_id);
    return item.version_id && scenario ? [{ key: keyOf(item), item, label: versionLabel(scenario, item) }] : [];
  });
  const current = scenarios.map((s) => ({ key: s.id, item: { scenario_id: s.id, version_id: null }, label: s.name }));
  const choices = [...versions, ...current];
  const wanted = preselected.map(keyOf).filter((key) => choices.some((c) => c.key === key));
  const ticked = wanted.length > 0 ? [...new Set(wanted)] : current.slice(0, 1).map((c) => c.key);
  return { choices, ticked };
}

/** The items of the `chosen` keys in the order they were ticked: the first is the base of a
 * comparison's differences, as on the screen the pack came from. */
export function orderedItems(choices: PackChoice[], chosen: string[]): ComparedItem[] {
  return chosen.flatMap((key) => choices.filter((c) => c.key === key).map((c) => c.item));
}

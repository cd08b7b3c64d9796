import { describe, expect, it } from "vitest";
import type { ScenarioSummary } from "../bindings";
import { orderedItems, packChoices } from "./choices";

const library = [
  { id: "a", name: "Tiered" },
  { id: "b", name: "Refresh" },
] as ScenarioSummary[];
const label = (s: ScenarioSummary, item: { version_id: string | null }) => `${s.name} @${item.version_id}`;

describe("what the meeting pack offers", () => {
  it("ticks the screen's scenarios, and offers every other one at its current version", () => {
    const { choices, ticked } = packChoices(library, [{ scenario_id: "b", version_id: null }], label);
    expect(choices.map((c) => c.label)).toEqual(["Tiered", "Refresh"]);
    expect(ticked).toEqual(["b"]);
  });

  it("offers the saved versions a comparison shows, ticked, before the current ones", () => {
    const { choices, ticked } = packChoices(
      library,
      [
        { scenario_id: "a", version_id: null },
        { scenario_id: "a", version_id: "v1" },
      ],
      label,
    );
    expect(choices.map((c) => c.label)).toEqual(["Tiered @v1", "Tiered", "Refresh"]);
    expect(ticked).toEqual(["a", "a@v1"]);
  });

  it("ticks the first scenario when the screen names none still in the library", () => {
    expect(packChoices(library, [{ scenario_id: "gone", version_id: null }], label).ticked).toEqual(["a"]);
  });

  it("exports in the order the screen had them, the base first, not the library's order (a regression: the pack's deltas came out reversed)", () => {
    const { choices, ticked } = packChoices(library, [{ scenario_id: "b", version_id: null }, { scenario_id: "a", version_id: null }], label);
    expect(orderedItems(choices, ticked).map((i) => i.scenario_id)).toEqual(["b", "a"]);
  });
});

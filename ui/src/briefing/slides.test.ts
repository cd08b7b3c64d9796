import { describe, expect, it } from "vitest";
import type { Briefing } from "../bindings";
import { atSlideSize, deckSlides, moved, slideTextSize } from "./slides";

const briefing = { findings: [{ kind: "key_figures" }, { kind: "policy_comparison" }, { kind: "energy" }] } as unknown as Briefing;

describe("a deck's slides", () => {
  it("are every finding in the engine's order until the user chooses, then the user's", () => {
    expect(deckSlides(briefing, null)).toEqual(["key_figures", "policy_comparison", "energy"]);
    // A slide the briefing no longer offers drops out rather than showing empty.
    expect(deckSlides(briefing, ["energy", "compared_npv", "key_figures"])).toEqual(["energy", "key_figures"]);
  });

  it("move one place up or down, and not past either end", () => {
    expect(moved(["a", "b", "c"] as never, 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b"] as never, 0, -1)).toEqual(["a", "b"]);
  });

  it("draw their charts' text for the window: 13 px at 1280, 36 px at 4K", () => {
    expect(slideTextSize(1280)).toBe(13);
    expect(slideTextSize(3840)).toBe(36);
    const big = atSlideSize({ textStyle: { fontFamily: "x" }, grid: { left: 64, bottom: 48 }, xAxis: { type: "category" }, yAxis: [{ name: "USD" }] }, 24);
    expect(big.textStyle).toEqual({ fontFamily: "x", fontSize: 24 });
    // Margins grow with the text so that labels and the legend keep their room.
    expect(big.grid).toEqual({ left: 128, bottom: 96 });
    expect(big.xAxis).toEqual([{ type: "category", axisLabel: { fontSize: 24 }, nameTextStyle: { fontSize: 24 } }]);
    expect((big.yAxis as { nameTextStyle: object }[])[0].nameTextStyle).toEqual({ fontSize: 24 });
  });
});

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
    expect(atSlideSize({ textStyle: { fontFamily: "x" } }, 20)).toEqual({ textStyle: { fontFamily: "x", fontSize: 20 } });
  });
});

import { describe, expect, it } from "vitest";
import { presenterKey, type Presenter } from "./keys";

const start: Presenter = { at: 0, total: 7, typed: "", black: false };
const press = (keys: string[], state = start) =>
  keys.reduce((s, key) => presenterKey(s, key).state, state);

describe("the presenter's keys", () => {
  it("step forward with Right, Space and PageDown and back with Left and PageUp, within the deck", () => {
    expect(press(["ArrowRight", " ", "PageDown"]).at).toBe(3);
    expect(press(["PageDown", "PageUp", "ArrowLeft", "ArrowLeft"]).at).toBe(0);
    expect(press(["End", "ArrowRight"]).at).toBe(6);
    expect(press(["End", "Home"]).at).toBe(0);
  });

  it("jump to a slide typed as its number then Enter", () => {
    expect(press(["4", "Enter"]).at).toBe(4);
    expect(press(["1", "2", "Enter"]).at).toBe(6);
  });

  it("black the screen with B until any key, which does nothing else", () => {
    const black = press(["ArrowRight", "b"]);
    expect(black.black).toBe(true);
    const back = presenterKey(black, "ArrowRight");
    expect(back.state).toMatchObject({ black: false, at: 1 });
  });

  it("ask the window for full screen with F and to leave with Esc", () => {
    expect(presenterKey(start, "f").effect).toBe("full_screen");
    expect(presenterKey(start, "Escape").effect).toBe("leave");
    expect(presenterKey(start, "x")).toEqual({ state: start, effect: null });
  });
});

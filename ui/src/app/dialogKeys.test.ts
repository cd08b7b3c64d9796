import { describe, expect, it } from "vitest";
import type { KeyboardEvent } from "react";
import { dialogKeys } from "./dialogKeys";

/** A dialog of three controls with `active` focused, and a key pressed in it. */
function press(key: string, active: number, shiftKey = false) {
  const focused: string[] = [];
  const controls = ["first", "middle", "last"].map((name) => ({ name, focus: () => focused.push(name) }));
  let closed = false;
  let prevented = false;
  const event = {
    key,
    shiftKey,
    preventDefault: () => (prevented = true),
    currentTarget: {
      querySelectorAll: () => controls,
      ownerDocument: { activeElement: controls[active] },
    },
  } as unknown as KeyboardEvent<HTMLElement>;
  dialogKeys(() => (closed = true))(event);
  return { focused, closed, prevented };
}

describe("a modal dialog's keys (WAI-ARIA dialog pattern)", () => {
  it("closes on Escape", () => {
    expect(press("Escape", 1).closed).toBe(true);
  });

  it("takes Tab from the last control round to the first, not to the screen behind", () => {
    expect(press("Tab", 2)).toMatchObject({ focused: ["first"], prevented: true, closed: false });
  });

  it("takes Shift+Tab from the first control round to the last", () => {
    expect(press("Tab", 0, true)).toMatchObject({ focused: ["last"], prevented: true });
  });

  it("leaves Tab between inner controls to the browser", () => {
    expect(press("Tab", 1)).toMatchObject({ focused: [], prevented: false });
    expect(press("Tab", 2, true)).toMatchObject({ focused: [], prevented: false });
  });
});

/**
 * The presenter's keys, as presentation software and clickers send them: Right, Space and
 * PageDown forward; Left and PageUp back; Home and End; a slide number then Enter; B blacks
 * the screen (any key brings it back); F switches full screen; Esc leaves. Pure: a state and a
 * key in, the next state and what the window must do out.
 */

export type Presenter = {
  /** The slide shown, 0 the cover. */
  at: number;
  /** Slides in all, the cover included. */
  total: number;
  /** Digits typed towards a jump. */
  typed: string;
  black: boolean;
};

export type PresenterEffect = "full_screen" | "leave" | null;

export function presenterKey(state: Presenter, key: string): { state: Presenter; effect: PresenterEffect } {
  const go = (at: number) => ({ state: { ...state, at: Math.max(0, Math.min(at, state.total - 1)), typed: "", black: false }, effect: null });
  if (state.black) return { state: { ...state, black: false, typed: "" }, effect: key === "Escape" ? "leave" : null };
  if (/^[0-9]$/.test(key)) return { state: { ...state, typed: (state.typed + key).slice(-3) }, effect: null };
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case " ":
    case "PageDown":
      return go(state.at + 1);
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return go(state.at - 1);
    case "Home":
      return go(0);
    case "End":
      return go(state.total - 1);
    case "Enter":
      // Slides are numbered from 1 after the cover, as the corner shows them.
      return state.typed ? go(Number(state.typed)) : go(state.at + 1);
    case "b":
    case "B":
      return { state: { ...state, black: true, typed: "" }, effect: null };
    case "f":
    case "F":
      return { state: { ...state, typed: "" }, effect: "full_screen" };
    case "Escape":
      return { state: { ...state, typed: "" }, effect: "leave" };
    default:
      return { state, effect: null };
  }
}

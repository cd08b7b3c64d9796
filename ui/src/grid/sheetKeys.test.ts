import { describe, expect, it } from "vitest";
import { sheetAction, type KeyPress, type Mode } from "./sheetKeys";

const press = (key: string, mode: Mode, mods: Partial<KeyPress> = {}) => sheetAction({ key, shift: false, ctrl: false, alt: false, composing: false, ...mods }, mode);

describe("the fleet grid's keys follow Excel's", () => {
  it("Ready: arrows move the cursor, Shift extends, Ctrl jumps to the edge", () => {
    expect(press("ArrowDown", "ready")).toEqual({ kind: "move", rows: 1, cols: 0, extend: false, jump: false });
    expect(press("ArrowLeft", "ready", { shift: true })).toEqual({ kind: "move", rows: 0, cols: -1, extend: true, jump: false });
    expect(press("ArrowRight", "ready", { ctrl: true, shift: true })).toEqual({ kind: "move", rows: 0, cols: 1, extend: true, jump: true });
  });

  it("Enter and Tab move down and right, with Shift up and left", () => {
    expect(press("Enter", "ready")).toMatchObject({ kind: "move", rows: 1, cols: 0 });
    expect(press("Enter", "ready", { shift: true })).toMatchObject({ kind: "move", rows: -1, cols: 0 });
    expect(press("Tab", "ready")).toMatchObject({ kind: "move", rows: 0, cols: 1 });
    expect(press("Tab", "ready", { shift: true })).toMatchObject({ kind: "move", rows: 0, cols: -1 });
  });

  it("Enter state: arrows, Enter and Tab commit the typed value and move; Ctrl+Enter stays", () => {
    expect(press("ArrowUp", "enter")).toEqual({ kind: "commit", rows: -1, cols: 0 });
    expect(press("Enter", "enter")).toEqual({ kind: "commit", rows: 1, cols: 0 });
    expect(press("Enter", "enter", { ctrl: true })).toEqual({ kind: "commit", rows: 0, cols: 0 });
    expect(press("Tab", "enter", { shift: true })).toEqual({ kind: "commit", rows: 0, cols: -1 });
  });

  it("Edit state (F2): arrows belong to the caret, Enter still commits", () => {
    expect(press("ArrowLeft", "edit")).toEqual({ kind: "none" });
    expect(press("Home", "edit")).toEqual({ kind: "none" });
    expect(press("Enter", "edit")).toEqual({ kind: "commit", rows: 1, cols: 0 });
  });

  it("F2 edits, Esc cancels what was typed, and in Ready Esc does nothing", () => {
    expect(press("F2", "ready")).toEqual({ kind: "edit" });
    expect(press("F2", "enter")).toEqual({ kind: "edit" });
    expect(press("Escape", "enter")).toEqual({ kind: "cancel" });
    expect(press("Escape", "ready")).toEqual({ kind: "none" });
  });

  it("Delete clears, Ctrl+D fills down, Ctrl+A selects all, Ctrl+- deletes rows, Ctrl++ inserts", () => {
    expect(press("Delete", "ready")).toEqual({ kind: "clear" });
    expect(press("d", "ready", { ctrl: true })).toEqual({ kind: "fillDown" });
    expect(press("a", "ready", { ctrl: true })).toEqual({ kind: "selectAll" });
    expect(press("-", "ready", { ctrl: true })).toEqual({ kind: "deleteRows" });
    expect(press("+", "ready", { ctrl: true, shift: true })).toEqual({ kind: "insertRow" });
  });

  it("Ctrl+Home goes to the first cell, Ctrl+End to the last, Home to the row's first", () => {
    expect(press("Home", "ready", { ctrl: true })).toEqual({ kind: "goto", row: 0, col: 0, extend: false });
    expect(press("End", "ready", { ctrl: true })).toEqual({ kind: "goto", row: "last", col: "last", extend: false });
    expect(press("Home", "ready")).toEqual({ kind: "goto", row: null, col: 0, extend: false });
  });

  it("typing is the input's: a letter, a digit, and Ctrl+C, Ctrl+V, Ctrl+Z pass through", () => {
    for (const key of ["a", "7", "中"]) expect(press(key, "ready")).toEqual({ kind: "none" });
    for (const key of ["c", "v", "z", "y"]) expect(press(key, "ready", { ctrl: true })).toEqual({ kind: "none" });
  });

  it("while an input method composes, no key is the grid's, not even Enter or an arrow", () => {
    for (const mode of ["ready", "enter", "edit"] as const) {
      for (const key of ["Enter", "ArrowDown", "Escape", "Tab", "Delete", "Process"]) expect(press(key, mode, { composing: true })).toEqual({ kind: "none" });
    }
  });
});

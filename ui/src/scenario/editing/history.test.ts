import { describe, expect, it } from "vitest";
import { record, redo, startHistory, undo, UNDO_DEPTH } from "./history";

describe("undo and redo of a working copy", () => {
  it("undo puts back the document before the gesture, redo the one after", () => {
    let h = startHistory("a");
    h = record(h, "b");
    h = record(h, "c");
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect(h.present).toBe("a");
    h = redo(h);
    expect(h.present).toBe("b");
  });

  it("a new gesture after undoing drops what could have been redone", () => {
    let h = record(record(startHistory("a"), "b"), "c");
    h = record(undo(h), "d");
    expect(redo(h).present).toBe("d");
    expect(undo(h).present).toBe("b");
  });

  it("at least a hundred steps are kept, and the oldest go first", () => {
    let h = startHistory(0);
    for (let i = 1; i <= UNDO_DEPTH + 50; i += 1) h = record(h, i);
    expect(UNDO_DEPTH).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < UNDO_DEPTH; i += 1) h = undo(h);
    expect(h.present).toBe(50);
    expect(undo(h).present).toBe(50);
  });

  it("undo with nothing to undo and redo with nothing to redo change nothing", () => {
    const h = startHistory("a");
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it("a gesture that changed nothing is no step", () => {
    const h = startHistory("a");
    expect(record(h, "a")).toBe(h);
  });
});

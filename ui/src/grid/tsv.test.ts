import { describe, expect, it } from "vitest";
import { parseTsv, writeTsv } from "./tsv";

describe("clipboard rows follow the quoted-TSV rules spreadsheets write", () => {
  it("one trailing line break ends the last row and adds no empty one (CRLF, LF, CR)", () => {
    for (const end of ["\r\n", "\n", "\r"]) {
      expect(parseTsv(`a\tb${end}c\td${end}`)).toEqual([
        ["a", "b"],
        ["c", "d"],
      ]);
    }
  });

  it("a block without a final line break keeps its last row", () => {
    expect(parseTsv("a\tb\nc\td")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("a quoted cell holds tabs, line breaks and doubled quotes", () => {
    expect(parseTsv('"say ""hi"""\t"two\nlines"\t"a\tb"\r\n')).toEqual([['say "hi"', "two\nlines", "a\tb"]]);
  });

  it("an empty cell between tabs is kept, and short rows are padded", () => {
    expect(parseTsv("a\t\tc\nd\n")).toEqual([
      ["a", "", "c"],
      ["d", "", ""],
    ]);
  });

  it("a blank row inside the block is a row of empty cells", () => {
    expect(parseTsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("what is written reads back the same, quotes and breaks included", () => {
    const rows = [
      ["H100", "1024", "39000"],
      ['a "quoted" id', "two\nlines", "tab\there"],
    ];
    expect(writeTsv(rows)).toBe('H100\t1024\t39000\r\n"a ""quoted"" id"\t"two\nlines"\t"tab\there"\r\n');
    expect(parseTsv(writeTsv(rows))).toEqual(rows);
  });
});

describe("a problem's path names its row of a sheet", () => {
  it("under a plain path and under a nested one with brackets", async () => {
    const { rowOfIssue } = await import("./paste");
    expect(rowOfIssue("cohorts", "cohorts[12].book.useful_life_months")).toEqual([12, "book.useful_life_months"]);
    expect(rowOfIssue("market.price_curves[2].shape.points", "market.price_curves[2].shape.points[3].value")).toEqual([3, "value"]);
    expect(rowOfIssue("market.price_curves[2].shape.points", "market.price_curves[1].shape.points[3].value")).toBeNull();
    expect(rowOfIssue("cohorts", "cohorts[0]")).toEqual([0, ""]);
  });
});

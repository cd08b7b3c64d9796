import { describe, expect, it } from "vitest";
import { issueCatalogs, issueText, placeholders } from "./issues";
import type { FieldIssue } from "../bindings";

const range: FieldIssue = {
  path: "cohorts[0].quantity",
  code: "out_of_range",
  params: { given: "20000000", min: "1", max: "10000000", unit: "gpus" },
  message: "is 20,000,000; must be between 1 and 10,000,000 GPUs",
};

describe("field issues from Rust", () => {
  it("are worded in English as the engine words them", () => {
    expect(issueText(range, "en")).toBe(range.message);
  });

  it("are worded in Chinese with the unit and the numbers of the locale", () => {
    expect(issueText(range, "zh-CN")).toBe("为 20,000,000；必须在 1 到 10,000,000 块 GPU 之间");
    expect(issueText({ path: "name", code: "required", params: {}, message: "must not be empty" }, "zh-CN")).toBe("不能为空");
  });

  it("show months as the locale names them and quoted file text exactly as written", () => {
    const month: FieldIssue = { path: "x", code: "month_in_model", params: { first: "2026-01", last: "2030-12" }, message: "" };
    expect(issueText(month, "en")).toBe("must be a month within the model, Jan 2026 to Dec 2030");
    const raw: FieldIssue = { path: "x", code: "wrong_type_number", params: { raw: "39000", expected: "decimal_text" }, message: "" };
    expect(issueText(raw, "en")).toBe('is the number 39000; must be a decimal number written as text in double quotes, e.g. "39000" or "0.12"');
  });

  it("fall back to the English message for a code these catalogs do not know", () => {
    const unknown = { path: "x", code: "from_a_newer_engine", params: {}, message: "is wrong" } as unknown as FieldIssue;
    expect(issueText(unknown, "zh-CN")).toBe("is wrong");
  });

  it("are translated for every code, with the same placeholders in both languages", () => {
    const [en, zh] = [issueCatalogs.en, issueCatalogs["zh-CN"]];
    for (const section of ["codes", "unit", "expected", "tier"] as const) {
      expect(Object.keys(zh[section]).sort()).toEqual(Object.keys(en[section]).sort());
    }
    for (const [code, wording] of Object.entries(en.codes)) {
      expect([code, placeholders(zh.codes[code]).sort()]).toEqual([code, placeholders(wording).sort()]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { issueForField, problemOf, unwrap } from "./errors";
import type { AppError } from "../bindings";

const invalid: AppError = {
  kind: "invalid",
  issues: [
    { path: "name", code: "required", params: {}, message: "must not be empty" },
    {
      path: "horizon_months",
      code: "out_of_range",
      params: { given: "0", min: "1", max: "240", unit: "months" },
      message: "is 0; must be between 1 and 240 months",
    },
  ],
};

describe("field errors", () => {
  it("finds the issue for the field it names", () => {
    expect(issueForField(invalid, "horizon_months")?.code).toBe("out_of_range");
    expect(issueForField(invalid, "currency")).toBeNull();
  });

  it("keeps library problems out of the fields and in the banner", () => {
    const tooNew: AppError = {
      kind: "libraryUnavailable",
      problem: { code: "library_too_new", params: { found: "9", supported: "4" }, message: "saved by a newer version" },
    };
    expect(issueForField(tooNew, "name")).toBeNull();
    expect(problemOf(tooNew)?.code).toBe("library_too_new");
    expect(problemOf(invalid)).toBeNull();
  });

  it("unwraps command results into values or thrown errors", async () => {
    await expect(unwrap(Promise.resolve({ status: "ok" as const, data: 3 }))).resolves.toBe(3);
    await expect(
      unwrap(Promise.resolve({ status: "error" as const, error: invalid })),
    ).rejects.toEqual(invalid);
  });
});

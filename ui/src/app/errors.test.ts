import { describe, expect, it } from "vitest";
import { generalMessage, messageForField, unwrap } from "./errors";
import type { AppError } from "../bindings";

const invalid: AppError = {
  kind: "invalid",
  issues: [
    { path: "name", message: "must not be empty" },
    { path: "horizon_months", message: "must be between 1 and 240 months" },
  ],
};

describe("field errors", () => {
  it("finds the message for the field it names", () => {
    expect(messageForField(invalid, "horizon_months")).toBe("must be between 1 and 240 months");
    expect(messageForField(invalid, "currency")).toBeNull();
  });

  it("keeps library problems out of the fields and in the banner", () => {
    const tooNew: AppError = { kind: "libraryUnavailable", message: "saved by a newer version" };
    expect(messageForField(tooNew, "name")).toBeNull();
    expect(generalMessage(tooNew)).toBe("saved by a newer version");
    expect(generalMessage(invalid)).toBeNull();
  });

  it("unwraps command results into values or thrown errors", async () => {
    await expect(unwrap(Promise.resolve({ status: "ok" as const, data: 3 }))).resolves.toBe(3);
    await expect(
      unwrap(Promise.resolve({ status: "error" as const, error: invalid })),
    ).rejects.toEqual(invalid);
  });
});

import type { AppError, FieldIssue } from "../bindings";

/** The message to show beside the field at `path`, if the error names that field. */
export function messageForField(error: AppError | null | undefined, path: string): string | null {
  if (!error || error.kind !== "invalid") return null;
  const issue = error.issues.find((i: FieldIssue) => i.path === path);
  return issue ? issue.message : null;
}

/** A sentence for errors that belong to no single field. */
export function generalMessage(error: AppError | null | undefined): string | null {
  if (!error) return null;
  switch (error.kind) {
    case "invalid":
      return null;
    case "libraryUnavailable":
    case "notFound":
    case "storage":
      return error.message;
  }
}

/** Commands return a result object; this turns its error side into a thrown value for Query. */
export async function unwrap<T>(
  result: Promise<{ status: "ok"; data: T } | { status: "error"; error: AppError }>,
): Promise<T> {
  const r = await result;
  if (r.status === "ok") return r.data;
  throw r.error;
}

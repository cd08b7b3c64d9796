/**
 * Errors from Rust in the UI's language. Every error carries a code and its parameters: field
 * issues are worded from the issue catalogs (i18n/issues.ts), other problems from
 * `problem.<code>` in the message catalogs. The English sentence Rust sends is only the
 * fallback for a code these catalogs do not know.
 */
import { useCallback, useMemo } from "react";
import type { AppError, FieldIssue, Problem } from "../bindings";
import { issueText } from "../i18n/issues";
import { catalogs } from "../i18n/catalog";
import { useT } from "../i18n/useT";
import { useSettings } from "./settings";

/** The issue the error names for the field at `path`, if any. */
export function issueForField(error: AppError | null | undefined, path: string): FieldIssue | null {
  if (!error || error.kind !== "invalid") return null;
  return error.issues.find((i) => i.path === path) ?? null;
}

/** The problem of an error that belongs to no single field. */
export function problemOf(error: AppError | null | undefined): Problem | null {
  if (!error || error.kind === "invalid") return null;
  return error.problem;
}

export type ErrorText = {
  /** The words for the field at `path`, if the error names it. */
  field(error: AppError | null | undefined, path: string): string | null;
  /** The words for an error that belongs to no single field. */
  general(error: AppError | null | undefined): string | null;
  /** Everything the error says: its problem, or each issue after its field's path. */
  whole(error: AppError | null | undefined): string;
};

/** Words for errors in the UI's language. */
export function useErrorText(): ErrorText {
  const t = useT();
  const { language } = useSettings();
  const problemText = useCallback(
    (problem: Problem) => {
      const key = `problem.${problem.code}`;
      return key in catalogs[language] ? t(key, problem.params) : problem.message;
    },
    [t, language],
  );
  return useMemo(() => {
    const general = (error: AppError | null | undefined) => {
      const problem = problemOf(error);
      return problem ? problemText(problem) : null;
    };
    return {
      field: (error, path) => {
        const issue = issueForField(error, path);
        return issue ? issueText(issue, language) : null;
      },
      general,
      whole: (error) =>
        !error
          ? ""
          : error.kind === "invalid"
            ? error.issues.map((i) => `${i.path}: ${issueText(i, language)}`).join("; ")
            : (general(error) ?? ""),
    };
  }, [language, problemText]);
}

/** Commands return a result object; this turns its error side into a thrown value for Query. */
export async function unwrap<T>(
  result: Promise<{ status: "ok"; data: T } | { status: "error"; error: AppError }>,
): Promise<T> {
  const r = await result;
  if (r.status === "ok") return r.data;
  throw r.error;
}

/**
 * Field issues from Rust in the UI's language. Rust sends a code and its parameters (numbers
 * plain, months YYYY-MM); the wording comes from catalogs keyed by the code: the English one
 * generated from the engine's own wording (issues.en.json), the Chinese one translated beside
 * it. Placeholders are filled here, not by ICU, so braces in a wording stay literal.
 */
import type { FieldIssue } from "../bindings";
import type { Language } from "../app/settings";
import { formatFixed } from "../app/numbers";
import { formatMonth } from "../app/format";
import issuesEn from "./issues.en.json";
import issuesZh from "./issues.zh-CN.json";

export type IssueCatalog = {
  codes: Record<string, string>;
  unit: Record<string, string>;
  expected: Record<string, string>;
  tier: Record<string, string>;
};

export const issueCatalogs: Record<Language, IssueCatalog> = { en: issuesEn, "zh-CN": issuesZh };

/** Parameters whose values are codes of a smaller catalog. */
const coded = ["unit", "expected", "tier"] as const;
/** Parameters that are months. */
const months = new Set(["first", "last", "month"]);

/** The `{name}` placeholders of a wording, in order. */
export function placeholders(wording: string): string[] {
  return [...wording.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
}

/** The issue worded in `language`; the English message from Rust when the code is unknown
 * (a newer engine than these catalogs). */
export function issueText(issue: FieldIssue, language: Language): string {
  const catalog = issueCatalogs[language];
  const wording = catalog.codes[issue.code];
  if (wording === undefined) return issue.message;
  return wording.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = issue.params[name];
    if (value === undefined) return whole;
    const sub = coded.find((c) => c === name);
    if (sub) return catalog[sub][value] ?? value;
    if (name === "raw") return value;
    if (months.has(name)) return formatMonth(value, language);
    const number = /^-?\d+(?:\.(\d+))?$/.exec(value);
    return number ? formatFixed(value, language, number[1]?.length ?? 0) : value;
  });
}

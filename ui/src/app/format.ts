import { dateFormat } from "./intl";

/**
 * A locale the platform's Intl accepts. The web view reports whatever the OS gives it, which
 * can be a POSIX value like "c" when LANG is unset; Intl throws on those, so fall back to "en".
 */
const usable = new Map<string, string>();

export function usableLocale(locale: string | undefined): string {
  if (!locale) return "en";
  let found = usable.get(locale);
  if (found === undefined) {
    try {
      found = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en";
    } catch {
      found = "en";
    }
    usable.set(locale, found);
  }
  return found;
}

/** Formats an RFC 3339 UTC timestamp from the store for the user's locale, to the minute. */
export function formatTimestamp(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(usableLocale(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
}

/** A model month ("2027-03") as the locale names it: "Mar 2027", "2027年3月". */
export function formatMonth(yearMonth: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return dateFormat(usableLocale(locale), { year: "numeric", month: "short", timeZone: "UTC" }).format(date);
}

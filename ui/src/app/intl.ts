/**
 * The platform's Intl formatters, made once per locale and options. Building one loads the
 * locale's data, which costs a WebKit web view milliseconds a time: a table of figures must
 * not build one per cell (docs/PERFORMANCE.md). number, money and date formatting ask here.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

const separatorsOf = new Map<string, { group: string; point: string }>();

/** The locale's digit-group separator and decimal point. */
export function separators(locale: string): { group: string; point: string } {
  let found = separatorsOf.get(locale);
  if (!found) {
    const parts = numberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    found = {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      point: parts.find((p) => p.type === "decimal")?.value ?? ".",
    };
    separatorsOf.set(locale, found);
  }
  return found;
}

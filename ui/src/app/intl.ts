/**
 * The platform's Intl formatters, made once per locale and options. Building one loads the
 * locale's data, which costs a WebKit web view milliseconds a time: a table of figures must
 * not build one per cell (docs/PERFORMANCE.md). number, money and date formatting ask here.
 */
/** `make(locale, options)`, made the first time those are asked for and kept. */
function cached<Options, Format>(make: (locale: string, options: Options) => Format) {
  const made = new Map<string, Format>();
  return (locale: string, options: Options): Format => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = made.get(key);
    if (format === undefined) {
      format = make(locale, options);
      made.set(key, format);
    }
    return format;
  };
}

export const numberFormat = cached((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

export const dateFormat = cached((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

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

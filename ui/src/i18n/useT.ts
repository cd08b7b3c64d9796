import { useCallback } from "react";
import { useIntl } from "react-intl";

/** The words of the catalogs in the UI's language: `t(key, values)`. The same function until
 * the language changes, so charts whose options depend on it are not rebuilt every render. */
export function useT() {
  const intl = useIntl();
  return useCallback((key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values), [intl]);
}

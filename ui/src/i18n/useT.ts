import { useIntl } from "react-intl";

/** The words of the catalogs in the UI's language: `t(key, values)`. */
export function useT() {
  const intl = useIntl();
  return (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
}

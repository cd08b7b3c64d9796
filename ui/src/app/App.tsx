import { RouterProvider } from "@tanstack/react-router";
import { IntlProvider } from "react-intl";
import { catalogs } from "../i18n/catalog";
import { router } from "./router";
import { SettingsProvider, useSettings } from "./settings";

function Localised() {
  const { language } = useSettings();
  return (
    <IntlProvider locale={language} messages={catalogs[language]} defaultLocale="en">
      <RouterProvider router={router} />
    </IntlProvider>
  );
}

export function App() {
  return (
    <SettingsProvider>
      <Localised />
    </SettingsProvider>
  );
}

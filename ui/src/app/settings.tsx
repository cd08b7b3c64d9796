import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

export type Language = "en" | "zh-CN";
export type ThemeChoice = "light" | "dark" | "system";
export type NegativeStyle = "minus" | "parentheses";
/** How useful lives are typed and shown in the editors. */
export type LifeUnit = "years" | "months";

export type Settings = {
  language: Language;
  theme: ThemeChoice;
  negatives: NegativeStyle;
  lives: LifeUnit;
};

type SettingsContext = Settings & {
  set: (change: Partial<Settings>) => void;
  /** The theme in force: the choice, or the system's when the choice is "system". */
  resolvedTheme: "light" | "dark";
};

const STORAGE_KEY = "fleet-ledger.settings";

/** The user's choices, remembered in the web view's storage (local to this machine). */
function load(): Settings {
  const fallback: Settings = {
    language: navigator.language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en",
    theme: "system",
    negatives: "minus",
    lives: "years",
  };
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Partial<Settings>;
    return {
      language: stored.language === "zh-CN" || stored.language === "en" ? stored.language : fallback.language,
      theme: stored.theme === "light" || stored.theme === "dark" || stored.theme === "system" ? stored.theme : fallback.theme,
      negatives: stored.negatives === "parentheses" ? "parentheses" : "minus",
      lives: stored.lives === "months" ? "months" : "years",
    };
  } catch {
    return fallback;
  }
}

function systemTheme(): "light" | "dark" {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

const Context = createContext<SettingsContext | null>(null);

/** Language, theme and how negatives are shown, chosen explicitly and remembered. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(load);
  const resolvedTheme = settings.theme === "system" ? systemTheme() : settings.theme;
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    document.documentElement.dataset.theme = resolvedTheme;
    document.documentElement.lang = settings.language;
  }, [settings, resolvedTheme]);
  const value = useMemo(
    () => ({ ...settings, resolvedTheme, set: (change: Partial<Settings>) => setSettings((s) => ({ ...s, ...change })) }),
    [settings, resolvedTheme],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSettings(): SettingsContext {
  const value = useContext(Context);
  if (!value) throw new Error("useSettings outside SettingsProvider");
  return value;
}

import { createHashHistory, createRootRoute, createRoute, createRouter, Link, Outlet } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { commands } from "../bindings";
import { unwrap } from "./errors";
import { useNativeMenu, type HelpDialog } from "./menu";
import { useT } from "../i18n/useT";
import { ScenarioLibrary } from "../library/ScenarioLibrary";
import { ScenarioScreen } from "../scenario/ScenarioScreen";
import { SCENARIO_TABS, type ScenarioTab } from "../scenario/tabs";
import { CompareScreen } from "../compare/CompareScreen";
import { comparedItems } from "../compare/columns";
import { BriefingScreen, type DeckAddress } from "../briefing/BriefingScreen";
import type { SlideKind } from "../bindings";
import type { ComparedItem } from "../bindings";
import { ErrorBoundary } from "./ErrorBoundary";
import { About } from "./About";
import { ModalDialog } from "./ModalDialog";
import { rememberOpened } from "./scenarioMemory";
import { useSettings, type Language, type NegativeStyle, type ThemeChoice } from "./settings";

/** The window's frame: the product's name, where you are, and the user's choices. */
function Shell() {
  const t = useT();
  const settings = useSettings();
  const [help, setHelp] = useState<HelpDialog | null>(null);
  useNativeMenu(setHelp);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Fleet Ledger</h1>
        <nav className="app-nav">
          <Link to="/" id="nav-library" activeOptions={{ exact: true }}>
            {t("nav.library")}
          </Link>
          <Link to="/compare" search={{ items: [] }} id="nav-compare">
            {t("nav.compare")}
          </Link>
        </nav>
        <span className="app-tagline">{t("app.tagline")}</span>
        <div className="app-settings">
          <label>
            {t("settings.language")}{" "}
            <select id="language" value={settings.language} onChange={(e) => settings.set({ language: e.target.value as Language })}>
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
            </select>
          </label>
          <label>
            {t("settings.theme")}{" "}
            <select id="theme" value={settings.theme} onChange={(e) => settings.set({ theme: e.target.value as ThemeChoice })}>
              <option value="light">{t("settings.theme.light")}</option>
              <option value="dark">{t("settings.theme.dark")}</option>
              <option value="system">{t("settings.theme.system")}</option>
            </select>
          </label>
          <label>
            {t("settings.negatives")}{" "}
            <select id="negatives" value={settings.negatives} onChange={(e) => settings.set({ negatives: e.target.value as NegativeStyle })}>
              <option value="minus">{t("settings.negatives.minus")}</option>
              <option value="parentheses">{t("settings.negatives.parentheses")}</option>
            </select>
          </label>
        </div>
      </header>
      <main className="app-main">
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
      {help === "about" && <About onClose={() => setHelp(null)} />}
      {help === "method_notes" && <MethodNotes onClose={() => setHelp(null)} />}
    </div>
  );
}

/** Help → Method notes: how the numbers are made, the meeting pack's own notes. */
function MethodNotes({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { language } = useSettings();
  const notes = useQuery({ queryKey: ["method-notes", language], queryFn: () => unwrap(commands.methodNotes(language)) });
  return (
    <ModalDialog id="method-notes" className="method-notes" title={t("MethodNotes")} onClose={onClose}>
      {(notes.data ?? []).map((note) => (
        <p key={note}>{note}</p>
      ))}
    </ModalDialog>
  );
}

const root = createRootRoute({ component: Shell });

const library = createRoute({ getParentRoute: () => root, path: "/", component: ScenarioLibrary });

/** A scenario's workspace: its Results and editors; the tab is in the address. */
const scenario = createRoute({
  getParentRoute: () => root,
  path: "/scenario/$scenarioId",
  validateSearch: (search: Record<string, unknown>): { tab: ScenarioTab } => ({
    tab: SCENARIO_TABS.find((t) => t === search.tab) ?? "results",
  }),
  component: function ScenarioRoute() {
    const { scenarioId } = scenario.useParams();
    const { tab } = scenario.useSearch();
    useEffect(() => rememberOpened(scenarioId), [scenarioId]);
    // A new key a scenario: its working copy and undo history are its own.
    return <ScenarioScreen key={scenarioId} scenarioId={scenarioId} tab={tab} />;
  },
});

/** Compare: its scenarios and versions are in the address, so it reopens as it was. */
const compare = createRoute({
  getParentRoute: () => root,
  path: "/compare",
  validateSearch: (search: Record<string, unknown>): { items: ComparedItem[] } => ({ items: comparedItems(search.items) }),
  component: function CompareRoute() {
    const { items } = compare.useSearch();
    const navigate = compare.useNavigate();
    return <CompareScreen items={items} onChange={(next) => void navigate({ search: { items: next }, replace: true })} />;
  },
});

/** Briefing: the deck's versions and its slides in order are in the address. */
const briefing = createRoute({
  getParentRoute: () => root,
  path: "/briefing",
  validateSearch: (search: Record<string, unknown>): DeckAddress => ({
    items: comparedItems(search.items),
    // A kind the briefing does not offer is dropped where the deck is laid out (deckSlides).
    slides: Array.isArray(search.slides) ? search.slides.filter((k): k is SlideKind => typeof k === "string") : null,
  }),
  component: function BriefingRoute() {
    const deck = briefing.useSearch();
    const navigate = briefing.useNavigate();
    return <BriefingScreen deck={deck} onChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});

/** Hash history: the embedded build serves one page, and addresses survive a reload. */
export const router = createRouter({ routeTree: root.addChildren([library, scenario, compare, briefing]), history: createHashHistory() });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}

import { useEffect } from "react";
import { Channel } from "@tauri-apps/api/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { commands, type MenuLabels } from "../bindings";
import { useT } from "../i18n/useT";
import { LIBRARY_KEY } from "../library/queries";
import { useSettings } from "./settings";
import { currentScenario, lastOpenedScenario } from "./scenarioMemory";
import { comparedItems } from "../compare/columns";
import { openBriefing } from "../briefing/queries";
import { toggleFullScreen } from "./fullScreen";
import { undoOrRedo } from "./undo";

/** Asks the screen on view to open its meeting-pack panel (File → Meeting pack…). */
export const OPEN_EXPORT_EVENT = "fleet-ledger:open-export";
/** Rust held a quit because the scenario on screen has unsaved edits: the screen asks. */
export const QUIT_REQUESTED_EVENT = "fleet-ledger:quit-requested";
/** Asks the library screen to export the scenario selected in it (File → Export scenario…). */
export const EXPORT_SELECTED_EVENT = "fleet-ledger:export-selected";

const LABEL_KEYS: (keyof MenuLabels)[] = [
  "file", "new_scenario", "open_library", "import", "export_scenario", "meeting_pack", "quit",
  "edit", "undo", "redo", "cut", "copy", "paste", "select_all",
  "view", "library", "results", "compare", "briefing", "full_screen", "english", "chinese", "light", "dark", "system",
  "help", "method_notes", "about",
];

/** What Help shows over the screen. */
export type HelpDialog = "about" | "method_notes";

/** The native menu in the UI's language, set again when the language changes; its items act
 * here. `onHelp` shows Help → Method notes or About. */
export function useNativeMenu(onHelp: (dialog: HelpDialog) => void) {
  const t = useT();
  const settings = useSettings();
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    const labels = Object.fromEntries(LABEL_KEYS.map((key) => [key, t(`menu.${key}`)])) as MenuLabels;
    const channel = new Channel<string>();
    const refresh = () => queryClient.invalidateQueries({ queryKey: LIBRARY_KEY });
    const toLibrary = () => router.navigate({ to: "/" });
    channel.onmessage = (id) => {
      switch (id) {
        case "new_scenario":
          void toLibrary().then(() => document.getElementById("new-scenario-name")?.focus());
          break;
        case "open_library":
          void commands.openLibrary().then(refresh);
          break;
        case "import":
          void commands.importScenario().then(refresh);
          break;
        case "export_scenario": {
          // The scenario on screen; in the library, the one selected there.
          const open = currentScenario(router);
          if (open) void commands.exportScenario(open);
          else window.dispatchEvent(new Event(EXPORT_SELECTED_EVENT));
          break;
        }
        case "results": {
          const last = lastOpenedScenario();
          if (last) void router.navigate({ to: "/scenario/$scenarioId", params: { scenarioId: last }, search: { tab: "results" } });
          else void toLibrary();
          break;
        }
        case "compare":
          void router.navigate({ to: "/compare", search: { items: [] } });
          break;
        case "briefing": {
          // The comparison on screen, else the scenario last opened.
          const location = router.state.location;
          const compared = location.pathname === "/compare" ? comparedItems((location.search as { items?: unknown }).items) : [];
          const last = lastOpenedScenario();
          if (compared.length >= 2) void openBriefing(router, compared);
          else if (last) void openBriefing(router, [{ scenario_id: last, version_id: null }]);
          else void toLibrary();
          break;
        }
        case "full_screen":
          toggleFullScreen();
          break;
        case "meeting_pack":
          // Results, Compare and Briefing open it with their own scenarios ticked.
          if (/^\/(scenario|compare|briefing)/.test(router.state.location.pathname)) window.dispatchEvent(new Event(OPEN_EXPORT_EVENT));
          else void toLibrary().then(() => window.dispatchEvent(new Event(OPEN_EXPORT_EVENT)));
          break;
        case "undo":
        case "redo":
          undoOrRedo(id);
          break;
        case "quit_requested":
          window.dispatchEvent(new Event(QUIT_REQUESTED_EVENT));
          break;
        case "library":
          void toLibrary();
          break;
        case "language_en":
          settings.set({ language: "en" });
          break;
        case "language_zh":
          settings.set({ language: "zh-CN" });
          break;
        case "theme_light":
        case "theme_dark":
        case "theme_system":
          settings.set({ theme: id.slice("theme_".length) as "light" | "dark" | "system" });
          break;
        case "about":
        case "method_notes":
          onHelp(id);
          break;
      }
    };
    void commands.setMenu(labels, channel);
    // The menu's words follow the language; its actions read the settings of this render.
  }, [settings.language, settings.theme, settings.negatives]);
}

import { useEffect, useMemo, useState } from "react";
import { formatTimestamp } from "../app/format";
import { orderedItems, packChoices } from "./choices";
import { OPEN_EXPORT_EVENT } from "../app/menu";
import { useScenarioList, WHOLE_LIBRARY } from "../library/queries";
import { Channel } from "@tauri-apps/api/core";
import { commands, type AppError, type ExportProgress, type ExportStep, type Language, type PackSections, type ReportFormat, type ScenarioSummary, type ComparedItem, type VersionSummary } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { useT } from "../i18n/useT";
import { useSettings } from "../app/settings";

/** The pack's sections and the glossary's names for them. */
const SECTION_TERMS: [keyof PackSections, string][] = [
  ["summary", "ExecutiveSummary"],
  ["charts", "Charts"],
  ["tables", "lib.tables"],
  ["assumptions", "AssumptionsAndTheirSources"],
  ["method_notes", "MethodNotes"],
];

/** The meeting-pack export: scenarios (`preselected` ticked, else the first), sections,
 * language (the UI's to begin with) and formats; files written by Rust. */
export function ExportPanel({ scenarios, preselected, versions, onClose }: { scenarios: ScenarioSummary[]; preselected?: ComparedItem[]; versions?: VersionSummary[]; onClose: () => void }) {
  const t = useT();
  const uiLanguage = useSettings().language;
  const words = useErrorText();
  const stepText = (doing: ExportStep) =>
    doing.step === "computing"
      ? t("lib.exportComputing", { name: doing.scenario })
      : doing.step === "writing"
        ? t("lib.exportWriting", { format: doing.format.toUpperCase() })
        : t("lib.exportDone");
  const { choices, ticked } = useMemo(() => {
    const saved = (item: ComparedItem) => versions?.find((v) => v.id === item.version_id)?.saved_at ?? "";
    return packChoices(scenarios, preselected ?? [], (s, item) => t("compare.versionName", { name: s.name, saved: formatTimestamp(saved(item), uiLanguage) }));
  }, [scenarios, preselected, versions, t, uiLanguage]);
  const [chosen, setChosen] = useState<string[]>(ticked);
  const [sections, setSections] = useState<PackSections>({ summary: true, charts: true, tables: true, assumptions: true, method_notes: true });
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [formats, setFormats] = useState<ReportFormat[]>(["pdf", "xlsx"]);
  const [parentheses, setParentheses] = useState(true);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [cancelled, setCancelled] = useState(false);

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    setWritten(null);
    setCancelled(false);
    const channel = new Channel<ExportProgress>();
    channel.onmessage = setProgress;
    try {
      const files = await unwrap(
        commands.exportReports({ items: orderedItems(choices, chosen), language, formats, sections, parentheses }, channel),
      );
      setWritten(files);
    } catch (error) {
      setFailure(words.whole(error as AppError) || String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="export-panel" aria-label={t("lib.pack")}>
      <div className="versions-heading">
        <h3>{t("lib.pack")}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t("lib.close")}
        </button>
      </div>
      <fieldset>
        <legend>{t("lib.packScenarios")}</legend>
        {choices.map((c) => (
          <label key={c.key} className="check">
            <input type="checkbox" checked={chosen.includes(c.key)} onChange={() => setChosen(toggle(chosen, c.key))} /> {c.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("lib.sections")}</legend>
        {SECTION_TERMS.map(([key, term]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={sections[key]} onChange={() => setSections({ ...sections, [key]: !sections[key] })} /> {t(term)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("lib.files")}</legend>
        {(["pdf", "xlsx", "csv"] as ReportFormat[]).map((f) => (
          <label key={f} className="check">
            <input type="checkbox" id={`format-${f}`} checked={formats.includes(f)} onChange={() => setFormats(toggle(formats, f))} /> {f.toUpperCase()}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={parentheses} onChange={() => setParentheses(!parentheses)} /> {t("lib.parentheses")}
        </label>
        <label>
          {t("settings.language")}{" "}
          <select id="export-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
      </fieldset>
      <button type="button" id="export-reports" disabled={busy || chosen.length === 0 || chosen.length > 4 || formats.length === 0} onClick={run}>
        {t("lib.export")}
      </button>
      {busy && progress && (
        <div className="progress" role="status">
          <progress max={progress.steps} value={progress.step} /> {stepText(progress.doing)}{" "}
          <button type="button" className="secondary" id="cancel-export" onClick={() => void commands.cancelExport().then(() => setCancelled(true))}>
            {t("lib.cancel")}
          </button>
        </div>
      )}
      {!busy && cancelled && written === null && (
        <p className="muted" id="export-cancelled">
          {t("lib.exportCancelled")}
        </p>
      )}
      {failure && <p className="field-error">{failure}</p>}
      {written && (
        <ul id="export-written">
          {written.map((f) => (
            <li key={f} className="library-path">
              {f}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** A screen's meeting pack: File → Meeting pack… (or the screen's own button) opens the
 * export with the screen's scenarios (and the saved versions it shows) ticked. */
export function useMeetingPack(preselected: ComparedItem[], versions?: VersionSummary[]) {
  const [open, setOpen] = useState(false);
  const scenarios = useScenarioList(WHOLE_LIBRARY);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(OPEN_EXPORT_EVENT, show);
    return () => window.removeEventListener(OPEN_EXPORT_EVENT, show);
  }, []);
  const panel =
    open && scenarios.data ? (
      <div className="pack-dock">
        <ExportPanel scenarios={scenarios.data} preselected={preselected} versions={versions} onClose={() => setOpen(false)} />
      </div>
    ) : null;
  return { panel, open: () => setOpen(true) };
}

import { useState } from "react";
import { Channel } from "@tauri-apps/api/core";
import { commands, type ExportProgress, type Language, type PackSections, type ReportFormat, type ScenarioSummary } from "../bindings";
import { generalMessage, unwrap } from "../app/errors";

const SECTION_LABELS: [keyof PackSections, string][] = [
  ["summary", "Executive summary"],
  ["charts", "Charts"],
  ["tables", "Tables"],
  ["assumptions", "Assumptions and sources"],
  ["method_notes", "Method notes"],
];

/** The meeting-pack export: scenarios, sections, language and formats; files written by Rust. */
export function ExportPanel({ scenarios, onClose }: { scenarios: ScenarioSummary[]; onClose: () => void }) {
  const [chosen, setChosen] = useState<string[]>(scenarios.slice(0, 1).map((s) => s.id));
  const [sections, setSections] = useState<PackSections>({ summary: true, charts: true, tables: true, assumptions: true, method_notes: true });
  const [language, setLanguage] = useState<Language>("en");
  const [formats, setFormats] = useState<ReportFormat[]>(["pdf", "xlsx"]);
  const [parentheses, setParentheses] = useState(true);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [written, setWritten] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    setWritten(null);
    const channel = new Channel<ExportProgress>();
    channel.onmessage = setProgress;
    try {
      const files = await unwrap(
        commands.exportReports({ scenario_ids: chosen, language, formats, sections, parentheses }, channel),
      );
      setWritten(files);
    } catch (error) {
      setFailure(
        generalMessage(error as never) ??
          ((error as { kind?: string; issues?: { message: string }[] }).issues?.map((i) => i.message).join("; ") ?? String(error)),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="export-panel" aria-label="Meeting pack">
      <div className="versions-heading">
        <h3>Meeting pack</h3>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </div>
      <fieldset>
        <legend>Scenarios (one for its pack, two to four to compare)</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="check">
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={() => setChosen(toggle(chosen, s.id))} /> {s.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sections</legend>
        {SECTION_LABELS.map(([key, label]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={sections[key]} onChange={() => setSections({ ...sections, [key]: !sections[key] })} /> {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Files</legend>
        {(["pdf", "xlsx", "csv"] as ReportFormat[]).map((f) => (
          <label key={f} className="check">
            <input type="checkbox" id={`format-${f}`} checked={formats.includes(f)} onChange={() => setFormats(toggle(formats, f))} /> {f.toUpperCase()}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={parentheses} onChange={() => setParentheses(!parentheses)} /> Negatives in parentheses
        </label>
        <label>
          Language{" "}
          <select id="export-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
      </fieldset>
      <button type="button" id="export-reports" disabled={busy || chosen.length === 0 || chosen.length > 4 || formats.length === 0} onClick={run}>
        Export…
      </button>
      {busy && progress && (
        <div className="progress" role="status">
          <progress max={progress.steps} value={progress.step} /> {progress.doing}
        </div>
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

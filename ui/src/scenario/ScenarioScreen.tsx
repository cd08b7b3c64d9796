/**
 * A scenario's workspace: its working copy (scenario/editing) shared by the Results and the
 * editors, the bar that says whether edits are unsaved and saves them as a version, and the
 * tabs. The tab is in the address.
 */
import { useEffect, useRef, useState } from "react";
import { Link } from "@tanstack/react-router";
import { useQueryClient } from "@tanstack/react-query";
import { resultsQuery } from "./results/queries";
import type { AppError } from "../bindings";
import { useErrorText } from "../app/errors";
import { useFigures } from "../app/useFigures";
import { ResultsScreen } from "./results/ResultsScreen";
import { FleetEditor } from "./fleet/FleetEditor";
import { AssumptionsEditor } from "./assumptions/AssumptionsEditor";
import { CatalogEditor } from "./catalog/CatalogEditor";
import { MarketEditor } from "./market/MarketEditor";
import { useEditing, WorkingCopyProvider } from "./editing/WorkingCopy";
import { SCENARIO_TABS, type ScenarioTab } from "./tabs";
import { LeaveGuard } from "./editing/LeaveGuard";

export function ScenarioScreen({ scenarioId, tab }: { scenarioId: string; tab: ScenarioTab }) {
  const f = useFigures();
  // The Results are asked for at once, beside the working copy, not after it has arrived:
  // opening a scenario waits for one answer, not two in a row.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (tab === "results") void queryClient.prefetchQuery(resultsQuery(scenarioId));
  }, [queryClient, scenarioId, tab]);
  return (
    <WorkingCopyProvider scenarioId={scenarioId} loading={<p className="muted">{f.t("results.loading")}</p>}>
      <div className="scenario-screen">
        <EditingBar tab={tab} />
        <LeaveGuard />
        {tab === "results" && <ResultsScreen scenarioId={scenarioId} />}
        {tab === "fleet" && <FleetEditor />}
        {tab === "catalog" && <CatalogEditor />}
        {tab === "market" && <MarketEditor />}
        {tab === "assumptions" && <AssumptionsEditor />}
      </div>
    </WorkingCopyProvider>
  );
}

/** The tabs, whether there are unsaved edits, Save (Ctrl+S) with an optional note, Discard,
 * Undo and Redo. */
function EditingBar({ tab }: { tab: ScenarioTab }) {
  const f = useFigures();
  const words = useErrorText();
  const editing = useEditing();
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<AppError | null>(null);
  const noteField = useRef<HTMLInputElement>(null);
  const save = async () => {
    try {
      await editing.save(note.trim() || null);
      setNoting(false);
      setNote("");
      setError(null);
    } catch (e) {
      setError(e as AppError);
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        setNoting(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  useEffect(() => {
    if (noting) noteField.current?.focus();
  }, [noting]);
  return (
    <div className="editing-bar">
      <nav className="scenario-tabs" aria-label={f.t("scenario.tabs")}>
        {SCENARIO_TABS.map((t) => (
          <Link key={t} to="/scenario/$scenarioId" params={{ scenarioId: editing.scenarioId }} search={{ tab: t }} id={`tab-${t}`} className={t === tab ? "active" : ""} aria-current={t === tab ? "page" : undefined}>
            {f.t(`scenario.tab.${t}`)}
          </Link>
        ))}
      </nav>
      <span className={`editing-state${editing.unsaved ? " unsaved" : ""}`} id="editing-state" role="status">
        {editing.unsaved ? f.t("editing.unsaved") : f.t("editing.saved")}
        {editing.issues.length > 0 && ` · ${f.t("editing.problems", { count: editing.issues.length })}`}
      </span>
      <button type="button" className="secondary" id="undo" onClick={editing.undo} disabled={!editing.canUndo}>
        {f.t("editing.undo")}
      </button>
      <button type="button" className="secondary" id="redo" onClick={editing.redo} disabled={!editing.canRedo}>
        {f.t("editing.redo")}
      </button>
      {noting ? (
        <form
          className="save-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            ref={noteField}
            id="save-note"
            value={note}
            placeholder={f.t("editing.notePlaceholder")}
            aria-label={f.t("editing.note")}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setNoting(false);
            }}
          />
          <button type="submit" id="save-version">
            {f.t("editing.save")}
          </button>
        </form>
      ) : (
        <button type="button" id="save" onClick={() => setNoting(true)} disabled={!editing.unsaved}>
          {f.t("editing.saveEllipsis")}
        </button>
      )}
      <button type="button" className="secondary" id="discard" onClick={() => void editing.discard()} disabled={!editing.unsaved}>
        {f.t("editing.discard")}
      </button>
      {(error || editing.writeError) && (
        <p className="banner banner-error" role="alert" id="editing-error">
          {words.whole(error ?? editing.writeError)}
        </p>
      )}
    </div>
  );
}

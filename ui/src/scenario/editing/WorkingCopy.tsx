/**
 * The scenario being edited, shared by its editors and its Results: the document, its undo
 * history, the engine's problems with it, and whether it holds unsaved edits. Every gesture
 * is written to the library's working copy at once (one transaction, in order, the newest
 * winning), so a crash loses nothing typed; the Results follow a moment later.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type AppError, type FieldIssue, type Scenario, type VersionSummary } from "../../bindings";
import { unwrap } from "../../app/errors";
import { takeUndo, undoKey, undoOrRedo } from "../../app/undo";
import { markEdited, markResultsReceived } from "../../app/latency";
import { LIBRARY_KEY } from "../../library/queries";
import { isComputedFrom, liveKey } from "../results/queries";
import { record, redo, startHistory, undo, type History } from "./history";

export type Editing = {
  scenarioId: string;
  scenario: Scenario;
  issues: FieldIssue[];
  /** Edits not yet saved as a version (kept in the working copy meanwhile). */
  unsaved: boolean;
  /** An edit is still being written, or the Results have not caught up with it. */
  stale: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** One user gesture: the document it leaves. */
  apply(next: Scenario): void;
  undo(): void;
  redo(): void;
  save(note: string | null): Promise<VersionSummary>;
  discard(): Promise<void>;
  /** The problems `candidate` would have, without applying it (a pasted block's check). */
  check(candidate: Scenario): Promise<FieldIssue[]>;
  writeError: AppError | null;
};

const EditingContext = createContext<Editing | null>(null);

export function useEditing(): Editing {
  const editing = useContext(EditingContext);
  if (!editing) throw new Error("useEditing outside WorkingCopyProvider");
  return editing;
}

const workingCopyKey = (scenarioId: string) => ["working-copy", scenarioId] as const;

type State = { history: History<Scenario>; baseVersionId: string; issues: FieldIssue[]; unsaved: boolean };

export function WorkingCopyProvider({ scenarioId, children, loading }: { scenarioId: string; children: ReactNode; loading: ReactNode }) {
  const queryClient = useQueryClient();
  const opened = useQuery({ queryKey: workingCopyKey(scenarioId), queryFn: () => unwrap(commands.workingCopy(scenarioId)), staleTime: Infinity, gcTime: 0 });
  const [state, setState] = useState<State | null>(null);
  const [pending, setPending] = useState(0);
  const [writeError, setWriteError] = useState<AppError | null>(null);
  const [resultsBehind, setResultsBehind] = useState(false);

  useEffect(() => {
    if (!opened.data) return;
    setState({
      history: startHistory(opened.data.copy.scenario),
      baseVersionId: opened.data.copy.base.id,
      issues: opened.data.issues,
      unsaved: opened.data.copy.edited_at !== null,
    });
  }, [opened.data]);

  // Writes go one at a time, in order; edits made while one is in flight are written next,
  // only the newest of them (each write holds the whole document).
  const writer = useRef<{ busy: boolean; next: { doc: Scenario; base: string } | null; done: Promise<void> }>({ busy: false, next: null, done: Promise.resolve() });
  // The Results run at once after an edit is written, one run at a time: edits written
  // while one runs are run together after it (a run that an edit made stale is not waited
  // for twice, and typing never waits for a run).
  const refresh = useRef({ running: false, again: false });
  const refreshResults = useCallback(() => {
    const r = refresh.current;
    if (r.running) {
      r.again = true;
      return;
    }
    r.running = true;
    void (async () => {
      do {
        r.again = false;
        // The views on screen run; the others are marked stale and run when they are shown.
        await queryClient.invalidateQueries({ predicate: (q) => isComputedFrom(scenarioId, q.queryKey) && q.queryKey[1] !== liveKey(scenarioId)[1] });
      } while (r.again);
      r.running = false;
      if (!writer.current.busy) setResultsBehind(false);
    })();
  }, [queryClient, scenarioId]);

  const write = useCallback(
    (doc: Scenario, base: string) => {
      const w = writer.current;
      w.next = { doc, base };
      setResultsBehind(true);
      if (w.busy) return;
      w.busy = true;
      setPending((n) => n + 1);
      w.done = (async () => {
        while (w.next) {
          const { doc: d, base: b } = w.next;
          w.next = null;
          const result = await commands.editWorkingCopy(scenarioId, b, d);
          if (result.status === "ok") {
            setWriteError(null);
            const { issues, live } = result.data;
            setState((s) => (s ? { ...s, issues } : s));
            // The live figures of the document just written, unless a newer edit is on its
            // way; a document that cannot be run asks the live query for the reason.
            if (!w.next && live) {
              queryClient.setQueryData(liveKey(scenarioId), live);
              markResultsReceived();
            } else if (!w.next) void queryClient.invalidateQueries({ queryKey: liveKey(scenarioId) });
          } else setWriteError(result.error);
        }
        w.busy = false;
        setPending((n) => n - 1);
        refreshResults();
      })();
    },
    [scenarioId, refreshResults, queryClient],
  );

  const stateRef = useRef(state);
  stateRef.current = state;
  const change = useCallback(
    (step: (h: History<Scenario>) => History<Scenario>) => {
      const s = stateRef.current;
      if (!s) return;
      const history = step(s.history);
      if (history.present === s.history.present) return;
      markEdited();
      const next = { ...s, history, unsaved: true };
      stateRef.current = next;
      setState(next);
      write(history.present, s.baseVersionId);
    },
    [write],
  );
  const apply = useCallback((doc: Scenario) => change((h) => record(h, doc)), [change]);
  const undoStep = useCallback(() => change(undo), [change]);
  const redoStep = useCallback(() => change(redo), [change]);

  useEffect(() => takeUndo({ undo: undoStep, redo: redoStep }), [undoStep, redoStep]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const which = undoKey(e);
      if (!which || e.defaultPrevented) return;
      e.preventDefault();
      undoOrRedo(which);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const save = useCallback(
    async (note: string | null) => {
      await writer.current.done;
      const version = await unwrap(commands.saveWorkingCopy(scenarioId, note));
      setState((s) => (s ? { ...s, baseVersionId: version.id, unsaved: false } : s));
      await queryClient.invalidateQueries({ queryKey: LIBRARY_KEY });
      return version;
    },
    [scenarioId, queryClient],
  );
  const discard = useCallback(async () => {
    await writer.current.done;
    await unwrap(commands.discardWorkingCopy(scenarioId));
    await queryClient.invalidateQueries({ queryKey: workingCopyKey(scenarioId) });
    await queryClient.invalidateQueries({ predicate: (q) => isComputedFrom(scenarioId, q.queryKey) });
  }, [scenarioId, queryClient]);
  const check = useCallback((candidate: Scenario) => unwrap(commands.checkScenario(candidate)), []);

  const value = useMemo<Editing | null>(
    () =>
      state && {
        scenarioId,
        scenario: state.history.present,
        issues: state.issues,
        unsaved: state.unsaved,
        stale: pending > 0 || resultsBehind,
        canUndo: state.history.past.length > 0,
        canRedo: state.history.future.length > 0,
        apply,
        undo: undoStep,
        redo: redoStep,
        save,
        discard,
        check,
        writeError,
      },
    [state, scenarioId, pending, resultsBehind, apply, undoStep, redoStep, save, discard, check, writeError],
  );
  if (opened.isError) throw opened.error;
  if (!value) return <>{loading}</>;
  return <EditingContext.Provider value={value}>{children}</EditingContext.Provider>;
}

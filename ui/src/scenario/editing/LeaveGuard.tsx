import { useEffect, useState } from "react";
import { useBlocker } from "@tanstack/react-router";
import { commands } from "../../bindings";
import { useFigures } from "../../app/useFigures";
import { QUIT_REQUESTED_EVENT } from "../../app/menu";
import { useEditing } from "./WorkingCopy";

/** Leaving a scenario with unsaved edits (for another screen, or quitting) asks first: save a
 * version, keep the edits as a draft (offered again at the next start), discard them, or
 * stay. Nothing is lost by any answer but Discard. */
export function LeaveGuard() {
  const f = useFigures();
  const editing = useEditing();
  const [quitting, setQuitting] = useState(false);
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => editing.unsaved && next.pathname !== current.pathname,
    withResolver: true,
    enableBeforeUnload: false,
  });
  useEffect(() => {
    void commands.setUnsaved(editing.unsaved);
  }, [editing.unsaved]);
  useEffect(() => () => void commands.setUnsaved(false), []);
  useEffect(() => {
    const ask = () => setQuitting(true);
    window.addEventListener(QUIT_REQUESTED_EVENT, ask);
    return () => window.removeEventListener(QUIT_REQUESTED_EVENT, ask);
  }, []);
  if (blocker.status !== "blocked" && !quitting) return null;
  const go = () => {
    if (quitting) void commands.quitApp();
    else blocker.proceed?.();
  };
  const stay = () => {
    setQuitting(false);
    blocker.reset?.();
  };
  return (
    <div className="about leave-guard" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" id="leave-guard" onKeyDown={(e) => e.key === "Escape" && stay()}>
      <h2 id="leave-title">{f.t("leave.title", { name: editing.scenario.name })}</h2>
      <p>{f.t(quitting ? "leave.quitText" : "leave.text")}</p>
      <div className="paste-actions">
        <button type="button" id="leave-save" autoFocus onClick={() => void editing.save(null).then(go)}>
          {f.t("leave.save")}
        </button>
        <button type="button" className="secondary" id="leave-keep" onClick={go}>
          {f.t("leave.keep")}
        </button>
        <button type="button" className="secondary" id="leave-discard" onClick={() => void editing.discard().then(go)}>
          {f.t("leave.discard")}
        </button>
        <button type="button" className="secondary" id="leave-stay" onClick={stay}>
          {f.t("leave.stay")}
        </button>
      </div>
    </div>
  );
}

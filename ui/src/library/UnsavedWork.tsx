import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { commands } from "../bindings";
import { unwrap } from "../app/errors";
import { formatTimestamp } from "../app/format";
import { useSettings } from "../app/settings";
import { useT } from "../i18n/useT";
import { LIBRARY_KEY, useLibraryMutation } from "./queries";

/** Edits that were never saved, found when the app starts (after a crash, a power cut, or a
 * window closed mid-edit): each offered to resume, in the editor it was left in, or discard. */
export function UnsavedWork() {
  const t = useT();
  const { language } = useSettings();
  const unsaved = useQuery({ queryKey: [...LIBRARY_KEY, "unsaved"], queryFn: () => unwrap(commands.unsavedWork()) });
  const discard = useLibraryMutation((id: string) => unwrap(commands.discardWorkingCopy(id)));
  if (!unsaved.data || unsaved.data.length === 0) return null;
  return (
    <div className="banner unsaved-work" role="region" aria-label={t("unsaved.title")} id="unsaved-work">
      <p>
        <strong>{t("unsaved.title")}</strong>
      </p>
      {unsaved.data.map((work) => (
        <p key={work.summary.id} className="unsaved-item">
          {t("unsaved.item", { name: work.summary.name, at: formatTimestamp(work.edited_at, language) })}{" "}
          <Link to="/scenario/$scenarioId" params={{ scenarioId: work.summary.id }} search={{ tab: "fleet" }} className="resume-draft">
            {t("unsaved.resume")}
          </Link>{" "}
          <button type="button" className="secondary discard-draft" onClick={() => discard.mutate(work.summary.id)}>
            {t("unsaved.discard")}
          </button>
        </p>
      ))}
    </div>
  );
}

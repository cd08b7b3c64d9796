import { commands, type AppError } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { useT } from "../i18n/useT";
import { useLibraryMutation } from "./queries";

/** Which library is open, and the whole-library actions (native dialogs, shown from Rust). */
export function LibraryBar({ path, problem }: { path: string | null; problem: string | null }) {
  const open = useLibraryMutation(() => unwrap(commands.openLibrary()));
  const create = useLibraryMutation(() => unwrap(commands.newLibrary()));
  const backUp = useLibraryMutation(() => unwrap(commands.backUpLibrary()));
  const restore = useLibraryMutation(() => unwrap(commands.restoreLibrary()));
  const failure = [open, create, backUp, restore].map((m) => m.error).find(Boolean);
  const t = useT();
  const words = useErrorText();
  return (
    <div className="library-bar">
      <span className="library-path" title={t("lib.file")}>
        {path ?? t("lib.noLibrary")}
      </span>
      <button type="button" className="secondary" onClick={() => open.mutate(undefined)}>
        {t("lib.openLibrary")}
      </button>
      <button type="button" className="secondary" onClick={() => create.mutate(undefined)}>
        {t("lib.newLibrary")}
      </button>
      {!problem && (
        <>
          <button type="button" className="secondary" onClick={() => backUp.mutate(undefined)}>
            {t("lib.backUp")}
          </button>
          <button type="button" className="secondary" onClick={() => restore.mutate(undefined)}>
            {t("lib.restoreBackup")}
          </button>
        </>
      )}
      {backUp.data && <span className="muted">{t("lib.backedUp", { path: backUp.data })}</span>}
      {restore.data && <span className="muted">{t("lib.restored", { path: restore.data })}</span>}
      {failure && (
        <span className="field-error" role="alert">
          {words.whole(failure as AppError)}
        </span>
      )}
    </div>
  );
}

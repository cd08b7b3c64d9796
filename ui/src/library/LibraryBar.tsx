import { commands } from "../bindings";
import { unwrap } from "../app/errors";
import { useLibraryMutation } from "./queries";

/** Which library is open, and the whole-library actions (native dialogs, shown from Rust). */
export function LibraryBar({ path, problem }: { path: string | null; problem: string | null }) {
  const open = useLibraryMutation(() => unwrap(commands.openLibrary()));
  const create = useLibraryMutation(() => unwrap(commands.newLibrary()));
  const backUp = useLibraryMutation(() => unwrap(commands.backUpLibrary()));
  const restore = useLibraryMutation(() => unwrap(commands.restoreLibrary()));
  const failure = [open, create, backUp, restore].map((m) => m.error).find(Boolean);
  return (
    <div className="library-bar">
      <span className="library-path" title="The library file">
        {path ?? "No library"}
      </span>
      <button type="button" className="secondary" onClick={() => open.mutate(undefined)}>
        Open library…
      </button>
      <button type="button" className="secondary" onClick={() => create.mutate(undefined)}>
        New library…
      </button>
      {!problem && (
        <>
          <button type="button" className="secondary" onClick={() => backUp.mutate(undefined)}>
            Back up…
          </button>
          <button type="button" className="secondary" onClick={() => restore.mutate(undefined)}>
            Restore from backup…
          </button>
        </>
      )}
      {backUp.data && <span className="muted">Backed up to {backUp.data}</span>}
      {restore.data && <span className="muted">Restored. The library as it was is kept in {restore.data}</span>}
      {failure && "message" in failure && (
        <span className="field-error" role="alert">
          {failure.message}
        </span>
      )}
    </div>
  );
}

import { useQuery } from "@tanstack/react-query";
import { commands, type ScenarioSummary } from "../bindings";
import { generalMessage, unwrap } from "../app/errors";
import { formatTimestamp } from "../app/format";
import { LIBRARY_KEY, useLibraryMutation } from "./queries";

/** Every saved version of a scenario, newest first; any can be made current again. */
export function VersionsPanel({ scenario, onClose }: { scenario: ScenarioSummary; onClose: () => void }) {
  const locale = navigator.language || "en";
  const versions = useQuery({
    queryKey: [...LIBRARY_KEY, "versions", scenario.id],
    queryFn: () => unwrap(commands.listVersions(scenario.id)),
  });
  const restore = useLibraryMutation((versionId: string) => unwrap(commands.restoreVersion(versionId)));
  return (
    <aside className="versions" aria-label={`Versions of ${scenario.name}`}>
      <div className="versions-heading">
        <h3>Versions of {scenario.name}</h3>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </div>
      {restore.error && <p className="field-error">{generalMessage(restore.error)}</p>}
      <ol>
        {(versions.data ?? []).map((v, i) => (
          <li key={v.id}>
            <span className="num">{formatTimestamp(v.saved_at, locale)}</span> <span>{v.note ?? "Saved"}</span>
            {i === 0 ? (
              <span className="muted"> (current)</span>
            ) : (
              <button type="button" className="link" onClick={() => restore.mutate(v.id)}>
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}

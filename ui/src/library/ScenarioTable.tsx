import { useState } from "react";
import { Link } from "@tanstack/react-router";
import { FormattedMessage } from "react-intl";
import { commands, type ScenarioSummary } from "../bindings";
import { generalMessage, messageForField, unwrap } from "../app/errors";
import { formatTimestamp } from "../app/format";
import { useLibraryMutation } from "./queries";

type Props = {
  rows: ScenarioSummary[];
  loading: boolean;
  inTrash: boolean;
  selectedId: string | null;
  onSelect: (row: ScenarioSummary) => void;
};

export function ScenarioTable({ rows, loading, inTrash, selectedId, onSelect }: Props) {
  const locale = navigator.language || "en";
  if (loading) return <p className="muted">Loading the library…</p>;
  if (rows.length === 0)
    return (
      <p className="muted" id="empty-library">
        {inTrash ? "The trash is empty." : "No scenarios match."}
      </p>
    );
  return (
    <table className="grid" id="scenario-list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            {inTrash ? "Deleted" : "Last changed"}
          </th>
          <th scope="col" className="num">
            Created
          </th>
          <th scope="col" className="actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id} row={row} locale={locale} inTrash={inTrash} selected={row.id === selectedId} onSelect={onSelect} />
        ))}
      </tbody>
    </table>
  );
}

function Row({ row, locale, inTrash, selected, onSelect }: { row: ScenarioSummary; locale: string; inTrash: boolean; selected: boolean; onSelect: (row: ScenarioSummary) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(row.name);
  const rename = useLibraryMutation((n: string) => unwrap(commands.renameScenario(row.id, n)));
  const duplicate = useLibraryMutation(() => unwrap(commands.duplicateScenario(row.id, `${row.name} (copy)`)));
  const remove = useLibraryMutation(() => unwrap(commands.deleteScenario(row.id)));
  const restore = useLibraryMutation(() => unwrap(commands.restoreScenario(row.id)));
  const exportFile = useLibraryMutation(() => unwrap(commands.exportScenario(row.id)));
  const nameError = messageForField(rename.error, "name");
  const failure = [duplicate, remove, restore, exportFile, rename].map((m) => generalMessage(m.error)).find(Boolean);

  return (
    <tr className={selected ? "scenario-row selected" : "scenario-row"}>
      <td>
        {renaming ? (
          <form
            className="inline-rename"
            onSubmit={(e) => {
              e.preventDefault();
              rename.mutate(name, { onSuccess: () => setRenaming(false) });
            }}
          >
            <input className="rename-input" value={name} onChange={(e) => setName(e.target.value)} aria-label="New name" autoFocus />
            <button type="submit">Save</button>
            <button type="button" className="secondary" onClick={() => setRenaming(false)}>
              Cancel
            </button>
            {nameError && <span className="field-error">Name {nameError}</span>}
          </form>
        ) : (
          <span className="scenario-name">{row.name}</span>
        )}
        {failure && <span className="field-error"> {failure}</span>}
      </td>
      <td className="num">{formatTimestamp(inTrash ? (row.deleted_at ?? row.updated_at) : row.updated_at, locale)}</td>
      <td className="num">{formatTimestamp(row.created_at, locale)}</td>
      <td className="actions">
        {inTrash ? (
          <button type="button" className="secondary restore-scenario" onClick={() => restore.mutate(undefined)}>
            Restore
          </button>
        ) : (
          <>
            <Link to="/scenario/$scenarioId" params={{ scenarioId: row.id }} search={{ tab: "results" }} className="open-scenario">
              <FormattedMessage id="library.open" />
            </Link>
            <button type="button" className="link show-versions" onClick={() => onSelect(row)}>
              Versions
            </button>
            <button type="button" className="link rename-scenario" onClick={() => setRenaming(true)}>
              Rename
            </button>
            <button type="button" className="link" onClick={() => duplicate.mutate(undefined)}>
              Duplicate
            </button>
            <button type="button" className="link" onClick={() => exportFile.mutate(undefined)}>
              Export…
            </button>
            <button type="button" className="link danger-text delete-scenario" onClick={() => remove.mutate(undefined)}>
              Delete
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

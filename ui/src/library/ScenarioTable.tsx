import { useState } from "react";
import { useSettings } from "../app/settings";
import { Link } from "@tanstack/react-router";
import { commands, type ScenarioSummary } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { formatTimestamp } from "../app/format";
import { useLibraryMutation } from "./queries";
import { useT } from "../i18n/useT";
import { markScenarioOpened } from "../app/latency";

type Props = {
  rows: ScenarioSummary[];
  loading: boolean;
  inTrash: boolean;
  selectedId: string | null;
  onSelect: (row: ScenarioSummary) => void;
};

export function ScenarioTable({ rows, loading, inTrash, selectedId, onSelect }: Props) {
  const t = useT();
  const locale = useSettings().language;
  if (loading) return <p className="muted">{t("lib.loading")}</p>;
  if (rows.length === 0)
    return (
      <p className="muted" id="empty-library">
        {inTrash ? t("lib.trashEmpty") : t("lib.noMatch")}
      </p>
    );
  return (
    <table className="grid" id="scenario-list">
      <thead>
        <tr>
          <th scope="col">{t("lib.name")}</th>
          <th scope="col" className="num">
            {inTrash ? t("lib.deleted") : t("lib.lastChanged")}
          </th>
          <th scope="col" className="num">
            {t("lib.created")}
          </th>
          <th scope="col" className="actions">
            <span className="visually-hidden">{t("lib.actions")}</span>
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
  const t = useT();
  const words = useErrorText();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(row.name);
  const rename = useLibraryMutation((n: string) => unwrap(commands.renameScenario(row.id, n)));
  const duplicate = useLibraryMutation(() => unwrap(commands.duplicateScenario(row.id, t("lib.copyName", { name: row.name }))));
  const remove = useLibraryMutation(() => unwrap(commands.deleteScenario(row.id)));
  const restore = useLibraryMutation(() => unwrap(commands.restoreScenario(row.id)));
  const exportFile = useLibraryMutation(() => unwrap(commands.exportScenario(row.id)));
  const nameError = words.field(rename.error, "name");
  const failure = [duplicate, remove, restore, exportFile, rename].map((m) => words.general(m.error)).find(Boolean);

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
            <input className="rename-input" value={name} onChange={(e) => setName(e.target.value)} aria-label={t("lib.newName")} autoFocus />
            <button type="submit">{t("lib.save")}</button>
            <button type="button" className="secondary" onClick={() => setRenaming(false)}>
              {t("lib.cancel")}
            </button>
            {nameError && <span className="field-error">{t("lib.nameError", { problem: nameError })}</span>}
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
            {t("lib.restore")}
          </button>
        ) : (
          <>
            <Link to="/scenario/$scenarioId" params={{ scenarioId: row.id }} search={{ tab: "results" }} className="open-scenario" onClick={markScenarioOpened}>
              {t("library.open")}
            </Link>
            <button type="button" className="link show-versions" onClick={() => onSelect(row)}>
              {t("lib.versions")}
            </button>
            <button type="button" className="link rename-scenario" onClick={() => setRenaming(true)}>
              {t("lib.rename")}
            </button>
            <button type="button" className="link" onClick={() => duplicate.mutate(undefined)}>
              {t("lib.duplicate")}
            </button>
            <button type="button" className="link" onClick={() => exportFile.mutate(undefined)}>
              {t("lib.exportFile")}
            </button>
            <button type="button" className="link danger-text delete-scenario" onClick={() => remove.mutate(undefined)}>
              {t("lib.delete")}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

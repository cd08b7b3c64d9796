import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useSettings } from "../app/settings";
import { Link, useNavigate } from "@tanstack/react-router";
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

/** Focuses the row at `index` of the list (the last one when fewer remain). */
function focusRow(body: HTMLTableSectionElement | null, index: number) {
  const all = body?.querySelectorAll<HTMLTableRowElement>("tr.scenario-row");
  if (all && all.length > 0) all[Math.max(0, Math.min(index, all.length - 1))].focus();
}

/**
 * The scenarios, one row each, worked from the keyboard as a sheet is: one Tab stop for the
 * list (the active row, then its actions), Up and Down (Home, End) move between rows, Enter
 * opens, F2 renames, Delete moves to the trash and the next row takes the focus.
 */
export function ScenarioTable({ rows, loading, inTrash, selectedId, onSelect }: Props) {
  const t = useT();
  const locale = useSettings().language;
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  // A row that leaves the list (deleted, restored) hands the focus to the row now at its place.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    focusRow(body.current, refocus.current);
    refocus.current = null;
  }, [rows]);
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.target instanceof HTMLInputElement) return;
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusRow(body.current, to);
  };
  if (loading) return <p className="muted">{t("lib.loading")}</p>;
  if (rows.length === 0)
    return (
      <p className="muted" id="empty-library">
        {inTrash ? t("lib.trashEmpty") : t("lib.noMatch")}
      </p>
    );
  return (
    <>
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
      <tbody ref={body} onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <Row
            key={row.id}
            row={row}
            locale={locale}
            inTrash={inTrash}
            selected={row.id === selectedId}
            active={index === Math.min(active, rows.length - 1)}
            onFocus={() => setActive(index)}
            onLeaving={() => (refocus.current = index)}
            onSelect={onSelect}
          />
        ))}
      </tbody>
    </table>
    <p className="muted keys-hint">{inTrash ? t("lib.keysTrash") : t("lib.keys")}</p>
    </>
  );
}

type RowProps = {
  row: ScenarioSummary;
  locale: string;
  inTrash: boolean;
  selected: boolean;
  /** The list's one Tab stop: only this row and its actions are in the Tab order. */
  active: boolean;
  onFocus: () => void;
  /** Called as the row is deleted or restored, so the next row can take the focus. */
  onLeaving: () => void;
  onSelect: (row: ScenarioSummary) => void;
};

function Row({ row, locale, inTrash, selected, active, onFocus, onLeaving, onSelect }: RowProps) {
  const t = useT();
  const navigate = useNavigate();
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
  const tab = active ? 0 : -1;
  const leave = (mutation: typeof remove) => {
    onLeaving();
    mutation.mutate(undefined);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === "Enter" && !inTrash) {
      markScenarioOpened();
      void navigate({ to: "/scenario/$scenarioId", params: { scenarioId: row.id }, search: { tab: "results" } });
    } else if (e.key === "F2" && !inTrash) setRenaming(true);
    else if (e.key === "Delete" && !inTrash) leave(remove);
    else return;
    e.preventDefault();
  };

  return (
    <tr className={selected ? "scenario-row selected" : "scenario-row"} tabIndex={tab} onFocus={onFocus} onKeyDown={onKeyDown} aria-label={row.name}>
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
          <button type="button" className="secondary restore-scenario" tabIndex={tab} onClick={() => leave(restore)}>
            {t("lib.restore")}
          </button>
        ) : (
          <>
            <Link to="/scenario/$scenarioId" params={{ scenarioId: row.id }} search={{ tab: "results" }} className="open-scenario" tabIndex={tab} onClick={markScenarioOpened}>
              {t("library.open")}
            </Link>
            <button type="button" className="link show-versions" tabIndex={tab} onClick={() => onSelect(row)}>
              {t("lib.versions")}
            </button>
            <button type="button" className="link rename-scenario" tabIndex={tab} onClick={() => setRenaming(true)}>
              {t("lib.rename")}
            </button>
            <button type="button" className="link" tabIndex={tab} onClick={() => duplicate.mutate(undefined)}>
              {t("lib.duplicate")}
            </button>
            <button type="button" className="link" tabIndex={tab} onClick={() => exportFile.mutate(undefined)}>
              {t("lib.exportFile")}
            </button>
            <button type="button" className="link danger-text delete-scenario" tabIndex={tab} onClick={() => leave(remove)}>
              {t("lib.delete")}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

import { useEffect, useState } from "react";
import { EXPORT_SELECTED_EVENT, OPEN_EXPORT_EVENT } from "../app/menu";
import { useT } from "../i18n/useT";
import { commands, type AppError, type ScenarioSummary, type SortBy } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { NewScenarioForm } from "./NewScenarioForm";
import { ScenarioTable } from "./ScenarioTable";
import { VersionsPanel } from "./VersionsPanel";
import { ExportPanel } from "../pack/ExportPanel";
import { useLibraryMutation, useScenarioList } from "./queries";

/** The list with its search, sort and trash, the create form, and the versions panel. */
export function LibraryContents() {
  const t = useT();
  const words = useErrorText();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<SortBy>("updated");
  const [inTrash, setInTrash] = useState(false);
  const [selected, setSelected] = useState<ScenarioSummary | null>(null);
  const [exporting, setExporting] = useState(false);
  // File → Meeting pack… in the native menu opens the panel.
  useEffect(() => {
    const open = () => setExporting(true);
    window.addEventListener(OPEN_EXPORT_EVENT, open);
    return () => window.removeEventListener(OPEN_EXPORT_EVENT, open);
  }, []);
  // File → Export scenario… in the library: the selected scenario, if one is.
  useEffect(() => {
    const exportSelected = () => {
      if (selected) void commands.exportScenario(selected.id);
    };
    window.addEventListener(EXPORT_SELECTED_EVENT, exportSelected);
    return () => window.removeEventListener(EXPORT_SELECTED_EVENT, exportSelected);
  }, [selected]);
  const query = { search: search.trim() || null, sort, in_trash: inTrash };
  const scenarios = useScenarioList(query);
  const importFile = useLibraryMutation(() => unwrap(commands.importScenario()));
  const emptyTrash = useLibraryMutation(() => unwrap(commands.emptyTrash()));
  // A refused import lists each problem of the file after its field's path.
  const failure = words.general(scenarios.error as AppError | null) || words.whole(importFile.error) || null;

  return (
    <>
      <div className="toolbar">
        <input
          id="scenario-search"
          type="search"
          placeholder={t("lib.search")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={t("lib.searchLabel")}
        />
        <label>
          {t("lib.sortBy")}{" "}
          <select id="scenario-sort" value={sort} onChange={(e) => setSort(e.target.value as SortBy)}>
            <option value="updated">{t("lib.lastChanged")}</option>
            <option value="created">{t("lib.created")}</option>
            <option value="name">{t("lib.name")}</option>
          </select>
        </label>
        <button
          type="button"
          id="toggle-trash"
          className={inTrash ? "secondary active" : "secondary"}
          aria-pressed={inTrash}
          onClick={() => {
            setInTrash(!inTrash);
            setSelected(null);
          }}
        >
          {inTrash ? t("lib.backToLibrary") : t("lib.trash")}
        </button>
        {!inTrash && (
          <button type="button" className="secondary" onClick={() => importFile.mutate(undefined)}>
            {t("lib.import")}
          </button>
        )}
        {!inTrash && (
          <button type="button" id="open-export" className="secondary" onClick={() => setExporting(!exporting)}>
            {t("lib.meetingPack")}
          </button>
        )}
        {inTrash && (
          <button type="button" id="empty-trash" className="danger" onClick={() => emptyTrash.mutate(undefined)}>
            {t("lib.emptyTrash")}
          </button>
        )}
      </div>
      {failure && (
        <p className="banner banner-error" role="alert">
          {failure}
        </p>
      )}
      {!inTrash && <NewScenarioForm />}
      <div className="library-body">
        <ScenarioTable
          rows={scenarios.data ?? []}
          loading={scenarios.isPending}
          inTrash={inTrash}
          selectedId={selected?.id ?? null}
          onSelect={setSelected}
        />
        {selected && !inTrash && <VersionsPanel scenario={selected} onClose={() => setSelected(null)} />}
        {exporting && !inTrash && scenarios.data && <ExportPanel scenarios={scenarios.data} onClose={() => setExporting(false)} />}
      </div>
    </>
  );
}

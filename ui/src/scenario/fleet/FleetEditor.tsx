import { useCallback, useMemo, useState } from "react";
import type { Cohort } from "../../bindings";
import { useFigures } from "../../app/useFigures";
import { useSettings } from "../../app/settings";
import { useEditing } from "../editing/WorkingCopy";
import { editedRows } from "../editing/editedRows";
import { Sheet } from "../../grid/Sheet";
import { copiedCohort, FLEET_ROWS } from "./columns";
import { LiveResults } from "./LiveResults";
import { CohortDetails } from "./CohortDetails";
import { ImportRegister } from "./ImportRegister";
import { commands, type AppError, type RegisterFile } from "../../bindings";
import { unwrap, useErrorText } from "../../app/errors";

/** The Fleet tab: the register of cohorts, how lives are typed, and what each key does. */
export function FleetEditor() {
  const f = useFigures();
  const settings = useSettings();
  const editing = useEditing();
  const { scenario } = editing;
  const [cursor, setCursor] = useState({ row: 0, first: 0, last: 0 });
  const follow = useCallback((row: number, first: number, last: number) => setCursor({ row, first, last }), []);
  // One object while the unit and currency stay: the sheet's per-column work is kept.
  const context = useMemo(() => ({ lifeUnit: settings.lives, currency: scenario.currency }), [settings.lives, scenario.currency]);
  const words = useErrorText();
  const [register, setRegister] = useState<RegisterFile | null>(null);
  const [importError, setImportError] = useState<AppError | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const openRegister = async () => {
    setImported(null);
    try {
      setImportError(null);
      setRegister(await unwrap(commands.readFleetRegister()));
    } catch (e) {
      setImportError(e as AppError);
    }
  };
  const sheet = editedRows<Cohort>(editing, (s) => s.cohorts, (s, cohorts) => ({ ...s, cohorts }));
  return (
    <section className="fleet-editor" aria-labelledby="fleet-title">
      <div className="editor-heading">
        <h2 id="fleet-title">{f.t("fleet.heading", { name: scenario.name, count: scenario.cohorts.length })}</h2>
        <label>
          {f.t("fleet.livesIn")}{" "}
          <select id="life-unit" value={settings.lives} onChange={(e) => settings.set({ lives: e.target.value === "months" ? "months" : "years" })}>
            <option value="years">{f.t("fleet.unit.years")}</option>
            <option value="months">{f.t("fleet.unit.months")}</option>
          </select>
        </label>
        <button type="button" className="secondary" id="import-register-file" onClick={() => void openRegister()}>
          {f.t("import.open")}
        </button>
        <span className="muted fleet-keys">{f.t("fleet.keys")}</span>
      </div>
      {importError && (
        <p className="banner banner-error" role="alert" id="import-error">
          {words.whole(importError)}
        </p>
      )}
      {imported !== null && imported > 0 && (
        <p className="banner" role="status" id="import-done">
          {f.t("import.done", { rows: imported })}
        </p>
      )}
      {register && (
        <ImportRegister
          register={register}
          f={f}
          onDone={(rows) => {
            setRegister(null);
            setImported(rows);
          }}
        />
      )}
      <LiveResults f={f} />
      <Sheet
        id="fleet-cell"
        cells="cell"
        label={f.t("fleet.title")}
        model={FLEET_ROWS}
        context={context}
        path="cohorts"
        f={f}
        {...sheet}
        copy={copiedCohort}
        onCursor={follow}
      />
      <CohortDetails index={cursor.row} selected={[cursor.first, cursor.last]} f={f} />
    </section>
  );
}

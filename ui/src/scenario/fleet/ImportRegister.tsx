import { useMemo, useState } from "react";
import type { Cohort, RegisterFile } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { useSettings } from "../../app/settings";
import { engineProblems, planPaste, type PasteProblem } from "../../grid/paste";
import { PasteReview } from "../../grid/PasteReview";
import { useEditing } from "../editing/WorkingCopy";
import { FLEET_COLUMNS, FLEET_ROWS } from "./columns";
import type { DateOrder } from "../../grid/cellText";
import { guessMapping, hasHeader, registerBlock, registerDates, remembered, remember, type Mapping } from "./registerImport";

const PREVIEW_ROWS = 6;

/** A register read from a file: a preview, which of its columns fills each of the grid's
 * (guessed, then chosen, remembered for the same headers), how the file writes decimals and
 * dates (guessed from the file, then chosen; a date order neither the file nor an earlier choice tells must be chosen), and
 * its rows added after the last cohort as one step, once they read and the engine has checked
 * them, like a paste. */
export function ImportRegister({ register, f, onDone }: { register: RegisterFile; f: Figures; onDone(imported: number): void }) {
  const editing = useEditing();
  const { lives } = useSettings();
  const [header, setHeader] = useState(() => hasHeader(register.rows));
  const headers = header ? (register.rows[0] ?? []) : [];
  const [memory] = useState(() => remembered(register.rows[0] ?? []));
  const [mapping, setMapping] = useState<Mapping>(() => memory?.mapping ?? guessMapping(register.rows, hasHeader(register.rows)));
  const [decimal, setDecimal] = useState<"point" | "comma">(register.decimal_comma ? "comma" : "point");
  const [chosenDates, setChosenDates] = useState<DateOrder | null>(null);
  const [problems, setProblems] = useState<PasteProblem[] | null>(null);
  const [dropped, setDropped] = useState<Set<number>>(new Set());
  const width = Math.max(0, ...register.rows.map((r) => r.length));
  const dates = useMemo(() => registerDates(register.rows, header, mapping), [register.rows, header, mapping]);
  // The user's choice, else what the file's dates tell, else what was chosen for its headers.
  const dateOrder = chosenDates ?? dates.order ?? memory?.dates ?? null;
  const block = useMemo(() => registerBlock(register.rows, header, mapping, { decimal, dates: dateOrder }), [register.rows, header, mapping, decimal, dateOrder]);
  const datesUnknown = dates.seen && dateOrder === null;
  const context = { lifeUnit: lives, currency: editing.scenario.currency };
  const fileColumn = (i: number) => `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ""}${headers[i] ? `: ${headers[i]}` : ""}`;

  const run = async (skip: Set<number>) => {
    const at = { row: editing.scenario.cohorts.length, col: 0 };
    const plan = planPaste<Cohort, typeof context>(editing.scenario.cohorts, block, at, FLEET_ROWS, context, skip);
    const found = plan.problems.length > 0 ? plan.problems : engineProblems(plan, "cohorts", FLEET_COLUMNS, await editing.check({ ...editing.scenario, cohorts: plan.rows }));
    if (found.length > 0) {
      setDropped(skip);
      setProblems(found);
      return;
    }
    remember(register.rows[0] ?? [], { mapping, dates: dateOrder });
    editing.apply({ ...editing.scenario, cohorts: plan.rows });
    onDone(plan.written.length);
  };

  return (
    <section className="panel import-register" aria-labelledby="import-title" id="import-register">
      <h3 id="import-title">{f.t("import.title", { name: register.name, rows: block.length })}</h3>
      {register.encoding && register.encoding !== "utf8" && (
        <p className="import-note" id="import-encoding">
          {register.encoding === "windows1252" ? f.t("import.encoding.windows1252") : f.t("import.encoding.gb18030")}
        </p>
      )}
      <label>
        <input type="checkbox" id="import-header" checked={header} onChange={(e) => setHeader(e.target.checked)} /> {f.t("import.header")}
      </label>
      <div className="import-preview">
        <table className="grid" id="import-preview">
          <tbody>
            {register.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r} className={header && r === 0 ? "import-header-row" : undefined}>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c}>{row[c] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="import-mapping" role="group" aria-label={f.t("import.mapping")}>
        {FLEET_COLUMNS.map((column, col) => (
          <label key={column.id}>
            {f.t(column.title)}
            <select
              id={`map-${column.id}`}
              value={mapping[col] ?? ""}
              onChange={(e) => setMapping(mapping.map((m, i) => (i === col ? (e.target.value === "" ? null : Number(e.target.value)) : m)))}
            >
              <option value="">{f.t("import.notImported")}</option>
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={i}>
                  {fileColumn(i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="import-mapping import-writing" role="group" aria-label={f.t("import.writing")}>
        <label>
          {f.t("import.decimal")}
          <select id="import-decimal" value={decimal} onChange={(e) => setDecimal(e.target.value === "comma" ? "comma" : "point")}>
            <option value="point">{f.t("import.decimal.point")}</option>
            <option value="comma">{f.t("import.decimal.comma")}</option>
          </select>
        </label>
        {dates.seen && (
          <label>
            {f.t("import.dates")}
            <select
              id="import-dates"
              value={dateOrder ?? ""}
              aria-describedby={datesUnknown ? "import-dates-hint" : undefined}
              onChange={(e) => setChosenDates(e.target.value === "day_first" || e.target.value === "month_first" ? e.target.value : null)}
            >
              {dateOrder === null && <option value="">{f.t("import.dates.choose")}</option>}
              <option value="day_first">{f.t("import.dates.day_first")}</option>
              <option value="month_first">{f.t("import.dates.month_first")}</option>
            </select>
          </label>
        )}
      </div>
      {datesUnknown && (
        <p className="import-hint" id="import-dates-hint">
          {f.t("import.dates.unknown")}
        </p>
      )}
      {problems ? (
        <PasteReview
          problems={problems}
          titles={FLEET_COLUMNS}
          f={f}
          onDrop={() => void run(new Set([...dropped, ...problems.map((p) => p.blockRow)]))}
          onCancel={() => setProblems(null)}
        />
      ) : (
        <div className="paste-actions">
          <button type="button" id="import-rows" onClick={() => void run(new Set())} disabled={block.length === 0 || datesUnknown}>
            {f.t("import.run", { rows: block.length })}
          </button>
          <button type="button" className="secondary" id="import-cancel" onClick={() => onDone(0)}>
            {f.t("import.cancel")}
          </button>
        </div>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState } from "react";
import type { BookPolicy, FieldIssue, Scenario } from "../../bindings";
import { useFigures, type Figures } from "../../app/useFigures";
import { useSettings, type LifeUnit } from "../../app/settings";
import { issueText } from "../../i18n/issues";
import type { CellProblem } from "../../grid/cellText";
import { useEditing } from "../editing/WorkingCopy";
import { editedRows } from "../editing/editedRows";
import { ASSUMPTION_SECTIONS, fieldOwns, type AssumptionField } from "./fields";
import { Sheet } from "../../grid/Sheet";
import { COMPARED_POLICY_ROWS } from "../fleet/columns";

/** The Assumptions tab: the calendar, costs and site, policies and valuation, each field with
 * the engine's message beside it as soon as its value is not allowed. */
export function AssumptionsEditor() {
  const f = useFigures();
  const { lives } = useSettings();
  const editing = useEditing();
  const currency = editing.scenario.currency;
  const policyContext = useMemo(() => ({ lifeUnit: lives, currency }), [lives, currency]);
  return (
    <section className="assumptions" aria-labelledby="assumptions-title">
      <div className="editor-heading">
        <h2 id="assumptions-title">{f.t("assumptions.heading", { name: editing.scenario.name })}</h2>
      </div>
      <div className="assumption-sections">
        {ASSUMPTION_SECTIONS.map((section) => (
          <fieldset key={section.id} className="panel assumption-section" id={`assumptions-${section.id}`}>
            <legend>{f.t(section.title)}</legend>
            {section.fields.map((field) => (
              <Field
                key={field.path}
                field={field}
                scenario={editing.scenario}
                lives={lives}
                issues={editing.issues.filter((i) => fieldOwns(field.path, i.path))}
                f={f}
                onCommit={editing.apply}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <section className="panel compared-policies" aria-labelledby="compared-policies-title" id="compared-policies">
        <h3 id="compared-policies-title">{f.t("assumptions.compared")}</h3>
        <p className="muted">{f.t("assumptions.comparedHelp")}</p>
        <Sheet
          id="policy-cell"
          cells="policy"
          label={f.t("assumptions.compared")}
          model={COMPARED_POLICY_ROWS}
          context={policyContext}
          path="policies.compared_book_policies"
          f={f}
          {...editedRows<BookPolicy>(editing, (s) => s.policies.compared_book_policies ?? [], (s, compared_book_policies) => ({ ...s, policies: { ...s.policies, compared_book_policies } }))}
        />
      </section>
    </section>
  );
}

/** The id of a field's input, from its path: `costs.pue` is `field-costs-pue`. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-z0-9]+/gi, "-")}`;

/** One assumption: typed text is kept in the field until Enter or leaving it commits it
 * (one undo step), Esc puts the value back; a text that does not read, or a value the engine
 * refuses, is named beside it. */
export function Field({ field, scenario, lives, issues, f, onCommit }: { field: AssumptionField; scenario: Scenario; lives: LifeUnit; issues: FieldIssue[]; f: Figures; onCommit(next: Scenario): void }) {
  const { language } = useSettings();
  const committed = field.text(scenario, lives);
  const [text, setText] = useState(committed);
  const [problem, setProblem] = useState<CellProblem | null>(null);
  useEffect(() => setText(committed), [committed]);
  const id = fieldId(field.path);
  const commit = (value: string) => {
    if (value === committed) {
      setProblem(null);
      return;
    }
    const read = field.write(scenario, value, lives);
    if (read.ok) {
      setProblem(null);
      onCommit(read.value);
    } else setProblem(read.problem);
  };
  const unit = typeof field.unit === "function" ? field.unit(scenario, lives) : field.unit;
  const unitText = unit ? (unit.includes(".") ? f.t(unit) : unit) : null;
  const message = problem ? f.t(`cell.${problem.code}`, problem.params) : issues.length > 0 ? issues.map((i) => issueText(i, language)).join(" ") : null;
  const invalid = message !== null;
  return (
    <div className={`assumption${invalid ? " invalid" : ""}`}>
      <label htmlFor={id}>{f.t(field.label)}</label>
      {field.kind === "choice" ? (
        <select id={id} value={committed} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-message` : undefined} onChange={(e) => commit(e.target.value)}>
          {field.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {f.t(c.words)}
            </option>
          ))}
        </select>
      ) : field.kind === "check" ? (
        <input id={id} type="checkbox" checked={committed === "true"} onChange={(e) => commit(String(e.target.checked))} />
      ) : (
        <input
          id={id}
          className={field.kind === "number" ? "num" : undefined}
          value={text}
          data-undo={text === committed ? "workspace" : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-message` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => commit(text)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit(text);
            if (e.key === "Escape") {
              setText(committed);
              setProblem(null);
            }
          }}
        />
      )}
      {unitText && <span className="assumption-unit">{unitText}</span>}
      {message && (
        <span className="field-error" id={`${id}-message`} role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

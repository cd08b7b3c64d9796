import { useMemo } from "react";
import type { ChangeInEstimate, Cohort, Contract, Scenario } from "../../bindings";
import type { Figures } from "../../app/useFigures";
import { useSettings } from "../../app/settings";
import { map, required } from "../../grid/cellText";
import { Sheet } from "../../grid/Sheet";
import { Field } from "../assumptions/AssumptionsEditor";
import { fieldOwns, type AssumptionField } from "../assumptions/fields";
import { useEditing } from "../editing/WorkingCopy";
import { editedRows } from "../editing/editedRows";
import { CHANGE_ROWS, CONTRACT_FIELDS } from "./cohortDetails";

/** Below the register, the cohort at the cursor: its dated changes in estimate (a sheet) and
 * its contract (fields), each with the engine's messages. */
export function CohortDetails({ index, selected, f }: { index: number; selected: [number, number]; f: Figures }) {
  const editing = useEditing();
  const { lives } = useSettings();
  const { scenario } = editing;
  const cohort = scenario.cohorts[index];
  const context = useMemo(() => ({ lifeUnit: lives }), [lives]);
  const withCohort = (change: Partial<Cohort>): Scenario => ({ ...scenario, cohorts: scenario.cohorts.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const contractFields = useMemo<AssumptionField[]>(
    () =>
      CONTRACT_FIELDS.map(({ key, label, read }) => ({
        path: `cohorts[${index}].contract.${key}`,
        label,
        kind: key === "start" || key === "end" ? "text" : "number",
        text: (s) => s.cohorts[index]?.contract?.[key] ?? "",
        write: (s, t) =>
          map(required(read(t)), (v) => ({
            ...s,
            cohorts: s.cohorts.map((c, i) => (i === index && c.contract ? { ...c, contract: { ...c.contract, [key]: v } } : c)),
          })),
      })),
    [index],
  );
  if (!cohort) return null;
  // ASC 250 revisions often cover a whole vintage: this cohort's changes copied to every
  // cohort of the selection, as one step.
  const [first, last] = [selected[0], Math.min(selected[1], scenario.cohorts.length - 1)];
  const others = last - first + 1;
  const applyToSelection = () =>
    editing.apply({
      ...scenario,
      cohorts: scenario.cohorts.map((c, i) => (i >= first && i <= last ? { ...c, changes_in_estimate: cohort.changes_in_estimate } : c)),
    });
  const newContract = (): Contract => ({ price_per_gpu_hour: "2.00", share_of_hours: "0.5", start: cohort.in_service, end: cohort.planned_retirement ?? cohort.in_service });
  return (
    <section className="cohort-details panel" aria-labelledby="cohort-details-title" id="cohort-details">
      <h3 id="cohort-details-title">{f.t("cohort.details", { id: cohort.id })}</h3>
      <div className="cohort-parts">
        <div>
          <h4>{f.t("cohort.changes")}</h4>
          <Sheet
            id="change-cell"
            cells="change"
            label={f.t("cohort.changes")}
            model={CHANGE_ROWS}
            context={context}
            path={`cohorts[${index}].changes_in_estimate`}
            f={f}
            {...editedRows<ChangeInEstimate>(editing, (s) => s.cohorts[index]?.changes_in_estimate ?? [], (s, changes_in_estimate) => ({ ...s, cohorts: s.cohorts.map((c, i) => (i === index ? { ...c, changes_in_estimate } : c)) }))}
          />
          {others > 1 && (
            <button type="button" className="secondary" id="changes-to-selection" onClick={applyToSelection}>
              {f.t("cohort.changesToSelection", { count: others })}
            </button>
          )}
        </div>
        <div>
          <h4>{f.t("cohort.contract")}</h4>
          {cohort.contract ? (
            <>
              {contractFields.map((field) => (
                <Field key={field.path} field={field} scenario={scenario} lives={lives} issues={editing.issues.filter((i) => fieldOwns(field.path, i.path))} f={f} onCommit={editing.apply} />
              ))}
              <button type="button" className="secondary" id="remove-contract" onClick={() => editing.apply(withCohort({ contract: null }))}>
                {f.t("cohort.removeContract")}
              </button>
            </>
          ) : (
            <button type="button" className="secondary" id="add-contract" onClick={() => editing.apply(withCohort({ contract: newContract() }))}>
              {f.t("cohort.addContract")}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

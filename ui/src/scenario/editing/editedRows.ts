import type { Scenario } from "../../bindings";
import type { Editing } from "./WorkingCopy";

/** A list of the scenario's rows as a sheet edits it: the rows, the engine's problems, a
 * gesture's rows applied (one undo step) and a pasted block's rows checked, through `get` and
 * `put` (where in the scenario the list is). */
export function editedRows<Row>(editing: Editing, get: (s: Scenario) => readonly Row[], put: (s: Scenario, rows: Row[]) => Scenario) {
  return {
    rows: get(editing.scenario),
    issues: editing.issues,
    onChange: (rows: Row[]) => editing.apply(put(editing.scenario, rows)),
    check: (rows: Row[]) => editing.check(put(editing.scenario, rows)),
  };
}

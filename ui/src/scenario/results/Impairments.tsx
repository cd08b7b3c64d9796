import type { ScenarioResults } from "../../bindings";
import { DataTable } from "../../table/DataTable";
import { Panel } from "../../charts/Panel";
import type { Figures } from "../../app/useFigures";

/** The impairment tests that failed (listed, or summed by GPU, vintage and year for a large
 * fleet) and how many passed. */
export function Impairments({ results, f }: { results: ScenarioResults; f: Figures }) {
  const { failed, passed } = results.impairment;
  const currency = results.currency;
  const none = failed.kind === "listed" ? failed.tests.length === 0 : failed.groups.length === 0;
  return (
    <Panel id="impairment" title={f.t("results.impairment")} unit={f.t("results.unit", { currency })}>
      {none ? (
        <p>{f.t("results.impairmentNone", { passed: f.count(passed) })}</p>
      ) : failed.kind === "listed" ? (
        <DataTable
          id="impairment-table"
          columns={[
            { header: f.t("Cohort") },
            { header: f.t("Month") },
            { header: f.t("Trigger") },
            { header: f.t("CarryingAmount"), numeric: true },
            { header: f.t("RecoverabilityMeasure"), numeric: true },
            { header: f.t("Loss"), numeric: true },
          ]}
          rows={failed.tests.map((t) => [
            t.cohort_id,
            f.month(t.month),
            f.t(`results.trigger.${t.trigger}`),
            f.thousands(t.carrying_amount),
            f.thousands(t.recoverability_measure),
            f.thousands(t.loss),
          ])}
        />
      ) : (
        <DataTable
          id="impairment-table"
          columns={[
            { header: f.t("GpuAndYearInService") },
            { header: f.t("FiscalYear") },
            { header: f.t("FailedTests"), numeric: true },
            { header: f.t("CarryingAmount"), numeric: true },
            { header: f.t("Loss"), numeric: true },
          ]}
          rows={failed.groups.map((g) => [`${g.sku} ${g.vintage}`, f.fiscalYear(g.fiscal_year), f.count(g.failed_tests), f.thousands(g.carrying_amount), f.thousands(g.loss)])}
        />
      )}
      {!none && <p className="muted">{f.t("results.impairmentPassed", { passed: f.count(passed) })}</p>}
    </Panel>
  );
}

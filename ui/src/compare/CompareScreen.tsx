import { useEffect, useMemo } from "react";
import { useRouter } from "@tanstack/react-router";
import { openBriefing } from "../briefing/queries";
import type { AppError, ComparedItem, Comparison } from "../bindings";
import { lastOpenedScenario } from "../app/scenarioMemory";
import { Chart } from "../charts/Chart";
import { Panel } from "../charts/Panel";
import { Sections } from "../charts/Sections";
import { DataTable } from "../table/DataTable";
import { useErrorText } from "../app/errors";
import { useFigures, type Figures } from "../app/useFigures";
import { useSettings } from "../app/settings";
import { useScenarioList, WHOLE_LIBRARY } from "../library/queries";
import { useMeetingPack } from "../pack/ExportPanel";
import { ComparePicker } from "./ComparePicker";
import { lastComparison, rememberComparison, startingColumns } from "./columns";
import { columnNames, figuresTable, npvChart, yearCharts } from "./comparison";
import { useComparison } from "./queries";


/** Two to four scenarios, or versions of one, side by side (the route holds which, so the
 * comparison reopens as it was): the key figures with their differences from the first, and
 * every measure by fiscal year overlaid, each chart with its table. */
export function CompareScreen({ items, onChange }: { items: ComparedItem[]; onChange: (items: ComparedItem[]) => void }) {
  const f = useFigures();
  const words = useErrorText();
  const scenarios = useScenarioList(WHOLE_LIBRARY);
  const comparison = useComparison(items);
  const router = useRouter();
  const pack = useMeetingPack(items, comparison.data?.versions);
  // Compare opened from the menu or from a scenario's Results starts with two columns.
  useEffect(() => {
    rememberComparison(items);
    if (items.length >= 2 || !scenarios.data) return;
    const start = startingColumns(items, scenarios.data, lastOpenedScenario(), lastComparison());
    if (start.length > items.length) onChange(start);
  }, [items, scenarios.data]);
  return (
    <div className="compare" id="compare">
      <h2 id="compare-title" tabIndex={-1}>
        {f.t("compare.title")}
      </h2>
      {scenarios.data && <ComparePicker items={items} scenarios={scenarios.data} onChange={onChange} />}
      {items.length < 2 && <p className="muted">{f.t("compare.needTwo")}</p>}
      {comparison.isPending && items.length >= 2 && <p className="muted">{f.t("compare.loading")}</p>}
      {comparison.isError && (
        <p className="banner banner-error" role="alert">
          {f.t("compare.failed", { reason: words.whole(comparison.error as unknown as AppError) })}
        </p>
      )}
      {comparison.data && (
        <>
          <div className="briefing-actions">
            <button type="button" className="secondary" id="open-briefing" onClick={() => void openBriefing(router, items)}>
              {f.t("briefing.open")}
            </button>
            <button type="button" className="secondary" id="open-pack" onClick={pack.open}>
              {f.t("lib.pack")}
            </button>
          </div>
          {pack.panel}
          <Compared c={comparison.data} f={f} />
        </>
      )}
    </div>
  );
}

function Compared({ c, f }: { c: Comparison; f: Figures }) {
  const { language } = useSettings();
  const names = useMemo(() => columnNames(c, f, language), [c, f, language]);
  const table = useMemo(() => figuresTable(c, names, f), [c, names, f]);
  const npv = useMemo(() => npvChart(c, names, f), [c, names, f]);
  const charts = useMemo(() => yearCharts(c, names, f), [c, names, f]);
  const sections = useMemo(
    () => [["compare-figures", f.t("results.keyFigures")] as const, ["compare-npv", f.t("NetPresentValue")] as const, ...charts.map((c) => [c.id, f.t(`compare.section.${c.id}`)] as const)],
    [charts, f],
  );
  return (
    <div className="results-grid">
      <Sections sections={sections} label={f.t("results.sections")} />
      <Panel id="compare-figures" title={f.t("results.keyFigures")}>
        <DataTable id="compare-figures-table" columns={table.columns} rows={table.rows} />
        <p className="muted">{f.t("compare.baseNote", { name: names[0] })}</p>
      </Panel>
      <Panel id="compare-npv" title={f.t("compare.chart.npv")} unit={f.t("results.unit", { currency: c.view.currency })} chart={<Chart option={npv.chart} theme={f.theme} label={f.t("compare.chart.npv")} id="compare-npv-chart" />}>
        <DataTable id="compare-npv-table" columns={npv.columns} rows={npv.rows} />
      </Panel>
      {charts.map((m) => (
        <Panel key={m.id} id={m.id} title={m.title} unit={m.unit} chart={<Chart option={m.chart} theme={f.theme} label={m.title} id={`${m.id}-chart`} />}>
          <DataTable id={`${m.id}-table`} columns={m.columns} rows={m.rows} />
        </Panel>
      ))}
    </div>
  );
}

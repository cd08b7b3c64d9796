import { useMemo, useState } from "react";
import { Channel } from "@tauri-apps/api/core";
import { commands, type AppError, type SensitivityAnswers, type SensitivityProgress } from "../../bindings";
import { Chart } from "../../charts/Chart";
import { useErrorText } from "../../app/errors";
import { DataTable } from "../../table/DataTable";
import { Panel } from "../../charts/Panel";
import { glossaryKey, tornadoCharts, tornadoTable } from "./tornado";
import type { Figures } from "../../app/useFigures";

type State =
  | { kind: "idle" }
  | { kind: "running"; progress: SensitivityProgress | null }
  | { kind: "cancelled" }
  | { kind: "failed"; reason: string }
  | { kind: "done"; answers: SensitivityAnswers };

/** The tornado of NPV and cumulative EBIT and the break-even answers: dozens of model runs,
 * started by the user, with progress, and cancellable. */
export function Sensitivity({ scenarioId, currency, f }: { scenarioId: string; currency: string; f: Figures }) {
  const words = useErrorText();
  const [state, setState] = useState<State>({ kind: "idle" });
  // The last step reported, kept on the panel (data-progress) for the end-to-end test.
  const [lastStep, setLastStep] = useState<string | undefined>(undefined);
  const run = async () => {
    setState({ kind: "running", progress: null });
    const channel = new Channel<SensitivityProgress>();
    channel.onmessage = (progress) => {
      setLastStep(`${progress.done}/${progress.total}`);
      setState((s) => (s.kind === "running" ? { kind: "running", progress } : s));
    };
    const result = await commands.scenarioSensitivity(scenarioId, channel);
    if (result.status === "error") {
      const error = result.error as AppError;
      setState({ kind: "failed", reason: words.whole(error) });
    } else {
      setState(result.data ? { kind: "done", answers: result.data } : { kind: "cancelled" });
    }
  };
  const answers = state.kind === "done" ? state.answers : null;
  const charts = useMemo(() => answers && tornadoCharts(answers, currency, f), [answers, currency, f]);
  const table = useMemo(() => answers && tornadoTable(answers, f), [answers, f]);
  return (
    <Panel
      id="sensitivity"
      title={f.t("results.sensitivity")}
      unit={f.t("results.unit", { currency })}
      chart={
        charts ? (
          <div className="chart-stack">
            <figure>
              <figcaption>{f.t("TornadoChartTitle")}</figcaption>
              <Chart option={charts.npv} theme={f.theme} label={f.t("TornadoChartTitle")} id="tornado-chart" tall />
            </figure>
            <figure>
              <figcaption>{f.t("TornadoEbitChartTitle")}</figcaption>
              <Chart option={charts.ebit} theme={f.theme} label={f.t("TornadoEbitChartTitle")} id="tornado-ebit-chart" tall />
            </figure>
          </div>
        ) : undefined
      }
    >
      {state.kind === "running" ? (
        <div className="progress" role="status" id="sensitivity-progress">
          <progress max={state.progress?.total ?? 1} value={state.progress?.done ?? 0} />{" "}
          {f.t("results.sensitivityProgress", { done: state.progress?.done ?? 0, total: state.progress?.total ?? 0 })}{" "}
          <button type="button" className="secondary" id="cancel-sensitivity" onClick={() => void commands.cancelSensitivity()}>
            {f.t("lib.cancel")}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" id="run-sensitivity" onClick={() => void run()}>
            {f.t(answers ? "results.sensitivityAgain" : "results.sensitivityRun")}
          </button>{" "}
          {state.kind === "cancelled" && (
            <span className="muted" id="sensitivity-cancelled">
              {f.t("results.sensitivityCancelled")}
            </span>
          )}
          {state.kind === "failed" && <span className="field-error">{state.reason}</span>}
        </p>
      )}
      {answers && (
        <div data-progress={lastStep} id="sensitivity-answers">
          <p className="muted">{f.t("results.sensitivityPercent", { percent: f.fixed(answers.percent, 0) })}</p>
          {table && <DataTable id="tornado-table" columns={table.columns} rows={table.rows} />}
          <DataTable
            id="break-even-table"
            columns={[
              { header: f.t("Variable") },
              { header: f.t("Target") },
              { header: f.t("TargetToday"), numeric: true },
              { header: f.t("ZeroAtMultipleOfToday"), numeric: true },
            ]}
            rows={answers.break_even.map((b) => [
              f.t(glossaryKey(b.variable)),
              f.t(glossaryKey(b.target)),
              f.thousands(b.current),
              b.multiple ? `${f.fixed(b.multiple, 2)}×` : f.t("NoBreakEvenInRange"),
            ])}
          />
        </div>
      )}
    </Panel>
  );
}

import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useRouter } from "@tanstack/react-router";
import { openBriefing } from "../../briefing/queries";
import { useMeetingPack } from "../../pack/ExportPanel";
import type { AppError } from "../../bindings";
import { useErrorText } from "../../app/errors";
import { FleetOverTime } from "./FleetOverTime";
import { Impairments } from "./Impairments";
import { KeyFigures } from "./KeyFigures";
import { LifeAndValue } from "./LifeAndValue";
import { PolicyComparison } from "./PolicyComparison";
import { useScenarioResults } from "./queries";
import { Sections } from "../../charts/Sections";
import { Sensitivity } from "./Sensitivity";
import { useFigures } from "../../app/useFigures";
import { useSettings } from "../../app/settings";
import { issueText } from "../../i18n/issues";
import { useEditing } from "../editing/WorkingCopy";
import { tabOfPath } from "../tabs";

/** The Results' sections in screen order: each panel's id and its short name's key. */
const RESULTS_SECTIONS = [
  ["key-figures", "results.section.keyFigures"],
  ["policy-comparison", "results.section.policies"],
  ["margin-by-age", "results.section.margin"],
  ["economic-lives", "results.section.lives"],
  ["book-vs-economic", "results.section.value"],
  ["composition", "results.section.fleet"],
  ["tiers", "results.section.tiers"],
  ["impairment", "results.section.impairment"],
  ["sensitivity", "results.section.sensitivity"],
] as const;

/** A scenario's Results: every analysis of PRODUCT.md §2.3 the engine's views hold, each
 * chart beside the table of its figures. */
export function ResultsScreen({ scenarioId }: { scenarioId: string }) {
  const f = useFigures();
  const words = useErrorText();
  const results = useScenarioResults(scenarioId);
  const editing = useEditing();
  const { language } = useSettings();
  const router = useRouter();
  const pack = useMeetingPack([{ scenario_id: scenarioId, version_id: null }]);
  // The panels below the key figures and the policy comparison mount once its chart has
  // drawn: the first chart is on screen sooner (docs/PERFORMANCE.md), and the rest fill in
  // top-down a frame later rather than all in one long frame.
  const [below, setBelow] = useState(false);
  const showBelow = useCallback(() => requestAnimationFrame(() => setBelow(true)), []);
  // Opening a scenario takes the keyboard to its Results, as a screen reader expects too.
  const title = useRef<HTMLHeadingElement>(null);
  const arrived = results.isSuccess;
  useEffect(() => {
    if (arrived) title.current?.focus({ preventScroll: true });
  }, [arrived, scenarioId]);
  if (results.isPending) return <p className="muted">{f.t("results.loading")}</p>;
  const error = results.error as unknown as AppError | null;
  if (results.isError && error?.kind === "invalid")
    // The working copy cannot be run: say which fields stop it, each a way to the field.
    return (
      <div className="banner banner-error" role="alert" id="results-blocked">
        <p>{f.t("results.blocked")}</p>
        <ul>
          {error.issues.map((issue) => (
            <li key={issue.path + issue.code}>
              <Link to="/scenario/$scenarioId" params={{ scenarioId }} search={{ tab: tabOfPath(issue.path) }}>
                {issue.path}
              </Link>
              {": "}
              {issueText(issue, language)}
            </li>
          ))}
        </ul>
      </div>
    );
  if (results.isError)
    return (
      <p className="banner banner-error" role="alert">
        {f.t("results.failed", { reason: words.whole(results.error as unknown as AppError) })}
      </p>
    );
  const r = results.data;
  return (
    <div className={`results${editing.stale ? " stale" : ""}`} id="results" aria-busy={editing.stale}>
      <div className="results-heading">
        <h2 id="results-title" tabIndex={-1} ref={title}>
          {f.t("results.title", { name: r.name })}
        </h2>
        {editing.stale && (
          <span className="stale-badge" id="results-stale" role="status">
            {f.t("results.updating")}
          </span>
        )}
        <Link to="/compare" search={{ items: [{ scenario_id: scenarioId, version_id: null }] }} id="compare-with">
          {f.t("results.compareWith")}
        </Link>
        <button type="button" className="link" id="open-pack" onClick={pack.open}>
          {f.t("lib.pack")}
        </button>
        <button type="button" className="link" id="open-briefing" onClick={() => void openBriefing(router, [{ scenario_id: scenarioId, version_id: null }])}>
          {f.t("briefing.open")}
        </button>
      </div>
      {pack.panel}
      <Sections sections={RESULTS_SECTIONS.map(([id, key]) => [id, f.t(key)] as const)} label={f.t("results.sections")} />
      <div className="results-grid">
        <KeyFigures results={r} f={f} />
        <PolicyComparison results={r} f={f} onDrawn={showBelow} />
        {below && (
          <>
            <LifeAndValue results={r} f={f} />
            <FleetOverTime results={r} f={f} />
            <Impairments results={r} f={f} />
            <Sensitivity scenarioId={scenarioId} currency={r.currency} f={f} />
          </>
        )}
      </div>
    </div>
  );
}

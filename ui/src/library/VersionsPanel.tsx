import { useState } from "react";
import { useSettings } from "../app/settings";
import { useT } from "../i18n/useT";
import { useQuery } from "@tanstack/react-query";
import { commands, type ScenarioSummary } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { formatTimestamp, usableLocale } from "../app/format";
import { formatDecimal } from "../app/money";
import { LIBRARY_KEY, useLibraryMutation, useVersions } from "./queries";

/** Every saved version of a scenario, newest first; any can be made current again. */
export function VersionsPanel({ scenario, onClose }: { scenario: ScenarioSummary; onClose: () => void }) {
  const locale = useSettings().language;
  const versions = useVersions(scenario.id);
  const restore = useLibraryMutation((versionId: string) => unwrap(commands.restoreVersion(versionId)));
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const t = useT();
  const words = useErrorText();
  const current = versions.data?.[0]?.id ?? null;
  return (
    <aside className="versions" aria-label={t("lib.versionsOf", { name: scenario.name })}>
      <div className="versions-heading">
        <h3>{t("lib.versionsOf", { name: scenario.name })}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t("lib.close")}
        </button>
      </div>
      {restore.error && <p className="field-error">{words.whole(restore.error)}</p>}
      <ol>
        {(versions.data ?? []).map((v, i) => (
          <li key={v.id}>
            <span className="num">{formatTimestamp(v.saved_at, locale)}</span> <span>{v.note ?? t("lib.saved")}</span>
            {i === 0 ? (
              <span className="muted"> {t("lib.current")}</span>
            ) : (
              <>
                <button type="button" className="link" onClick={() => restore.mutate(v.id)}>
                  {t("lib.restore")}
                </button>
                <button type="button" className="link compare-version" onClick={() => setCompareWith(v.id)}>
                  {t("lib.compare")}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {compareWith && current && <VersionComparison older={compareWith} current={current} locale={locale} />}
    </aside>
  );
}

function VersionComparison({ older, current, locale }: { older: string; current: string; locale: string }) {
  const comparison = useQuery({
    queryKey: [...LIBRARY_KEY, "compare", older, current],
    queryFn: () => unwrap(commands.compareVersions(older, current)),
  });
  const loc = usableLocale(locale);
  const t = useT();
  const words = useErrorText();
  if (comparison.isPending) return <p className="muted">{t("lib.computingVersions")}</p>;
  if (comparison.error) return <p className="field-error">{words.whole(comparison.error as never) || t("lib.versionsFailed")}</p>;
  const [then, now] = comparison.data.figures;
  const delta = comparison.data.deltas[1];
  const rows: [string, string, string, string][] = [
    [t("Npv"), then.npv, now.npv, delta.npv],
    [t("CumulativeEbit"), then.cumulative_ebit, now.cumulative_ebit, delta.cumulative_ebit],
    [t("CumulativeFreeCashFlow"), then.cumulative_free_cash_flow, now.cumulative_free_cash_flow, delta.cumulative_free_cash_flow],
  ];
  return (
    <table className="grid compact" id="version-comparison">
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col" className="num">{t("lib.older")}</th>
          <th scope="col" className="num">{t("lib.currentVersion")}</th>
          <th scope="col" className="num">{t("lib.change")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, a, b, d]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{formatDecimal(a, loc)}</td>
            <td className="num">{formatDecimal(b, loc)}</td>
            <td className="num">{formatDecimal(d, loc, { parentheses: true })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

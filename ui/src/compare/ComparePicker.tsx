import type { ComparedItem, ScenarioSummary } from "../bindings";
import { formatTimestamp } from "../app/format";
import { useSettings } from "../app/settings";
import { useT } from "../i18n/useT";
import { useVersions } from "../library/queries";
import { MAX_COLUMNS } from "./columns";

/** The columns of a comparison, each a scenario and one of its versions (the current one
 * unless a saved one is chosen); the first is the base of the differences. */
export function ComparePicker({ items, scenarios, onChange }: { items: ComparedItem[]; scenarios: ScenarioSummary[]; onChange: (items: ComparedItem[]) => void }) {
  const t = useT();
  const set = (i: number, item: ComparedItem) => onChange(items.map((old, j) => (j === i ? item : old)));
  // A new column starts on a scenario not compared yet, else on the last one (another version).
  const unused = scenarios.find((s) => !items.some((i) => i.scenario_id === s.id)) ?? scenarios[0];
  return (
    <div className="compare-picker" role="group" aria-label={t("compare.pick")}>
      <p className="muted">{t("compare.pick")}</p>
      <ol>
        {items.map((item, i) => (
          <li key={i} className="compare-column-pick">
            <label>
              {i === 0 ? t("compare.base") : t("compare.column", { n: i + 1 })}{" "}
              <select
                className="compare-scenario"
                value={item.scenario_id}
                onChange={(e) => set(i, { scenario_id: e.target.value, version_id: null })}
              >
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <VersionPick item={item} onChange={(version_id) => set(i, { ...item, version_id })} />
            {items.length > 2 && (
              <button type="button" className="link" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                {t("compare.remove")}
              </button>
            )}
          </li>
        ))}
      </ol>
      {items.length < MAX_COLUMNS && unused && (
        <button type="button" id="compare-add" className="secondary" onClick={() => onChange([...items, { scenario_id: unused.id, version_id: null }])}>
          {t("compare.add")}
        </button>
      )}
    </div>
  );
}

function VersionPick({ item, onChange }: { item: ComparedItem; onChange: (versionId: string | null) => void }) {
  const t = useT();
  const locale = useSettings().language;
  const versions = useVersions(item.scenario_id);
  return (
    <label>
      {t("compare.version")}{" "}
      <select className="compare-version-pick" value={item.version_id ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t("compare.current")}</option>
        {(versions.data ?? []).slice(1).map((v) => (
          <option key={v.id} value={v.id}>
            {formatTimestamp(v.saved_at, locale)}
            {v.note ? ` · ${v.note}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

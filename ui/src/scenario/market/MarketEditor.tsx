import { useCallback, useMemo, useState } from "react";
import type { DatedValue, Market, PriceCurve, ResidualPoint, Scenario } from "../../bindings";
import { useFigures, type Figures } from "../../app/useFigures";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import { readFraction, readNumber } from "../../grid/cellText";
import { Sheet } from "../../grid/Sheet";
import { useEditing } from "../editing/WorkingCopy";
import { usePriceCurves } from "../results/queries";
import { editedRows } from "../editing/editedRows";
import { CURVE_ROWS, RESIDUAL_ROWS, datedColumns, datedRows } from "./columns";

const PRICE_POINTS = datedRows(datedColumns("market.col.price", readNumber, ({ currency }) => `${currency}/h`));
const UTILISATION_POINTS = datedRows(datedColumns("market.col.utilisation", readFraction));

/** The Market tab: rental price curves with the points of the one at the cursor beside its
 * chart, utilisation by tier, and residual values by age. */
export function MarketEditor() {
  const f = useFigures();
  const editing = useEditing();
  const { scenario } = editing;
  const market = scenario.market;
  const context = useMemo(() => ({ currency: scenario.currency }), [scenario.currency]);
  const [curveAt, setCurveAt] = useState(0);
  const followCurve = useCallback((row: number) => setCurveAt(row), []);
  const [tierAt, setTierAt] = useState(0);
  const [skuAt, setSkuAt] = useState(0);
  const curve = market.price_curves[curveAt];
  const utilisation = market.utilisation[tierAt];
  const residual = market.residual_values[skuAt];
  // A tier or a SKU the market has no values for yet gets them from here (a starting point to
  // edit: 70 % sold from the first month; the full cost at age 0).
  const missingTiers = (["training", "inference", "other"] as const).filter((t) => !market.utilisation.some((u) => u.tier === t));
  const missingSkus = scenario.catalog.map((s) => s.id).filter((id) => !market.residual_values.some((r) => r.sku === id));
  /** The scenario with one part of its market changed. */
  const withMarket = (s: Scenario, change: Partial<Market>): Scenario => ({ ...s, market: { ...s.market, ...change } });
  const curves = editedRows<PriceCurve>(editing, (s) => s.market.price_curves, (s, price_curves) => withMarket(s, { price_curves }));
  const points = editedRows<DatedValue>(
    editing,
    (s) => {
      const shape = s.market.price_curves[curveAt]?.shape;
      return shape?.kind === "points" ? shape.points : [];
    },
    (s, points) => withMarket(s, { price_curves: s.market.price_curves.map((c, i) => (i === curveAt ? { ...c, shape: { kind: "points", points } } : c)) }),
  );
  const tierPoints = editedRows<DatedValue>(
    editing,
    (s) => s.market.utilisation[tierAt]?.points ?? [],
    (s, points) => withMarket(s, { utilisation: s.market.utilisation.map((u, i) => (i === tierAt ? { ...u, points } : u)) }),
  );
  const residualPoints = editedRows<ResidualPoint>(
    editing,
    (s) => s.market.residual_values[skuAt]?.points ?? [],
    (s, points) => withMarket(s, { residual_values: s.market.residual_values.map((r, i) => (i === skuAt ? { ...r, points } : r)) }),
  );
  return (
    <section className="market-editor" aria-labelledby="market-title">
      <div className="editor-heading">
        <h2 id="market-title">{f.t("market.heading", { name: scenario.name })}</h2>
      </div>
      <h3 className="editor-subheading">{f.t("market.curves")}</h3>
      <Sheet
        id="curve-cell"
        cells="curve"
        label={f.t("market.curves")}
        model={CURVE_ROWS}
        context={context}
        path="market.price_curves"
        f={f}
        {...curves}
        onCursor={followCurve}
      />
      <div className="market-pair">
        <div>
          <h3 className="editor-subheading" id="points-title">
            {curve ? f.t("market.pointsOf", { sku: curve.sku, tier: f.t(`results.tier.${curve.tier}`) }) : f.t("market.noCurve")}
          </h3>
          {curve?.shape.kind === "points" ? (
            <Sheet
              id="point-cell"
              cells="point"
              label={f.t("market.points")}
              model={PRICE_POINTS}
              context={context}
              path={`market.price_curves[${curveAt}].shape.points`}
              f={f}
              {...points}
            />
          ) : (
            curve && <p className="muted">{f.t("market.generatedHelp")}</p>
          )}
        </div>
        {curve && <CurveChart scenarioId={editing.scenarioId} index={curveAt} unit={`${scenario.currency}/h`} f={f} label={f.t("market.pointsOf", { sku: curve.sku, tier: f.t(`results.tier.${curve.tier}`) })} />}
      </div>
      <div className="market-pair">
        <div>
          <h3 className="editor-subheading">
            {f.t("market.utilisation")}{" "}
            <select id="utilisation-tier" value={tierAt} onChange={(e) => setTierAt(Number(e.target.value))} aria-label={f.t("market.col.tier")}>
              {market.utilisation.map((u, i) => (
                <option key={u.tier} value={i}>
                  {f.t(`results.tier.${u.tier}`)}
                </option>
              ))}
            </select>
          </h3>
          {missingTiers.length > 0 && (
            <button type="button" className="secondary" id="add-utilisation" onClick={() => editing.apply(withMarket(scenario, { utilisation: [...market.utilisation, { tier: missingTiers[0], points: [{ month: scenario.start_month, value: "0.7" }] }] }))}>
              {f.t("market.addUtilisation", { tier: f.t(`results.tier.${missingTiers[0]}`) })}
            </button>
          )}
          {utilisation && (
            <Sheet
              id="utilisation-cell"
              cells="utilisation"
              label={f.t("market.utilisation")}
              model={UTILISATION_POINTS}
              context={context}
              path={`market.utilisation[${tierAt}].points`}
              f={f}
              {...tierPoints}
            />
          )}
        </div>
        <div>
          <h3 className="editor-subheading">
            {f.t("market.residuals")}{" "}
            <select id="residual-sku" value={skuAt} onChange={(e) => setSkuAt(Number(e.target.value))} aria-label={f.t("market.col.sku")}>
              {market.residual_values.map((r, i) => (
                <option key={r.sku} value={i}>
                  {r.sku}
                </option>
              ))}
            </select>
          </h3>
          {missingSkus.length > 0 && (
            <button type="button" className="secondary" id="add-residuals" onClick={() => editing.apply(withMarket(scenario, { residual_values: [...market.residual_values, { sku: missingSkus[0], source: "", points: [{ age_months: 0, fraction_of_cost: "1" }] }] }))}>
              {f.t("market.addResiduals", { sku: missingSkus[0] })}
            </button>
          )}
          {residual && (
            <>
              <Sheet
                id="residual-cell"
                cells="residual"
                label={f.t("market.residuals")}
                model={RESIDUAL_ROWS}
                context={context}
                path={`market.residual_values[${skuAt}].points`}
                f={f}
                {...residualPoints}
              />
              <p className="muted">{f.t("market.source", { source: residual.source })}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** A price curve month by month as the model reads it (its points or its parameters are in
 * the sheets beside it). */
function CurveChart({ scenarioId, index, unit, f, label }: { scenarioId: string; index: number; unit: string; f: Figures; label: string }) {
  const curves = usePriceCurves(scenarioId);
  const option = useMemo(() => {
    const data = curves.data;
    const curve = data?.curves[index];
    if (!data || !curve) return null;
    return categoryChart(data.months.map((m) => f.month(m)), [{ name: label, values: curve.prices.map((p) => chartValue(p)), kind: "line" }], [unit]);
  }, [curves.data, index, unit, f, label]);
  if (!option) return null;
  return (
    <div className="market-chart">
      <Chart option={option} theme={f.theme} label={label} id="curve-chart" />
    </div>
  );
}

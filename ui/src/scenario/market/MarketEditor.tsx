import { useCallback, useMemo, useState } from "react";
import type { DatedValue, Market, PriceCurve, ResidualPoint } from "../../bindings";
import { useFigures, type Figures } from "../../app/useFigures";
import { Chart } from "../../charts/Chart";
import { categoryChart } from "../../charts/options";
import { chartValue } from "../../app/numbers";
import { readFraction, readNumber } from "../../grid/cellText";
import { Sheet } from "../../grid/Sheet";
import { useEditing } from "../editing/WorkingCopy";
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
  const put = useCallback((change: Partial<Market>) => editing.apply({ ...scenario, market: { ...market, ...change } }), [editing, scenario, market]);
  const checkMarket = useCallback((change: Partial<Market>) => editing.check({ ...scenario, market: { ...market, ...change } }), [editing, scenario, market]);
  const [curveAt, setCurveAt] = useState(0);
  const [tierAt, setTierAt] = useState(0);
  const [skuAt, setSkuAt] = useState(0);
  const curve = market.price_curves[curveAt];
  const withCurve = (points: DatedValue[]): PriceCurve[] => market.price_curves.map((c, i) => (i === curveAt ? { ...c, shape: { kind: "points", points } } : c));
  const utilisation = market.utilisation[tierAt];
  const withUtilisation = (points: DatedValue[]) => market.utilisation.map((u, i) => (i === tierAt ? { ...u, points } : u));
  const residual = market.residual_values[skuAt];
  const withResidual = (points: ResidualPoint[]) => market.residual_values.map((r, i) => (i === skuAt ? { ...r, points } : r));
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
        rows={market.price_curves}
        model={CURVE_ROWS}
        context={context}
        path="market.price_curves"
        issues={editing.issues}
        f={f}
        onChange={(price_curves) => put({ price_curves })}
        check={(price_curves) => checkMarket({ price_curves })}
        onCursor={setCurveAt}
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
              rows={curve.shape.points}
              model={PRICE_POINTS}
              context={context}
              path={`market.price_curves[${curveAt}].shape.points`}
              issues={editing.issues}
              f={f}
              onChange={(points) => put({ price_curves: withCurve(points) })}
              check={(points) => checkMarket({ price_curves: withCurve(points) })}
            />
          ) : (
            curve && <p className="muted">{f.t("market.generatedHelp")}</p>
          )}
        </div>
        {curve?.shape.kind === "points" && <PointsChart points={curve.shape.points} unit={`${scenario.currency}/h`} f={f} id="curve-chart" label={f.t("market.pointsOf", { sku: curve.sku, tier: f.t(`results.tier.${curve.tier}`) })} />}
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
          {utilisation && (
            <Sheet
              id="utilisation-cell"
              cells="utilisation"
              label={f.t("market.utilisation")}
              rows={utilisation.points}
              model={UTILISATION_POINTS}
              context={context}
              path={`market.utilisation[${tierAt}].points`}
              issues={editing.issues}
              f={f}
              onChange={(points) => put({ utilisation: withUtilisation(points) })}
              check={(points) => checkMarket({ utilisation: withUtilisation(points) })}
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
          {residual && (
            <>
              <Sheet
                id="residual-cell"
                cells="residual"
                label={f.t("market.residuals")}
                rows={residual.points}
                model={RESIDUAL_ROWS}
                context={context}
                path={`market.residual_values[${skuAt}].points`}
                issues={editing.issues}
                f={f}
                onChange={(points) => put({ residual_values: withResidual(points) })}
                check={(points) => checkMarket({ residual_values: withResidual(points) })}
              />
              <p className="muted">{f.t("market.source", { source: residual.source })}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** A curve's dated points as drawn (its table is the sheet beside it). */
function PointsChart({ points, unit, f, id, label }: { points: readonly DatedValue[]; unit: string; f: Figures; id: string; label: string }) {
  const option = useMemo(
    () => categoryChart(points.map((p) => f.month(p.month)), [{ name: label, values: points.map((p) => chartValue(p.value)), kind: "line" }], [unit]),
    [points, unit, f, label],
  );
  return (
    <div className="market-chart">
      <Chart option={option} theme={f.theme} label={label} id={id} />
    </div>
  );
}

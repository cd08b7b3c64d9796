/**
 * The scenario's assumptions outside the fleet register, as fields: the calendar, operating
 * costs, the site, the market's haircut, the policies and the valuation. Each field names its
 * path in the scenario file (the engine reports problems there), shows its value as plain
 * text and reads what is typed into a new scenario; the engine validates the result.
 */
import type { Currency, ImpairmentStandard, FairValueBasis, Scenario, Tier, TieringRule } from "../../bindings";
import type { LifeUnit } from "../../app/settings";
import { readFraction, readMonth, readNumber, readPercent, readWholeNumber, type Read } from "../../grid/cellText";

export type FieldKind = "number" | "text" | "choice" | "check";

export type AssumptionField = {
  /** The path in the scenario file, as the engine names it in a problem. */
  path: string;
  label: string;
  kind: FieldKind;
  /** The unit beside the field: a message key, or the scenario's currency. */
  unit?: string | ((s: Scenario, lives: LifeUnit) => string);
  /** For choice fields: the values and the message key of each one's words. */
  choices?: readonly { value: string; words: string }[];
  text(s: Scenario, lives: LifeUnit): string;
  write(s: Scenario, text: string, lives: LifeUnit): Read<Scenario>;
};

export type AssumptionSection = { id: string; title: string; fields: readonly AssumptionField[] };

const ok = <T,>(value: T): Read<T> => ({ ok: true, value });
const need = <T,>(read: Read<T | null>): Read<T> => (read.ok && read.value === null ? { ok: false, problem: { code: "required" } } : (read as Read<T>));
const then = <T,>(read: Read<T>, f: (v: T) => Scenario): Read<Scenario> => (read.ok ? ok(f(read.value)) : read);

/** A decimal field of the scenario: `get` and `put` its value. */
function decimal(path: string, label: string, get: (s: Scenario) => string, put: (s: Scenario, v: string) => Scenario, read = readNumber, unit?: AssumptionField["unit"]): AssumptionField {
  return { path, label, kind: "number", unit, text: get, write: (s, text) => then(need(read(text)), (v) => put(s, v)) };
}

function months(path: string, label: string, get: (s: Scenario) => number | null, put: (s: Scenario, v: number | null) => Scenario, optional: boolean): AssumptionField {
  return {
    path,
    label,
    kind: "number",
    unit: "fleet.unit.months",
    text: (s) => (get(s) === null ? "" : String(get(s))),
    write: (s, text) => {
      const read = readWholeNumber(text);
      return then(optional ? read : need(read), (v) => put(s, v));
    },
  };
}

function choice<T extends string>(path: string, label: string, values: readonly T[], words: (v: T) => string, get: (s: Scenario) => T, put: (s: Scenario, v: T) => Scenario): AssumptionField {
  return {
    path,
    label,
    kind: "choice",
    choices: values.map((value) => ({ value, words: words(value) })),
    text: get,
    write: (s, text) => (values.includes(text as T) ? ok(put(s, text as T)) : { ok: false, problem: { code: "choice", params: { allowed: values.join(", ") } } }),
  };
}

function check(path: string, label: string, get: (s: Scenario) => boolean, put: (s: Scenario, v: boolean) => Scenario): AssumptionField {
  return { path, label, kind: "check", text: (s) => String(get(s)), write: (s, text) => ok(put(s, text === "true")) };
}

const costs = (s: Scenario, change: Partial<Scenario["costs"]>): Scenario => ({ ...s, costs: { ...s.costs, ...change } });
const valuation = (s: Scenario, change: Partial<Scenario["valuation"]>): Scenario => ({ ...s, valuation: { ...s.valuation, ...change } });
const policies = (s: Scenario, change: Partial<Scenario["policies"]>): Scenario => ({ ...s, policies: { ...s.policies, ...change } });
const impairment = (s: Scenario, change: Partial<Scenario["policies"]["impairment"]>) => policies(s, { impairment: { ...s.policies.impairment, ...change } });
const retirement = (s: Scenario, change: Partial<Scenario["policies"]["retirement"]>) => policies(s, { retirement: { ...s.policies.retirement, ...change } });

const TIERING_KINDS = ["fixed", "by_age", "newest_generations_train"] as const;
const TIERS = ["training", "inference", "other"] as const;

/** The tiering rule's one parameter: the tier, the months of training, or the generations. */
function tieringParameter(rule: TieringRule): string {
  return rule.kind === "fixed" ? rule.tier : rule.kind === "by_age" ? String(rule.training_months) : String(rule.generations);
}

function withTieringKind(rule: TieringRule, kind: (typeof TIERING_KINDS)[number]): TieringRule {
  if (rule.kind === kind) return rule;
  if (kind === "fixed") return { kind, tier: "inference" };
  if (kind === "by_age") return { kind, training_months: 24 };
  return { kind, generations: 1 };
}

export const ASSUMPTION_SECTIONS: readonly AssumptionSection[] = [
  {
    id: "calendar",
    title: "assumptions.calendar",
    fields: [
      { path: "name", label: "assumptions.name", kind: "text", text: (s) => s.name, write: (s, text) => ok({ ...s, name: text }) },
      choice<Currency>("currency", "assumptions.currency", ["USD", "CNY", "EUR"], (v) => `currency.${v}`, (s) => s.currency, (s, currency) => ({ ...s, currency })),
      {
        path: "start_month",
        label: "assumptions.startMonth",
        kind: "text",
        text: (s) => s.start_month,
        write: (s, text) => then(need(readMonth(text)), (start_month) => ({ ...s, start_month })),
      },
      months("horizon_months", "assumptions.horizon", (s) => s.horizon_months, (s, v) => ({ ...s, horizon_months: v ?? 0 }), false),
      {
        path: "fiscal_year_end_month",
        label: "assumptions.fiscalYearEnd",
        kind: "number",
        text: (s) => String(s.fiscal_year_end_month),
        write: (s, text) => then(need(readWholeNumber(text)), (fiscal_year_end_month) => ({ ...s, fiscal_year_end_month })),
      },
    ],
  },
  {
    id: "costs",
    title: "assumptions.costs",
    fields: [
      decimal("costs.electricity_per_kwh", "assumptions.electricity", (s) => s.costs.electricity_per_kwh, (s, v) => costs(s, { electricity_per_kwh: v }), readNumber, (s) => `${s.currency}/kWh`),
      decimal("costs.electricity_escalation", "assumptions.escalation", (s) => s.costs.electricity_escalation, (s, v) => costs(s, { electricity_escalation: v }), readFraction, "unit.fraction"),
      decimal("costs.pue", "assumptions.pue", (s) => s.costs.pue, (s, v) => costs(s, { pue: v })),
      choice(
        "costs.facility.kind",
        "assumptions.facility",
        ["colocation", "owned"] as const,
        (v) => `assumptions.facility.${v}`,
        (s) => s.costs.facility.kind,
        (s, kind) => costs(s, { facility: { kind, per_kw_month: s.costs.facility.per_kw_month } }),
      ),
      decimal(
        "costs.facility.per_kw_month",
        "assumptions.perKwMonth",
        (s) => s.costs.facility.per_kw_month,
        (s, v) => costs(s, { facility: { ...s.costs.facility, per_kw_month: v } }),
        readNumber,
        (s) => `${s.currency}/kW`,
      ),
      decimal("costs.maintenance_percent_per_year", "assumptions.maintenance", (s) => s.costs.maintenance_percent_per_year, (s, v) => costs(s, { maintenance_percent_per_year: v }), readPercent, "unit.percentPerYear"),
      decimal("costs.other_per_gpu_month", "assumptions.otherCost", (s) => s.costs.other_per_gpu_month, (s, v) => costs(s, { other_per_gpu_month: v }), readNumber, (s) => s.currency),
      decimal("costs.annual_failure_rate", "assumptions.failureRate", (s) => s.costs.annual_failure_rate, (s, v) => costs(s, { annual_failure_rate: v }), readFraction, "unit.fraction"),
      decimal("costs.carbon_kg_per_kwh", "assumptions.carbon", (s) => s.costs.carbon_kg_per_kwh, (s, v) => costs(s, { carbon_kg_per_kwh: v }), readNumber, "unit.kgPerKwh"),
      { path: "costs.source", label: "assumptions.source", kind: "text", text: (s) => s.costs.source, write: (s, text) => ok(costs(s, { source: text })) },
      {
        path: "site.power_cap_mw",
        label: "assumptions.powerCap",
        kind: "number",
        unit: "unit.mw",
        text: (s) => s.site?.power_cap_mw ?? "",
        write: (s, text) => then(readNumber(text), (v) => ({ ...s, site: v === null ? null : { power_cap_mw: v } })),
      },
      decimal("market.disposal_haircut", "assumptions.haircut", (s) => s.market.disposal_haircut, (s, v) => ({ ...s, market: { ...s.market, disposal_haircut: v } }), readFraction, "unit.fraction"),
    ],
  },
  {
    id: "policies",
    title: "assumptions.policies",
    fields: [
      choice<ImpairmentStandard>("policies.impairment.standard", "assumptions.standard", ["asc360", "ias36"], (v) => `assumptions.standard.${v}`, (s) => s.policies.impairment.standard, (s, standard) => impairment(s, { standard })),
      choice<FairValueBasis>(
        "policies.impairment.fair_value_basis",
        "assumptions.fairValue",
        ["discounted_cash_flows", "residual_values"],
        (v) => `assumptions.fairValue.${v}`,
        (s) => s.policies.impairment.fair_value_basis,
        (s, fair_value_basis) => impairment(s, { fair_value_basis }),
      ),
      decimal("policies.impairment.price_drop_trigger", "assumptions.priceDropTrigger", (s) => s.policies.impairment.price_drop_trigger, (s, v) => impairment(s, { price_drop_trigger: v }), readFraction, "unit.fraction"),
      check("policies.impairment.negative_margin_trigger", "assumptions.negativeMarginTrigger", (s) => s.policies.impairment.negative_margin_trigger, (s, v) => impairment(s, { negative_margin_trigger: v })),
      choice(
        "policies.tiering.kind",
        "assumptions.tiering",
        TIERING_KINDS,
        (v) => `assumptions.tiering.${v}`,
        (s) => s.policies.tiering.kind,
        (s, kind) => policies(s, { tiering: withTieringKind(s.policies.tiering, kind) }),
      ),
      {
        path: "policies.tiering",
        label: "assumptions.tieringParameter",
        kind: "text",
        unit: (s) => `assumptions.tieringUnit.${s.policies.tiering.kind}`,
        text: (s) => tieringParameter(s.policies.tiering),
        write: (s, text) => {
          const rule = s.policies.tiering;
          if (rule.kind === "fixed") {
            const tier = TIERS.find((t) => t === text.trim().toLowerCase());
            return tier ? ok(policies(s, { tiering: { kind: "fixed", tier: tier as Tier } })) : { ok: false, problem: { code: "choice", params: { allowed: TIERS.join(", ") } } };
          }
          const read = need(readWholeNumber(text));
          if (!read.ok) return read;
          return ok(policies(s, { tiering: rule.kind === "by_age" ? { kind: "by_age", training_months: read.value } : { kind: "newest_generations_train", generations: read.value } }));
        },
      },
      months("policies.retirement.fixed_age_months", "assumptions.retireAtAge", (s) => s.policies.retirement.fixed_age_months, (s, v) => retirement(s, { fixed_age_months: v }), true),
      months("policies.retirement.negative_margin_months", "assumptions.retireAfterLosses", (s) => s.policies.retirement.negative_margin_months, (s, v) => retirement(s, { negative_margin_months: v }), true),
      check("policies.retirement.displace_for_power", "assumptions.displaceForPower", (s) => s.policies.retirement.displace_for_power, (s, v) => retirement(s, { displace_for_power: v })),
    ],
  },
  {
    id: "valuation",
    title: "assumptions.valuation",
    fields: [
      decimal("valuation.discount_rate", "assumptions.discountRate", (s) => s.valuation.discount_rate, (s, v) => valuation(s, { discount_rate: v }), readFraction, "unit.fraction"),
      decimal("valuation.tax_rate", "assumptions.taxRate", (s) => s.valuation.tax_rate, (s, v) => valuation(s, { tax_rate: v }), readFraction, "unit.fraction"),
      decimal("valuation.shares_outstanding", "assumptions.shares", (s) => s.valuation.shares_outstanding, (s, v) => valuation(s, { shares_outstanding: v })),
    ],
  },
];

/** Whether a problem at `issuePath` belongs to the field at `path`. */
export function fieldOwns(path: string, issuePath: string): boolean {
  return issuePath === path || issuePath.startsWith(`${path}.`) || (path.endsWith(".kind") && issuePath === path.slice(0, -5));
}

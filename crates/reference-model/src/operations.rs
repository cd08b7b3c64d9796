//! The operating simulation: units, tiers, hours, revenue and cash costs month by month, with
//! failures, retirements and displacement under the site's power cap.

use super::market::MarketSeries;
use super::{cents as round_cents, quantity as round_quantity};
use fleet_ledger_engine::fleet::{RetirementReason, ScheduleLine};
use fleet_ledger_engine::scenario::{Cohort, Contract, Tier, TieringRule};
use fleet_ledger_engine::valuation::monthly_factor;
use fleet_ledger_engine::{Scenario, YearMonth};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

pub(crate) struct Operations {
    /// Per cohort, per month: the operating lines (accounting lines still zero).
    pub lines: Vec<Vec<ScheduleLine>>,
    /// Per cohort: the month index at whose end it is retired, and why, if decided within
    /// the horizon.
    pub retired: Vec<Option<(usize, RetirementReason)>>,
    /// Per cohort: the last month it operates in the run, which may be past the horizon.
    pub operations_end: Vec<usize>,
    pub unit_cost: Vec<Decimal>,
    pub entry: Vec<usize>,
}

struct State {
    active: bool,
    survival: Decimal,
    negative_run: u32,
    margin_per_mw: Decimal,
}

/// Runs every month the market covers, past the horizon as far as an impairment test looks.
pub(crate) fn simulate_operations(s: &Scenario, market: &MarketSeries) -> Operations {
    let horizon = s.horizon_months as usize;
    let months = market.hours.len();
    let n = s.cohorts.len();
    let entry: Vec<usize> = s
        .cohorts
        .iter()
        .map(|c| s.start_month.months_until(c.in_service).max(0) as usize)
        .collect();
    let unit_cost: Vec<Decimal> = s.cohorts.iter().map(|c| s.unit_cost(c)).collect();
    let monthly_survival = monthly_factor(-s.costs.annual_failure_rate).unwrap_or(Decimal::ONE);
    let pue = s.costs.pue;
    let cap_kw = s
        .site
        .as_ref()
        .map(|site| site.power_cap_mw * Decimal::ONE_THOUSAND);
    let skus: Vec<_> = s.cohorts.iter().map(|c| s.sku(&c.sku)).collect();
    let kw: Vec<Decimal> = skus
        .iter()
        .map(|k| k.map_or(Decimal::ZERO, |k| k.kw_per_gpu))
        .collect();

    let mut lines = vec![Vec::new(); n];
    let mut retired: Vec<Option<(usize, RetirementReason)>> = vec![None; n];
    let mut state: Vec<State> = (0..n)
        .map(|_| State {
            active: false,
            survival: Decimal::ONE,
            negative_run: 0,
            margin_per_mw: Decimal::ZERO,
        })
        .collect();

    for t in 0..months {
        let month = s.start_month.plus_months(t as i32);
        let mut entering = false;
        for i in 0..n {
            if entry[i] == t && retired[i].is_none() {
                state[i].active = true;
                entering = true;
            }
        }
        // Expected survivors, rounded to whole GPUs: never more than were bought.
        let survivors = |i: usize, st: &State| -> u32 {
            let alive = Decimal::from(s.cohorts[i].quantity) * st.survival;
            alive
                .round()
                .to_u32()
                .unwrap_or(0)
                .min(s.cohorts[i].quantity)
        };
        let units: Vec<u32> = (0..n)
            .map(|i| {
                if state[i].active {
                    survivors(i, &state[i])
                } else {
                    0
                }
            })
            .collect();

        // Displacement: a new cohort that would take the site over its cap retires the cohorts
        // earning least per MW, whole, at the end of the previous month.
        if let (Some(cap), true, true) =
            (cap_kw, entering, s.policies.retirement.displace_for_power)
        {
            let peak = |i: usize| Decimal::from(units[i]) * kw[i] * pue;
            let mut load: Decimal = (0..n).filter(|i| state[*i].active).map(peak).sum();
            while load > cap {
                let victim = (0..n)
                    .filter(|i| state[*i].active && entry[*i] < t)
                    .min_by(|a, b| {
                        state[*a]
                            .margin_per_mw
                            .cmp(&state[*b].margin_per_mw)
                            .then(entry[*a].cmp(&entry[*b]))
                    });
                let Some(v) = victim else { break };
                state[v].active = false;
                retired[v] = Some((t - 1, RetirementReason::Displaced));
                load -= peak(v);
            }
        }

        let tiers = assign_tiers(
            s,
            &state.iter().map(|st| st.active).collect::<Vec<_>>(),
            &entry,
            t,
        );

        // Power goes to the newest cohorts first; under a cap the oldest may go partly dark.
        let mut order: Vec<usize> = (0..n).filter(|i| state[*i].active).collect();
        order.sort_by(|a, b| entry[*b].cmp(&entry[*a]).then(a.cmp(b)));
        let mut headroom = cap_kw;
        let mut powered = vec![0u32; n];
        for &i in &order {
            let per_unit = kw[i] * pue;
            powered[i] = match headroom.as_mut() {
                Some(room) if per_unit > Decimal::ZERO => {
                    let units_fit = (*room / per_unit)
                        .floor()
                        .to_u32()
                        .unwrap_or(u32::MAX)
                        .min(units[i]);
                    *room -= Decimal::from(units_fit) * per_unit;
                    units_fit
                }
                _ => units[i],
            };
        }

        for i in 0..n {
            let mut line = ScheduleLine {
                hours_in_period: market.hours[t],
                ..ScheduleLine::empty(month)
            };
            if state[i].active {
                let cohort = &s.cohorts[i];
                let tier = tiers[i];
                operate(
                    s,
                    market,
                    &cohort.sku,
                    unit_cost[i],
                    tier,
                    t,
                    units[i],
                    powered[i],
                    cohort.contract.as_ref(),
                    &mut line,
                );
                line.tier = Some(tier);
                let provisioned_mw =
                    Decimal::from(powered[i]) * kw[i] * pue / Decimal::ONE_THOUSAND;
                state[i].margin_per_mw = if provisioned_mw.is_zero() {
                    Decimal::ZERO
                } else {
                    line.contribution_margin / provisioned_mw
                };
                state[i].negative_run = if line.contribution_margin < Decimal::ZERO {
                    state[i].negative_run + 1
                } else {
                    0
                };

                let age = (t - entry[i] + 1) as u32;
                let reason = retirement_reason(s, cohort, month, age, state[i].negative_run);
                if let Some(reason) = reason {
                    retired[i] = Some((t, reason));
                }
            }
            lines[i].push(line);
        }
        for i in 0..n {
            if state[i].active {
                state[i].survival *= monthly_survival;
                if retired[i].is_some_and(|(r, _)| r <= t) {
                    state[i].active = false;
                }
            }
        }
    }
    let operations_end = retired
        .iter()
        .map(|r| r.map_or(months - 1, |(t, _)| t))
        .collect();
    // A displacement is decided in the month after the last one operated.
    let decided_within = |(t, reason): &(usize, RetirementReason)| match reason {
        RetirementReason::Displaced => t + 1 < horizon,
        _ => *t < horizon,
    };
    let retired = retired
        .into_iter()
        .map(|r| r.filter(decided_within))
        .collect();
    Operations {
        lines,
        retired,
        operations_end,
        unit_cost,
        entry,
    }
}

/// The tier of every cohort in month `t` (meaningful for active ones).
fn assign_tiers(s: &Scenario, active: &[bool], entry: &[usize], t: usize) -> Vec<Tier> {
    let newest: Vec<&str> = match s.policies.tiering {
        TieringRule::NewestGenerationsTrain { generations } => {
            let mut releases: Vec<(YearMonth, &str)> = s
                .cohorts
                .iter()
                .zip(active)
                .filter(|(_, a)| **a)
                .filter_map(|(c, _)| s.sku(&c.sku).map(|k| (k.release, k.id.as_str())))
                .collect();
            releases.sort();
            releases.dedup();
            releases
                .iter()
                .rev()
                .take(generations as usize)
                .map(|(_, id)| *id)
                .collect()
        }
        _ => Vec::new(),
    };
    s.cohorts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            c.tier.unwrap_or(match s.policies.tiering {
                TieringRule::Fixed { tier } => tier,
                TieringRule::ByAge { training_months } => {
                    if t.saturating_sub(entry[i]) < training_months as usize {
                        Tier::Training
                    } else {
                        Tier::Inference
                    }
                }
                TieringRule::NewestGenerationsTrain { .. } => {
                    if newest.contains(&c.sku.as_str()) {
                        Tier::Training
                    } else {
                        Tier::Inference
                    }
                }
            })
        })
        .collect()
}

/// The operating lines of `units_owned` GPUs of `sku` (of which `units_powered` are powered) in
/// `tier` in model month `t`: hours, revenue and cash costs (PRODUCT.md §2.2 formulas).
#[allow(clippy::too_many_arguments)]
pub(super) fn operate(
    s: &Scenario,
    market: &MarketSeries,
    sku_id: &str,
    unit_cost: Decimal,
    tier: Tier,
    t: usize,
    units_owned: u32,
    units_powered: u32,
    contract: Option<&Contract>,
    line: &mut ScheduleLine,
) {
    let Some(sku) = s.sku(sku_id) else { return };
    let month = line.month;
    let hours = market.hours[t];
    let powered = Decimal::from(units_powered);
    let pue = s.costs.pue;
    line.units_owned = units_owned;
    line.units_in_service = units_powered;
    line.gpu_hours_available = powered * hours;
    let contract = contract.filter(|c| c.start <= month && month <= c.end);
    line.contracted_hours = contract.map_or(Decimal::ZERO, |c| {
        round_quantity(line.gpu_hours_available * c.share_of_hours)
    });
    let open = line.gpu_hours_available - line.contracted_hours;
    line.merchant_hours = round_quantity(open * market.utilisation(tier, t));
    line.gpu_hours_sold = line.contracted_hours + line.merchant_hours;
    line.revenue = round_cents(
        contract.map_or(Decimal::ZERO, |c| {
            line.contracted_hours * c.price_per_gpu_hour
        }) + line.merchant_hours * market.price(sku_id, tier, t),
    );
    let utilisation = if line.gpu_hours_available.is_zero() {
        Decimal::ZERO
    } else {
        line.gpu_hours_sold / line.gpu_hours_available
    };
    // Energy = units × kW × (utilisation + idle fraction × (1 − utilisation)) × hours × PUE.
    let load_factor = utilisation + sku.idle_power_fraction * (Decimal::ONE - utilisation);
    line.energy_kwh = round_quantity(powered * sku.kw_per_gpu * load_factor * hours * pue);
    line.power_cost = round_cents(line.energy_kwh * market.electricity(t));
    let facility_rate = s.costs.facility.per_kw_month();
    line.hosting_cost = round_cents(powered * sku.kw_per_gpu * facility_rate);
    line.maintenance_cost = round_cents(
        Decimal::from(units_owned) * unit_cost * s.costs.maintenance_percent_per_year
            / Decimal::from(1200),
    );
    line.other_cost = round_cents(powered * s.costs.other_per_gpu_month);
    line.cash_cost = line.power_cost + line.hosting_cost + line.maintenance_cost + line.other_cost;
    line.contribution_margin = line.revenue - line.cash_cost;
    line.kw_drawn = if hours.is_zero() {
        Decimal::ZERO
    } else {
        round_quantity(line.energy_kwh / hours)
    };
    line.emissions_kg = round_quantity(line.energy_kwh * s.costs.carbon_kg_per_kwh);
    let throughput = match tier {
        Tier::Training => sku.training_throughput,
        Tier::Inference | Tier::Other => sku.inference_throughput,
    };
    line.h100_equivalent_hours = round_quantity(line.gpu_hours_sold * throughput);
}

/// Why a cohort in service `age` months is retired at the end of `month`, if it is
/// (PRODUCT.md §2.2): its planned month first, then the policy's fixed age, then a run of
/// negative margins as long as the policy allows.
fn retirement_reason(
    s: &Scenario,
    cohort: &Cohort,
    month: YearMonth,
    age: u32,
    negative_run: u32,
) -> Option<RetirementReason> {
    let policy = &s.policies.retirement;
    if cohort.planned_retirement == Some(month) {
        return Some(RetirementReason::Planned);
    }
    if let Some(limit) = policy.fixed_age_months {
        if age >= limit {
            return Some(RetirementReason::FixedAge);
        }
    }
    match policy.negative_margin_months {
        Some(months) if negative_run >= months => Some(RetirementReason::NegativeMargin),
        _ => None,
    }
}

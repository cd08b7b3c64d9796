//! The operating simulation: units, tiers, hours, revenue and cash costs month by month, with
//! failures, retirements and displacement under the site's power cap.
//!
//! Speed (issue 7, docs/PERFORMANCE.md): what does not change from month to month is worked out
//! once per cohort ([`CohortEconomics`]), divisions are exact integer quotients rounded once
//! ([`rounded_quotient`]), and power is shared out newest-first only when a site cap exists.
//! The plain implementation in `baseline` is the reference these must reproduce.

use super::curves::MarketSeries;
use super::lines::ScheduleLine;
use super::{round_quantity, RetirementReason};
use crate::calendar::YearMonth;
use crate::money::{round_cents, rounded_quotient};
use crate::scenario::{Contract, Facility, GpuSku, Scenario, Tier, TieringRule};
use crate::valuation::monthly_factor;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const MONTHS_OF_PERCENT: Decimal = Decimal::from_parts(1200, 0, 0, false, 0);

pub(crate) struct Operations {
    /// Per cohort, per month: the operating lines (accounting lines still zero).
    pub lines: Vec<Vec<ScheduleLine>>,
    /// Per cohort: the month index at whose end it is retired, and why.
    pub retired: Vec<Option<(usize, RetirementReason)>>,
    pub unit_cost: Vec<Decimal>,
    pub entry: Vec<usize>,
}

/// The parts of a cohort's operating lines fixed for its whole life (PRODUCT.md §2.2).
pub(crate) struct CohortEconomics<'a> {
    sku: &'a GpuSku,
    market: &'a MarketSeries,
    /// Price per GPU-hour in each month, by tier (see `tier_index`).
    prices: [&'a [Decimal]; 3],
    contract: Option<&'a Contract>,
    /// Facility kW of one powered GPU (kW × PUE).
    pue: Decimal,
    hosting_per_gpu: Decimal,
    /// Cost × maintenance % a year, of one GPU; a month's is this / 1,200.
    maintenance_per_gpu_percent_year: Decimal,
    other_per_gpu: Decimal,
    carbon_kg_per_kwh: Decimal,
}

fn tier_index(tier: Tier) -> usize {
    match tier {
        Tier::Training => 0,
        Tier::Inference => 1,
        Tier::Other => 2,
    }
}

impl<'a> CohortEconomics<'a> {
    /// `None` when the SKU is not in the catalog (validation reports that).
    pub(crate) fn new(
        s: &'a Scenario,
        market: &'a MarketSeries,
        sku_id: &str,
        unit_cost: Decimal,
        contract: Option<&'a Contract>,
    ) -> Option<Self> {
        let sku = s.sku(sku_id)?;
        let facility_rate = match &s.costs.facility {
            Facility::Colocation { per_kw_month } | Facility::Owned { per_kw_month } => {
                *per_kw_month
            }
        };
        let prices = [Tier::Training, Tier::Inference, Tier::Other]
            .map(|tier| market.price_series(sku_id, tier));
        Some(Self {
            sku,
            market,
            prices,
            contract,
            pue: s.costs.pue,
            hosting_per_gpu: sku.kw_per_gpu * facility_rate,
            maintenance_per_gpu_percent_year: unit_cost * s.costs.maintenance_percent_per_year,
            other_per_gpu: s.costs.other_per_gpu_month,
            carbon_kg_per_kwh: s.costs.carbon_kg_per_kwh,
        })
    }

    /// The operating lines of `units_owned` GPUs (of which `units_powered` are powered) in
    /// `tier` in model month `t`: hours, revenue and cash costs (PRODUCT.md §2.2 formulas).
    pub(crate) fn operate(
        &self,
        tier: Tier,
        t: usize,
        units_owned: u32,
        units_powered: u32,
        line: &mut ScheduleLine,
    ) {
        let sku = self.sku;
        let month = line.month;
        let hours = self.market.hours[t];
        let powered = Decimal::from(units_powered);
        line.units_owned = units_owned;
        line.units_in_service = units_powered;
        line.gpu_hours_available = powered * hours;
        let contract = self.contract.filter(|c| c.start <= month && month <= c.end);
        line.contracted_hours = contract.map_or(Decimal::ZERO, |c| {
            line.gpu_hours_available * c.share_of_hours
        });
        let open = line.gpu_hours_available - line.contracted_hours;
        line.merchant_hours = round_quantity(open * self.market.utilisation(tier, t));
        line.gpu_hours_sold = line.contracted_hours + line.merchant_hours;
        let price = self.prices[tier_index(tier)]
            .get(t)
            .copied()
            .unwrap_or(Decimal::ZERO);
        line.revenue = round_cents(
            contract.map_or(Decimal::ZERO, |c| {
                line.contracted_hours * c.price_per_gpu_hour
            }) + line.merchant_hours * price,
        );
        // Energy = units × kW × (utilisation + idle × (1 − utilisation)) × hours × PUE, with
        // units × hours × utilisation = hours sold: no division.
        let idle_hours = line.gpu_hours_available - line.gpu_hours_sold;
        line.energy_kwh = round_quantity(
            sku.kw_per_gpu
                * (line.gpu_hours_sold + sku.idle_power_fraction * idle_hours)
                * self.pue,
        );
        line.power_cost = round_cents(line.energy_kwh * self.market.electricity[t]);
        line.hosting_cost = round_cents(powered * self.hosting_per_gpu);
        line.maintenance_cost = rounded_quotient(
            Decimal::from(units_owned) * self.maintenance_per_gpu_percent_year,
            MONTHS_OF_PERCENT,
            2,
        );
        line.other_cost = round_cents(powered * self.other_per_gpu);
        line.cash_cost =
            line.power_cost + line.hosting_cost + line.maintenance_cost + line.other_cost;
        line.contribution_margin = line.revenue - line.cash_cost;
        line.kw_drawn = if hours.is_zero() {
            Decimal::ZERO
        } else {
            rounded_quotient(line.energy_kwh, hours, 4)
        };
        line.emissions_kg = round_quantity(line.energy_kwh * self.carbon_kg_per_kwh);
        let throughput = match tier {
            Tier::Training => sku.training_throughput,
            Tier::Inference | Tier::Other => sku.inference_throughput,
        };
        line.h100_equivalent_hours = round_quantity(line.gpu_hours_sold * throughput);
    }
}

/// Where a cohort stands at the start of a month.
struct State {
    active: bool,
    /// Months in service so far (survival is indexed by it).
    age: usize,
    negative_run: u32,
    margin_per_mw: Decimal,
}

pub(crate) fn simulate_operations(s: &Scenario, market: &MarketSeries) -> Operations {
    let horizon = s.horizon_months as usize;
    let n = s.cohorts.len();
    let entry: Vec<usize> = s
        .cohorts
        .iter()
        .map(|c| s.start_month.months_until(c.in_service).max(0) as usize)
        .collect();
    let unit_cost: Vec<Decimal> = s
        .cohorts
        .iter()
        .map(|c| {
            c.unit_cost
                .or_else(|| s.sku(&c.sku).map(|k| k.capex_per_gpu))
                .unwrap_or(Decimal::ZERO)
        })
        .collect();
    let economics: Vec<Option<CohortEconomics>> = s
        .cohorts
        .iter()
        .zip(&unit_cost)
        .map(|(c, cost)| CohortEconomics::new(s, market, &c.sku, *cost, c.contract.as_ref()))
        .collect();
    // The surviving fraction after k months in service: the same for every cohort, so built
    // once, by the same repeated product the months would form.
    let monthly_survival = monthly_factor(-s.costs.annual_failure_rate).unwrap_or(Decimal::ONE);
    let mut survival = Vec::with_capacity(horizon);
    let mut fraction = Decimal::ONE;
    for _ in 0..horizon {
        survival.push(fraction);
        fraction *= monthly_survival;
    }
    let pue = s.costs.pue;
    let cap_kw = s
        .site
        .as_ref()
        .map(|site| site.power_cap_mw * Decimal::ONE_THOUSAND);
    let displacing = cap_kw.is_some() && s.policies.retirement.displace_for_power;
    let kw: Vec<Decimal> = s
        .cohorts
        .iter()
        .map(|c| s.sku(&c.sku).map_or(Decimal::ZERO, |k| k.kw_per_gpu))
        .collect();
    let releases: Vec<Option<(YearMonth, &str)>> = s
        .cohorts
        .iter()
        .map(|c| s.sku(&c.sku).map(|k| (k.release, k.id.as_str())))
        .collect();
    // Power goes to the newest cohorts first; under a cap the oldest may go partly dark.
    let mut newest_first: Vec<usize> = (0..n).collect();
    newest_first.sort_by(|a, b| entry[*b].cmp(&entry[*a]).then(a.cmp(b)));

    let mut lines: Vec<Vec<ScheduleLine>> = (0..n).map(|_| Vec::with_capacity(horizon)).collect();
    let mut retired: Vec<Option<(usize, RetirementReason)>> = vec![None; n];
    let mut state: Vec<State> = (0..n)
        .map(|_| State {
            active: false,
            age: 0,
            negative_run: 0,
            margin_per_mw: Decimal::ZERO,
        })
        .collect();
    let mut units = vec![0u32; n];
    let mut powered = vec![0u32; n];
    let mut active = vec![false; n];
    let mut tiers = vec![Tier::Inference; n];

    for t in 0..horizon {
        let month = s.start_month.plus_months(t as i32);
        let mut entering = false;
        for i in 0..n {
            if entry[i] == t && retired[i].is_none() {
                state[i].active = true;
                entering = true;
            }
        }
        // Expected survivors, rounded to whole GPUs: never more than were bought.
        for i in 0..n {
            units[i] = if state[i].active {
                let quantity = s.cohorts[i].quantity;
                let alive = Decimal::from(quantity) * survival[state[i].age];
                alive.round().to_u32().unwrap_or(0).min(quantity)
            } else {
                0
            };
        }

        // Displacement: a new cohort that would take the site over its cap retires the cohorts
        // earning least per MW, whole, at the end of the previous month.
        if let (Some(cap), true, true) = (cap_kw, entering, displacing) {
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

        for (flag, st) in active.iter_mut().zip(&state) {
            *flag = st.active;
        }
        assign_tiers(s, &active, &entry, &releases, t, &mut tiers);

        match cap_kw {
            None => powered.copy_from_slice(&units),
            Some(cap) => {
                let mut room = cap;
                for &i in &newest_first {
                    let per_unit = kw[i] * pue;
                    powered[i] = if !state[i].active {
                        0
                    } else if per_unit > Decimal::ZERO {
                        let units_fit = (room / per_unit)
                            .floor()
                            .to_u32()
                            .unwrap_or(u32::MAX)
                            .min(units[i]);
                        room -= Decimal::from(units_fit) * per_unit;
                        units_fit
                    } else {
                        units[i]
                    };
                }
            }
        }

        for i in 0..n {
            lines[i].push(ScheduleLine {
                hours_in_period: market.hours[t],
                ..ScheduleLine::empty(month)
            });
            if !state[i].active {
                continue;
            }
            let Some(line) = lines[i].last_mut() else {
                continue;
            };
            let cohort = &s.cohorts[i];
            let tier = tiers[i];
            if let Some(economics) = &economics[i] {
                economics.operate(tier, t, units[i], powered[i], line);
            }
            line.tier = Some(tier);
            if displacing {
                let provisioned_mw =
                    Decimal::from(powered[i]) * kw[i] * pue / Decimal::ONE_THOUSAND;
                state[i].margin_per_mw = if provisioned_mw.is_zero() {
                    Decimal::ZERO
                } else {
                    line.contribution_margin / provisioned_mw
                };
            }
            state[i].negative_run = if line.contribution_margin < Decimal::ZERO {
                state[i].negative_run + 1
            } else {
                0
            };

            let age = (t - entry[i] + 1) as u32;
            let reason = if cohort.planned_retirement == Some(month) {
                Some(RetirementReason::Planned)
            } else if s
                .policies
                .retirement
                .fixed_age_months
                .is_some_and(|a| age >= a)
            {
                Some(RetirementReason::FixedAge)
            } else if s
                .policies
                .retirement
                .negative_margin_months
                .is_some_and(|m| state[i].negative_run >= m)
            {
                Some(RetirementReason::NegativeMargin)
            } else {
                None
            };
            if let Some(reason) = reason {
                retired[i] = Some((t, reason));
            }
        }
        for i in 0..n {
            if state[i].active {
                state[i].age += 1;
                if retired[i].is_some_and(|(r, _)| r <= t) {
                    state[i].active = false;
                }
            }
        }
    }
    Operations {
        lines,
        retired,
        unit_cost,
        entry,
    }
}

/// The tier of every cohort in month `t` (meaningful for active ones), into `tiers`.
fn assign_tiers(
    s: &Scenario,
    active: &[bool],
    entry: &[usize],
    releases: &[Option<(YearMonth, &str)>],
    t: usize,
    tiers: &mut [Tier],
) {
    let newest: Vec<&str> = match s.policies.tiering {
        TieringRule::NewestGenerationsTrain { generations } => {
            let mut live: Vec<(YearMonth, &str)> = releases
                .iter()
                .zip(active)
                .filter(|(_, a)| **a)
                .filter_map(|(r, _)| *r)
                .collect();
            live.sort();
            live.dedup();
            live.iter()
                .rev()
                .take(generations as usize)
                .map(|(_, id)| *id)
                .collect()
        }
        _ => Vec::new(),
    };
    for (i, (c, tier)) in s.cohorts.iter().zip(tiers.iter_mut()).enumerate() {
        *tier = c.tier.unwrap_or(match s.policies.tiering {
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
        });
    }
}

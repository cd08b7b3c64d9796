//! The operating simulation: units, tiers, hours, revenue and cash costs month by month, with
//! failures, retirements and displacement under the site's power cap.
//!
//! Speed (issue 7, docs/PERFORMANCE.md): what does not change from month to month is worked out
//! once per cohort ([`CohortEconomics`]), amounts are fixed-point integers (`precision`), and
//! power is shared out newest-first only when a site cap exists. The plain `Decimal`
//! implementation in `crates/reference-model` is the reference these must reproduce.

use super::curves::{tier_index, MarketSeries};
use super::lines::ScheduleLine;
use super::precision::{
    divide_round, millionths, money, per_month_hours, positive_half_up, quantity, shift_round,
    shift_round_by, times_rate, RATE,
};
use super::RetirementReason;
use crate::calendar::YearMonth;
use crate::money::round_cents;
use crate::scenario::{Cohort, Contract, Scenario, Tier, TieringRule};
use crate::valuation::monthly_factor;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The fleet's operations: who is in service, in which tier, with how many GPUs powered, month
/// by month. A cohort's amounts follow from these and its [`CohortEconomics`], and are worked
/// out cohort by cohort ([`Operations::operating_months`]) rather than stored for every cohort
/// at once: the month loop then writes 12 bytes per cohort-month instead of 112, and the
/// cohort pass reads them in order.
pub(crate) struct Operations {
    start_month: YearMonth,
    horizon: usize,
    /// Month-major: `drivers[t × cohorts + i]`.
    drivers: Vec<Drivers>,
    /// Shared with the schedules the result keeps, which work their months out on reading.
    economics: Vec<Option<Arc<CohortEconomics>>>,
    /// Per cohort: the month index at whose end it is retired, and why (within the horizon).
    pub retired: Vec<Option<(usize, RetirementReason)>>,
    /// Per cohort: the last month it operates in the run, which may lie past the horizon
    /// (`remaining_life`): its retirement, else the last month simulated.
    pub operations_end: Vec<usize>,
    pub unit_cost: Vec<Decimal>,
    /// Per cohort: quantity × unit cost, to the cent.
    pub cost: Vec<Decimal>,
    pub entry: Vec<usize>,
}

/// What decides a cohort's month: its tier (none when not in service) and its GPUs.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Drivers {
    pub tier: Option<Tier>,
    pub units_owned: u32,
    pub units_in_service: u32,
}

impl Operations {
    pub(crate) fn drivers(&self, i: usize, t: usize) -> Drivers {
        self.drivers[t * self.cost.len() + i]
    }

    /// What cohort `i`'s months are worked out from (none for a SKU not in the catalog).
    pub(crate) fn economics(&self, i: usize) -> Option<Arc<CohortEconomics>> {
        self.economics[i].clone()
    }

    /// Cohort `i`'s prices per GPU-hour by tier ([`tier_index`]), in millionths, as its
    /// operations read them (none for a SKU not in the catalog).
    pub(crate) fn prices(&self, i: usize) -> [&[i64]; 3] {
        self.economics[i]
            .as_ref()
            .map_or([&[][..]; 3], |economics| {
                economics.prices.each_ref().map(|p| &**p)
            })
    }

    /// Cohort `i`'s contribution margin in model month `t` (in cents), a month past the horizon
    /// included: what an impairment test's cash flows read there.
    pub(crate) fn margin_at(&self, i: usize, t: usize) -> i64 {
        let drivers = self.drivers(i, t);
        match (self.economics[i].as_deref(), drivers.tier) {
            (Some(economics), Some(tier)) => {
                let month = self.start_month.plus_months(t as i32);
                economics
                    .operate(
                        tier,
                        t,
                        month,
                        drivers.units_owned,
                        drivers.units_in_service,
                    )
                    .contribution_margin()
            }
            _ => 0,
        }
    }

    /// Model months `entry..end` of cohort `i`: from entry to the month of its disposal (or
    /// the horizon's end), outside which it has no operations, worked out from their drivers
    /// into `buffer` (the cohort pass reuses one for every cohort).
    ///
    /// Why worked out again rather than kept from the month loop (which works them out when a
    /// retirement rule reads the margin): writing and reading back 112 bytes a cohort-month
    /// cost more than a second `operate` (docs/PERFORMANCE.md, "What made it faster").
    pub(crate) fn operating_months<'b>(
        &self,
        i: usize,
        buffer: &'b mut Vec<OperatingMonth>,
    ) -> &'b [OperatingMonth] {
        let entry = self.entry[i].min(self.horizon);
        let end = self.retired[i]
            .map_or(self.horizon, |(d, _)| d + 1)
            .max(entry);
        buffer.clear();
        buffer.extend((entry..end).map(|t| {
            let month = self.start_month.plus_months(t as i32);
            operating_month(self.economics[i].as_deref(), self.drivers(i, t), t, month)
        }));
        buffer
    }
}

/// Model month `t` (`month`) of a cohort of `economics` with these drivers: its operated
/// amounts and measures, or the tier alone for a SKU not in the catalog.
pub(crate) fn operating_month(
    economics: Option<&CohortEconomics>,
    drivers: Drivers,
    t: usize,
    month: YearMonth,
) -> OperatingMonth {
    match (economics, drivers.tier) {
        (Some(economics), Some(tier)) => {
            let mut worked = economics.operate(
                tier,
                t,
                month,
                drivers.units_owned,
                drivers.units_in_service,
            );
            economics.measure(t, &mut worked);
            worked
        }
        (None, Some(tier)) => OperatingMonth {
            tier: Some(tier),
            ..OperatingMonth::default()
        },
        (_, None) => OperatingMonth::default(),
    }
}

/// One cohort-month of operations in fixed point (see `precision`): hours whole, quantities in
/// ten-thousandths, money in cents. A cohort not in service has no tier and zeros.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct OperatingMonth {
    pub tier: Option<Tier>,
    pub units_owned: u32,
    pub units_in_service: u32,
    pub hours_available: i64,
    pub contracted_hours: i64,
    pub merchant_hours: i64,
    pub revenue: i64,
    pub energy_kwh: i64,
    pub power_cost: i64,
    pub hosting_cost: i64,
    pub maintenance_cost: i64,
    pub other_cost: i64,
    pub kw_drawn: i64,
    pub emissions_kg: i64,
    pub h100_equivalent_hours: i64,
}

impl OperatingMonth {
    pub(crate) fn hours_sold(&self) -> i64 {
        self.contracted_hours + self.merchant_hours
    }

    pub(crate) fn cash_cost(&self) -> i64 {
        self.power_cost + self.hosting_cost + self.maintenance_cost + self.other_cost
    }

    pub(crate) fn contribution_margin(&self) -> i64 {
        self.revenue - self.cash_cost()
    }

    /// The contribution margin in currency.
    pub(crate) fn margin(&self) -> Decimal {
        money(self.contribution_margin())
    }

    /// The operating half of a schedule line; the accounting half stays zero.
    pub(crate) fn line(&self, month: YearMonth, hours_in_period: Decimal) -> ScheduleLine {
        ScheduleLine {
            month,
            tier: self.tier,
            units_owned: self.units_owned,
            units_in_service: self.units_in_service,
            gpu_hours_available: Decimal::from(self.hours_available),
            gpu_hours_sold: quantity(self.hours_sold()),
            contracted_hours: quantity(self.contracted_hours),
            merchant_hours: quantity(self.merchant_hours),
            revenue: money(self.revenue),
            energy_kwh: quantity(self.energy_kwh),
            power_cost: money(self.power_cost),
            hosting_cost: money(self.hosting_cost),
            maintenance_cost: money(self.maintenance_cost),
            other_cost: money(self.other_cost),
            cash_cost: money(self.cash_cost()),
            contribution_margin: money(self.contribution_margin()),
            kw_drawn: quantity(self.kw_drawn),
            emissions_kg: quantity(self.emissions_kg),
            h100_equivalent_hours: quantity(self.h100_equivalent_hours),
            hours_in_period,
            ..ScheduleLine::empty(month)
        }
    }
}

/// Cost (millionths) × % a year (millionths) per cent of a month: 1,200 × 10¹² / 100.
const MAINTENANCE_DIVISOR: i128 = 1_200 * RATE * RATE / 100;

/// The parts of a cohort's operating amounts fixed for its whole life (PRODUCT.md §2.2), as
/// fixed-point integers: rates in millionths.
pub(crate) struct CohortEconomics {
    market: Arc<MarketSeries>,
    /// Price per GPU-hour in each month, by tier (see `tier_index`), in millionths.
    prices: [Arc<[i64]>; 3],
    contract: Option<ContractTerms>,
    /// kW × PUE (in millionths²) as `draw / 10^places`, the powers of ten they share taken
    /// out ([`without_shared_tens`]).
    draw: (i128, u32),
    idle_power_fraction: i64,
    /// Hosting of one powered GPU a month: kW × rate per kW-month, in millionths².
    hosting_per_gpu: i128,
    /// Maintenance of one GPU a month, cost × % a year / 1,200, as a whole number of cents
    /// and the remainder in millionths² of a cent / 1,200 (see `operate`).
    maintenance_per_gpu: (i64, i64),
    other_per_gpu: i64,
    carbon_kg_per_kwh: i64,
    training_throughput: i64,
    inference_throughput: i64,
}

struct ContractTerms {
    start: YearMonth,
    end: YearMonth,
    price: i64,
    share: i64,
}

impl CohortEconomics {
    /// `None` when the SKU is not in the catalog (validation reports that). `s` is the scenario
    /// at model precision (`precision::at_model_precision`).
    pub(crate) fn new(
        s: &Scenario,
        market: &Arc<MarketSeries>,
        sku_id: &str,
        unit_cost: Decimal,
        contract: Option<&Contract>,
    ) -> Option<Self> {
        let sku = s.sku(sku_id)?;
        let facility_rate = s.costs.facility.per_kw_month();
        let prices = [Tier::Training, Tier::Inference, Tier::Other]
            .map(|tier| market.shared_price_series(sku_id, tier));
        Some(Self {
            market: Arc::clone(market),
            prices,
            contract: contract.map(|c| ContractTerms {
                start: c.start,
                end: c.end,
                price: millionths(c.price_per_gpu_hour),
                share: millionths(c.share_of_hours),
            }),
            draw: without_shared_tens(
                i128::from(millionths(sku.kw_per_gpu)) * i128::from(millionths(s.costs.pue)),
                18,
            ),
            idle_power_fraction: millionths(sku.idle_power_fraction),
            hosting_per_gpu: times_rate(millionths(sku.kw_per_gpu), millionths(facility_rate)),
            maintenance_per_gpu: {
                let per_year = times_rate(
                    millionths(unit_cost),
                    millionths(s.costs.maintenance_percent_per_year),
                );
                let whole = (per_year / MAINTENANCE_DIVISOR) as i64;
                (whole, (per_year % MAINTENANCE_DIVISOR) as i64)
            },
            other_per_gpu: millionths(s.costs.other_per_gpu_month),
            carbon_kg_per_kwh: millionths(s.costs.carbon_kg_per_kwh),
            training_throughput: millionths(sku.training_throughput),
            inference_throughput: millionths(sku.inference_throughput),
        })
    }

    /// The operating amounts of `units_owned` GPUs (of which `units_powered` are powered) in
    /// `tier` in model month `t` (PRODUCT.md §2.2): hours, revenue and cash costs, each an
    /// exact product rounded once, half away from zero. The measures no amount of money reads
    /// (kW drawn, emissions, H100-equivalent hours) are left zero for [`Self::measure`]: the
    /// month loop's retirement rules read the margin alone, and skip a fifth of the work.
    pub(crate) fn operate(
        &self,
        tier: Tier,
        t: usize,
        month: YearMonth,
        units_owned: u32,
        units_powered: u32,
    ) -> OperatingMonth {
        let hours = self.market.whole_hours[t];
        let powered = i64::from(units_powered);
        let available = powered * hours;
        let contract = self
            .contract
            .as_ref()
            .filter(|c| c.start <= month && month <= c.end);
        // Hours in ten-thousandths: available × share (millionths) / 100.
        let contracted = contract.map_or(0, |c| shift_round::<2>(times_rate(available, c.share)));
        let open = available * 10_000 - contracted;
        let merchant = shift_round::<6>(times_rate(
            open,
            self.market.utilisation_millionths(tier, t),
        ));
        let sold = contracted + merchant;
        let price = self.prices[tier_index(tier)].get(t).copied().unwrap_or(0);
        // Revenue: hours (10⁻⁴) × prices (10⁻⁶) to cents.
        let revenue = shift_round::<8>(
            contract.map_or(0, |c| times_rate(contracted, c.price)) + times_rate(merchant, price),
        );
        // Energy = units × kW × (utilisation + idle × (1 − utilisation)) × hours × PUE, with
        // units × hours × utilisation = hours sold: no division.
        let idle_hours = available * 10_000 - sold;
        let load_hours = i128::from(sold) * RATE + times_rate(idle_hours, self.idle_power_fraction);
        let (draw, places) = self.draw;
        let energy = shift_round_by(load_hours * draw, places);
        let power_cost =
            shift_round::<8>(times_rate(energy, self.market.electricity_millionths[t]));
        // kW (10⁻⁶) × rate (10⁻⁶) to cents.
        let hosting_cost = shift_round::<10>(i128::from(powered) * self.hosting_per_gpu);
        // units × (whole + remainder / divisor) cents; the remainder is below the divisor
        // (1.2 × 10¹³), so its product with 10 million GPUs needs 128 bits.
        let (whole, remainder) = self.maintenance_per_gpu;
        let units = i64::from(units_owned);
        let share = i128::from(units) * i128::from(remainder);
        let maintenance_cost = units * whole
            + positive_half_up(share, MAINTENANCE_DIVISOR as u64)
                .unwrap_or_else(|| divide_round(share, MAINTENANCE_DIVISOR));
        let other_cost = shift_round::<4>(times_rate(powered, self.other_per_gpu));
        OperatingMonth {
            tier: Some(tier),
            units_owned,
            units_in_service: units_powered,
            hours_available: available,
            contracted_hours: contracted,
            merchant_hours: merchant,
            revenue,
            energy_kwh: energy,
            power_cost,
            hosting_cost,
            maintenance_cost,
            other_cost,
            ..OperatingMonth::default()
        }
    }

    /// Adds to a month operated in model month `t` the measures no amount of money reads: kW
    /// drawn, emissions and H100-equivalent hours, from its energy and hours sold.
    pub(crate) fn measure(&self, t: usize, worked: &mut OperatingMonth) {
        let throughput = match worked.tier {
            Some(Tier::Training) => self.training_throughput,
            _ => self.inference_throughput,
        };
        let hours = self.market.whole_hours[t];
        worked.kw_drawn = per_month_hours(i128::from(worked.energy_kwh), hours);
        worked.emissions_kg =
            shift_round::<6>(times_rate(worked.energy_kwh, self.carbon_kg_per_kwh));
        worked.h100_equivalent_hours =
            shift_round::<6>(times_rate(worked.hours_sold(), throughput));
    }
}

/// `numerator / 10^places` as the same quotient with the powers of ten both share taken out:
/// the energy quotient is unchanged, its numerator usually within 64 bits, and its divisor
/// still a power of ten, which the compiler divides by multiplying (`shift_round_by`).
fn without_shared_tens(numerator: i128, places: u32) -> (i128, u32) {
    let (mut numerator, mut places) = (numerator, places);
    while places > 0 && numerator % 10 == 0 {
        numerator /= 10;
        places -= 1;
    }
    (numerator, places)
}

/// Where a cohort stands in the month loop, with what the loop reads of it every month, kept
/// together: one place per cohort-month instead of a vector per field.
struct CohortState<'a> {
    entry: usize,
    /// Expected survivors by months in service.
    survivors: &'a [u32],
    /// Its SKU's rank by generation (`Generations`), if the SKU is in the catalog.
    rank: Option<usize>,
    active: bool,
    /// Months in service so far (survival is indexed by it).
    age: usize,
    negative_run: u32,
    /// Last month's contribution margin, in cents: displacement ranks cohorts by it per MW.
    last_margin: i64,
    /// This month's GPUs owned and powered (last month's until the month sets them).
    units: u32,
    powered: u32,
}

/// The fleet's operations over the months `market` covers: the horizon and, past it, as far as
/// an impairment test looks (`remaining_life`). Every month depends on the months before it
/// alone, so the horizon's are those of a run that stops there; a retirement decided past the
/// horizon ends the cohort's operations but is no retirement of the schedule's.
pub(crate) fn simulate_operations(s: &Scenario, market: &Arc<MarketSeries>) -> Operations {
    let horizon = s.horizon_months as usize;
    let months = market.whole_hours.len();
    let n = s.cohorts.len();
    let entry: Vec<usize> = s
        .cohorts
        .iter()
        .map(|c| s.start_month.months_until(c.in_service).max(0) as usize)
        .collect();
    let unit_cost: Vec<Decimal> = s.cohorts.iter().map(|c| s.unit_cost(c)).collect();
    let economics: Vec<Option<Arc<CohortEconomics>>> = s
        .cohorts
        .iter()
        .zip(&unit_cost)
        .map(|(c, cost)| {
            CohortEconomics::new(s, market, &c.sku, *cost, c.contract.as_ref()).map(Arc::new)
        })
        .collect();
    // The surviving fraction after k months in service: the same for every cohort, so built
    // once, by the same repeated product the months would form.
    let monthly_survival = monthly_factor(-s.costs.annual_failure_rate).unwrap_or(Decimal::ONE);
    let mut survival = Vec::with_capacity(months);
    let mut fraction = Decimal::ONE;
    for _ in 0..months {
        survival.push(fraction);
        fraction *= monthly_survival;
    }
    // Expected survivors by months in service, rounded to whole GPUs and never more than were
    // bought: one table per distinct quantity (fleets repeat order sizes).
    let mut survivor_tables: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for c in &s.cohorts {
        survivor_tables.entry(c.quantity).or_insert_with(|| {
            survival
                .iter()
                .map(|f| {
                    let alive = Decimal::from(c.quantity) * f;
                    alive.round().to_u32().unwrap_or(0).min(c.quantity)
                })
                .collect()
        });
    }
    let survivors: Vec<&[u32]> = s
        .cohorts
        .iter()
        .map(|c| {
            survivor_tables
                .get(&c.quantity)
                .map_or(&[][..], Vec::as_slice)
        })
        .collect();
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
    // Power in integers of 10⁻¹² kW: kW per GPU and PUE are at six places, so each powered
    // GPU's draw is exact; the cap is taken down to a whole unit, which leaves every
    // comparison with a whole number of units and every count of GPUs that fit unchanged.
    let draw: Vec<i128> = kw
        .iter()
        .map(|k| i128::from(millionths(*k)) * i128::from(millionths(pue)))
        .collect();
    let cap = cap_kw.map(|c| {
        c.checked_mul(Decimal::from(RATE * RATE))
            .and_then(|units| units.floor().to_i128())
            .unwrap_or(i128::MAX)
    });
    // Margin per MW provisioned, as displacement ranks cohorts (a Decimal quotient, worked
    // out only for the candidates when a displacement happens).
    let margin_per_mw = |state: &CohortState, i: usize| {
        let provisioned_mw = Decimal::from(state.powered) * kw[i] * pue / Decimal::ONE_THOUSAND;
        if provisioned_mw.is_zero() {
            Decimal::ZERO
        } else {
            money(state.last_margin) / provisioned_mw
        }
    };
    let mut generations = Generations::new(s);
    // Power goes to the newest cohorts first; under a cap the oldest may go partly dark.
    let mut newest_first: Vec<usize> = (0..n).collect();
    newest_first.sort_by(|a, b| entry[*b].cmp(&entry[*a]).then(a.cmp(b)));

    let mut drivers: Vec<Drivers> = Vec::with_capacity(months * n);
    // The margin is needed in the month loop only for the rules that act on it.
    let margin_rules = displacing || s.policies.retirement.negative_margin_months.is_some();
    let mut retired: Vec<Option<(usize, RetirementReason)>> = vec![None; n];
    let mut operations_end = vec![months - 1; n];
    // Cohort `i` retired at the end of month `last` by a decision of month `decided`.
    let mut retire = |i: usize, last: usize, reason: RetirementReason, decided: usize| {
        operations_end[i] = last;
        if decided < horizon {
            retired[i] = Some((last, reason));
        }
    };
    let mut state: Vec<CohortState> = (0..n)
        .map(|i| CohortState {
            entry: entry[i],
            survivors: survivors[i],
            rank: generations.rank(s, i),
            active: false,
            age: 0,
            negative_run: 0,
            last_margin: 0,
            units: 0,
            powered: 0,
        })
        .collect();
    // The cohorts in service and those entering each month: a month's work follows the
    // cohorts in service, not the whole fleet. Nothing depends on their order.
    let mut in_service: Vec<usize> = Vec::with_capacity(n);
    let mut entering_at: Vec<Vec<usize>> = vec![Vec::new(); months];
    for (i, e) in entry.iter().enumerate() {
        if let Some(list) = entering_at.get_mut(*e) {
            list.push(i);
        }
    }

    for (t, entrants) in entering_at.iter().enumerate() {
        let month = s.start_month.plus_months(t as i32);
        for &i in entrants {
            state[i].active = true;
            generations.enter(state[i].rank);
        }
        in_service.extend(entrants);

        if let Some(cap) = cap {
            for &i in &in_service {
                let c = &mut state[i];
                c.units = c.survivors.get(c.age).copied().unwrap_or(0);
            }
            // Displacement: a new cohort that would take the site over its cap retires the
            // cohorts earning least per MW (on a tie the earliest entry, then the first in
            // the scenario), whole, at the end of the previous month.
            if displacing && !entrants.is_empty() {
                let peak = |c: &CohortState, i: usize| i128::from(c.units) * draw[i];
                let mut load: i128 = in_service.iter().map(|i| peak(&state[*i], *i)).sum();
                while load > cap {
                    // `powered` still holds last month's GPUs, which earned `last_margin`.
                    let victim = in_service
                        .iter()
                        .filter(|i| state[**i].active && state[**i].entry < t)
                        .map(|&i| (margin_per_mw(&state[i], i), state[i].entry, i))
                        .min()
                        .map(|(_, _, i)| i);
                    let Some(v) = victim else { break };
                    state[v].active = false;
                    generations.leave(state[v].rank);
                    retire(v, t - 1, RetirementReason::Displaced, t);
                    load -= peak(&state[v], v);
                }
                in_service.retain(|i| state[*i].active);
            }
            let mut room = cap;
            for &i in &newest_first {
                let (c, per_unit) = (&mut state[i], draw[i]);
                c.powered = if !c.active {
                    0
                } else if per_unit > 0 {
                    let units_fit = u32::try_from(room / per_unit)
                        .unwrap_or(u32::MAX)
                        .min(c.units);
                    room -= i128::from(units_fit) * per_unit;
                    units_fit
                } else {
                    c.units
                };
            }
        }
        generations.decide(s);

        let month_row = drivers.len();
        drivers.resize(month_row + n, Drivers::default());
        for &i in &in_service {
            let c = &mut state[i];
            if cap.is_none() {
                c.units = c.survivors.get(c.age).copied().unwrap_or(0);
                c.powered = c.units;
            }
            let cohort = &s.cohorts[i];
            let tier = generations.tier(s, cohort.tier, c, t);
            drivers[month_row + i] = Drivers {
                tier: Some(tier),
                units_owned: c.units,
                units_in_service: c.powered,
            };
            let margin = match (margin_rules, &economics[i]) {
                (true, Some(economics)) => economics
                    .operate(tier, t, month, c.units, c.powered)
                    .contribution_margin(),
                _ => 0,
            };
            c.last_margin = margin;
            c.negative_run = if margin < 0 { c.negative_run + 1 } else { 0 };
            c.age += 1;
            let age = (t - c.entry + 1) as u32;
            if let Some(reason) = retirement_reason(s, cohort, month, age, c.negative_run) {
                retire(i, t, reason, t);
                c.active = false;
                generations.leave(c.rank);
            }
        }
        in_service.retain(|i| state[*i].active);
    }
    let cost = s
        .cohorts
        .iter()
        .zip(&unit_cost)
        .map(|(c, unit)| round_cents(Decimal::from(c.quantity) * unit))
        .collect();
    Operations {
        start_month: s.start_month,
        horizon,
        drivers,
        economics,
        retired,
        operations_end,
        unit_cost,
        cost,
        entry,
    }
}

/// Why a cohort in service `age` months is retired at the end of `month`, if it is: its
/// planned month, the policy's fixed age, or `negative_run` months of negative margin
/// (PRODUCT.md §2.2, in that order).
pub(crate) fn retirement_reason(
    s: &Scenario,
    cohort: &Cohort,
    month: YearMonth,
    age: u32,
    negative_run: u32,
) -> Option<RetirementReason> {
    let policy = &s.policies.retirement;
    if cohort.planned_retirement == Some(month) {
        Some(RetirementReason::Planned)
    } else if policy.fixed_age_months.is_some_and(|a| age >= a) {
        Some(RetirementReason::FixedAge)
    } else if policy
        .negative_margin_months
        .is_some_and(|m| negative_run >= m)
    {
        Some(RetirementReason::NegativeMargin)
    } else {
        None
    }
}

/// The SKUs of a fleet ranked by generation, and which of them train this month under the
/// newest-generations tiering rule: a count of cohorts in service per rank, kept as cohorts
/// enter and leave, so a month's decision looks at the ranks, not at every cohort.
struct Generations {
    /// SKU ids by (release month, id): a SKU's rank is its place here.
    ranked: Vec<String>,
    /// Per rank: cohorts of that SKU in service.
    in_service: Vec<u32>,
    /// Per rank: whether it trains this month.
    trains: Vec<bool>,
}

impl Generations {
    fn new(s: &Scenario) -> Self {
        let mut ranked: Vec<(YearMonth, &str)> = s
            .catalog
            .iter()
            .map(|k| (k.release, k.id.as_str()))
            .collect();
        ranked.sort();
        ranked.dedup_by(|a, b| a.1 == b.1);
        Self {
            in_service: vec![0; ranked.len()],
            trains: vec![false; ranked.len()],
            ranked: ranked.into_iter().map(|(_, id)| id.to_owned()).collect(),
        }
    }

    /// The rank of cohort `i`'s SKU; `None` if it is not in the catalog.
    fn rank(&self, s: &Scenario, i: usize) -> Option<usize> {
        let sku = &s.cohorts[i].sku;
        self.ranked.iter().position(|id| id == sku)
    }

    fn enter(&mut self, rank: Option<usize>) {
        if let Some(r) = rank {
            self.in_service[r] += 1;
        }
    }

    fn leave(&mut self, rank: Option<usize>) {
        if let Some(r) = rank {
            self.in_service[r] -= 1;
        }
    }

    /// Under newest-generations, the SKUs of the `generations` most recent releases with a
    /// cohort in service train this month.
    fn decide(&mut self, s: &Scenario) {
        if let TieringRule::NewestGenerationsTrain { generations } = s.policies.tiering {
            self.trains.fill(false);
            let newest = (0..self.in_service.len())
                .rev()
                .filter(|r| self.in_service[*r] > 0);
            for r in newest.take(generations as usize) {
                self.trains[r] = true;
            }
        }
    }

    /// The tier in month `t` of a cohort in service: its own, else the scenario's rule.
    fn tier(&self, s: &Scenario, own: Option<Tier>, cohort: &CohortState, t: usize) -> Tier {
        own.unwrap_or(match s.policies.tiering {
            TieringRule::Fixed { tier } => tier,
            TieringRule::ByAge { training_months } => {
                if t.saturating_sub(cohort.entry) < training_months as usize {
                    Tier::Training
                } else {
                    Tier::Inference
                }
            }
            TieringRule::NewestGenerationsTrain { .. } => {
                if cohort.rank.is_some_and(|r| self.trains[r]) {
                    Tier::Training
                } else {
                    Tier::Inference
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::without_shared_tens;

    #[test]
    fn a_gpus_draw_over_the_scale_without_the_tens_they_share() {
        // 1.2 kW × PUE 1.25 = 1.5 kW: 1.5 × 10¹² / 10¹⁸ = 15 / 10⁷.
        assert_eq!(without_shared_tens(1_200_000 * 1_250_000, 18), (15, 7));
        assert_eq!(without_shared_tens(0, 18), (0, 0));
        assert_eq!(without_shared_tens(7, 9), (7, 9));
        assert_eq!(without_shared_tens(10i128.pow(20), 18), (100, 0));
    }
}

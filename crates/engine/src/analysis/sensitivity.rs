//! The sensitivity tornado: NPV and cumulative EBIT when each driver moves up and down by a
//! percentage, everything else held.

use super::summary::summarise_fleet;
use super::watch::{unwatched, Watch};
use crate::fleet::{simulate_fleet, simulate_fleet_on, with_operating_run};
use crate::scenario::validate::{
    DISCOUNT_RATE_RANGE, ELECTRICITY_ESCALATION_RANGE, ELECTRICITY_PRICE_RANGE,
    FACILITY_RATE_RANGE, MAINTENANCE_PERCENT_RANGE,
};
use crate::scenario::{CurveShape, Scenario, Tier};
use crate::validation::{Issue, IssueCode, ValidationErrors};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A driver of the model that the tornado moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    RentalPrice,
    Utilisation,
    ElectricityPrice,
    Pue,
    HostingRate,
    Capex,
    UsefulLife,
    FailureRate,
    ResidualValue,
    Maintenance,
    DiscountRate,
    TaxRate,
    /// Only the training tier's price curves.
    TrainingPrice,
    /// Only the inference tier's price curves.
    InferencePrice,
    TrainingUtilisation,
    InferenceUtilisation,
    /// Every SKU's idle power fraction.
    IdlePower,
    DisposalHaircut,
    ElectricityEscalation,
    OtherCost,
}

impl Driver {
    pub const ALL: [Driver; 20] = [
        Driver::RentalPrice,
        Driver::Utilisation,
        Driver::ElectricityPrice,
        Driver::Pue,
        Driver::HostingRate,
        Driver::Capex,
        Driver::UsefulLife,
        Driver::FailureRate,
        Driver::ResidualValue,
        Driver::Maintenance,
        Driver::DiscountRate,
        Driver::TaxRate,
        Driver::TrainingPrice,
        Driver::InferencePrice,
        Driver::TrainingUtilisation,
        Driver::InferenceUtilisation,
        Driver::IdlePower,
        Driver::DisposalHaircut,
        Driver::ElectricityEscalation,
        Driver::OtherCost,
    ];

    /// Whether the driver changes only what the books read (lives, discount and tax rates,
    /// what disposals fetch): its variants share the base scenario's operations.
    pub fn reads_books_only(self) -> bool {
        matches!(
            self,
            Driver::UsefulLife
                | Driver::DiscountRate
                | Driver::TaxRate
                | Driver::ResidualValue
                | Driver::DisposalHaircut
        )
    }

    /// `s` with this driver multiplied by `factor`, kept within what validation allows.
    pub fn apply(self, s: &Scenario, factor: Decimal) -> Scenario {
        let mut v = s.clone();
        let scale =
            |x: &mut Decimal, (low, high): (Decimal, Decimal)| *x = (*x * factor).clamp(low, high);
        let fraction = |x: &mut Decimal| *x = (*x * factor).clamp(Decimal::ZERO, Decimal::ONE);
        match self {
            Driver::RentalPrice => scale_prices(&mut v, None, factor),
            Driver::TrainingPrice => scale_prices(&mut v, Some(Tier::Training), factor),
            Driver::InferencePrice => scale_prices(&mut v, Some(Tier::Inference), factor),
            Driver::Utilisation => scale_utilisation(&mut v, None, factor),
            Driver::TrainingUtilisation => scale_utilisation(&mut v, Some(Tier::Training), factor),
            Driver::InferenceUtilisation => {
                scale_utilisation(&mut v, Some(Tier::Inference), factor)
            }
            Driver::IdlePower => v
                .catalog
                .iter_mut()
                .for_each(|k| fraction(&mut k.idle_power_fraction)),
            Driver::DisposalHaircut => fraction(&mut v.market.disposal_haircut),
            Driver::ElectricityEscalation => scale(
                &mut v.costs.electricity_escalation,
                ELECTRICITY_ESCALATION_RANGE,
            ),
            Driver::OtherCost => scale(
                &mut v.costs.other_per_gpu_month,
                (Decimal::ZERO, crate::money::MAX_AMOUNT),
            ),
            Driver::ElectricityPrice => {
                scale(&mut v.costs.electricity_per_kwh, ELECTRICITY_PRICE_RANGE)
            }
            Driver::Pue => {
                v.costs.pue = (v.costs.pue * factor).clamp(Decimal::ONE, Decimal::from(3))
            }
            Driver::HostingRate => scale(v.costs.facility.per_kw_month_mut(), FACILITY_RATE_RANGE),
            Driver::Capex => {
                for cohort in &mut v.cohorts {
                    cohort.unit_cost = Some(s.unit_cost(cohort) * factor);
                }
            }
            Driver::UsefulLife => {
                for cohort in &mut v.cohorts {
                    let months = (Decimal::from(cohort.book.useful_life_months) * factor).round();
                    let months = months
                        .to_u32()
                        .unwrap_or(1)
                        .clamp(1, crate::money::MAX_LIFE_MONTHS);
                    // Methods defined per whole year keep whole years.
                    cohort.book.useful_life_months = match cohort.book.method {
                        crate::book::DepreciationMethod::SumOfYearsDigits
                        | crate::book::DepreciationMethod::FixedDecliningBalance => {
                            ((months + 6) / 12).max(1) * 12
                        }
                        _ => months,
                    };
                    cohort.changes_in_estimate.clear();
                }
            }
            Driver::FailureRate => {
                v.costs.annual_failure_rate =
                    (v.costs.annual_failure_rate * factor).clamp(Decimal::ZERO, Decimal::new(99, 2))
            }
            Driver::ResidualValue => v
                .market
                .residual_values
                .iter_mut()
                .flat_map(|r| r.points.iter_mut())
                .for_each(|p| fraction(&mut p.fraction_of_cost)),
            Driver::Maintenance => scale(
                &mut v.costs.maintenance_percent_per_year,
                MAINTENANCE_PERCENT_RANGE,
            ),
            Driver::DiscountRate => scale(&mut v.valuation.discount_rate, DISCOUNT_RATE_RANGE),
            Driver::TaxRate => {
                v.valuation.tax_rate =
                    (v.valuation.tax_rate * factor).clamp(Decimal::ZERO, Decimal::new(99, 2))
            }
        }
        v
    }
}

/// Scales the rental price curves of `tier` (all tiers when `None`); contracts follow the
/// all-tier driver only.
fn scale_prices(v: &mut Scenario, tier: Option<Tier>, factor: Decimal) {
    for curve in v
        .market
        .price_curves
        .iter_mut()
        .filter(|c| tier.is_none_or(|t| c.tier == t))
    {
        match &mut curve.shape {
            CurveShape::Points { points } => points.iter_mut().for_each(|p| p.value *= factor),
            CurveShape::Generated { launch_price, .. } => *launch_price *= factor,
        }
    }
    if tier.is_none() {
        for contract in v.cohorts.iter_mut().filter_map(|c| c.contract.as_mut()) {
            contract.price_per_gpu_hour *= factor;
        }
    }
}

/// Scales the utilisation curves of `tier` (all when `None`), kept within 0 to 1.
fn scale_utilisation(v: &mut Scenario, tier: Option<Tier>, factor: Decimal) {
    for curve in v
        .market
        .utilisation
        .iter_mut()
        .filter(|u| tier.is_none_or(|t| u.tier == t))
    {
        for point in &mut curve.points {
            point.value = (point.value * factor).clamp(Decimal::ZERO, Decimal::ONE);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TornadoBar {
    pub driver: Driver,
    pub npv_low: Decimal,
    pub npv_high: Decimal,
    pub cumulative_ebit_low: Decimal,
    pub cumulative_ebit_high: Decimal,
    /// |npv_high − npv_low|: bars are sorted by it, widest first.
    pub npv_swing: Decimal,
    /// What each move does to the scenario's own figures (variant − base): a tornado draws
    /// these, each bar reaching left or right of the base.
    pub npv_low_change: Decimal,
    pub npv_high_change: Decimal,
    pub cumulative_ebit_low_change: Decimal,
    pub cumulative_ebit_high_change: Decimal,
}

/// Moves every driver down and up by `percent` (e.g. 10 for ±10 %), on all the machine's cores.
pub fn tornado(
    s: &Scenario,
    drivers: &[Driver],
    percent: Decimal,
) -> Result<Vec<TornadoBar>, ValidationErrors> {
    unwatched(|watch| tornado_watched(s, drivers, percent, watch)).map(Option::unwrap_or_default)
}

/// [`tornado`], reporting each variant run to `watch` and stopping, with `None`, when it is
/// cancelled.
pub(crate) fn tornado_watched(
    s: &Scenario,
    drivers: &[Driver],
    percent: Decimal,
    watch: &Watch,
) -> Result<Option<Vec<TornadoBar>>, ValidationErrors> {
    if percent <= Decimal::ZERO || percent >= Decimal::ONE_HUNDRED {
        return Err(ValidationErrors::single(
            "percent",
            Issue::new(IssueCode::PercentOpen).with("given", percent),
        ));
    }
    let low = Decimal::ONE - percent / Decimal::ONE_HUNDRED;
    let high = Decimal::ONE + percent / Decimal::ONE_HUNDRED;
    let jobs: Vec<(usize, Driver, Decimal)> = drivers
        .iter()
        .enumerate()
        .flat_map(|(i, d)| [(i, *d, low), (i, *d, high)])
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len().max(1));
    // Each thread takes the next variant as it finishes one: variants differ in cost (a
    // shorter life or a higher failure rate retires cohorts sooner), so fixed halves leave a
    // core idle at the end. Variants of drivers the operations do not read are booked on the
    // base scenario's operations, worked out once.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (base_figures, results) = with_operating_run(s, |base| {
        let base_figures = simulate_fleet_on(&base, s).and_then(|fleet| summarise_fleet(s, &fleet));
        let results = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        while let Some((i, driver, factor)) =
                            jobs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                        {
                            if watch.cancelled() {
                                break;
                            }
                            let variant = driver.apply(s, *factor);
                            let fleet = if driver.reads_books_only() {
                                simulate_fleet_on(&base, &variant)
                            } else {
                                simulate_fleet(&variant)
                            };
                            done.push(fleet.and_then(|fleet| {
                                let summary = summarise_fleet(&variant, &fleet)?;
                                Ok((*i, *factor, summary.npv, summary.cumulative_ebit))
                            }));
                            watch.step();
                        }
                        done
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(ValidationErrors::single(
                            "tornado",
                            IssueCode::NotComputed,
                        ))]
                    })
                })
                .collect::<Vec<Result<(usize, Decimal, Decimal, Decimal), ValidationErrors>>>()
        });
        (base_figures, results)
    })?;
    let base_figures = base_figures?;
    if watch.cancelled() {
        return Ok(None);
    }
    let mut bars: Vec<TornadoBar> = drivers
        .iter()
        .map(|d| TornadoBar {
            driver: *d,
            npv_low: Decimal::ZERO,
            npv_high: Decimal::ZERO,
            cumulative_ebit_low: Decimal::ZERO,
            cumulative_ebit_high: Decimal::ZERO,
            npv_swing: Decimal::ZERO,
            npv_low_change: Decimal::ZERO,
            npv_high_change: Decimal::ZERO,
            cumulative_ebit_low_change: Decimal::ZERO,
            cumulative_ebit_high_change: Decimal::ZERO,
        })
        .collect();
    for result in results {
        let (i, factor, npv, ebit) = result?;
        if factor == low {
            bars[i].npv_low = npv;
            bars[i].cumulative_ebit_low = ebit;
        } else {
            bars[i].npv_high = npv;
            bars[i].cumulative_ebit_high = ebit;
        }
    }
    for bar in &mut bars {
        bar.npv_swing = (bar.npv_high - bar.npv_low).abs();
        bar.npv_low_change = bar.npv_low - base_figures.npv;
        bar.npv_high_change = bar.npv_high - base_figures.npv;
        bar.cumulative_ebit_low_change = bar.cumulative_ebit_low - base_figures.cumulative_ebit;
        bar.cumulative_ebit_high_change = bar.cumulative_ebit_high - base_figures.cumulative_ebit;
    }
    bars.sort_by_key(|bar| std::cmp::Reverse(bar.npv_swing));
    Ok(Some(bars))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::ScheduleLine;
    use crate::reference::{example, example_names, generated_fleet};
    use rust_decimal_macros::dec;

    /// The operating half of a line: what a driver that reads the books only must not move.
    fn operations_of(line: &ScheduleLine) -> String {
        let mut json = serde_json::to_value(line).unwrap_or_default();
        if let Some(fields) = json.as_object_mut() {
            fields.retain(|name, _| {
                !matches!(
                    name.as_str(),
                    "book_depreciation"
                        | "impairment"
                        | "impairment_reversal"
                        | "disposal_proceeds"
                        | "disposal_gain"
                        | "ebit"
                        | "tax_depreciation"
                        | "deferred_tax"
                        | "tax_paid"
                        | "free_cash_flow"
                        | "nbv"
                        | "tax_basis"
                )
            });
        }
        json.to_string()
    }

    /// Issue 7: the tornado books the variants of lives, rates, residual values and haircut
    /// on the base scenario's operations. That holds only if those drivers move no operating
    /// amount (checked against full runs of the variants), and then the fleet is the full
    /// run's, line for line.
    #[test]
    fn book_only_variants_on_the_base_operations_are_the_full_runs() {
        let mut scenarios: Vec<Scenario> =
            example_names().iter().filter_map(|n| example(n)).collect();
        scenarios.push(generated_fleet(60, 120));
        for s in &scenarios {
            let base = simulate_fleet(s).unwrap();
            for driver in Driver::ALL.into_iter().filter(|d| d.reads_books_only()) {
                for factor in [dec!(0.8), dec!(1.2)] {
                    let variant = driver.apply(s, factor);
                    let full = simulate_fleet(&variant).unwrap();
                    for (a, b) in base.iter().zip(&full) {
                        assert_eq!(
                            operations_of(a),
                            operations_of(b),
                            "{driver:?} moved operations"
                        );
                    }
                    let shared = with_operating_run(s, |run| simulate_fleet_on(&run, &variant))
                        .unwrap()
                        .unwrap();
                    assert_eq!(shared, full, "{driver:?} × {factor} on {}", s.name);
                }
            }
        }
    }
}

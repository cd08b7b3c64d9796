//! Market curves evaluated once per model month: prices per SKU and tier, utilisation per
//! tier, the escalated electricity price, hours per month, residual values.

use super::precision::millionths;
use crate::calendar::{days_from_civil, YearMonth};
use crate::money::round_half_away;
use crate::scenario::{CurveShape, DatedValue, ResidualPoint, Scenario, Tier};
use crate::valuation::monthly_factor;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// Prices per GPU-hour are held to four decimal places (a hundredth of a cent), as a rate
/// card quotes them. Utilisation and the escalated electricity price per kWh are held to
/// six places (`precision::RATE_PLACES`), like every rate the monthly loop multiplies by: interpolation and
/// compounding would otherwise carry 28 digits into every cohort-month (issue 7).
const PRICE_PLACES: u32 = 4;

pub(crate) struct MarketSeries {
    /// Per SKU id, the price series of each tier (indexed by [`tier_index`]), in millionths;
    /// shared with the cohorts that read them (`CohortEconomics`).
    prices: HashMap<String, [Option<Arc<[i64]>>; 3]>,
    /// The same for the twelve months before the start: the price-drop trigger compares each
    /// month with a year earlier from the model's first month on.
    prices_before: HashMap<String, [Option<Arc<[i64]>>; 3]>,
    /// Utilisation of each tier in each month, in millionths.
    utilisation_millionths: [Vec<i64>; 3],
    /// Electricity price per kWh in each month, in millionths.
    pub electricity_millionths: Vec<i64>,
    /// Hours in each month simulated (days × 24).
    pub hours: Vec<Decimal>,
    /// The same, as integers for the fixed-point monthly loop.
    pub whole_hours: Vec<i64>,
    /// Per SKU id, its residual value curve.
    residuals: HashMap<String, ResidualCurve>,
}

/// A SKU's residual values as a fraction of cost by age in months, worked out once for every
/// age the model reaches (tests and disposals read them for every cohort).
pub(crate) struct ResidualCurve {
    points: Vec<ResidualPoint>,
    /// Ages 0 to the last month simulated.
    by_age: Vec<Decimal>,
}

impl ResidualCurve {
    fn new(points: &[ResidualPoint], months: usize) -> Self {
        let mut curve = Self {
            points: points.to_vec(),
            by_age: Vec::new(),
        };
        curve.by_age = (0..=months as u32)
            .map(|age| curve.interpolate(age))
            .collect();
        curve
    }

    /// Linear between points, flat after the last.
    fn interpolate(&self, age_months: u32) -> Decimal {
        let points = self
            .points
            .iter()
            .map(|p| (i64::from(p.age_months), p.fraction_of_cost));
        interpolate_by(points, i64::from(age_months))
    }

    pub(crate) fn fraction(&self, age_months: u32) -> Decimal {
        match self.by_age.get(age_months as usize) {
            Some(fraction) => *fraction,
            None => self.interpolate(age_months),
        }
    }
}

pub(crate) fn tier_index(tier: Tier) -> usize {
    match tier {
        Tier::Training => 0,
        Tier::Inference => 1,
        Tier::Other => 2,
    }
}

/// Linear between points (x, y), flat before the first and after the last; zero with no
/// points. x is months: a calendar position for curves, an age for residual values.
fn interpolate_by(points: impl Iterator<Item = (i64, Decimal)> + Clone, x: i64) -> Decimal {
    let mut previous: Option<(i64, Decimal)> = None;
    for (px, py) in points {
        match previous {
            None if x <= px => return py,
            Some((ax, ay)) if x <= px => {
                return ay + (py - ay) * Decimal::from(x - ax) / Decimal::from(px - ax);
            }
            _ => previous = Some((px, py)),
        }
    }
    previous.map_or(Decimal::ZERO, |(_, y)| y)
}

/// Linear between dated points, flat before the first and after the last.
fn interpolate(points: &[DatedValue], month: YearMonth) -> Decimal {
    let origin = month;
    interpolate_by(
        points
            .iter()
            .map(|p| (i64::from(origin.months_until(p.month)), p.value)),
        0,
    )
}

/// A price curve's value in each of `months` months from `start`, to the model's precision:
/// the prices the fleet model sells hours at.
pub(crate) fn evaluate(shape: &CurveShape, start: YearMonth, months: usize) -> Vec<Decimal> {
    match shape {
        CurveShape::Points { points } => (0..months)
            .map(|i| {
                round_half_away(
                    interpolate(points, start.plus_months(i as i32)),
                    PRICE_PLACES,
                )
            })
            .collect(),
        CurveShape::Generated {
            launch,
            launch_price,
            annual_decay,
            next_generation_launch,
            step_down,
        } => {
            let monthly = monthly_factor(-*annual_decay).unwrap_or(Decimal::ONE);
            let mut decayed = *launch_price;
            (0..months)
                .map(|i| {
                    let month = start.plus_months(i as i32);
                    if month > *launch {
                        // Compounded monthly; before the launch the curve holds the launch price.
                        let age = launch.months_until(month);
                        if i == 0 {
                            decayed = (0..age).fold(*launch_price, |p, _| p * monthly);
                        } else {
                            decayed *= monthly;
                        }
                    }
                    let mut price = decayed;
                    if next_generation_launch.is_some_and(|n| month >= n) {
                        price *= Decimal::ONE - *step_down;
                    }
                    round_half_away(price, PRICE_PLACES)
                })
                .collect()
        }
    }
}

/// A SKU's series for `tier`, or for another tier when it has none for this one.
fn tier_or_another<'a>(
    by_sku: &'a HashMap<String, [Option<Arc<[i64]>>; 3]>,
    sku: &str,
    tier: Tier,
) -> Option<&'a Arc<[i64]>> {
    let tiers = by_sku.get(sku)?;
    tiers[tier_index(tier)].as_ref().or_else(|| {
        [Tier::Inference, Tier::Training, Tier::Other]
            .iter()
            .find_map(|t| tiers[tier_index(*t)].as_ref())
    })
}

impl MarketSeries {
    pub(crate) fn new(s: &Scenario) -> Self {
        // Every series runs past the horizon as far as an impairment test looks
        // (`remaining_life::simulated_months`).
        let months = super::remaining_life::simulated_months(s);
        let series_from = |first: YearMonth, months: usize| {
            let mut by_sku: HashMap<String, [Option<Arc<[i64]>>; 3]> = HashMap::new();
            for curve in &s.market.price_curves {
                let tiers = by_sku.entry(curve.sku.clone()).or_default();
                let slot = &mut tiers[tier_index(curve.tier)];
                if slot.is_none() {
                    let series = evaluate(&curve.shape, first, months);
                    *slot = Some(series.iter().map(|p| millionths(*p)).collect());
                }
            }
            by_sku
        };
        let prices = series_from(s.start_month, months);
        // Curves are defined before the start as they are after it: dated points hold their
        // first value before the first point, a generated curve its launch price before launch.
        let prices_before = series_from(s.start_month.plus_months(-12), 12);
        let utilisation_millionths = [Tier::Training, Tier::Inference, Tier::Other].map(|tier| {
            match s.market.utilisation.iter().find(|u| u.tier == tier) {
                Some(u) => (0..months)
                    .map(|i| {
                        millionths(interpolate(&u.points, s.start_month.plus_months(i as i32)))
                    })
                    .collect(),
                None => vec![0; months],
            }
        });
        let growth = Decimal::ONE + s.costs.electricity_escalation;
        let mut price = s.costs.electricity_per_kwh;
        let electricity_millionths = (0..months)
            .map(|i| {
                if i > 0 && i % 12 == 0 {
                    price *= growth;
                }
                millionths(price)
            })
            .collect();
        let whole_hours: Vec<i64> = (0..months)
            .map(|i| {
                let m = s.start_month.plus_months(i as i32);
                let n = m.plus_months(1);
                let days = days_from_civil(i64::from(n.year()), i64::from(n.month()))
                    - days_from_civil(i64::from(m.year()), i64::from(m.month()));
                days * 24
            })
            .collect();
        let hours = whole_hours.iter().map(|h| Decimal::from(*h)).collect();
        let residuals = s
            .market
            .residual_values
            .iter()
            .map(|r| (r.sku.clone(), ResidualCurve::new(&r.points, months)))
            .collect();
        Self {
            prices,
            prices_before,
            utilisation_millionths,
            electricity_millionths,
            hours,
            whole_hours,
            residuals,
        }
    }

    /// The monthly prices per GPU-hour of `sku` in `tier` (its curve for another tier when it
    /// has none for this one), in millionths (empty when the SKU has none):
    /// shared, as a cohort keeps them to work its months out when they are read.
    pub(crate) fn shared_price_series(&self, sku: &str, tier: Tier) -> Arc<[i64]> {
        self.series(sku, tier)
            .map_or_else(|| Arc::from([]), Arc::clone)
    }

    fn series(&self, sku: &str, tier: Tier) -> Option<&Arc<[i64]>> {
        tier_or_another(&self.prices, sku, tier)
    }

    /// The price of `sku` in `tier` twelve months before model month `index`, in millionths
    /// (0 when the SKU has no curve): a model month, or before the start one of the year
    /// before it, where the curve is defined as it is everywhere else.
    pub(crate) fn price_a_year_earlier_millionths(
        &self,
        sku: &str,
        tier: Tier,
        index: usize,
    ) -> i64 {
        let (series, k) = match index.checked_sub(12) {
            Some(k) => (self.series(sku, tier), k),
            None => (tier_or_another(&self.prices_before, sku, tier), index),
        };
        series.and_then(|s| s.get(k)).copied().unwrap_or(0)
    }

    /// Utilisation of `tier` in model month `index`, in millionths.
    pub(crate) fn utilisation_millionths(&self, tier: Tier, index: usize) -> i64 {
        self.utilisation_millionths[tier_index(tier)]
            .get(index)
            .copied()
            .unwrap_or(0)
    }

    /// Residual value at `age_months` as a fraction of cost: linear between points, flat after
    /// the last, zero for a SKU without a curve.
    pub(crate) fn residual_fraction(&self, sku: &str, age_months: u32) -> Decimal {
        self.residual_curve(sku)
            .map_or(Decimal::ZERO, |curve| curve.fraction(age_months))
    }

    /// A SKU's residual curve, for a cohort that reads it many times (`None`: no curve, a
    /// residual value of zero).
    pub(crate) fn residual_curve(&self, sku: &str) -> Option<&ResidualCurve> {
        self.residuals.get(sku)
    }
}

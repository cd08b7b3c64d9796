//! The market month by month, worked out from the scenario's curves (PRODUCT.md §2.1): rental
//! prices per SKU and tier (held to four places), utilisation and the escalated electricity
//! price (six places), hours in each month and residual values by age. The model runs past
//! the horizon as far as the longest remaining useful life (docs/MODEL.md, Impairment), so
//! every series covers those months too; curves continue as defined.

use super::rounded;
use fleet_ledger_engine::scenario::{CurveShape, DatedValue, Tier};
use fleet_ledger_engine::valuation::monthly_factor;
use fleet_ledger_engine::{Scenario, YearMonth};
use rust_decimal::Decimal;

pub(crate) struct MarketSeries<'a> {
    s: &'a Scenario,
    /// Hours in each month simulated.
    pub hours: Vec<Decimal>,
    electricity: Vec<Decimal>,
}

/// Linear between points (x, y), flat before the first and after the last; zero with none.
fn interpolate(points: &[(i64, Decimal)], x: i64) -> Decimal {
    let Some(first) = points.first() else {
        return Decimal::ZERO;
    };
    if x <= first.0 {
        return first.1;
    }
    for pair in points.windows(2) {
        let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
        if x <= bx {
            return ay + (by - ay) * Decimal::from(x - ax) / Decimal::from(bx - ax);
        }
    }
    points[points.len() - 1].1
}

fn dated(points: &[DatedValue], month: YearMonth) -> Decimal {
    let points: Vec<(i64, Decimal)> = points
        .iter()
        .map(|p| (i64::from(month.months_until(p.month)), p.value))
        .collect();
    interpolate(&points, 0)
}

/// A curve's price in `month`, to four places: dated points interpolated, or a generated
/// curve's launch price decayed monthly from launch (the launch price before it) and stepped
/// down from the next generation's launch.
fn curve_price(shape: &CurveShape, month: YearMonth) -> Decimal {
    let price = match shape {
        CurveShape::Points { points } => dated(points, month),
        CurveShape::Generated {
            launch,
            launch_price,
            annual_decay,
            next_generation_launch,
            step_down,
        } => {
            let monthly = monthly_factor(-*annual_decay).unwrap_or(Decimal::ONE);
            let age = launch.months_until(month).max(0);
            let mut price = (0..age).fold(*launch_price, |p, _| p * monthly);
            if next_generation_launch.is_some_and(|n| month >= n) {
                price *= Decimal::ONE - *step_down;
            }
            price
        }
    };
    rounded(price, 4)
}

impl<'a> MarketSeries<'a> {
    /// The series for `months` months from the start.
    pub(crate) fn new(s: &'a Scenario, months: usize) -> Self {
        let hours = (0..months)
            .map(|t| {
                let month = s.start_month.plus_months(t as i32);
                Decimal::from(days_in(month) * 24)
            })
            .collect();
        // Escalated once every twelve months of the model, compounded, held to six places.
        let growth = Decimal::ONE + s.costs.electricity_escalation;
        let mut price = s.costs.electricity_per_kwh;
        let electricity = (0..months)
            .map(|t| {
                if t > 0 && t % 12 == 0 {
                    price *= growth;
                }
                rounded(price, 6)
            })
            .collect();
        Self {
            s,
            hours,
            electricity,
        }
    }

    /// The price per GPU-hour of `sku` in `tier` in model month `t` (which may precede the
    /// start): its curve for that tier, else its first for inference, training or other.
    pub(crate) fn price_in(&self, sku: &str, tier: Tier, month: YearMonth) -> Decimal {
        let curves: Vec<_> = self
            .s
            .market
            .price_curves
            .iter()
            .filter(|c| c.sku == sku)
            .collect();
        let own = curves.iter().find(|c| c.tier == tier);
        let fallback = [Tier::Inference, Tier::Training, Tier::Other]
            .iter()
            .find_map(|t| curves.iter().find(|c| c.tier == *t));
        own.or(fallback)
            .map_or(Decimal::ZERO, |c| curve_price(&c.shape, month))
    }

    pub(crate) fn price(&self, sku: &str, tier: Tier, t: usize) -> Decimal {
        self.price_in(sku, tier, self.s.start_month.plus_months(t as i32))
    }

    /// The price twelve months before model month `t`, before the start if need be.
    pub(crate) fn price_a_year_earlier(&self, sku: &str, tier: Tier, t: usize) -> Decimal {
        self.price_in(sku, tier, self.s.start_month.plus_months(t as i32 - 12))
    }

    /// Utilisation of `tier` in model month `t`, to six places (zero without a curve).
    pub(crate) fn utilisation(&self, tier: Tier, t: usize) -> Decimal {
        let month = self.s.start_month.plus_months(t as i32);
        self.s
            .market
            .utilisation
            .iter()
            .find(|u| u.tier == tier)
            .map_or(Decimal::ZERO, |u| rounded(dated(&u.points, month), 6))
    }

    /// Electricity per kWh in model month `t`.
    pub(crate) fn electricity(&self, t: usize) -> Decimal {
        self.electricity[t]
    }

    /// Residual value of `sku` at `age` months as a fraction of cost (zero without a curve).
    pub(crate) fn residual_fraction(&self, sku: &str, age: u32) -> Decimal {
        self.s
            .market
            .residual_values
            .iter()
            .find(|r| r.sku == sku)
            .map_or(Decimal::ZERO, |r| {
                let points: Vec<(i64, Decimal)> = r
                    .points
                    .iter()
                    .map(|p| (i64::from(p.age_months), p.fraction_of_cost))
                    .collect();
                interpolate(&points, i64::from(age))
            })
    }
}

fn days_in(month: YearMonth) -> i64 {
    match month.month() {
        4 | 6 | 9 | 11 => 30,
        2 if month.year() % 4 == 0 && (month.year() % 100 != 0 || month.year() % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

//! The rental price curves as the model reads them, month by month over the horizon (issue
//! 17's Market tab): a curve of dated points interpolated, a generated one decayed and
//! stepped down, both to the model's precision. The screen draws these; it computes nothing.

use crate::calendar::YearMonth;
use crate::fleet::price_curve_by_month;
use crate::scenario::{Scenario, Tier};
use rust_decimal::Decimal;
use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CurveByMonth {
    pub sku: String,
    pub tier: Tier,
    /// The price per GPU-hour in each month of `months`.
    pub prices: Vec<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PriceCurvesByMonth {
    /// The model's months, from the first.
    pub months: Vec<YearMonth>,
    /// One for each of the market's price curves, in its order.
    pub curves: Vec<CurveByMonth>,
}

/// Every price curve of `scenario` month by month over its horizon.
pub fn price_curves_by_month(scenario: &Scenario) -> PriceCurvesByMonth {
    let months = scenario
        .horizon_months
        .min(crate::scenario::MAX_HORIZON_MONTHS) as usize;
    PriceCurvesByMonth {
        months: (0..months)
            .map(|i| scenario.start_month.plus_months(i as i32))
            .collect(),
        curves: scenario
            .market
            .price_curves
            .iter()
            .map(|c| CurveByMonth {
                sku: c.sku.clone(),
                tier: c.tier,
                prices: price_curve_by_month(&c.shape, scenario.start_month, months),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{CurveShape, DatedValue};
    use rust_decimal_macros::dec;

    #[test]
    fn dated_points_are_read_linearly_between_and_flat_outside() {
        let mut s = crate::reference::example("burry-vs-bernstein").unwrap();
        s.market.price_curves[0].shape = CurveShape::Points {
            points: vec![
                DatedValue {
                    month: YearMonth::constant(2026, 3),
                    value: dec!(3.00),
                },
                DatedValue {
                    month: YearMonth::constant(2026, 7),
                    value: dec!(2.00),
                },
            ],
        };
        let curves = price_curves_by_month(&s);
        assert_eq!(curves.months.len(), s.horizon_months as usize);
        // January and February hold the first point; March to July fall by 0.25 a month.
        assert_eq!(
            curves.curves[0].prices[..9],
            [
                dec!(3),
                dec!(3),
                dec!(3),
                dec!(2.75),
                dec!(2.5),
                dec!(2.25),
                dec!(2),
                dec!(2),
                dec!(2)
            ]
        );
    }

    #[test]
    fn a_generated_curve_decays_monthly_and_steps_down_at_the_next_generation() {
        let mut s = crate::reference::example("burry-vs-bernstein").unwrap();
        s.market.price_curves[0].shape = CurveShape::Generated {
            launch: YearMonth::constant(2026, 1),
            launch_price: dec!(4.00),
            annual_decay: dec!(0),
            next_generation_launch: Some(YearMonth::constant(2026, 4)),
            step_down: dec!(0.25),
        };
        let prices = &price_curves_by_month(&s).curves[0].prices;
        // No decay: the launch price until the next generation, then 25 % less.
        assert_eq!(prices[..5], [dec!(4), dec!(4), dec!(4), dec!(3), dec!(3)]);
    }
}

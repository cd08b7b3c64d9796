//! The depreciation curve read in whole cents, without `Decimal` work in the usual month.
//!
//! The rules stay those of [`DepreciationCurve`] (the running total rounded to the cent, half
//! away from zero); this is how the book reads them fast (issue 7). For half-month asset times:
//! - straight line: cost less salvage × time ÷ life is one exact integer quotient, as in the
//!   `Decimal` rule;
//! - declining balance, SYD and Excel DB: the year amounts, 28-digit `Decimal`s, are held as
//!   integers of 10⁻²⁰ (as the values in use are) and the month's total is one 128-bit
//!   quotient. Holding them that way moves the total by less than 10⁻¹¹; whenever the total
//!   lies within 10⁻⁸ of a half cent, where that could change the rounding, the month is read
//!   by the `Decimal` rule itself. So the cents are always those of [`DepreciationCurve`].
//!
//! Other asset times (the half-year convention, GPU-hours) are read by the `Decimal` rule.

use super::asset_time::AssetTime;
use super::asset_years::DepreciationCurve;
use super::DepreciationMethod;
use crate::money::{divide_half_away, fixed_point};
use rust_decimal::Decimal;

/// Units of 10⁻²⁰ in a cent.
const UNITS_PER_CENT: i128 = 1_000_000_000_000_000_000;
/// 10⁻⁸ of the currency in 10⁻²⁰ units: totals nearer than this to a half cent are read by
/// the `Decimal` rule.
const UNDECIDED: i128 = 1_000_000_000_000;
/// The largest year amount held in 10⁻²⁰ units (10¹⁶ in currency, above the largest cost):
/// 24 half months of two of them stay within 128 bits.
const LARGEST: i128 = 1_000_000_000_000_000_000_000_000_000_000_000_000;

/// One basis depreciated down to salvage over `life`, read in cents.
#[derive(Debug, Clone)]
pub(crate) struct CentsCurve {
    rule: DepreciationCurve,
    depreciable: i64,
    life: AssetTime,
    shape: Shape,
}

#[derive(Debug, Clone)]
enum Shape {
    Linear,
    /// Depreciation before each asset year and the year's amount, in 10⁻²⁰.
    Years(Vec<(i128, i128)>),
    /// Year amounts too large for 128 bits: every month by the `Decimal` rule.
    RuleOnly,
}

impl CentsCurve {
    /// `basis` and `salvage` in cents.
    pub(crate) fn new(
        method: &DepreciationMethod,
        basis: i64,
        salvage: i64,
        life: AssetTime,
    ) -> Self {
        let rule = DepreciationCurve::new(
            method,
            Decimal::new(basis, 2),
            Decimal::new(salvage, 2),
            life.to_decimal(),
        );
        let shape = if rule.year_amounts.is_empty() {
            Shape::Linear
        } else {
            rule.before_year
                .iter()
                .zip(&rule.year_amounts)
                .map(|(before, amount)| Some((units(*before)?, units(*amount)?)))
                .collect::<Option<Vec<_>>>()
                .map_or(Shape::RuleOnly, Shape::Years)
        };
        Self {
            rule,
            depreciable: (basis - salvage).max(0),
            life,
            shape,
        }
    }

    /// Depreciation accumulated by asset time `t`, in cents: [`DepreciationCurve::cumulative`].
    pub(crate) fn cumulative(&self, t: AssetTime) -> i64 {
        if self.depreciable == 0 || !t.is_positive() {
            return 0;
        }
        if t >= self.life || !self.life.is_positive() {
            return self.depreciable;
        }
        if let (AssetTime::HalfMonths(t), AssetTime::HalfMonths(life)) = (t, self.life) {
            let decided = match &self.shape {
                Shape::Linear => i64::try_from(divide_half_away(
                    i128::from(self.depreciable) * i128::from(t),
                    i128::from(life),
                ))
                .ok(),
                Shape::Years(years) => within_year(years, t, life),
                Shape::RuleOnly => None,
            };
            if let Some(cents) = decided {
                return cents;
            }
        }
        fixed_point(self.rule.cumulative(t.to_decimal()), 2)
    }
}

/// The total by half month `t` of a life of `life` half months: the years before plus the
/// year's amount × the part of the year elapsed, to the cent; `None` when too near a half cent
/// to decide.
fn within_year(years: &[(i128, i128)], t: i64, life: i64) -> Option<i64> {
    let index = usize::try_from(t / 24)
        .ok()?
        .min(years.len().checked_sub(1)?);
    let year_start = 24 * index as i64;
    let length = i128::from((life - year_start).min(24));
    let within = i128::from(t - year_start).min(length);
    let (before, amount) = years[index];
    let numerator = before * length + amount * within;
    let denominator = length * UNITS_PER_CENT;
    if numerator < 0 || denominator <= 0 {
        return None;
    }
    let (quotient, remainder) = (numerator / denominator, numerator % denominator);
    if (2 * remainder - denominator).abs() <= 2 * UNDECIDED * length {
        return None;
    }
    let cents = if 2 * remainder > denominator {
        quotient + 1
    } else {
        quotient
    };
    i64::try_from(cents).ok()
}

/// A `Decimal` in 10⁻²⁰ units, to the nearest; `None` beyond [`LARGEST`].
fn units(value: Decimal) -> Option<i128> {
    let (mantissa, scale) = (value.mantissa(), value.scale());
    let held = if scale <= 20 {
        mantissa.checked_mul(10i128.pow(20 - scale))?
    } else {
        divide_half_away(mantissa, 10i128.pow(scale - 20))
    };
    (held.abs() <= LARGEST).then_some(held)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn methods() -> [DepreciationMethod; 5] {
        [
            DepreciationMethod::StraightLine,
            DepreciationMethod::DecliningBalance { factor: dec!(2) },
            DepreciationMethod::DecliningBalance { factor: dec!(1.5) },
            DepreciationMethod::SumOfYearsDigits,
            DepreciationMethod::FixedDecliningBalance,
        ]
    }

    proptest::proptest! {
        /// Issue 7: the cents read without `Decimal` are the `Decimal` rule's, at every half
        /// month of lives in whole and half months (the remaining life after a mid-month
        /// entry), for costs up to the largest allowed.
        #[test]
        fn the_cents_are_the_decimal_rules(
            cost_cents in 0i64..100_000_000_000_000_000,
            salvage_percent in 0u32..40,
            life_half_months in 1i64..=300,
            method in 0usize..5,
            t in 0i64..=310,
        ) {
            let method = &methods()[method];
            let salvage = fixed_point(
                crate::money::percent_of(Decimal::new(cost_cents, 2), Decimal::from(salvage_percent)),
                2,
            );
            let life = AssetTime::HalfMonths(life_half_months);
            let curve = CentsCurve::new(method, cost_cents, salvage, life);
            let expected = fixed_point(curve.rule.cumulative(AssetTime::HalfMonths(t).to_decimal()), 2);
            proptest::prop_assert_eq!(curve.cumulative(AssetTime::HalfMonths(t)), expected);
        }
    }

    /// A total exactly on a half cent: SYD over 3 years of 1,000.06 takes 500.03 in year 1
    /// and 333.353333… in year 2, so 21 months come to 750.045. The `Decimal` rule's sum
    /// (6,000.36 + 9 × 333.3533…) rounds to 28 digits as 9,000.54 exactly, and so to 750.05;
    /// the year amount held to 10⁻²⁰ alone would give 750.04499…, so 750.04. The cents curve
    /// sees the total is too near a half cent to decide and says what the rule says.
    #[test]
    fn a_total_on_a_half_cent_is_read_by_the_decimal_rule() {
        let curve = CentsCurve::new(
            &DepreciationMethod::SumOfYearsDigits,
            100_006,
            0,
            AssetTime::months(36),
        );
        assert_eq!(curve.cumulative(AssetTime::months(21)), 75_005);
        for months in 0..=36 {
            let rule = fixed_point(curve.rule.cumulative(Decimal::from(months)), 2);
            assert_eq!(curve.cumulative(AssetTime::months(months)), rule);
        }
    }
}

//! The depreciation curve read in whole cents, without `Decimal` work in the usual month.
//!
//! The rules stay those of [`DepreciationCurve`] (the running total rounded to the cent, half
//! away from zero); this is how the book reads them fast (issue 7). For half-month asset times:
//! - straight line: cost less salvage × time ÷ life is one exact integer quotient, as in the
//!   `Decimal` rule;
//! - declining balance, SYD and Excel DB: the year amounts are worked out by the same rules
//!   (`asset_years`) in integers of 10⁻²⁰ of the currency, and the month's total is one
//!   128-bit quotient. Those amounts are within a few 10⁻²⁰ of the exact ones, the rule's
//!   28-digit `Decimal`s within 10⁻¹¹ of them for the largest costs, so the two totals differ
//!   by far less than 10⁻⁸; whenever the total lies within 10⁻⁸ of a half cent, where that
//!   could change the rounding, the month is read by the `Decimal` rule itself (built then,
//!   the first time a curve needs it). So the cents are always those of
//!   [`DepreciationCurve`].
//!
//! Other asset times (the half-year convention, GPU-hours) are read by the `Decimal` rule.

use super::asset_time::AssetTime;
use super::asset_years::{fixed_declining_rate, year_by_year, DepreciationCurve};
use super::DepreciationMethod;
use crate::money::{divide_half_away, fixed_point};
use rust_decimal::Decimal;
use std::cell::OnceCell;

/// Units of 10⁻²⁰ in a cent.
const UNITS_PER_CENT: i128 = 1_000_000_000_000_000_000;
/// 10⁻⁸ of the currency in 10⁻²⁰ units: totals nearer than this to a half cent are read by
/// the `Decimal` rule.
const UNDECIDED: i128 = 1_000_000_000_000;
/// The largest year amount held in 10⁻²⁰ units (10¹⁶ in currency, above the largest cost):
/// 24 half months of two of them stay within 128 bits.
const LARGEST: i128 = 1_000_000_000_000_000_000_000_000_000_000_000_000;
/// Half months in an asset year.
const HALF_MONTHS_PER_YEAR: i64 = 24;
/// The most asset years a life has (`MAX_LIFE_MONTHS` / 12).
const MAX_YEARS: usize = (crate::money::MAX_LIFE_MONTHS / 12) as usize;

/// One basis depreciated down to salvage over `life`, read in cents.
#[derive(Debug, Clone)]
pub(crate) struct CentsCurve {
    method: DepreciationMethod,
    basis: i64,
    salvage: i64,
    depreciable: i64,
    life: AssetTime,
    shape: Shape,
    /// The `Decimal` rule, built the first time a month needs it.
    rule: OnceCell<DepreciationCurve>,
}

#[derive(Debug, Clone)]
enum Shape {
    Linear,
    /// Depreciation before each asset year and the year's amount, in 10⁻²⁰.
    Years(Vec<(i128, i128)>),
    /// Year amounts too large for 128 bits, or asset time not in half months: every month by
    /// the `Decimal` rule.
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
        let shape = match life {
            AssetTime::HalfMonths(half_months) => shape(method, basis, salvage, half_months),
            AssetTime::Exact(_) => Shape::RuleOnly,
        };
        Self {
            method: method.clone(),
            basis,
            salvage,
            depreciable: (basis - salvage).max(0),
            life,
            shape,
            rule: OnceCell::new(),
        }
    }

    /// The `Decimal` rule this curve reads.
    fn rule(&self) -> &DepreciationCurve {
        self.rule.get_or_init(|| {
            DepreciationCurve::new(
                &self.method,
                Decimal::new(self.basis, 2),
                Decimal::new(self.salvage, 2),
                self.life.to_decimal(),
            )
        })
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
        fixed_point(self.rule().cumulative(t.to_decimal()), 2)
    }
}

/// How the curve of `method` over `life` half months is read: linear, by year amounts worked
/// out in 10⁻²⁰ units by the rules of `asset_years`, or (amounts out of range) by the rule.
fn shape(method: &DepreciationMethod, basis: i64, salvage: i64, life: i64) -> Shape {
    // The years' lengths in half months, on the stack: a curve is built for every cohort and
    // again after every impairment. Lives are at most `MAX_LIFE_MONTHS` (50 years); anything
    // longer is read by the rule.
    let mut year_lengths = [0i64; MAX_YEARS];
    let mut count = 0;
    while count * HALF_MONTHS_PER_YEAR < life {
        let Some(slot) = year_lengths.get_mut(count as usize) else {
            return Shape::RuleOnly;
        };
        *slot = (life - HALF_MONTHS_PER_YEAR * count).min(HALF_MONTHS_PER_YEAR);
        count += 1;
    }
    let lengths = &year_lengths[..count as usize];
    let (basis_units, salvage_units) = (
        i128::from(basis) * UNITS_PER_CENT,
        i128::from(salvage) * UNITS_PER_CENT,
    );
    let amounts = match method {
        DepreciationMethod::StraightLine | DepreciationMethod::UnitsOfProduction { .. } => {
            return Shape::Linear
        }
        // Excel VDB: book × factor / years × length, or straight line over the years left.
        DepreciationMethod::DecliningBalance { factor } => {
            let factor_over_life = (
                factor.mantissa(),
                10i128
                    .checked_pow(factor.scale())
                    .and_then(|d| d.checked_mul(life.into())),
            );
            year_by_year(
                basis_units,
                salvage_units,
                lengths,
                |book, remaining, i, length| {
                    let (numerator, denominator) = factor_over_life;
                    let declining =
                        times_ratio(book, numerator.checked_mul(length.into())?, denominator?)?;
                    let years_left = life - HALF_MONTHS_PER_YEAR * i as i64;
                    let straight = times_ratio(remaining, length.into(), years_left.into())?;
                    Some(declining.max(straight))
                },
            )
        }
        // Year i's weight: the life remaining at its start × its length (in half months²).
        DepreciationMethod::SumOfYearsDigits => {
            let weights = lengths
                .iter()
                .enumerate()
                .map(|(i, length)| i128::from((life - HALF_MONTHS_PER_YEAR * i as i64) * length));
            let total: i128 = weights.clone().sum();
            let depreciable = (basis_units - salvage_units).max(0);
            weights
                .map(|w| times_ratio(depreciable, w, total))
                .collect()
        }
        // Excel DB: book × the rule's rounded rate × the year's length.
        DepreciationMethod::FixedDecliningBalance if basis <= 0 => Some(vec![0; lengths.len()]),
        DepreciationMethod::FixedDecliningBalance => {
            let years = AssetTime::HalfMonths(life).to_decimal() / Decimal::from(12);
            let rate =
                fixed_declining_rate(Decimal::new(basis, 2), Decimal::new(salvage, 2), years);
            let per_year = 10i128
                .checked_pow(rate.scale())
                .and_then(|d| d.checked_mul(HALF_MONTHS_PER_YEAR.into()));
            year_by_year(basis_units, salvage_units, lengths, |book, _, _, length| {
                times_ratio(book, rate.mantissa().checked_mul(length.into())?, per_year?)
            })
        }
    };
    match amounts {
        Some(amounts) if amounts.is_empty() => Shape::Linear,
        Some(amounts) => {
            let mut before = 0i128;
            let mut years = Vec::with_capacity(amounts.len());
            for amount in amounts {
                if before.abs() > LARGEST || amount.abs() > LARGEST {
                    return Shape::RuleOnly;
                }
                years.push((before, amount));
                before += amount;
            }
            Shape::Years(years)
        }
        None => Shape::RuleOnly,
    }
}

/// `value × numerator / denominator` (denominator positive) to within a unit: exact but for
/// the last division's truncation, and `None` where it would overflow or the denominator is
/// not positive.
fn times_ratio(value: i128, numerator: i128, denominator: i128) -> Option<i128> {
    if denominator <= 0 {
        return None;
    }
    let (whole, part) = (value / denominator, value % denominator);
    whole
        .checked_mul(numerator)?
        .checked_add(part.checked_mul(numerator)? / denominator)
}

/// The total by half month `t` of a life of `life` half months: the years before plus the
/// year's amount × the part of the year elapsed, to the cent; `None` when too near a half cent
/// to decide.
fn within_year(years: &[(i128, i128)], t: i64, life: i64) -> Option<i64> {
    let index = usize::try_from(t / HALF_MONTHS_PER_YEAR)
        .ok()?
        .min(years.len().checked_sub(1)?);
    let year_start = HALF_MONTHS_PER_YEAR * index as i64;
    let length = i128::from((life - year_start).min(HALF_MONTHS_PER_YEAR));
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
            let expected = fixed_point(curve.rule().cumulative(AssetTime::HalfMonths(t).to_decimal()), 2);
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
            let rule = fixed_point(curve.rule().cumulative(Decimal::from(months)), 2);
            assert_eq!(curve.cumulative(AssetTime::months(months)), rule);
        }
    }
}

//! Cumulative depreciation as a function of asset time, for each method.
//!
//! Asset time runs from 0 at the start of depreciation to the life's end: months of life, or
//! GPU-hours for units of production. Declining-balance, sum-of-years'-digits and Excel-DB
//! amounts are defined per asset YEAR (12 asset-months, the last possibly shorter) and spread
//! evenly within the year, as the issue and Excel's VDB prorate partial periods.

use super::DepreciationMethod;
use crate::money::rounded_quotient;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

const MONTHS_PER_YEAR: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// One basis depreciated down to salvage over `life` units of asset time: the per-method rule
/// (Excel VDB with its switch to straight line, SYD, DB; straight line and units of production
/// linear), checked against Microsoft's examples in `tests/excel_examples.rs` and
/// `tests/book_schedules.rs`, and shared with the reference model as one of its rules.
#[derive(Debug, Clone)]
pub struct DepreciationCurve {
    pub(super) depreciable: Decimal,
    pub(super) life: Decimal,
    /// Per asset-year amounts; empty for the linear methods.
    pub(super) year_amounts: Vec<Decimal>,
    /// Depreciation before each asset year (running totals of `year_amounts`).
    pub(super) before_year: Vec<Decimal>,
}

impl DepreciationCurve {
    pub fn new(
        method: &DepreciationMethod,
        basis: Decimal,
        salvage: Decimal,
        life: Decimal,
    ) -> Self {
        let depreciable = (basis - salvage).max(Decimal::ZERO);
        let life = life.max(Decimal::ZERO);
        let year_amounts = match method {
            DepreciationMethod::StraightLine | DepreciationMethod::UnitsOfProduction { .. } => {
                Vec::new()
            }
            DepreciationMethod::DecliningBalance { factor } => {
                declining_with_switch(basis, salvage, life / MONTHS_PER_YEAR, *factor)
            }
            DepreciationMethod::SumOfYearsDigits => {
                sum_of_years_digits(depreciable, life / MONTHS_PER_YEAR)
            }
            DepreciationMethod::FixedDecliningBalance => {
                fixed_declining(basis, salvage, life / MONTHS_PER_YEAR)
            }
        };
        let before_year = year_amounts
            .iter()
            .scan(Decimal::ZERO, |total, amount| {
                let before = *total;
                *total += *amount;
                Some(before)
            })
            .collect();
        Self {
            depreciable,
            life,
            year_amounts,
            before_year,
        }
    }

    /// Depreciation accumulated by asset time `t`, rounded to cents. Rounding the running total
    /// (not each month) means rounding never accumulates, and at the life's end the total is
    /// exactly cost less salvage: the last month absorbs every rounding difference.
    pub fn cumulative(&self, t: Decimal) -> Decimal {
        if self.depreciable.is_zero() || t <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        if t >= self.life || self.life.is_zero() {
            return self.depreciable;
        }
        if self.year_amounts.is_empty() {
            return rounded_quotient(self.depreciable * t, self.life, 2);
        }
        // Asset time is a whole or half month under the usual conventions: find its year
        // without a Decimal division.
        let whole_months = match t.scale() {
            0 => u64::try_from(t.mantissa()).ok(),
            _ => t.floor().to_u64(),
        };
        let index = whole_months
            .and_then(|m| usize::try_from(m / 12).ok())
            .unwrap_or(usize::MAX)
            .min(self.year_amounts.len() - 1);
        let before = self.before_year[index];
        let year_start = Decimal::from(index) * MONTHS_PER_YEAR;
        let year_length = (self.life - year_start).min(MONTHS_PER_YEAR);
        let within = (t - year_start).min(year_length);
        // before + amount × within / length, as one quotient rounded once.
        rounded_quotient(
            before * year_length + self.year_amounts[index] * within,
            year_length,
            2,
        )
    }
}

/// Years of life `years` (possibly fractional) as the lengths of each asset year.
fn year_lengths(years: Decimal) -> Vec<Decimal> {
    let count = years.ceil().to_usize().unwrap_or(0);
    (0..count)
        .map(|i| (years - Decimal::from(i)).min(Decimal::ONE))
        .collect()
}

/// Excel VDB with the switch: each year the larger of declining balance (book × factor / life)
/// and straight line over the remaining life; the last year takes the rest down to salvage.
fn declining_with_switch(
    basis: Decimal,
    salvage: Decimal,
    years: Decimal,
    factor: Decimal,
) -> Vec<Decimal> {
    let lengths = year_lengths(years);
    year_by_year(basis, salvage, &lengths, |book, remaining, i, length| {
        let declining = book * factor / years * length;
        let straight = remaining * length / (years - Decimal::from(i));
        Some(declining.max(straight))
    })
    .unwrap_or_default()
}

/// Walks the asset years (of `lengths`) from `basis`: each takes `amount(book, remaining
/// depreciable, year index, year length)`, never more than what remains above salvage, and
/// the last year takes the rest, so the years sum to basis − salvage exactly. Shared by the
/// `Decimal` rule and the book's reading of it in integers (`cents_curve`); `None` when
/// `amount` is.
pub(super) fn year_by_year<A, L>(
    basis: A,
    salvage: A,
    lengths: &[L],
    amount: impl Fn(A, A, usize, L) -> Option<A>,
) -> Option<Vec<A>>
where
    A: Copy + Ord + Default + std::ops::Sub<Output = A>,
    L: Copy,
{
    let mut book = basis;
    let mut amounts = Vec::with_capacity(lengths.len());
    for (i, length) in lengths.iter().enumerate() {
        // `A::default()` is zero, for Decimal and the integers alike.
        let remaining = (book - salvage).max(A::default());
        let this_year = if i + 1 == lengths.len() {
            remaining
        } else {
            amount(book, remaining, i, *length)?.min(remaining)
        };
        book = book - this_year;
        amounts.push(this_year);
    }
    Some(amounts)
}

/// Excel SYD: year i of n takes (n − i + 1) / (n (n + 1) / 2) of cost less salvage. For a
/// fractional remaining life after a change in estimate, each year's weight is the life
/// remaining at its start times its length, which reduces to the digits for whole years.
fn sum_of_years_digits(depreciable: Decimal, years: Decimal) -> Vec<Decimal> {
    let weights: Vec<Decimal> = year_lengths(years)
        .iter()
        .enumerate()
        .map(|(i, length)| (years - Decimal::from(i)) * length)
        .collect();
    let total: Decimal = weights.iter().sum();
    if total.is_zero() {
        return vec![Decimal::ZERO; weights.len()];
    }
    weights.iter().map(|w| depreciable * w / total).collect()
}

/// Excel DB's rate, 1 − (salvage / cost)^(1 / life), rounded to three decimals as Excel does.
/// The power is taken in f64: the rate is not money, and its rounding to 0.001 is far coarser
/// than f64's error.
pub(crate) fn fixed_declining_rate(basis: Decimal, salvage: Decimal, years: Decimal) -> Decimal {
    let (Some(ratio), Some(years)) = ((salvage / basis).to_f64(), years.to_f64()) else {
        return Decimal::ONE;
    };
    let rate = 1.0 - ratio.powf(1.0 / years);
    Decimal::from_f64_retain(rate)
        .map(|r| r.round_dp_with_strategy(3, RoundingStrategy::MidpointAwayFromZero))
        .unwrap_or(Decimal::ONE)
}

/// Excel DB year by year; the last year takes what remains down to salvage (the rounded rate
/// alone would leave the book value near, not at, salvage).
fn fixed_declining(basis: Decimal, salvage: Decimal, years: Decimal) -> Vec<Decimal> {
    if basis <= Decimal::ZERO {
        return vec![Decimal::ZERO; year_lengths(years).len()];
    }
    let rate = fixed_declining_rate(basis, salvage, years);
    year_by_year(
        basis,
        salvage,
        &year_lengths(years),
        |book, _, _, length| Some(book * rate * length),
    )
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::excel;
    use rust_decimal_macros::dec;

    proptest::proptest! {
        /// Issue 7: the cumulative curve, now one integer quotient, is still the Decimal
        /// formula it replaced, month for month (and half-month for the mid-month convention).
        #[test]
        fn cumulative_depreciation_is_the_decimal_formula(
            cost_cents in 0i64..100_000_000_000_000,
            salvage_percent in 0u32..30,
            life_months in 1u32..=120,
            method in 0usize..4,
            half_months in 0u32..=250,
        ) {
            let methods = [
                DepreciationMethod::StraightLine,
                DepreciationMethod::DecliningBalance { factor: dec!(2) },
                DepreciationMethod::SumOfYearsDigits,
                DepreciationMethod::FixedDecliningBalance,
            ];
            let basis = Decimal::new(cost_cents, 2);
            let salvage = crate::money::percent_of(basis, Decimal::from(salvage_percent));
            let life = Decimal::from(life_months);
            let curve = DepreciationCurve::new(&methods[method], basis, salvage, life);
            let t = Decimal::new(i64::from(half_months) * 5, 1);
            let cents = |v: Decimal| {
                let mut r = v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                r.rescale(2);
                r
            };
            let expected = if curve.depreciable.is_zero() || t <= Decimal::ZERO {
                Decimal::ZERO
            } else if t >= curve.life {
                curve.depreciable
            } else if curve.year_amounts.is_empty() {
                cents(curve.depreciable * t / curve.life)
            } else {
                let year = ((t / MONTHS_PER_YEAR).floor().to_usize().unwrap())
                    .min(curve.year_amounts.len() - 1);
                let start = Decimal::from(year) * MONTHS_PER_YEAR;
                let length = (curve.life - start).min(MONTHS_PER_YEAR);
                let within = (t - start).min(length);
                cents(curve.before_year[year] + curve.year_amounts[year] * within / length)
            };
            proptest::prop_assert_eq!(curve.cumulative(t).to_string(), expected.to_string());
        }
    }

    fn years_of(curve: &DepreciationCurve) -> Vec<Decimal> {
        (1..=curve.year_amounts.len())
            .map(|y| {
                curve.cumulative(Decimal::from(12 * y))
                    - curve.cumulative(Decimal::from(12 * (y - 1)))
            })
            .collect()
    }

    #[test]
    fn declining_balance_years_match_excel_vdb() {
        // Excel: VDB(2400, 300, 10, y-1, y) for y = 1..10, here in cents.
        let curve = DepreciationCurve::new(
            &DepreciationMethod::DecliningBalance { factor: dec!(2) },
            dec!(2400),
            dec!(300),
            dec!(120),
        );
        for (y, amount) in years_of(&curve).iter().enumerate() {
            let excel =
                excel::vdb(2400.0, 300.0, 10.0, y as f64, y as f64 + 1.0, 2.0, false).unwrap();
            assert!(
                (amount.to_f64().unwrap() - excel).abs() <= 0.01,
                "year {}: {amount} vs {excel}",
                y + 1
            );
        }
        assert_eq!(curve.cumulative(dec!(120)), dec!(2100));
    }

    #[test]
    fn sum_of_years_digits_matches_excel_syd() {
        let curve = DepreciationCurve::new(
            &DepreciationMethod::SumOfYearsDigits,
            dec!(30000),
            dec!(7500),
            dec!(120),
        );
        let years = years_of(&curve);
        assert_eq!(years[0], dec!(4090.91));
        assert_eq!(years[9], dec!(409.09));
        assert_eq!(years.iter().sum::<Decimal>(), dec!(22500));
    }

    #[test]
    fn fixed_declining_matches_excel_db_until_the_last_year() {
        // Excel: DB(1000000, 100000, 6, y) = 319,000.00, 217,239.00, 147,939.76, 100,746.98,
        // 68,608.69 for years 1-5 (rate 0.319); year 6 is 46,722.52 in Excel, which leaves
        // 99,743.05 on the books; Fleet Ledger takes the book value to salvage instead.
        let curve = DepreciationCurve::new(
            &DepreciationMethod::FixedDecliningBalance,
            dec!(1000000),
            dec!(100000),
            dec!(72),
        );
        let years = years_of(&curve);
        for (y, amount) in years.iter().take(5).enumerate() {
            let excel = excel::db(1_000_000.0, 100_000.0, 6.0, y as f64 + 1.0, 12.0).unwrap();
            assert!(
                (amount.to_f64().unwrap() - excel).abs() <= 0.01,
                "year {}: {amount} vs {excel}",
                y + 1
            );
        }
        assert_eq!(years.iter().sum::<Decimal>(), dec!(900000));
    }

    #[test]
    fn straight_line_rounds_the_running_total() {
        // 1000 over 3 months: 333.33, 333.34, 333.33 — the total is exact.
        let curve = DepreciationCurve::new(
            &DepreciationMethod::StraightLine,
            dec!(1000),
            dec!(0),
            dec!(3),
        );
        let months: Vec<_> = (1..=3)
            .map(|m| curve.cumulative(Decimal::from(m)) - curve.cumulative(Decimal::from(m - 1)))
            .collect();
        assert_eq!(months, [dec!(333.33), dec!(333.34), dec!(333.33)]);
    }
}

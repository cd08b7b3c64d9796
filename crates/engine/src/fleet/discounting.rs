//! Values in use for the impairment tests: each month's future cash flows discounted back to
//! it, in 128-bit binary fixed point.
//!
//! Why this shape: dividing a 28-digit `Decimal` by the monthly factor every month of every
//! cohort was a large share of a schedule's time (docs/PERFORMANCE.md). Here amounts are i128
//! counts of 10⁻²⁰ currency units and the step multiplies by 1 / factor held to 2⁻¹²⁷:
//! each step errs by less than 10⁻²⁰, so after 240 steps a value is within 10⁻¹⁷ of the exact
//! one, closer than the Decimal recursion itself, and its cents differ from that recursion's
//! only if the exact value lies within 10⁻¹⁷ of a half cent. The reference model's differential test compares
//! both on random fleets.

use rust_decimal::Decimal;

/// 10⁻²⁰ currency units in a cent.
const UNITS_PER_CENT: i128 = 1_000_000_000_000_000_000;

/// 1 / `monthly_factor` × 2¹²⁷, or none when the factor is below 1 (a negative discount rate,
/// which the plain recursion handles).
fn inverse_factor(monthly_factor: Decimal) -> Option<u128> {
    let m = u128::try_from(monthly_factor.mantissa()).ok()?;
    let scale = 10u128.pow(monthly_factor.scale());
    if m < scale {
        return None;
    }
    // Long division of 10^scale × 2¹²⁷ by m, a bit at a time: r < m < 2⁹⁶ never overflows.
    let mut quotient: u128 = 0;
    let mut remainder: u128 = 0;
    for bit in (0..128 + 127).rev() {
        let numerator_bit = if bit >= 127 {
            (scale >> (bit - 127)) & 1
        } else {
            0
        };
        remainder = (remainder << 1) | numerator_bit;
        quotient <<= 1;
        if remainder >= m {
            remainder -= m;
            quotient |= 1;
        }
    }
    Some(quotient)
}

/// (x × g) / 2¹²⁷, truncated toward zero, through a 256-bit product.
fn times_inverse(x: i128, g: u128) -> i128 {
    const LOW: u128 = u64::MAX as u128;
    let a = x.unsigned_abs();
    let (a1, a0, g1, g0) = (a >> 64, a & LOW, g >> 64, g & LOW);
    let (p00, p01, p10, p11) = (a0 * g0, a0 * g1, a1 * g0, a1 * g1);
    let middle = (p00 >> 64) + (p01 & LOW) + (p10 & LOW);
    let high = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
    let magnitude = (high << 1) | ((middle & LOW) >> 63);
    let magnitude = i128::try_from(magnitude).unwrap_or(i128::MAX);
    if x < 0 {
        -magnitude
    } else {
        magnitude
    }
}

/// A value in use for one month: 10⁻²⁰ currency units, rounded to cents when a test reads it
/// (most months are never tested, so the division waits).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ValueInUse(i128);

impl ValueInUse {
    /// In cents, rounded half away from zero.
    pub(crate) fn cents(self) -> i64 {
        super::precision::divide_round(self.0, UNITS_PER_CENT)
    }
}

/// The monthly discount factor, with its inverse in fixed point worked out once per run
/// (a 255-step long division).
#[derive(Debug, Clone, Copy)]
pub(crate) struct MonthlyDiscount {
    pub factor: Decimal,
    /// `None` when the factor is below 1 (a negative discount rate).
    inverse: Option<u128>,
}

impl MonthlyDiscount {
    pub(crate) fn new(factor: Decimal) -> Self {
        Self {
            factor,
            inverse: inverse_factor(factor),
        }
    }

    /// Into `values`, for each month k of `flows_cents`, the later flows discounted back to
    /// the end of month k: value[k] = Σ_{j>k} flows[j] / factor^(j − k). `None` when the
    /// factor is below 1, which the plain recursion handles.
    pub(crate) fn values_in_use(
        &self,
        flows_cents: &[i64],
        values: &mut Vec<ValueInUse>,
    ) -> Option<()> {
        let g = self.inverse?;
        values.clear();
        values.resize(flows_cents.len(), ValueInUse(0));
        let mut value: i128 = 0;
        for k in (0..flows_cents.len().saturating_sub(1)).rev() {
            value = times_inverse(value + i128::from(flows_cents[k + 1]) * UNITS_PER_CENT, g);
            values[k] = ValueInUse(value);
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::round_cents;
    use crate::valuation::{discounted_forward, monthly_factor};
    use rust_decimal_macros::dec;

    #[test]
    fn one_over_a_factor_of_one_is_one() {
        assert_eq!(inverse_factor(Decimal::ONE), Some(1u128 << 127));
        assert_eq!(inverse_factor(dec!(0.99)), None);
        assert_eq!(times_inverse(-1_000_000, 1u128 << 127), -1_000_000);
        assert_eq!(times_inverse(1_000_000, 1u128 << 126), 500_000);
    }

    proptest::proptest! {
        /// The fixed-point recursion gives the Decimal recursion's cents.
        #[test]
        fn fixed_point_values_in_use_are_the_decimal_ones_to_the_cent(
            rate_basis_points in 0i64..3_000,
            flows in proptest::collection::vec(-10_000_000_000_000i64..10_000_000_000_000, 1..240),
        ) {
            let factor = monthly_factor(Decimal::new(rate_basis_points, 4)).unwrap();
            let decimal: Vec<Decimal> = flows.iter().map(|c| Decimal::new(*c, 2)).collect();
            let expected: Vec<i64> = discounted_forward(&decimal, factor)
                .into_iter()
                .map(|v| round_cents(v).mantissa() as i64)
                .collect();
            let mut values = Vec::new();
            MonthlyDiscount::new(factor).values_in_use(&flows, &mut values).unwrap();
            let cents: Vec<i64> = values
                .into_iter()
                .map(ValueInUse::cents)
                .collect();
            proptest::prop_assert_eq!(cents, expected);
        }
    }
}

//! The precision the monthly model works at, and its fixed-point arithmetic (docs/MODEL.md,
//! "Time, money and rounding"; issue 7).
//!
//! Every rate, price and fraction the monthly loop multiplies by is taken to six decimal places
//! before the run ([`at_model_precision`]), a cohort's cost is rounded to the cent, money is
//! kept in cents and quantities (hours, kWh, kg) in ten-thousandths. With those fixed scales
//! each month's amounts are exact integer products rounded once, half away from zero, which is
//! what the `Decimal` formulas give, at a fraction of the cost of `Decimal` arithmetic
//! (docs/PERFORMANCE.md).

pub(crate) use crate::money::positive_half_up;
use crate::money::{divide_half_away, quotient_half_away, round_half_away};
use crate::scenario::Scenario;
use rust_decimal::Decimal;

/// Decimal places of the rates, prices and fractions the monthly loop multiplies by.
pub(crate) const RATE_PLACES: u32 = 6;
const RATE_SCALE: i128 = 1_000_000;
/// One, in millionths.
pub(crate) const RATE_MILLIONTHS: i64 = 1_000_000;

/// `value` to [`RATE_PLACES`] places, half away from zero.
fn at_rate_precision(value: &mut Decimal) {
    *value = round_half_away(*value, RATE_PLACES);
}

/// The scenario as the model computes it: every input the monthly loop multiplies by taken to
/// six decimal places (a millionth of a kW, of a currency unit per kWh, of a share of hours).
/// Inputs entered with more places are rounded here, once, half away from zero.
pub(crate) fn at_model_precision(s: &Scenario) -> Scenario {
    let mut s = s.clone();
    for sku in &mut s.catalog {
        at_rate_precision(&mut sku.capex_per_gpu);
        at_rate_precision(&mut sku.kw_per_gpu);
        at_rate_precision(&mut sku.idle_power_fraction);
        at_rate_precision(&mut sku.training_throughput);
        at_rate_precision(&mut sku.inference_throughput);
    }
    for cohort in &mut s.cohorts {
        if let Some(cost) = cohort.unit_cost.as_mut() {
            at_rate_precision(cost);
        }
        if let Some(contract) = cohort.contract.as_mut() {
            at_rate_precision(&mut contract.price_per_gpu_hour);
            at_rate_precision(&mut contract.share_of_hours);
        }
    }
    let costs = &mut s.costs;
    at_rate_precision(&mut costs.electricity_per_kwh);
    at_rate_precision(&mut costs.pue);
    at_rate_precision(&mut costs.maintenance_percent_per_year);
    at_rate_precision(&mut costs.other_per_gpu_month);
    at_rate_precision(&mut costs.carbon_kg_per_kwh);
    at_rate_precision(costs.facility.per_kw_month_mut());
    at_rate_precision(&mut s.valuation.tax_rate);
    at_rate_precision(&mut s.policies.impairment.price_drop_trigger);
    s
}

/// A rate (at most [`RATE_PLACES`] places, as [`at_model_precision`] leaves it) in millionths.
/// Out-of-range values saturate; validation bounds every input far inside an i64.
pub(crate) fn millionths(value: Decimal) -> i64 {
    let mantissa = round_half_away(value, RATE_PLACES).mantissa();
    i64::try_from(mantissa).unwrap_or(if mantissa < 0 { i64::MIN } else { i64::MAX })
}

/// `numerator / 10^K` to the nearest integer, halves away from zero (`money`'s one rule). `K`
/// is a constant so the common case (the numerator fits an i64) divides by multiplying.
#[inline]
pub(crate) fn shift_round<const K: u32>(numerator: i128) -> i64 {
    if let Some(quotient) = positive_half_up(numerator, 10u64.pow(K)) {
        return quotient;
    }
    match i64::try_from(numerator) {
        Ok(n) => quotient_half_away!(n, 10i64.pow(K)),
        Err(_) => divide_round(numerator, 10i128.pow(K)),
    }
}

/// `numerator / 10^places` to the nearest integer, halves away from zero: [`shift_round`] for
/// an exponent known only at run time, each case a constant divisor.
pub(crate) fn shift_round_by(numerator: i128, places: u32) -> i64 {
    macro_rules! by_constant {
        ($($k:literal)*) => {
            match places {
                $($k => shift_round::<$k>(numerator),)*
                _ => divide_round(numerator, 10i128.pow(places.min(38))),
            }
        };
    }
    by_constant!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18)
}

/// `numerator / hours` to the nearest integer, halves away from zero ([`divide_round`]), with
/// the hours of a month of 28 to 31 days as constant divisors.
#[inline]
pub(crate) fn per_month_hours(numerator: i128, hours: i64) -> i64 {
    let constant = match hours {
        672 => positive_half_up(numerator, 672),
        696 => positive_half_up(numerator, 696),
        720 => positive_half_up(numerator, 720),
        744 => positive_half_up(numerator, 744),
        _ => None,
    };
    constant.unwrap_or_else(|| divide_round(numerator, i128::from(hours)))
}

/// `numerator / denominator` to the nearest integer, halves away from zero; 0 when the
/// denominator is 0.
#[inline]
pub(crate) fn divide_round(numerator: i128, denominator: i128) -> i64 {
    if denominator == 0 {
        return 0;
    }
    let q = divide_half_away(numerator, denominator);
    i64::try_from(q).unwrap_or(if q < 0 { i64::MIN } else { i64::MAX })
}

/// The product of a rate in millionths and an integer amount, still in millionths of it.
#[inline]
pub(crate) fn times_rate(amount: i64, rate_millionths: i64) -> i128 {
    i128::from(amount) * i128::from(rate_millionths)
}

pub(crate) const RATE: i128 = RATE_SCALE;

/// Cents as a Decimal shown to the cent.
#[inline]
pub(crate) fn money(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// Ten-thousandths as a Decimal shown to four places.
#[inline]
pub(crate) fn quantity(ten_thousandths: i64) -> Decimal {
    Decimal::new(ten_thousandths, 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::RoundingStrategy;

    proptest::proptest! {
        /// The integer rounding is Decimal's half-away-from-zero rounding of the same quotient.
        #[test]
        fn integer_rounding_is_decimal_rounding(
            numerator in -(10i128.pow(24))..10i128.pow(24),
            denominator in 1i128..10i128.pow(12),
            negative in proptest::bool::ANY,
        ) {
            let denominator = if negative { -denominator } else { denominator };
            // Quotients an i64 holds (the model's amounts are far smaller).
            proptest::prop_assume!((numerator / denominator).abs() < 1 << 62);
            let expected = (Decimal::from_i128_with_scale(numerator, 0)
                / Decimal::from_i128_with_scale(denominator, 0))
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            proptest::prop_assert_eq!(Decimal::from(divide_round(numerator, denominator)), expected);
            let shifted = Decimal::from_i128_with_scale(numerator, 6)
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            proptest::prop_assert_eq!(Decimal::from(shift_round::<6>(numerator)), shifted);
        }

        /// The constant-divisor forms are the general rounding: by any power of ten up to
        /// 10¹⁸, and by any month's hours (and hours no month has), halves included.
        #[test]
        fn constant_divisors_round_as_the_general_division(
            quotient in -(1i64 << 61)..(1i64 << 61),
            remainder in 0u64..u64::MAX,
            on_a_half in proptest::bool::ANY,
            places in 0u32..=18,
            days in 27i64..=32,
        ) {
            for divisor in [10i128.pow(places), i128::from(days * 24)] {
                let part = if on_a_half { divisor / 2 } else { i128::from(remainder) % divisor };
                // Any quotient, and a positive one small enough for the 64-bit fast path.
                let fits = i128::from(quotient).abs() % (i128::from(i64::MAX) / divisor);
                for numerator in [i128::from(quotient) * divisor + part, fits * divisor + part] {
                    let general = divide_round(numerator, divisor);
                    if divisor == 10i128.pow(places) {
                        proptest::prop_assert_eq!(shift_round_by(numerator, places), general);
                    } else {
                        proptest::prop_assert_eq!(per_month_hours(numerator, days * 24), general);
                    }
                }
            }
        }
    }
}

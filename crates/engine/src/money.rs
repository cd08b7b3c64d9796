//! Money: `rust_decimal::Decimal` in the scenario's currency, rounded to cents explicitly.
//!
//! `Decimal::round_dp` rounds half to even (banker's rounding) by default; accounting and
//! Excel's ROUND round half away from zero, so every rounding here names its strategy.
//!
//! Overflow: inputs are bounded by validation (no amount above [`MAX_AMOUNT`], no life above
//! [`MAX_LIFE_MONTHS`]), which keeps every product and sum the engine forms far inside
//! Decimal's range (about 7.9e28); that bound is what makes plain operators safe here.

use rust_decimal::Decimal;

/// Largest amount accepted anywhere in a scenario: one quadrillion currency units.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0x_a4c6_8000, 0x_0003_8d7e, 0, false, 0);

/// Longest useful life accepted: 50 years.
pub const MAX_LIFE_MONTHS: u32 = 600;

/// Rounds to cents, half away from zero, as a ledger (and Excel's ROUND) does.
pub fn round_cents(amount: Decimal) -> Decimal {
    round_half_away(amount, 2)
}

/// `value` rounded to `dp` decimal places, half away from zero, and shown with exactly `dp`
/// places (`2.5` becomes `2.50`, so a column of amounts reads alike whatever arithmetic produced
/// each): `round_dp_with_strategy(dp, MidpointAwayFromZero)` then `rescale(dp)`, done on the
/// 96-bit mantissa in one division because the schedule rounds ten amounts a cohort-month and
/// the library rescales digit by digit (docs/PERFORMANCE.md).
pub fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    let scale = value.scale();
    if scale <= dp {
        let mut padded = value;
        padded.rescale(dp);
        return padded;
    }
    // A Decimal's scale is at most 28, and 10^28 fits an i128 many times over.
    let divisor = 10i128.pow(scale - dp);
    // A result of zero is positive zero, as the library gives.
    Decimal::from_i128_with_scale(divide_half_away(value.mantissa(), divisor), dp)
}

/// `numerator / denominator` rounded to `dp` places, half away from zero, shown to `dp` places:
/// the exact quotient rounded once, in integers. The monthly schedule divides for straight-line
/// depreciation, maintenance (a yearly percentage over 12 months) and average power; going
/// through a 28-digit `Decimal` quotient first gave the same cents (the quotients are far from
/// half-cent midpoints at these magnitudes) at several times the cost. Falls back to that
/// route if the integers would overflow. A zero denominator gives zero; callers test first.
pub fn rounded_quotient(numerator: Decimal, denominator: Decimal, dp: u32) -> Decimal {
    if denominator.is_zero() {
        return round_half_away(Decimal::ZERO, dp);
    }
    let scaled =
        |m: i128, exponent: u32| 10i128.checked_pow(exponent).and_then(|p| m.checked_mul(p));
    let exact = scaled(numerator.mantissa(), denominator.scale() + dp)
        .zip(scaled(denominator.mantissa(), numerator.scale()))
        .map(|(a, b)| divide_half_away(a, b))
        .filter(|q| q.unsigned_abs() < 1 << 96);
    match exact {
        Some(q) => Decimal::from_i128_with_scale(q, dp),
        None => round_half_away(numerator / denominator, dp),
    }
}

/// The one rounding of an integer quotient, wherever the engine divides integers: the
/// truncated quotient, stepped away from zero when the remainder is at least half the divisor
/// (halves away from zero, as [`round_half_away`] rounds decimals). A macro so that the same
/// words serve 64-bit amounts, which the machine divides several times faster, and 128-bit ones.
macro_rules! quotient_half_away {
    ($a:expr, $b:expr) => {{
        let (a, b) = ($a, $b);
        let (quotient, remainder) = (a / b, a % b);
        if remainder.unsigned_abs() * 2 >= b.unsigned_abs() {
            quotient + a.signum() * b.signum()
        } else {
            quotient
        }
    }};
}
pub(crate) use quotient_half_away;

/// [`quotient_half_away`] for a non-negative numerator within 64 bits: adding half the divisor
/// rounds halves up, that is away from zero, in one division (an odd divisor has no exact
/// half). Most amounts are positive; with a constant divisor, inlined, the compiler divides by
/// multiplying. `None` otherwise.
#[inline(always)]
pub(crate) fn positive_half_up(numerator: i128, divisor: u64) -> Option<i64> {
    let n = u64::try_from(numerator).ok()?;
    let half_up = n.checked_add(divisor / 2)?;
    i64::try_from(half_up / divisor).ok()
}

/// `a / b` to the nearest integer, halves away from zero (`b` not zero).
pub(crate) fn divide_half_away(a: i128, b: i128) -> i128 {
    if let Some(quotient) = u64::try_from(b).ok().and_then(|b| positive_half_up(a, b)) {
        return i128::from(quotient);
    }
    if let (Ok(a), Ok(b)) = (i64::try_from(a), i64::try_from(b)) {
        if a != i64::MIN && b != i64::MIN {
            return i128::from(quotient_half_away!(a, b));
        }
    }
    quotient_half_away!(a, b)
}

/// An amount already at `places` places (cents: 2, quantities: 4) as an integer count of them.
/// A value with more places is rounded half away from zero.
pub(crate) fn fixed_point(value: Decimal, places: u32) -> i64 {
    // The common case, an amount already at its places or fewer, needs no division.
    let mantissa = match places.checked_sub(value.scale()) {
        Some(0) => value.mantissa(),
        Some(missing) => value.mantissa() * 10i128.pow(missing),
        None => round_half_away(value, places).mantissa(),
    };
    i64::try_from(mantissa).unwrap_or(if mantissa < 0 { i64::MIN } else { i64::MAX })
}

/// `percent` of `amount`, rounded to cents: salvage values, bonus depreciation.
pub fn percent_of(amount: Decimal, percent: Decimal) -> Decimal {
    round_cents(amount * percent / Decimal::ONE_HUNDRED)
}

/// An amount in cents with English thousands separators, e.g. `-1,234,567.80`, for the
/// engine's own sentences; the UI and reports format for the reader's locale themselves.
pub fn format_en(amount: Decimal) -> String {
    let rounded = round_cents(amount);
    let text = format!("{:.2}", rounded.abs());
    let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped}.{cents}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::RoundingStrategy;
    use rust_decimal_macros::dec;

    #[test]
    fn rounded_quotients_round_halves_away_from_zero() {
        assert_eq!(rounded_quotient(dec!(1), dec!(8), 2).to_string(), "0.13"); // 0.125
        assert_eq!(rounded_quotient(dec!(-1), dec!(8), 2).to_string(), "-0.13");
        assert_eq!(rounded_quotient(dec!(1), dec!(-8), 2).to_string(), "-0.13");
        assert_eq!(rounded_quotient(dec!(2), dec!(3), 4).to_string(), "0.6667");
        assert_eq!(rounded_quotient(dec!(7), dec!(0), 2).to_string(), "0.00");
        assert_eq!(
            rounded_quotient(dec!(36000), dec!(1200), 2).to_string(),
            "30.00"
        );
    }

    #[test]
    fn max_amount_is_one_quadrillion() {
        assert_eq!(MAX_AMOUNT, dec!(1_000_000_000_000_000));
    }

    #[test]
    fn english_amounts_group_thousands() {
        assert_eq!(format_en(dec!(1234567.8)), "1,234,567.80");
        assert_eq!(format_en(dec!(-999.995)), "-1,000.00");
        assert_eq!(format_en(dec!(0.004)), "0.00");
        assert_eq!(format_en(dec!(100)), "100.00");
    }

    #[test]
    fn halves_round_away_from_zero_not_to_even() {
        assert_eq!(round_cents(dec!(0.125)), dec!(0.13)); // banker's would give 0.12
        assert_eq!(round_cents(dec!(-0.125)), dec!(-0.13));
        assert_eq!(round_cents(dec!(2.675)), dec!(2.68));
        assert_eq!(percent_of(dec!(39000), dec!(10)), dec!(3900.00));
    }

    proptest::proptest! {
        /// The fast rounding is the library's half-away-from-zero rounding shown to `dp`
        /// places, digit for digit: same value, scale and sign (compared as text).
        #[test]
        fn fast_rounding_is_the_libraries(
            mantissa in proptest::num::i128::ANY,
            scale in 0u32..=28,
            dp in 0u32..=8,
        ) {
            let mantissa = mantissa % 79_228_162_514_264_337_593_543_950_335;
            // Small values too, which round to zero.
            let mantissa = if mantissa % 3 == 0 { mantissa % 1_000 } else { mantissa };
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            let mut expected = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
            expected.rescale(dp);
            proptest::prop_assert_eq!(round_half_away(value, dp).to_string(), expected.to_string());
        }

        /// The integer quotient is the Decimal quotient rounded, at the magnitudes the model
        /// divides (amounts to a quadrillion, divisors such as months, hours and 1,200).
        #[test]
        fn rounded_quotients_are_the_decimal_quotients_rounded(
            numerator in -10i128.pow(22)..10i128.pow(22),
            numerator_scale in 0u32..=6,
            denominator in 1i64..10_000_000,
            denominator_scale in 0u32..=4,
            negative in proptest::bool::ANY,
            dp in 0u32..=4,
        ) {
            let a = Decimal::from_i128_with_scale(numerator, numerator_scale);
            let mut b = Decimal::new(denominator, denominator_scale);
            b.set_sign_negative(negative);
            let mut expected = (a / b).round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
            expected.rescale(dp);
            proptest::prop_assert_eq!(rounded_quotient(a, b, dp).to_string(), expected.to_string());
        }

        #[test]
        fn fast_rounding_of_midpoints_is_the_libraries(
            units in -1_000_000i64..1_000_000,
            scale in 3u32..=10,
        ) {
            // x.xx5, x.xx50, ... exactly halfway between two cents.
            let value = Decimal::from_i128_with_scale(
                i128::from(units) * 10i128.pow(scale - 2) + 5 * 10i128.pow(scale - 3),
                scale,
            );
            let expected = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
            proptest::prop_assert_eq!(round_half_away(value, 2).to_string(), expected.to_string());
        }
    }
}

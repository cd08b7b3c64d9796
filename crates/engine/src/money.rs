//! Money: `rust_decimal::Decimal` in the scenario's currency, rounded to cents explicitly.
//!
//! `Decimal::round_dp` rounds half to even (banker's rounding) by default; accounting and
//! Excel's ROUND round half away from zero, so every rounding here names its strategy.
//!
//! Overflow: inputs are bounded by validation (no amount above [`MAX_AMOUNT`], no life above
//! [`MAX_LIFE_MONTHS`]), which keeps every product and sum the engine forms far inside
//! Decimal's range (about 7.9e28); that bound is what makes plain operators safe here.

use rust_decimal::{Decimal, RoundingStrategy};

/// Largest amount accepted anywhere in a scenario: one quadrillion currency units.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0x_a4c6_8000, 0x_0003_8d7e, 0, false, 0);

/// Longest useful life accepted: 50 years.
pub const MAX_LIFE_MONTHS: u32 = 600;

/// Rounds to cents, half away from zero, as a ledger (and Excel's ROUND) does.
pub fn round_cents(amount: Decimal) -> Decimal {
    round_half_away(amount, 2)
}

/// `value` rounded to `dp` decimal places, half away from zero: exactly
/// `round_dp_with_strategy(dp, MidpointAwayFromZero)` (same value, same scale, same sign of
/// zero), done on the 96-bit mantissa in one division. The monthly schedule rounds about ten
/// amounts per cohort-month, and the library's digit-by-digit rescaling was an eighth of its
/// run time (docs/PERFORMANCE.md).
pub fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    let scale = value.scale();
    if scale <= dp {
        return value;
    }
    let Some(divisor) = 10i128.checked_pow(scale - dp) else {
        return value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    };
    let mantissa = value.mantissa();
    let (quotient, remainder) = (mantissa / divisor, mantissa % divisor);
    let rounded = if remainder.unsigned_abs() * 2 >= divisor.unsigned_abs() {
        quotient + mantissa.signum()
    } else {
        quotient
    };
    let mut result = Decimal::from_i128_with_scale(rounded, dp);
    result.set_sign_negative(value.is_sign_negative());
    result
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
    use rust_decimal_macros::dec;

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
        /// The fast rounding is the library's half-away-from-zero rounding, digit for digit:
        /// same value, same scale, same sign (compared as text, which shows all three).
        #[test]
        fn fast_rounding_is_the_libraries(
            mantissa in proptest::num::i128::ANY,
            scale in 0u32..=28,
            dp in 0u32..=8,
        ) {
            let mantissa = mantissa % 79_228_162_514_264_337_593_543_950_335;
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            let expected = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
            proptest::prop_assert_eq!(round_half_away(value, dp).to_string(), expected.to_string());
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

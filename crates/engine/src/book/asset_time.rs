//! Asset time: how far along its life a basis is, in months (or GPU-hours for units of
//! production).
//!
//! Under the full-month and mid-month conventions, and for every life in whole months, asset
//! time is a whole number of half months: those are counted exactly as integers, which makes
//! the book's monthly step cheap (issue 7). Anything else (the half-year convention's
//! fractions of a year, GPU-hours) is kept as the `Decimal` the rules define it by.

use rust_decimal::Decimal;
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy)]
pub(crate) enum AssetTime {
    HalfMonths(i64),
    Exact(Decimal),
}

impl AssetTime {
    pub(crate) const ZERO: Self = Self::HalfMonths(0);

    pub(crate) fn months(months: i64) -> Self {
        Self::HalfMonths(2 * months)
    }

    /// The same time as a `Decimal` of months (or hours): whole months with no places, half
    /// months with one, as the `Decimal` rules wrote them.
    pub(crate) fn to_decimal(self) -> Decimal {
        match self {
            Self::HalfMonths(h) if h % 2 == 0 => Decimal::from(h / 2),
            Self::HalfMonths(h) => Decimal::new(h * 5, 1),
            Self::Exact(t) => t,
        }
    }

    // The book steps asset time every month: the half-month case is inlined, the `Decimal`
    // one kept out of line so it does not stop that.
    #[inline(always)]
    pub(crate) fn plus(self, other: Self) -> Self {
        match (self, other) {
            (Self::HalfMonths(a), Self::HalfMonths(b)) => Self::HalfMonths(a + b),
            _ => Self::Exact(exact_sum(self, other, false)),
        }
    }

    #[inline(always)]
    pub(crate) fn minus(self, other: Self) -> Self {
        match (self, other) {
            (Self::HalfMonths(a), Self::HalfMonths(b)) => Self::HalfMonths(a - b),
            _ => Self::Exact(exact_sum(self, other, true)),
        }
    }

    #[inline]
    pub(crate) fn is_positive(self) -> bool {
        self > Self::ZERO
    }
}

/// `a + b` (or `a − b`) as `Decimal`s.
#[cold]
#[inline(never)]
fn exact_sum(a: AssetTime, b: AssetTime, subtract: bool) -> Decimal {
    if subtract {
        a.to_decimal() - b.to_decimal()
    } else {
        a.to_decimal() + b.to_decimal()
    }
}

#[cold]
#[inline(never)]
fn exact_cmp(a: AssetTime, b: AssetTime) -> Ordering {
    a.to_decimal().cmp(&b.to_decimal())
}

impl PartialEq for AssetTime {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for AssetTime {}

impl PartialOrd for AssetTime {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AssetTime {
    #[inline(always)]
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Self::HalfMonths(a), Self::HalfMonths(b)) => a.cmp(b),
            _ => exact_cmp(*self, *other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn half_months_read_as_the_decimal_months_they_are() {
        assert_eq!(AssetTime::HalfMonths(7).to_decimal().to_string(), "3.5");
        assert_eq!(AssetTime::months(12).to_decimal().to_string(), "12");
        assert_eq!(
            AssetTime::HalfMonths(3).plus(AssetTime::Exact(dec!(0.25))),
            AssetTime::Exact(dec!(1.75))
        );
        assert_eq!(
            AssetTime::months(60).minus(AssetTime::HalfMonths(3)),
            AssetTime::HalfMonths(117)
        );
        assert!(AssetTime::Exact(dec!(0.000001)).is_positive());
        assert!(!AssetTime::HalfMonths(0).is_positive());
        assert!(AssetTime::HalfMonths(5) < AssetTime::Exact(dec!(2.6)));
    }
}

//! Impairment tests of a cohort (an asset group): US GAAP ASC 360-10 and IFRS IAS 36.

use crate::money::round_cents;
use crate::validation::{IssueCode, IssueCollector, ValidationErrors};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Which standard the impairment tests follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImpairmentStandard {
    /// ASC 360-10: recoverability against undiscounted cash flows, loss to fair value, never
    /// reversed.
    Asc360,
    /// IAS 36: loss to the recoverable amount; reversals allowed up to the carrying amount
    /// that would have stood without the impairment.
    Ias36,
}

/// The outcome of one test, with the figures a report's impairment table shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ImpairmentTest {
    pub standard: ImpairmentStandard,
    pub carrying_amount: Decimal,
    /// ASC 360: undiscounted future net cash flows including disposal proceeds.
    /// IAS 36: the recoverable amount, max(fair value less costs of disposal, value in use).
    pub recoverability_measure: Decimal,
    /// Whether the carrying amount is recoverable (no loss).
    pub recoverable: bool,
    /// The amount the carrying amount is written down to if not recoverable.
    pub written_down_to: Decimal,
    pub loss: Decimal,
}

fn check_amounts(named: &[(&str, Decimal)]) -> Result<(), ValidationErrors> {
    let mut issues = IssueCollector::default();
    for (name, value) in named {
        if *value < Decimal::ZERO {
            issues.push(*name, IssueCode::NotNegative);
        }
    }
    issues.finish()
}

/// ASC 360-10-35-17: the carrying amount is not recoverable when it exceeds the sum of the
/// undiscounted cash flows expected from the use and eventual disposition of the asset group;
/// the loss is then carrying amount − fair value (never below zero).
pub fn asc360_test(
    carrying_amount: Decimal,
    undiscounted_cash_flows: Decimal,
    fair_value: Decimal,
) -> Result<ImpairmentTest, ValidationErrors> {
    check_amounts(&[
        ("carrying_amount", carrying_amount),
        ("fair_value", fair_value),
    ])?;
    let recoverable = carrying_amount <= undiscounted_cash_flows;
    let loss = if recoverable {
        Decimal::ZERO
    } else {
        round_cents((carrying_amount - fair_value).max(Decimal::ZERO))
    };
    Ok(ImpairmentTest {
        standard: ImpairmentStandard::Asc360,
        carrying_amount,
        recoverability_measure: undiscounted_cash_flows,
        recoverable,
        written_down_to: carrying_amount - loss,
        loss,
    })
}

/// IAS 36.59: the carrying amount is reduced to the recoverable amount when that is lower;
/// IAS 36.18: recoverable amount = max(fair value less costs of disposal, value in use).
pub fn ias36_test(
    carrying_amount: Decimal,
    fair_value_less_costs_of_disposal: Decimal,
    value_in_use: Decimal,
) -> Result<ImpairmentTest, ValidationErrors> {
    check_amounts(&[("carrying_amount", carrying_amount)])?;
    let recoverable_amount = fair_value_less_costs_of_disposal
        .max(value_in_use)
        .max(Decimal::ZERO);
    let loss = round_cents((carrying_amount - recoverable_amount).max(Decimal::ZERO));
    Ok(ImpairmentTest {
        standard: ImpairmentStandard::Ias36,
        carrying_amount,
        recoverability_measure: recoverable_amount,
        recoverable: loss.is_zero(),
        written_down_to: carrying_amount - loss,
        loss,
    })
}

/// IAS 36.114-117: a reversal raises the carrying amount to the recoverable amount, but not
/// above the carrying amount that would have been determined (net of depreciation) had no
/// impairment loss been recognised. ASC 360-10-35-20 forbids reversals: call this only under
/// IAS 36.
pub fn ias36_reversal(
    carrying_amount: Decimal,
    recoverable_amount: Decimal,
    carrying_amount_without_impairment: Decimal,
) -> Decimal {
    let ceiling = recoverable_amount.min(carrying_amount_without_impairment);
    round_cents((ceiling - carrying_amount).max(Decimal::ZERO))
}

/// IAS 36.110-116: an impairment loss is reversed only when the estimates used to measure the
/// recoverable amount have changed since the loss (or the last reversal) was recognised; the
/// unwinding of the discount and the passing of time are not such a change (IAS 36.116).
///
/// In a scenario every price, cost and residual curve is known from the start, so the only
/// estimates that can change within a run are the cohort's own dated changes in estimate
/// (its useful life, and with it the period its cash flows are projected over, IAS 36.33).
/// `changes` are their effective months; a reversal may be recognised at a test in month
/// `test` when one took effect after `since`, the month of the last loss or reversal.
pub fn ias36_estimates_changed(
    changes: impl IntoIterator<Item = crate::calendar::YearMonth>,
    since: crate::calendar::YearMonth,
    test: crate::calendar::YearMonth,
) -> bool {
    changes.into_iter().any(|e| e > since && e <= test)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn asc_360_recoverable_when_undiscounted_flows_cover_the_carrying_amount() {
        // Carrying 1,000,000; undiscounted flows 1,100,000 ≥ carrying: no loss, even though
        // fair value (800,000) is lower — the US GAAP two-step test.
        let t = asc360_test(dec!(1000000), dec!(1100000), dec!(800000)).unwrap();
        assert!(t.recoverable);
        assert_eq!(t.loss, dec!(0));
    }

    #[test]
    fn asc_360_loss_is_carrying_amount_less_fair_value() {
        // Carrying 1,000,000 > undiscounted 900,000: not recoverable; fair value 700,000:
        // loss 300,000.
        let t = asc360_test(dec!(1000000), dec!(900000), dec!(700000)).unwrap();
        assert!(!t.recoverable);
        assert_eq!(t.loss, dec!(300000));
        assert_eq!(t.written_down_to, dec!(700000));
    }

    #[test]
    fn ias_36_uses_the_higher_of_fair_value_less_costs_and_value_in_use() {
        // Carrying 1,000,000; FVLCD 650,000; VIU 720,000: recoverable 720,000; loss 280,000.
        let t = ias36_test(dec!(1000000), dec!(650000), dec!(720000)).unwrap();
        assert_eq!(t.recoverability_measure, dec!(720000));
        assert_eq!(t.loss, dec!(280000));
        // The same facts under ASC 360 with undiscounted flows of 1,050,000: no loss at all.
        assert_eq!(
            asc360_test(dec!(1000000), dec!(1050000), dec!(650000))
                .unwrap()
                .loss,
            dec!(0)
        );
    }

    #[test]
    fn ias_36_reversal_is_capped_at_the_carrying_amount_without_impairment() {
        // Carrying 560,000 after the loss and a year of depreciation; recoverable amount
        // rises to 900,000; without the impairment the carrying amount would be 800,000:
        // reversal 800,000 − 560,000 = 240,000, not 340,000.
        assert_eq!(
            ias36_reversal(dec!(560000), dec!(900000), dec!(800000)),
            dec!(240000)
        );
        // A recoverable amount below the carrying amount reverses nothing.
        assert_eq!(
            ias36_reversal(dec!(560000), dec!(500000), dec!(800000)),
            dec!(0)
        );
    }

    #[test]
    fn negative_amounts_are_refused_by_name() {
        let err = asc360_test(dec!(-1), dec!(0), dec!(-2)).unwrap_err();
        let paths: Vec<_> = err.issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["carrying_amount", "fair_value"]);
    }
}

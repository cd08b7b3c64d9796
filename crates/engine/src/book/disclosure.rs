//! ASC 250-10-50-4: for a change in accounting estimate that affects several future periods,
//! disclose its effect on income from continuing operations, net income and the related
//! per-share amounts of the current period.

use crate::money::{format_en, round_cents};
use crate::scenario::Currency;
use crate::validation::{Issue, IssueCode, IssueCollector, Unit, ValidationErrors};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The effect of a change in estimate on one fiscal year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ChangeInEstimateEffect {
    pub fiscal_year: i32,
    /// Depreciation with the change less depreciation without it; negative when it fell.
    pub depreciation_change: Decimal,
    /// −depreciation_change × (1 − tax rate).
    pub net_income_change: Decimal,
    /// net_income_change / diluted shares, to the cent.
    pub per_share_change: Decimal,
    /// Net income moved but by less than half a cent a share, so the per-share amount rounds
    /// to 0.00: a disclosure then says "less than 0.01", not a misleading zero.
    pub per_share_below_a_cent: bool,
}

/// Measures the effect from the fiscal year's depreciation with and without the change.
pub fn change_in_estimate_effect(
    fiscal_year: i32,
    depreciation_with_change: Decimal,
    depreciation_without_change: Decimal,
    tax_rate: Decimal,
    diluted_shares: Decimal,
) -> Result<ChangeInEstimateEffect, ValidationErrors> {
    let mut issues = IssueCollector::default();
    if tax_rate < Decimal::ZERO || tax_rate >= Decimal::ONE {
        issues.push(
            "tax_rate",
            Issue::new(IssueCode::FractionBelowOne).with("given", tax_rate),
        );
    }
    if diluted_shares <= Decimal::ZERO {
        issues.push(
            "shares_outstanding",
            Issue::new(IssueCode::GreaterThanZero).with("unit", Unit::Shares.key()),
        );
    }
    issues.finish()?;
    let depreciation_change = depreciation_with_change - depreciation_without_change;
    let net_income_change = round_cents(-depreciation_change * (Decimal::ONE - tax_rate));
    let per_share_change = round_cents(net_income_change / diluted_shares);
    Ok(ChangeInEstimateEffect {
        fiscal_year,
        depreciation_change,
        net_income_change,
        per_share_change,
        per_share_below_a_cent: per_share_change.is_zero() && !net_income_change.is_zero(),
    })
}

impl ChangeInEstimateEffect {
    /// The disclosure sentence, e.g. "In fiscal 2027, the change in estimate reduced
    /// depreciation expense by USD 10,000.00 and increased net income by USD 7,900.00, or
    /// USD 0.08 per diluted share."
    pub fn sentence(&self, currency: Currency) -> String {
        let code = format!("{currency:?}");
        let (expense_verb, income_verb) = if self.depreciation_change <= Decimal::ZERO {
            ("reduced", "increased")
        } else {
            ("increased", "reduced")
        };
        let per_share = if self.per_share_below_a_cent {
            format!("less than {code} 0.01")
        } else {
            format!("{code} {}", format_en(self.per_share_change.abs()))
        };
        format!(
            "In fiscal {}, the change in estimate {expense_verb} depreciation expense by {code} {} \
             and {income_verb} net income by {code} {}, or {per_share} per diluted share.",
            self.fiscal_year,
            format_en(self.depreciation_change.abs()),
            format_en(self.net_income_change.abs()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// Issue 14: "USD 0.00 per diluted share" was printed when the effect was below a cent.
    /// 100,000 less depreciation at 21 % tax is 79,000 of net income; over 7.4 billion diluted
    /// shares (a hyperscaler's count) that is 0.0000107 a share.
    #[test]
    fn a_per_share_effect_below_a_cent_reads_less_than_0_01_not_zero() {
        let effect = change_in_estimate_effect(
            2027,
            dec!(900000),
            dec!(1000000),
            dec!(0.21),
            dec!(7400000000),
        )
        .unwrap();
        assert_eq!(effect.per_share_change, dec!(0.00));
        assert!(effect.per_share_below_a_cent);
        assert_eq!(
            effect.sentence(Currency::USD),
            "In fiscal 2027, the change in estimate reduced depreciation expense by USD \
             100,000.00 and increased net income by USD 79,000.00, or less than USD 0.01 per \
             diluted share."
        );
    }
}

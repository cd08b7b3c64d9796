//! Valuation of a monthly cash-flow series: NPV at an annual rate, IRR and XIRR, payback and
//! discounted payback.
//!
//! Convention: the flow of model month i falls at the END of that month, so it is discounted
//! by (1 + r)^((i + 1) / 12). That is Excel's `=NPV((1+r)^(1/12)-1, flows)` and `=XNPV(r,
//! flows, month-end dates)` (to within XNPV's 365-day years), so a user can reconcile.

use crate::calendar::YearMonth;
use crate::excel;
use crate::money::round_cents;
use crate::validation::{Issue, IssueCode, ValidationErrors};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The monthly growth factor (1 + r)^(1/12), solved in Decimal by Newton's method on
/// x^12 = 1 + r so that no money passes through f64.
pub fn monthly_factor(annual_rate: Decimal) -> Result<Decimal, ValidationErrors> {
    if annual_rate <= -Decimal::ONE || annual_rate > Decimal::TEN {
        return Err(ValidationErrors::single(
            "discount_rate",
            Issue::new(IssueCode::DiscountRate).with("given", annual_rate),
        ));
    }
    let target = Decimal::ONE + annual_rate;
    let mut x = Decimal::ONE + annual_rate / Decimal::from(12);
    for _ in 0..60 {
        let x11 = (0..11).fold(Decimal::ONE, |acc, _| acc * x);
        let next = x - (x11 * x - target) / (Decimal::from(12) * x11);
        if (next - x).abs() < Decimal::new(1, 26) {
            return Ok(next);
        }
        x = next;
    }
    Ok(x)
}

/// NPV of end-of-month flows at an annual discount rate, to the cent.
pub fn npv(annual_rate: Decimal, monthly_flows: &[Decimal]) -> Result<Decimal, ValidationErrors> {
    let factor = monthly_factor(annual_rate)?;
    let mut discount = Decimal::ONE;
    let mut total = Decimal::ZERO;
    for flow in monthly_flows {
        discount /= factor;
        total += *flow * discount;
    }
    Ok(round_cents(total))
}

/// For every month t, the flows after it discounted back to the end of month t:
/// value[t] = Σ_{k>t} flows[k] / factor^(k − t), built backwards in one pass (value in use,
/// the NBV-against-economic-value chart).
pub fn discounted_forward(flows: &[Decimal], monthly_factor: Decimal) -> Vec<Decimal> {
    let mut value = vec![Decimal::ZERO; flows.len()];
    for t in (0..flows.len().saturating_sub(1)).rev() {
        value[t] = (value[t + 1] + flows[t + 1]) / monthly_factor;
    }
    value
}

/// The annual internal rate of return of monthly flows: Excel's IRR on the months,
/// annualised as (1 + monthly)^12 − 1. `None` when no rate sets the NPV to zero.
pub fn irr(monthly_flows: &[Decimal]) -> Option<Decimal> {
    let flows: Vec<f64> = monthly_flows.iter().filter_map(|f| f.to_f64()).collect();
    let monthly = excel::irr(&flows, 0.01).ok()?;
    rate_to_decimal((1.0 + monthly).powi(12) - 1.0)
}

/// Excel's XIRR on the flows dated at each month's end.
pub fn xirr(start_month: YearMonth, monthly_flows: &[Decimal]) -> Option<Decimal> {
    let (values, dates): (Vec<f64>, Vec<f64>) = monthly_flows
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_zero())
        .filter_map(|(i, f)| {
            let serial = start_month
                .plus_months(i as i32)
                .excel_serial_of_month_end() as f64;
            f.to_f64().map(|v| (v, serial))
        })
        .unzip();
    rate_to_decimal(excel::xirr(&values, &dates, 0.1).ok()?)
}

/// Rates are reported to 10 decimal places (a hundred-millionth of a percent).
fn rate_to_decimal(rate: f64) -> Option<Decimal> {
    Decimal::from_f64_retain(rate).map(|r| r.round_dp(10))
}

/// When the cumulative flow first turns non-negative after having been negative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Payback {
    /// Months from the start of the model, counting the payback month (1 = the first month).
    pub months: u32,
    pub month: YearMonth,
}

/// Payback: the first month at whose end the cumulative cash flow is back to zero or above.
pub fn payback(start_month: YearMonth, monthly_flows: &[Decimal]) -> Option<Payback> {
    first_recovery(start_month, monthly_flows.iter().copied())
}

/// Discounted payback at an annual rate: the same on flows discounted as [`npv`] discounts.
pub fn discounted_payback(
    start_month: YearMonth,
    annual_rate: Decimal,
    monthly_flows: &[Decimal],
) -> Result<Option<Payback>, ValidationErrors> {
    let factor = monthly_factor(annual_rate)?;
    let mut discount = Decimal::ONE;
    let discounted = monthly_flows.iter().map(|flow| {
        discount /= factor;
        *flow * discount
    });
    Ok(first_recovery(start_month, discounted))
}

fn first_recovery(start_month: YearMonth, flows: impl Iterator<Item = Decimal>) -> Option<Payback> {
    let mut cumulative = Decimal::ZERO;
    let mut was_negative = false;
    for (i, flow) in flows.enumerate() {
        cumulative += flow;
        if cumulative < Decimal::ZERO {
            was_negative = true;
        } else if was_negative {
            return Some(Payback {
                months: i as u32 + 1,
                month: start_month.plus_months(i as i32),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn jan() -> YearMonth {
        YearMonth::new(2026, 1).unwrap()
    }

    #[test]
    fn monthly_factor_is_the_twelfth_root() {
        // 1.01^12 = 1.126825030131969720661201: an annual 12.6825…% is exactly 1 % a month.
        let f = monthly_factor(dec!(0.126825030131969720661201)).unwrap();
        assert!((f - dec!(1.01)).abs() < dec!(0.0000000000000000001), "{f}");
    }

    #[test]
    fn npv_matches_excel_pv_of_an_annuity() {
        // Twelve month-end flows of 100 at 1 % a month: Excel PV(1%,12,-100) = 1,125.51.
        let flows = vec![dec!(100); 12];
        assert_eq!(
            npv(dec!(0.126825030131969720661201), &flows).unwrap(),
            dec!(1125.51)
        );
    }

    #[test]
    fn irr_of_monthly_flows_is_annualised() {
        // −1,125.51 then twelve months of 100 at ~1 % a month: annual (1.01)^12 − 1 ≈ 12.68 %.
        let mut flows = vec![dec!(-1125.5077)];
        flows.extend(vec![dec!(100); 12]);
        // With the outlay at the end of month 1 and flows after it, the monthly rate is 1 %.
        let rate = irr(&flows).unwrap();
        assert!((rate - dec!(0.1268250301)).abs() < dec!(0.000001), "{rate}");
    }

    #[test]
    fn payback_counts_months_until_the_cumulative_flow_recovers() {
        // −1,000, 300, 400, 300, 100: cumulative −1,000, −700, −300, 0 → month 4 (April).
        let flows = [dec!(-1000), dec!(300), dec!(400), dec!(300), dec!(100)];
        let p = payback(jan(), &flows).unwrap();
        assert_eq!((p.months, p.month.to_string()), (4, "2026-04".to_owned()));
        // Discounted at 12 % a year the fourth month no longer recovers; the fifth does.
        let d = discounted_payback(jan(), dec!(0.12), &flows)
            .unwrap()
            .unwrap();
        assert_eq!(d.months, 5);
        assert_eq!(payback(jan(), &[dec!(-1), dec!(0.5)]), None);
    }

    #[test]
    fn xirr_of_month_end_flows_agrees_with_the_monthly_irr() {
        // Flows a year apart: −1,000 in January 2026, +1,100 in January 2027 → 10 % a year
        // (365 days between the two month ends: XIRR is exactly 10 %).
        let mut flows = vec![Decimal::ZERO; 13];
        flows[0] = dec!(-1000);
        flows[12] = dec!(1100);
        let rate = xirr(jan(), &flows).unwrap();
        assert!((rate - dec!(0.1)).abs() < dec!(0.0000001), "{rate}");
        assert!(irr(&flows).unwrap() - dec!(0.1) < dec!(0.0000001));
    }

    #[test]
    fn discounted_forward_values_match_a_direct_sum() {
        // Flows 0, 100, 100 at 1 % a month: at t=0, 100/1.01 + 100/1.0201 = 197.0395…
        let value = discounted_forward(&[dec!(0), dec!(100), dec!(100)], dec!(1.01));
        assert_eq!(value[0].round_dp(4), dec!(197.0395));
        assert_eq!(value[1].round_dp(4), dec!(99.0099));
        assert_eq!(value[2], dec!(0));
    }

    #[test]
    fn a_rate_at_or_below_minus_100_percent_is_refused() {
        assert_eq!(
            monthly_factor(dec!(-1)).unwrap_err().issues[0].path,
            "discount_rate"
        );
    }
}

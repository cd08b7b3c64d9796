//! The fleet's net book value against its economic value (value in use) at each fiscal year
//! end: what the books say the GPUs are worth, next to what their future cash is worth.

use crate::calendar::YearMonth;
use crate::fleet::{FleetResult, MarketSeries};
use crate::money::round_cents;
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use crate::valuation::{discounted_forward, monthly_factor};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BookAndEconomicValue {
    pub month: YearMonth,
    pub nbv: Decimal,
    /// The cohorts' future contribution margins and disposal proceeds (at retirement, or as if
    /// sold at the horizon's end), discounted at the discount rate to this month's end.
    pub economic_value: Decimal,
}

pub fn book_and_economic_value(
    s: &Scenario,
    result: &FleetResult,
) -> Result<Vec<BookAndEconomicValue>, ValidationErrors> {
    let fiscal = s.fiscal_calendar()?;
    let factor = monthly_factor(s.valuation.discount_rate)?;
    let market = MarketSeries::new(s);
    let horizon = result.fleet.len();
    let mut value = vec![Decimal::ZERO; horizon];
    for (cohort, run) in s.cohorts.iter().zip(&result.cohorts) {
        let entry = s.start_month.months_until(cohort.in_service).max(0) as usize;
        let unit_cost = s.unit_cost(cohort);
        let months = run.months();
        let mut flows: Vec<Decimal> = months
            .iter()
            .map(|l| l.contribution_margin + l.disposal_proceeds)
            .collect();
        let still_owned = run.retirement.is_none();
        if let (true, Some(last)) = (still_owned, months.last()) {
            let age = (horizon - entry) as u32;
            let residual = Decimal::from(last.units_owned)
                * unit_cost
                * market.residual_fraction(&cohort.sku, age)
                * (Decimal::ONE - s.market.disposal_haircut);
            flows[horizon - 1] += round_cents(residual);
        }
        let end = run.retirement.as_ref().map_or(horizon, |r| {
            (s.start_month.months_until(r.month) + 1) as usize
        });
        for (t, v) in discounted_forward(&flows, factor).into_iter().enumerate() {
            if t >= entry && t < end {
                value[t] += v;
            }
        }
    }
    Ok(result
        .fleet
        .iter()
        .enumerate()
        .filter(|(_, l)| fiscal.is_year_end(l.month))
        .map(|(t, l)| BookAndEconomicValue {
            month: l.month,
            nbv: l.nbv,
            economic_value: round_cents(value[t]),
        })
        .collect())
}

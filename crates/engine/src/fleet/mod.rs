//! The fleet model: every cohort's monthly schedule (PRODUCT.md §2.2), the fleet's, and their
//! aggregation by fiscal quarter and year.

mod accounting;
#[cfg(test)]
mod baseline;
mod curves;
mod lines;
mod operations;
mod periods;

pub(crate) use curves::MarketSeries;
pub use lines::{ScheduleLine, UnitEconomics};
pub(crate) use operations::CohortEconomics;
pub use periods::{by_fiscal_quarter, by_fiscal_year, Period};

use crate::calendar::{FiscalCalendar, YearMonth};
use crate::impairment::ImpairmentTest;
use crate::scenario::Scenario;
use crate::tax::mid_quarter_applies;
use crate::validation::ValidationErrors;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeSet;

/// Quantities (hours, kWh, kg) are kept to four decimal places.
pub(crate) fn round_quantity(value: Decimal) -> Decimal {
    crate::money::round_half_away(value, 4)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RetirementReason {
    /// The cohort's planned retirement month.
    Planned,
    /// The retirement policy's fixed age.
    FixedAge,
    /// Contribution margin negative for the policy's number of months in a row.
    NegativeMargin,
    /// Displaced by a newer cohort under the site's power cap.
    Displaced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TestTrigger {
    FiscalYearEnd,
    PriceDrop,
    NegativeMargin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImpairmentRecord {
    pub month: YearMonth,
    pub trigger: TestTrigger,
    pub test: ImpairmentTest,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Retirement {
    pub month: YearMonth,
    pub reason: RetirementReason,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CohortResult {
    pub id: String,
    pub sku: String,
    pub months: Vec<ScheduleLine>,
    pub retirement: Option<Retirement>,
    pub impairment_tests: Vec<ImpairmentRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FleetResult {
    pub cohorts: Vec<CohortResult>,
    /// The sum of the cohorts, month by month.
    pub fleet: Vec<ScheduleLine>,
}

/// Runs the whole model of a scenario. The scenario is validated first; every problem comes
/// back with its field path.
pub fn simulate(s: &Scenario) -> Result<FleetResult, ValidationErrors> {
    s.validate()?;
    let market = curves::MarketSeries::new(s);
    let mut ops = operations::simulate_operations(s, &market);
    let fiscal = FiscalCalendar::new(s.fiscal_year_end_month)
        .map_err(|_| ValidationErrors::single("fiscal_year_end_month", "must be 1 to 12"))?;
    let additions: Vec<(YearMonth, Decimal)> = s
        .cohorts
        .iter()
        .zip(&ops.unit_cost)
        .map(|(c, unit)| (c.in_service, Decimal::from(c.quantity) * unit))
        .collect();
    let tax_years: BTreeSet<i32> = additions
        .iter()
        .map(|(m, _)| fiscal.fiscal_year(*m))
        .collect();
    let mid_quarter_years: BTreeSet<i32> = tax_years
        .into_iter()
        .filter(|y| mid_quarter_applies(&additions, fiscal, *y))
        .collect();

    let mut tests = Vec::with_capacity(s.cohorts.len());
    for i in 0..s.cohorts.len() {
        let books = accounting::book_with_impairment(s, &market, &ops, i)?;
        accounting::fill_accounts(s, &market, &mut ops, i, &books, &mid_quarter_years)?;
        tests.push(books.impairment_tests);
    }

    let horizon = s.horizon_months as usize;
    let mut fleet: Vec<ScheduleLine> = (0..horizon)
        .map(|t| ScheduleLine::empty(s.start_month.plus_months(t as i32)))
        .collect();
    for lines in &ops.lines {
        for (total, line) in fleet.iter_mut().zip(lines) {
            total.accumulate(line, true);
        }
    }
    let cohorts = s
        .cohorts
        .iter()
        .zip(ops.lines)
        .zip(ops.retired)
        .zip(tests)
        .map(|(((c, months), retired), impairment_tests)| CohortResult {
            id: c.id.clone(),
            sku: c.sku.clone(),
            months,
            retirement: retired.map(|(t, reason)| Retirement {
                month: s.start_month.plus_months(t as i32),
                reason,
            }),
            impairment_tests,
        })
        .collect();
    Ok(FleetResult { cohorts, fleet })
}

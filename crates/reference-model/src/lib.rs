//! The fleet model written plainly, apart from the engine, to check the engine's fast model.
//!
//! This is the schedule as first written: a `ScheduleLine` of `Decimal`s built for every cohort
//! and month, the library's own rounding, no shortcuts, no fixed point. It depends on the
//! engine's public scenario and result types and on a small, explicit set of the engine's
//! rules, each tested against worked examples of its own: the book policy's schedule types
//! (`book`), the MACRS tables and conventions (`tax`, IRS Pub 946 tables in
//! `macrs_tables.rs`), the ASC 360 / IAS 36 tests (`impairment`), the monthly discount factor
//! (`valuation`) and validation. Everything else (the curves, the precision inputs are held
//! to, units, tiers, power, hosting, maintenance, the books' months, impairment flows,
//! disposal and taxes paid) it works out itself. `tests/differential.rs` requires the fast
//! model to reproduce it exactly (same values, same scales) on random fleets. Change the
//! arithmetic here only when the model itself changes, in the same commit as the fast code.

mod accounting;
mod book;
mod market;
mod operations;
mod precision;
mod remaining_life;

use fleet_ledger_engine::fleet::{ImpairmentRecord, Retirement, ScheduleLine};
use fleet_ledger_engine::{Scenario, ValidationErrors};
use market::MarketSeries;
use precision::at_model_precision;
use rust_decimal::{Decimal, RoundingStrategy};

/// `value` to `dp` places, half away from zero, by the library's rounding, shown to `dp` places.
fn rounded(value: Decimal, dp: u32) -> Decimal {
    let mut result = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    result.rescale(dp);
    result
}

fn cents(value: Decimal) -> Decimal {
    rounded(value, 2)
}

/// Quantities (hours, kWh, kg) to four places.
fn quantity(value: Decimal) -> Decimal {
    rounded(value, 4)
}

/// A cohort's results, every month a `ScheduleLine`.
pub struct PlainCohort {
    pub id: String,
    pub sku: String,
    pub months: Vec<ScheduleLine>,
    pub retirement: Option<Retirement>,
    pub impairment_tests: Vec<ImpairmentRecord>,
}

pub struct PlainResult {
    pub cohorts: Vec<PlainCohort>,
    pub fleet: Vec<ScheduleLine>,
}

/// The whole model of a validated scenario, month by month.
pub fn simulate(s: &Scenario) -> Result<PlainResult, ValidationErrors> {
    s.validate()?;
    let s = &at_model_precision(s);
    let market = MarketSeries::new(s, remaining_life::months_to_simulate(s));
    let mut ops = operations::simulate_operations(s, &market);
    let costs: Vec<Decimal> = s
        .cohorts
        .iter()
        .zip(&ops.unit_cost)
        .map(|(c, unit)| cents(Decimal::from(c.quantity) * unit))
        .collect();
    let mid_quarter_years = accounting::mid_quarter_years(s, &costs)?;

    let mut tests = Vec::with_capacity(s.cohorts.len());
    for i in 0..s.cohorts.len() {
        let books = accounting::book_with_impairment(s, &market, &ops, i)?;
        accounting::fill_accounts(s, &market, &mut ops, i, &books, &mid_quarter_years)?;
        tests.push(books.impairment_tests);
    }

    let horizon = s.horizon_months as usize;
    for lines in &mut ops.lines {
        lines.truncate(horizon);
    }
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
        .map(|(((c, months), retired), impairment_tests)| PlainCohort {
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
    let mut result = PlainResult { cohorts, fleet };
    for line in result
        .fleet
        .iter_mut()
        .chain(result.cohorts.iter_mut().flat_map(|c| c.months.iter_mut()))
    {
        show_places(line);
    }
    Ok(result)
}

/// Money to the cent and quantities to four places, as the model shows them, whatever scale
/// the arithmetic left (`0` becomes `0.00`).
fn show_places(line: &mut ScheduleLine) {
    for amount in [
        &mut line.revenue,
        &mut line.power_cost,
        &mut line.hosting_cost,
        &mut line.maintenance_cost,
        &mut line.other_cost,
        &mut line.cash_cost,
        &mut line.contribution_margin,
        &mut line.book_depreciation,
        &mut line.impairment,
        &mut line.impairment_reversal,
        &mut line.disposal_gain,
        &mut line.ebit,
        &mut line.tax_depreciation,
        &mut line.deferred_tax,
        &mut line.capex,
        &mut line.disposal_proceeds,
        &mut line.tax_paid,
        &mut line.free_cash_flow,
        &mut line.nbv,
        &mut line.tax_basis,
    ] {
        *amount = cents(*amount);
    }
    for amount in [
        &mut line.gpu_hours_sold,
        &mut line.contracted_hours,
        &mut line.merchant_hours,
        &mut line.energy_kwh,
        &mut line.kw_drawn,
        &mut line.emissions_kg,
        &mut line.h100_equivalent_hours,
    ] {
        *amount = quantity(*amount);
    }
}

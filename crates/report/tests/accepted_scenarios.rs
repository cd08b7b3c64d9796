//! Issue 13, "what validate accepts, run completes": scenarios generated across the ranges
//! validation accepts, extremes first, either are refused with a field path or run to every
//! format (CSV, JSON, XLSX, PDF) and every analysis without a panic or a saturated amount.

use fleet_ledger_engine::analysis::{
    break_even, tornado, BreakEvenTarget, BreakEvenVariable, Driver,
};
use fleet_ledger_engine::reference::{example, example_names};
use fleet_ledger_engine::scenario::{Contract, CurveShape, Facility, Scenario, Site};
use fleet_ledger_report::export::{scenario_files, ReportFormat};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{PackOptions, PackSections};
use fleet_ledger_report::run::scenario_results;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A value from `low` to `high`: either bound (where overflows live) or one between.
fn within(low: f64, high: f64) -> impl Strategy<Value = Decimal> {
    prop_oneof![
        2 => Just(low),
        2 => Just(high),
        3 => low..=high,
    ]
    .prop_map(|v| Decimal::from_f64_retain(v).unwrap_or_default().round_dp(4))
}

/// One input set to a value in its accepted range.
#[derive(Debug, Clone)]
enum Change {
    Horizon(u32),
    FiscalYearEnd(u32),
    DiscountRate(Decimal),
    TaxRate(Decimal),
    Shares(Decimal),
    Electricity(Decimal),
    Escalation(Decimal),
    Pue(Decimal),
    Facility(Decimal),
    Maintenance(Decimal),
    Other(Decimal),
    Failures(Decimal),
    Carbon(Decimal),
    Quantity(u32),
    UnitCost(Decimal),
    Contract(Decimal),
    Price(Decimal),
    Life(u32),
    Salvage(Decimal),
    Residual(Decimal),
    Haircut(Decimal),
    SiteCap(Decimal),
    Kw(Decimal),
    Idle(Decimal),
    Utilisation(Decimal),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        prop_oneof![Just(1u32), Just(240), 1..=240u32].prop_map(Change::Horizon),
        (1..=12u32).prop_map(Change::FiscalYearEnd),
        within(-0.99, 10.0).prop_map(Change::DiscountRate),
        within(0.0, 0.99).prop_map(Change::TaxRate),
        within(1.0, 1e15).prop_map(Change::Shares),
        within(0.0, 10.0).prop_map(Change::Electricity),
        within(-0.5, 1.0).prop_map(Change::Escalation),
        within(1.0, 3.0).prop_map(Change::Pue),
        within(0.0, 10_000.0).prop_map(Change::Facility),
        within(0.0, 100.0).prop_map(Change::Maintenance),
        within(0.0, 1e15).prop_map(Change::Other),
        within(0.0, 0.99).prop_map(Change::Failures),
        within(0.0, 5.0).prop_map(Change::Carbon),
        prop_oneof![Just(1u32), Just(10_000_000), 1..=10_000_000u32].prop_map(Change::Quantity),
        within(0.0, 1e15).prop_map(Change::UnitCost),
        within(0.0, 1e15).prop_map(Change::Contract),
        within(0.0, 1e15).prop_map(Change::Price),
        prop_oneof![Just(1u32), Just(600), 1..=600u32].prop_map(Change::Life),
        within(0.0, 100.0).prop_map(Change::Salvage),
        within(0.0, 1.0).prop_map(Change::Residual),
        within(0.0, 1.0).prop_map(Change::Haircut),
        within(0.001, 100_000.0).prop_map(Change::SiteCap),
        within(0.001, 100.0).prop_map(Change::Kw),
        within(0.0, 1.0).prop_map(Change::Idle),
        within(0.0, 1.0).prop_map(Change::Utilisation),
    ]
}

fn apply(s: &mut Scenario, change: &Change) {
    let (start, end) = (s.start_month, s.end_month());
    match *change {
        Change::Horizon(months) => s.horizon_months = months,
        Change::FiscalYearEnd(month) => s.fiscal_year_end_month = month,
        Change::DiscountRate(v) => s.valuation.discount_rate = v,
        Change::TaxRate(v) => s.valuation.tax_rate = v,
        Change::Shares(v) => s.valuation.shares_outstanding = v,
        Change::Electricity(v) => s.costs.electricity_per_kwh = v,
        Change::Escalation(v) => s.costs.electricity_escalation = v,
        Change::Pue(v) => s.costs.pue = v,
        Change::Facility(v) => s.costs.facility = Facility::Owned { per_kw_month: v },
        Change::Maintenance(v) => s.costs.maintenance_percent_per_year = v,
        Change::Other(v) => s.costs.other_per_gpu_month = v,
        Change::Failures(v) => s.costs.annual_failure_rate = v,
        Change::Carbon(v) => s.costs.carbon_kg_per_kwh = v,
        Change::Quantity(q) => s.cohorts.iter_mut().for_each(|c| c.quantity = q),
        Change::UnitCost(v) => s.cohorts.iter_mut().for_each(|c| c.unit_cost = Some(v)),
        Change::Contract(price) => s.cohorts.iter_mut().for_each(|c| {
            c.contract = Some(Contract {
                price_per_gpu_hour: price,
                share_of_hours: Decimal::ONE,
                start,
                end,
            })
        }),
        Change::Price(v) => s
            .market
            .price_curves
            .iter_mut()
            .for_each(|p| match &mut p.shape {
                CurveShape::Points { points } => points.iter_mut().for_each(|p| p.value = v),
                CurveShape::Generated { launch_price, .. } => *launch_price = v,
            }),
        Change::Life(months) => s.cohorts.iter_mut().for_each(|c| {
            c.book.useful_life_months = months;
            c.changes_in_estimate.clear();
        }),
        Change::Salvage(v) => s
            .cohorts
            .iter_mut()
            .for_each(|c| c.book.salvage_percent = v),
        Change::Residual(v) => s
            .market
            .residual_values
            .iter_mut()
            .flat_map(|r| r.points.iter_mut())
            .for_each(|p| p.fraction_of_cost = v),
        Change::Haircut(v) => s.market.disposal_haircut = v,
        Change::SiteCap(v) => s.site = Some(Site { power_cap_mw: v }),
        Change::Kw(v) => s.catalog.iter_mut().for_each(|k| k.kw_per_gpu = v),
        Change::Idle(v) => s.catalog.iter_mut().for_each(|k| k.idle_power_fraction = v),
        Change::Utilisation(v) => s
            .market
            .utilisation
            .iter_mut()
            .flat_map(|u| u.points.iter_mut())
            .for_each(|p| p.value = v),
    }
}

/// What the model's integers hold, in currency units: a reported amount this large was
/// saturated, not computed.
const SATURATED: i64 = i64::MAX / 100;

fn runs_to_every_format(s: &Scenario) {
    let report = scenario_results(s).unwrap_or_else(|e| panic!("accepted but refused by run: {e}"));
    let limit = Decimal::from(SATURATED / 10);
    for year in &report.fiscal_years {
        let line = &year.totals;
        for amount in [
            line.revenue,
            line.cash_cost,
            line.ebit,
            line.free_cash_flow,
            line.nbv,
            line.capex,
        ] {
            assert!(amount.abs() < limit, "a saturated amount: {amount}");
        }
    }
    assert!(report.summary.npv.abs() < Decimal::from(SATURATED) * Decimal::from(1_000_000));
    let options = PackOptions {
        language: Language::En,
        numbers: NumberStyle { parentheses: true },
        date: "2026-12-01".into(),
        sections: PackSections::ALL,
    };
    for format in [
        ReportFormat::Csv,
        ReportFormat::Json,
        ReportFormat::Xlsx,
        ReportFormat::Pdf,
    ] {
        for file in scenario_files(&report, format, &options).unwrap() {
            let mut bytes = Vec::new();
            file.write_to(&mut bytes).unwrap();
            assert!(!bytes.is_empty());
        }
    }
    // The analyses the app offers beside the report: errors are allowed (a variant may leave
    // the accepted ranges), panics are not.
    let _ = tornado(s, &Driver::ALL, Decimal::TEN);
    let _ = break_even(s, BreakEvenVariable::RentalPrice, BreakEvenTarget::Npv);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn every_accepted_scenario_runs_to_every_format(
        which in 0..example_names().len(),
        changes in prop::collection::vec(change(), 1..5),
    ) {
        let mut s = example(example_names()[which]).unwrap();
        for c in &changes {
            apply(&mut s, c);
        }
        match s.validate() {
            Ok(()) => runs_to_every_format(&s),
            Err(errors) => {
                for issue in &errors.issues {
                    prop_assert!(!issue.path.is_empty() && !issue.message.is_empty());
                    prop_assert!(issue.message.len() < 400, "long message: {issue}");
                }
            }
        }
    }
}

/// Issue 13: a discount rate of -0.95 on a 240-month horizon passed validation and crashed
/// run with "Division overflowed". Refused now, naming the rate and the lowest allowed.
#[test]
fn a_negative_discount_rate_that_overflows_present_values_is_refused_by_validation() {
    let mut s = example("burry-vs-bernstein").unwrap();
    s.horizon_months = 240;
    s.valuation.discount_rate = Decimal::new(-95, 2);
    let errors = s.validate().expect_err("must be refused");
    assert_eq!(errors.issues.len(), 1, "{errors}");
    assert_eq!(errors.issues[0].path, "valuation.discount_rate");
    // (1 + r)^20 ≥ 10⁻⁶ ⇔ r ≥ 10^(−0.3) − 1 = −0.4988…, rounded up to −0.49.
    assert!(
        errors.issues[0].message.contains("at least -0.49"),
        "{errors}"
    );
    s.valuation.discount_rate = Decimal::new(-49, 2);
    runs_to_every_format(&s);
    // On a one-year horizon the same rate grows values only twentyfold, and runs.
    s.horizon_months = 12;
    let end = s.end_month();
    s.cohorts.retain(|c| c.in_service <= end);
    s.valuation.discount_rate = Decimal::new(-95, 2);
    s.validate().unwrap();
    runs_to_every_format(&s);
}

/// Issue 13: a contract price of 10¹² printed i64::MAX cents as revenue. The scale rule
/// refuses it and names the input.
#[test]
fn amounts_beyond_the_model_are_refused_naming_the_input_not_saturated() {
    let mut s = example("burry-vs-bernstein").unwrap();
    let (start, end) = (s.start_month, s.end_month());
    s.cohorts[0].contract = Some(Contract {
        price_per_gpu_hour: Decimal::from(1_000_000_000_000u64),
        share_of_hours: Decimal::ONE,
        start,
        end,
    });
    let errors = s.validate().expect_err("must be refused");
    assert_eq!(
        errors.issues[0].path,
        "cohorts[0].contract.price_per_gpu_hour"
    );
    assert!(
        errors.issues[0].message.contains("1,000,000,000,000,000"),
        "{errors}"
    );
}

/// Issue 13: a unit cost within its range but whose cohort cost exceeds the limit passed
/// validate and import, then run refused it naming `cohorts[0].cost`, a field that does not
/// exist. Validation now refuses it at `cohorts[0].unit_cost`.
#[test]
fn a_cohort_cost_above_the_limit_is_refused_at_the_unit_cost_by_validation() {
    let mut s = example("burry-vs-bernstein").unwrap();
    s.cohorts[0].unit_cost = Some(Decimal::from(1_000_000_000_000_000u64));
    let errors = s.validate().expect_err("must be refused");
    assert_eq!(errors.issues.len(), 1, "{errors}");
    assert_eq!(errors.issues[0].path, "cohorts[0].unit_cost");
}

/// The most GPUs a cohort may hold overflowed the maintenance cost's 64-bit product.
#[test]
fn ten_million_gpus_in_one_cohort_run_to_every_format() {
    let mut s = example("oracle-tiered-mix").unwrap();
    s.cohorts.iter_mut().for_each(|c| c.quantity = 10_000_000);
    s.validate().unwrap();
    runs_to_every_format(&s);
}

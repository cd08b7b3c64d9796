//! The fleet model against arithmetic done by hand (each test shows it).

mod common;

use common::{cohort, worked_world, ym};
use fleet_ledger_engine::calendar::FiscalCalendar;
use fleet_ledger_engine::fleet::{by_fiscal_year, simulate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn cents(d: Decimal) -> Decimal {
    d.round_dp(2)
}

/// PRODUCT.md §4: H100 at 39,000 all-in, 2.00 an hour, 90 % utilisation.
/// Per available GPU-hour: energy 1.27 kW × (0.9 + 0.3 × 0.1) × 1.3 PUE × 0.0806 = 0.1238;
/// colocation 1.27 × 184 × 12 / 8,760 = 0.3201; maintenance 39,000 × 2.75 % / 8,760 = 0.1224;
/// cash cost 0.5663 ≈ 0.57. Depreciation 39,000 / (6 × 8,760) = 0.74 and / (3 × 8,760) = 1.48.
/// Per sold hour: EBIT 2.00 − (0.5663 + 0.7420) / 0.9 = +0.55 on six years and
/// 2.00 − (0.5663 + 1.4840) / 0.9 = −0.28 on three; contribution margin +1.37 on both.
#[test]
fn h100_worked_example_bernstein_and_burry_in_one_table() {
    let fiscal = FiscalCalendar::new(12).unwrap();
    let mut per_life = Vec::new();
    for life in [72, 36] {
        let mut s = worked_world("2026-01", 36);
        s.cohorts = vec![cohort(
            "H100",
            "H100-SXM",
            1000,
            "2026-01",
            dec!(39000),
            life,
        )];
        let result = simulate(&s).unwrap();
        let fy2026 = by_fiscal_year(&result.fleet, fiscal)[0].totals.clone();
        assert_eq!(fy2026.gpu_hours_available, dec!(8760000));
        per_life.push(fy2026.unit_economics());
    }
    let (six, three) = (&per_life[0], &per_life[1]);
    assert_eq!(cents(six.cash_cost_per_gpu_hour), dec!(0.57));
    assert_eq!(cents(six.depreciation_per_gpu_hour), dec!(0.74));
    assert_eq!(cents(three.depreciation_per_gpu_hour), dec!(1.48));
    assert_eq!(cents(six.ebit_per_sold_hour), dec!(0.55));
    assert_eq!(cents(three.ebit_per_sold_hour), dec!(-0.28));
    assert_eq!(cents(six.contribution_margin_per_sold_hour), dec!(1.37));
    assert_eq!(cents(three.contribution_margin_per_sold_hour), dec!(1.37));
    // Margin per MW and month over the year: each GPU draws 1.27 kW × (0.9 + 0.3 × 0.1) ×
    // PUE 1.3 = 1.53543 kW, the fleet 1.53543 MW on average; the margin, 1.37 on each of
    // 7,884,000 sold hours (10.8 million), over 1.53543 MW and 12 months is about 586,000.
    let per_mw = six.margin_per_mw_month;
    assert!(
        (per_mw - dec!(586000)).abs() < dec!(3000),
        "margin per MW-month {per_mw}"
    );
}

#[test]
fn a_contract_sells_its_share_at_its_price_and_the_rest_at_market() {
    // 10 H100 in a 30-day month (April 2026): 7,200 hours. A contract takes 50 % at 2.50:
    // 3,600 × 2.50 = 9,000. The other 3,600 hours sell 90 % at 2.00: 3,240 × 2.00 = 6,480.
    let mut s = worked_world("2026-04", 1);
    let mut c = cohort("H100", "H100-SXM", 10, "2026-04", dec!(39000), 72);
    c.contract = Some(fleet_ledger_engine::scenario::Contract {
        price_per_gpu_hour: dec!(2.50),
        share_of_hours: dec!(0.5),
        start: ym("2026-01"),
        end: ym("2026-12"),
    });
    s.cohorts = vec![c];
    let line = &simulate(&s).unwrap().cohorts[0].month(0);
    assert_eq!(line.gpu_hours_available, dec!(7200));
    assert_eq!(line.contracted_hours, dec!(3600));
    assert_eq!(line.merchant_hours, dec!(3240));
    assert_eq!(line.gpu_hours_sold, dec!(6840));
    assert_eq!(line.revenue, dec!(15480));
}

#[test]
fn newest_generation_trains_and_the_older_cascades_to_inference() {
    // H100 from January 2026; B200 (released 2025-03, newer) arrives June 2026. Before June
    // the H100 is the newest generation in service and trains; from June it serves inference.
    let mut s = worked_world("2026-01", 12);
    s.policies.tiering =
        fleet_ledger_engine::scenario::TieringRule::NewestGenerationsTrain { generations: 1 };
    s.cohorts = vec![
        cohort("H100", "H100-SXM", 10, "2026-01", dec!(39000), 72),
        cohort("B200", "B200", 10, "2026-06", dec!(45000), 72),
    ];
    let r = simulate(&s).unwrap();
    use fleet_ledger_engine::scenario::Tier::{Inference, Training};
    assert_eq!(r.cohorts[0].month(4).tier, Some(Training));
    assert_eq!(r.cohorts[0].month(5).tier, Some(Inference));
    assert_eq!(r.cohorts[1].month(5).tier, Some(Training));
    assert_eq!(r.cohorts[1].month(4).tier, None);
}

#[test]
fn a_new_cohort_displaces_the_lowest_margin_per_mw_under_the_power_cap() {
    // Cap 0.02 MW = 20 kW. H100: 10 × 1.27 kW × 1.3 PUE = 16.51 kW fits. In March 2026,
    // 5 B200 need 5 × 1.79 × 1.3 = 11.635 kW: together 28.145 kW > 20, so the H100 cohort
    // (the only other) is retired at the end of February, and B200 alone draws within the cap.
    let mut s = worked_world("2026-01", 6);
    s.site = Some(fleet_ledger_engine::scenario::Site {
        power_cap_mw: dec!(0.02),
    });
    s.cohorts = vec![
        cohort("H100", "H100-SXM", 10, "2026-01", dec!(39000), 72),
        cohort("B200", "B200", 5, "2026-03", dec!(45000), 72),
    ];
    let r = simulate(&s).unwrap();
    let retirement = r.cohorts[0].retirement.clone().unwrap();
    assert_eq!(retirement.month, ym("2026-02"));
    assert_eq!(
        retirement.reason,
        fleet_ledger_engine::fleet::RetirementReason::Displaced
    );
    assert_eq!(r.cohorts[0].month(2).units_owned, 0);
    assert_eq!(r.cohorts[1].month(2).units_in_service, 5);
    // Disposal at two months old: 10 × 39,000 × residual (1.00 − (0.30 × 2 / 12) = 0.95)
    // × (1 − 0.15 haircut) = 314,925; NBV 390,000 − round(390,000 × 2 / 72 = 10,833.33)
    // = 379,166.67: a loss of 64,241.67.
    let feb = &r.cohorts[0].month(1);
    assert_eq!(feb.disposal_proceeds, dec!(314925.00));
    assert_eq!(feb.disposal_gain, dec!(-64241.67));
}

fn priced(s: &mut fleet_ledger_engine::scenario::Scenario, points: &[(&str, Decimal)]) {
    let points: Vec<_> = points
        .iter()
        .map(|(m, v)| fleet_ledger_engine::scenario::DatedValue {
            month: ym(m),
            value: *v,
        })
        .collect();
    for curve in &mut s.market.price_curves {
        curve.shape = fleet_ledger_engine::scenario::CurveShape::Points {
            points: points.clone(),
        };
    }
}

#[test]
fn a_collapse_in_the_price_curve_fails_the_next_test_and_rebases_depreciation() {
    // 100 H100 at 39,000 over six years from January 2026; the scenario's price curve falls
    // from 2.00 to 0.20 in January 2027. At 0.18 an hour of revenue against 0.57 of cash cost
    // every later month loses money, so at the December 2026 year-end test the undiscounted
    // flows (84 negative months plus a small residual) fall short of the carrying amount,
    // 3,900,000 − 12 × 54,166.67 = 3,250,000.00 (ASC 360-10-35-17). Fair value on the
    // residual curve: 100 × 39,000 × 0.70 (age 12) × (1 − 0.15) = 2,320,500.00; loss 929,500.
    // The new basis over the remaining 60 months: 2,320,500 / 60 = 38,675.00 a month.
    let mut s = worked_world("2026-01", 96);
    priced(&mut s, &[("2026-12", dec!(2.00)), ("2027-01", dec!(0.20))]);
    s.policies.impairment.fair_value_basis =
        fleet_ledger_engine::scenario::FairValueBasis::ResidualValues;
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    let tests = &r.cohorts[0].impairment_tests;
    let first = &tests[0];
    assert_eq!(first.month, ym("2026-12"));
    assert_eq!(
        first.trigger,
        fleet_ledger_engine::fleet::TestTrigger::FiscalYearEnd
    );
    assert_eq!(first.test.carrying_amount, dec!(3250000.00));
    assert_eq!(first.test.written_down_to, dec!(2320500.00));
    assert_eq!(r.cohorts[0].month(11).impairment, dec!(929500.00));
    assert_eq!(r.cohorts[0].month(12).book_depreciation, dec!(38675.00));
    // January 2027: the price is 90 % below a year earlier, so the drop trigger calls a test.
    // Still not recoverable: carrying 2,320,500 − 38,675 = 2,281,825 goes to fair value at
    // age 13, 3,900,000 × (0.70 − 0.20 / 12) × 0.85 = 2,265,250.00 (a further 16,575), and
    // the next 59 months take 2,265,250 / 59 = 38,394.07 each. The trigger fires once.
    let second = &tests[1];
    assert_eq!(second.month, ym("2027-01"));
    assert_eq!(
        second.trigger,
        fleet_ledger_engine::fleet::TestTrigger::PriceDrop
    );
    assert_eq!(second.test.loss, dec!(16575.00));
    assert_eq!(r.cohorts[0].month(13).book_depreciation, dec!(38394.07));
    assert_eq!(tests[2].month, ym("2027-12"));
    // ASC 360: no reversal however the market recovers.
    assert!(r.cohorts[0]
        .months()
        .iter()
        .all(|m| m.impairment_reversal.is_zero()));
}

#[test]
fn a_price_drop_of_more_than_the_trigger_over_twelve_months_calls_a_test() {
    // 2.00 until June 2027, 1.00 from July: a 50 % fall against July 2026 (trigger 30 %), so
    // July 2027 is tested although it is not a year end.
    let mut s = worked_world("2026-01", 96);
    priced(&mut s, &[("2027-06", dec!(2.00)), ("2027-07", dec!(1.00))]);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    let months: Vec<_> = r.cohorts[0]
        .impairment_tests
        .iter()
        .map(|t| (t.month.to_string(), t.trigger))
        .collect();
    use fleet_ledger_engine::fleet::TestTrigger::{FiscalYearEnd, PriceDrop};
    assert!(
        months.contains(&("2027-07".to_owned(), PriceDrop)),
        "{months:?}"
    );
    assert!(months.contains(&("2026-12".to_owned(), FiscalYearEnd)));
}

#[test]
fn energy_and_households_of_a_training_run() {
    // PRODUCT.md §2.3: 42.4 GWh over 14 weeks (98 days) is 0.433 GWh a day, about 18 MW, or
    // 28,500 households at 15.2 kWh a day.
    let e = fleet_ledger_engine::analysis::energy_summary(dec!(42400000), 98);
    // 42,400,000 / 98 = 432,653 kWh a day; / 24 = 18,027 kW; / 15.2 = 28,464 households.
    assert_eq!(e.gwh_per_day, dec!(0.432653));
    assert_eq!(e.average_mw.round_dp(0), dec!(18));
    assert_eq!(e.households, dec!(28464));
    assert_eq!((e.households / dec!(100)).round() * dec!(100), dec!(28500));
}

#[test]
fn quarters_and_years_sum_flows_and_take_stocks_at_the_period_end() {
    // A June fiscal year end (Microsoft's): January-March 2026 is fiscal 2026's third quarter.
    let mut s = worked_world("2026-01", 12);
    s.fiscal_year_end_month = 6;
    s.cohorts = vec![cohort("H100", "H100-SXM", 10, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    let fiscal = FiscalCalendar::new(6).unwrap();
    let quarters = fleet_ledger_engine::fleet::by_fiscal_quarter(&r.fleet, fiscal);
    let labels: Vec<_> = quarters.iter().map(|q| q.label.as_str()).collect();
    assert_eq!(labels, ["FY2026 Q3", "FY2026 Q4", "FY2027 Q1", "FY2027 Q2"]);
    let first_quarter_revenue: Decimal = r.fleet[..3].iter().map(|l| l.revenue).sum();
    assert_eq!(quarters[0].totals.revenue, first_quarter_revenue);
    assert_eq!(quarters[0].totals.nbv, r.fleet[2].nbv);
    // 31 + 28 + 31 days: 2,160 hours a GPU.
    assert_eq!(quarters[0].totals.gpu_hours_available, dec!(21600));
    let years = by_fiscal_year(&r.fleet, fiscal);
    assert_eq!(
        years.iter().map(|y| y.label.as_str()).collect::<Vec<_>>(),
        ["FY2026", "FY2027"]
    );
    // Depreciation 390,000 / 72 = 5,416.67 a month: six months in each fiscal year.
    assert_eq!(years[0].totals.book_depreciation, dec!(32500.00));
}

/// The collapse of the test above under IAS 36 with value in use: a fleet whose price only
/// falls is impaired and then, as its discount unwinds and depreciation lowers the carrying
/// amount, its recoverable amount climbs back above the carrying amount at later tests.
fn collapsed_under_ias36() -> fleet_ledger_engine::scenario::Scenario {
    let mut s = worked_world("2026-01", 96);
    priced(&mut s, &[("2026-12", dec!(2.00)), ("2027-01", dec!(0.80))]);
    s.policies.impairment.standard = fleet_ledger_engine::impairment::ImpairmentStandard::Ias36;
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    s
}

/// IAS 36.110-116: a reversal only when the estimates behind the recoverable amount have
/// changed; the unwinding of the discount is not a change (IAS 36.116). Issue 14: a fleet
/// whose prices only fall booked reversals year after year.
#[test]
fn ias_36_reversals_only_after_a_change_in_estimates_not_from_the_discount_unwinding() {
    let s = collapsed_under_ias36();
    let r = simulate(&s).unwrap();
    let impaired: Decimal = r.fleet.iter().map(|m| m.impairment).sum();
    assert!(
        impaired > Decimal::ZERO,
        "the collapse must impair the cohort"
    );
    // Later year-end tests find the recoverable amount above the carrying amount (the
    // discount unwinds) and, with no estimate changed, write nothing back.
    let tests = &r.cohorts[0].impairment_tests;
    let later_recoverable_above = tests
        .iter()
        .filter(|t| t.month > ym("2027-01"))
        .any(|t| t.test.recoverability_measure > t.test.carrying_amount);
    assert!(later_recoverable_above, "the case must tempt a reversal");
    assert!(r.fleet.iter().all(|m| m.impairment_reversal.is_zero()));

    // A change in estimate (the life shortened to five years from January 2029) changes the
    // period the cash flows are projected over (IAS 36.33): the first test after it, December
    // 2029, finds the recoverable amount (828,750) above the carrying amount and writes back,
    // and no later test does.
    let mut s = s;
    s.cohorts[0]
        .changes_in_estimate
        .push(fleet_ledger_engine::book::ChangeInEstimate {
            effective: ym("2029-01"),
            useful_life_months: Some(60),
            salvage_percent: None,
            total_hours: None,
        });
    let r = simulate(&s).unwrap();
    let reversals: Vec<_> = r.cohorts[0]
        .months()
        .iter()
        .filter(|m| m.impairment_reversal > Decimal::ZERO)
        .map(|m| m.month.to_string())
        .collect();
    assert_eq!(reversals, ["2029-12"]);
}

/// Issue 14: the price-drop trigger could not fire in a scenario's first twelve months, for
/// want of a price a year earlier. The curve is defined before the start as after it (dated
/// points hold their first value before the first point): 2.00 until December 2025 and 1.00
/// from January 2026 is a 50 % fall against January 2025, so January 2026, the model's first
/// month, is tested, and only that month.
#[test]
fn the_price_drop_trigger_fires_in_the_first_month_against_a_price_before_the_start() {
    let mut s = worked_world("2026-01", 96);
    priced(&mut s, &[("2025-12", dec!(2.00)), ("2026-01", dec!(1.00))]);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    use fleet_ledger_engine::fleet::TestTrigger::PriceDrop;
    let drops: Vec<_> = r.cohorts[0]
        .impairment_tests
        .iter()
        .filter(|t| t.trigger == PriceDrop)
        .map(|t| t.month.to_string())
        .collect();
    assert_eq!(drops, ["2026-01"]);
}

/// ASC 360-10-35-31 to 35-33 (IAS 36.33): recoverability looks over the cohort's remaining
/// useful life, not the model's horizon. 100 H100 at 39,000 over six years from January 2026,
/// in a model of 18 months. At the December 2026 test the carrying amount is 3,250,000.00. The
/// flows run from January 2027 to the life's end in December 2031: 60 months, 1,826 days,
/// 43,824 hours a GPU; per GPU-hour 1.80 of revenue (2.00 × 90 %) less 0.123755658 of power
/// (1.27 kW × (0.9 + 0.3 × 0.1) × PUE 1.3 × 0.0806), and per GPU-month 233.68 of colocation
/// (1.27 × 184) and 89.375 of maintenance (39,000 × 2.75 % / 12): a margin of 5,407,643.20,
/// plus the disposal at age 72, 39,000 × 100 × 0.10 × (1 − 0.15) = 331,500: 5,739,143.20.
/// Stopping at the horizon (June 2027) would count 534,327.54 and a disposal at age 18 of
/// 1,989,000, 2,523,327.54 in all, and write a profitable fleet down.
#[test]
fn impairment_tests_look_over_the_remaining_useful_life_not_the_horizon() {
    let mut s = worked_world("2026-01", 18);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    let test = &r.cohorts[0].impairment_tests[0];
    assert_eq!(test.month, ym("2026-12"));
    assert_eq!(test.test.carrying_amount, dec!(3250000.00));
    // Each month's power cost is rounded to the cent: 60 roundings at most 0.30 apart.
    let measure = test.test.recoverability_measure;
    assert!(
        (measure - dec!(5739143.20)).abs() <= dec!(0.30),
        "undiscounted flows {measure}"
    );
    assert!(test.test.recoverable);
    assert!(r.fleet.iter().all(|m| m.impairment.is_zero()));
    // IAS 36.33: the value in use over the same 60 months is recoverable too.
    s.policies.impairment.standard = fleet_ledger_engine::impairment::ImpairmentStandard::Ias36;
    let r = simulate(&s).unwrap();
    assert!(r.cohorts[0].impairment_tests[0].test.recoverable);
    assert!(r.fleet.iter().all(|m| m.impairment.is_zero()));
}

/// ASC 360-10-35-31: a life that ends inside the horizon ends the flows there, with the
/// disposal at the residual value then. Three years from January 2026, salvage 10 %, a model
/// of 60 months. December 2027: the flows of 2028 (366 days, 8,784 hours a GPU: a margin of
/// 1,084,747.03 worked as above) and the disposal at age 36, 3,900,000 × 0.35 × 0.85 =
/// 1,160,250: 2,244,997.03, not the margins to 2030. Once the life has run out the cohort is
/// worth what it fetches: December 2028, 1,160,250.00; December 2029 (age 48),
/// 3,900,000 × 0.25 × 0.85 = 828,750.00.
#[test]
fn a_life_ending_inside_the_horizon_ends_the_impairment_flows_with_a_disposal_then() {
    let mut s = worked_world("2026-01", 60);
    let mut three_years = cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 36);
    three_years.book.salvage_percent = dec!(10);
    s.cohorts = vec![three_years];
    let r = simulate(&s).unwrap();
    let at = |month: &str| {
        r.cohorts[0]
            .impairment_tests
            .iter()
            .find(|t| t.month == ym(month))
            .map(|t| t.test.recoverability_measure)
            .unwrap()
    };
    let before_the_end = at("2027-12");
    assert!(
        (before_the_end - dec!(2244997.03)).abs() <= dec!(0.06),
        "undiscounted flows {before_the_end}"
    );
    assert_eq!(at("2028-12"), dec!(1160250.00));
    assert_eq!(at("2029-12"), dec!(828750.00));
}

/// The cost lines of one month, each by its rule (PRODUCT.md §2.2), for 10 H100 in April 2026
/// (30 days, 720 hours) on a site capped at 10 kW: each powered GPU draws 1.27 kW × PUE 1.3 =
/// 1.651 kW, so 6 fit (9.906 kW) and 4 stay dark.
#[test]
fn each_cost_line_follows_its_rule_on_a_power_capped_site_with_gpus_left_dark() {
    use fleet_ledger_engine::scenario::Site;
    let mut s = worked_world("2026-04", 1);
    s.site = Some(Site {
        power_cap_mw: dec!(0.010),
    });
    s.costs.other_per_gpu_month = dec!(12.34);
    s.cohorts = vec![cohort("H100", "H100-SXM", 10, "2026-04", dec!(39000), 72)];
    let april = simulate(&s).unwrap().cohorts[0].month(0);
    assert_eq!((april.units_owned, april.units_in_service), (10, 6));
    // Revenue on powered GPUs' sold hours: 6 × 720 × 90 % × 2.00.
    assert_eq!(april.revenue, dec!(7776.00));
    // Power: powered GPUs × hours × kW × (utilisation + idle 0.3 × (1 − utilisation)) × PUE ×
    // price = 6 × 720 × 1.27 × 0.93 × 1.3 × 0.0806 = 534.624 → 534.62.
    assert_eq!(april.power_cost, dec!(534.62));
    // Hosting per powered kW-month: 6 × 1.27 × 184 = 1,402.08 (not the 10 owned: 2,336.80).
    assert_eq!(april.hosting_cost, dec!(1402.08));
    // Maintenance on every GPU owned, dark or not: 10 × 39,000 × 2.75 % / 12 = 893.75.
    assert_eq!(april.maintenance_cost, dec!(893.75));
    // Other cost per powered GPU-month: 6 × 12.34.
    assert_eq!(april.other_cost, dec!(74.04));
    assert_eq!(april.cash_cost, dec!(2904.49));
    assert_eq!(april.contribution_margin, dec!(4871.51));
}

/// Inputs are held to six decimal places before the run (docs/MODEL.md, "Precision the
/// monthly model works at"): a hosting rate of 184.0000004 is 184.000000, so 100,000 H100
/// (127,000 kW) pay 23,368,000.00 a month, not the 23,368,000.05 the seventh place would add.
#[test]
fn an_input_with_more_places_than_the_model_keeps_is_rounded_to_six_first() {
    use fleet_ledger_engine::scenario::Facility;
    let mut s = worked_world("2026-04", 1);
    s.costs.facility = Facility::Colocation {
        per_kw_month: dec!(184.0000004),
    };
    s.cohorts = vec![cohort(
        "H100",
        "H100-SXM",
        100_000,
        "2026-04",
        dec!(39000),
        72,
    )];
    let april = simulate(&s).unwrap().cohorts[0].month(0);
    assert_eq!(april.hosting_cost, dec!(23368000.00));
}

/// Failures (PRODUCT.md §2.2): survivors after k months in service are quantity ×
/// (1 − annual rate)^(k / 12), rounded to whole GPUs. At 10 % a year, 1,000 GPUs are 949
/// after six months (1,000 × 0.9^0.5 = 948.68) and 900 after twelve; maintenance follows the
/// GPUs owned: 900 × 39,000 × 2.75 % / 12 = 80,437.50 in the thirteenth month.
#[test]
fn failures_shrink_the_fleet_by_the_annual_rate_compounded_monthly() {
    let mut s = worked_world("2026-01", 13);
    s.costs.annual_failure_rate = dec!(0.10);
    s.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 72)];
    let r = simulate(&s).unwrap();
    let owned = |t: usize| r.cohorts[0].month(t).units_owned;
    assert_eq!((owned(0), owned(6), owned(12)), (1000, 949, 900));
    assert_eq!(r.cohorts[0].month(12).maintenance_cost, dec!(80437.50));
}

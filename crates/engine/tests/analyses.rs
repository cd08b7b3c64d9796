//! The analyses against hand arithmetic on the PRODUCT.md §4 worked H100 world.

mod common;

use common::{cohort, worked_world, ym};
use fleet_ledger_engine::analysis::{
    break_even, compare_policies, compare_scenarios, comparison_findings, economic_lives,
    scenario_findings, scenario_results, summarise, tornado, BreakEvenTarget, BreakEvenVariable,
    ComparedFigure, Driver, Headline, HeadlineCode, HeadlineValue, Judgement, SlideFinding,
    SlideKind, SCENARIO_SLIDES,
};
use fleet_ledger_engine::book::{BookPolicy, Convention, DepreciationMethod};
use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::scenario::{Currency, CurveShape, DatedValue, Scenario};
use fleet_ledger_engine::validation::IssueCode;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn sl(years: u32) -> BookPolicy {
    BookPolicy {
        method: DepreciationMethod::StraightLine,
        useful_life_months: years * 12,
        salvage_percent: dec!(0),
        convention: Convention::FullMonth,
    }
}

#[test]
fn the_burry_gap_between_three_and_six_year_lives() {
    // 1,000 H100 at 39,000: 39,000,000 over 36 months is 13,000,000 a year; over 72 months
    // 6,500,000. In fiscal 2026 six years adds 6,500,000 to EBIT; at 21 % tax, 5,135,000 to
    // net income; over 10,000,000 shares 0.5135, i.e. EPS 1.97 → 2.48 (+0.51) after rounding
    // each to the cent.
    let mut s = worked_world("2026-01", 72);
    s.valuation.shares_outstanding = dec!(10000000);
    s.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 72)];
    let c = compare_policies(&s, &[sl(3), sl(6)]).unwrap();
    let fy2026 = &c.years[0];
    assert_eq!(fy2026.fiscal_year, Some(2026));
    assert_eq!(fy2026.depreciation, [dec!(13000000), dec!(6500000)]);
    assert_eq!(fy2026.ebit_difference[1], dec!(6500000));
    assert_eq!(fy2026.net_income_difference[1], dec!(5135000.00));
    assert_eq!(fy2026.eps_difference[1], fy2026.eps[1] - fy2026.eps[0]);
    assert!((fy2026.eps_difference[1] - dec!(0.5135)).abs() <= dec!(0.01));
    // Over the whole six years both lives expense the same 39,000,000: the gap reverses.
    assert_eq!(c.cumulative.ebit_difference[1], dec!(0));
    assert_eq!(
        c.disclosure_sentence.unwrap(),
        "In fiscal 2026, the change in estimate reduced depreciation expense by USD 6,500,000.00 and increased net income \
         by USD 5,135,000.00, or USD 0.51 per diluted share."
    );
}

#[test]
fn break_even_rental_price_for_cumulative_ebit() {
    // Per GPU over 72 months (52,584 hours, 2028 is a leap year): energy 1.27 × 0.93 × 1.3 ×
    // 52,584 × 0.0806 = 6,507.50; colocation 1.27 × 184 × 72 = 16,824.96; maintenance
    // 89.375 × 72 = 6,435.00; depreciation 39,000: 68,767.46 in all. Revenue at a multiple m
    // of 2.00 at 90 %: m × 1.8 × 52,584 = m × 94,651.2. EBIT is zero at m = 0.7265.
    let mut s = worked_world("2026-01", 72);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let b = break_even(
        &s,
        BreakEvenVariable::RentalPrice,
        BreakEvenTarget::CumulativeEbit,
    )
    .unwrap();
    let m = b.multiple.unwrap();
    assert!((m - dec!(0.7265)).abs() <= dec!(0.001), "{m}");
    assert!(b.current > Decimal::ZERO);
}

#[test]
fn the_tornado_ranks_rental_price_first_and_signs_each_bar() {
    let mut s = worked_world("2026-01", 72);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let bars = tornado(&s, &Driver::ALL, dec!(10)).unwrap();
    assert_eq!(bars.len(), Driver::ALL.len());
    assert_eq!(bars[0].driver, Driver::RentalPrice);
    let bar = |d: Driver| bars.iter().find(|b| b.driver == d).unwrap();
    assert!(bar(Driver::RentalPrice).npv_high > bar(Driver::RentalPrice).npv_low);
    assert!(bar(Driver::Capex).npv_high < bar(Driver::Capex).npv_low);
    assert!(
        bar(Driver::ElectricityPrice).cumulative_ebit_high
            < bar(Driver::ElectricityPrice).cumulative_ebit_low
    );
    assert!(bars.windows(2).all(|w| w[0].npv_swing >= w[1].npv_swing));
    // The fleet only serves inference: the training price moves nothing, the inference price
    // moves exactly what all prices move.
    assert_eq!(bar(Driver::TrainingPrice).npv_swing, Decimal::ZERO);
    assert_eq!(
        bar(Driver::InferencePrice).npv_swing,
        bar(Driver::RentalPrice).npv_swing
    );
    assert!(tornado(&s, &Driver::ALL, dec!(0)).is_err());
}

#[test]
fn each_tornado_bar_is_measured_from_the_scenarios_own_figures() {
    let mut s = worked_world("2026-01", 72);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    // The base, by the plain run every other screen reads, not by the tornado's own path.
    let base = summarise(&s, &simulate(&s).unwrap()).unwrap();
    let bars = tornado(&s, &Driver::ALL, dec!(10)).unwrap();
    for bar in &bars {
        assert_eq!(
            bar.npv_low_change,
            bar.npv_low - base.npv,
            "{:?}",
            bar.driver
        );
        assert_eq!(
            bar.npv_high_change,
            bar.npv_high - base.npv,
            "{:?}",
            bar.driver
        );
        assert_eq!(
            bar.cumulative_ebit_low_change,
            bar.cumulative_ebit_low - base.cumulative_ebit
        );
        assert_eq!(
            bar.cumulative_ebit_high_change,
            bar.cumulative_ebit_high - base.cumulative_ebit
        );
    }
    // A driver that moves nothing leaves the figures where they were.
    let training = bars
        .iter()
        .find(|b| b.driver == Driver::TrainingPrice)
        .unwrap();
    assert_eq!(training.npv_low_change, Decimal::ZERO);
    assert_eq!(training.npv_high_change, Decimal::ZERO);
    // A higher rental price raises NPV above the base, a lower one takes it below.
    let price = bars
        .iter()
        .find(|b| b.driver == Driver::RentalPrice)
        .unwrap();
    assert!(price.npv_high_change > Decimal::ZERO && price.npv_low_change < Decimal::ZERO);
}

#[test]
fn economic_life_ends_when_the_cash_margin_turns_negative() {
    // Price falls linearly from 2.00 (January 2026) to 0.30 (January 2031). A GPU-month costs
    // 0.123756 × hours + 323.055 (energy; colocation 233.68; maintenance 89.375). January 2030
    // (31 days): price 2.00 − 1.70 × 48/60 = 0.64 against a break-even 0.620: positive.
    // February 2030 (28 days): 0.6117 against 0.672: negative. Economic life: 50 months,
    // against a 72-month book life.
    let mut s = worked_world("2026-01", 72);
    for curve in &mut s.market.price_curves {
        curve.shape = CurveShape::Points {
            points: vec![
                DatedValue {
                    month: ym("2026-01"),
                    value: dec!(2.00),
                },
                DatedValue {
                    month: ym("2031-01"),
                    value: dec!(0.30),
                },
            ],
        };
    }
    s.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 72)];
    let result = simulate(&s).unwrap();
    let life = &economic_lives(&s, &result)[0];
    assert_eq!(life.book_life_months, 72);
    assert_eq!(life.negative_margin_month, Some(ym("2030-02")));
    assert_eq!(life.economic_life_months, Some(50));
    let nbv = result.cohorts[0]
        .months()
        .iter()
        .find(|m| m.month == ym("2030-02"))
        .unwrap()
        .nbv;
    assert_eq!(life.implied_write_down, nbv);
    // With the falling curve in view, the year-end impairment tests had already written the
    // cohort down to nothing by then: no further write-down is implied.
    let impaired: Decimal = result.cohorts[0]
        .months()
        .iter()
        .filter(|m| m.month < ym("2030-02"))
        .map(|m| m.impairment)
        .sum();
    assert!(impaired > Decimal::ZERO);
    assert_eq!(nbv, Decimal::ZERO);
}

/// Issue 14: a scenario's own dated change in estimate got no disclosure. ASC 250-10-50-4:
/// the effect on depreciation, net income and per share in the year it takes effect. 100
/// H100 at 39,000 (3,900,000) on a 3-year straight line from January 2026 book 1,300,000 in
/// 2026, leaving 2,600,000; the life revised to six years from January 2027 spreads that over
/// the 60 months left (ASC 250-10-45-17): 520,000 in 2027 instead of 1,300,000. Depreciation
/// −780,000; net income +780,000 × (1 − 21 %) = 616,200; per share over 10 million shares
/// 0.06162, shown 0.06.
#[test]
fn a_scenarios_own_change_in_estimate_gets_its_asc_250_disclosure_in_the_year_it_takes_effect() {
    use fleet_ledger_engine::analysis::estimate_change_disclosures;
    use fleet_ledger_engine::book::ChangeInEstimate;
    let mut s = common::worked_world("2026-01", 96);
    s.fiscal_year_end_month = 12;
    s.valuation.tax_rate = dec!(0.21);
    s.valuation.shares_outstanding = dec!(10000000);
    let mut c = common::cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 36);
    c.changes_in_estimate.push(ChangeInEstimate {
        effective: common::ym("2027-01"),
        useful_life_months: Some(72),
        salvage_percent: None,
        total_hours: None,
    });
    s.cohorts = vec![c];
    let fleet = fleet_ledger_engine::fleet::simulate(&s).unwrap().fleet;
    let disclosures = estimate_change_disclosures(&s, &fleet).unwrap();
    assert_eq!(disclosures.len(), 1);
    let d = &disclosures[0];
    assert_eq!(d.effect.fiscal_year, 2027);
    assert_eq!(d.effect.depreciation_change, dec!(-780000.00));
    assert_eq!(d.effect.net_income_change, dec!(616200.00));
    assert_eq!(d.effect.per_share_change, dec!(0.06));
    assert_eq!(
        d.sentence,
        "In fiscal 2027, the change in estimate reduced depreciation expense by USD 780,000.00 \
         and increased net income by USD 616,200.00, or USD 0.06 per diluted share."
    );
}

/// Issue 14: the policy comparison always used 3, 4, 5 and 6-year lives with the first
/// cohort's method. A scenario may name its own policies, compared in its order; absent, the
/// standard set stands.
#[test]
fn the_policies_compared_are_the_scenarios_own_when_it_names_them() {
    use fleet_ledger_engine::analysis::compared_policies;
    let mut s = worked_world("2026-01", 96);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let standard: Vec<u32> = compared_policies(&s)
        .iter()
        .map(|p| p.useful_life_months)
        .collect();
    assert_eq!(standard, [36, 48, 60, 72]);
    s.policies.compared_book_policies = vec![
        BookPolicy {
            method: DepreciationMethod::StraightLine,
            useful_life_months: 30,
            salvage_percent: dec!(0),
            convention: Convention::FullMonth,
        },
        BookPolicy {
            method: DepreciationMethod::DecliningBalance { factor: dec!(2) },
            useful_life_months: 66,
            salvage_percent: dec!(10),
            convention: Convention::HalfYear,
        },
    ];
    s.validate().unwrap();
    let named = compared_policies(&s);
    assert_eq!(named, s.policies.compared_book_policies);
    let comparison = compare_policies(&s, &named).unwrap();
    assert_eq!(comparison.policies, named);
    // A life of 30 months depreciates 3,900,000 / 30 = 130,000 a month: 1,560,000 in 2026.
    let first_year = &comparison.years[0];
    assert_eq!(first_year.depreciation[0], dec!(1560000.00));
    // A policy the comparison cannot run is refused by validation, naming it.
    s.policies.compared_book_policies[1].useful_life_months = 0;
    let err = s.validate().unwrap_err();
    assert_eq!(
        err.issues[0].path,
        "policies.compared_book_policies[1].useful_life_months"
    );
}

/// PRODUCT.md §4's H100 per available GPU-hour, as the results views give it by year of
/// service: margin 1.80 (2.00 × 90 %) − 0.123755658 of power − (233.68 + 89.375) × 12 / 8,760
/// of colocation and maintenance = 1.2337; depreciation 39,000 / (6 × 8,760) = 0.7420.
#[test]
fn margin_and_depreciation_per_gpu_hour_by_year_of_service() {
    let mut s = worked_world("2026-01", 24);
    s.cohorts = vec![cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72)];
    let results = fleet_ledger_engine::analysis::scenario_results(&s).unwrap();
    let cohort = &results.margin_by_age[0];
    assert_eq!(cohort.cohort_id, "H100");
    assert_eq!(cohort.years.len(), 2);
    let first = &cohort.years[0];
    assert_eq!(first.year_of_service, 1);
    assert_eq!(first.margin_per_gpu_hour.round_dp(4), dec!(1.2337));
    assert_eq!(first.depreciation_per_gpu_hour.round_dp(4), dec!(0.7420));
}

/// The fleet's make-up at each fiscal year's end: a cohort trains for its first 18 months
/// (ByAge), so it is in training at the end of 2026 and in inference at the end of 2027;
/// the site cap passes through for the chart's line.
#[test]
fn composition_counts_gpus_by_sku_and_tier_at_each_year_end() {
    use fleet_ledger_engine::scenario::{Site, TieringRule};
    let mut s = worked_world("2026-01", 24);
    s.policies.tiering = TieringRule::ByAge {
        training_months: 18,
    };
    s.site = Some(Site {
        power_cap_mw: dec!(5),
    });
    s.cohorts = vec![
        cohort("H100", "H100-SXM", 100, "2026-01", dec!(39000), 72),
        cohort("B200", "B200", 10, "2027-01", dec!(50000), 72),
    ];
    let c = fleet_ledger_engine::analysis::scenario_results(&s)
        .unwrap()
        .composition;
    assert_eq!(c.skus, ["B200", "H100-SXM"]);
    assert_eq!(c.power_cap_mw, Some(dec!(5)));
    let years: Vec<_> = c
        .years
        .iter()
        .map(|y| (y.fiscal_year, y.units_by_sku.clone(), y.units_by_tier))
        .collect();
    assert_eq!(
        years,
        [
            (2026, vec![0, 100], [100, 0, 0]),
            (2027, vec![10, 100], [10, 100, 0]),
        ]
    );
}

/// Past 40 cohorts the depreciation view sums them by GPU and year in service; the groups'
/// depreciation adds up to the fleet's in every fiscal year, and the impairment tests failed
/// and passed add up to every test run.
#[test]
fn large_fleets_are_summed_by_gpu_and_vintage_without_losing_a_cent() {
    use fleet_ledger_engine::analysis::FailedTests;
    let s = fleet_ledger_engine::reference::generated_fleet(41, 72);
    let results = fleet_ledger_engine::analysis::scenario_results(&s).unwrap();
    let by_cohort = &results.depreciation_by_cohort;
    assert!(by_cohort.grouped);
    for (y, year) in results.fiscal_years.iter().enumerate() {
        let grouped: Decimal = by_cohort.rows.iter().map(|r| r.by_fiscal_year[y]).sum();
        assert_eq!(
            grouped, year.totals.book_depreciation,
            "FY{}",
            year.fiscal_year
        );
    }
    let tests: usize = results
        .result
        .cohorts
        .iter()
        .map(|c| c.impairment_tests.len())
        .sum();
    let failed = match &results.impairment.failed {
        FailedTests::Listed { tests } => tests.len(),
        FailedTests::Grouped { groups } => groups.iter().map(|g| g.failed_tests as usize).sum(),
    };
    assert_eq!(failed + results.impairment.passed as usize, tests);
}

/// The app's tornado is followed and can be stopped: every one of its steps is reported when
/// it runs to the end, and a cancel before the first step stops it with no answer.
#[test]
fn sensitivity_reports_each_step_and_stops_when_cancelled() {
    use fleet_ledger_engine::analysis::{
        sensitivity_answers_watched, Watch, DEFAULT_SWING_PERCENT, SENSITIVITY_STEPS,
    };
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    let mut s = worked_world("2026-01", 24);
    s.cohorts = vec![cohort("H100", "H100-SXM", 10, "2026-01", dec!(39000), 72)];
    let last = AtomicU32::new(0);
    let report = |done: u32, total: u32| {
        assert_eq!(total, SENSITIVITY_STEPS);
        last.fetch_max(done, Ordering::Relaxed);
    };
    let running = AtomicBool::new(false);
    let answers = sensitivity_answers_watched(
        &s,
        DEFAULT_SWING_PERCENT,
        &Watch::new(SENSITIVITY_STEPS, &report, &running),
    )
    .unwrap();
    assert!(answers.is_some_and(|a| a.tornado.len() == 20 && a.break_even.len() == 6));
    assert_eq!(last.load(Ordering::Relaxed), SENSITIVITY_STEPS);
    let cancelled = AtomicBool::new(true);
    let stopped = sensitivity_answers_watched(
        &s,
        DEFAULT_SWING_PERCENT,
        &Watch::new(SENSITIVITY_STEPS, &|_, _| {}, &cancelled),
    )
    .unwrap();
    assert!(stopped.is_none());
}

/// A 6-year against a 3-year book life on 1,000 H100 at 39,000 (the Burry gap above, now as
/// two scenarios side by side): FY2026 EBIT is 6,500,000 higher, net income 5,135,000 at 21 %
/// tax; over the whole six years both expense the same 39,000,000, and book lives move no
/// cash, so cumulative EBIT, cash and NPV do not differ.
#[test]
fn two_scenarios_side_by_side_differ_by_what_their_book_lives_move() {
    let mut three = worked_world("2026-01", 72);
    three.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 36)];
    let mut six = three.clone();
    six.name = "six".into();
    six.cohorts[0].book = sl(6);
    let c = compare_scenarios(&[three, six]).unwrap();
    assert_eq!(c.fiscal_years, (2026..=2031).collect::<Vec<_>>());
    let fy2026: Vec<_> = c
        .scenarios
        .iter()
        .map(|s| s.years[0].clone().unwrap())
        .collect();
    assert_eq!(fy2026[1].ebit - fy2026[0].ebit, dec!(6500000));
    assert_eq!(
        fy2026[1].net_income - fy2026[0].net_income,
        dec!(5135000.00)
    );
    let row = |f: ComparedFigure| c.figures.iter().find(|r| r.figure == f).unwrap().clone();
    for figure in [
        ComparedFigure::CumulativeEbit,
        ComparedFigure::CumulativeFreeCashFlow,
        ComparedFigure::Npv,
    ] {
        assert_eq!(row(figure).deltas[1], Some(dec!(0)), "{figure:?}");
        assert_eq!(row(figure).judgements[1], Judgement::Same, "{figure:?}");
    }
    // The years add up to the whole: EBIT summed, cash cumulated to the last year.
    for (s, i) in c.scenarios.iter().zip(0..) {
        let years: Vec<_> = s.years.iter().flatten().collect();
        let ebit: Decimal = years.iter().map(|y| y.ebit).sum();
        assert_eq!(Some(ebit), row(ComparedFigure::CumulativeEbit).values[i]);
        assert_eq!(
            Some(years.last().unwrap().cumulative_free_cash_flow),
            row(ComparedFigure::CumulativeFreeCashFlow).values[i]
        );
    }
}

/// A scenario that starts a year later has no figures for the first year: the axis is every
/// year either covers, and its gap is empty, not zero.
#[test]
fn scenarios_of_different_years_share_one_axis_with_gaps() {
    let mut early = worked_world("2026-01", 24);
    early.cohorts = vec![cohort("H100", "H100-SXM", 10, "2026-01", dec!(39000), 72)];
    let mut late = worked_world("2027-01", 24);
    late.cohorts = vec![cohort("H100", "H100-SXM", 10, "2027-01", dec!(39000), 72)];
    let c = compare_scenarios(&[early, late]).unwrap();
    assert_eq!(c.fiscal_years, [2026, 2027, 2028]);
    let present = |s: usize| {
        c.scenarios[s]
            .years
            .iter()
            .map(Option::is_some)
            .collect::<Vec<_>>()
    };
    assert_eq!(present(0), [true, true, false]);
    assert_eq!(present(1), [false, true, true]);
}

/// One scenario alone, five, or two in different currencies are refused with the rule.
#[test]
fn a_comparison_holds_two_to_four_scenarios_in_one_currency() {
    let s = worked_world("2026-01", 12);
    let code = |list: &[Scenario]| compare_scenarios(list).unwrap_err().issues[0].clone();
    assert_eq!(
        code(std::slice::from_ref(&s)).code,
        IssueCode::ComparedCount
    );
    assert_eq!(code(&vec![s.clone(); 5]).code, IssueCode::ComparedCount);
    let mut yuan = s.clone();
    yuan.currency = Currency::CNY;
    let issue = code(&[s, yuan]);
    assert_eq!(
        (issue.code, issue.path.as_str()),
        (IssueCode::CurrenciesDiffer, "scenarios[1].currency")
    );
    assert_eq!(
        issue.message,
        "is CNY, and the first scenario's is USD: figures in different currencies are not compared"
    );
}

fn finding(findings: &[SlideFinding], kind: SlideKind) -> Headline {
    findings
        .iter()
        .find(|f| f.kind == kind)
        .unwrap()
        .headline
        .clone()
}

/// The briefing's policy slide states the Burry gap worked above: a 6-year life instead of a
/// 3-year one raises FY2026 EBIT by 6,500,000; the energy slide sets the fleet's MWh against
/// GPT-4's 42.4 GWh (PRODUCT.md §2.3).
#[test]
fn a_scenarios_briefing_headlines_state_its_own_figures() {
    let mut s = worked_world("2026-01", 72);
    s.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 72)];
    s.policies.compared_book_policies = vec![sl(3), sl(6)];
    let results = scenario_results(&s).unwrap();
    let findings = scenario_findings(&results);
    assert_eq!(
        findings.iter().map(|f| f.kind).collect::<Vec<_>>(),
        SCENARIO_SLIDES
    );
    let gap = finding(&findings, SlideKind::PolicyComparison);
    assert_eq!(gap.code, HeadlineCode::LongerLifeRaisesEbit);
    assert_eq!(gap.values["amount"], HeadlineValue::Money(dec!(6500000)));
    assert_eq!(gap.values["longer"], HeadlineValue::LifeMonths(72));
    assert_eq!(gap.values["shorter"], HeadlineValue::LifeMonths(36));
    assert_eq!(gap.values["year"], HeadlineValue::FiscalYear(2026));
    let energy = finding(&findings, SlideKind::Energy);
    let HeadlineValue::MegawattHours(mwh) = energy.values["mwh"] else {
        panic!("{energy:?}")
    };
    let HeadlineValue::Multiple(times) = energy.values["training_multiple"] else {
        panic!("{energy:?}")
    };
    assert!(
        (times - mwh / dec!(42400)).abs() <= dec!(0.05),
        "{mwh} MWh is {times} × 42,400"
    );
    // A fleet with no site has no cap to measure its power against.
    assert_eq!(
        finding(&findings, SlideKind::Fleet).code,
        HeadlineCode::PeakPower
    );
    // Every value the slide shows large is one its sentence names.
    for f in &findings {
        assert!(
            f.headline
                .figures
                .iter()
                .all(|name| f.headline.values.contains_key(name)),
            "{f:?}"
        );
    }
}

/// A comparison's slides name the scenario that does best and by how much: twice the GPUs
/// sell twice the hours, so the margin over the base is the base's own hours.
#[test]
fn a_comparisons_briefing_names_the_best_scenario_and_its_margin() {
    let mut base = worked_world("2026-01", 72);
    base.cohorts = vec![cohort("H100", "H100-SXM", 1000, "2026-01", dec!(39000), 72)];
    let mut three = base.clone();
    three.name = "three-year".into();
    three.cohorts[0].book = sl(3);
    let mut double = base.clone();
    double.name = "double".into();
    double.cohorts[0].quantity = 2000;
    let c = compare_scenarios(&[base, three, double]).unwrap();
    let findings = comparison_findings(&c);
    let capacity = finding(&findings, SlideKind::ComparedCapacity);
    assert_eq!(capacity.code, HeadlineCode::BestAgainstBase);
    assert_eq!(
        capacity.values["best"],
        HeadlineValue::Name("double".into())
    );
    let base_hours = c
        .figures
        .iter()
        .find(|r| r.figure == ComparedFigure::H100EquivalentHours)
        .unwrap()
        .values[0]
        .unwrap();
    assert_eq!(
        capacity.values["margin"],
        HeadlineValue::FigureValue {
            figure: ComparedFigure::H100EquivalentHours,
            value: base_hours
        }
    );
    // Less is better for emissions: the base ties with the 3-year scenario (book lives use
    // no power) and beats "double": no scenario beats it.
    let emissions = finding(&findings, SlideKind::ComparedEmissions);
    assert_eq!(emissions.code, HeadlineCode::NoneBeatsBase);
    assert_eq!(
        emissions.values["base"],
        HeadlineValue::Name("worked".into())
    );
    // On NPV "double" leads; its margin is its NPV less the base's.
    let npv = finding(&findings, SlideKind::ComparedNpv);
    let row = c
        .figures
        .iter()
        .find(|r| r.figure == ComparedFigure::Npv)
        .unwrap();
    assert_eq!(npv.values["best"], HeadlineValue::Name("double".into()));
    assert_eq!(
        npv.values["margin"],
        HeadlineValue::FigureValue {
            figure: ComparedFigure::Npv,
            value: row.values[2].unwrap() - row.values[0].unwrap()
        }
    );
}

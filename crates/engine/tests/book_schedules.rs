//! Book schedules worked by hand. Each test's comment shows the arithmetic.

use fleet_ledger_engine::book::disclosure::change_in_estimate_effect;
use fleet_ledger_engine::book::{
    book_schedule, BookInputs, BookPolicy, BookSchedule, ChangeInEstimate, Convention,
    DepreciationMethod, ValueEvent,
};
use fleet_ledger_engine::calendar::{FiscalCalendar, YearMonth};
use fleet_ledger_engine::Currency;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::collections::BTreeMap;

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

fn policy(
    method: DepreciationMethod,
    life: u32,
    salvage: Decimal,
    convention: Convention,
) -> BookPolicy {
    BookPolicy {
        method,
        useful_life_months: life,
        salvage_percent: salvage,
        convention,
    }
}

fn inputs<'a>(cost: Decimal, in_service: &str, policy: &'a BookPolicy) -> BookInputs<'a> {
    BookInputs {
        start_month: ym("2026-01"),
        horizon_months: 120,
        fiscal: FiscalCalendar::new(12).unwrap(),
        cost,
        in_service: ym(in_service),
        policy,
        changes: &[],
        events: &[],
        hours: &[],
        disposal: None,
    }
}

fn by_fiscal_year(schedule: &BookSchedule) -> BTreeMap<i32, Decimal> {
    let fiscal = FiscalCalendar::new(12).unwrap();
    let mut years = BTreeMap::new();
    for m in &schedule.months {
        *years
            .entry(fiscal.fiscal_year(m.month))
            .or_insert(Decimal::ZERO) += m.depreciation;
    }
    years
}

fn month(schedule: &BookSchedule, m: &str) -> Decimal {
    schedule
        .months
        .iter()
        .find(|r| r.month == ym(m))
        .unwrap()
        .depreciation
}

#[test]
fn change_of_life_is_spread_over_the_revised_remaining_life() {
    // Cost 100,000, no salvage, 5 years straight line from January 2026: 20,000 a year.
    // From January 2028 the total life becomes 8 years: NBV 60,000 over the remaining
    // 6 years = 10,000 a year. 2026 and 2027 are not restated.
    let sl = policy(
        DepreciationMethod::StraightLine,
        60,
        dec!(0),
        Convention::FullMonth,
    );
    let change = [ChangeInEstimate {
        effective: ym("2028-01"),
        useful_life_months: Some(96),
        salvage_percent: None,
        total_hours: None,
    }];
    let schedule = book_schedule(&BookInputs {
        changes: &change,
        ..inputs(dec!(100000), "2026-01", &sl)
    })
    .unwrap();
    let years = by_fiscal_year(&schedule);
    assert_eq!(years[&2026], dec!(20000));
    assert_eq!(years[&2027], dec!(20000));
    for year in 2028..=2033 {
        assert_eq!(years[&year], dec!(10000), "fiscal {year}");
    }
    assert_eq!(years[&2034], dec!(0));
    assert_eq!(schedule.total_depreciation(), dec!(100000));
}

#[test]
fn disclosure_of_the_change_in_the_year_it_takes_effect() {
    // Fiscal 2028: 10,000 with the change against 20,000 without; tax 21 %:
    // net income +10,000 × 0.79 = 7,900; 100,000 diluted shares: 0.079 → 0.08 per share.
    let effect =
        change_in_estimate_effect(2028, dec!(10000), dec!(20000), dec!(0.21), dec!(100000))
            .unwrap();
    assert_eq!(effect.depreciation_change, dec!(-10000));
    assert_eq!(effect.net_income_change, dec!(7900.00));
    assert_eq!(effect.per_share_change, dec!(0.08));
    assert_eq!(
        effect.sentence(Currency::USD),
        "In fiscal 2028, the change in estimate reduced depreciation expense by USD 10,000.00 and \
         increased net income by USD 7,900.00, or USD 0.08 per diluted share."
    );
    let bad = change_in_estimate_effect(2028, dec!(1), dec!(2), dec!(1.5), dec!(0)).unwrap_err();
    let paths: Vec<_> = bad.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["tax_rate", "shares_outstanding"]);
}

#[test]
fn mid_month_convention_takes_half_a_month_at_each_end() {
    // 1,200 over 12 months = 100 a month; entry month 50, months 2-12 100, month 13 50.
    let p = policy(
        DepreciationMethod::StraightLine,
        12,
        dec!(0),
        Convention::MidMonth,
    );
    let s = book_schedule(&inputs(dec!(1200), "2026-03", &p)).unwrap();
    assert_eq!(month(&s, "2026-02"), dec!(0));
    assert_eq!(month(&s, "2026-03"), dec!(50));
    assert_eq!(month(&s, "2026-04"), dec!(100));
    assert_eq!(month(&s, "2027-02"), dec!(100));
    assert_eq!(month(&s, "2027-03"), dec!(50));
    assert_eq!(month(&s, "2027-04"), dec!(0));
    assert_eq!(s.total_depreciation(), dec!(1200));
}

#[test]
fn half_year_convention_books_half_a_year_in_the_entry_year() {
    // 12,000 over 2 years (6,000 a year) entering service in October of a calendar fiscal year:
    // fiscal 2026 takes half a year, 3,000, over its 3 months in service (1,000 each);
    // fiscal 2027 takes 6,000 (500 a month); fiscal 2028 the last half year, 3,000.
    let p = policy(
        DepreciationMethod::StraightLine,
        24,
        dec!(0),
        Convention::HalfYear,
    );
    let s = book_schedule(&inputs(dec!(12000), "2026-10", &p)).unwrap();
    assert_eq!(month(&s, "2026-10"), dec!(1000));
    assert_eq!(month(&s, "2026-12"), dec!(1000));
    assert_eq!(month(&s, "2027-01"), dec!(500));
    let years = by_fiscal_year(&s);
    assert_eq!(
        (years[&2026], years[&2027], years[&2028]),
        (dec!(3000), dec!(6000), dec!(3000))
    );
    assert_eq!(month(&s, "2028-06"), dec!(500));
    assert_eq!(month(&s, "2028-07"), dec!(0));
}

#[test]
fn double_declining_years_follow_excel_vdb_spread_over_their_months() {
    // Excel VDB(2400, 300, 10, 0, 1) = 480 → 40 a month in the first year;
    // VDB(2400, 300, 10, 1, 2) = 384 → 32 a month in the second.
    let p = policy(
        DepreciationMethod::DecliningBalance { factor: dec!(2) },
        120,
        dec!(12.5),
        Convention::FullMonth,
    );
    let s = book_schedule(&inputs(dec!(2400), "2026-01", &p)).unwrap();
    assert_eq!(month(&s, "2026-01"), dec!(40));
    assert_eq!(month(&s, "2027-06"), dec!(32));
    let years = by_fiscal_year(&s);
    assert_eq!(years[&2026], dec!(480));
    assert_eq!(years[&2027], dec!(384));
    assert_eq!(s.total_depreciation(), dec!(2100));
    assert_eq!(s.closing_nbv(), dec!(300));
}

#[test]
fn asc_360_impairment_then_ias_36_reversal_rebase_the_remaining_life() {
    // Cost 120,000, 5 years straight line: 2,000 a month. After 24 months NBV is 72,000; an
    // impairment at the end of December 2027 writes it down to 36,000 (loss 36,000), spread
    // over the remaining 36 months: 1,000 a month. At the end of December 2028 NBV is 24,000;
    // without the impairment it would be 120,000 − 36 × 2,000 = 48,000. A reversal of 30,000
    // is capped at 48,000 − 24,000 = 24,000 (IAS 36.117), and the remaining 24 months take
    // 2,000 a month again.
    let p = policy(
        DepreciationMethod::StraightLine,
        60,
        dec!(0),
        Convention::FullMonth,
    );
    let events = [
        ValueEvent::Impairment {
            month: ym("2027-12"),
            loss: dec!(36000),
        },
        ValueEvent::Reversal {
            month: ym("2028-12"),
            amount: dec!(30000),
        },
    ];
    let s = book_schedule(&BookInputs {
        events: &events,
        ..inputs(dec!(120000), "2026-01", &p)
    })
    .unwrap();
    assert_eq!(month(&s, "2027-12"), dec!(2000));
    assert_eq!(month(&s, "2028-01"), dec!(1000));
    assert_eq!(month(&s, "2028-12"), dec!(1000));
    assert_eq!(s.total_impairment(), dec!(36000));
    assert_eq!(s.total_reversal(), dec!(24000));
    assert_eq!(month(&s, "2029-01"), dec!(2000));
    assert_eq!(month(&s, "2030-12"), dec!(2000));
    assert_eq!(month(&s, "2031-01"), dec!(0));
    // 48,000 + 12,000 + 48,000 = 108,000 depreciation; + 36,000 − 24,000 = 120,000.
    assert_eq!(s.total_depreciation(), dec!(108000));
    assert_eq!(
        s.total_depreciation() + s.total_impairment() - s.total_reversal(),
        dec!(120000)
    );
}

#[test]
fn units_of_production_follows_gpu_hours_and_stops_at_salvage() {
    // Cost 10,000 over 1,000 GPU-hours: 10 per hour. Hours 100, 200, 300, 400, 500:
    // 1,000, 2,000, 3,000, 4,000, then nothing (fully depreciated after 1,000 hours).
    let p = policy(
        DepreciationMethod::UnitsOfProduction {
            total_hours: dec!(1000),
        },
        60,
        dec!(0),
        Convention::FullMonth,
    );
    let hours = [dec!(100), dec!(200), dec!(300), dec!(400), dec!(500)];
    let s = book_schedule(&BookInputs {
        hours: &hours,
        ..inputs(dec!(10000), "2026-01", &p)
    })
    .unwrap();
    let first: Vec<_> = s.months.iter().take(5).map(|m| m.depreciation).collect();
    assert_eq!(
        first,
        [dec!(1000), dec!(2000), dec!(3000), dec!(4000), dec!(0)]
    );
}

#[test]
fn disposal_derecognises_the_remaining_book_value() {
    // 60,000 over 60 months, sold at the end of month 36: 36,000 depreciated, 24,000 NBV out.
    let p = policy(
        DepreciationMethod::StraightLine,
        60,
        dec!(0),
        Convention::FullMonth,
    );
    let s = book_schedule(&BookInputs {
        disposal: Some(ym("2028-12")),
        ..inputs(dec!(60000), "2026-01", &p)
    })
    .unwrap();
    assert_eq!(s.total_depreciation(), dec!(36000));
    assert_eq!(s.disposal_nbv(), dec!(24000));
    assert_eq!(s.closing_nbv(), dec!(0));
    assert_eq!(month(&s, "2029-01"), dec!(0));
}

#[test]
fn bad_arguments_name_the_field_and_never_panic() {
    let p = policy(
        DepreciationMethod::DecliningBalance { factor: dec!(0) },
        0,
        dec!(120),
        Convention::FullMonth,
    );
    let change = [ChangeInEstimate {
        effective: ym("2040-01"),
        useful_life_months: Some(0),
        salvage_percent: None,
        total_hours: None,
    }];
    let err = book_schedule(&BookInputs {
        changes: &change,
        ..inputs(dec!(-5), "2045-01", &p)
    })
    .unwrap_err();
    let paths: Vec<_> = err.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "cost",
            "in_service",
            "book.useful_life_months",
            "book.salvage_percent",
            "book.method.factor",
            "changes_in_estimate[0].useful_life_months",
            "changes_in_estimate[0].effective",
        ]
    );
    assert!(err
        .to_string()
        .contains("must be between 0 and 100 percent of cost"));
    let syd = policy(
        DepreciationMethod::SumOfYearsDigits,
        66,
        dec!(0),
        Convention::FullMonth,
    );
    let err = book_schedule(&inputs(dec!(1), "2026-01", &syd)).unwrap_err();
    assert_eq!(err.issues[0].path, "book.useful_life_months");
}

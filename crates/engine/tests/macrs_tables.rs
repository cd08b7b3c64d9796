//! IRS Publication 946, Appendix A: Tables A-1 (half-year) and A-2 to A-5 (mid-quarter, placed
//! in service in quarters 1 to 4), GDS 200 % declining balance, 3-, 5- and 7-year property,
//! typed from the publication. The schedules must reproduce every cell exactly.

use fleet_ledger_engine::calendar::{FiscalCalendar, YearMonth};
use fleet_ledger_engine::tax::{
    computed_percentages, convention_for, deferred_tax, mid_quarter_applies, recovery_percentages,
    tax_schedule, TaxConvention, TaxMethod, TaxPolicy,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The schedule's percentages, checked also against the rule the IRS tables come from.
fn table(years: u32, convention: TaxConvention) -> Vec<Decimal> {
    let policy = TaxPolicy {
        method: TaxMethod::Macrs {
            recovery_years: years,
        },
        bonus_percent: dec!(0),
    };
    let used = recovery_percentages(&policy, convention);
    let computed = computed_percentages(years, dec!(2), convention);
    assert_eq!(used.len(), computed.len());
    for (u, c) in used.iter().zip(&computed) {
        assert!(
            (u - c).abs() <= dec!(0.01),
            "{years}-year {convention:?}: table {u} vs rule {c}"
        );
    }
    assert_eq!(used.iter().sum::<Decimal>(), dec!(100));
    used
}

fn pct(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| v.parse().unwrap()).collect()
}

#[test]
fn table_a1_half_year() {
    let hy = TaxConvention::HalfYear;
    assert_eq!(table(3, hy), pct(&["33.33", "44.45", "14.81", "7.41"]));
    assert_eq!(
        table(5, hy),
        pct(&["20.00", "32.00", "19.20", "11.52", "11.52", "5.76"])
    );
    assert_eq!(
        table(7, hy),
        pct(&["14.29", "24.49", "17.49", "12.49", "8.93", "8.92", "8.93", "4.46"])
    );
}

#[test]
fn table_a2_mid_quarter_first_quarter() {
    let q = TaxConvention::MidQuarter { quarter: 1 };
    assert_eq!(table(3, q), pct(&["58.33", "27.78", "12.35", "1.54"]));
    assert_eq!(
        table(5, q),
        pct(&["35.00", "26.00", "15.60", "11.01", "11.01", "1.38"])
    );
    assert_eq!(
        table(7, q),
        pct(&["25.00", "21.43", "15.31", "10.93", "8.75", "8.74", "8.75", "1.09"])
    );
}

#[test]
fn table_a3_mid_quarter_second_quarter() {
    let q = TaxConvention::MidQuarter { quarter: 2 };
    assert_eq!(table(3, q), pct(&["41.67", "38.89", "14.14", "5.30"]));
    assert_eq!(
        table(5, q),
        pct(&["25.00", "30.00", "18.00", "11.37", "11.37", "4.26"])
    );
    assert_eq!(
        table(7, q),
        pct(&["17.85", "23.47", "16.76", "11.97", "8.87", "8.87", "8.87", "3.34"])
    );
}

#[test]
fn table_a4_mid_quarter_third_quarter() {
    let q = TaxConvention::MidQuarter { quarter: 3 };
    assert_eq!(table(3, q), pct(&["25.00", "50.00", "16.67", "8.33"]));
    assert_eq!(
        table(5, q),
        pct(&["15.00", "34.00", "20.40", "12.24", "11.30", "7.06"])
    );
    assert_eq!(
        table(7, q),
        pct(&["10.71", "25.51", "18.22", "13.02", "9.30", "8.85", "8.86", "5.53"])
    );
}

#[test]
fn table_a5_mid_quarter_fourth_quarter() {
    let q = TaxConvention::MidQuarter { quarter: 4 };
    assert_eq!(table(3, q), pct(&["8.33", "61.11", "20.37", "10.19"]));
    assert_eq!(
        table(5, q),
        pct(&["5.00", "38.00", "22.80", "13.68", "10.94", "9.58"])
    );
    assert_eq!(
        table(7, q),
        pct(&["3.57", "27.55", "19.68", "14.06", "10.04", "8.73", "8.73", "7.64"])
    );
}

fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

#[test]
fn straight_line_election_uses_the_same_conventions() {
    // 5-year straight line, half-year: 10, 20, 20, 20, 20, 10 (Pub 946 Table A-8 pattern).
    let sl = TaxPolicy {
        method: TaxMethod::StraightLine { recovery_years: 5 },
        bonus_percent: dec!(0),
    };
    assert_eq!(
        recovery_percentages(&sl, TaxConvention::HalfYear),
        pct(&["10", "20", "20", "20", "20", "10"])
    );
}

#[test]
fn mid_quarter_applies_when_over_40_percent_lands_in_the_last_quarter() {
    let calendar = FiscalCalendar::new(12).unwrap();
    // 400 of 1,000 in Q4 is exactly 40 %: not MORE than 40 %, so half-year.
    let at_40 = [(ym("2026-03"), dec!(600)), (ym("2026-11"), dec!(400))];
    assert!(!mid_quarter_applies(&at_40, calendar, 2026));
    let over_40 = [(ym("2026-03"), dec!(599)), (ym("2026-11"), dec!(401))];
    assert!(mid_quarter_applies(&over_40, calendar, 2026));
    // The quarter is the TAX year's: with a June year end, November is in Q2.
    let june = FiscalCalendar::new(6).unwrap();
    assert!(!mid_quarter_applies(&over_40, june, 2027));
    assert_eq!(
        convention_for(ym("2026-11"), calendar, true),
        TaxConvention::MidQuarter { quarter: 4 }
    );
}

#[test]
fn five_year_gpus_with_and_without_bonus() {
    // 100,000 of GPUs placed in service March 2026, calendar tax year, half-year convention.
    // No bonus: 20,000 in 2026 spread over March-December (2,000 a month), 32,000 in 2027.
    let calendar = FiscalCalendar::new(12).unwrap();
    let macrs = TaxPolicy {
        method: TaxMethod::Macrs { recovery_years: 5 },
        bonus_percent: dec!(0),
    };
    let months = tax_schedule(
        ym("2026-01"),
        96,
        calendar,
        dec!(100000),
        ym("2026-03"),
        &macrs,
        TaxConvention::HalfYear,
        None,
    )
    .unwrap();
    assert_eq!(months[1].depreciation, dec!(0));
    assert_eq!(months[2].depreciation, dec!(2000));
    let year = |y: i32| {
        months
            .iter()
            .filter(|m| m.month.year() == y)
            .map(|m| m.depreciation)
            .sum::<Decimal>()
    };
    assert_eq!(
        (
            year(2026),
            year(2027),
            year(2028),
            year(2029),
            year(2030),
            year(2031)
        ),
        (
            dec!(20000),
            dec!(32000),
            dec!(19200),
            dec!(11520),
            dec!(11520),
            dec!(5760)
        )
    );
    assert_eq!(months.last().unwrap().basis, dec!(0));
    // 100 % bonus: the whole cost in the month placed in service.
    let bonus = TaxPolicy {
        bonus_percent: dec!(100),
        ..macrs
    };
    let months = tax_schedule(
        ym("2026-01"),
        96,
        calendar,
        dec!(100000),
        ym("2026-03"),
        &bonus,
        TaxConvention::HalfYear,
        None,
    )
    .unwrap();
    assert_eq!(months[2].depreciation, dec!(100000));
    assert_eq!(months[2].basis, dec!(0));
    // Deferred tax liability when book NBV (say 83,333.33) exceeds tax basis (0) at 21 %.
    assert_eq!(
        deferred_tax(dec!(83333.33), dec!(0), dec!(0.21)),
        dec!(17500.00)
    );
}

#[test]
fn a_bad_recovery_period_names_the_field() {
    let calendar = FiscalCalendar::new(12).unwrap();
    let bad = TaxPolicy {
        method: TaxMethod::Macrs { recovery_years: 4 },
        bonus_percent: dec!(150),
    };
    let err = tax_schedule(
        ym("2026-01"),
        12,
        calendar,
        dec!(1),
        ym("2026-01"),
        &bad,
        TaxConvention::HalfYear,
        None,
    )
    .unwrap_err();
    let paths: Vec<_> = err.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, ["tax.method.recovery_years", "tax.bonus_percent"]);
}

/// The monthly tax book of a 100,000 cost, 5-year MACRS, disposed of at the end of `disposal`.
fn disposed(
    in_service: &str,
    convention: TaxConvention,
    disposal: &str,
    bonus_percent: Decimal,
) -> Vec<fleet_ledger_engine::tax::TaxMonth> {
    let policy = TaxPolicy {
        method: TaxMethod::Macrs { recovery_years: 5 },
        bonus_percent,
    };
    tax_schedule(
        ym("2026-01"),
        96,
        FiscalCalendar::new(12).unwrap(),
        dec!(100000),
        ym(in_service),
        &policy,
        convention,
        Some(ym(disposal)),
    )
    .unwrap()
}

/// Each calendar year's deduction up to the disposal, without bonus.
fn yearly_with_disposal(
    in_service: &str,
    convention: TaxConvention,
    disposal: &str,
) -> Vec<(i32, Decimal)> {
    let months = disposed(in_service, convention, disposal, dec!(0));
    let disposal = ym(disposal);
    let mut years: Vec<(i32, Decimal)> = Vec::new();
    for m in months.iter().filter(|m| m.month <= disposal) {
        match years.last_mut() {
            Some((y, total)) if *y == m.month.year() => *total += m.depreciation,
            _ => years.push((m.month.year(), m.depreciation)),
        }
    }
    years
}

/// IRS Pub 946, "Property disposed of before the end of the recovery period", half-year
/// convention: the year of disposal gets half its full year's deduction. 5-year property in
/// service March 2026, sold in August 2028: 2026 20 % and 2027 32 % as in Table A-1, 2028
/// half of 19.2 % = 9.6 %, spread over January to August (1,200 a month).
#[test]
fn macrs_half_year_disposal_year_gets_half_a_years_depreciation() {
    let years = yearly_with_disposal("2026-03", TaxConvention::HalfYear, "2028-08");
    assert_eq!(
        years,
        [(2026, dec!(20000)), (2027, dec!(32000)), (2028, dec!(9600))]
    );
    let months = disposed("2026-03", TaxConvention::HalfYear, "2028-08", dec!(0));
    let august_2028 = 24 + 7;
    assert_eq!(months[august_2028].depreciation, dec!(1200));
    // The basis left at disposal is what the gain or loss is measured against: 100,000 less
    // 20,000, 32,000 and 9,600.
    assert_eq!(months[august_2028].basis, dec!(38400));
}

/// Pub 946, mid-quarter convention: the year of disposal gets its deduction up to the middle
/// of the quarter of disposal: 12.5, 37.5, 62.5 or 87.5 % of the full year. Property in
/// service in the fourth quarter of 2026 (Table A-5: 5 %, 38 %, 22.8 %) sold in May 2028,
/// the second quarter: 2028 gets 37.5 % of 22.8 % = 8.55 % = 8,550.
#[test]
fn macrs_mid_quarter_disposal_year_runs_to_the_middle_of_the_disposal_quarter() {
    let years = yearly_with_disposal(
        "2026-11",
        TaxConvention::MidQuarter { quarter: 4 },
        "2028-05",
    );
    assert_eq!(
        years,
        [(2026, dec!(5000)), (2027, dec!(38000)), (2028, dec!(8550))]
    );
    // Sold in the fourth quarter instead: 87.5 % of 22.8 % = 19.95 %.
    let years = yearly_with_disposal(
        "2026-11",
        TaxConvention::MidQuarter { quarter: 4 },
        "2028-12",
    );
    assert_eq!(years[2], (2028, dec!(19950)));
}

/// Pub 946: property placed in service and disposed of in the same tax year gets no
/// depreciation deduction, and (Treas. Reg. 1.168(k)-1(g)(1)(i)) no special allowance.
#[test]
fn macrs_property_disposed_of_in_the_year_placed_in_service_gets_no_deduction() {
    let months = disposed("2026-03", TaxConvention::HalfYear, "2026-10", dec!(100));
    assert!(months[..10].iter().all(|m| m.depreciation.is_zero()));
    assert_eq!(months[9].basis, dec!(100000));
}

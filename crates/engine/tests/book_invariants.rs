//! Invariants of the book schedule over random cohorts and policies (proptest).

use fleet_ledger_engine::book::{
    book_schedule, BookInputs, BookPolicy, ChangeInEstimate, Convention, DepreciationMethod,
    ValueEvent,
};
use fleet_ledger_engine::calendar::{FiscalCalendar, YearMonth};
use fleet_ledger_engine::excel;
use fleet_ledger_engine::money::percent_of;
use proptest::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const HORIZON: u32 = 240;

fn start() -> YearMonth {
    YearMonth::new(2026, 1).unwrap()
}

fn method() -> impl Strategy<Value = DepreciationMethod> {
    prop_oneof![
        Just(DepreciationMethod::StraightLine),
        (1u32..=30).prop_map(|f| DepreciationMethod::DecliningBalance {
            factor: Decimal::new(i64::from(f), 1)
        }),
        Just(DepreciationMethod::SumOfYearsDigits),
        Just(DepreciationMethod::FixedDecliningBalance),
        (1u32..100_000).prop_map(|h| DepreciationMethod::UnitsOfProduction {
            total_hours: Decimal::from(h)
        }),
    ]
}

fn convention() -> impl Strategy<Value = Convention> {
    prop_oneof![
        Just(Convention::FullMonth),
        Just(Convention::MidMonth),
        Just(Convention::HalfYear)
    ]
}

prop_compose! {
    fn cohort()(method in method(), convention in convention(), years in 1u32..=8, extra in 0u32..12,
                salvage in 0u32..=5000, cost_cents in 1i64..100_000_000_000, entry in 0i32..48,
                fiscal_end in 1u32..=12, hours in prop::collection::vec(0u32..2000, HORIZON as usize))
        -> (BookPolicy, Decimal, YearMonth, FiscalCalendar, Vec<Decimal>) {
        let whole_years = matches!(method, DepreciationMethod::SumOfYearsDigits | DepreciationMethod::FixedDecliningBalance);
        let life = years * 12 + if whole_years { 0 } else { extra };
        let mut salvage_percent = Decimal::new(i64::from(salvage), 2); // 0 to 50 %
        if matches!(method, DepreciationMethod::FixedDecliningBalance) && salvage_percent.is_zero() {
            salvage_percent = Decimal::ONE;
        }
        let policy = BookPolicy { method, useful_life_months: life, salvage_percent, convention };
        let hours = hours.into_iter().map(Decimal::from).collect();
        (policy, Decimal::new(cost_cents, 2), start().plus_months(entry), FiscalCalendar::new(fiscal_end).unwrap(), hours)
    }
}

fn inputs<'a>(
    policy: &'a BookPolicy,
    cost: Decimal,
    entry: YearMonth,
    fiscal: FiscalCalendar,
    hours: &'a [Decimal],
) -> BookInputs<'a> {
    BookInputs {
        start_month: start(),
        horizon_months: HORIZON,
        fiscal,
        cost,
        in_service: entry,
        policy,
        changes: &[],
        events: &[],
        hours,
        disposal: None,
    }
}

proptest! {
    /// Depreciation + impairment − reversal + disposal NBV + closing NBV = cost, and NBV never
    /// falls below salvage except by impairment.
    #[test]
    fn schedules_account_for_the_whole_cost((policy, cost, entry, fiscal, hours) in cohort(),
                                           impair_at in 0i32..150, loss_share in 0u32..100, dispose in proptest::option::of(0i32..200)) {
        let salvage = percent_of(cost, policy.salvage_percent);
        let plain = book_schedule(&inputs(&policy, cost, entry, fiscal, &hours)).unwrap();
        prop_assert_eq!(plain.total_depreciation() + plain.closing_nbv(), cost);
        for m in plain.months.iter().filter(|m| m.month >= entry) {
            prop_assert!(m.nbv >= salvage, "{} below salvage {} in {}", m.nbv, salvage, m.month);
            prop_assert!(m.depreciation >= Decimal::ZERO);
        }
        // Units of production stops with the hours; month-based methods finish within the horizon.
        if !matches!(policy.method, DepreciationMethod::UnitsOfProduction { .. }) {
            prop_assert_eq!(plain.closing_nbv(), salvage);
        }

        let impairment_month = entry.plus_months(impair_at);
        let events = [ValueEvent::Impairment { month: impairment_month, loss: cost * Decimal::from(loss_share) / Decimal::ONE_HUNDRED }];
        let disposal = dispose.map(|d| entry.plus_months(d)).filter(|d| *d <= start().plus_months(HORIZON as i32 - 1));
        if impairment_month <= start().plus_months(HORIZON as i32 - 1) {
            let s = book_schedule(&BookInputs { events: &events, disposal, ..inputs(&policy, cost, entry, fiscal, &hours) }).unwrap();
            prop_assert_eq!(s.total_depreciation() + s.total_impairment() - s.total_reversal() + s.disposal_nbv() + s.closing_nbv(), cost);
        }
    }

    /// A change of life moves depreciation in time without changing its total or the past.
    #[test]
    fn a_change_of_life_moves_depreciation_in_time((policy, cost, entry, fiscal, hours) in cohort(),
                                                   after in 1i32..36, new_years in 1u32..=8) {
        prop_assume!(!matches!(policy.method, DepreciationMethod::UnitsOfProduction { .. }));
        let change = [ChangeInEstimate { effective: entry.plus_months(after), useful_life_months: Some(new_years * 12), salvage_percent: None, total_hours: None }];
        let before = book_schedule(&inputs(&policy, cost, entry, fiscal, &hours)).unwrap();
        let after = book_schedule(&BookInputs { changes: &change, ..inputs(&policy, cost, entry, fiscal, &hours) }).unwrap();
        prop_assert_eq!(before.total_depreciation(), after.total_depreciation());
        // Prospective: nothing before the effective month is restated.
        let effective = change[0].effective;
        for (a, b) in before.months.iter().zip(&after.months).filter(|(a, _)| a.month < effective) {
            prop_assert_eq!(a, b);
        }
    }

    /// The months of each asset year sum to that year's amount as Excel's VDB computes it.
    #[test]
    fn months_of_an_asset_year_sum_to_excels_year(years in 1u32..=10, factor in 10u32..=30, salvage in 0u32..=30, cost in 1_000u32..10_000_000) {
        let factor = Decimal::new(i64::from(factor), 1);
        let policy = BookPolicy {
            method: DepreciationMethod::DecliningBalance { factor },
            useful_life_months: years * 12,
            salvage_percent: Decimal::from(salvage),
            convention: Convention::FullMonth,
        };
        let cost = Decimal::from(cost);
        let s = book_schedule(&inputs(&policy, cost, start(), FiscalCalendar::new(12).unwrap(), &[])).unwrap();
        let salvage_amount = percent_of(cost, policy.salvage_percent).to_f64().unwrap();
        for y in 0..years as usize {
            let sum: Decimal = s.months[12 * y..12 * y + 12].iter().map(|m| m.depreciation).sum();
            let excel = excel::vdb(cost.to_f64().unwrap(), salvage_amount, f64::from(years), y as f64, y as f64 + 1.0, factor.to_f64().unwrap(), false).unwrap();
            prop_assert!((sum.to_f64().unwrap() - excel).abs() <= 0.011, "year {}: {} vs Excel {}", y + 1, sum, excel);
        }
    }
}

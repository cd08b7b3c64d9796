//! Invariants of the fleet model over random fleets (proptest).

mod common;

use common::{cohort, worked_world};
use fleet_ledger_engine::book::ChangeInEstimate;
use fleet_ledger_engine::fleet::{simulate, ScheduleLine};
use fleet_ledger_engine::scenario::{Contract, Scenario, Site, Tier, TieringRule};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const SKUS: [&str; 4] = ["H100-SXM", "B200", "A100-SXM-80GB", "GB200-NVL72"];

prop_compose! {
    fn fleet()(specs in prop::collection::vec((0usize..4, 1u32..400, 0i32..36, 2u32..=8, proptest::option::of(1u32..60)), 1..6),
               cap in proptest::option::of(1u32..4000), failure in 0u32..30, tiering in 0u32..3,
               negative_months in proptest::option::of(1u32..12), fixed_age in proptest::option::of(12u32..90))
        -> Scenario {
        let mut s = worked_world("2026-01", 120);
        s.costs.annual_failure_rate = Decimal::new(i64::from(failure), 2);
        s.site = cap.map(|kw| Site { power_cap_mw: Decimal::new(i64::from(kw), 3) });
        s.policies.tiering = match tiering {
            0 => TieringRule::Fixed { tier: Tier::Inference },
            1 => TieringRule::ByAge { training_months: 24 },
            _ => TieringRule::NewestGenerationsTrain { generations: 1 },
        };
        s.policies.retirement.negative_margin_months = negative_months;
        s.policies.retirement.fixed_age_months = fixed_age;
        s.cohorts = specs.iter().enumerate().map(|(i, (sku, quantity, entry, years, contract_months))| {
            let start = s.start_month.plus_months(*entry);
            let mut c = cohort(&format!("C{i}"), SKUS[*sku], *quantity, &start.to_string(), dec!(30000), years * 12);
            c.contract = contract_months.map(|m| Contract {
                price_per_gpu_hour: dec!(2.2), share_of_hours: dec!(0.5), start, end: start.plus_months(m as i32),
            });
            c
        }).collect();
        s
    }
}

fn lines_sum(lines: &[ScheduleLine]) -> ScheduleLine {
    let mut total = ScheduleLine::empty(lines[0].month);
    for line in lines {
        total.accumulate(line, true);
    }
    total
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_fleet_is_the_sum_of_its_cohorts_and_stays_physical(s in fleet()) {
        let r = simulate(&s).unwrap();
        for (t, fleet_line) in r.fleet.iter().enumerate() {
            let cohort_lines: Vec<ScheduleLine> = r.cohorts.iter().map(|c| c.month(t)).collect();
            let mut expected = lines_sum(&cohort_lines);
            expected.tier = None;
            prop_assert_eq!(&expected, fleet_line);
            prop_assert!(fleet_line.energy_kwh >= Decimal::ZERO);
            let mut peak_kw = Decimal::ZERO;
            for (c, line) in s.cohorts.iter().zip(&cohort_lines) {
                prop_assert!(line.units_owned <= c.quantity);
                prop_assert!(line.units_in_service <= line.units_owned);
                prop_assert!(line.gpu_hours_sold <= line.gpu_hours_available);
                let kw = s.sku(&c.sku).unwrap().kw_per_gpu;
                peak_kw += Decimal::from(line.units_in_service) * kw * s.costs.pue;
            }
            if let Some(site) = &s.site {
                prop_assert!(peak_kw <= site.power_cap_mw * dec!(1000), "month {}: {} kW over the cap", t, peak_kw);
            }
        }
        // Books close: over the horizon, depreciation + impairment − reversal + NBV disposed
        // (proceeds − gain) + closing NBV = cost, cohort by cohort.
        for (c, run) in s.cohorts.iter().zip(&r.cohorts) {
            let months = run.months();
            let sum = |f: fn(&ScheduleLine) -> Decimal| months.iter().map(f).sum::<Decimal>();
            let disposed_nbv = sum(|l| l.disposal_proceeds - l.disposal_gain);
            let closing = months.last().unwrap().nbv;
            let cost = Decimal::from(c.quantity) * dec!(30000);
            prop_assert_eq!(sum(|l| l.book_depreciation) + sum(|l| l.impairment) - sum(|l| l.impairment_reversal) + disposed_nbv + closing, cost);
        }
    }

    #[test]
    fn a_change_of_life_moves_depreciation_in_time_without_changing_its_total(mut s in fleet(), after in 1i32..30, years in 2u32..=8) {
        s.site = None;
        s.policies.retirement.negative_margin_months = None;
        s.policies.retirement.fixed_age_months = None;
        s.horizon_months = 240;
        let base = simulate(&s).unwrap();
        let mut revised = s.clone();
        for c in &mut revised.cohorts {
            c.changes_in_estimate = vec![ChangeInEstimate {
                effective: c.in_service.plus_months(after), useful_life_months: Some(years * 12), salvage_percent: None, total_hours: None,
            }];
        }
        let changed = simulate(&revised).unwrap();
        let impaired = |r: &fleet_ledger_engine::fleet::FleetResult| r.fleet.iter().any(|l| !l.impairment.is_zero());
        prop_assume!(!impaired(&base) && !impaired(&changed));
        let total = |r: &fleet_ledger_engine::fleet::FleetResult| r.fleet.iter().map(|l| l.book_depreciation).sum::<Decimal>();
        prop_assert_eq!(total(&base), total(&changed));
    }
}

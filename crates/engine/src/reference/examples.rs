//! The example scenarios shipped in the binary and seeded into a new library (PRODUCT.md §3).

use super::template;
use crate::book::{BookPolicy, Convention, DepreciationMethod};
use crate::calendar::YearMonth;
use crate::scenario::{Cohort, Scenario, Site, TieringRule};
use crate::tax::{TaxMethod, TaxPolicy};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const NAMES: [&str; 4] = [
    "burry-vs-bernstein",
    "oracle-tiered-mix",
    "full-refresh",
    "power-capped-site",
];

/// The names `fleet-ledger example NAME` accepts, in the order they are listed.
pub fn example_names() -> &'static [&'static str] {
    &NAMES
}

/// A shipped example by name.
pub fn example(name: &str) -> Option<Scenario> {
    Some(match name {
        "burry-vs-bernstein" => burry_vs_bernstein(),
        "oracle-tiered-mix" => oracle_tiered_mix(),
        "full-refresh" => full_refresh(),
        "power-capped-site" => power_capped_site(),
        _ => return None,
    })
}

fn straight_line(years: u32) -> BookPolicy {
    BookPolicy {
        method: DepreciationMethod::StraightLine,
        useful_life_months: years * 12,
        salvage_percent: Decimal::ZERO,
        convention: Convention::FullMonth,
    }
}

/// MACRS 5-year (computers) with the bonus percentage of the year placed in service: 60 % in
/// 2024, 100 % for property acquired after 2025-01-19.
fn macrs_five(in_service: YearMonth) -> TaxPolicy {
    let bonus = if in_service >= YearMonth::constant(2025, 2) {
        dec!(100)
    } else {
        dec!(60)
    };
    TaxPolicy {
        method: TaxMethod::Macrs { recovery_years: 5 },
        bonus_percent: bonus,
    }
}

fn cohort(
    id: &str,
    sku: &str,
    quantity: u32,
    in_service: YearMonth,
    unit_cost: Option<Decimal>,
    years: u32,
) -> Cohort {
    Cohort {
        id: id.into(),
        sku: sku.into(),
        quantity,
        in_service,
        unit_cost,
        book: straight_line(years),
        tax: macrs_five(in_service),
        tier: None,
        planned_retirement: None,
        contract: None,
        changes_in_estimate: Vec::new(),
    }
}

/// One H100 fleet on a six-year book life; the policy comparison sets it against three years.
fn burry_vs_bernstein() -> Scenario {
    let start = YearMonth::constant(2026, 1);
    let mut s = template(start);
    s.name = "Burry vs Bernstein".into();
    s.cohorts = vec![cohort(
        "H100-2026-01",
        "H100-SXM",
        1024,
        start,
        Some(dec!(39000)),
        6,
    )];
    s.policies.tiering = TieringRule::Fixed {
        tier: crate::scenario::Tier::Inference,
    };
    s.policies.retirement.negative_margin_months = None;
    // A neocloud-sized company, so per-share effects are visible.
    s.valuation.shares_outstanding = dec!(10000000);
    s
}

/// Oracle's answer: B200 for frontier training, the H100s cascade to inference.
fn oracle_tiered_mix() -> Scenario {
    let start = YearMonth::constant(2024, 1);
    let mut s = template(start);
    s.name = "Oracle-style tiered mix".into();
    s.horizon_months = 120;
    s.fiscal_year_end_month = 5;
    s.cohorts = vec![
        cohort("H100-2024-01", "H100-SXM", 2048, start, None, 6),
        cohort(
            "B200-2026-01",
            "B200",
            2048,
            YearMonth::constant(2026, 1),
            None,
            6,
        ),
    ];
    s
}

/// The same site selling its H100s at year three and buying B200s.
fn full_refresh() -> Scenario {
    let mut s = oracle_tiered_mix();
    s.name = "Full refresh".into();
    s.cohorts[0].planned_retirement = Some(YearMonth::constant(2026, 12));
    s.cohorts[1] = cohort(
        "B200-2027-01",
        "B200",
        2048,
        YearMonth::constant(2027, 1),
        None,
        6,
    );
    s
}

/// A fixed 20 MW campus where new GPUs displace the old ones with the lowest margin per MW.
fn power_capped_site() -> Scenario {
    let start = YearMonth::constant(2024, 1);
    let mut s = template(start);
    s.name = "Power-capped site".into();
    s.horizon_months = 120;
    s.site = Some(Site {
        power_cap_mw: dec!(20),
    });
    s.cohorts = vec![
        cohort("H100-2024-01", "H100-SXM", 8000, start, None, 6),
        cohort(
            "B200-2026-01",
            "B200",
            4000,
            YearMonth::constant(2026, 1),
            None,
            6,
        ),
        cohort(
            "GB200-2028-01",
            "GB200-NVL72",
            4000,
            YearMonth::constant(2028, 1),
            None,
            6,
        ),
    ];
    s
}

/// A generated fleet of `cohorts` cohorts mixing SKUs, methods and policies, for benchmarks
/// and scale tests: deterministic, so every run measures the same work.
pub fn generated_fleet(cohorts: u32, horizon_months: u32) -> Scenario {
    let start = YearMonth::constant(2026, 1);
    let mut s = template(start);
    s.name = format!("Generated fleet of {cohorts} cohorts");
    s.horizon_months = horizon_months.clamp(1, crate::scenario::MAX_HORIZON_MONTHS);
    let skus = [
        "H100-SXM",
        "B200",
        "H200-SXM",
        "GB200-NVL72",
        "MI300X",
        "A100-SXM-80GB",
    ];
    let methods = [
        DepreciationMethod::StraightLine,
        DepreciationMethod::DecliningBalance { factor: dec!(2) },
        DepreciationMethod::SumOfYearsDigits,
        DepreciationMethod::StraightLine,
    ];
    let span = s.horizon_months.min(60);
    s.cohorts = (0..cohorts)
        .map(|i| {
            let in_service = start.plus_months((i % span) as i32);
            let mut c = cohort(
                &format!("C{i:05}"),
                skus[i as usize % skus.len()],
                64 + (i % 17) * 32,
                in_service,
                None,
                4 + i % 3,
            );
            c.book.method = methods[i as usize % methods.len()].clone();
            if i % 5 == 0 {
                c.book.convention = Convention::MidMonth;
            }
            c
        })
        .collect();
    s
}

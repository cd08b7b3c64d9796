//! Engine benchmarks (divan). `cargo bench -p fleet-ledger-engine --bench fleet`; the figures and
//! how to read them are in docs/PERFORMANCE.md.

use divan::Bencher;
use fleet_ledger_engine::analysis::{
    break_even, compare_policies, tornado, BreakEvenTarget, BreakEvenVariable, Driver,
};
use fleet_ledger_engine::book::{BookPolicy, Convention, DepreciationMethod};
use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
use rust_decimal::Decimal;

fn main() {
    divan::main();
}

/// The full schedule (operations, books, impairment tests, tax) of N cohorts over 120 and 240
/// months: on one core up to 1,000 cohorts, the cohort pass of 10,000 on every core
/// (`fleet::PARALLEL_FROM_COHORTS`). Fifteen samples, so that a burst of load from another
/// tenant of the machine moves the median less.
#[divan::bench(args = [100, 1_000, 10_000], consts = [120, 240], sample_count = 15, sample_size = 1)]
fn schedule<const MONTHS: u32>(bencher: Bencher, cohorts: u32) {
    let scenario = generated_fleet(cohorts, MONTHS);
    bencher.bench(|| simulate(divan::black_box(&scenario)).map(|r| r.fleet.len()));
}

/// The same fleet of 1,000 cohorts under four useful lives.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn policy_comparison_of_four_lives(bencher: Bencher) {
    let scenario = generated_fleet(1_000, 120);
    let policies: Vec<BookPolicy> = [36, 48, 60, 72]
        .iter()
        .map(|months| BookPolicy {
            method: DepreciationMethod::StraightLine,
            useful_life_months: *months,
            salvage_percent: Decimal::ZERO,
            convention: Convention::FullMonth,
        })
        .collect();
    bencher.bench(|| compare_policies(&scenario, &policies).map(|c| c.years.len()));
}

/// A tornado of every driver (20) up and down on 1,000 cohorts, on all cores.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn tornado_on_1000_cohorts(bencher: Bencher) {
    let scenario = generated_fleet(1_000, 120);
    bencher.bench(|| tornado(&scenario, &Driver::ALL, Decimal::TEN).map(|b| b.len()));
}

/// The rental price at which cumulative EBIT is zero, 100 cohorts.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn break_even_price(bencher: Bencher) {
    let scenario = generated_fleet(100, 120);
    bencher.bench(|| {
        break_even(
            &scenario,
            BreakEvenVariable::RentalPrice,
            BreakEvenTarget::CumulativeEbit,
        )
        .map(|b| b.multiple)
    });
}

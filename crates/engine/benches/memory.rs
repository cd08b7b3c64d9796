//! The most heap a schedule holds at once (issue 7: 10,000 cohorts × 240 months within
//! 500 MB). `cargo bench -p fleet-ledger-engine --bench memory`; read the "max alloc" row.
//! Apart from the timing benchmarks because counting every allocation slows them.

use divan::Bencher;
use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// The full schedule of 10,000 cohorts over 240 months.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn schedule_of_10000_cohorts_over_240_months(bencher: Bencher) {
    let scenario = generated_fleet(10_000, 240);
    bencher.bench(|| simulate(divan::black_box(&scenario)).map(|r| r.fleet.len()));
}

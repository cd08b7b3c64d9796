//! Saving and loading a 10,000-cohort scenario in the library. `cargo bench -p fleet-ledger-store`.

use fleet_ledger_engine::reference::generated_fleet;
use fleet_ledger_store::{Library, ListQuery};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn save_a_10000_cohort_scenario(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(&dir.path().join("bench.sqlite")).unwrap();
    let scenario = generated_fleet(10_000, 120);
    let id = library.add_scenario(&scenario, "bench").unwrap().id;
    bencher.bench_local(|| library.save_scenario(&id, &scenario, None).map(|v| v.id));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_a_10000_cohort_scenario(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(&dir.path().join("bench.sqlite")).unwrap();
    let id = library
        .add_scenario(&generated_fleet(10_000, 120), "bench")
        .unwrap()
        .id;
    let _ = library.list_scenarios(&ListQuery::default());
    bencher.bench_local(|| library.open_scenario(&id).map(|s| s.scenario.cohorts.len()));
}

//! The most heap a schedule holds at once (issue 7: 10,000 cohorts × 240 months within
//! 500 MB). `cargo bench -p fleet-ledger-engine --bench memory` prints it. The heap is
//! counted on every thread (`heap-peak`).

use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
use heap_peak::PeakCounter;
use std::time::Instant;

#[global_allocator]
static HEAP: PeakCounter = PeakCounter::new();

fn main() {
    let (cohorts, months) = (10_000, 240);
    let scenario = generated_fleet(cohorts, months);
    let started = Instant::now();
    let (result, heap) = HEAP.measure(|| simulate(&scenario));
    let elapsed = started.elapsed();
    let lines = result.map_or(0, |r| r.cohorts.len());
    let mb = |bytes: usize| bytes as f64 / 1e6;
    println!(
        "schedule of {cohorts} cohorts x {months} months ({lines} cohorts kept, {elapsed:?}): \
         heap at its peak {:.1} MB, the result {:.1} MB (every thread, beyond the scenario)",
        mb(heap.peak),
        mb(heap.held_after)
    );
}

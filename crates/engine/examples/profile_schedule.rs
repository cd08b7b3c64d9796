//! Runs the full schedule of a generated fleet a number of times, for profilers and for
//! counting instructions, which on a shared machine are steadier than wall time
//! (docs/PERFORMANCE.md):
//!
//! ```sh
//! cargo build --release -p fleet-ledger-engine --example profile_schedule
//! target/release/examples/profile_schedule 1000 120 20      # cohorts, months, runs
//! valgrind --tool=callgrind target/release/examples/profile_schedule 1000 120 1
//! ```

use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u32>());
    let mut next = |default: u32| args.next().and_then(Result::ok).unwrap_or(default);
    let (cohorts, months, runs) = (next(1_000), next(120), next(20).max(1));
    let scenario = generated_fleet(cohorts, months);
    let mut fastest = Duration::MAX;
    for _ in 0..runs {
        let started = Instant::now();
        let lines = simulate(&scenario).map_or(0, |result| result.fleet.len());
        fastest = fastest.min(started.elapsed());
        std::hint::black_box(lines);
    }
    println!("{cohorts} cohorts x {months} months: fastest of {runs} runs {fastest:?}");
}

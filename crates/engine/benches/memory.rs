//! The most heap a schedule holds at once (issue 7: 10,000 cohorts × 240 months within
//! 500 MB). `cargo bench -p fleet-ledger-engine --bench memory` prints it.
//!
//! The heap is counted by a global allocator of our own across every thread: a large fleet's
//! cohort pass runs on all cores, and divan's allocation profiler counts the benchmark's own
//! thread only (it reported 35 MB of a 266 MB result). Apart from the timing benchmarks
//! because counting every allocation slows them.

use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::generated_fleet;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The system allocator, counting the bytes held now and the most held at once.
struct PeakCounter {
    held: AtomicUsize,
    peak: AtomicUsize,
}

impl PeakCounter {
    fn grew(&self, bytes: usize) {
        let held = self.held.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.peak.fetch_max(held, Ordering::Relaxed);
    }

    fn shrank(&self, bytes: usize) {
        self.held.fetch_sub(bytes, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for PeakCounter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.grew(layout.size());
        // SAFETY: the caller's contract for `layout` is `System::alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.shrank(layout.size());
        // SAFETY: `ptr` came from `System` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the new block arriving before the old one leaves, as a copy would be.
        self.grew(new_size);
        // SAFETY: `ptr` came from `System` with `layout`; the caller vouches for `new_size`.
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        self.shrank(layout.size());
        moved
    }
}

#[global_allocator]
static HEAP: PeakCounter = PeakCounter {
    held: AtomicUsize::new(0),
    peak: AtomicUsize::new(0),
};

fn main() {
    let (cohorts, months) = (10_000, 240);
    let scenario = generated_fleet(cohorts, months);
    let before = HEAP.held.load(Ordering::Relaxed);
    HEAP.peak.store(before, Ordering::Relaxed);
    let started = Instant::now();
    let result = simulate(&scenario);
    let elapsed = started.elapsed();
    let held = HEAP.held.load(Ordering::Relaxed) - before;
    let peak = HEAP.peak.load(Ordering::Relaxed) - before;
    let lines = result.map_or(0, |r| r.cohorts.len());
    let mb = |bytes: usize| bytes as f64 / 1e6;
    println!(
        "schedule of {cohorts} cohorts x {months} months ({lines} cohorts kept, {elapsed:?}): \
         heap at its peak {:.1} MB, the result {:.1} MB (every thread, beyond the scenario)",
        mb(peak),
        mb(held)
    );
}

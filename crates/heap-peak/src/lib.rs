//! The heap a benchmark holds at its peak, counted across every thread by a global allocator
//! of our own: a large fleet's cohort pass runs on all cores, and divan's allocation profiler
//! counts the benchmark's own thread only (it reported 35 MB of a 266 MB result).
//!
//! A benchmark binary installs it with
//! `#[global_allocator] static HEAP: PeakCounter = PeakCounter::new();`
//! and reads [`PeakCounter::measure`]. Counting slows every allocation, so timing benchmarks
//! live in binaries of their own.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes held now and the most held at once.
pub struct PeakCounter {
    held: AtomicUsize,
    peak: AtomicUsize,
}

/// What [`PeakCounter::measure`] saw, in bytes beyond what was held before.
pub struct HeapUse {
    pub peak: usize,
    pub held_after: usize,
}

impl PeakCounter {
    pub const fn new() -> Self {
        Self {
            held: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    fn grew(&self, bytes: usize) {
        let held = self.held.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.peak.fetch_max(held, Ordering::Relaxed);
    }

    fn shrank(&self, bytes: usize) {
        self.held.fetch_sub(bytes, Ordering::Relaxed);
    }

    /// Runs `f` and returns its value with the heap it held at its peak and at its end.
    pub fn measure<T>(&self, f: impl FnOnce() -> T) -> (T, HeapUse) {
        let before = self.held.load(Ordering::Relaxed);
        self.peak.store(before, Ordering::Relaxed);
        let value = f();
        let usage = HeapUse {
            peak: self.peak.load(Ordering::Relaxed) - before,
            held_after: self.held.load(Ordering::Relaxed).saturating_sub(before),
        };
        (value, usage)
    }
}

impl Default for PeakCounter {
    fn default() -> Self {
        Self::new()
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

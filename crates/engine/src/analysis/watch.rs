//! Long work someone is waiting for: told how far it has gone, and stoppable. The engine
//! stays free of any UI: the caller passes a function for progress and a flag to cancel.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// How the caller follows long work: `report(done, total)` after each step (from any
/// thread), and a flag it may set to stop the work at the next step.
pub struct Watch<'a> {
    report: &'a (dyn Fn(u32, u32) + Sync),
    cancelled: &'a AtomicBool,
    done: AtomicU32,
    total: u32,
}

impl<'a> Watch<'a> {
    pub fn new(
        total: u32,
        report: &'a (dyn Fn(u32, u32) + Sync),
        cancelled: &'a AtomicBool,
    ) -> Self {
        Self {
            report,
            cancelled,
            done: AtomicU32::new(0),
            total,
        }
    }

    /// One more step done.
    pub(crate) fn step(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        (self.report)(done, self.total);
    }

    pub(crate) fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// Work no one follows or stops.
pub(crate) fn unwatched<R>(f: impl FnOnce(&Watch) -> R) -> R {
    let never = AtomicBool::new(false);
    f(&Watch::new(0, &|_, _| {}, &never))
}

//! A cohort's monthly schedule as the fleet result keeps it: the fixed-point lines of the
//! months it is on the books, from entry to retirement, and nothing for the months around them
//! (all zero). A 10,000-cohort, 20-year result holds 2.4 million cohort-months; as
//! `ScheduleLine`s of `Decimal`s (about 530 bytes each) that was 1.3 GB, stored this way it is
//! under 200 bytes a month on the books (issue 7, docs/PERFORMANCE.md).

use super::fixed_line::FixedLine;
use super::lines::ScheduleLine;
use crate::calendar::YearMonth;
use rust_decimal::Decimal;
use std::sync::Arc;

/// The model's months: shared by every cohort's schedule.
#[derive(Debug, PartialEq)]
pub(crate) struct ModelMonths {
    pub start: YearMonth,
    /// Hours in each month.
    pub hours: Vec<Decimal>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CohortSchedule {
    months: Arc<ModelMonths>,
    /// Model month of `lines[0]`.
    first: usize,
    lines: Vec<FixedLine>,
}

impl CohortSchedule {
    /// Keeps `lines` (one per model month from month `first` on; every other month is zero)
    /// from the first to the last that is not all zero.
    pub(crate) fn new(months: Arc<ModelMonths>, first: usize, mut lines: Vec<FixedLine>) -> Self {
        let is_zero = |line: &&FixedLine| **line == FixedLine::default();
        let leading = lines.iter().take_while(is_zero).count();
        let end = lines.len() - lines[leading..].iter().rev().take_while(is_zero).count();
        lines.truncate(end);
        lines.drain(..leading);
        lines.shrink_to_fit();
        Self {
            months,
            first: first + leading,
            lines,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.months.hours.len()
    }

    /// The line of model month `t`.
    pub(crate) fn line(&self, t: usize) -> ScheduleLine {
        let line = t
            .checked_sub(self.first)
            .and_then(|k| self.lines.get(k))
            .copied()
            .unwrap_or_default();
        let hours = self.months.hours.get(t).copied().unwrap_or(Decimal::ZERO);
        line.line(self.months.start.plus_months(t as i32), hours)
    }
}

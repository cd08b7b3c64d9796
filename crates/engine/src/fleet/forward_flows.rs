//! The cash flows an impairment test of a cohort looks forward to: its contribution margins to
//! the end of its remaining useful life and what it fetches then (ASC 360-10-35-29 to 35-33;
//! IAS 36.33 and 36.39), undiscounted and discounted back to the month of the test.

use super::discounting::{MonthlyDiscount, ValueInUse};
use super::precision::money;
use crate::valuation::discounted_forward;
use rust_decimal::Decimal;

/// The flows of a cohort's months `first..=end`, with, for every month, the sum of the flows
/// after it and their value discounted to it, built backwards in one pass. Tests whose flows
/// end in the same month share them (the end moves only with a change in estimate of the
/// life); the buffers serve cohort after cohort.
#[derive(Default)]
pub(super) struct ForwardFlows {
    span: Option<(usize, usize)>,
    flows: Vec<i64>,
    future: Vec<i64>,
    values_in_use: Vec<ValueInUse>,
    /// The Decimal recursion's values, when the discount rate is negative (`MonthlyDiscount`).
    plain: Vec<Decimal>,
}

impl ForwardFlows {
    /// Forgets the flows worked out (a new cohort's come next).
    pub(super) fn clear(&mut self) {
        self.span = None;
    }

    /// Readies the flows of months `first..=end`: `margin(k)` in month k and, at `end`, the
    /// disposal proceeds `terminal` (cents); kept as they are when already readied for them.
    pub(super) fn look_to(
        &mut self,
        (first, end): (usize, usize),
        margin: impl Fn(usize) -> i64,
        terminal: impl FnOnce() -> i64,
        discount: &MonthlyDiscount,
    ) {
        if self.span == Some((first, end)) {
            return;
        }
        self.span = Some((first, end));
        let terminal = terminal();
        self.flows.clear();
        self.flows
            .extend((first..=end).map(|k| margin(k) + if k == end { terminal } else { 0 }));
        // Fixed point unless the discount rate is negative; then the Decimal recursion.
        self.plain.clear();
        if discount
            .values_in_use(&self.flows, &mut self.values_in_use)
            .is_none()
        {
            let flows: Vec<Decimal> = self.flows.iter().map(|c| money(*c)).collect();
            self.plain = discounted_forward(&flows, discount.factor);
        }
        self.future.clear();
        self.future.resize(self.flows.len(), 0);
        for k in (0..self.flows.len().saturating_sub(1)).rev() {
            self.future[k] = self.future[k + 1] + self.flows[k + 1];
        }
    }

    /// The flows after the end of month `t` (within the span readied), undiscounted and
    /// discounted to it, in currency.
    pub(super) fn after(&self, t: usize) -> (Decimal, Decimal) {
        let first = self.span.map_or(0, |(first, _)| first);
        let k = t - first;
        let discounted = match self.plain.get(k) {
            Some(value) => *value,
            None => money(self.values_in_use[k].cents()),
        };
        (money(self.future[k]), discounted)
    }
}

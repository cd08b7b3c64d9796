//! A cohort's monthly schedule as the fleet result keeps it: the months it is on the books,
//! from entry to retirement, and nothing for the months around them (all zero).
//!
//! A 10,000-cohort, 20-year result holds 2.4 million cohort-months; as `ScheduleLine`s of
//! `Decimal`s (about 530 bytes each) that was 1.3 GB. A month is kept as what nothing else
//! gives ([`KeptMonth`], 56 bytes): the drivers its operations are worked out from and the
//! running balances of its books. The rest is derived when the month is read, by the
//! functions that computed it. Every run allocates its result afresh, so the smaller the kept
//! month, the less fresh memory a run touches (issue 7, docs/PERFORMANCE.md).

use super::fixed_line::FixedLine;
use super::lines::ScheduleLine;
use super::operations::{operating_month, CohortEconomics, Drivers};
use crate::calendar::YearMonth;
use crate::scenario::Tier;
use rust_decimal::Decimal;
use std::sync::Arc;

/// The model's months and what every cohort's schedule reads to derive a month: shared.
#[derive(Debug, PartialEq)]
pub(crate) struct ModelMonths {
    pub start: YearMonth,
    /// Hours in each month.
    pub hours: Vec<Decimal>,
    /// The scenario's tax rate, in millionths.
    pub tax_rate: i64,
}

/// A month on the books, as kept: the drivers of its operations (tier, GPUs owned and
/// powered), which [`operating_month`] works the operating amounts out from, and its books'
/// flows and balances, without EBIT, deferred tax and free cash flow (`FixedLine::close`) and
/// without the amounts of a single month ([`OneOff`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KeptMonth {
    tier: Option<Tier>,
    units_owned: u32,
    units_in_service: u32,
    book_depreciation: i64,
    tax_depreciation: i64,
    tax_paid: i64,
    nbv: i64,
    tax_basis: i64,
}

/// Amounts a cohort has in a month or two of its life: capex, impairment and its reversal,
/// disposal. Kept apart from the months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct OneOff {
    /// Model month.
    month: usize,
    capex: i64,
    impairment: i64,
    impairment_reversal: i64,
    disposal_proceeds: i64,
    disposal_gain: i64,
}

#[derive(Clone)]
pub(crate) struct CohortSchedule {
    months: Arc<ModelMonths>,
    /// What its months' operating amounts are worked out from; none for a SKU not in the
    /// catalog.
    economics: Option<Arc<CohortEconomics>>,
    /// Model month of `lines[0]`.
    first: usize,
    lines: Vec<KeptMonth>,
    one_offs: Vec<OneOff>,
}

/// Two schedules are equal when every month reads the same.
impl PartialEq for CohortSchedule {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && (0..self.len()).all(|t| self.line(t) == other.line(t))
    }
}

impl std::fmt::Debug for CohortSchedule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CohortSchedule")
            .field("first", &self.first)
            .field("lines", &self.lines)
            .field("one_offs", &self.one_offs)
            .finish_non_exhaustive()
    }
}

impl CohortSchedule {
    /// Keeps `lines` (one per model month from month `first` on; every other month is zero)
    /// from the first to the last that is not all zero. `economics`: what the cohort's
    /// operations were worked out from.
    pub(crate) fn new(
        months: Arc<ModelMonths>,
        economics: Option<Arc<CohortEconomics>>,
        first: usize,
        lines: &[FixedLine],
    ) -> Self {
        let is_zero = |line: &&FixedLine| **line == FixedLine::default();
        let leading = lines.iter().take_while(is_zero).count();
        let end = lines.len() - lines[leading..].iter().rev().take_while(is_zero).count();
        let kept = &lines[leading..end];
        let first = first + leading;
        let one_offs = kept
            .iter()
            .enumerate()
            .map(|(k, l)| OneOff {
                month: first + k,
                capex: l.capex,
                impairment: l.impairment,
                impairment_reversal: l.impairment_reversal,
                disposal_proceeds: l.disposal_proceeds,
                disposal_gain: l.disposal_gain,
            })
            .filter(|o| {
                [
                    o.capex,
                    o.impairment,
                    o.impairment_reversal,
                    o.disposal_proceeds,
                    o.disposal_gain,
                ]
                .iter()
                .any(|amount| *amount != 0)
            })
            .collect();
        Self {
            months,
            economics,
            first,
            lines: kept.iter().map(keep).collect(),
            one_offs,
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
            .map_or_else(FixedLine::default, |kept| self.derive(t, kept));
        let hours = self.months.hours.get(t).copied().unwrap_or(Decimal::ZERO);
        line.line(self.months.start.plus_months(t as i32), hours)
    }

    /// The whole fixed-point line of model month `t` from what was kept of it, by the
    /// functions that first computed it.
    fn derive(&self, t: usize, kept: &KeptMonth) -> FixedLine {
        let drivers = Drivers {
            tier: kept.tier,
            units_owned: kept.units_owned,
            units_in_service: kept.units_in_service,
        };
        let month = self.months.start.plus_months(t as i32);
        let one_off = self.one_offs.iter().find(|o| o.month == t);
        let mut line = FixedLine {
            operating: operating_month(self.economics.as_deref(), drivers, t, month),
            book_depreciation: kept.book_depreciation,
            tax_depreciation: kept.tax_depreciation,
            tax_paid: kept.tax_paid,
            nbv: kept.nbv,
            tax_basis: kept.tax_basis,
            capex: one_off.map_or(0, |o| o.capex),
            impairment: one_off.map_or(0, |o| o.impairment),
            impairment_reversal: one_off.map_or(0, |o| o.impairment_reversal),
            disposal_proceeds: one_off.map_or(0, |o| o.disposal_proceeds),
            disposal_gain: one_off.map_or(0, |o| o.disposal_gain),
            ..FixedLine::default()
        };
        line.close(self.months.tax_rate);
        line
    }
}

/// What is kept of a line: see [`KeptMonth`].
fn keep(line: &FixedLine) -> KeptMonth {
    KeptMonth {
        tier: line.operating.tier,
        units_owned: line.operating.units_owned,
        units_in_service: line.operating.units_in_service,
        book_depreciation: line.book_depreciation,
        tax_depreciation: line.tax_depreciation,
        tax_paid: line.tax_paid,
        nbv: line.nbv,
        tax_basis: line.tax_basis,
    }
}

//! A cohort's monthly schedule as the fleet result keeps it: the months it is on the books,
//! from entry to retirement, and nothing for the months around them (all zero).
//!
//! A 10,000-cohort, 20-year result holds 2.4 million cohort-months; as `ScheduleLine`s of
//! `Decimal`s (about 530 bytes each) that was 1.3 GB. A month is kept as the fixed-point
//! amounts nothing else gives ([`KeptMonth`], 136 bytes); the rest is derived when the month
//! is read, by the functions that computed it. Every run allocates its result afresh, so the
//! smaller the kept month, the less fresh memory a run touches (issue 7, docs/PERFORMANCE.md).

use super::fixed_line::FixedLine;
use super::lines::ScheduleLine;
use super::operations::{Measures, OperatingMonth};
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
    /// The same, whole (as the operating amounts use them).
    pub whole_hours: Vec<i64>,
    /// The scenario's tax rate, in millionths.
    pub tax_rate: i64,
}

/// A month on the books, as kept: its operations without the measures ([`Measures`]) and
/// the hours available, and its books without EBIT, deferred tax, free cash flow and the
/// amounts of a single month (capex, disposal: [`OneOff`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KeptMonth {
    tier: Option<Tier>,
    units_owned: u32,
    units_in_service: u32,
    contracted_hours: i64,
    merchant_hours: i64,
    revenue: i64,
    energy_kwh: i64,
    power_cost: i64,
    hosting_cost: i64,
    maintenance_cost: i64,
    other_cost: i64,
    book_depreciation: i64,
    impairment: i64,
    impairment_reversal: i64,
    tax_depreciation: i64,
    tax_paid: i64,
    nbv: i64,
    tax_basis: i64,
}

/// Capex and disposal amounts, which a cohort has in one month or two: kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct OneOff {
    /// Model month.
    month: usize,
    capex: i64,
    disposal_proceeds: i64,
    disposal_gain: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CohortSchedule {
    months: Arc<ModelMonths>,
    measures: Measures,
    /// Model month of `lines[0]`.
    first: usize,
    lines: Vec<KeptMonth>,
    one_offs: Vec<OneOff>,
}

impl CohortSchedule {
    /// Keeps `lines` (one per model month from month `first` on; every other month is zero)
    /// from the first to the last that is not all zero. `measures`: the cohort's, as its
    /// operations applied them.
    pub(crate) fn new(
        months: Arc<ModelMonths>,
        measures: Measures,
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
            .filter(|(_, l)| l.capex != 0 || l.disposal_proceeds != 0 || l.disposal_gain != 0)
            .map(|(k, l)| OneOff {
                month: first + k,
                capex: l.capex,
                disposal_proceeds: l.disposal_proceeds,
                disposal_gain: l.disposal_gain,
            })
            .collect();
        Self {
            months,
            measures,
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
        let hours = self.months.whole_hours.get(t).copied().unwrap_or(0);
        let mut operating = OperatingMonth {
            tier: kept.tier,
            units_owned: kept.units_owned,
            units_in_service: kept.units_in_service,
            hours_available: i64::from(kept.units_in_service) * hours,
            contracted_hours: kept.contracted_hours,
            merchant_hours: kept.merchant_hours,
            revenue: kept.revenue,
            energy_kwh: kept.energy_kwh,
            power_cost: kept.power_cost,
            hosting_cost: kept.hosting_cost,
            maintenance_cost: kept.maintenance_cost,
            other_cost: kept.other_cost,
            ..OperatingMonth::default()
        };
        self.measures.apply(hours, &mut operating);
        let one_off = self.one_offs.iter().find(|o| o.month == t);
        let mut line = FixedLine {
            operating,
            book_depreciation: kept.book_depreciation,
            impairment: kept.impairment,
            impairment_reversal: kept.impairment_reversal,
            tax_depreciation: kept.tax_depreciation,
            tax_paid: kept.tax_paid,
            nbv: kept.nbv,
            tax_basis: kept.tax_basis,
            capex: one_off.map_or(0, |o| o.capex),
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
    let o = &line.operating;
    KeptMonth {
        tier: o.tier,
        units_owned: o.units_owned,
        units_in_service: o.units_in_service,
        contracted_hours: o.contracted_hours,
        merchant_hours: o.merchant_hours,
        revenue: o.revenue,
        energy_kwh: o.energy_kwh,
        power_cost: o.power_cost,
        hosting_cost: o.hosting_cost,
        maintenance_cost: o.maintenance_cost,
        other_cost: o.other_cost,
        book_depreciation: line.book_depreciation,
        impairment: line.impairment,
        impairment_reversal: line.impairment_reversal,
        tax_depreciation: line.tax_depreciation,
        tax_paid: line.tax_paid,
        nbv: line.nbv,
        tax_basis: line.tax_basis,
    }
}

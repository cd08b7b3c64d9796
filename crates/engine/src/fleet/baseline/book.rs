//! The book schedule as first written: every amount a `Decimal`, the whole schedule computed
//! again after each impairment or reversal. The model's `BookRun` keeps the book in cents and
//! revalues in place; it must give these numbers.

use crate::book::{
    BookInputs, BookMonth, BookSchedule, ChangeInEstimate, Convention, DepreciationCurve,
    DepreciationMethod, ValueEvent,
};
use crate::calendar::YearMonth;
use crate::money::percent_of;
use rust_decimal::Decimal;

const HALF: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
const HALF_YEAR: Decimal = Decimal::from_parts(6, 0, 0, false, 0);

/// How a basis is depreciated from model month `start` on, and how months map onto its time.
struct Segment {
    curve: DepreciationCurve,
    start: usize,
    convention: Convention,
    /// Months in service in the entry's fiscal year (half-year convention).
    first_year_months: u32,
    /// Units of production: asset time is GPU-hours, whatever the convention.
    units: bool,
}

/// Life (months or hours) and salvage in force.
struct Estimates {
    life_months: u32,
    salvage_percent: Decimal,
    total_hours: Decimal,
    units: bool,
}

impl Estimates {
    /// Applies the changes effective in months `when` accepts; whether there were any.
    fn revise(&mut self, changes: &[ChangeInEstimate], when: impl Fn(YearMonth) -> bool) -> bool {
        let mut revised = false;
        for change in changes.iter().filter(|c| when(c.effective)) {
            if let Some(life) = change.useful_life_months {
                self.life_months = life;
            }
            if let Some(salvage) = change.salvage_percent {
                self.salvage_percent = salvage;
            }
            if let Some(hours) = change.total_hours {
                self.total_hours = hours;
            }
            revised = true;
        }
        revised
    }

    fn life(&self) -> Decimal {
        if self.units {
            self.total_hours
        } else {
            Decimal::from(self.life_months)
        }
    }
}

impl Segment {
    fn span(&self, index: usize, hours_before: &[Decimal]) -> (Decimal, Decimal) {
        if self.units {
            let base = hours_before[self.start];
            return (hours_before[index] - base, hours_before[index + 1] - base);
        }
        let k = Decimal::from(index - self.start);
        match self.convention {
            Convention::FullMonth => (k, k + Decimal::ONE),
            Convention::MidMonth if index == self.start => (Decimal::ZERO, HALF),
            Convention::MidMonth => (k - HALF, k + HALF),
            Convention::HalfYear => {
                let n = Decimal::from(self.first_year_months);
                if k < n {
                    (HALF_YEAR * k / n, HALF_YEAR * (k + Decimal::ONE) / n)
                } else {
                    (HALF_YEAR + k - n, HALF_YEAR + k - n + Decimal::ONE)
                }
            }
        }
    }
}

/// The book schedule of a cohort with its value events: ASC 250-10-45-17 changes in estimate,
/// ASC 360-10-35-20 / IAS 36.63 depreciation over the remaining life after a revaluation,
/// IAS 36.117 reversals capped by the schedule without events.
pub(super) fn book_schedule(inputs: &BookInputs<'_>) -> BookSchedule {
    let has_reversal = inputs
        .events
        .iter()
        .any(|e| matches!(e, ValueEvent::Reversal { .. }));
    let ceiling = has_reversal.then(|| {
        book_schedule(&BookInputs {
            events: &[],
            ..inputs.clone()
        })
    });
    let horizon = inputs.horizon_months as usize;
    let index_of = |m| inputs.start_month.months_until(m).max(0) as usize;
    let entry = index_of(inputs.in_service);
    let disposal = inputs.disposal.map(index_of);
    let units = matches!(
        inputs.policy.method,
        DepreciationMethod::UnitsOfProduction { .. }
    );
    let mut hours_before = vec![Decimal::ZERO];
    for i in 0..horizon {
        let used = inputs.hours.get(i).copied().unwrap_or(Decimal::ZERO);
        hours_before.push(hours_before[i] + used);
    }
    let mut estimates = Estimates {
        life_months: inputs.policy.useful_life_months,
        salvage_percent: inputs.policy.salvage_percent,
        total_hours: match inputs.policy.method {
            DepreciationMethod::UnitsOfProduction { total_hours } => total_hours,
            _ => Decimal::ZERO,
        },
        units,
    };
    estimates.revise(inputs.changes, |m| m <= inputs.in_service);
    let restart = |start, basis, salvage, remaining: Decimal| Segment {
        curve: DepreciationCurve::new(
            &inputs.policy.method,
            basis,
            salvage,
            if remaining > Decimal::ZERO {
                remaining
            } else {
                Decimal::new(1, 6)
            },
        ),
        start,
        convention: Convention::FullMonth,
        first_year_months: 0,
        units,
    };
    let (mut nbv, mut salvage, mut elapsed) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut segment: Option<Segment> = None;
    let mut months = Vec::with_capacity(horizon);
    let mut disposed = false;
    for index in 0..horizon {
        let month = inputs.start_month.plus_months(index as i32);
        let mut row = BookMonth {
            month,
            depreciation: Decimal::ZERO,
            impairment: Decimal::ZERO,
            reversal: Decimal::ZERO,
            disposal_nbv: Decimal::ZERO,
            nbv,
        };
        if index < entry || disposed {
            months.push(row);
            continue;
        }
        if index == entry {
            nbv = inputs.cost;
            salvage = percent_of(inputs.cost, estimates.salvage_percent).min(nbv);
            segment = Some(Segment {
                curve: DepreciationCurve::new(
                    &inputs.policy.method,
                    nbv,
                    salvage,
                    estimates.life(),
                ),
                start: index,
                convention: inputs.policy.convention,
                first_year_months: inputs.fiscal.months_left_in_year(month),
                units,
            });
        } else if estimates.revise(inputs.changes, |m| m == month) {
            salvage = percent_of(inputs.cost, estimates.salvage_percent).min(nbv);
            let remaining = estimates.life() - elapsed;
            segment = Some(restart(index, nbv, salvage, remaining));
        }
        if let Some(current) = &segment {
            let (from, to) = current.span(index, &hours_before);
            let depreciation = current.curve.cumulative(to) - current.curve.cumulative(from);
            row.depreciation = depreciation;
            nbv -= depreciation;
            elapsed += to - from;
        }
        let mut revalued = false;
        for event in inputs.events {
            match event {
                ValueEvent::Impairment { month: m, loss } if *m == month => {
                    let loss = (*loss).clamp(Decimal::ZERO, nbv);
                    row.impairment += loss;
                    nbv -= loss;
                    revalued = true;
                }
                ValueEvent::Reversal { month: m, amount } if *m == month => {
                    let cap = ceiling.as_ref().map_or(nbv, |c| c.months[index].nbv);
                    let amount = (*amount).min(cap - nbv).max(Decimal::ZERO);
                    row.reversal += amount;
                    nbv += amount;
                    revalued = true;
                }
                _ => {}
            }
        }
        if revalued && index + 1 < horizon {
            salvage = salvage.min(nbv);
            let remaining = estimates.life() - elapsed;
            segment = Some(restart(index + 1, nbv, salvage, remaining));
        }
        if disposal == Some(index) {
            row.disposal_nbv = nbv;
            nbv = Decimal::ZERO;
            disposed = true;
        }
        row.nbv = nbv;
        months.push(row);
    }
    BookSchedule {
        cost: inputs.cost,
        months,
    }
}

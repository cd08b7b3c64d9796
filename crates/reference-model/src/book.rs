//! The book schedule as first written: every amount a `Decimal`, the whole schedule computed
//! again after each impairment or reversal. The model's `BookRun` keeps the book in cents and
//! revalues in place; it must give these numbers.

use fleet_ledger_engine::book::{
    BookInputs, BookMonth, BookSchedule, ChangeInEstimate, Convention, DepreciationCurve,
    DepreciationMethod, ValueEvent,
};
use fleet_ledger_engine::money::percent_of;
use rust_decimal::Decimal;

/// The estimates in force (ASC 250-10-45-17): life in months or GPU-hours, and salvage, with
/// every change in estimate effective so far applied in its month.
struct Estimates {
    life_months: u32,
    salvage_percent: Decimal,
    total_hours: Decimal,
}

impl Estimates {
    /// The policy's, with the changes effective by entry into service already made.
    fn at_entry(inputs: &BookInputs<'_>) -> Self {
        let mut estimates = Self {
            life_months: inputs.policy.useful_life_months,
            salvage_percent: inputs.policy.salvage_percent,
            total_hours: match inputs.policy.method {
                DepreciationMethod::UnitsOfProduction { total_hours } => total_hours,
                _ => Decimal::ZERO,
            },
        };
        for change in inputs.changes {
            if change.effective <= inputs.in_service {
                estimates.take(change);
            }
        }
        estimates
    }

    /// Makes the changes effective in `month`; whether there were any.
    fn revise(
        &mut self,
        changes: &[ChangeInEstimate],
        month: fleet_ledger_engine::YearMonth,
    ) -> bool {
        let due: Vec<&ChangeInEstimate> = changes.iter().filter(|c| c.effective == month).collect();
        for change in &due {
            self.take(change);
        }
        !due.is_empty()
    }

    fn take(&mut self, change: &ChangeInEstimate) {
        self.life_months = change.useful_life_months.unwrap_or(self.life_months);
        self.salvage_percent = change.salvage_percent.unwrap_or(self.salvage_percent);
        self.total_hours = change.total_hours.unwrap_or(self.total_hours);
    }
}

/// GPU-hours used before each model month, 0 to the horizon (units of production).
fn hours_used_before(inputs: &BookInputs<'_>) -> Vec<Decimal> {
    let mut total = Decimal::ZERO;
    let mut before = vec![Decimal::ZERO];
    for i in 0..inputs.horizon_months as usize {
        total += inputs.hours.get(i).copied().unwrap_or(Decimal::ZERO);
        before.push(total);
    }
    before
}

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
    let hours_before = hours_used_before(inputs);
    let mut estimates = Estimates::at_entry(inputs);
    // Life in force, in months or GPU-hours.
    let life = |e: &Estimates| {
        if units {
            e.total_hours
        } else {
            Decimal::from(e.life_months)
        }
    };
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
                    life(&estimates),
                ),
                start: index,
                convention: inputs.policy.convention,
                first_year_months: inputs.fiscal.months_left_in_year(month),
                units,
            });
        } else if estimates.revise(inputs.changes, month) {
            salvage = percent_of(inputs.cost, estimates.salvage_percent).min(nbv);
            let remaining = life(&estimates) - elapsed;
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
            let remaining = life(&estimates) - elapsed;
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

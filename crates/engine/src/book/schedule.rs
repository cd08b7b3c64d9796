//! The monthly book schedule of one cohort: depreciation, impairment and its reversal,
//! disposal, and net book value, over the model's calendar.

use super::asset_years::DepreciationCurve;
use super::{BookPolicy, ChangeInEstimate, Convention, DepreciationMethod};
use crate::calendar::{FiscalCalendar, YearMonth};
use crate::money::{percent_of, MAX_AMOUNT};
use crate::validation::{IssueCollector, ValidationErrors};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A write-down or write-back decided by an impairment test, booked at the end of `month`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ValueEvent {
    /// ASC 360 or IAS 36 impairment loss (capped at the carrying amount).
    Impairment { month: YearMonth, loss: Decimal },
    /// IAS 36.117 reversal, capped so the carrying amount does not exceed what it would have
    /// been had no impairment been recognised.
    Reversal { month: YearMonth, amount: Decimal },
}

impl ValueEvent {
    fn month(&self) -> YearMonth {
        match self {
            ValueEvent::Impairment { month, .. } | ValueEvent::Reversal { month, .. } => *month,
        }
    }
}

/// Everything the schedule of one cohort depends on.
#[derive(Debug, Clone)]
pub struct BookInputs<'a> {
    /// The model's first month and length.
    pub start_month: YearMonth,
    pub horizon_months: u32,
    pub fiscal: FiscalCalendar,
    /// Cost of the whole cohort.
    pub cost: Decimal,
    pub in_service: YearMonth,
    pub policy: &'a BookPolicy,
    pub changes: &'a [ChangeInEstimate],
    pub events: &'a [ValueEvent],
    /// GPU-hours used in each model month; read only by units of production.
    pub hours: &'a [Decimal],
    /// Month at whose end the cohort is sold or scrapped, if any.
    pub disposal: Option<YearMonth>,
}

/// One month of the book schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BookMonth {
    pub month: YearMonth,
    pub depreciation: Decimal,
    pub impairment: Decimal,
    pub reversal: Decimal,
    /// Net book value derecognised on disposal in this month.
    pub disposal_nbv: Decimal,
    /// Net book value at the end of the month.
    pub nbv: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BookSchedule {
    pub cost: Decimal,
    pub months: Vec<BookMonth>,
}

impl BookSchedule {
    pub fn total_depreciation(&self) -> Decimal {
        self.months.iter().map(|m| m.depreciation).sum()
    }
    pub fn total_impairment(&self) -> Decimal {
        self.months.iter().map(|m| m.impairment).sum()
    }
    pub fn total_reversal(&self) -> Decimal {
        self.months.iter().map(|m| m.reversal).sum()
    }
    pub fn disposal_nbv(&self) -> Decimal {
        self.months.iter().map(|m| m.disposal_nbv).sum()
    }
    pub fn closing_nbv(&self) -> Decimal {
        self.months.last().map_or(Decimal::ZERO, |m| m.nbv)
    }
}

/// How calendar months map onto asset time under the entry convention.
#[derive(Debug, Clone, Copy)]
enum Clock {
    FullMonth,
    MidMonth,
    /// Half a year spread over the `first_year_months` months in service in the entry year.
    HalfYear {
        first_year_months: u32,
    },
    /// Asset time is GPU-hours (units of production).
    Hours,
}

/// A basis being depreciated from model month `start` on.
struct Segment {
    curve: DepreciationCurve,
    clock: Clock,
    start: usize,
    /// The last month's closing asset time and cumulative depreciation: the next month opens
    /// there, so the curve is evaluated once a month, not twice.
    carried: Option<(Decimal, Decimal)>,
}

const HALF_YEAR: Decimal = Decimal::from_parts(6, 0, 0, false, 0);
const HALF: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

impl Segment {
    /// Asset time elapsed at the start and the end of model month `index`.
    fn span(&self, index: usize, hours_before: &[Decimal]) -> (Decimal, Decimal) {
        let k = Decimal::from(index - self.start);
        match self.clock {
            Clock::FullMonth => (k, k + Decimal::ONE),
            Clock::MidMonth if index == self.start => (Decimal::ZERO, HALF),
            Clock::MidMonth => (k - HALF, k + HALF),
            Clock::HalfYear { first_year_months } => {
                let n = Decimal::from(first_year_months);
                if k < n {
                    (HALF_YEAR * k / n, HALF_YEAR * (k + Decimal::ONE) / n)
                } else {
                    (HALF_YEAR + k - n, HALF_YEAR + k - n + Decimal::ONE)
                }
            }
            Clock::Hours => (
                hours_before[index] - hours_before[self.start],
                hours_before[index + 1] - hours_before[self.start],
            ),
        }
    }
}

/// The estimates in force: life (months or hours) and salvage, after any changes so far.
struct Estimates {
    life_months: u32,
    salvage_percent: Decimal,
    total_hours: Decimal,
}

impl Estimates {
    fn apply(&mut self, change: &ChangeInEstimate) {
        if let Some(life) = change.useful_life_months {
            self.life_months = life;
        }
        if let Some(salvage) = change.salvage_percent {
            self.salvage_percent = salvage;
        }
        if let Some(hours) = change.total_hours {
            self.total_hours = hours;
        }
    }
}

/// Computes the monthly book schedule of a cohort.
///
/// Rules: depreciation runs from the entry month under the convention; a change in estimate
/// spreads (NBV − revised salvage) over the REVISED REMAINING life by the method's rule from
/// its effective month, never restating the past (ASC 250-10-45-17, IAS 8.36); when the
/// revised life has already elapsed, the remainder is expensed in the effective month. After an
/// impairment or reversal the new carrying amount is depreciated over the remaining life
/// (ASC 360-10-35-20, IAS 36.63). Over the whole life, depreciation + impairment − reversal +
/// NBV on disposal (or at the end) = cost.
pub fn book_schedule(inputs: &BookInputs<'_>) -> Result<BookSchedule, ValidationErrors> {
    validate(inputs)?;
    let has_reversal = inputs
        .events
        .iter()
        .any(|e| matches!(e, ValueEvent::Reversal { .. }));
    let shadow = has_reversal.then(|| without_events(inputs));
    let mut run = BookRun::new(inputs, shadow.as_ref());
    while run.open_month().is_some() {
        run.close_month();
    }
    Ok(run.finish())
}

/// The schedule with no impairment or reversal: the ceiling of IAS 36.117 reversals.
fn without_events(inputs: &BookInputs<'_>) -> BookSchedule {
    let plain = BookInputs {
        events: &[],
        ..inputs.clone()
    };
    let mut run = BookRun::new(&plain, None);
    while run.open_month().is_some() {
        run.close_month();
    }
    run.finish()
}

/// The month being computed.
struct OpenMonth {
    row: BookMonth,
    /// Before entry or after disposal: nothing is booked.
    idle: bool,
    revalued: bool,
}

/// A book schedule computed month by month, so that impairment tests can look at each month's
/// carrying amount and book a write-down or write-back in it before the next month is computed
/// (the fleet model's tests do; [`book_schedule`] simply runs every month). Each month is
/// *opened* (depreciation and the inputs' own events), may be *revalued*, and is *closed*
/// (a revaluation restarts depreciation over the remaining life; disposal derecognises).
pub(crate) struct BookRun<'a> {
    inputs: &'a BookInputs<'a>,
    shadow: Option<&'a BookSchedule>,
    horizon: usize,
    entry: usize,
    disposal: Option<usize>,
    is_units: bool,
    /// GPU-hours used before each model month (units of production only).
    hours_before: Vec<Decimal>,
    estimates: Estimates,
    nbv: Decimal,
    salvage: Decimal,
    elapsed: Decimal,
    segment: Option<Segment>,
    disposed: bool,
    open: Option<OpenMonth>,
    months: Vec<BookMonth>,
}

impl<'a> BookRun<'a> {
    /// A run over validated inputs ([`book_schedule`] validates; the fleet model validates
    /// with [`BookRun::validated`]).
    pub(crate) fn new(inputs: &'a BookInputs<'a>, shadow: Option<&'a BookSchedule>) -> Self {
        let horizon = inputs.horizon_months as usize;
        let index_of = |m: YearMonth| inputs.start_month.months_until(m);
        let is_units = matches!(
            inputs.policy.method,
            DepreciationMethod::UnitsOfProduction { .. }
        );
        let mut hours_before = Vec::new();
        if is_units {
            hours_before.reserve(horizon + 1);
            hours_before.push(Decimal::ZERO);
            for i in 0..horizon {
                let used = inputs.hours.get(i).copied().unwrap_or(Decimal::ZERO);
                hours_before.push(hours_before[i] + used);
            }
        }
        let mut estimates = Estimates {
            life_months: inputs.policy.useful_life_months,
            salvage_percent: inputs.policy.salvage_percent,
            total_hours: match inputs.policy.method {
                DepreciationMethod::UnitsOfProduction { total_hours } => total_hours,
                _ => Decimal::ZERO,
            },
        };
        for change in inputs
            .changes
            .iter()
            .filter(|c| c.effective <= inputs.in_service)
        {
            estimates.apply(change);
        }
        Self {
            inputs,
            shadow,
            horizon,
            entry: index_of(inputs.in_service).max(0) as usize,
            disposal: inputs.disposal.map(|m| index_of(m).max(0) as usize),
            is_units,
            hours_before,
            estimates,
            nbv: Decimal::ZERO,
            salvage: Decimal::ZERO,
            elapsed: Decimal::ZERO,
            segment: None,
            disposed: false,
            open: None,
            months: Vec::with_capacity(horizon),
        }
    }

    /// Validates `inputs` as [`book_schedule`] does, then starts the run.
    pub(crate) fn validated(
        inputs: &'a BookInputs<'a>,
        shadow: Option<&'a BookSchedule>,
    ) -> Result<Self, ValidationErrors> {
        validate(inputs)?;
        Ok(Self::new(inputs, shadow))
    }

    fn life_total(&self) -> Decimal {
        if self.is_units {
            self.estimates.total_hours
        } else {
            Decimal::from(self.estimates.life_months)
        }
    }

    /// Opens the next model month: its depreciation and the inputs' events in it. Returns the
    /// carrying amount at the month's end so far, or `None` past the horizon.
    pub(crate) fn open_month(&mut self) -> Option<Decimal> {
        let index = self.months.len();
        if index >= self.horizon {
            return None;
        }
        let inputs = self.inputs;
        let month = inputs.start_month.plus_months(index as i32);
        let mut row = BookMonth {
            month,
            depreciation: Decimal::ZERO,
            impairment: Decimal::ZERO,
            reversal: Decimal::ZERO,
            disposal_nbv: Decimal::ZERO,
            nbv: self.nbv,
        };
        if index < self.entry || self.disposed {
            self.open = Some(OpenMonth {
                row,
                idle: true,
                revalued: false,
            });
            return Some(self.nbv);
        }
        if index == self.entry {
            self.nbv = inputs.cost;
            self.salvage = percent_of(inputs.cost, self.estimates.salvage_percent).min(self.nbv);
            let clock = if self.is_units {
                Clock::Hours
            } else {
                match inputs.policy.convention {
                    Convention::FullMonth => Clock::FullMonth,
                    Convention::MidMonth => Clock::MidMonth,
                    Convention::HalfYear => Clock::HalfYear {
                        first_year_months: inputs.fiscal.months_left_in_year(month),
                    },
                }
            };
            self.segment = Some(Segment {
                curve: DepreciationCurve::new(
                    &inputs.policy.method,
                    self.nbv,
                    self.salvage,
                    self.life_total(),
                ),
                clock,
                start: index,
                carried: None,
            });
        } else {
            let mut revised = false;
            for change in inputs.changes.iter().filter(|c| c.effective == month) {
                self.estimates.apply(change);
                revised = true;
            }
            if revised {
                self.salvage =
                    percent_of(inputs.cost, self.estimates.salvage_percent).min(self.nbv);
                self.segment = Some(restart(
                    inputs,
                    index,
                    self.nbv,
                    self.salvage,
                    self.life_total() - self.elapsed,
                    self.is_units,
                ));
            }
        }

        if let Some(current) = &mut self.segment {
            let (from, to) = current.span(index, &self.hours_before);
            let opening = match current.carried {
                Some((time, total)) if time == from => total,
                _ => current.curve.cumulative(from),
            };
            let closing = current.curve.cumulative(to);
            current.carried = Some((to, closing));
            let depreciation = closing - opening;
            row.depreciation = depreciation;
            self.nbv -= depreciation;
            self.elapsed += to - from;
        }
        self.open = Some(OpenMonth {
            row,
            idle: false,
            revalued: false,
        });
        for event in inputs.events.iter().filter(|e| e.month() == month) {
            self.revalue(event);
        }
        Some(self.nbv)
    }

    /// Books an impairment or a reversal in the open month (its `month` is not read); nothing
    /// before entry or after disposal.
    pub(crate) fn revalue(&mut self, event: &ValueEvent) {
        let index = self.months.len();
        let Some(OpenMonth {
            row,
            idle: false,
            revalued,
        }) = self.open.as_mut()
        else {
            return;
        };
        match event {
            ValueEvent::Impairment { loss, .. } => {
                let loss = (*loss).clamp(Decimal::ZERO, self.nbv);
                row.impairment += loss;
                self.nbv -= loss;
            }
            ValueEvent::Reversal { amount, .. } => {
                let ceiling = self.shadow.map_or(self.nbv, |s| s.months[index].nbv);
                let amount = (*amount).min(ceiling - self.nbv).max(Decimal::ZERO);
                row.reversal += amount;
                self.nbv += amount;
            }
        }
        *revalued = true;
    }

    /// Closes the open month: a revaluation restarts depreciation from the next month over the
    /// remaining life; a disposal in this month derecognises the carrying amount.
    pub(crate) fn close_month(&mut self) {
        let Some(OpenMonth {
            mut row,
            idle,
            revalued,
        }) = self.open.take()
        else {
            return;
        };
        let index = self.months.len();
        if idle {
            self.months.push(row);
            return;
        }
        if revalued && index + 1 < self.horizon {
            self.salvage = self.salvage.min(self.nbv);
            self.segment = Some(restart(
                self.inputs,
                index + 1,
                self.nbv,
                self.salvage,
                self.life_total() - self.elapsed,
                self.is_units,
            ));
        }
        if self.disposal == Some(index) {
            row.disposal_nbv = self.nbv;
            self.nbv = Decimal::ZERO;
            self.disposed = true;
        }
        row.nbv = self.nbv;
        self.months.push(row);
    }

    pub(crate) fn finish(self) -> BookSchedule {
        BookSchedule {
            cost: self.inputs.cost,
            months: self.months,
        }
    }
}

/// A new segment from model month `start`: the carrying amount over the remaining life by
/// the method's own rule. A remaining life of zero or less expenses the rest at once.
fn restart(
    inputs: &BookInputs<'_>,
    start: usize,
    basis: Decimal,
    salvage: Decimal,
    remaining: Decimal,
    is_units: bool,
) -> Segment {
    let remaining = if remaining > Decimal::ZERO {
        remaining
    } else {
        Decimal::new(1, 6)
    };
    Segment {
        curve: DepreciationCurve::new(&inputs.policy.method, basis, salvage, remaining),
        clock: if is_units {
            Clock::Hours
        } else {
            Clock::FullMonth
        },
        start,
        carried: None,
    }
}

fn validate(inputs: &BookInputs<'_>) -> Result<(), ValidationErrors> {
    let mut issues = IssueCollector::default();
    if inputs.cost < Decimal::ZERO || inputs.cost > MAX_AMOUNT {
        issues.push("cost", "must be between 0 and 1,000,000,000,000,000");
    }
    let first = inputs.start_month;
    let last = first.plus_months(inputs.horizon_months as i32 - 1);
    let within = |m: YearMonth| m >= first && m <= last;
    if !within(inputs.in_service) {
        issues.push(
            "in_service",
            format!("must be a month within the model, {first} to {last}"),
        );
    }
    inputs.policy.validate("book", &mut issues);
    for (i, change) in inputs.changes.iter().enumerate() {
        let path = format!("changes_in_estimate[{i}]");
        change.validate(inputs.policy, &path, &mut issues);
        if !within(change.effective) {
            issues.push(
                format!("{path}.effective"),
                format!("must be a month within the model, {first} to {last}"),
            );
        }
    }
    for (i, event) in inputs.events.iter().enumerate() {
        let path = format!("value_events[{i}]");
        let (month, amount, field) = match event {
            ValueEvent::Impairment { month, loss } => (*month, *loss, "loss"),
            ValueEvent::Reversal { month, amount } => (*month, *amount, "amount"),
        };
        if !within(month) || month < inputs.in_service {
            issues.push(
                format!("{path}.month"),
                "must be a month within the model, after the cohort enters service",
            );
        }
        if amount < Decimal::ZERO || amount > MAX_AMOUNT {
            issues.push(
                format!("{path}.{field}"),
                "must be between 0 and 1,000,000,000,000,000",
            );
        }
    }
    if let Some(disposal) = inputs.disposal {
        if !within(disposal) || disposal < inputs.in_service {
            issues.push(
                "disposal",
                "must be a month within the model, not before the cohort enters service",
            );
        }
    }
    if let DepreciationMethod::UnitsOfProduction { .. } = inputs.policy.method {
        if inputs.hours.iter().any(|h| *h < Decimal::ZERO) {
            issues.push("hours", "GPU-hours used must not be negative");
        }
    }
    issues.finish()
}

//! The monthly book schedule of one cohort: depreciation, impairment and its reversal,
//! disposal, and net book value, over the model's calendar.

use super::asset_time::AssetTime;
use super::cents_curve::CentsCurve;
use super::{BookPolicy, ChangeInEstimate, Convention, DepreciationMethod};
use crate::calendar::{FiscalCalendar, YearMonth};
use crate::money::{fixed_point, percent_of, MAX_AMOUNT};
use crate::validation::{Issue, IssueCode, IssueCollector, Unit, ValidationErrors};
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
    /// Cost of the whole cohort. The book is kept in cents: the cost and the value events'
    /// amounts are taken to the cent, half away from zero.
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
    curve: CentsCurve,
    clock: Clock,
    start: usize,
    /// The last month's closing asset time and cumulative depreciation: the next month opens
    /// there, so the curve is evaluated once a month, not twice.
    carried: Option<(AssetTime, i64)>,
}

const HALF_YEAR: Decimal = Decimal::from_parts(6, 0, 0, false, 0);

impl Segment {
    /// Asset time elapsed at the start and the end of model month `index`.
    fn span(&self, index: usize, hours_before: &[Decimal]) -> (AssetTime, AssetTime) {
        let k = (index - self.start) as i64;
        match self.clock {
            Clock::FullMonth => (AssetTime::months(k), AssetTime::months(k + 1)),
            Clock::MidMonth if k == 0 => (AssetTime::ZERO, AssetTime::HalfMonths(1)),
            Clock::MidMonth => (
                AssetTime::HalfMonths(2 * k - 1),
                AssetTime::HalfMonths(2 * k + 1),
            ),
            Clock::HalfYear { first_year_months } => {
                let (k, n) = (Decimal::from(k), Decimal::from(first_year_months));
                let (from, to) = if k < n {
                    (HALF_YEAR * k / n, HALF_YEAR * (k + Decimal::ONE) / n)
                } else {
                    (HALF_YEAR + k - n, HALF_YEAR + k - n + Decimal::ONE)
                };
                (AssetTime::Exact(from), AssetTime::Exact(to))
            }
            Clock::Hours => (
                AssetTime::Exact(hours_before[index] - hours_before[self.start]),
                AssetTime::Exact(hours_before[index + 1] - hours_before[self.start]),
            ),
        }
    }
}

/// The estimates in force: life (months or hours) and salvage, after any changes so far.
pub(crate) struct Estimates {
    pub life_months: u32,
    pub salvage_percent: Decimal,
    pub total_hours: Decimal,
}

impl Estimates {
    /// The policy's estimates with the changes effective by the month the cohort enters
    /// service already applied.
    pub(crate) fn at_entry(inputs: &BookInputs<'_>) -> Self {
        let mut estimates = Self {
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
        estimates
    }

    /// Applies the changes effective in `month`; whether there were any.
    pub(crate) fn revise(&mut self, changes: &[ChangeInEstimate], month: YearMonth) -> bool {
        let mut revised = false;
        for change in changes.iter().filter(|c| c.effective == month) {
            self.apply(change);
            revised = true;
        }
        revised
    }

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

/// GPU-hours used before each model month (0 to the horizon), for units of production.
pub(crate) fn hours_used_before(inputs: &BookInputs<'_>) -> Vec<Decimal> {
    let horizon = inputs.horizon_months as usize;
    let mut before = Vec::with_capacity(horizon + 1);
    before.push(Decimal::ZERO);
    for i in 0..horizon {
        let used = inputs.hours.get(i).copied().unwrap_or(Decimal::ZERO);
        before.push(before[i] + used);
    }
    before
}

/// One month of the book in cents, as the fleet model reads it ([`BookMonth`] in currency).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FixedBookMonth {
    pub depreciation: i64,
    pub impairment: i64,
    pub reversal: i64,
    pub disposal_nbv: i64,
    pub nbv: i64,
}

/// A write-down or write-back in cents, booked in the month a [`BookRun`] has open.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Revaluation {
    Impairment(i64),
    Reversal(i64),
}

impl ValueEvent {
    fn in_cents(&self) -> Revaluation {
        match self {
            ValueEvent::Impairment { loss, .. } => Revaluation::Impairment(fixed_point(*loss, 2)),
            ValueEvent::Reversal { amount, .. } => Revaluation::Reversal(fixed_point(*amount, 2)),
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
/// NBV on disposal (or at the end) = cost. The book is kept in cents.
pub fn book_schedule(inputs: &BookInputs<'_>) -> Result<BookSchedule, ValidationErrors> {
    validate(inputs)?;
    let has_reversal = inputs
        .events
        .iter()
        .any(|e| matches!(e, ValueEvent::Reversal { .. }));
    let shadow = has_reversal.then(|| without_events(inputs));
    let months = BookRun::new(inputs, shadow.as_deref()).run_to_end();
    let amount = |cents: i64| Decimal::new(cents, 2);
    Ok(BookSchedule {
        cost: amount(fixed_point(inputs.cost, 2)),
        months: months
            .iter()
            .enumerate()
            .map(|(index, m)| BookMonth {
                month: inputs.start_month.plus_months(index as i32),
                depreciation: amount(m.depreciation),
                impairment: amount(m.impairment),
                reversal: amount(m.reversal),
                disposal_nbv: amount(m.disposal_nbv),
                nbv: amount(m.nbv),
            })
            .collect(),
    })
}

/// The schedule with no impairment or reversal: the ceiling of IAS 36.117 reversals.
pub(crate) fn without_events(inputs: &BookInputs<'_>) -> Vec<FixedBookMonth> {
    let plain = BookInputs {
        events: &[],
        ..inputs.clone()
    };
    BookRun::new(&plain, None).run_to_end()
}

/// The month being computed.
struct OpenMonth {
    row: FixedBookMonth,
    revalued: bool,
}

/// A book schedule computed month by month, in cents, so that impairment tests can look at
/// each month's carrying amount and book a write-down or write-back in it before the next
/// month is computed (the fleet model's tests do; [`book_schedule`] simply runs every month).
/// Each month is *opened* (depreciation and the inputs' own events), may be *revalued*, and
/// is *closed* (a revaluation restarts depreciation over the remaining life; disposal
/// derecognises).
pub(crate) struct BookRun<'a> {
    inputs: &'a BookInputs<'a>,
    /// The carrying amounts without impairment, month by month (IAS 36.117).
    shadow: Option<&'a [FixedBookMonth]>,
    horizon: usize,
    entry: usize,
    disposal: Option<usize>,
    is_units: bool,
    cost: i64,
    /// GPU-hours used before each model month (units of production only).
    hours_before: Vec<Decimal>,
    estimates: Estimates,
    nbv: i64,
    salvage: i64,
    elapsed: AssetTime,
    segment: Option<Segment>,
    disposed: bool,
    open: Option<OpenMonth>,
    months: Vec<FixedBookMonth>,
}

impl<'a> BookRun<'a> {
    /// A run over validated inputs ([`book_schedule`] validates; the fleet model validates
    /// with [`BookRun::validated`]).
    pub(crate) fn new(inputs: &'a BookInputs<'a>, shadow: Option<&'a [FixedBookMonth]>) -> Self {
        Self::into_buffer(inputs, shadow, Vec::new())
    }

    /// [`BookRun::new`] writing its months into `months` (cleared first), which
    /// [`BookRun::finish`] hands back: the fleet model reuses one for every cohort.
    fn into_buffer(
        inputs: &'a BookInputs<'a>,
        shadow: Option<&'a [FixedBookMonth]>,
        mut months: Vec<FixedBookMonth>,
    ) -> Self {
        months.clear();
        months.reserve(inputs.horizon_months as usize);
        let horizon = inputs.horizon_months as usize;
        let index_of = |m: YearMonth| inputs.start_month.months_until(m);
        let is_units = matches!(
            inputs.policy.method,
            DepreciationMethod::UnitsOfProduction { .. }
        );
        let hours_before = if is_units {
            hours_used_before(inputs)
        } else {
            Vec::new()
        };
        Self {
            inputs,
            shadow,
            horizon,
            entry: index_of(inputs.in_service).max(0) as usize,
            disposal: inputs.disposal.map(|m| index_of(m).max(0) as usize),
            is_units,
            cost: fixed_point(inputs.cost, 2),
            hours_before,
            estimates: Estimates::at_entry(inputs),
            nbv: 0,
            salvage: 0,
            elapsed: AssetTime::ZERO,
            segment: None,
            disposed: false,
            open: None,
            months,
        }
    }

    /// Validates `inputs` as [`book_schedule`] does, then starts the run into `months`.
    pub(crate) fn validated(
        inputs: &'a BookInputs<'a>,
        shadow: Option<&'a [FixedBookMonth]>,
        months: Vec<FixedBookMonth>,
    ) -> Result<Self, ValidationErrors> {
        validate(inputs)?;
        Ok(Self::into_buffer(inputs, shadow, months))
    }

    fn life_total(&self) -> AssetTime {
        if self.is_units {
            AssetTime::Exact(self.estimates.total_hours)
        } else {
            AssetTime::months(i64::from(self.estimates.life_months))
        }
    }

    /// Salvage under the estimates in force, in cents, never above the carrying amount.
    fn salvage_in_force(&self) -> i64 {
        let salvage = percent_of(Decimal::new(self.cost, 2), self.estimates.salvage_percent);
        fixed_point(salvage, 2).min(self.nbv)
    }

    /// Opens the next model month on the books: its depreciation and the inputs' events in
    /// it. The months before entry and after disposal, when nothing is on the books, are
    /// passed over (their rows are all zero). Returns the month's index and its carrying
    /// amount at the end so far, in cents, or `None` when no month on the books remains.
    pub(crate) fn open_month(&mut self) -> Option<(usize, i64)> {
        if self.disposed {
            self.months.resize(self.horizon, FixedBookMonth::default());
        }
        if self.months.len() < self.entry {
            self.months
                .resize(self.entry.min(self.horizon), FixedBookMonth::default());
        }
        let index = self.months.len();
        if index >= self.horizon {
            return None;
        }
        let inputs = self.inputs;
        let mut row = FixedBookMonth {
            nbv: self.nbv,
            ..FixedBookMonth::default()
        };
        let month = inputs.start_month.plus_months(index as i32);
        if index == self.entry {
            self.nbv = self.cost;
            self.salvage = self.salvage_in_force();
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
                curve: CentsCurve::new(
                    &inputs.policy.method,
                    self.nbv,
                    self.salvage,
                    self.life_total(),
                ),
                clock,
                start: index,
                carried: None,
            });
        } else if !inputs.changes.is_empty() && self.estimates.revise(inputs.changes, month) {
            self.salvage = self.salvage_in_force();
            self.restart(index);
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
            self.elapsed = self.elapsed.plus(to.minus(from));
        }
        self.open = Some(OpenMonth {
            row,
            revalued: false,
        });
        for event in inputs.events.iter().filter(|e| e.month() == month) {
            self.revalue(event.in_cents());
        }
        Some((index, self.nbv))
    }

    /// Books an impairment or a reversal in the open month.
    pub(crate) fn revalue(&mut self, revaluation: Revaluation) {
        let index = self.months.len();
        let Some(OpenMonth { row, revalued }) = self.open.as_mut() else {
            return;
        };
        match revaluation {
            Revaluation::Impairment(loss) => {
                let loss = loss.clamp(0, self.nbv.max(0));
                row.impairment += loss;
                self.nbv -= loss;
            }
            Revaluation::Reversal(amount) => {
                let ceiling = self.shadow.map_or(self.nbv, |s| s[index].nbv);
                let amount = amount.min(ceiling - self.nbv).max(0);
                row.reversal += amount;
                self.nbv += amount;
            }
        }
        *revalued = true;
    }

    /// Closes the open month: a revaluation restarts depreciation from the next month over the
    /// remaining life; a disposal in this month derecognises the carrying amount.
    pub(crate) fn close_month(&mut self) {
        let Some(OpenMonth { mut row, revalued }) = self.open.take() else {
            return;
        };
        let index = self.months.len();
        if revalued && index + 1 < self.horizon {
            self.salvage = self.salvage.min(self.nbv);
            self.restart(index + 1);
        }
        if self.disposal == Some(index) {
            row.disposal_nbv = self.nbv;
            self.nbv = 0;
            self.disposed = true;
        }
        row.nbv = self.nbv;
        self.months.push(row);
    }

    /// A new segment from model month `start`: the carrying amount over the remaining life by
    /// the method's own rule. A remaining life of zero or less expenses the rest at once.
    fn restart(&mut self, start: usize) {
        let remaining = self.life_total().minus(self.elapsed);
        let remaining = if remaining.is_positive() {
            remaining
        } else {
            AssetTime::Exact(Decimal::new(1, 6))
        };
        self.segment = Some(Segment {
            curve: CentsCurve::new(
                &self.inputs.policy.method,
                self.nbv,
                self.salvage,
                remaining,
            ),
            clock: if self.is_units {
                Clock::Hours
            } else {
                Clock::FullMonth
            },
            start,
            carried: None,
        });
    }

    /// Every month of the model, with no tests in between.
    pub(crate) fn run_to_end(mut self) -> Vec<FixedBookMonth> {
        while self.open_month().is_some() {
            self.close_month();
        }
        self.finish()
    }

    /// The months of the model; those after the last opened are all zero (the cohort is off
    /// the books or the run stopped early).
    pub(crate) fn finish(mut self) -> Vec<FixedBookMonth> {
        self.months.resize(self.horizon, FixedBookMonth::default());
        self.months
    }
}

fn validate(inputs: &BookInputs<'_>) -> Result<(), ValidationErrors> {
    let mut issues = IssueCollector::default();
    if inputs.cost < Decimal::ZERO || inputs.cost > MAX_AMOUNT {
        issues.push(
            "cost",
            Issue::out_of_range(inputs.cost, 0, MAX_AMOUNT, Unit::None),
        );
    }
    let first = inputs.start_month;
    let last = first.plus_months(inputs.horizon_months as i32 - 1);
    let within = |m: YearMonth| m >= first && m <= last;
    if !within(inputs.in_service) {
        issues.push(
            "in_service",
            Issue::new(IssueCode::MonthInModel)
                .with("first", first)
                .with("last", last),
        );
    }
    inputs.policy.validate(&"book", &mut issues);
    for (i, change) in inputs.changes.iter().enumerate() {
        let path = format!("changes_in_estimate[{i}]");
        change.validate(inputs.policy, &path, &mut issues);
        if !within(change.effective) {
            issues.push(
                format!("{path}.effective"),
                Issue::new(IssueCode::MonthInModel)
                    .with("first", first)
                    .with("last", last),
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
                IssueCode::MonthInModelAfterInService,
            );
        }
        if amount < Decimal::ZERO || amount > MAX_AMOUNT {
            issues.push(
                format!("{path}.{field}"),
                Issue::out_of_range(amount, 0, MAX_AMOUNT, Unit::None),
            );
        }
    }
    if let Some(disposal) = inputs.disposal {
        if !within(disposal) || disposal < inputs.in_service {
            issues.push("disposal", IssueCode::MonthInModelFromInService);
        }
    }
    if let DepreciationMethod::UnitsOfProduction { .. } = inputs.policy.method {
        if inputs.hours.iter().any(|h| *h < Decimal::ZERO) {
            issues.push("hours", IssueCode::NotNegative);
        }
    }
    issues.finish()
}

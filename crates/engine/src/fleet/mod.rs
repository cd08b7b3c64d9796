//! The fleet model: every cohort's monthly schedule (PRODUCT.md §2.2), the fleet's, and their
//! aggregation by fiscal quarter and year.

mod accounting;
mod cohort_schedule;
mod curves;
mod discounting;
mod fixed_line;
mod forward_flows;
mod groups;
mod line_items;
mod lines;
mod operations;
mod periods;
mod precision;
mod remaining_life;

pub(crate) use curves::{evaluate as price_curve_by_month, MarketSeries};
pub use groups::{by_sku_and_vintage, CohortGroup};
pub use line_items::{LineItem, LineUnit, LINE_ITEMS};
pub use lines::{ScheduleLine, UnitEconomics};
pub(crate) use operations::CohortEconomics;
pub use periods::{by_fiscal_quarter, by_fiscal_year, Period};

use crate::calendar::YearMonth;
use crate::impairment::ImpairmentTest;
use crate::scenario::Scenario;
use crate::validation::{IssueCode, ValidationErrors};
use cohort_schedule::{CohortSchedule, ModelMonths};
use fixed_line::FixedLine;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::sync::Arc;

/// Quantities (hours, kWh, kg) are kept to four decimal places.
pub(crate) fn round_quantity(value: Decimal) -> Decimal {
    crate::money::round_half_away(value, 4)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RetirementReason {
    /// The cohort's planned retirement month.
    Planned,
    /// The retirement policy's fixed age.
    FixedAge,
    /// Contribution margin negative for the policy's number of months in a row.
    NegativeMargin,
    /// Displaced by a newer cohort under the site's power cap.
    Displaced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TestTrigger {
    FiscalYearEnd,
    PriceDrop,
    NegativeMargin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImpairmentRecord {
    pub month: YearMonth,
    pub trigger: TestTrigger,
    pub test: ImpairmentTest,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Retirement {
    pub month: YearMonth,
    pub reason: RetirementReason,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CohortResult {
    pub id: String,
    pub sku: String,
    pub retirement: Option<Retirement>,
    pub impairment_tests: Vec<ImpairmentRecord>,
    schedule: CohortSchedule,
}

impl CohortResult {
    /// The cohort's line in model month `t` (zeros outside the model).
    pub fn month(&self, t: usize) -> ScheduleLine {
        self.schedule.line(t)
    }

    /// Every month of the model, in order. Each call builds the lines afresh from the compact
    /// store; keep the vector when reading it more than once.
    pub fn months(&self) -> Vec<ScheduleLine> {
        (0..self.schedule.len())
            .map(|t| self.schedule.line(t))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FleetResult {
    pub cohorts: Vec<CohortResult>,
    /// The sum of the cohorts, month by month.
    pub fleet: Vec<ScheduleLine>,
}

/// Runs the whole model of a scenario. The scenario is validated first; every problem comes
/// back with its field path. Rates are taken at model precision (`precision`).
pub fn simulate(s: &Scenario) -> Result<FleetResult, ValidationErrors> {
    run(s, true)
}

/// The fleet's months alone, for analyses that run the model many times and read only its
/// totals (tornado, break-even): the same run as [`simulate`] without keeping each cohort's.
pub fn simulate_fleet(s: &Scenario) -> Result<Vec<ScheduleLine>, ValidationErrors> {
    run(s, false).map(|result| result.fleet)
}

fn run(s: &Scenario, keep_cohorts: bool) -> Result<FleetResult, ValidationErrors> {
    with_operating_run(s, |operating| {
        let OperatingRun { s, market, ops } = operating;
        let threads = cohort_pass_threads(s.cohorts.len());
        book_pass(s, market, &ops, keep_cohorts, threads)
    })?
}

/// A scenario (at model precision) with its operations worked out: the first half of a run.
/// Variants of the scenario that change only what the books read (the tornado's useful
/// life, discount rate, tax rate, residual value and disposal haircut) share it.
pub(crate) struct OperatingRun<'a> {
    s: &'a Scenario,
    market: &'a curves::MarketSeries,
    ops: operations::Operations,
}

/// Validates `s`, works out its operations and hands them to `f`.
pub(crate) fn with_operating_run<R>(
    s: &Scenario,
    f: impl FnOnce(OperatingRun<'_>) -> R,
) -> Result<R, ValidationErrors> {
    s.validate()?;
    let s = &precision::at_model_precision(s);
    let market = &Arc::new(curves::MarketSeries::new(s));
    let ops = operations::simulate_operations(s, market);
    Ok(f(OperatingRun {
        s,
        market: market.as_ref(),
        ops,
    }))
}

/// [`simulate_fleet`] of `variant` on the operations of the scenario `operating` was worked
/// out for. Right only when the two differ in nothing the operations read (the caller's
/// promise; `analysis::Driver::reads_books_only`); a variant whose impairment tests look
/// further past the horizon than those operations run (a longer life) gets its own.
pub(crate) fn simulate_fleet_on(
    operating: &OperatingRun<'_>,
    variant: &Scenario,
) -> Result<Vec<ScheduleLine>, ValidationErrors> {
    variant.validate()?;
    let s = &precision::at_model_precision(variant);
    let market = curves::MarketSeries::new(s);
    if market.hours.len() > operating.market.hours.len() {
        return simulate_fleet(variant);
    }
    let threads = cohort_pass_threads(s.cohorts.len());
    book_pass(s, &market, &operating.ops, false, threads).map(|result| result.fleet)
}

/// Fleets of at least this many cohorts have their cohort pass shared out among the machine's
/// cores. Below it a thread costs more than it saves, and a 1,000-cohort schedule stays on
/// one core, as issue 7's target for it says (docs/PERFORMANCE.md).
const PARALLEL_FROM_COHORTS: usize = 2_000;

/// Threads for the cohort pass of a fleet of `cohorts`: every core from
/// [`PARALLEL_FROM_COHORTS`] on, else one.
fn cohort_pass_threads(cohorts: usize) -> usize {
    if cohorts < PARALLEL_FROM_COHORTS {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |t| t.get())
    }
}

/// Cohorts a thread of the cohort pass takes at a time: enough to make taking one rare,
/// few enough that the threads finish together.
const COHORTS_PER_BLOCK: usize = 250;

/// What the cohort pass reads for every cohort, and how the model's months are kept.
struct CohortPass<'a> {
    books: accounting::FleetBooks<'a>,
    model_months: Arc<ModelMonths>,
    keep_cohorts: bool,
}

/// A block of cohorts booked: their results (if kept) and their sum, month by month.
struct BookedBlock {
    cohorts: Vec<CohortResult>,
    fleet: Vec<FixedLine>,
}

/// The cohort pass: each cohort's books, accounts and schedule on top of `ops`, and the
/// fleet's totals. Cohorts are independent here (they interact only in the month loop), so a
/// large fleet's are booked on `threads` threads, in blocks; results keep the scenario's
/// order and the totals are exact integer sums, so the outcome is the same on any number.
fn book_pass(
    s: &Scenario,
    market: &curves::MarketSeries,
    ops: &operations::Operations,
    keep_cohorts: bool,
    threads: usize,
) -> Result<FleetResult, ValidationErrors> {
    let context = accounting::BookContext::new(s, &ops.cost)?;
    let pass = CohortPass {
        books: accounting::FleetBooks {
            s,
            market,
            ops,
            context: &context,
        },
        model_months: Arc::new(ModelMonths {
            start: s.start_month,
            hours: market.hours[..s.horizon_months as usize].to_vec(),
            tax_rate: precision::millionths(s.valuation.tax_rate),
        }),
        keep_cohorts,
    };
    let n = s.cohorts.len();
    let mut blocks = if threads <= 1 {
        vec![(0, pass.book_block(0..n))]
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let block_count = n.div_ceil(COHORTS_PER_BLOCK);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let b = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            if b >= block_count {
                                break done;
                            }
                            let first = b * COHORTS_PER_BLOCK;
                            let cohorts = first..(first + COHORTS_PER_BLOCK).min(n);
                            done.push((b, pass.book_block(cohorts)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| {
                    worker.join().unwrap_or_else(|_| {
                        vec![(
                            0,
                            Err(ValidationErrors::single("cohorts", IssueCode::NotComputed)),
                        )]
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    // In the scenario's order: the first error is the first cohort's, as in one thread.
    blocks.sort_by_key(|(b, _)| *b);
    let horizon = s.horizon_months as usize;
    let mut fleet = vec![FixedLine::default(); horizon];
    let mut cohorts = Vec::with_capacity(if keep_cohorts { n } else { 0 });
    for (_, block) in blocks {
        let block = block?;
        for (total, line) in fleet.iter_mut().zip(&block.fleet) {
            total.add(line);
        }
        cohorts.extend(block.cohorts);
    }
    // An empty fleet's months have no hours in them, as the sum of no cohorts.
    let month = |t: usize| s.start_month.plus_months(t as i32);
    let fleet = fleet
        .iter()
        .enumerate()
        .map(|(t, total)| {
            let hours = if s.cohorts.is_empty() {
                Decimal::ZERO
            } else {
                market.hours[t]
            };
            ScheduleLine {
                tier: None,
                ..total.line(month(t), hours)
            }
        })
        .collect();
    Ok(FleetResult { cohorts, fleet })
}

impl CohortPass<'_> {
    /// Books the cohorts of `range`, one after another, with one set of buffers.
    fn book_block(&self, range: std::ops::Range<usize>) -> Result<BookedBlock, ValidationErrors> {
        let accounting::FleetBooks { s, ops, .. } = self.books;
        let mut fleet = vec![FixedLine::default(); s.horizon_months as usize];
        let mut cohorts = Vec::with_capacity(if self.keep_cohorts { range.len() } else { 0 });
        let mut scratch = accounting::CohortScratch::default();
        for i in range {
            let cohort = &s.cohorts[i];
            let mut operating_buffer = std::mem::take(&mut scratch.operating);
            let operating = ops.operating_months(i, &mut operating_buffer);
            let books = accounting::book_with_impairment(&self.books, i, operating, &mut scratch)?;
            let first = accounting::cohort_accounts(
                &self.books,
                i,
                operating,
                &books.book,
                &mut scratch.tax,
                &mut scratch.lines,
            )?;
            for (total, line) in fleet[first..].iter_mut().zip(&scratch.lines) {
                total.add(line);
            }
            scratch.operating = operating_buffer;
            scratch.book = books.book;
            if !self.keep_cohorts {
                continue;
            }
            let schedule = CohortSchedule::new(
                Arc::clone(&self.model_months),
                ops.economics(i),
                first,
                &scratch.lines,
            );
            cohorts.push(CohortResult {
                id: cohort.id.clone(),
                sku: cohort.sku.clone(),
                schedule,
                retirement: ops.retired[i].map(|(t, reason)| Retirement {
                    month: s.start_month.plus_months(t as i32),
                    reason,
                }),
                impairment_tests: books.impairment_tests,
            });
        }
        Ok(BookedBlock { cohorts, fleet })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::generated_fleet;

    /// The cohort pass on several threads gives the one-thread result, cohort for cohort and
    /// month for month (a fleet of several blocks, the last one short).
    #[test]
    fn a_fleet_booked_on_several_threads_is_the_fleet_booked_on_one() {
        let s = generated_fleet(3 * COHORTS_PER_BLOCK as u32 + 7, 48);
        let booked_on = |threads: usize| {
            with_operating_run(&s, |run| {
                book_pass(run.s, run.market, &run.ops, true, threads)
            })
            .and_then(|result| result)
        };
        let one = booked_on(1);
        assert!(one
            .as_ref()
            .is_ok_and(|r| r.cohorts.len() == s.cohorts.len()));
        assert_eq!(booked_on(2), one);
        assert_eq!(booked_on(3), one);
    }
}

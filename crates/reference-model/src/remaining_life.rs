//! How far an impairment test looks (ASC 360-10-35-31 to 35-33, IAS 36.33): to the end of the
//! cohort's remaining useful life as estimated at the test, or its retirement if that comes
//! first; and so how many months the model must run past its horizon.

use fleet_ledger_engine::scenario::Cohort;
use fleet_ledger_engine::{Scenario, YearMonth};

/// The life (months from entry) in effect in `month`: the latest revision of the life taking
/// effect by then, else the book policy's.
fn life_in(cohort: &Cohort, month: YearMonth) -> u32 {
    let mut life = (None, cohort.book.useful_life_months);
    for change in &cohort.changes_in_estimate {
        if let Some(revised) = change.useful_life_months {
            if change.effective <= month && life.0.is_none_or(|since| change.effective >= since) {
                life = (Some(change.effective), revised);
            }
        }
    }
    life.1
}

/// Model month (from the start) of the last month of a life of `life` months.
fn last_month_of_life(s: &Scenario, cohort: &Cohort, life: u32) -> i64 {
    i64::from(s.start_month.months_until(cohort.in_service)) + i64::from(life) - 1
}

/// The horizon, or the end of the longest life (or planned retirement) of a cohort entering
/// within it, whichever is later.
pub(crate) fn months_to_simulate(s: &Scenario) -> usize {
    let horizon = i64::from(s.horizon_months);
    let mut months = horizon;
    for cohort in &s.cohorts {
        if i64::from(s.start_month.months_until(cohort.in_service)) >= horizon {
            continue;
        }
        let longest = cohort
            .changes_in_estimate
            .iter()
            .filter_map(|c| c.useful_life_months)
            .chain([cohort.book.useful_life_months])
            .max()
            .unwrap_or(0);
        let mut end = last_month_of_life(s, cohort, longest);
        if let Some(planned) = cohort.planned_retirement {
            end = end.min(i64::from(s.start_month.months_until(planned)));
        }
        months = months.max(end + 1);
    }
    months as usize
}

/// The last month of the flows a test at the end of month `t` reads.
pub(crate) fn flows_end(s: &Scenario, cohort: &Cohort, t: usize, operations_end: usize) -> usize {
    let month = s.start_month.plus_months(t as i32);
    let life_end = last_month_of_life(s, cohort, life_in(cohort, month));
    let end = life_end.clamp(0, operations_end as i64) as usize;
    end.max(t)
}

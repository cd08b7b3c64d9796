//! How far an impairment test looks: over the cohort's remaining useful life, not the model's
//! horizon (ASC 360-10-35-31 to 35-33: cash flows "for the remaining useful life of the asset
//! group", its primary asset's; IAS 36.33: projections over the asset's remaining useful
//! life). The model therefore runs its operations past the horizon as far as the longest
//! remaining life reaches, the curves continuing as they are defined (dated points flat after
//! the last, generated curves decaying on, electricity escalating on); the schedule, the
//! periods and every analysis still end at the horizon.

use crate::calendar::YearMonth;
use crate::scenario::{Cohort, Scenario};

/// The total useful life (months from entry into service) of `cohort` as estimated in
/// `month`: its book policy's, or that of the last change in estimate in effect by then that
/// revises the life (ASC 250-10-45-17: a revision applies from its month on).
pub(crate) fn useful_life_as_of(cohort: &Cohort, month: YearMonth) -> u32 {
    cohort
        .changes_in_estimate
        .iter()
        .filter(|c| c.effective <= month)
        .filter_map(|c| Some((c.effective, c.useful_life_months?)))
        .max_by_key(|(effective, _)| *effective)
        .map_or(cohort.book.useful_life_months, |(_, revised)| revised)
}

/// The longest life any of `cohort`'s estimates gives it.
fn longest_life(cohort: &Cohort) -> u32 {
    cohort
        .changes_in_estimate
        .iter()
        .filter_map(|c| c.useful_life_months)
        .fold(cohort.book.useful_life_months, u32::max)
}

/// The model month (from the start, possibly negative) of the last month of a life of `life`
/// months for `cohort`.
fn life_end_index(s: &Scenario, cohort: &Cohort, life: u32) -> i64 {
    i64::from(s.start_month.months_until(cohort.in_service)) + i64::from(life) - 1
}

/// The months the operations run over: the horizon, or past it to the end of the longest
/// remaining life of a cohort in service within it (the last month of its longest estimate
/// of useful life, or its planned retirement if earlier).
pub(crate) fn simulated_months(s: &Scenario) -> usize {
    let horizon = s.horizon_months as usize;
    s.cohorts
        .iter()
        .filter(|c| s.start_month.months_until(c.in_service) < horizon as i32)
        .map(|c| {
            let life_end = life_end_index(s, c, longest_life(c));
            let planned = c
                .planned_retirement
                .map_or(i64::MAX, |m| i64::from(s.start_month.months_until(m)));
            usize::try_from(life_end.min(planned) + 1).unwrap_or(0)
        })
        .fold(horizon, usize::max)
}

/// The last model month of the cash flows a test at the end of month `t` looks forward to:
/// the end of the cohort's remaining useful life as estimated then, or the month its
/// operations end (retired by plan, by the policy or in the model's run; at the latest the
/// last month simulated) if that comes first; `t` itself when the life has run out, the
/// cohort then being worth what it fetches now.
pub(crate) fn flows_end(s: &Scenario, cohort: &Cohort, t: usize, operations_end: usize) -> usize {
    let month = s.start_month.plus_months(t as i32);
    let life_end = life_end_index(s, cohort, useful_life_as_of(cohort, month));
    usize::try_from(life_end)
        .unwrap_or(0)
        .min(operations_end)
        .max(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::ChangeInEstimate;
    use crate::reference::generated_fleet;
    use rust_decimal_macros::dec;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    fn revision(effective: &str, life: Option<u32>) -> ChangeInEstimate {
        ChangeInEstimate {
            effective: ym(effective),
            useful_life_months: life,
            salvage_percent: life.is_none().then_some(dec!(5)),
            total_hours: None,
        }
    }

    /// ASC 250-10-45-17: a revised life holds from its month on; a later revision of the
    /// salvage alone leaves the revised life standing.
    #[test]
    fn the_life_an_impairment_test_reads_is_the_estimate_in_effect_at_the_test() {
        let mut s = generated_fleet(1, 24);
        let cohort = &mut s.cohorts[0];
        cohort.book.useful_life_months = 72;
        cohort.changes_in_estimate = vec![revision("2030-01", None), revision("2027-01", Some(48))];
        let cohort = &s.cohorts[0];
        assert_eq!(useful_life_as_of(cohort, ym("2026-12")), 72);
        assert_eq!(useful_life_as_of(cohort, ym("2027-01")), 48);
        assert_eq!(useful_life_as_of(cohort, ym("2031-06")), 48);
    }

    /// The operations run to the end of the longest life of a cohort in service within the
    /// horizon, or to its planned retirement; never short of the horizon.
    #[test]
    fn the_model_runs_as_far_past_the_horizon_as_the_longest_remaining_life() {
        let mut s = generated_fleet(1, 18);
        s.cohorts[0].in_service = s.start_month;
        s.cohorts[0].book.useful_life_months = 72;
        s.cohorts[0].planned_retirement = None;
        s.cohorts[0].changes_in_estimate = Vec::new();
        assert_eq!(simulated_months(&s), 72);
        s.cohorts[0].changes_in_estimate = vec![revision("2027-01", Some(84))];
        s.cohorts[0].changes_in_estimate[0].effective = s.start_month.plus_months(12);
        assert_eq!(simulated_months(&s), 84);
        s.cohorts[0].planned_retirement = Some(s.start_month.plus_months(35));
        assert_eq!(simulated_months(&s), 36);
        s.cohorts[0].book.useful_life_months = 6;
        s.cohorts[0].changes_in_estimate.clear();
        assert_eq!(simulated_months(&s), 18);
        // A cohort entering after the horizon is never tested: it extends nothing.
        s.cohorts[0].in_service = s.start_month.plus_months(18);
        s.cohorts[0].book.useful_life_months = 72;
        s.cohorts[0].planned_retirement = None;
        assert_eq!(simulated_months(&s), 18);
    }
}

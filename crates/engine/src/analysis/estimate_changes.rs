//! The disclosure of the scenario's own changes in estimate (ASC 250-10-50-4): for each fiscal
//! year in which a dated revision of a cohort's life or salvage takes effect, its effect on
//! depreciation, net income and per diluted share in that year, measured against the same
//! fleet without the revisions that year brought.

use crate::book::disclosure::{change_in_estimate_effect, ChangeInEstimateEffect};
use crate::fleet::{by_fiscal_year, simulate_fleet, ScheduleLine};
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeSet;

/// One fiscal year's disclosure: its effect, and the sentence a filing would carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct EstimateChangeDisclosure {
    pub effect: ChangeInEstimateEffect,
    pub sentence: String,
}

/// A disclosure for each fiscal year within the model in which one of the scenario's changes
/// in estimate takes effect. `fleet` is the scenario's own fleet schedule; the comparison
/// runs the fleet again without the changes effective in that year (earlier ones stay: they
/// were disclosed in their own year).
pub fn estimate_change_disclosures(
    s: &Scenario,
    fleet: &[ScheduleLine],
) -> Result<Vec<EstimateChangeDisclosure>, ValidationErrors> {
    let fiscal = s.fiscal_calendar()?;
    let years: BTreeSet<i32> = s
        .cohorts
        .iter()
        .flat_map(|c| &c.changes_in_estimate)
        .filter(|c| c.effective >= s.start_month && c.effective <= s.end_month())
        .map(|c| fiscal.fiscal_year(c.effective))
        .collect();
    let with_changes = by_fiscal_year(fleet, fiscal);
    let mut disclosures = Vec::with_capacity(years.len());
    for year in years {
        let mut without = s.clone();
        for cohort in &mut without.cohorts {
            cohort
                .changes_in_estimate
                .retain(|c| fiscal.fiscal_year(c.effective) != year);
        }
        let without_changes = by_fiscal_year(&simulate_fleet(&without)?, fiscal);
        let depreciation = |periods: &[crate::fleet::Period]| {
            periods
                .iter()
                .find(|p| p.fiscal_year == year)
                .map(|p| p.totals.book_depreciation)
                .unwrap_or_default()
        };
        let effect = change_in_estimate_effect(
            year,
            depreciation(&with_changes),
            depreciation(&without_changes),
            s.valuation.tax_rate,
            s.valuation.shares_outstanding,
        )?;
        let sentence = effect.sentence(s.currency);
        disclosures.push(EstimateChangeDisclosure { effect, sentence });
    }
    Ok(disclosures)
}

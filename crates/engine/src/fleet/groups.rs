//! Cohorts summed by GPU and vintage (the calendar year they entered service): how a report
//! shows a fleet too large to list cohort by cohort. Every cohort's own months stay in the
//! monthly schedule CSV.

use super::{FleetResult, ScheduleLine};
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeMap;

/// The cohorts of one SKU that entered service in one calendar year, summed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CohortGroup {
    pub sku: String,
    /// Calendar year of entry into service.
    pub vintage: i32,
    pub cohorts: u32,
    /// The shortest and longest book life among them, in months (equal when they agree).
    pub shortest_life_months: u32,
    pub longest_life_months: u32,
    /// The group's months, summed across its cohorts as the fleet's are.
    pub months: Vec<ScheduleLine>,
}

/// Groups in order of SKU, then vintage.
pub fn by_sku_and_vintage(s: &Scenario, result: &FleetResult) -> Vec<CohortGroup> {
    let mut groups: BTreeMap<(&str, i32), CohortGroup> = BTreeMap::new();
    for (cohort, run) in s.cohorts.iter().zip(&result.cohorts) {
        let vintage = cohort.in_service.year();
        let life = cohort.book.useful_life_months;
        let group = groups
            .entry((cohort.sku.as_str(), vintage))
            .or_insert_with(|| CohortGroup {
                sku: cohort.sku.clone(),
                vintage,
                cohorts: 0,
                shortest_life_months: life,
                longest_life_months: life,
                months: result
                    .fleet
                    .iter()
                    .map(|l| ScheduleLine::empty(l.month))
                    .collect(),
            });
        group.cohorts += 1;
        group.shortest_life_months = group.shortest_life_months.min(life);
        group.longest_life_months = group.longest_life_months.max(life);
        for (t, total) in group.months.iter_mut().enumerate() {
            total.accumulate(&run.month(t), true);
        }
    }
    groups.into_values().collect()
}

//! Contribution margin against depreciation per GPU-hour by a cohort's age: the Bernstein
//! (cash margin still positive) against Burry (depreciation understated) picture.

use crate::fleet::FleetResult;
use crate::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One year of a cohort's service (its first twelve months are year 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AgeYear {
    pub year_of_service: u32,
    /// Contribution margin per available GPU-hour.
    pub margin_per_gpu_hour: Decimal,
    /// Book depreciation and impairment per available GPU-hour.
    pub depreciation_per_gpu_hour: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MarginByAge {
    pub cohort_id: String,
    pub years: Vec<AgeYear>,
}

/// The first `cohorts` cohorts' margin and depreciation per available GPU-hour, year of
/// service by year of service, for as long as they have GPU-hours within the horizon.
pub fn margin_by_age(s: &Scenario, result: &FleetResult, cohorts: usize) -> Vec<MarginByAge> {
    s.cohorts
        .iter()
        .zip(&result.cohorts)
        .take(cohorts)
        .map(|(cohort, run)| {
            let entry = s.start_month.months_until(cohort.in_service).max(0) as usize;
            let months = run.months();
            let years = months
                .get(entry..)
                .unwrap_or_default()
                .chunks(12)
                .map_while(|chunk| {
                    let hours: Decimal = chunk.iter().map(|l| l.gpu_hours_available).sum();
                    let sum = |f: fn(&crate::fleet::ScheduleLine) -> Decimal| {
                        chunk.iter().map(f).sum::<Decimal>()
                    };
                    (!hours.is_zero()).then(|| {
                        (
                            hours,
                            sum(|l| l.contribution_margin),
                            sum(|l| l.book_depreciation + l.impairment),
                        )
                    })
                })
                .enumerate()
                .map(|(year, (hours, margin, depreciation))| AgeYear {
                    year_of_service: year as u32 + 1,
                    margin_per_gpu_hour: margin / hours,
                    depreciation_per_gpu_hour: depreciation / hours,
                })
                .collect();
            MarginByAge {
                cohort_id: cohort.id.clone(),
                years,
            }
        })
        .collect()
}

//! Book depreciation by cohort and fiscal year, or by GPU and year in service for a fleet too
//! large to list.

use super::MAX_LISTED_COHORTS;
use crate::calendar::FiscalCalendar;
use crate::fleet::{by_fiscal_year, by_sku_and_vintage, FleetResult, ScheduleLine};
use crate::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Whose depreciation a row holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CohortRowLabel {
    Cohort {
        id: String,
    },
    /// The cohorts of one SKU that entered service in one calendar year, summed.
    Group {
        sku: String,
        vintage: i32,
        cohorts: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DepreciationRow {
    pub label: CohortRowLabel,
    pub cost: Decimal,
    /// The book life in months; a group's shortest and longest (equal when they agree).
    pub shortest_life_months: u32,
    pub longest_life_months: u32,
    /// Book depreciation in each fiscal year of [`DepreciationByCohort::fiscal_years`].
    pub by_fiscal_year: Vec<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DepreciationByCohort {
    pub fiscal_years: Vec<i32>,
    /// Whether the rows are groups (the fleet has more than [`MAX_LISTED_COHORTS`] cohorts).
    pub grouped: bool,
    pub rows: Vec<DepreciationRow>,
}

pub fn depreciation_by_cohort(
    s: &Scenario,
    result: &FleetResult,
    fiscal: FiscalCalendar,
) -> DepreciationByCohort {
    let row = |label: CohortRowLabel, months: &[ScheduleLine], lives: (u32, u32)| DepreciationRow {
        label,
        cost: months.iter().map(|l| l.capex).sum(),
        shortest_life_months: lives.0,
        longest_life_months: lives.1,
        by_fiscal_year: by_fiscal_year(months, fiscal)
            .iter()
            .map(|y| y.totals.book_depreciation)
            .collect(),
    };
    let grouped = s.cohorts.len() > MAX_LISTED_COHORTS;
    let rows = if grouped {
        by_sku_and_vintage(s, result)
            .into_iter()
            .map(|g| {
                let lives = (g.shortest_life_months, g.longest_life_months);
                let label = CohortRowLabel::Group {
                    sku: g.sku,
                    vintage: g.vintage,
                    cohorts: g.cohorts,
                };
                row(label, &g.months, lives)
            })
            .collect()
    } else {
        s.cohorts
            .iter()
            .zip(&result.cohorts)
            .map(|(c, run)| {
                let life = c.book.useful_life_months;
                row(
                    CohortRowLabel::Cohort { id: c.id.clone() },
                    &run.months(),
                    (life, life),
                )
            })
            .collect()
    };
    DepreciationByCohort {
        fiscal_years: by_fiscal_year(&result.fleet, fiscal)
            .iter()
            .map(|y| y.fiscal_year)
            .collect(),
        grouped,
        rows,
    }
}

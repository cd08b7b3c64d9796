//! The fleet's make-up over time: GPUs in service by SKU and by tier at each fiscal year's
//! end, and the average power drawn (the Oracle mix, the site cap).

use crate::calendar::FiscalCalendar;
use crate::fleet::{by_fiscal_year, FleetResult};
use crate::scenario::{Scenario, Tier};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CompositionYear {
    pub fiscal_year: i32,
    /// GPUs in service at the year's end, in the order of [`FleetComposition::skus`].
    pub units_by_sku: Vec<u32>,
    /// GPUs in service at the year's end in each tier: training, inference, other.
    pub units_by_tier: [u32; 3],
    /// Average facility power drawn over the year, MW.
    pub average_mw: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FleetComposition {
    /// The SKUs of the fleet's cohorts, sorted by id.
    pub skus: Vec<String>,
    /// The power cap of the site, MW, if it has one.
    pub power_cap_mw: Option<Decimal>,
    pub years: Vec<CompositionYear>,
}

/// The tiers in the order [`CompositionYear::units_by_tier`] counts them.
pub const TIERS: [Tier; 3] = [Tier::Training, Tier::Inference, Tier::Other];

pub fn fleet_composition(
    s: &Scenario,
    result: &FleetResult,
    fiscal: FiscalCalendar,
) -> FleetComposition {
    let mut skus: Vec<String> = s.cohorts.iter().map(|c| c.sku.clone()).collect();
    skus.sort();
    skus.dedup();
    let fleet_years = by_fiscal_year(&result.fleet, fiscal);
    let mut years: Vec<CompositionYear> = fleet_years
        .iter()
        .map(|y| CompositionYear {
            fiscal_year: y.fiscal_year,
            units_by_sku: vec![0; skus.len()],
            units_by_tier: [0; 3],
            average_mw: y.totals.kw_drawn / Decimal::ONE_THOUSAND,
        })
        .collect();
    for run in &result.cohorts {
        let sku = skus.iter().position(|k| *k == run.sku);
        for (year, cohort_year) in years.iter_mut().zip(by_fiscal_year(&run.months(), fiscal)) {
            let units = cohort_year.totals.units_in_service;
            if let Some(k) = sku {
                year.units_by_sku[k] += units;
            }
            if let Some(t) = cohort_year
                .totals
                .tier
                .and_then(|t| TIERS.iter().position(|x| *x == t))
            {
                year.units_by_tier[t] += units;
            }
        }
    }
    FleetComposition {
        skus,
        power_cap_mw: s.site.as_ref().map(|site| site.power_cap_mw),
        years,
    }
}

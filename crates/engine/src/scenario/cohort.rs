//! Cohorts: the fleet register. A cohort is one delivery of one SKU, accounted for as one
//! asset group.

use crate::book::{BookPolicy, ChangeInEstimate};
use crate::calendar::YearMonth;
use crate::scenario::market::Tier;
use crate::tax::TaxPolicy;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Hours sold ahead at a fixed price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Contract {
    pub price_per_gpu_hour: Decimal,
    /// Share of the cohort's available hours the contract takes (0 to 1).
    pub share_of_hours: Decimal,
    pub start: YearMonth,
    pub end: YearMonth,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Cohort {
    /// Unique within the scenario, e.g. `H100-2024-03`.
    pub id: String,
    /// A catalog SKU id.
    pub sku: String,
    pub quantity: u32,
    pub in_service: YearMonth,
    /// Cost per GPU; the catalog's `capex_per_gpu` when absent.
    pub unit_cost: Option<Decimal>,
    pub book: BookPolicy,
    pub tax: TaxPolicy,
    /// A fixed tier for this cohort, overriding the tiering rule.
    pub tier: Option<Tier>,
    /// Month at whose end the cohort is retired, if planned.
    pub planned_retirement: Option<YearMonth>,
    pub contract: Option<Contract>,
    pub changes_in_estimate: Vec<ChangeInEstimate>,
}

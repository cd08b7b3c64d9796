//! The market: rental price curves, utilisation by tier, and residual values.

use crate::calendar::YearMonth;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Where a cohort's hours are sold (the Oracle-style mix: the newest chips train, older ones
/// serve inference).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Type,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Training,
    Inference,
    Other,
}

/// What a price curve measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CurveKind {
    Spot,
    OnDemand,
    OneYearContract,
    Index,
}

/// A dated value; curves are linear between points and flat before the first and after the
/// last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct DatedValue {
    pub month: YearMonth,
    pub value: Decimal,
}

/// How a price curve is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CurveShape {
    /// Dated points, e.g. 2.99 in 2024-10, 1.70 in 2025-10.
    Points { points: Vec<DatedValue> },
    /// From `launch_price` at `launch`, falling by `annual_decay` (a fraction) a year,
    /// compounded monthly, with a one-off `step_down` (a fraction) when the next generation
    /// launches.
    Generated {
        launch: YearMonth,
        launch_price: Decimal,
        annual_decay: Decimal,
        next_generation_launch: Option<YearMonth>,
        step_down: Decimal,
    },
}

/// Rental price of one SKU in one tier, in currency per GPU-hour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct PriceCurve {
    pub sku: String,
    pub tier: Tier,
    pub kind: CurveKind,
    pub source: String,
    pub shape: CurveShape,
}

/// Share of available GPU-hours sold in a tier over time (0 to 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Utilisation {
    pub tier: Tier,
    pub points: Vec<DatedValue>,
}

/// A residual (resale) value at an age, as a fraction of cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ResidualPoint {
    pub age_months: u32,
    pub fraction_of_cost: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ResidualCurve {
    pub sku: String,
    pub points: Vec<ResidualPoint>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Market {
    pub price_curves: Vec<PriceCurve>,
    pub utilisation: Vec<Utilisation>,
    pub residual_values: Vec<ResidualCurve>,
    /// Share of the residual value lost on disposal (brokerage, logistics, data wiping): 0 to 1.
    pub disposal_haircut: Decimal,
}

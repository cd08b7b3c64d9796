//! Fleet-wide policies: impairment, tiering, retirement, and valuation settings.

use crate::impairment::ImpairmentStandard;
use crate::scenario::market::Tier;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// What fair value is measured from when an impairment test fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FairValueBasis {
    /// The cohort's future cash flows discounted at the discount rate.
    DiscountedCashFlows,
    /// The residual-value curve less the disposal haircut.
    ResidualValues,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ImpairmentPolicy {
    pub standard: ImpairmentStandard,
    pub fair_value_basis: FairValueBasis,
    /// Test when the cohort's price falls by more than this fraction over twelve months.
    pub price_drop_trigger: Decimal,
    /// Test when the cohort's contribution margin turns negative.
    pub negative_margin_trigger: bool,
}

/// How cohorts are placed in tiers over time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TieringRule {
    /// Every cohort serves one tier for life.
    Fixed { tier: Tier },
    /// Train while younger than `training_months`, then serve inference.
    ByAge { training_months: u32 },
    /// The newest `generations` SKUs in service train; the rest serve inference.
    NewestGenerationsTrain { generations: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct RetirementPolicy {
    /// Retire every cohort at this age, if set.
    pub fixed_age_months: Option<u32>,
    /// Retire a cohort after its contribution margin has been negative this many months in a
    /// row (Bernstein's cash rule), if set.
    pub negative_margin_months: Option<u32>,
    /// When a new cohort would exceed the site's power cap, retire the cohorts with the lowest
    /// contribution margin per MW first.
    pub displace_for_power: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ValuationSettings {
    /// Discount rate (WACC), a yearly fraction.
    pub discount_rate: Decimal,
    /// Income tax rate, a fraction.
    pub tax_rate: Decimal,
    /// Diluted shares outstanding, for per-share effects.
    pub shares_outstanding: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Policies {
    pub impairment: ImpairmentPolicy,
    pub tiering: TieringRule,
    pub retirement: RetirementPolicy,
    /// The book policies the policy comparison sets side by side, in order (the first is the
    /// base of the differences). Empty, or absent from a file, for the standard set: 3-, 4-, 5-
    /// and 6-year lives under the first cohort's method, salvage and convention.
    #[serde(default)]
    pub compared_book_policies: Vec<crate::book::BookPolicy>,
}

/// Most book policies one comparison sets side by side.
pub const MAX_COMPARED_POLICIES: usize = 8;

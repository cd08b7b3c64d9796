//! What a book policy says, and what values it may take.

use crate::calendar::YearMonth;
use crate::money::MAX_LIFE_MONTHS;
use crate::validation::{Issue, IssueCode, IssueCollector, Unit};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::fmt::Display;

/// How cost less salvage is spread over the useful life.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DepreciationMethod {
    /// Equal amounts each month.
    StraightLine,
    /// Declining balance at `factor / life in years` a year, switching to straight line over
    /// the remaining life in the first year where that is larger (Excel VDB; factor 2 is
    /// double-declining balance).
    DecliningBalance { factor: Decimal },
    /// Sum-of-years'-digits (Excel SYD).
    SumOfYearsDigits,
    /// Excel DB: a fixed rate 1 − (salvage / cost)^(1 / life in years), rounded to three
    /// decimals as Excel rounds it; the last year takes what remains down to salvage.
    FixedDecliningBalance,
    /// In proportion to the GPU-hours used, over `total_hours` expected in the asset's life.
    UnitsOfProduction { total_hours: Decimal },
}

/// When depreciation starts relative to the month the cohort enters service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Convention {
    /// A full month's depreciation in the month of entry.
    FullMonth,
    /// Half a month in the month of entry, and the last half month after the life's end.
    MidMonth,
    /// Half a year's depreciation in the fiscal year of entry, spread over its months in
    /// service; the other half year after the life's end.
    HalfYear,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct BookPolicy {
    pub method: DepreciationMethod,
    /// Total useful life from entry into service, in months (72 = six years).
    pub useful_life_months: u32,
    /// Salvage (residual) value as a percentage of cost, 0 to 100.
    pub salvage_percent: Decimal,
    pub convention: Convention,
}

/// A revision of useful life and/or salvage from `effective` on, applied prospectively
/// (ASC 250-10-45-17, IAS 8.36): nothing before `effective` is restated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct ChangeInEstimate {
    /// First month under the revised estimate.
    pub effective: YearMonth,
    /// The revised TOTAL useful life from entry into service, in months.
    pub useful_life_months: Option<u32>,
    /// The revised salvage value, as a percentage of the original cost.
    pub salvage_percent: Option<Decimal>,
    /// For units of production: the revised total GPU-hours expected over the life.
    pub total_hours: Option<Decimal>,
}

impl DepreciationMethod {
    /// Methods whose year amounts are defined for whole years of life only.
    fn needs_whole_years(&self) -> bool {
        matches!(self, Self::SumOfYearsDigits | Self::FixedDecliningBalance)
    }
}

impl BookPolicy {
    /// Checks the policy, reporting each problem under `path` (e.g. `cohorts[2].book`), which
    /// is written out only for a problem (a fleet has thousands of policies to check).
    pub fn validate(&self, path: &dyn Display, issues: &mut IssueCollector) {
        if !(1..=MAX_LIFE_MONTHS).contains(&self.useful_life_months) {
            issues.push(
                format!("{path}.useful_life_months"),
                Issue::out_of_range(self.useful_life_months, 1, MAX_LIFE_MONTHS, Unit::Months),
            );
        } else if self.method.needs_whole_years() && !self.useful_life_months.is_multiple_of(12) {
            issues.push(format!("{path}.useful_life_months"), IssueCode::WholeYears);
        }
        validate_percent(self.salvage_percent, path, issues);
        match &self.method {
            DepreciationMethod::DecliningBalance { factor }
                if (*factor <= Decimal::ZERO || *factor > Decimal::TEN) =>
            {
                issues.push(
                    format!("{path}.method.factor"),
                    Issue::new(IssueCode::DecliningFactor).with("given", factor),
                );
            }
            DepreciationMethod::UnitsOfProduction { total_hours }
                if *total_hours <= Decimal::ZERO =>
            {
                issues.push(
                    format!("{path}.method.total_hours"),
                    Issue::new(IssueCode::GreaterThanZero).with("unit", Unit::GpuHours.key()),
                );
            }
            DepreciationMethod::FixedDecliningBalance if self.salvage_percent <= Decimal::ZERO => {
                issues.push(format!("{path}.salvage_percent"), IssueCode::DbNeedsSalvage);
            }
            _ => {}
        }
    }
}

impl ChangeInEstimate {
    pub fn validate(&self, policy: &BookPolicy, path: &dyn Display, issues: &mut IssueCollector) {
        if self.useful_life_months.is_none()
            && self.salvage_percent.is_none()
            && self.total_hours.is_none()
        {
            issues.push(path.to_string(), IssueCode::ReviseSomething);
        }
        if let Some(life) = self.useful_life_months {
            if !(1..=MAX_LIFE_MONTHS).contains(&life) {
                issues.push(
                    format!("{path}.useful_life_months"),
                    Issue::out_of_range(life, 1, MAX_LIFE_MONTHS, Unit::Months),
                );
            }
        }
        if let Some(salvage) = self.salvage_percent {
            validate_percent(salvage, path, issues);
        }
        if let Some(hours) = self.total_hours {
            if !matches!(policy.method, DepreciationMethod::UnitsOfProduction { .. }) {
                issues.push(
                    format!("{path}.total_hours"),
                    IssueCode::UnitsOfProductionOnly,
                );
            } else if hours <= Decimal::ZERO {
                issues.push(
                    format!("{path}.total_hours"),
                    Issue::new(IssueCode::GreaterThanZero).with("unit", Unit::GpuHours.key()),
                );
            }
        }
    }
}

/// The salvage percent under `path`; the field's path is written only for an issue.
fn validate_percent(value: Decimal, path: &dyn Display, issues: &mut IssueCollector) {
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        issues.push(
            format!("{path}.salvage_percent"),
            Issue::out_of_range(value, 0, 100, Unit::PercentOfCost),
        );
    }
}

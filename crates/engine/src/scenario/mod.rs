//! The scenario: everything a user models, saved as one versioned JSON document that the app,
//! the CLI and scenario files share (PRODUCT.md §2.1).

pub mod catalog;
pub mod cohort;
pub mod costs;
mod load;
pub mod market;
mod messages;
pub mod policies;
mod scale;
pub(crate) mod validate;

pub use catalog::GpuSku;
pub use cohort::{Cohort, Contract};
pub use costs::{Facility, OperatingCosts, Site};
pub use load::{file_too_large, scenario_from_json, MAX_FILE_BYTES};
pub use market::{
    CurveKind, CurveShape, DatedValue, Market, PriceCurve, ResidualCurve, ResidualPoint, Tier,
    Utilisation,
};
pub use policies::{
    FairValueBasis, ImpairmentPolicy, Policies, RetirementPolicy, TieringRule, ValuationSettings,
};
pub use scale::{MAX_PRESENT_VALUE_GROWTH, MAX_SCENARIO_TOTAL};

use crate::calendar::{FiscalCalendar, YearMonth};
use crate::validation::{Issue, IssueCode, ValidationErrors};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The scenario file format this build writes. Older files are upgraded on load; newer ones
/// are refused with a message.
pub const SCENARIO_FORMAT_VERSION: u32 = 2;

/// Default and maximum horizon in months (PRODUCT.md §2: default 96, up to 240).
pub const DEFAULT_HORIZON_MONTHS: u32 = 96;
pub const MAX_HORIZON_MONTHS: u32 = 240;

/// Longest scenario name accepted; long enough for "FY27 board pack — H100 6y vs 3y (rev. 4)".
pub const MAX_NAME_CHARS: usize = 120;

/// The one currency all money in a scenario is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema, Default)]
pub enum Currency {
    #[default]
    USD,
    CNY,
    EUR,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub format_version: u32,
    pub name: String,
    pub currency: Currency,
    /// First month of the model's calendar.
    pub start_month: YearMonth,
    /// Months modelled from `start_month`, 1 to 240.
    pub horizon_months: u32,
    /// Month in which the fiscal year ends: 12 for most companies, 6 for Microsoft, 5 for
    /// Oracle.
    pub fiscal_year_end_month: u32,
    pub catalog: Vec<GpuSku>,
    pub cohorts: Vec<Cohort>,
    pub market: Market,
    pub costs: OperatingCosts,
    pub site: Option<Site>,
    pub policies: Policies,
    pub valuation: ValuationSettings,
}

impl Scenario {
    /// A new scenario with the shipped reference catalog, market and costs, and no cohorts.
    pub fn blank(name: &str, start_month: YearMonth) -> Result<Self, ValidationErrors> {
        let mut scenario = crate::reference::template(start_month);
        scenario.name = normalise_name(name)?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// The last month of the model.
    pub fn end_month(&self) -> YearMonth {
        self.start_month.plus_months(self.horizon_months as i32 - 1)
    }

    pub fn sku(&self, id: &str) -> Option<&GpuSku> {
        self.catalog.iter().find(|s| s.id == id)
    }

    /// What one GPU of `cohort` cost: its own unit cost, else its SKU's capex per GPU from the
    /// catalog (zero for an unknown SKU, which validation reports).
    pub fn unit_cost(&self, cohort: &Cohort) -> Decimal {
        cohort
            .unit_cost
            .or_else(|| self.sku(&cohort.sku).map(|k| k.capex_per_gpu))
            .unwrap_or(Decimal::ZERO)
    }

    /// The scenario's fiscal calendar (its year ends with `fiscal_year_end_month`); refused, with
    /// the field named, when that month is not 1 to 12.
    pub fn fiscal_calendar(&self) -> Result<FiscalCalendar, ValidationErrors> {
        FiscalCalendar::new(self.fiscal_year_end_month).map_err(|_| {
            ValidationErrors::single(
                "fiscal_year_end_month",
                Issue::new(IssueCode::MonthOfYear).with("given", self.fiscal_year_end_month),
            )
        })
    }

    /// Checks every field and reports all problems at once, each with its path.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        validate::validate(self)
    }

    /// The scenario as the JSON its files hold (two-space indentation, money as strings).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Trims a scenario name and checks it is one line of printable text of reasonable length.
///
/// Any printable text is allowed — `<script>` or `=SUM(A1)` included — because every output
/// escapes or neutralises it; refusing such names would only lose the user's words.
pub fn normalise_name(name: &str) -> Result<String, ValidationErrors> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(ValidationErrors::single("name", IssueCode::Required));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(ValidationErrors::single(
            "name",
            Issue::new(IssueCode::TooLong)
                .with("given", trimmed.chars().count())
                .with("max", MAX_NAME_CHARS),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(ValidationErrors::single("name", IssueCode::OneLine));
    }
    Ok(trimmed.to_owned())
}

/// The JSON Schema of the scenario file, generated from these types (what files contain:
/// money and rates as decimal strings).
pub fn json_schema() -> String {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let schema = generator.into_root_schema_for::<Scenario>();
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

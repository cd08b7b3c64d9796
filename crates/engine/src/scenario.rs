//! The scenario document: everything a user models, saved as one versioned JSON file.
//!
//! This is the first slice of PRODUCT.md §2.1 (the header every scenario has); the fleet,
//! market, costs and policies join it as the engine grows, behind `format_version`.

use crate::calendar::YearMonth;
use crate::validation::{IssueCollector, ValidationErrors};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The scenario file format this build writes. Older files are upgraded on load; newer ones refused.
pub const SCENARIO_FORMAT_VERSION: u32 = 1;

/// Default and maximum horizon in months (PRODUCT.md §2: default 96, up to 240).
pub const DEFAULT_HORIZON_MONTHS: u32 = 96;
pub const MAX_HORIZON_MONTHS: u32 = 240;

/// Longest scenario name accepted; long enough for "FY27 board pack — H100 6y vs 3y (rev. 4)".
pub const MAX_NAME_CHARS: usize = 120;

/// The one currency all money in a scenario is expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
pub enum Currency {
    #[default]
    USD,
    CNY,
    EUR,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Scenario {
    pub format_version: u32,
    pub name: String,
    pub currency: Currency,
    /// First month of the model's calendar.
    pub start_month: YearMonth,
    /// Months modelled from `start_month`, 1 to 240.
    pub horizon_months: u32,
    /// Month in which the fiscal year ends: 12 for most companies, 6 for Microsoft, 5 for Oracle.
    pub fiscal_year_end_month: u32,
}

impl Scenario {
    /// A new, empty scenario with the product's defaults.
    pub fn blank(name: &str, start_month: YearMonth) -> Result<Self, ValidationErrors> {
        let scenario = Self {
            format_version: SCENARIO_FORMAT_VERSION,
            name: normalise_name(name)?,
            currency: Currency::default(),
            start_month,
            horizon_months: DEFAULT_HORIZON_MONTHS,
            fiscal_year_end_month: 12,
        };
        scenario.validate()?;
        Ok(scenario)
    }

    /// Checks every field and reports all problems at once, each with its path.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut issues = IssueCollector::default();
        if self.format_version != SCENARIO_FORMAT_VERSION {
            issues.push(
                "format_version",
                format!("must be {SCENARIO_FORMAT_VERSION} for this version of Fleet Ledger"),
            );
        }
        if let Err(e) = normalise_name(&self.name) {
            issues.push("name", e.issues[0].message.clone());
        }
        if !(1..=MAX_HORIZON_MONTHS).contains(&self.horizon_months) {
            issues.push(
                "horizon_months",
                format!("must be between 1 and {MAX_HORIZON_MONTHS} months"),
            );
        }
        if !(1..=12).contains(&self.fiscal_year_end_month) {
            issues.push(
                "fiscal_year_end_month",
                "must be a month number from 1 (January) to 12 (December)",
            );
        }
        issues.finish()
    }
}

/// Trims a scenario name and checks it is one line of printable text of reasonable length.
///
/// Any printable text is allowed — `<script>` or `=SUM(A1)` included — because every output
/// escapes or neutralises it; refusing such names would only lose the user's words.
pub fn normalise_name(name: &str) -> Result<String, ValidationErrors> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(ValidationErrors::single("name", "must not be empty"));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(ValidationErrors::single(
            "name",
            format!("must be at most {MAX_NAME_CHARS} characters"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(ValidationErrors::single(
            "name",
            "must be a single line without control characters",
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jan_2026() -> YearMonth {
        "2026-01".parse().unwrap()
    }

    #[test]
    fn blank_scenario_uses_the_product_defaults() {
        let s = Scenario::blank("  Burry vs Bernstein ", jan_2026()).unwrap();
        assert_eq!(s.name, "Burry vs Bernstein");
        assert_eq!(s.horizon_months, 96);
        assert_eq!(s.fiscal_year_end_month, 12);
        assert_eq!(s.currency, Currency::USD);
    }

    #[test]
    fn names_are_kept_as_plain_text_even_when_they_look_like_markup() {
        for name in [
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "#read(\"/etc/passwd\")",
        ] {
            assert_eq!(normalise_name(name).unwrap(), name);
        }
    }

    #[test]
    fn bad_names_say_what_is_allowed() {
        assert_eq!(
            normalise_name("   ").unwrap_err().issues[0].message,
            "must not be empty"
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert!(normalise_name(&long).unwrap_err().issues[0]
            .message
            .contains("at most 120"));
        assert!(normalise_name("a\nb").is_err());
    }

    #[test]
    fn validation_reports_every_bad_field_with_its_path() {
        let mut s = Scenario::blank("x", jan_2026()).unwrap();
        s.horizon_months = 0;
        s.fiscal_year_end_month = 13;
        let paths: Vec<_> = s
            .validate()
            .unwrap_err()
            .issues
            .into_iter()
            .map(|i| i.path)
            .collect();
        assert_eq!(paths, ["horizon_months", "fiscal_year_end_month"]);
    }

    #[test]
    fn money_never_travels_as_a_json_number() {
        // rust_decimal's serde-str feature: a number would round-trip through f64 in JS.
        let parsed: Result<rust_decimal::Decimal, _> = serde_json::from_str("0.1");
        assert!(parsed.is_err());
        let parsed: rust_decimal::Decimal = serde_json::from_str("\"0.10\"").unwrap();
        assert_eq!(parsed.to_string(), "0.10");
    }
}

//! Reading a scenario file: size and shape limits, upgrades of older formats, field paths in
//! every message, and full validation before anything uses it.

use super::{Scenario, SCENARIO_FORMAT_VERSION};
use crate::calendar::YearMonth;
use crate::validation::{Issue, IssueCode, ValidationErrors};
use serde::Deserialize;
use serde_json::Value;

/// Largest scenario file accepted. A 10,000-cohort fleet is about 15 MB.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// The refusal of a file over [`MAX_FILE_BYTES`], shared by every reader so the limit is
/// checked, and worded, the same before a file is read as after.
pub fn file_too_large(bytes: u64) -> ValidationErrors {
    ValidationErrors::single(
        "file",
        Issue::new(IssueCode::FileTooLarge)
            .with("given", bytes.div_ceil(1024 * 1024))
            .with("max", MAX_FILE_BYTES / (1024 * 1024)),
    )
}

/// The only field read before the document's format is known; every other field is skipped
/// without being kept, so a large file is parsed into the scenario once, not into a
/// `serde_json::Value` tree (several times the file's size) first.
#[derive(Deserialize)]
struct Header {
    format_version: Option<Value>,
}

/// Parses, upgrades and validates a scenario file. Every problem comes back as
/// `path: message`; nothing here panics on hostile input (serde_json refuses nesting deeper
/// than 128 levels rather than overflowing the stack). A leading byte-order mark, which
/// Windows editors write, is skipped.
pub fn scenario_from_json(text: &str) -> Result<Scenario, ValidationErrors> {
    if text.len() > MAX_FILE_BYTES {
        return Err(file_too_large(text.len() as u64));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = serde_json::from_str(text).map_err(|e| {
        let issue = if e.is_data() {
            Issue::new(IssueCode::NotAnObject)
        } else {
            not_json(&e)
        };
        ValidationErrors::single("file", issue)
    })?;
    let version = match header.format_version {
        None => {
            return Err(ValidationErrors::single(
                "format_version",
                IssueCode::FormatVersionMissing,
            ))
        }
        Some(v) => v
            .as_u64()
            .ok_or_else(|| ValidationErrors::single("format_version", IssueCode::WholeNumber))?,
    };
    if version > u64::from(SCENARIO_FORMAT_VERSION) {
        return Err(ValidationErrors::single(
            "format_version",
            Issue::new(IssueCode::FormatVersionNewer)
                .with("given", version)
                .with("max", SCENARIO_FORMAT_VERSION),
        ));
    }
    if version == 0 {
        return Err(ValidationErrors::single(
            "format_version",
            IssueCode::OneOrMore,
        ));
    }
    let scenario: Scenario = if version == 1 {
        // Format 1 files hold only a header: small enough to upgrade as a tree.
        let mut document: Value = serde_json::from_str(text)
            .map_err(|e| ValidationErrors::single("file", not_json(&e)))?;
        upgrade_v1_to_v2(&mut document)?;
        serde_path_to_error::deserialize(&document).map_err(field_error)?
    } else {
        let mut reader = serde_json::Deserializer::from_str(text);
        let scenario = serde_path_to_error::deserialize(&mut reader).map_err(field_error)?;
        reader
            .end()
            .map_err(|e| ValidationErrors::single("file", not_json(&e)))?;
        scenario
    };
    let mut scenario = scenario;
    scenario.name = scenario.name.trim().to_owned();
    scenario.validate()?;
    Ok(scenario)
}

fn field_error<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> ValidationErrors {
    let path = e.path().to_string();
    let path = if path == "." { "file".to_owned() } else { path };
    ValidationErrors::single(path, super::messages::plain(&e.into_inner().to_string()))
}

/// serde_json's own words for where the text stops being JSON (line and column).
fn not_json(e: &serde_json::Error) -> Issue {
    Issue::new(IssueCode::NotJson).with("detail", e)
}

/// Format 1 held only the header (name, currency, calendar). Format 2 adds the fleet, market,
/// costs and policies: an upgraded file gets the shipped reference values and no cohorts.
fn upgrade_v1_to_v2(document: &mut Value) -> Result<(), ValidationErrors> {
    let start: YearMonth = document
        .get("start_month")
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| ValidationErrors::single("start_month", IssueCode::MonthFormat))?;
    let template = serde_json::to_value(crate::reference::template(start)).map_err(|e| {
        ValidationErrors::single("file", Issue::new(IssueCode::Unreadable).with("detail", e))
    })?;
    if let (Some(target), Some(defaults)) = (document.as_object_mut(), template.as_object()) {
        for (key, value) in defaults {
            target.entry(key.clone()).or_insert_with(|| value.clone());
        }
        target.insert("format_version".into(), Value::from(2));
    }
    Ok(())
}

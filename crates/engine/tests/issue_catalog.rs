//! The UI words field issues from catalogs keyed by the engine's codes. Its English catalog is
//! generated from the engine's wording; this test fails when the committed copy is stale
//! (`UPDATE_ISSUES=1 cargo test -p fleet-ledger-engine --test issue_catalog` rewrites it).

use fleet_ledger_engine::validation::issue::{catalog_json, placeholders};
use fleet_ledger_engine::validation::IssueCode;
use std::path::Path;

#[test]
fn the_uis_english_issue_catalog_is_the_engines_wording() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/i18n/issues.en.json");
    let expected = catalog_json();
    if std::env::var_os("UPDATE_ISSUES").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{} is stale: run UPDATE_ISSUES=1 cargo test -p fleet-ledger-engine --test issue_catalog",
        path.display()
    );
}

#[test]
fn every_placeholder_is_a_parameter_name_a_translation_can_keep() {
    // Names are lower-case words: a translator moves `{max}` but never rewrites it.
    for code in IssueCode::ALL {
        for name in placeholders(code.english()) {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{code:?}: {name}"
            );
        }
    }
    assert_eq!(
        placeholders("is {given}; must be between {min} and {max}{unit}"),
        ["given", "min", "max", "unit"]
    );
}

//! Scenario files: shipped examples, format upgrades, and hostile or broken input.

use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::{
    example, example_names, generated_fleet, gpu_catalog, useful_life_changes,
};
use fleet_ledger_engine::scenario::{json_schema, normalise_name, scenario_from_json, Scenario};
use fleet_ledger_engine::YearMonth;
use serde_json::{json, Value};

fn paths(text: &str) -> Vec<String> {
    scenario_from_json(text)
        .unwrap_err()
        .issues
        .into_iter()
        .map(|i| i.path)
        .collect()
}

fn burry() -> Value {
    serde_json::from_str(&example("burry-vs-bernstein").unwrap().to_json()).unwrap()
}

#[test]
fn every_shipped_example_validates_round_trips_and_runs() {
    assert_eq!(
        example_names(),
        [
            "burry-vs-bernstein",
            "oracle-tiered-mix",
            "full-refresh",
            "power-capped-site"
        ]
    );
    for name in example_names() {
        let scenario = example(name).unwrap();
        scenario
            .validate()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let reread = scenario_from_json(&scenario.to_json()).unwrap();
        assert_eq!(reread, scenario, "{name} must survive its own file format");
        let run = simulate(&scenario).unwrap();
        assert_eq!(run.fleet.len(), scenario.horizon_months as usize);
    }
    assert!(example("no-such-example").is_none());
    let generated = generated_fleet(50, 120);
    generated.validate().unwrap();
    assert_eq!(simulate(&generated).unwrap().cohorts.len(), 50);
}

#[test]
fn reference_data_carries_the_product_figures_and_their_sources() {
    let catalog = gpu_catalog();
    let h100 = catalog.iter().find(|k| k.id == "H100-SXM").unwrap();
    assert_eq!(
        (h100.kw_per_gpu.to_string(), h100.capex_per_gpu.to_string()),
        ("1.27".into(), "33750".into())
    );
    assert!(catalog.iter().all(|k| !k.source.is_empty()));
    let lives = useful_life_changes();
    assert!(lives
        .iter()
        .any(|l| l.company == "Microsoft" && l.disclosed_effect.contains("3.7B")));
    assert!(lives
        .iter()
        .any(|l| l.company == "Meta" && l.change.contains("5.5")));
    // The life a picker offers is the one the change's own words end on ("… → 6 years").
    for l in &lives {
        let years: f64 = l
            .change
            .trim_end_matches(" years")
            .trim_end_matches(" years for GPUs")
            .rsplit([' ', '→'])
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no life in {:?}", l.change));
        assert_eq!(f64::from(l.life_months), years * 12.0, "{}", l.change);
    }
}

#[test]
fn a_format_1_file_is_upgraded_with_reference_values() {
    let v1 = r#"{"format_version":1,"name":"Old plan","currency":"EUR","start_month":"2025-07","horizon_months":60,"fiscal_year_end_month":6}"#;
    let s = scenario_from_json(v1).unwrap();
    assert_eq!(s.format_version, 2);
    assert_eq!(
        (s.name.as_str(), s.horizon_months, s.fiscal_year_end_month),
        ("Old plan", 60, 6)
    );
    assert!(s.cohorts.is_empty());
    assert!(!s.catalog.is_empty());
}

#[test]
fn a_newer_format_is_refused_with_what_to_do() {
    let mut doc = burry();
    doc["format_version"] = json!(3);
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.issues[0].path, "format_version");
    assert!(
        err.issues[0].message.contains("newer Fleet Ledger"),
        "{err}"
    );
}

#[test]
fn a_bad_field_is_named_by_its_path() {
    let mut doc = burry();
    doc["cohorts"][0]["book"]["useful_life_months"] = json!(0);
    doc["cohorts"][0]["book"]["salvage_percent"] = json!("120");
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    let lines: Vec<String> = err.issues.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "cohorts[0].book.useful_life_months: is 0; must be between 1 and 600 months",
            "cohorts[0].book.salvage_percent: is 120; must be between 0 and 100 percent of cost (salvage above cost is not allowed)",
        ]
    );
    let mut doc = burry();
    doc["cohorts"][0]["quantity"] = json!("many");
    assert_eq!(paths(&doc.to_string()), ["cohorts[0].quantity"]);
    let mut doc = burry();
    doc["cohorts"][0]["unit_cost"] = json!(39000.5);
    assert_eq!(
        paths(&doc.to_string()),
        ["cohorts[0].unit_cost"],
        "money must be a string, never a JSON number"
    );
    let mut doc = burry();
    doc["cohorts"][0]["in_service"] = json!("2040-01");
    assert_eq!(paths(&doc.to_string()), ["cohorts[0].in_service"]);
    let mut doc = burry();
    doc["cohorts"][0]["sku"] = json!("TPU-v9");
    assert!(paths(&doc.to_string()).contains(&"cohorts[0].sku".to_owned()));
    let mut doc = burry();
    doc["surprise"] = json!(true);
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.issues[0].path, "surprise");
    assert!(
        err.issues[0]
            .message
            .contains("a field Fleet Ledger does not know"),
        "{err}"
    );
}

/// Issue 13: money given as a JSON number said "expected a Decimal type representing a
/// fixed-point number"; it now says to write it as text, and what was given.
#[test]
fn money_written_as_a_json_number_is_told_to_be_written_as_text() {
    let mut doc = burry();
    doc["cohorts"][0]["unit_cost"] = json!(39000);
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cohorts[0].unit_cost: is the number 39000; must be a decimal number written as text \
         in double quotes, e.g. \"39000\" or \"0.12\""
    );
}

/// Issue 14 names this one; the same rewording serves it: "invalid value: integer `-12`,
/// expected u32" says what is allowed now.
#[test]
fn a_negative_useful_life_says_what_is_allowed_in_plain_words() {
    let mut doc = burry();
    doc["cohorts"][0]["book"]["useful_life_months"] = json!(-12);
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cohorts[0].book.useful_life_months: is the number -12; must be a whole number from 0 \
         to 4,294,967,295"
    );
}

/// Issue 13: a file that starts with a byte-order mark (Notepad's UTF-8) was not JSON.
#[test]
fn a_file_with_a_byte_order_mark_is_read() {
    let text = format!("\u{feff}{}", burry());
    assert_eq!(
        scenario_from_json(&text).unwrap().name,
        "Burry vs Bernstein"
    );
}

/// Issue 13: names were trimmed when a scenario was created but not when it was imported.
#[test]
fn an_imported_name_is_trimmed_as_a_created_one_is() {
    let mut doc = burry();
    doc["name"] = json!("  FY27 plan \u{a0}");
    assert_eq!(
        scenario_from_json(&doc.to_string()).unwrap().name,
        "FY27 plan"
    );
}

/// Issue 13: a 40,000-character source note passed validation and failed the workbook, and
/// an unknown SKU against a large catalog listed the whole catalog in every message.
#[test]
fn text_fields_have_limits_and_messages_stay_short_whatever_the_input() {
    let mut doc = burry();
    doc["costs"]["source"] = json!("n".repeat(40_000));
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "costs.source: is 40,000 characters long; at most 1,000 are allowed"
    );
    let mut doc = burry();
    let sku = doc["catalog"][0].clone();
    let catalog: Vec<serde_json::Value> = (0..10_000)
        .map(|i| {
            let mut s = sku.clone();
            s["id"] = json!(format!("SKU-{i}"));
            s
        })
        .collect();
    doc["catalog"] = json!(catalog);
    doc["cohorts"][0]["sku"] = json!("x".repeat(5_000));
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    for issue in &err.issues {
        assert!(issue.message.chars().count() < 200, "{issue}");
    }
    assert!(
        err.issues[0].message.contains("10,000 in all"),
        "{}",
        err.issues[0]
    );
}

/// A million bad fields are counted past the first 500, not each kept with its message.
#[test]
fn a_file_with_thousands_of_problems_lists_the_first_500_and_counts_the_rest() {
    let mut doc = burry();
    let cohort = doc["cohorts"][0].clone();
    let cohorts: Vec<serde_json::Value> = (0..2_000)
        .map(|i| {
            let mut c = cohort.clone();
            c["id"] = json!(format!("c{i}"));
            c["quantity"] = json!(0);
            c
        })
        .collect();
    doc["cohorts"] = json!(cohorts);
    let err = scenario_from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.issues.len(), 501);
    assert_eq!(err.issues[500].path, "file");
    assert!(
        err.issues[500]
            .message
            .starts_with("has 1,500 more problems"),
        "{}",
        err.issues[500]
    );
}

#[test]
fn hostile_files_get_messages_not_panics() {
    assert_eq!(paths("not json at all"), ["file"]);
    assert_eq!(paths("[1,2,3]"), ["file"]);
    assert_eq!(paths("{}"), ["format_version"]);
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(paths(&deep), ["file"]);
    let huge = format!(
        "{{\"format_version\":2,\"name\":\"{}\"}}",
        "x".repeat(51 * 1024 * 1024)
    );
    let err = scenario_from_json(&huge).unwrap_err();
    assert!(err.issues[0].message.contains("at most 50 MB"), "{err}");
    let mut doc = burry();
    doc["name"] = json!("x".repeat(10_000));
    assert_eq!(paths(&doc.to_string()), ["name"]);
}

#[test]
fn names_that_look_like_markup_or_formulas_are_kept_as_plain_text() {
    for name in [
        "<script>alert(1)</script>",
        "=cmd|' /C calc'!A0",
        "#read(\"/etc/passwd\")",
    ] {
        let mut doc = burry();
        doc["name"] = json!(name);
        assert_eq!(scenario_from_json(&doc.to_string()).unwrap().name, name);
        assert_eq!(normalise_name(name).unwrap(), name);
    }
    assert_eq!(
        normalise_name("   ").unwrap_err().issues[0].message,
        "must not be empty"
    );
    assert!(normalise_name("a\nb").is_err());
}

#[test]
fn a_blank_scenario_uses_the_product_defaults() {
    let s = Scenario::blank("  Burry vs Bernstein ", YearMonth::new(2026, 1).unwrap()).unwrap();
    assert_eq!(
        (s.name.as_str(), s.horizon_months, s.fiscal_year_end_month),
        ("Burry vs Bernstein", 96, 12)
    );
    assert!(s.cohorts.is_empty());
}

#[test]
fn the_json_schema_describes_money_as_decimal_strings() {
    let schema: Value = serde_json::from_str(&json_schema()).unwrap();
    assert_eq!(schema["title"], "Scenario");
    let text = schema.to_string();
    assert!(text.contains("\"cohorts\""));
    assert!(
        text.contains(r#""pattern":"^-?\\d+(\\.\\d+)?$""#),
        "Decimal must be a string pattern"
    );
}

/// docs/scenario.schema.json is the published copy of the schema; this fails when it is stale.
/// Regenerate with `UPDATE_SCHEMA=1 cargo test -p fleet-ledger-engine --test scenario_files`.
#[test]
fn the_published_schema_in_docs_is_current() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/scenario.schema.json");
    let generated = json_schema() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == generated,
        "docs/scenario.schema.json is stale: regenerate it (see this test's comment)"
    );
}

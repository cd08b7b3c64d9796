//! Fuzzing on stable Rust (issue 13): structure-aware mutations of scenario files for the
//! parser and validator, and token soup for the formula parser of `fleet-ledger fn`. The
//! property is the same for every input: an answer (a scenario, a list of field issues, a
//! number or an Excel error), never a panic. A scenario the validator accepts must also run.
//!
//! The suite runs a short pass. The long run (docs/RELIABILITY.md):
//! `PROPTEST_CASES=100000 cargo test --release -p fleet-ledger-engine --test fuzz`.
//! An input that fails becomes a regression test below, named after the input.

use fleet_ledger_engine::excel::formula::evaluate;
use fleet_ledger_engine::fleet::simulate;
use fleet_ledger_engine::reference::{example, example_names};
use fleet_ledger_engine::scenario::scenario_from_json;
use proptest::prelude::*;
use serde_json::{json, Value};

/// A JSON value of the kinds hostile files hold: extremes, wrong types, deep and long.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        Just(json!(u64::MAX)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!("0")),
        Just(json!("-0.95")),
        Just(json!("1e15")),
        Just(json!("99999999999999999999999999999")),
        Just(json!("0.0000000000000000000000000001")),
        Just(json!("2026-13")),
        Just(json!("9999-12")),
        Just(json!("")),
        "\\PC{0,24}".prop_map(Value::from),
        "[0-9.\\-]{1,32}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// One edit of a document: a value replaced, a key removed, a key added, an array cleared
/// or an element duplicated, at a path chosen by `seed`.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
    Add(String, Value),
    Clear,
    Duplicate,
}

fn edit() -> impl Strategy<Value = (u64, Edit)> {
    (
        any::<u64>(),
        prop_oneof![
            4 => hostile_value().prop_map(Edit::Replace),
            1 => Just(Edit::Remove),
            1 => ("[a-z_]{1,12}", hostile_value()).prop_map(|(k, v)| Edit::Add(k, v)),
            1 => Just(Edit::Clear),
            1 => Just(Edit::Duplicate),
        ],
    )
}

/// Every node's path in `doc`, so an edit can pick one at random.
fn paths(doc: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match doc {
        Value::Object(map) => {
            for (k, v) in map {
                let mut p = here.clone();
                p.push(Value::from(k.as_str()));
                paths(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut p = here.clone();
                p.push(Value::from(i));
                paths(v, p, out);
            }
        }
        _ => {}
    }
}

fn node<'a>(doc: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(doc, |v, key| match key {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        _ => v,
    })
}

fn apply(doc: &mut Value, seed: u64, edit: &Edit) {
    let mut all = Vec::new();
    paths(doc, Vec::new(), &mut all);
    let path = &all[(seed % all.len() as u64) as usize];
    match edit {
        Edit::Replace(v) => *node(doc, path) = v.clone(),
        Edit::Remove => {
            if let Some((last, parent)) = path.split_last() {
                match (node(doc, parent), last) {
                    (Value::Object(map), Value::String(k)) => {
                        map.remove(k);
                    }
                    (Value::Array(items), Value::Number(i)) => {
                        items.remove(i.as_u64().unwrap() as usize);
                    }
                    _ => {}
                }
            }
        }
        Edit::Add(k, v) => {
            if let Value::Object(map) = node(doc, path) {
                map.insert(k.clone(), v.clone());
            }
        }
        Edit::Clear => {
            if let Value::Array(items) = node(doc, path) {
                items.clear();
            }
        }
        Edit::Duplicate => {
            if let Value::Array(items) = node(doc, path) {
                if let Some(first) = items.first().cloned() {
                    items.push(first);
                }
            }
        }
    }
}

/// The property: a parse gives a scenario or issues with paths; an accepted one runs.
fn parses_without_panic(text: &str) {
    match scenario_from_json(text) {
        Ok(scenario) => {
            simulate(&scenario).unwrap_or_else(|e| panic!("accepted but cannot run: {e}"));
        }
        Err(errors) => {
            assert!(!errors.issues.is_empty());
            for issue in &errors.issues {
                assert!(!issue.path.is_empty());
                assert!(issue.message.chars().count() <= 400, "{issue}");
            }
        }
    }
}

/// Pieces formulas are made of, and some that break them.
fn formula_token() -> impl Strategy<Value = String> {
    const FIXED: &[&str] = &[
        "=",
        "SLN",
        "SYD",
        "DDB",
        "DB",
        "VDB",
        "NPV",
        "IRR",
        "XNPV",
        "XIRR",
        "PMT",
        "PV",
        "FV",
        "(",
        ")",
        ",",
        "{",
        "}",
        ";",
        "-",
        "+",
        "1e308",
        "-1e308",
        "0",
        "0.5",
        "1E-320",
        "\"",
        "TRUE",
        " ",
        "%",
        "NaN",
        "inf",
        "9999999999",
    ];
    prop_oneof![
        4 => prop::sample::select(FIXED).prop_map(str::to_owned),
        1 => "[0-9]{1,12}",
        1 => "\\PC{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mutated_scenario_files_get_an_answer_not_a_panic(
        which in 0..example_names().len(),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let mut doc: Value =
            serde_json::from_str(&example(example_names()[which]).unwrap().to_json()).unwrap();
        for (seed, e) in &edits {
            apply(&mut doc, *seed, e);
        }
        parses_without_panic(&doc.to_string());
    }

    #[test]
    fn arbitrary_text_as_a_scenario_file_gets_an_answer_not_a_panic(text in "\\PC{0,200}") {
        parses_without_panic(&text);
    }

    #[test]
    fn formula_token_soup_gets_a_value_or_an_error_not_a_panic(
        tokens in prop::collection::vec(formula_token(), 0..24),
    ) {
        let text: String = tokens.concat();
        let _ = evaluate(&text);
    }
}

/// Found by the formula fuzzer: 10,000 parentheses overflowed the parser's stack and
/// aborted the process. Nesting past Excel's 64 levels is now a syntax error; 64 still work.
#[test]
fn fuzz_ten_thousand_open_parentheses_get_a_syntax_error_not_a_stack_overflow() {
    for text in [
        format!("=SLN({}1{},0,1)", "(".repeat(10_000), ")".repeat(10_000)),
        format!("={}1", "-".repeat(10_000)),
    ] {
        let err = evaluate(&text).unwrap_err();
        assert!(err.to_string().contains("nested more than 64"), "{err}");
    }
    let within = format!("={}2{}", "(".repeat(60), ")".repeat(60));
    assert_eq!(evaluate(&within).unwrap(), 2.0);
}

/// A scenario nested 10,000 deep: serde_json's recursion limit answers before the stack ends.
#[test]
fn a_scenario_file_nested_ten_thousand_deep_gets_an_answer() {
    parses_without_panic(&format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)));
    parses_without_panic(&format!(
        "{{\"format_version\":2,\"name\":{}1{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    ));
}

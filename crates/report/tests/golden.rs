//! What every shipped example exports, against the files it wrote before: results.json, the
//! fiscal-year and fiscal-quarter CSV, the monthly schedule CSV, the meeting pack's content (the
//! text and figures of every section, and each chart's drawing) and every cell of the workbook,
//! in English and Chinese. A refactoring of the report layer or the engine's views must leave
//! them as they are; a change meant to move a number regenerates them with
//! `UPDATE_GOLDEN=1 cargo test -p fleet-ledger-report --test golden` and shows the diff in review.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use fleet_ledger_engine::analysis::DEFAULT_SWING_PERCENT;
use fleet_ledger_engine::reference::{example, example_names};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{scenario_pack, PackOptions, PackSections};
use fleet_ledger_report::run::{
    fiscal_quarters_csv, fiscal_years_csv, scenario_results, schedule_csv, ScenarioResults,
};
use fleet_ledger_report::xlsx::workbook;
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn golden_dir(example: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(example)
}

/// FNV-1a, 64 bits: a stable digest for the files too long to keep whole (a chart's SVG, the
/// monthly schedule), written out in full beside the test when they differ.
fn digest(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x} ({} bytes)", bytes.len())
}

fn pack_content(report: &ScenarioResults, language: Language) -> String {
    let pack = scenario_pack(
        report,
        PackOptions {
            language,
            numbers: NumberStyle { parentheses: false },
            date: "2026-12-01".into(),
            sections: PackSections::ALL,
        },
    );
    let mut text = serde_json::to_string_pretty(&pack).unwrap();
    for (key, svg) in &pack.charts {
        let _ = write!(text, "\nchart {key}: {}", digest(svg.as_bytes()));
    }
    text.push('\n');
    text
}

fn workbook_cells(report: &ScenarioResults, language: Language) -> String {
    let bytes = workbook(report, language).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let _ = writeln!(text, "== {name}");
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect();
            let _ = writeln!(text, "{}", cells.join("\t"));
        }
    }
    text
}

/// The files of one example, by name.
fn exported(name: &str) -> Vec<(String, String)> {
    let scenario = example(name).unwrap();
    let report = scenario_results(&scenario)
        .and_then(|r| r.with_sensitivity(DEFAULT_SWING_PERCENT))
        .unwrap();
    let schedule = schedule_csv(&report);
    let mut files = vec![
        ("results.json".to_owned(), report.to_json() + "\n"),
        ("fiscal_years.csv".to_owned(), fiscal_years_csv(&report)),
        (
            "fiscal_quarters.csv".to_owned(),
            fiscal_quarters_csv(&report),
        ),
        (
            "schedule.csv.digest".to_owned(),
            digest(schedule.as_bytes()) + "\n",
        ),
    ];
    for (language, code) in [(Language::En, "en"), (Language::ZhCn, "zh")] {
        files.push((format!("pack.{code}.json"), pack_content(&report, language)));
        files.push((
            format!("workbook.{code}.tsv"),
            workbook_cells(&report, language),
        ));
    }
    files
}

#[test]
fn every_shipped_example_exports_what_it_exported_before() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let actual_root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-actual");
    let mut differing = Vec::new();
    for name in example_names() {
        let dir = golden_dir(name);
        for (file, text) in exported(name) {
            let path = dir.join(&file);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
                continue;
            }
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                let actual = actual_root.join(name).join(&file);
                std::fs::create_dir_all(actual.parent().unwrap()).unwrap();
                std::fs::write(&actual, &text).unwrap();
                differing.push(format!("{} (now: {})", path.display(), actual.display()));
            }
        }
    }
    assert!(
        differing.is_empty(),
        "exports differ from the golden files; diff them, and if the change is meant, \
         regenerate with UPDATE_GOLDEN=1:\n{}",
        differing.join("\n")
    );
}

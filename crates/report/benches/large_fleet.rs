//! Issue 13's target: a 10,000-cohort fleet (120 months) to the meeting pack and to the
//! workbook, each within 10 s and 500 MB of heap at its peak (every thread, `heap-peak`).
//! `cargo bench -p fleet-ledger-report --bench large_fleet` prints both.

use fleet_ledger_engine::reference::generated_fleet;
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{scenario_pack, PackOptions, PackSections};
use fleet_ledger_report::pdf::render_pdf;
use fleet_ledger_report::run::scenario_results;
use fleet_ledger_report::xlsx::workbook;
use heap_peak::PeakCounter;
use std::time::Instant;

#[global_allocator]
static HEAP: PeakCounter = PeakCounter::new();

fn main() {
    let (cohorts, months) = (10_000, 120);
    let scenario = generated_fleet(cohorts, months);
    let options = PackOptions {
        language: Language::En,
        numbers: NumberStyle { parentheses: true },
        date: "2026-12-01".into(),
        sections: PackSections::ALL,
    };
    let mb = |bytes: usize| bytes as f64 / 1e6;
    // What the CLI's `run --format pdf` and `--format xlsx` each do: the run, then the file.
    let started = Instant::now();
    let (pdf, heap) = HEAP.measure(|| {
        let report = scenario_results(&scenario).expect("a generated fleet is valid");
        render_pdf(&scenario_pack(&report, options.clone())).expect("the pack typesets")
    });
    println!(
        "meeting pack of {cohorts} cohorts x {months} months: {:?}, {:.1} MB of PDF, heap at its peak {:.1} MB",
        started.elapsed(),
        mb(pdf.len()),
        mb(heap.peak)
    );
    let started = Instant::now();
    let (xlsx, heap) = HEAP.measure(|| {
        let report = scenario_results(&scenario).expect("a generated fleet is valid");
        workbook(&report, Language::En).expect("the workbook is written")
    });
    println!(
        "workbook of {cohorts} cohorts x {months} months: {:?}, {:.1} MB of XLSX, heap at its peak {:.1} MB",
        started.elapsed(),
        mb(xlsx.len()),
        mb(heap.peak)
    );
}

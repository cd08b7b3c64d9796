//! Typesetting a long meeting pack: the comparison of the four shipped examples (each scenario
//! in full after the side-by-side pages; about 25 pages). `cargo bench -p fleet-ledger-report`.

use fleet_ledger_engine::analysis::compare_figures;
use fleet_ledger_engine::reference::{example, example_names};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{comparison_pack, PackOptions, PackSections};
use fleet_ledger_report::pdf::render_pdf;
use fleet_ledger_report::run::scenario_results;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn comparison_pack_of_four_scenarios(bencher: divan::Bencher) {
    let reports: Vec<_> = example_names()
        .iter()
        .map(|n| scenario_results(&example(n).unwrap()).unwrap())
        .collect();
    let comparison = compare_figures(reports.iter().map(|r| r.summary.clone()).collect());
    let options = PackOptions {
        language: Language::En,
        numbers: NumberStyle { parentheses: true },
        date: "2026-11-28".into(),
        sections: PackSections::ALL,
    };
    let pack = comparison_pack(&reports, &comparison, options);
    bencher.bench(|| render_pdf(divan::black_box(&pack)).map(|pdf| pdf.len()));
}

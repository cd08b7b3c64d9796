//! The comparison pack's own pages: the scenarios' key figures side by side and the chart
//! of their differences from the first.

use super::{chart_font, scenario_sections, Pack, PackOptions, Section, Writer};
use crate::charts::{grouped_bars, Series};
use crate::glossary::Term;
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::FigureComparison;

/// The pack for a comparison: the scenarios side by side, then each one in full.
pub fn comparison_pack(
    reports: &[ScenarioResults],
    comparison: &FigureComparison,
    o: PackOptions,
) -> Pack {
    let currency = reports
        .first()
        .map_or("USD".to_owned(), |r| format!("{:?}", r.scenario.currency));
    let language = o.language;
    let mut w = Writer::new(o, currency.clone());
    w.heading(w.term(Term::ScenariosSideBySide).to_owned());
    let columns = vec![
        w.term(Term::Scenario).to_owned(),
        w.term(Term::Npv).to_owned(),
        w.term(Term::DeltaNpv).to_owned(),
        w.term(Term::CumulativeEbit).to_owned(),
        w.term(Term::DeltaEbit).to_owned(),
        w.term(Term::FreeCashFlow).to_owned(),
        w.term(Term::Mwh).to_owned(),
    ];
    let rows = comparison
        .figures
        .iter()
        .zip(&comparison.deltas)
        .map(|(f, d)| {
            vec![
                f.name.clone(),
                w.k(f.npv),
                w.k(d.npv),
                w.k(f.cumulative_ebit),
                w.k(d.cumulative_ebit),
                w.k(f.cumulative_free_cash_flow),
                w.o.numbers.number(f.energy.mwh, 0),
            ]
        })
        .collect();
    let note = format!(
        "{}; {}",
        w.unit_note(),
        w.term(Term::DifferencesFromTheFirstNote)
    );
    w.sections.push(Section::Table {
        title: w.term(Term::KeyFigures).to_owned(),
        note,
        columns,
        rows,
    });
    let names: Vec<String> = comparison.figures.iter().map(|f| f.name.clone()).collect();
    let npv = Series {
        name: w.term(Term::DeltaNpv).to_owned(),
        values: comparison.deltas.iter().map(|d| d.npv).collect(),
    };
    let ebit = Series {
        name: w.term(Term::DeltaCumulativeEbit).to_owned(),
        values: comparison
            .deltas
            .iter()
            .map(|d| d.cumulative_ebit)
            .collect(),
    };
    let svg = grouped_bars(&names, &[npv, ebit], &currency, chart_font(language));
    w.chart(
        "comparison-deltas".into(),
        w.term(Term::DifferencesFromTheFirstChartTitle).to_owned(),
        svg,
    );
    for (i, report) in reports.iter().enumerate() {
        w.sections.push(Section::PageBreak);
        w.heading(report.scenario.name.clone());
        scenario_sections(&mut w, report, &format!("s{i}-"));
    }
    let title = w.term(Term::FleetLedgerScenarioComparison).to_owned();
    w.into_pack(title.clone(), names.join(" · "), names, title)
}

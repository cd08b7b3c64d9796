//! The pack's sensitivity pages: the tornado of NPV (a chart and its table) and the
//! break-even answers, from the engine's `SensitivityAnswers`.

use super::{chart_font, Section, Writer};
use crate::charts::{grouped_bars, Series};
use crate::glossary::{sentences, Term};
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::SensitivityAnswers;
use rust_decimal::Decimal;

/// The tornado chart shows the widest bars; the table lists every driver.
const CHARTED_DRIVERS: usize = 8;

pub(super) fn sensitivity_sections(w: &mut Writer, r: &ScenarioResults, key: &str) {
    let Some(answers) = &r.sensitivity else {
        return;
    };
    let lang = w.o.language;
    let percent = w.o.numbers.number(answers.percent, 0);
    w.sections.push(Section::PageBreak);
    w.heading(sentences::sensitivity_heading(lang, &percent));
    tornado_chart(w, answers, key);
    tornado_table(w, answers);
    break_even_table(w, answers);
}

fn tornado_chart(w: &mut Writer, answers: &SensitivityAnswers, key: &str) {
    let lang = w.o.language;
    let bars = &answers.tornado[..answers.tornado.len().min(CHARTED_DRIVERS)];
    let categories: Vec<String> = bars
        .iter()
        .map(|b| lang.driver(b.driver).to_owned())
        .collect();
    let thousand = Decimal::from(1000);
    let series = [
        Series {
            name: format!("−{} %", w.o.numbers.number(answers.percent, 0)),
            values: bars.iter().map(|b| b.npv_low_change / thousand).collect(),
        },
        Series {
            name: format!("+{} %", w.o.numbers.number(answers.percent, 0)),
            values: bars.iter().map(|b| b.npv_high_change / thousand).collect(),
        },
    ];
    let unit = sentences::tornado_axis(lang, &w.currency);
    let svg = grouped_bars(&categories, &series, &unit, chart_font(lang));
    let title = w.term(Term::TornadoChartTitle).to_owned();
    w.chart(format!("{key}tornado"), title, svg);
}

fn tornado_table(w: &mut Writer, answers: &SensitivityAnswers) {
    let lang = w.o.language;
    let rows = answers
        .tornado
        .iter()
        .map(|b| {
            vec![
                lang.driver(b.driver).to_owned(),
                w.k(b.npv_low),
                w.k(b.npv_high),
                w.k(b.npv_swing),
                w.k(b.cumulative_ebit_low),
                w.k(b.cumulative_ebit_high),
            ]
        })
        .collect();
    let columns = lang.tornado_columns();
    w.sections.push(Section::Table {
        title: w.term(Term::TornadoTableTitle).to_owned(),
        note: w.unit_note(),
        columns: columns.map(str::to_owned).to_vec(),
        rows,
    });
}

fn break_even_table(w: &mut Writer, answers: &SensitivityAnswers) {
    let lang = w.o.language;
    let rows = answers
        .break_even
        .iter()
        .map(|b| {
            let at = match b.multiple {
                Some(m) => {
                    let change = (m - Decimal::ONE) * Decimal::ONE_HUNDRED;
                    let sign = if change >= Decimal::ZERO { "+" } else { "−" };
                    format!(
                        "{}× ({sign}{} %)",
                        w.o.numbers.number(m, 2),
                        w.o.numbers.number(change.abs(), 0)
                    )
                }
                None => lang.no_break_even().to_owned(),
            };
            vec![
                lang.break_even_variable(b.variable).to_owned(),
                lang.break_even_target(b.target).to_owned(),
                w.k(b.current),
                at,
            ]
        })
        .collect();
    let columns = lang.break_even_columns();
    w.sections.push(Section::Table {
        title: w.term(Term::BreakEvenTitle).to_owned(),
        note: w.unit_note(),
        columns: columns.map(str::to_owned).to_vec(),
        rows,
    });
}

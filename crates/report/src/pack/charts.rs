//! The chart pages: EBIT under each book life, margin against depreciation by age, the
//! fleet's make-up and MW, and book against economic value. The charts a briefing deck also
//! shows are functions of their own.

use super::{chart_font, Section, Writer};
use crate::charts::{grouped_bars, lines, stacked_bars_with_line, Series};
use crate::glossary::{sentences, Term};
use crate::i18n::Language;
use crate::run::ScenarioResults;
use rust_decimal::Decimal;

/// EBIT by fiscal year under each book life compared (the Burry gap).
pub(crate) fn ebit_by_policy(r: &ScenarioResults, lang: Language, currency: &str) -> String {
    let pc = &r.policy_comparison;
    let fy_labels: Vec<String> = pc
        .years
        .iter()
        .map(|y| lang.fiscal_year_or_cumulative(y.fiscal_year))
        .collect();
    let series: Vec<Series> = pc
        .policies
        .iter()
        .enumerate()
        .map(|(i, p)| Series {
            name: lang.book_policy(p),
            values: pc.years.iter().map(|y| y.ebit[i]).collect(),
        })
        .collect();
    grouped_bars(&fy_labels, &series, currency, chart_font(lang))
}

/// One bar series: its name, and what it takes from a fiscal year's totals.
pub(crate) type YearLine = (
    Term,
    fn(&fleet_ledger_engine::fleet::ScheduleLine) -> Decimal,
);

/// Lines of each fiscal year's totals side by side, as bars: the key-figures slide's EBIT and
/// free cash flow, the impairment slide's losses, the energy slide's MWh.
pub(crate) fn by_fiscal_year(
    r: &ScenarioResults,
    lang: Language,
    unit: &str,
    lines: &[YearLine],
) -> String {
    let years: Vec<String> = r
        .fiscal_years
        .iter()
        .map(|y| lang.fiscal_year(y.fiscal_year))
        .collect();
    let series: Vec<Series> = lines
        .iter()
        .map(|(term, pick)| Series {
            name: term.text(lang).to_owned(),
            values: r.fiscal_years.iter().map(|y| pick(&y.totals)).collect(),
        })
        .collect();
    grouped_bars(&years, &series, unit, chart_font(lang))
}

/// GPUs in service at each year end by SKU, with the average MW drawn.
pub(crate) fn composition(r: &ScenarioResults, lang: Language) -> String {
    let composition = &r.composition;
    let stacks: Vec<Series> = composition
        .skus
        .iter()
        .enumerate()
        .map(|(k, sku)| Series {
            name: sku.clone(),
            values: composition
                .years
                .iter()
                .map(|y| Decimal::from(y.units_by_sku[k]))
                .collect(),
        })
        .collect();
    let mw = Series {
        name: Term::AverageMw.text(lang).to_owned(),
        values: composition.years.iter().map(|y| y.average_mw).collect(),
    };
    let labels: Vec<String> = composition
        .years
        .iter()
        .map(|y| lang.fiscal_year(y.fiscal_year))
        .collect();
    stacked_bars_with_line(
        &labels,
        &stacks,
        &mw,
        Term::Gpus.text(lang),
        "MW",
        chart_font(lang),
    )
}

/// Net book value against economic value over the model.
pub(crate) fn book_against_value(r: &ScenarioResults, lang: Language, currency: &str) -> String {
    let value_labels: Vec<String> = r
        .book_and_economic_value
        .iter()
        .map(|v| lang.fiscal_year(r.fiscal.fiscal_year(v.month)))
        .collect();
    lines(
        &value_labels,
        &[
            Series {
                name: Term::NetBookValue.text(lang).to_owned(),
                values: r.book_and_economic_value.iter().map(|v| v.nbv).collect(),
            },
            Series {
                name: Term::EconomicValueValueInUse.text(lang).to_owned(),
                values: r
                    .book_and_economic_value
                    .iter()
                    .map(|v| v.economic_value)
                    .collect(),
            },
        ],
        currency,
        chart_font(lang),
    )
}

pub(super) fn chart_sections(w: &mut Writer, r: &ScenarioResults, key: &str) {
    let lang = w.o.language;
    w.sections.push(Section::PageBreak);
    w.heading(w.term(Term::Charts).to_owned());
    let svg = ebit_by_policy(r, lang, &w.currency);
    w.chart(
        format!("{key}ebit-by-policy"),
        w.term(Term::EbitByPolicyChartTitle).to_owned(),
        svg,
    );

    if let Some(cohort) = r.margin_by_age.first() {
        let ages: Vec<String> = cohort
            .years
            .iter()
            .map(|y| sentences::year_of_service(lang, y.year_of_service))
            .collect();
        let svg = lines(
            &ages,
            &[
                Series {
                    name: w.term(Term::ContributionMarginPerGpuHour).to_owned(),
                    values: cohort.years.iter().map(|y| y.margin_per_gpu_hour).collect(),
                },
                Series {
                    name: w.term(Term::DepreciationPerGpuHour).to_owned(),
                    values: cohort
                        .years
                        .iter()
                        .map(|y| y.depreciation_per_gpu_hour)
                        .collect(),
                },
            ],
            &format!("{}/h", w.currency),
            chart_font(lang),
        );
        let title = sentences::margin_by_age_title(lang, &cohort.cohort_id);
        w.chart(format!("{key}margin-vs-depreciation"), title, svg);
    }

    let svg = composition(r, lang);
    w.chart(
        format!("{key}composition"),
        w.term(Term::CompositionChartTitle).to_owned(),
        svg,
    );
    let svg = book_against_value(r, lang, &w.currency);
    w.chart(
        format!("{key}nbv-vs-value"),
        w.term(Term::BookAgainstEconomicValueChartTitle).to_owned(),
        svg,
    );
}

//! The executive summary: the key figures and the sentences that state the findings,
//! ASC 250-10-50-4 disclosures included.

use super::{Section, Writer};
use crate::glossary::{sentences, Term};
use crate::i18n::Language;
use crate::run::ScenarioResults;
use fleet_ledger_engine::book::disclosure::ChangeInEstimateEffect;
use rust_decimal::Decimal;

pub(super) fn summary_section(w: &mut Writer, r: &ScenarioResults, first_fy: &str, last_fy: &str) {
    let s = &r.scenario;
    let lang = w.o.language;
    let k = &r.summary;
    w.heading(w.term(Term::ExecutiveSummary).to_owned());
    let mut figures = vec![
        [
            format!("{} ({})", w.term(Term::NetPresentValue), w.unit_note()),
            w.k(k.npv),
        ],
        [
            w.term(Term::InternalRateOfReturn).to_owned(),
            k.irr.map_or("—".into(), |r| w.o.numbers.percent(r)),
        ],
        [
            w.term(Term::Payback).to_owned(),
            k.payback
                .as_ref()
                .map_or("—".into(), |p| lang.month(p.month)),
        ],
        [
            format!("{} ({})", w.term(Term::CumulativeEbit), w.unit_note()),
            w.k(k.cumulative_ebit),
        ],
        [
            format!(
                "{} ({})",
                w.term(Term::CumulativeFreeCashFlow),
                w.unit_note()
            ),
            w.k(k.cumulative_free_cash_flow),
        ],
        [
            w.term(Term::EnergyMwh).to_owned(),
            w.o.numbers.number(k.energy.mwh, 0),
        ],
    ];
    figures.push([
        w.term(Term::AveragePowerMw).to_owned(),
        w.o.numbers.number(k.energy.average_mw, 1),
    ]);
    w.sections.push(Section::Figures { rows: figures });

    let currency = w.currency.as_str();
    let mut sentences = vec![sentences::earnings(
        lang,
        (first_fy, last_fy),
        currency,
        (
            &w.k(k.cumulative_ebit),
            &w.k(k.cumulative_free_cash_flow),
            &w.k(k.npv),
        ),
        &w.o.numbers.percent(s.valuation.discount_rate),
    )];
    let pc = &r.policy_comparison;
    if let (Some(first), Some(last)) = (pc.years.first(), pc.policies.len().checked_sub(1)) {
        sentences.push(sentences::burry_gap(
            lang,
            (
                &lang.book_policy(&pc.policies[last]),
                &lang.book_policy(&pc.policies[0]),
            ),
            &lang.fiscal_year_or_cumulative(first.fiscal_year),
            currency,
            &w.k(first.ebit_difference[last]),
        ));
    }
    if let (Some(d), Some(sentence)) = (&pc.disclosure, &pc.disclosure_sentence) {
        sentences.push(disclosure_sentence(w, d, sentence));
    }
    // The scenario's own changes in estimate, each disclosed in the year it takes effect.
    for change in &r.estimate_changes {
        sentences.push(disclosure_sentence(w, &change.effect, &change.sentence));
    }
    let economic_end = r
        .economic_lives
        .iter()
        .find(|e| e.economic_end.is_some())
        .map(|e| sentences::EconomicEnd {
            cohort: &e.cohort_id,
            month: e.economic_end.map(|m| lang.month(m)).unwrap_or_default(),
            after_months: e.economic_life_months.unwrap_or(0),
            book_life_months: e.book_life_months,
            write_off: w.k(e.implied_write_down),
        });
    sentences.push(sentences::economic_end(lang, currency, economic_end));
    let impaired: Decimal = r.fiscal_years.iter().map(|y| y.totals.impairment).sum();
    let written_down = (!impaired.is_zero()).then(|| w.k(impaired));
    sentences.push(sentences::impairment_total(
        lang,
        currency,
        written_down.as_deref(),
    ));
    sentences.push(sentences::energy(
        lang,
        &w.o.numbers.number(k.energy.mwh, 0),
        &w.o.numbers.number(k.energy.average_mw, 1),
        &w.o.numbers.number(k.energy.households, 0),
    ));
    w.sections.push(Section::Paragraphs { items: sentences });
}

/// An ASC 250-10-50-4 sentence in the pack's language: the engine's English one, or the same
/// figures in Chinese.
fn disclosure_sentence(w: &Writer, d: &ChangeInEstimateEffect, english: &str) -> String {
    let n = w.o.numbers;
    match w.o.language {
        Language::En => english.to_owned(),
        Language::ZhCn => sentences::disclosure_in_chinese(
            &w.currency,
            &sentences::DisclosureFigures {
                fiscal_year: w.o.language.fiscal_year(d.fiscal_year),
                depreciation_falls: d.depreciation_change <= Decimal::ZERO,
                depreciation_change: n.number(d.depreciation_change.abs(), 2),
                net_income_rises: d.net_income_change >= Decimal::ZERO,
                net_income_change: n.number(d.net_income_change.abs(), 2),
                per_share_change: (!d.per_share_below_a_cent)
                    .then(|| format!("{}{}", w.currency, n.number(d.per_share_change.abs(), 2))),
            },
        ),
    }
}

//! The executive summary: the key figures and the sentences that state the findings,
//! ASC 250-10-50-4 disclosures included.

use super::{Section, Writer};
use crate::glossary::Term;
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

    let mut sentences = Vec::new();
    sentences.push(match lang {
        Language::En => format!(
            "From {first_fy} to {last_fy} the fleet earns cumulative EBIT of {} {} thousand and free cash flow of {} {} thousand; its net present value at {} is {} {} thousand.",
            w.currency, w.k(k.cumulative_ebit), w.currency, w.k(k.cumulative_free_cash_flow), w.o.numbers.percent(s.valuation.discount_rate), w.currency, w.k(k.npv)
        ),
        Language::ZhCn => format!(
            "{first_fy}至{last_fy}，机群累计息税前利润为{}千{}，自由现金流为{}千{}；按{}折现的净现值为{}千{}。",
            w.k(k.cumulative_ebit), w.currency, w.k(k.cumulative_free_cash_flow), w.currency, w.o.numbers.percent(s.valuation.discount_rate), w.k(k.npv), w.currency
        ),
    });
    let pc = &r.policy_comparison;
    if let (Some(first), Some(last)) = (pc.years.first(), pc.policies.len().checked_sub(1)) {
        let gap = first.ebit_difference[last];
        let (longest, shortest) = (
            lang.book_policy(&pc.policies[last]),
            lang.book_policy(&pc.policies[0]),
        );
        let year = lang.fiscal_year_or_cumulative(first.fiscal_year);
        sentences.push(match lang {
            Language::En => format!(
                "Depreciating over {longest} instead of {shortest} raises {year} EBIT by {} {} thousand: the gap the 3-versus-6-year argument is about.",
                w.currency, w.k(gap)
            ),
            Language::ZhCn => format!(
                "按{longest}而非{shortest}计提折旧，{year}息税前利润增加{}千{}——这正是三年与六年折旧之争的差距。",
                w.k(gap), w.currency
            ),
        });
    }
    if let (Some(d), Some(sentence)) = (&pc.disclosure, &pc.disclosure_sentence) {
        sentences.push(disclosure_sentence(w, d, sentence));
    }
    // The scenario's own changes in estimate, each disclosed in the year it takes effect.
    for change in &r.estimate_changes {
        sentences.push(disclosure_sentence(w, &change.effect, &change.sentence));
    }
    let economic_ends: Vec<_> = r
        .economic_lives
        .iter()
        .filter(|e| e.economic_end.is_some())
        .collect();
    sentences.push(match (lang, economic_ends.first()) {
        (Language::En, Some(e)) => format!(
            "Cohort {} stops earning its keep in {} (after {} months) against a book life of {} months; cutting the life there would write off {} {} thousand.",
            e.cohort_id, e.economic_end.map(|m| lang.month(m)).unwrap_or_default(), e.economic_life_months.unwrap_or(0), e.book_life_months, w.currency, w.k(e.implied_write_down)
        ),
        (Language::ZhCn, Some(e)) => format!(
            "批次{}在{}（{}个月后）不再创造经济价值，而账面寿命为{}个月；若按此缩短寿命将核销{}千{}。",
            e.cohort_id, e.economic_end.map(|m| lang.month(m)).unwrap_or_default(), e.economic_life_months.unwrap_or(0), e.book_life_months, w.k(e.implied_write_down), w.currency
        ),
        (Language::En, None) => "No cohort's cash margin turns negative within the horizon: economic lives outlast it.".into(),
        (Language::ZhCn, None) => "在预测期内没有批次的现金利润转为负数：经济寿命长于预测期。".into(),
    });
    let impaired: Decimal = r.fiscal_years.iter().map(|y| y.totals.impairment).sum();
    sentences.push(match lang {
        Language::En if impaired.is_zero() => "No impairment test failed.".into(),
        Language::En => format!(
            "Impairment tests wrote down {} {} thousand in all.",
            w.currency,
            w.k(impaired)
        ),
        Language::ZhCn if impaired.is_zero() => "所有减值测试均通过。".into(),
        Language::ZhCn => format!("减值测试合计减记{}千{}。", w.k(impaired), w.currency),
    });
    sentences.push(match lang {
        Language::En => format!(
            "The fleet uses {} MWh, an average of {} MW: as much electricity as {} households.",
            w.o.numbers.number(k.energy.mwh, 0),
            w.o.numbers.number(k.energy.average_mw, 1),
            w.o.numbers.number(k.energy.households, 0)
        ),
        Language::ZhCn => format!(
            "机群用电{}兆瓦时，平均{}兆瓦，相当于{}户家庭的用电量。",
            w.o.numbers.number(k.energy.mwh, 0),
            w.o.numbers.number(k.energy.average_mw, 1),
            w.o.numbers.number(k.energy.households, 0)
        ),
    });
    w.sections.push(Section::Paragraphs { items: sentences });
}

/// An ASC 250-10-50-4 sentence in the pack's language: the engine's English one, or the same
/// figures in Chinese.
fn disclosure_sentence(w: &Writer, d: &ChangeInEstimateEffect, english: &str) -> String {
    match w.o.language {
        Language::En => english.to_owned(),
        Language::ZhCn => format!(
            "{}，该会计估计变更使折旧费用{}{}{}，净利润{}{}{}，每股摊薄收益变动{}。",
            w.o.language.fiscal_year(d.fiscal_year),
            if d.depreciation_change <= Decimal::ZERO {
                "减少"
            } else {
                "增加"
            },
            w.currency,
            w.o.numbers.number(d.depreciation_change.abs(), 2),
            if d.net_income_change >= Decimal::ZERO {
                "增加"
            } else {
                "减少"
            },
            w.currency,
            w.o.numbers.number(d.net_income_change.abs(), 2),
            if d.per_share_below_a_cent() {
                format!("不足{}0.01", w.currency)
            } else {
                format!(
                    "{}{}",
                    w.currency,
                    w.o.numbers.number(d.per_share_change.abs(), 2)
                )
            }
        ),
    }
}

//! The briefing deck as PDF (issue 18): a cover, then one 16:9 page a slide, from the same
//! findings and views the Briefing screen shows; every sentence worded and every figure
//! written here for the language, the charts drawn here. The template only lays it out.

use crate::charts::{grouped_bars, Series};
use crate::glossary::headlines::{caption, figure_in_sentence, headline, slide_title};
use crate::glossary::Term;
use crate::i18n::{Language, NumberStyle};
use crate::pack::chart_font;
use crate::pack::charts::{book_against_value, by_fiscal_year, composition, ebit_by_policy};
use crate::pdf::{typeset, PdfError};
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::{
    ComparedFigure, Headline, HeadlineValue, ScenarioComparison, SlideFinding, SlideKind,
};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

static TEMPLATE: &str = include_str!("../templates/deck.typ");

/// What a deck shows: a scenario's results or a comparison.
pub enum DeckSource<'a> {
    Scenario(&'a ScenarioResults),
    Comparison(&'a ScenarioComparison),
}

pub struct DeckRequest<'a> {
    pub source: DeckSource<'a>,
    pub findings: &'a [SlideFinding],
    /// The slides after the cover, in order.
    pub slides: &'a [SlideKind],
    /// Each scenario's name as the columns show it.
    pub names: Vec<String>,
    /// When each version shown was saved (UTC, to the minute): the cover says the figures are
    /// frozen to them.
    pub saved: Vec<String>,
    pub language: Language,
    pub numbers: NumberStyle,
}

#[derive(Serialize)]
struct Slide {
    kind: &'static str,
    headline: String,
    /// Each figure in large type and its caption.
    figures: Vec<[String; 2]>,
    chart: Option<String>,
}

#[derive(Serialize)]
struct Deck {
    lang: &'static str,
    product: &'static str,
    title: String,
    frozen: String,
    slides: Vec<Slide>,
}

/// The deck as a PDF: the cover and one page a slide.
pub fn deck_pdf(r: &DeckRequest) -> Result<Vec<u8>, PdfError> {
    let lang = r.language;
    let currency = match r.source {
        DeckSource::Scenario(s) => format!("{:?}", s.scenario.currency),
        DeckSource::Comparison(c) => format!("{:?}", c.currency),
    };
    let words = Words {
        lang,
        numbers: r.numbers,
        currency: &currency,
    };
    let mut charts = BTreeMap::new();
    let slides = r
        .slides
        .iter()
        .filter_map(|kind| r.findings.iter().find(|f| f.kind == *kind))
        .map(|finding| {
            let chart = slide_chart(r, finding.kind, &currency).map(|svg| {
                let key = format!("slide-{}", charts.len());
                charts.insert(key.clone(), svg);
                key
            });
            Slide {
                kind: slide_title(finding.kind, lang),
                headline: words.sentence(&finding.headline),
                figures: words.large(&finding.headline),
                chart,
            }
        })
        .collect();
    let deck = Deck {
        lang: lang.typst_tag(),
        product: lang.pick("Fleet Ledger briefing", "Fleet Ledger 简报"),
        title: r.names.join(" · "),
        frozen: match lang {
            Language::En => format!(
                "Figures frozen to the versions saved {} (UTC)",
                r.saved.join(" · ")
            ),
            Language::ZhCn => format!("数字已锁定为保存于{}（UTC）的版本", r.saved.join(" · ")),
        },
        slides,
    };
    let data = serde_json::to_value(&deck).map_err(|e| PdfError::new(e.to_string()))?;
    typeset(TEMPLATE, data, &charts)
}

/// The slide's chart, drawn as the pack draws it; none for a slide of figures alone.
fn slide_chart(r: &DeckRequest, kind: SlideKind, currency: &str) -> Option<String> {
    let lang = r.language;
    match r.source {
        DeckSource::Scenario(s) => match kind {
            SlideKind::PolicyComparison => Some(ebit_by_policy(s, lang, currency)),
            SlideKind::EconomicLife => Some(book_against_value(s, lang, currency)),
            SlideKind::Fleet => Some(composition(s, lang)),
            SlideKind::KeyFigures => Some(by_fiscal_year(
                s,
                lang,
                currency,
                &[
                    (Term::Ebit, |l| l.ebit),
                    (Term::FreeCashFlow, |l| l.free_cash_flow),
                ],
            )),
            SlideKind::Impairment => Some(by_fiscal_year(
                s,
                lang,
                currency,
                &[(Term::Impairment, |l| l.impairment)],
            )),
            // MWh: the schedule counts kWh.
            SlideKind::Energy => Some(by_fiscal_year(
                s,
                lang,
                "MWh",
                &[(Term::EnergyMwh, |l| l.energy_kwh / Decimal::ONE_THOUSAND)],
            )),
            _ => None,
        },
        DeckSource::Comparison(c) => {
            let (unit, pick): (
                &str,
                fn(&fleet_ledger_engine::analysis::ComparedYear) -> Decimal,
            ) = match kind {
                SlideKind::ComparedNpv => {
                    let npv = c.figures.iter().find(|f| f.figure == ComparedFigure::Npv)?;
                    let series = Series {
                        name: figure_in_sentence(ComparedFigure::Npv, lang).to_owned(),
                        values: npv.values.iter().map(|v| v.unwrap_or_default()).collect(),
                    };
                    return Some(grouped_bars(
                        &r.names,
                        &[series],
                        currency,
                        chart_font(lang),
                    ));
                }
                SlideKind::ComparedEbit => (currency, |y| y.ebit),
                SlideKind::ComparedCash => (currency, |y| y.cumulative_free_cash_flow),
                SlideKind::ComparedCapacity => {
                    (lang.pick("hours", "小时"), |y| y.h100_equivalent_hours)
                }
                SlideKind::ComparedEmissions => {
                    (lang.pick("tonnes CO₂e", "吨二氧化碳当量"), |y| {
                        y.emissions_tonnes
                    })
                }
                _ => return None,
            };
            let years: Vec<String> = c
                .fiscal_years
                .iter()
                .map(|y| lang.fiscal_year(*y))
                .collect();
            // Bars, not lines: a year outside a scenario's horizon is an absent bar.
            let series: Vec<Series> = c
                .scenarios
                .iter()
                .zip(&r.names)
                .map(|(s, name)| Series {
                    name: name.clone(),
                    values: s
                        .years
                        .iter()
                        .map(|y| y.as_ref().map(pick).unwrap_or_default())
                        .collect(),
                })
                .collect();
            Some(grouped_bars(&years, &series, unit, chart_font(lang)))
        }
    }
}

/// Headlines worded, and their values written, for one language.
struct Words<'a> {
    lang: Language,
    numbers: NumberStyle,
    currency: &'a str,
}

impl Words<'_> {
    fn money(&self, value: Decimal) -> String {
        let amount = self.numbers.compact(value, self.lang);
        match self.lang {
            Language::En => format!("{} {amount}", self.currency),
            Language::ZhCn => format!("{amount}{}", self.currency),
        }
    }

    fn figure_value(&self, figure: ComparedFigure, value: Decimal) -> String {
        use ComparedFigure::*;
        let lang = self.lang;
        match figure {
            Npv | CumulativeEbit | CumulativeFreeCashFlow => self.money(value),
            Irr => self.numbers.percent(value),
            PaybackMonths => format!(
                "{}{}",
                self.numbers.number(value, 0),
                lang.pick(" months", "个月")
            ),
            H100EquivalentHours => format!(
                "{} {}",
                self.numbers.compact(value, lang),
                lang.pick("hours", "小时")
            ),
            CostPerH100EquivalentHour => format!(
                "{} {}{}",
                self.numbers.number(value, 4),
                self.currency,
                lang.pick(" per hour", "/小时")
            ),
            Mwh => format!("{} MWh", self.numbers.compact(value, lang)),
            AverageMw => format!("{} MW", self.numbers.number(value, 1)),
            EmissionsTonnes => format!(
                "{} {}",
                self.numbers.compact(value, lang),
                lang.pick("tonnes CO₂e", "吨二氧化碳当量")
            ),
        }
    }

    /// One value as the screen writes it (ui/src/briefing/headline.ts).
    fn value(&self, v: &HeadlineValue) -> String {
        let lang = self.lang;
        match v {
            HeadlineValue::Money(m) => self.money(*m),
            HeadlineValue::Percent(p) => format!("{}%", self.numbers.number(*p, 1)),
            HeadlineValue::Multiple(m) => {
                format!("{}{}", self.numbers.number(*m, 1), lang.pick("×", "倍"))
            }
            HeadlineValue::FiscalYear(y) => lang.fiscal_year(*y),
            HeadlineValue::LifeMonths(m) if m % 12 == 0 => {
                format!("{}{}", m / 12, lang.pick("-year", "年"))
            }
            HeadlineValue::LifeMonths(m) => format!("{m}{}", lang.pick("-month", "个月")),
            HeadlineValue::Count(n) => self.numbers.number(Decimal::from(*n), 0),
            HeadlineValue::Megawatts(mw) => format!("{} MW", self.numbers.number(*mw, 1)),
            HeadlineValue::MegawattHours(mwh) => {
                format!("{} MWh", self.numbers.compact(*mwh, lang))
            }
            HeadlineValue::Name(name) => name.clone(),
            HeadlineValue::Figure(figure) => figure_in_sentence(*figure, lang).to_owned(),
            HeadlineValue::FigureValue { figure, value } => self.figure_value(*figure, *value),
        }
    }

    fn values<'h>(&self, h: &'h Headline) -> BTreeMap<&'h str, String> {
        h.values
            .iter()
            .map(|(name, v)| (name.as_str(), self.value(v)))
            .collect()
    }

    fn sentence(&self, h: &Headline) -> String {
        fill(headline(h.code, self.lang), &self.values(h))
    }

    fn large(&self, h: &Headline) -> Vec<[String; 2]> {
        let values = self.values(h);
        h.figures
            .iter()
            .filter_map(|name| {
                let value = values.get(name.as_str())?.clone();
                let words = caption(h.code, name, self.lang).unwrap_or_default();
                Some([value, fill(words, &values)])
            })
            .collect()
    }
}

/// `template` with each `{name}` replaced by its value; the values are text, never markup.
fn fill(template: &str, values: &BTreeMap<&str, String>) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

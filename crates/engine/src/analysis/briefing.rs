//! A briefing's findings in words (issue 18): for each slide of a scenario or a comparison,
//! the headline that states what its chart shows, made from the engine's own figures. A
//! headline is a code and typed values; the UI and the pack word it in the reader's language
//! (the glossary's `Headline.*` sentences), so no fixed text reaches a meeting.

use super::{FailedTests, ScenarioComparison, ScenarioResults};
use crate::analysis::ComparedFigure;
use crate::money::round_cents;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeMap;

/// What a slide shows: one key chart of the Results, or of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SlideKind {
    KeyFigures,
    PolicyComparison,
    EconomicLife,
    Fleet,
    Impairment,
    Energy,
    ComparedNpv,
    ComparedEbit,
    ComparedCash,
    ComparedCapacity,
    ComparedEmissions,
}

/// A scenario's slides, in the order a new deck shows them.
pub const SCENARIO_SLIDES: [SlideKind; 6] = [
    SlideKind::KeyFigures,
    SlideKind::PolicyComparison,
    SlideKind::EconomicLife,
    SlideKind::Fleet,
    SlideKind::Impairment,
    SlideKind::Energy,
];

/// A comparison's slides, in the order a new deck shows them.
pub const COMPARISON_SLIDES: [SlideKind; 5] = [
    SlideKind::ComparedNpv,
    SlideKind::ComparedEbit,
    SlideKind::ComparedCash,
    SlideKind::ComparedCapacity,
    SlideKind::ComparedEmissions,
];

/// The sentence a headline is worded with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum HeadlineCode {
    WorthAndPayback,
    WorthNeverPaysBack,
    LongerLifeRaisesEbit,
    LongerLifeLowersEbit,
    /// The first policy's EBIT is zero: no percentage to give.
    LongerLifeEbitFromZero,
    LivesLeaveEbit,
    MarginEndsBeforeBookLife,
    EveryCohortEarnsItsBookLife,
    PeakPowerAgainstCap,
    PeakPower,
    ImpairmentsWriteDown,
    NoImpairment,
    EnergyAsHouseholds,
    BestAgainstBase,
    BaseIsBest,
    NoneBeatsBase,
}

impl HeadlineCode {
    /// Every code, for the catalogs that word them (the report's glossary is exhaustive over
    /// the enum; this list is checked against it there).
    pub const ALL: &'static [HeadlineCode] = &[
        HeadlineCode::WorthAndPayback,
        HeadlineCode::WorthNeverPaysBack,
        HeadlineCode::LongerLifeRaisesEbit,
        HeadlineCode::LongerLifeLowersEbit,
        HeadlineCode::LongerLifeEbitFromZero,
        HeadlineCode::LivesLeaveEbit,
        HeadlineCode::MarginEndsBeforeBookLife,
        HeadlineCode::EveryCohortEarnsItsBookLife,
        HeadlineCode::PeakPowerAgainstCap,
        HeadlineCode::PeakPower,
        HeadlineCode::ImpairmentsWriteDown,
        HeadlineCode::NoImpairment,
        HeadlineCode::EnergyAsHouseholds,
        HeadlineCode::BestAgainstBase,
        HeadlineCode::BaseIsBest,
        HeadlineCode::NoneBeatsBase,
    ];
}

/// A value a headline names, typed so each reader writes it in its language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum HeadlineValue {
    /// An amount in the scenario's currency, to the cent.
    Money(Decimal),
    /// A percentage, 18.52 for 18.52 %.
    Percent(Decimal),
    /// How many times a comparator, 25.2 for 25.2×.
    Multiple(Decimal),
    FiscalYear(i32),
    /// A useful life in months (written "6-year" when whole years).
    LifeMonths(u32),
    Count(u32),
    Megawatts(Decimal),
    MegawattHours(Decimal),
    /// A scenario's name.
    Name(String),
    /// A compared key figure's name.
    Figure(ComparedFigure),
    /// A compared key figure's value, written as that figure is.
    FigureValue {
        figure: ComparedFigure,
        value: Decimal,
    },
}

/// A slide's finding: the sentence of `code` with `values` in it; `figures` names the values
/// the slide also shows in large type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Headline {
    pub code: HeadlineCode,
    pub values: BTreeMap<String, HeadlineValue>,
    pub figures: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SlideFinding {
    pub kind: SlideKind,
    pub headline: Headline,
}

/// GPT-4's reported training energy, MWh (PRODUCT.md §2.3): the comparator of the energy slide.
pub const GPT4_TRAINING_MWH: Decimal = dec!(42400);

fn headline<const N: usize>(
    code: HeadlineCode,
    values: [(&str, HeadlineValue); N],
    figures: &[&str],
) -> Headline {
    Headline {
        code,
        values: values.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        figures: figures.iter().map(|f| (*f).to_owned()).collect(),
    }
}

/// The headline of each of a scenario's slides (all of [`SCENARIO_SLIDES`]), from its
/// results; `results` must hold every cohort (not [`ScenarioResults::for_screen`]'s cut).
pub fn scenario_findings(r: &ScenarioResults) -> Vec<SlideFinding> {
    SCENARIO_SLIDES
        .iter()
        .map(|kind| SlideFinding {
            kind: *kind,
            headline: match kind {
                SlideKind::KeyFigures => worth(r),
                SlideKind::PolicyComparison => burry_gap(r),
                SlideKind::EconomicLife => economic_life(r),
                SlideKind::Fleet => peak_power(r),
                SlideKind::Impairment => impairment(r),
                _ => energy(r),
            },
        })
        .collect()
}

fn worth(r: &ScenarioResults) -> Headline {
    let k = &r.summary;
    let npv = ("npv", HeadlineValue::Money(k.npv));
    let rate = (
        "rate",
        HeadlineValue::Percent(r.scenario.valuation.discount_rate * Decimal::ONE_HUNDRED),
    );
    match &k.payback {
        Some(p) => headline(
            HeadlineCode::WorthAndPayback,
            [npv, rate, ("months", HeadlineValue::Count(p.months))],
            &["npv", "months"],
        ),
        None => headline(HeadlineCode::WorthNeverPaysBack, [npv, rate], &["npv"]),
    }
}

/// The Burry gap in the first fiscal year: the longest life compared against the shortest
/// (the first policy is the base of the comparison's differences).
fn burry_gap(r: &ScenarioResults) -> Headline {
    let pc = &r.policy_comparison;
    let last = pc.policies.len().saturating_sub(1);
    let Some(year) = pc.years.first() else {
        let first = r.fiscal_years.first().map_or(0, |p| p.fiscal_year);
        return headline(
            HeadlineCode::LivesLeaveEbit,
            [("year", HeadlineValue::FiscalYear(first))],
            &[],
        );
    };
    let fiscal_year = (
        "year",
        HeadlineValue::FiscalYear(year.fiscal_year.unwrap_or_default()),
    );
    let difference = year.ebit_difference.get(last).copied().unwrap_or_default();
    if difference.is_zero() || last == 0 {
        return headline(HeadlineCode::LivesLeaveEbit, [fiscal_year], &[]);
    }
    let lives = [
        (
            "longer",
            HeadlineValue::LifeMonths(pc.policies[last].useful_life_months),
        ),
        (
            "shorter",
            HeadlineValue::LifeMonths(pc.policies[0].useful_life_months),
        ),
        fiscal_year,
    ];
    let Some(percent) = year.difference_percent_of_ebit.get(last).copied().flatten() else {
        let [longer, shorter, fiscal_year] = lives;
        let amount = ("amount", HeadlineValue::Money(difference));
        return headline(
            HeadlineCode::LongerLifeEbitFromZero,
            [longer, shorter, fiscal_year, amount],
            &["amount"],
        );
    };
    let code = if difference > Decimal::ZERO {
        HeadlineCode::LongerLifeRaisesEbit
    } else {
        HeadlineCode::LongerLifeLowersEbit
    };
    let [longer, shorter, fiscal_year] = lives;
    headline(
        code,
        [
            longer,
            shorter,
            fiscal_year,
            ("amount", HeadlineValue::Money(difference.abs())),
            ("percent", HeadlineValue::Percent(percent.abs())),
        ],
        &["amount", "percent"],
    )
}

fn economic_life(r: &ScenarioResults) -> Headline {
    let all = r.economic_lives.len() as u32;
    let short: Vec<_> = r
        .economic_lives
        .iter()
        .filter(|e| {
            e.economic_life_months
                .is_some_and(|m| m < e.book_life_months)
        })
        .collect();
    if short.is_empty() {
        return headline(
            HeadlineCode::EveryCohortEarnsItsBookLife,
            [("all", HeadlineValue::Count(all))],
            &["all"],
        );
    }
    let write_down: Decimal = short.iter().map(|e| e.implied_write_down).sum();
    headline(
        HeadlineCode::MarginEndsBeforeBookLife,
        [
            ("short", HeadlineValue::Count(short.len() as u32)),
            ("all", HeadlineValue::Count(all)),
            ("write_down", HeadlineValue::Money(write_down)),
        ],
        &["short", "write_down"],
    )
}

/// The year the fleet draws most, and that against the site's cap.
fn peak_power(r: &ScenarioResults) -> Headline {
    let c = &r.composition;
    let peak = c
        .years
        .iter()
        .max_by(|a, b| a.average_mw.cmp(&b.average_mw));
    let (mw, year) = peak.map_or((Decimal::ZERO, 0), |y| {
        (y.average_mw.round_dp(1), y.fiscal_year)
    });
    let mw_value = ("mw", HeadlineValue::Megawatts(mw));
    let fiscal_year = ("year", HeadlineValue::FiscalYear(year));
    match c.power_cap_mw.filter(|cap| !cap.is_zero()) {
        Some(cap) => headline(
            HeadlineCode::PeakPowerAgainstCap,
            [
                mw_value,
                fiscal_year,
                ("cap", HeadlineValue::Megawatts(cap)),
                (
                    "percent",
                    HeadlineValue::Percent(round_cents(mw / cap * Decimal::ONE_HUNDRED)),
                ),
            ],
            &["mw", "percent"],
        ),
        None => headline(HeadlineCode::PeakPower, [mw_value, fiscal_year], &["mw"]),
    }
}

fn impairment(r: &ScenarioResults) -> Headline {
    let (failed, loss) = match &r.impairment.failed {
        FailedTests::Listed { tests } => (tests.len() as u32, tests.iter().map(|t| t.loss).sum()),
        FailedTests::Grouped { groups } => (
            groups.iter().map(|g| g.failed_tests).sum(),
            groups.iter().map(|g| g.loss).sum(),
        ),
    };
    let tests = ("tests", HeadlineValue::Count(failed + r.impairment.passed));
    if failed == 0 {
        return headline(HeadlineCode::NoImpairment, [tests], &["tests"]);
    }
    headline(
        HeadlineCode::ImpairmentsWriteDown,
        [
            ("failed", HeadlineValue::Count(failed)),
            tests,
            ("loss", HeadlineValue::Money(loss)),
        ],
        &["failed", "loss"],
    )
}

fn energy(r: &ScenarioResults) -> Headline {
    let e = &r.summary.energy;
    headline(
        HeadlineCode::EnergyAsHouseholds,
        [
            ("mwh", HeadlineValue::MegawattHours(e.mwh.round())),
            (
                "households",
                HeadlineValue::Count(e.households.try_into().unwrap_or(u32::MAX)),
            ),
            (
                "training_multiple",
                HeadlineValue::Multiple((e.mwh / GPT4_TRAINING_MWH).round_dp(1)),
            ),
        ],
        &["mwh", "households"],
    )
}

/// The headline of each of a comparison's slides (all of [`COMPARISON_SLIDES`]): which
/// scenario does best on the slide's figure, and by how much against the base (or, when the
/// base does best, against the runner-up).
pub fn comparison_findings(c: &ScenarioComparison) -> Vec<SlideFinding> {
    COMPARISON_SLIDES
        .iter()
        .map(|kind| {
            let figure = match kind {
                SlideKind::ComparedNpv => ComparedFigure::Npv,
                SlideKind::ComparedEbit => ComparedFigure::CumulativeEbit,
                SlideKind::ComparedCash => ComparedFigure::CumulativeFreeCashFlow,
                SlideKind::ComparedCapacity => ComparedFigure::H100EquivalentHours,
                _ => ComparedFigure::EmissionsTonnes,
            };
            SlideFinding {
                kind: *kind,
                headline: best_of(c, figure),
            }
        })
        .collect()
}

fn best_of(c: &ScenarioComparison, figure: ComparedFigure) -> Headline {
    let values: Vec<(usize, Decimal)> = c
        .figures
        .iter()
        .find(|r| r.figure == figure)
        .map(|r| {
            r.values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (i, v)))
                .collect()
        })
        .unwrap_or_default();
    let lower_is_better = figure == ComparedFigure::EmissionsTonnes;
    let mut ranked = values.clone();
    // Best first; a tie keeps the scenarios' order, so the base wins it.
    ranked.sort_by(|a, b| {
        if lower_is_better {
            a.1.cmp(&b.1)
        } else {
            b.1.cmp(&a.1)
        }
    });
    let name = |i: usize| HeadlineValue::Name(c.scenarios[i].name.clone());
    let value = |v: Decimal| HeadlineValue::FigureValue { figure, value: v };
    let figure_name = ("figure", HeadlineValue::Figure(figure));
    let none_better = || {
        headline(
            HeadlineCode::NoneBeatsBase,
            [figure_name.clone(), ("base", name(0))],
            &[],
        )
    };
    let (Some(best), Some(base)) = (
        ranked.first().copied(),
        values.iter().find(|(i, _)| *i == 0).copied(),
    ) else {
        return none_better();
    };
    let runner_up = ranked.iter().find(|(i, _)| *i != best.0).copied();
    match (best.0, runner_up) {
        (0, Some(next)) if next.1 != best.1 => headline(
            HeadlineCode::BaseIsBest,
            [
                figure_name,
                ("base", name(0)),
                ("amount", value(best.1)),
                ("next", name(next.0)),
                ("margin", value((best.1 - next.1).abs())),
            ],
            &["amount", "margin"],
        ),
        (0, _) => none_better(),
        (i, _) => headline(
            HeadlineCode::BestAgainstBase,
            [
                figure_name,
                ("best", name(i)),
                ("amount", value(best.1)),
                ("base", name(0)),
                ("margin", value((best.1 - base.1).abs())),
            ],
            &["amount", "margin"],
        ),
    }
}

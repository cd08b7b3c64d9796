//! Two to four scenarios side by side (PRODUCT.md §2.3, the mix comparison): each key figure
//! with its difference from the first scenario, absolute and in per cent, judged better or
//! worse; and each scenario's fiscal years aligned on one axis for the overlaid charts.

use super::policy_comparison::net_income;
use super::summary::{summarise_fleet, KeyFigures};
use crate::fleet::{by_fiscal_year, simulate_fleet, ScheduleLine};
use crate::money::round_cents;
use crate::scenario::{Currency, Scenario};
use crate::validation::{FieldIssue, Issue, IssueCode, ValidationErrors};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Fewest and most scenarios a comparison holds: the screen and the pack lay out at most four
/// side by side.
pub const MIN_COMPARED_SCENARIOS: usize = 2;
pub const MAX_COMPARED_SCENARIOS: usize = 4;

/// A key figure the comparison lines up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ComparedFigure {
    Npv,
    Irr,
    PaybackMonths,
    CumulativeEbit,
    CumulativeFreeCashFlow,
    H100EquivalentHours,
    CostPerH100EquivalentHour,
    Mwh,
    AverageMw,
    EmissionsTonnes,
}

impl ComparedFigure {
    /// Which way is better for the business: more value, earnings, cash and capacity; less
    /// cost per hour, waiting for payback and emissions. Energy and power are what the fleet
    /// needs, neither good nor bad in themselves.
    fn better(self) -> Option<Direction> {
        use ComparedFigure::*;
        match self {
            Npv | Irr | CumulativeEbit | CumulativeFreeCashFlow | H100EquivalentHours => {
                Some(Direction::Higher)
            }
            PaybackMonths | CostPerH100EquivalentHour | EmissionsTonnes => Some(Direction::Lower),
            Mwh | AverageMw => None,
        }
    }

    fn of(self, k: &KeyFigures) -> Option<Decimal> {
        use ComparedFigure::*;
        match self {
            Npv => Some(k.npv),
            Irr => k.irr,
            PaybackMonths => k.payback.as_ref().map(|p| Decimal::from(p.months)),
            CumulativeEbit => Some(k.cumulative_ebit),
            CumulativeFreeCashFlow => Some(k.cumulative_free_cash_flow),
            H100EquivalentHours => Some(k.h100_equivalent_hours),
            CostPerH100EquivalentHour => Some(k.cost_per_h100_equivalent_hour),
            Mwh => Some(k.energy.mwh),
            AverageMw => Some(k.energy.average_mw),
            EmissionsTonnes => Some(k.emissions_tonnes),
        }
    }
}

/// The order the Compare screen lists the figures in.
pub const COMPARED_FIGURES: [ComparedFigure; 10] = [
    ComparedFigure::Npv,
    ComparedFigure::Irr,
    ComparedFigure::PaybackMonths,
    ComparedFigure::CumulativeEbit,
    ComparedFigure::CumulativeFreeCashFlow,
    ComparedFigure::H100EquivalentHours,
    ComparedFigure::CostPerH100EquivalentHour,
    ComparedFigure::Mwh,
    ComparedFigure::AverageMw,
    ComparedFigure::EmissionsTonnes,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Higher,
    Lower,
}

/// How a scenario's figure reads against the first scenario's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    Better,
    Worse,
    Same,
    /// The figure is neither better nor worse higher (energy), or one side has no value.
    NotJudged,
}

/// One key figure across the scenarios, in their order; the first scenario is the base.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureRow {
    pub figure: ComparedFigure,
    /// None where the scenario has no such figure (no IRR, never paid back).
    pub values: Vec<Option<Decimal>>,
    /// value − the first scenario's value (zero for the first).
    pub deltas: Vec<Option<Decimal>>,
    /// delta as a percentage of |the first scenario's value|, to 2 places; none when that is 0.
    pub delta_percents: Vec<Option<Decimal>>,
    pub judgements: Vec<Judgement>,
}

/// One fiscal year of one scenario, the points of the overlaid charts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ComparedYear {
    pub ebit: Decimal,
    /// EBIT × (1 − tax rate), as the policy comparison has it.
    pub net_income: Decimal,
    pub free_cash_flow: Decimal,
    /// Free cash flow from the model's start to the year's end.
    pub cumulative_free_cash_flow: Decimal,
    pub h100_equivalent_hours: Decimal,
    /// (Cash cost + depreciation) per H100-equivalent hour sold; none when none were sold.
    pub cost_per_h100_equivalent_hour: Option<Decimal>,
    /// Average facility power drawn over the year.
    pub average_mw: Decimal,
    pub mwh: Decimal,
    pub emissions_tonnes: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ComparedScenario {
    pub name: String,
    pub power_cap_mw: Option<Decimal>,
    /// Aligned with [`ScenarioComparison::fiscal_years`]; none for a year outside this
    /// scenario's horizon.
    pub years: Vec<Option<ComparedYear>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ScenarioComparison {
    /// The one currency of every figure (scenarios in different currencies are refused).
    pub currency: Currency,
    pub scenarios: Vec<ComparedScenario>,
    /// Every fiscal year any of the scenarios covers, in order.
    pub fiscal_years: Vec<i32>,
    pub figures: Vec<FigureRow>,
}

/// Runs each scenario once and lines them up; the first is the base of the differences.
/// Issues of the n-th scenario carry the path prefix `scenarios[n]`.
pub fn compare_scenarios(scenarios: &[Scenario]) -> Result<ScenarioComparison, ValidationErrors> {
    let count = scenarios.len();
    if !(MIN_COMPARED_SCENARIOS..=MAX_COMPARED_SCENARIOS).contains(&count) {
        return Err(ValidationErrors::single(
            "scenarios",
            Issue::new(IssueCode::ComparedCount)
                .with("given", count)
                .with("min", MIN_COMPARED_SCENARIOS)
                .with("max", MAX_COMPARED_SCENARIOS),
        ));
    }
    let currency = scenarios[0].currency;
    if let Some((i, other)) = scenarios
        .iter()
        .enumerate()
        .find(|(_, s)| s.currency != currency)
    {
        return Err(ValidationErrors::single(
            format!("scenarios[{i}].currency"),
            Issue::new(IssueCode::CurrenciesDiffer)
                .with("given", format!("{:?}", other.currency))
                .with("base", format!("{currency:?}")),
        ));
    }
    // Two to four independent runs: one thread each.
    let runs: Vec<Result<Run, ValidationErrors>> = std::thread::scope(|scope| {
        let handles: Vec<_> = scenarios
            .iter()
            .map(|s| scope.spawn(move || run(s)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a comparison run panicked"))
            .collect()
    });
    let mut done = Vec::with_capacity(count);
    let mut issues = Vec::new();
    for (i, r) in runs.into_iter().enumerate() {
        match r {
            Ok(run) => done.push(run),
            Err(e) => issues.extend(e.issues.into_iter().map(|f| {
                let path = format!("scenarios[{i}].{}", f.path);
                FieldIssue::at(f, path)
            })),
        }
    }
    if !issues.is_empty() {
        return Err(ValidationErrors { issues });
    }
    let mut fiscal_years: Vec<i32> = done
        .iter()
        .flat_map(|r| r.years.iter().map(|(y, _)| *y))
        .collect();
    fiscal_years.sort_unstable();
    fiscal_years.dedup();
    let figures = COMPARED_FIGURES
        .iter()
        .map(|figure| {
            figure_row(
                *figure,
                done.iter().map(|r| figure.of(&r.figures)).collect(),
            )
        })
        .collect();
    let scenarios = scenarios
        .iter()
        .zip(done)
        .map(|(s, r)| ComparedScenario {
            name: s.name.clone(),
            power_cap_mw: s.site.as_ref().map(|site| site.power_cap_mw),
            years: fiscal_years
                .iter()
                .map(|fy| {
                    r.years
                        .iter()
                        .find(|(y, _)| y == fy)
                        .map(|(_, v)| v.clone())
                })
                .collect(),
        })
        .collect();
    Ok(ScenarioComparison {
        currency,
        scenarios,
        fiscal_years,
        figures,
    })
}

struct Run {
    figures: KeyFigures,
    years: Vec<(i32, ComparedYear)>,
}

fn run(s: &Scenario) -> Result<Run, ValidationErrors> {
    let fiscal = s.fiscal_calendar()?;
    let fleet = simulate_fleet(s)?;
    let figures = summarise_fleet(s, &fleet)?;
    let mut cumulative = Decimal::ZERO;
    let years = by_fiscal_year(&fleet, fiscal)
        .into_iter()
        .map(|p| {
            let t: &ScheduleLine = &p.totals;
            cumulative += t.free_cash_flow;
            let cost = t.cash_cost + t.book_depreciation;
            let year = ComparedYear {
                ebit: t.ebit,
                net_income: net_income(t.ebit, s.valuation.tax_rate),
                free_cash_flow: t.free_cash_flow,
                cumulative_free_cash_flow: cumulative,
                h100_equivalent_hours: t.h100_equivalent_hours,
                cost_per_h100_equivalent_hour: (!t.h100_equivalent_hours.is_zero())
                    .then(|| cost / t.h100_equivalent_hours),
                average_mw: t.kw_drawn / Decimal::ONE_THOUSAND,
                mwh: (t.energy_kwh / Decimal::ONE_THOUSAND).round_dp(3),
                emissions_tonnes: (t.emissions_kg / Decimal::ONE_THOUSAND).round_dp(3),
            };
            (p.fiscal_year, year)
        })
        .collect();
    Ok(Run { figures, years })
}

fn figure_row(figure: ComparedFigure, values: Vec<Option<Decimal>>) -> FigureRow {
    let base = values[0];
    let deltas: Vec<Option<Decimal>> = values.iter().map(|v| Some((*v)? - base?)).collect();
    let delta_percents = deltas
        .iter()
        .map(|d| {
            let base = base.filter(|b| !b.is_zero())?;
            Some(round_cents(d.as_ref()? / base.abs() * Decimal::ONE_HUNDRED))
        })
        .collect();
    let judgements = deltas
        .iter()
        .map(|d| match (d, figure.better()) {
            (Some(d), _) if d.is_zero() => Judgement::Same,
            (Some(d), Some(Direction::Higher)) if d.is_sign_positive() => Judgement::Better,
            (Some(d), Some(Direction::Lower)) if d.is_sign_negative() => Judgement::Better,
            (Some(_), Some(_)) => Judgement::Worse,
            _ => Judgement::NotJudged,
        })
        .collect();
    FigureRow {
        figure,
        values,
        deltas,
        delta_percents,
        judgements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn each_delta_is_measured_from_the_first_scenario_and_judged_by_the_figures_direction() {
        // 150 against 200 is −50, −25 % of the base; no value, no delta.
        let npv = figure_row(
            ComparedFigure::Npv,
            vec![Some(dec!(200)), Some(dec!(150)), None],
        );
        assert_eq!(npv.deltas, [Some(dec!(0)), Some(dec!(-50)), None]);
        assert_eq!(npv.delta_percents, [Some(dec!(0)), Some(dec!(-25)), None]);
        assert_eq!(
            npv.judgements,
            [Judgement::Same, Judgement::Worse, Judgement::NotJudged]
        );
        // Less cost per hour is better; a negative base is measured against its size.
        let cost = figure_row(
            ComparedFigure::CostPerH100EquivalentHour,
            vec![Some(dec!(-4)), Some(dec!(-5))],
        );
        assert_eq!(cost.delta_percents, [Some(dec!(0)), Some(dec!(-25))]);
        assert_eq!(cost.judgements, [Judgement::Same, Judgement::Better]);
        // Energy is what the fleet needs: neither better nor worse.
        let mwh = figure_row(ComparedFigure::Mwh, vec![Some(dec!(0)), Some(dec!(7))]);
        assert_eq!(
            mwh.delta_percents,
            [None, None],
            "no percentage of a zero base"
        );
        assert_eq!(mwh.judgements, [Judgement::Same, Judgement::NotJudged]);
    }
}

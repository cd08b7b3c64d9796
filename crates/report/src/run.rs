//! Everything `fleet-ledger run` and the app's export write for one scenario or a comparison,
//! computed once from the engine and rendered to each format asked for.

use crate::csv::{write_record, Cell};
use crate::schedule_csv;
use fleet_ledger_engine::analysis::{
    book_and_economic_value, compare_policies, compared_policies, economic_lives,
    estimate_change_disclosures, sensitivity_answers, summarise, BookAndEconomicValue,
    EconomicLife, EstimateChangeDisclosure, FigureComparison, KeyFigures, PolicyComparison,
    SensitivityAnswers,
};
use fleet_ledger_engine::calendar::FiscalCalendar;
use fleet_ledger_engine::fleet::{by_fiscal_year, simulate, FleetResult, Period};
use fleet_ledger_engine::scenario::Scenario;
use fleet_ledger_engine::ValidationErrors;
use rust_decimal::Decimal;
use serde::Serialize;

/// The results of one scenario, as the UI and every report read them.
#[derive(Debug, Serialize)]
pub struct ScenarioReport {
    pub scenario: Scenario,
    pub summary: KeyFigures,
    pub fiscal_years: Vec<Period>,
    pub policy_comparison: PolicyComparison,
    pub economic_lives: Vec<EconomicLife>,
    pub book_and_economic_value: Vec<BookAndEconomicValue>,
    /// The ASC 250-10-50-4 disclosure of each fiscal year in which one of the scenario's own
    /// changes in estimate takes effect.
    pub estimate_changes: Vec<EstimateChangeDisclosure>,
    /// The tornado and break-even answers, when asked for ([`ScenarioReport::with_sensitivity`]):
    /// they run the model dozens of times, so a quick export can leave them out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<SensitivityAnswers>,
    #[serde(skip)]
    pub result: FleetResult,
    /// The scenario's fiscal calendar, which every period of the reports follows.
    #[serde(skip)]
    pub fiscal: FiscalCalendar,
}

/// Runs the scenario and its analyses.
pub fn scenario_report(scenario: &Scenario) -> Result<ScenarioReport, ValidationErrors> {
    let result = simulate(scenario)?;
    let fiscal = scenario.fiscal_calendar()?;
    let policies = compared_policies(scenario);
    Ok(ScenarioReport {
        summary: summarise(scenario, &result)?,
        fiscal_years: by_fiscal_year(&result.fleet, fiscal),
        policy_comparison: compare_policies(scenario, &policies)?,
        economic_lives: economic_lives(scenario, &result),
        book_and_economic_value: book_and_economic_value(scenario, &result)?,
        estimate_changes: estimate_change_disclosures(scenario, &result.fleet)?,
        sensitivity: None,
        scenario: scenario.clone(),
        result,
        fiscal,
    })
}

impl ScenarioReport {
    /// The report with its tornado (± `percent` of every driver) and break-even answers.
    pub fn with_sensitivity(mut self, percent: Decimal) -> Result<Self, ValidationErrors> {
        self.sensitivity = Some(sensitivity_answers(&self.scenario, percent)?);
        Ok(self)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn schedule_csv(&self) -> String {
        schedule_csv::monthly_schedule(&self.result)
    }

    pub fn fiscal_years_csv(&self) -> String {
        schedule_csv::fiscal_years(&self.result, self.fiscal)
    }

    pub fn fiscal_quarters_csv(&self) -> String {
        schedule_csv::fiscal_quarters(&self.result, self.fiscal)
    }
}

/// Scenarios side by side (the mix comparison): one row per scenario, with the first as the
/// base for deltas.
pub fn comparison_csv(comparison: &FigureComparison) -> String {
    let mut out = String::new();
    let columns = [
        "scenario",
        "npv",
        "npv_delta",
        "irr",
        "cumulative_ebit",
        "cumulative_ebit_delta",
        "cumulative_free_cash_flow",
        "h100_equivalent_hours",
        "cost_per_h100_equivalent_hour",
        "mwh",
        "average_mw",
        "emissions_tonnes",
    ];
    write_record(&mut out, &columns.map(Cell::Text));
    for (s, delta) in comparison.figures.iter().zip(&comparison.deltas) {
        let irr = s.irr.map(|r| r.round_dp(6).to_string()).unwrap_or_default();
        write_record(
            &mut out,
            &[
                Cell::Text(&s.name),
                Cell::Number(s.npv),
                Cell::Number(delta.npv),
                Cell::Text(&irr),
                Cell::Number(s.cumulative_ebit),
                Cell::Number(delta.cumulative_ebit),
                Cell::Number(s.cumulative_free_cash_flow),
                Cell::Number(s.h100_equivalent_hours),
                Cell::Number(s.cost_per_h100_equivalent_hour),
                Cell::Number(s.energy.mwh),
                Cell::Number(s.energy.average_mw),
                Cell::Number(s.emissions_tonnes),
            ],
        );
    }
    out
}

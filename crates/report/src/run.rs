//! Everything `fleet-ledger run` and the app's export write for one scenario or a comparison:
//! the engine's results (`ScenarioResults`, computed once) as CSV.

use crate::csv::{write_record, Cell};
use crate::schedule_csv;
use fleet_ledger_engine::analysis::FigureComparison;
pub use fleet_ledger_engine::analysis::{scenario_results, ScenarioResults};

/// Every cohort's monthly schedule, then the fleet's.
pub fn schedule_csv(results: &ScenarioResults) -> String {
    schedule_csv::monthly_schedule(&results.result)
}

pub fn fiscal_years_csv(results: &ScenarioResults) -> String {
    schedule_csv::fiscal_years(&results.result, results.fiscal)
}

pub fn fiscal_quarters_csv(results: &ScenarioResults) -> String {
    schedule_csv::fiscal_quarters(&results.result, results.fiscal)
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

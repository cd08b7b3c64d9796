//! What the Fleet tab shows while the fleet is edited (issue 17): the key figures and each
//! fiscal year's totals, from one run of the model. None of the policy comparison's
//! re-booking or the other views, so an edit's answer arrives in the time of one run; the
//! figures are the Results' own, from the same functions.

use super::summary::{summarise, KeyFigures};
use crate::fleet::{by_fiscal_year, simulate, Period};
use crate::scenario::{Currency, Scenario};
use crate::validation::ValidationErrors;
use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, Serialize, Type)]
pub struct LiveFigures {
    pub summary: KeyFigures,
    /// Each fiscal year's totals, as the Results' `fiscal_years`.
    pub fiscal_years: Vec<Period>,
    pub currency: Currency,
}

/// The key figures and fiscal years of `scenario`, from one run of the model.
pub fn live_figures(scenario: &Scenario) -> Result<LiveFigures, ValidationErrors> {
    let result = simulate(scenario)?;
    let fiscal = scenario.fiscal_calendar()?;
    Ok(LiveFigures {
        summary: summarise(scenario, &result)?,
        fiscal_years: by_fiscal_year(&result.fleet, fiscal),
        currency: scenario.currency,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::scenario_results;
    use crate::reference::{example, example_names};

    #[test]
    fn the_live_figures_are_the_results_own_for_every_example() {
        for name in example_names() {
            let scenario = example(name).unwrap();
            let live = live_figures(&scenario).unwrap();
            let results = scenario_results(&scenario).unwrap();
            assert_eq!(
                serde_json::to_value(&live.summary).unwrap(),
                serde_json::to_value(&results.summary).unwrap(),
                "{name}"
            );
            assert_eq!(
                serde_json::to_value(&live.fiscal_years).unwrap(),
                serde_json::to_value(&results.fiscal_years).unwrap(),
                "{name}"
            );
        }
    }
}

//! Reference data shipped with Fleet Ledger (PRODUCT.md §4), each value with its source, and
//! the example scenarios built from it. Values are approximate: verify before relying.

mod catalog;
mod examples;
mod hyperscalers;
mod market;

pub use catalog::gpu_catalog;
pub use examples::{example, example_names, generated_fleet};
pub use hyperscalers::{useful_life_changes, UsefulLifeChange};
pub use market::{default_costs, default_market, default_policies, default_valuation};

use crate::calendar::YearMonth;
use crate::scenario::{Currency, Scenario, DEFAULT_HORIZON_MONTHS, SCENARIO_FORMAT_VERSION};

/// A scenario with the reference catalog, market, costs and policies and no cohorts: what a
/// new scenario starts from.
pub fn template(start_month: YearMonth) -> Scenario {
    Scenario {
        format_version: SCENARIO_FORMAT_VERSION,
        name: "New scenario".into(),
        currency: Currency::USD,
        start_month,
        horizon_months: DEFAULT_HORIZON_MONTHS,
        fiscal_year_end_month: 12,
        catalog: gpu_catalog(),
        cohorts: Vec::new(),
        market: default_market(),
        costs: default_costs(),
        site: None,
        policies: default_policies(),
        valuation: default_valuation(),
    }
}

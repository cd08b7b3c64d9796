//! Operating costs and the site.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Where the GPUs are hosted, and the monthly cost per provisioned kW of IT load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Facility {
    /// Colocation billed per kW-month (CBRE: 184 in H2 2024 in North America).
    Colocation { per_kw_month: Decimal },
    /// An owned facility's cash operating cost per kW-month.
    Owned { per_kw_month: Decimal },
}

impl Facility {
    /// The monthly cost per provisioned kW, whichever way the site is held.
    pub fn per_kw_month(&self) -> Decimal {
        let (Facility::Colocation { per_kw_month } | Facility::Owned { per_kw_month }) = self;
        *per_kw_month
    }

    /// The same rate, to change in place (model precision, a sensitivity variant).
    pub fn per_kw_month_mut(&mut self) -> &mut Decimal {
        let (Facility::Colocation { per_kw_month } | Facility::Owned { per_kw_month }) = self;
        per_kw_month
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct OperatingCosts {
    /// Currency per kWh in the first model month.
    pub electricity_per_kwh: Decimal,
    /// Yearly escalation of the electricity price (0.03 = 3 % a year), compounded each
    /// model year.
    pub electricity_escalation: Decimal,
    /// Power usage effectiveness: facility power / IT power (≥ 1).
    pub pue: Decimal,
    pub facility: Facility,
    /// Maintenance as a percentage of cost per year.
    pub maintenance_percent_per_year: Decimal,
    /// Any other cost per GPU per month (software, staff, insurance).
    pub other_per_gpu_month: Decimal,
    /// Fraction of GPUs that fail and drop out each year (0.10 = 10 %).
    pub annual_failure_rate: Decimal,
    /// Grid carbon intensity, kg CO2 per kWh.
    pub carbon_kg_per_kwh: Decimal,
    /// Where these values come from, for the report's assumptions page.
    pub source: String,
}

/// A site with a fixed power capacity: the fleet may never draw more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct Site {
    pub power_cap_mw: Decimal,
}

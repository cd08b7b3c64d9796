//! The headline figures of one scenario: value, earnings, cash, capacity, energy.

use super::energy::{energy_summary, EnergySummary};
use crate::fleet::{FleetResult, ScheduleLine};
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use crate::valuation::{irr, npv, payback, xirr, Payback};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct KeyFigures {
    pub name: String,
    /// NPV of the fleet's free cash flow at the discount rate.
    pub npv: Decimal,
    pub irr: Option<Decimal>,
    pub xirr: Option<Decimal>,
    pub payback: Option<Payback>,
    pub cumulative_ebit: Decimal,
    pub cumulative_free_cash_flow: Decimal,
    pub h100_equivalent_hours: Decimal,
    /// (Cash cost + depreciation) per H100-equivalent hour sold, over the horizon.
    pub cost_per_h100_equivalent_hour: Decimal,
    pub energy: EnergySummary,
    pub emissions_tonnes: Decimal,
}

/// Runs the scenario and returns its key figures.
pub fn key_figures(s: &Scenario) -> Result<KeyFigures, ValidationErrors> {
    summarise(s, &crate::fleet::simulate(s)?)
}

pub fn summarise(s: &Scenario, result: &FleetResult) -> Result<KeyFigures, ValidationErrors> {
    summarise_fleet(s, &result.fleet)
}

/// The key figures from the fleet's months alone.
pub fn summarise_fleet(
    s: &Scenario,
    fleet: &[ScheduleLine],
) -> Result<KeyFigures, ValidationErrors> {
    let fcf: Vec<Decimal> = fleet.iter().map(|l| l.free_cash_flow).collect();
    let sum = |f: fn(&ScheduleLine) -> Decimal| fleet.iter().map(f).sum::<Decimal>();
    let h100 = sum(|l| l.h100_equivalent_hours);
    let cost = sum(|l| l.cash_cost + l.book_depreciation);
    let days: Decimal = sum(|l| l.hours_in_period) / Decimal::from(24);
    Ok(KeyFigures {
        name: s.name.clone(),
        npv: npv(s.valuation.discount_rate, &fcf)?,
        irr: irr(&fcf),
        xirr: xirr(s.start_month, &fcf),
        payback: payback(s.start_month, &fcf),
        cumulative_ebit: sum(|l| l.ebit),
        cumulative_free_cash_flow: sum(|l| l.free_cash_flow),
        h100_equivalent_hours: h100,
        cost_per_h100_equivalent_hour: if h100.is_zero() {
            Decimal::ZERO
        } else {
            cost / h100
        },
        energy: energy_summary(sum(|l| l.energy_kwh), days.to_u32().unwrap_or(1)),
        emissions_tonnes: (sum(|l| l.emissions_kg) / Decimal::ONE_THOUSAND).round_dp(3),
    })
}

/// How one scenario's key figures differ from a base's (other − base).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureDeltas {
    pub npv: Decimal,
    pub cumulative_ebit: Decimal,
    pub cumulative_free_cash_flow: Decimal,
    pub h100_equivalent_hours: Decimal,
    pub mwh: Decimal,
}

/// Scenarios side by side: each one's figures and its differences from the first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureComparison {
    pub figures: Vec<KeyFigures>,
    /// One per scenario, the first all zero.
    pub deltas: Vec<FigureDeltas>,
}

pub fn compare_figures(figures: Vec<KeyFigures>) -> FigureComparison {
    let deltas = match figures.first() {
        Some(base) => figures
            .iter()
            .map(|f| FigureDeltas {
                npv: f.npv - base.npv,
                cumulative_ebit: f.cumulative_ebit - base.cumulative_ebit,
                cumulative_free_cash_flow: f.cumulative_free_cash_flow
                    - base.cumulative_free_cash_flow,
                h100_equivalent_hours: f.h100_equivalent_hours - base.h100_equivalent_hours,
                mwh: f.energy.mwh - base.energy.mwh,
            })
            .collect(),
        None => Vec::new(),
    };
    FigureComparison { figures, deltas }
}

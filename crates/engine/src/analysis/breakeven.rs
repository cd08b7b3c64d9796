//! Break-even solvers: the rental price, utilisation or useful life at which NPV or cumulative
//! EBIT is zero.

use super::sensitivity::Driver;
use super::summary::summarise;
use crate::fleet::simulate;
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum BreakEvenVariable {
    /// A multiple of every rental price curve (and contract price).
    RentalPrice,
    /// A multiple of every utilisation curve.
    Utilisation,
    /// A multiple of every cohort's useful life.
    UsefulLife,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum BreakEvenTarget {
    Npv,
    CumulativeEbit,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BreakEven {
    pub variable: BreakEvenVariable,
    pub target: BreakEvenTarget,
    /// The multiple of today's values at which the target is zero (0.8 = 20 % lower), or none
    /// when no multiple between 0 and 10 reaches zero.
    pub multiple: Option<Decimal>,
    /// The target at today's values.
    pub current: Decimal,
}

fn target_at(
    s: &Scenario,
    variable: BreakEvenVariable,
    target: BreakEvenTarget,
    multiple: Decimal,
) -> Result<Decimal, ValidationErrors> {
    let driver = match variable {
        BreakEvenVariable::RentalPrice => Driver::RentalPrice,
        BreakEvenVariable::Utilisation => Driver::Utilisation,
        BreakEvenVariable::UsefulLife => Driver::UsefulLife,
    };
    let variant = driver.apply(s, multiple);
    let summary = summarise(&variant, &simulate(&variant)?)?;
    Ok(match target {
        BreakEvenTarget::Npv => summary.npv,
        BreakEvenTarget::CumulativeEbit => summary.cumulative_ebit,
    })
}

/// Bisection on the multiple, to a thousandth (a tenth of a percent of the variable).
pub fn break_even(
    s: &Scenario,
    variable: BreakEvenVariable,
    target: BreakEvenTarget,
) -> Result<BreakEven, ValidationErrors> {
    let current = target_at(s, variable, target, Decimal::ONE)?;
    let (mut low, mut high) = if current >= Decimal::ZERO {
        (Decimal::ZERO, Decimal::ONE)
    } else {
        (Decimal::ONE, Decimal::TEN)
    };
    let (f_low, f_high) = (
        target_at(s, variable, target, low)?,
        target_at(s, variable, target, high)?,
    );
    if (f_low > Decimal::ZERO && f_high > Decimal::ZERO)
        || (f_low < Decimal::ZERO && f_high < Decimal::ZERO)
    {
        return Ok(BreakEven {
            variable,
            target,
            multiple: None,
            current,
        });
    }
    let rising = f_high > f_low;
    while high - low > Decimal::new(1, 3) {
        let mid = (low + high) / Decimal::TWO;
        let value = target_at(s, variable, target, mid)?;
        if (value < Decimal::ZERO) == rising {
            low = mid;
        } else {
            high = mid;
        }
    }
    Ok(BreakEven {
        variable,
        target,
        multiple: Some(((low + high) / Decimal::TWO).round_dp(3)),
        current,
    })
}

//! The sensitivity answers a report shows together (PRODUCT.md §2.3): the tornado of NPV and
//! cumulative EBIT over ± a percentage of every driver, and the break-even multiples of the
//! rental price, the utilisation and the useful life for NPV and for cumulative EBIT.

use super::breakeven::{break_even, BreakEven, BreakEvenTarget, BreakEvenVariable};
use super::sensitivity::{tornado, Driver, TornadoBar};
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// How far the tornado moves each driver when the user does not say: ±10 %.
pub const DEFAULT_SWING_PERCENT: Decimal = Decimal::TEN;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SensitivityAnswers {
    /// Each driver moved down and up by this percentage.
    pub percent: Decimal,
    /// Widest NPV swing first.
    pub tornado: Vec<TornadoBar>,
    /// Rental price, utilisation and useful life, each for NPV and cumulative EBIT.
    pub break_even: Vec<BreakEven>,
}

/// The tornado over every driver and the six break-even answers of `s`.
pub fn sensitivity_answers(
    s: &Scenario,
    percent: Decimal,
) -> Result<SensitivityAnswers, ValidationErrors> {
    let tornado = tornado(s, &Driver::ALL, percent)?;
    let mut answers = Vec::with_capacity(6);
    for variable in [
        BreakEvenVariable::RentalPrice,
        BreakEvenVariable::Utilisation,
        BreakEvenVariable::UsefulLife,
    ] {
        for target in [BreakEvenTarget::Npv, BreakEvenTarget::CumulativeEbit] {
            answers.push(break_even(s, variable, target)?);
        }
    }
    Ok(SensitivityAnswers {
        percent,
        tornado,
        break_even: answers,
    })
}

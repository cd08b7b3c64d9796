//! The sensitivity answers a report shows together (PRODUCT.md §2.3): the tornado of NPV and
//! cumulative EBIT over ± a percentage of every driver, and the break-even multiples of the
//! rental price, the utilisation and the useful life for NPV and for cumulative EBIT.

use super::breakeven::{break_even, BreakEven, BreakEvenTarget, BreakEvenVariable};
use super::sensitivity::{tornado_watched, Driver, TornadoBar};
use super::watch::{unwatched, Watch};
use crate::scenario::Scenario;
use crate::validation::ValidationErrors;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// How far the tornado moves each driver when the user does not say: ±10 %.
pub const DEFAULT_SWING_PERCENT: Decimal = Decimal::TEN;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct SensitivityAnswers {
    /// Each driver moved down and up by this percentage.
    pub percent: Decimal,
    /// Widest NPV swing first.
    pub tornado: Vec<TornadoBar>,
    /// Rental price, utilisation and useful life, each for NPV and cumulative EBIT.
    pub break_even: Vec<BreakEven>,
}

const BREAK_EVEN_VARIABLES: [BreakEvenVariable; 3] = [
    BreakEvenVariable::RentalPrice,
    BreakEvenVariable::Utilisation,
    BreakEvenVariable::UsefulLife,
];
const BREAK_EVEN_TARGETS: [BreakEvenTarget; 2] =
    [BreakEvenTarget::Npv, BreakEvenTarget::CumulativeEbit];

/// Steps of [`sensitivity_answers_watched`]: two runs a driver, then each break-even search.
pub const SENSITIVITY_STEPS: u32 =
    2 * Driver::ALL.len() as u32 + (BREAK_EVEN_VARIABLES.len() * BREAK_EVEN_TARGETS.len()) as u32;

/// The tornado over every driver and the six break-even answers of `s`.
pub fn sensitivity_answers(
    s: &Scenario,
    percent: Decimal,
) -> Result<SensitivityAnswers, ValidationErrors> {
    unwatched(|watch| sensitivity_answers_watched(s, percent, watch)).map(Option::unwrap_or_default)
}

/// [`sensitivity_answers`], reporting its [`SENSITIVITY_STEPS`] to `watch` and stopping, with
/// `None`, when it is cancelled: the app's tornado runs this off the UI thread with a
/// progress bar and a Cancel button.
pub fn sensitivity_answers_watched(
    s: &Scenario,
    percent: Decimal,
    watch: &Watch,
) -> Result<Option<SensitivityAnswers>, ValidationErrors> {
    let Some(tornado) = tornado_watched(s, &Driver::ALL, percent, watch)? else {
        return Ok(None);
    };
    let mut answers = Vec::with_capacity(6);
    for variable in BREAK_EVEN_VARIABLES {
        for target in BREAK_EVEN_TARGETS {
            if watch.cancelled() {
                return Ok(None);
            }
            answers.push(break_even(s, variable, target)?);
            watch.step();
        }
    }
    Ok(Some(SensitivityAnswers {
        percent,
        tornado,
        break_even: answers,
    }))
}

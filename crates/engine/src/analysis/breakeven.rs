//! Break-even solvers: the rental price, utilisation or useful life at which NPV or cumulative
//! EBIT is zero.

use super::sensitivity::Driver;
use super::summary::summarise_fleet;
use crate::fleet::simulate_fleet;
use crate::money::round_half_away;
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
    let summary = summarise_fleet(&variant, &simulate_fleet(&variant)?)?;
    Ok(match target {
        BreakEvenTarget::Npv => summary.npv,
        BreakEvenTarget::CumulativeEbit => summary.cumulative_ebit,
    })
}

/// The multiple, to a thousandth (a tenth of a percent of the variable), at which the target
/// crosses zero, or none when no multiple between 0 and 10 reaches zero.
pub fn break_even(
    s: &Scenario,
    variable: BreakEvenVariable,
    target: BreakEvenTarget,
) -> Result<BreakEven, ValidationErrors> {
    let at = |multiple: Decimal| target_at(s, variable, target, multiple);
    let current = at(Decimal::ONE)?;
    let multiple = if current >= Decimal::ZERO {
        zero_crossing(at, (Decimal::ZERO, None), (Decimal::ONE, Some(current)))?
    } else {
        zero_crossing(at, (Decimal::ONE, Some(current)), (Decimal::TEN, None))?
    };
    Ok(BreakEven {
        variable,
        target,
        multiple,
        current,
    })
}

/// Where `f` crosses zero between `low` and `high` (each with `f` there if already known): the
/// midpoint of a bracket no wider than 0.001 in which `f` changes sign, rounded half away from
/// zero to three places; none when `f` has the same strict sign at both ends.
///
/// The targets are close to linear in the multiple, so each round takes the secant (regula
/// falsi) estimate and evaluates `f` a half-thousandth either side of it: when the sign changes
/// between the two, that is the answer. A round that does not at least halve the bracket is
/// followed by a bisection step, so the search ends whatever the shape of `f`. Each evaluation
/// is a full run of the model; this takes about five where plain bisection took fifteen
/// (issue 7: a solve within 200 ms on 100 cohorts).
fn zero_crossing(
    mut f: impl FnMut(Decimal) -> Result<Decimal, ValidationErrors>,
    low: (Decimal, Option<Decimal>),
    high: (Decimal, Option<Decimal>),
) -> Result<Option<Decimal>, ValidationErrors> {
    let mut value_at = |(x, known): (Decimal, Option<Decimal>)| match known {
        Some(v) => Ok((x, v)),
        None => f(x).map(|v| (x, v)),
    };
    let (mut low, mut high) = (value_at(low)?, value_at(high)?);
    let negative = |v: Decimal| v < Decimal::ZERO;
    if !low.1.is_zero() && !high.1.is_zero() && negative(low.1) == negative(high.1) {
        return Ok(None);
    }
    let half_step = Decimal::new(5, 4);
    let resolution = Decimal::new(1, 3);
    // Moves the end of the bracket whose value has the sign of `v` to `x` (both ends to a zero).
    let narrow = |(x, v): (Decimal, Decimal),
                  low: &mut (Decimal, Decimal),
                  high: &mut (Decimal, Decimal)| {
        if v.is_zero() {
            (*low, *high) = ((x, v), (x, v));
        } else if !low.1.is_zero() && negative(v) == negative(low.1) {
            *low = (x, v);
        } else {
            *high = (x, v);
        }
    };
    while high.0 - low.0 > resolution {
        let width = high.0 - low.0;
        let secant = if high.1 == low.1 {
            (low.0 + high.0) / Decimal::TWO
        } else {
            low.0 - low.1 * width / (high.1 - low.1)
        };
        for x in [secant - half_step, secant + half_step] {
            let x = x.clamp(low.0, high.0);
            if x > low.0 && x < high.0 {
                let point = value_at((x, None))?;
                narrow(point, &mut low, &mut high);
            }
        }
        if high.0 - low.0 > width / Decimal::TWO {
            let point = value_at(((low.0 + high.0) / Decimal::TWO, None))?;
            narrow(point, &mut low, &mut high);
        }
    }
    Ok(Some(round_half_away((low.0 + high.0) / Decimal::TWO, 3)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn solve(
        f: impl Fn(Decimal) -> Decimal,
        low: Decimal,
        high: Decimal,
    ) -> (Option<Decimal>, u32) {
        let mut calls = 0;
        let result = zero_crossing(
            |x| {
                calls += 1;
                Ok(f(x))
            },
            (low, None),
            (high, None),
        )
        .unwrap();
        (result, calls)
    }

    #[test]
    fn a_straight_line_is_solved_in_four_evaluations() {
        // 94,651.2 m − 68,767.46 = 0 at m = 0.72655...
        let (m, calls) = solve(|m| dec!(94651.2) * m - dec!(68767.46), dec!(0), dec!(1));
        assert_eq!(m, Some(dec!(0.727)));
        assert_eq!(calls, 4);
    }

    #[test]
    fn curved_and_stepped_targets_still_end_within_a_thousandth() {
        // x³ = 0.3 at x = 0.669433; a step at 2.5 (a retirement that flips the sign).
        let (m, _) = solve(|x| x * x * x - dec!(0.3), dec!(0), dec!(1));
        assert_eq!(m, Some(dec!(0.669)));
        let (m, calls) = solve(
            |x| if x < dec!(2.5) { dec!(-1) } else { dec!(1) },
            dec!(1),
            dec!(10),
        );
        assert!((m.unwrap() - dec!(2.5)).abs() <= dec!(0.0005), "{m:?}");
        assert!(calls < 40, "{calls}");
    }

    #[test]
    fn no_crossing_between_the_ends_is_none() {
        assert_eq!(solve(|x| x + dec!(1), dec!(0), dec!(1)).0, None);
    }
}

//! Tax depreciation: MACRS GDS (IRS Publication 946, Appendix A, Tables ), bonus
//! depreciation, a straight-line election, and the deferred tax the book–tax gap creates.

use crate::calendar::{FiscalCalendar, YearMonth};
use crate::money::{divide_half_away, fixed_point, percent_of, round_cents};
use crate::validation::{Issue, IssueCode, IssueCollector, Unit, ValidationErrors};
use rust_decimal::{Decimal, RoundingStrategy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

/// How the tax basis is recovered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TaxMethod {
    /// MACRS GDS 200 % declining balance switching to straight line, for 3-, 5- or 7-year
    /// property (computers and GPUs are 5-year property).
    Macrs { recovery_years: u32 },
    /// Straight line over the recovery period, with the same conventions (Pub 946, Table A-8
    /// style).
    StraightLine { recovery_years: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct TaxPolicy {
    pub method: TaxMethod,
    /// Special (bonus) depreciation in the year placed in service, 0 to 100 % of cost; 100 % for
    /// qualified property acquired after 2025-01-19 under current law.
    pub bonus_percent: Decimal,
}

/// Which MACRS convention applies to a year's additions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TaxConvention {
    HalfYear,
    /// Placed in service in quarter 1 to 4 of the tax year.
    MidQuarter {
        quarter: u32,
    },
}

impl TaxPolicy {
    /// Checks the policy, reporting each problem under `path`, written out only for a problem.
    pub fn validate(&self, path: &dyn std::fmt::Display, issues: &mut IssueCollector) {
        let years = match self.method {
            TaxMethod::Macrs { recovery_years } => {
                if ![3, 5, 7].contains(&recovery_years) {
                    issues.push(
                        format!("{path}.method.recovery_years"),
                        IssueCode::MacrsYears,
                    );
                }
                recovery_years
            }
            TaxMethod::StraightLine { recovery_years } => recovery_years,
        };
        if !(1..=50).contains(&years) {
            issues.push(
                format!("{path}.method.recovery_years"),
                Issue::out_of_range(years, 1, 50, Unit::Years),
            );
        }
        if self.bonus_percent < Decimal::ZERO || self.bonus_percent > Decimal::ONE_HUNDRED {
            issues.push(
                format!("{path}.bonus_percent"),
                Issue::out_of_range(self.bonus_percent, 0, 100, Unit::Percent),
            );
        }
    }
}

/// The fraction of the first tax year the convention allows: a half year, or for mid-quarter
/// the months from the middle of the quarter of entry to the year's end (10.5, 7.5, 4.5 or
/// 1.5 of 12).
fn first_year_fraction(convention: TaxConvention) -> Decimal {
    match convention {
        TaxConvention::HalfYear => Decimal::new(5, 1),
        TaxConvention::MidQuarter { quarter } => {
            let quarter = Decimal::from(quarter.clamp(1, 4));
            (Decimal::from(12) - (Decimal::from(3) * quarter - Decimal::new(15, 1)))
                / Decimal::from(12)
        }
    }
}

/// The percentage of basis deducted in each recovery year.
///
/// MACRS GDS 3-, 5- and 7-year property uses the IRS's own tables (Pub 946 Tables,
/// from Rev. Proc. 87-57): the IRS rounded some cells by hand so each column sums to 100
/// (e.g. 17.85 % in the first year of 7-year property placed in service in the second
/// quarter, where the formula gives 17.857 %), and a taxpayer using the tables must use them
/// as printed. Other periods and the straight-line election are computed by
/// [`computed_percentages`].
pub fn recovery_percentages(policy: &TaxPolicy, convention: TaxConvention) -> Vec<Decimal> {
    match policy.method {
        TaxMethod::Macrs { recovery_years } => match macrs_table(recovery_years, convention) {
            Some(table) => table
                .iter()
                .map(|basis_points| Decimal::new(i64::from(*basis_points), 2))
                .collect(),
            None => computed_percentages(recovery_years, Decimal::TWO, convention),
        },
        TaxMethod::StraightLine { recovery_years } => {
            computed_percentages(recovery_years, Decimal::ONE, convention)
        }
    }
}

/// The rule behind the tables: declining balance at `factor / years`, switching to straight
/// line over the remaining recovery period when that is equal or larger, with the first year
/// shortened by the convention; the running total is rounded to hundredths of a percent so the
/// column sums to exactly 100. It matches Tables to within 0.01 in every cell.
pub fn computed_percentages(
    recovery_years: u32,
    factor: Decimal,
    convention: TaxConvention,
) -> Vec<Decimal> {
    let years = Decimal::from(recovery_years);
    let rate = factor / years;
    let mut book = Decimal::ONE_HUNDRED;
    let mut remaining_life = years;
    let mut exact_total = Decimal::ZERO;
    let mut rounded_total = Decimal::ZERO;
    let mut percentages = Vec::new();
    let mut length = first_year_fraction(convention);
    while remaining_life > Decimal::ZERO {
        let amount = if remaining_life <= length {
            book
        } else {
            let declining = book * rate * length;
            let straight = book * length / remaining_life;
            declining.max(straight)
        };
        book -= amount;
        remaining_life -= length;
        exact_total += amount;
        let rounded = exact_total.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        percentages.push(rounded - rounded_total);
        rounded_total = rounded;
        length = Decimal::ONE.min(remaining_life);
    }
    percentages
}

/// IRS Pub 946 Appendix A, GDS 200 % declining balance, in hundredths of a percent.
/// Table A-1: half-year; Tables: mid-quarter, placed in service in quarter 1 to 4.
fn macrs_table(recovery_years: u32, convention: TaxConvention) -> Option<&'static [u32]> {
    use TaxConvention::{HalfYear, MidQuarter};
    Some(match (recovery_years, convention) {
        (3, HalfYear) => &[3333, 4445, 1481, 741],
        (5, HalfYear) => &[2000, 3200, 1920, 1152, 1152, 576],
        (7, HalfYear) => &[1429, 2449, 1749, 1249, 893, 892, 893, 446],
        (3, MidQuarter { quarter: 1 }) => &[5833, 2778, 1235, 154],
        (5, MidQuarter { quarter: 1 }) => &[3500, 2600, 1560, 1101, 1101, 138],
        (7, MidQuarter { quarter: 1 }) => &[2500, 2143, 1531, 1093, 875, 874, 875, 109],
        (3, MidQuarter { quarter: 2 }) => &[4167, 3889, 1414, 530],
        (5, MidQuarter { quarter: 2 }) => &[2500, 3000, 1800, 1137, 1137, 426],
        (7, MidQuarter { quarter: 2 }) => &[1785, 2347, 1676, 1197, 887, 887, 887, 334],
        (3, MidQuarter { quarter: 3 }) => &[2500, 5000, 1667, 833],
        (5, MidQuarter { quarter: 3 }) => &[1500, 3400, 2040, 1224, 1130, 706],
        (7, MidQuarter { quarter: 3 }) => &[1071, 2551, 1822, 1302, 930, 885, 886, 553],
        (3, MidQuarter { quarter: 4 }) => &[833, 6111, 2037, 1019],
        (5, MidQuarter { quarter: 4 }) => &[500, 3800, 2280, 1368, 1094, 958],
        (7, MidQuarter { quarter: 4 }) => &[357, 2755, 1968, 1406, 1004, 873, 873, 764],
        _ => return None,
    })
}

/// IRC 168(d)(3): the mid-quarter convention applies to a tax year's property when more than
/// 40 % of the depreciable basis placed in service that year was placed in its last quarter.
/// `additions` are (month placed in service, basis) of every cohort.
pub fn mid_quarter_applies(
    additions: &[(YearMonth, Decimal)],
    fiscal: FiscalCalendar,
    tax_year: i32,
) -> bool {
    let in_year = additions
        .iter()
        .filter(|(m, _)| fiscal.fiscal_year(*m) == tax_year);
    let (mut total, mut last_quarter) = (Decimal::ZERO, Decimal::ZERO);
    for (month, basis) in in_year {
        total += *basis;
        if fiscal.fiscal_quarter(*month) == 4 {
            last_quarter += *basis;
        }
    }
    total > Decimal::ZERO && last_quarter * Decimal::TEN > total * Decimal::from(4)
}

/// The convention for property placed in service in `month`, given whether the mid-quarter
/// test failed for its tax year.
pub fn convention_for(
    month: YearMonth,
    fiscal: FiscalCalendar,
    mid_quarter: bool,
) -> TaxConvention {
    if mid_quarter {
        TaxConvention::MidQuarter {
            quarter: fiscal.fiscal_quarter(month),
        }
    } else {
        TaxConvention::HalfYear
    }
}

/// One month of the tax book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct TaxMonth {
    pub month: YearMonth,
    pub depreciation: Decimal,
    /// Tax basis (adjusted basis) at the end of the month.
    pub basis: Decimal,
}

/// The monthly tax schedule of a cohort: bonus depreciation in the month placed in service,
/// then each recovery year's deduction spread evenly over that tax year's months in service,
/// up to the month of `disposal` if the cohort is disposed of (see [`disposal_year_amounts`]).
#[allow(clippy::too_many_arguments)]
pub fn tax_schedule(
    start_month: YearMonth,
    horizon_months: u32,
    fiscal: FiscalCalendar,
    cost: Decimal,
    in_service: YearMonth,
    policy: &TaxPolicy,
    convention: TaxConvention,
    disposal: Option<YearMonth>,
) -> Result<Vec<TaxMonth>, ValidationErrors> {
    let mut months = Vec::new();
    let cohort = TaxedCohort {
        cost,
        in_service,
        policy,
        convention,
        disposal,
    };
    tax_months_in_cents(start_month, horizon_months, fiscal, &cohort, &mut months)?;
    Ok(months
        .iter()
        .enumerate()
        .map(|(index, m)| TaxMonth {
            month: start_month.plus_months(index as i32),
            depreciation: Decimal::new(m.depreciation, 2),
            basis: Decimal::new(m.basis, 2),
        })
        .collect())
}

/// What the tax book of one cohort depends on besides the calendar.
pub(crate) struct TaxedCohort<'a> {
    pub cost: Decimal,
    pub in_service: YearMonth,
    pub policy: &'a TaxPolicy,
    pub convention: TaxConvention,
    /// The month at whose end the cohort is disposed of, if it is within the model.
    pub disposal: Option<YearMonth>,
}

/// One month of the tax book in cents ([`TaxMonth`] in currency).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FixedTaxMonth {
    pub depreciation: i64,
    pub basis: i64,
}

/// [`tax_schedule`] in cents, into `months` (cleared first), for the fleet model, which reuses
/// one buffer for every cohort.
pub(crate) fn tax_months_in_cents(
    start_month: YearMonth,
    horizon_months: u32,
    fiscal: FiscalCalendar,
    cohort: &TaxedCohort<'_>,
    months: &mut Vec<FixedTaxMonth>,
) -> Result<(), ValidationErrors> {
    let TaxedCohort {
        cost,
        in_service,
        policy,
        convention,
        disposal,
    } = *cohort;
    let mut issues = IssueCollector::default();
    policy.validate(&"tax", &mut issues);
    if cost < Decimal::ZERO {
        issues.push("cost", IssueCode::NotNegative);
    }
    issues.finish()?;

    // Amounts in cents from here on: the deductions are rounded to the cent, and integers
    // make the month-by-month catch-up cheap (issue 7).
    let cost = round_cents(cost);
    // Disposal year as a recovery year (0: the year placed in service).
    let disposal_year = disposal.map(|d| fiscal.fiscal_year(d) - fiscal.fiscal_year(in_service));
    // Treas. Reg. 1.168(k)-1(g)(1)(i): no special allowance for property placed in service
    // and disposed of in the same tax year.
    let bonus = if disposal_year == Some(0) {
        Decimal::ZERO
    } else {
        percent_of(cost, policy.bonus_percent)
    };
    let recoverable = cost - bonus;
    let percentages = recovery_percentages(policy, convention);
    // Whole-currency deductions per recovery year; the last takes the remainder.
    let mut year_amounts: Vec<i64> = percentages
        .iter()
        .map(|p| fixed_point(recoverable * p / Decimal::ONE_HUNDRED, 2))
        .collect();
    if let Some((last, earlier)) = year_amounts.split_last_mut() {
        *last = fixed_point(recoverable, 2) - earlier.iter().sum::<i64>();
    }
    if let (Some(year), Some(month)) = (disposal_year, disposal) {
        let quarter = fiscal.fiscal_quarter(month);
        disposal_year_amounts(&mut year_amounts, year, convention, quarter);
    }

    let placed = Placed {
        in_service,
        cost: fixed_point(cost, 2),
        bonus: fixed_point(bonus, 2),
        disposal,
    };
    spread_over_months(
        start_month,
        horizon_months,
        fiscal,
        &placed,
        &year_amounts,
        months,
    );
    Ok(())
}

/// IRS Pub 946, "Property disposed of before the end of the recovery period": the year of
/// disposal gets the part of its full year's deduction that the convention allows, as if the
/// property left at the middle of the year (half-year) or of the quarter of disposal
/// (mid-quarter: 12.5, 37.5, 62.5 or 87.5 %), and nothing follows. Placed in service and
/// disposed of in the same year, property gets no deduction at all. In the last recovery year
/// the table's amount already stops at the period's end and is kept.
///
/// `year_amounts` are the recovery years' deductions in cents; `year` is the disposal's
/// recovery year and `quarter` its quarter within that tax year.
pub(crate) fn disposal_year_amounts(
    year_amounts: &mut Vec<i64>,
    year: i32,
    convention: TaxConvention,
    quarter: u32,
) {
    let Ok(year) = usize::try_from(year) else {
        return;
    };
    if year == 0 {
        year_amounts.clear();
        return;
    }
    if year + 1 < year_amounts.len() {
        let full = i128::from(year_amounts[year]);
        let part = match convention {
            TaxConvention::HalfYear => divide_half_away(full, 2),
            // (3q − 1.5) / 12 of the year = (6q − 3) / 24.
            TaxConvention::MidQuarter { .. } => {
                divide_half_away(full * i128::from(6 * quarter.clamp(1, 4) - 3), 24)
            }
        };
        year_amounts[year] = i64::try_from(part).unwrap_or(0);
    }
    year_amounts.truncate(year + 1);
}

/// A cohort placed in service: the month, its cost and its bonus depreciation, in cents, and
/// the month it is disposed of.
struct Placed {
    in_service: YearMonth,
    cost: i64,
    bonus: i64,
    disposal: Option<YearMonth>,
}

/// The model's months of the tax book, into `months` (cleared first): the bonus in the month
/// placed in service, then each recovery year's deduction (`year_amounts`, in cents) spread
/// evenly over that tax year's months in service, each month taking what brings the year's
/// running total, rounded to the cent, to its share.
fn spread_over_months(
    start_month: YearMonth,
    horizon_months: u32,
    fiscal: FiscalCalendar,
    placed: &Placed,
    year_amounts: &[i64],
    months: &mut Vec<FixedTaxMonth>,
) {
    let in_service = placed.in_service;
    let first_tax_year = fiscal.fiscal_year(in_service);
    months.clear();
    // Months before the cohort is placed in service deduct nothing.
    let entry = start_month.months_until(in_service);
    let first = usize::try_from(entry)
        .unwrap_or(0)
        .min(horizon_months as usize);
    months.resize(first, FixedTaxMonth::default());
    if first == horizon_months as usize {
        return;
    }
    // From the first month on, the recovery year and the month within it are counted
    // rather than worked out from the calendar each month.
    let opening = start_month.plus_months(first as i32);
    let mut recovery_year =
        usize::try_from(fiscal.fiscal_year(opening) - first_tax_year).unwrap_or(usize::MAX);
    let mut months_in_year = if recovery_year == 0 {
        fiscal.months_left_in_year(in_service)
    } else {
        12
    };
    let mut month_in_year = months_in_year - fiscal.months_left_in_year(opening) + 1;
    // The disposal year's deduction is spread over its months up to the disposal.
    let disposal_year = placed.disposal.map(|d| {
        let year = usize::try_from(fiscal.fiscal_year(d) - first_tax_year).unwrap_or(usize::MAX);
        (year, 13 - fiscal.months_left_in_year(d))
    });
    let up_to_disposal = |recovery_year: usize, months: u32| match disposal_year {
        Some((year, through)) if year == recovery_year => months.min(through),
        _ => months,
    };
    months_in_year = up_to_disposal(recovery_year, months_in_year);
    let mut basis = 0i64;
    let mut booked_in_year = 0i64;
    for index in first..horizon_months as usize {
        let mut depreciation = 0i64;
        if index as i64 == i64::from(entry) {
            basis = placed.cost;
            depreciation += placed.bonus;
        }
        if let Some(amount) = year_amounts.get(recovery_year) {
            if month_in_year == 1 {
                booked_in_year = 0;
            }
            let through = divide_half_away(
                i128::from(*amount) * i128::from(month_in_year),
                i128::from(months_in_year),
            );
            let through = i64::try_from(through).unwrap_or(i64::MAX);
            depreciation += through - booked_in_year;
            booked_in_year = through;
        }
        basis -= depreciation;
        months.push(FixedTaxMonth {
            depreciation,
            basis,
        });
        if month_in_year >= months_in_year {
            recovery_year = recovery_year.saturating_add(1);
            months_in_year = up_to_disposal(recovery_year, 12);
            month_in_year = 1;
        } else {
            month_in_year += 1;
        }
    }
}

/// Deferred tax at a month end: (book NBV − tax basis) × tax rate. Positive is a deferred tax
/// liability (book carrying amount above tax basis), negative an asset (ASC 740-10-25-20).
pub fn deferred_tax(book_nbv: Decimal, tax_basis: Decimal, tax_rate: Decimal) -> Decimal {
    round_cents((book_nbv - tax_basis) * tax_rate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The months of the tax book as first written: each month's recovery year and place in
    /// it read from the fiscal calendar.
    fn by_the_calendar(
        start_month: YearMonth,
        horizon_months: u32,
        fiscal: FiscalCalendar,
        placed: &Placed,
        year_amounts: &[i64],
    ) -> Vec<FixedTaxMonth> {
        let first_tax_year = fiscal.fiscal_year(placed.in_service);
        let (mut basis, mut booked_in_year) = (0i64, 0i64);
        (0..horizon_months)
            .map(|index| {
                let month = start_month.plus_months(index as i32);
                let mut depreciation = 0;
                if month >= placed.in_service {
                    if month == placed.in_service {
                        basis = placed.cost;
                        depreciation += placed.bonus;
                    }
                    let year = (fiscal.fiscal_year(month) - first_tax_year) as usize;
                    if let Some(amount) = year_amounts.get(year) {
                        let in_year = if year == 0 {
                            fiscal.months_left_in_year(placed.in_service)
                        } else {
                            12
                        };
                        let nth = in_year - fiscal.months_left_in_year(month) + 1;
                        if nth == 1 {
                            booked_in_year = 0;
                        }
                        let through = divide_half_away(
                            i128::from(*amount) * i128::from(nth),
                            i128::from(in_year),
                        ) as i64;
                        depreciation += through - booked_in_year;
                        booked_in_year = through;
                    }
                    basis -= depreciation;
                }
                FixedTaxMonth {
                    depreciation,
                    basis,
                }
            })
            .collect()
    }

    proptest! {
        /// Issue 7: counting the recovery year and the month within it gives the months the
        /// calendar gives, for any fiscal year end, entry before, within or after the model,
        /// and recovery periods of 1 to 8 years.
        #[test]
        fn counted_months_are_the_calendars(
            start in 0i32..24,
            horizon in 1u32..150,
            entry in -30i32..160,
            fiscal_end in 1u32..=12,
            amounts in prop::collection::vec(0i64..10_000_000_000, 1..9),
            cost in 0i64..100_000_000_000,
            bonus in 0i64..1_000_000,
        ) {
            let start_month = YearMonth::new(2025, 1).unwrap().plus_months(start);
            let fiscal = FiscalCalendar::new(fiscal_end).unwrap();
            let placed = Placed { in_service: start_month.plus_months(entry), cost, bonus, disposal: None };
            let mut counted = Vec::new();
            spread_over_months(start_month, horizon, fiscal, &placed, &amounts, &mut counted);
            prop_assert_eq!(counted, by_the_calendar(start_month, horizon, fiscal, &placed, &amounts));
        }
    }
}

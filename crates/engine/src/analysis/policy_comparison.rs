//! The same fleet under two or more book policies: "the Burry gap" in EBIT, net income and
//! per-share terms, by fiscal year and cumulatively, with the ASC 250-10-50-4 sentence.

use crate::book::disclosure::{change_in_estimate_effect, ChangeInEstimateEffect};
use crate::book::{BookPolicy, Convention, DepreciationMethod};
use crate::fleet::{by_fiscal_year, simulate_fleet};
use crate::money::round_cents;
use crate::scenario::Scenario;
use crate::validation::{IssueCode, ValidationErrors};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One fiscal year (or the cumulative total) under each policy, in the order given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PolicyYear {
    /// The fiscal year (named for the calendar year it ends in); none for the cumulative row.
    pub fiscal_year: Option<i32>,
    pub depreciation: Vec<Decimal>,
    pub ebit: Vec<Decimal>,
    /// EBIT × (1 − tax rate).
    pub net_income: Vec<Decimal>,
    pub eps: Vec<Decimal>,
    /// Each policy's EBIT less the first policy's.
    pub ebit_difference: Vec<Decimal>,
    pub net_income_difference: Vec<Decimal>,
    pub eps_difference: Vec<Decimal>,
    /// ebit_difference as a percentage of the first policy's EBIT (none when that is zero).
    pub difference_percent_of_ebit: Vec<Option<Decimal>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PolicyComparison {
    /// The book policies compared, the first the base of the differences.
    pub policies: Vec<BookPolicy>,
    pub years: Vec<PolicyYear>,
    pub cumulative: PolicyYear,
    /// The effect of moving from the first policy to the last in the first fiscal year, as
    /// ASC 250-10-50-4 would have it disclosed (e.g. from a 3-year to a 6-year life).
    pub disclosure: Option<ChangeInEstimateEffect>,
    pub disclosure_sentence: Option<String>,
}

/// The lives the policy comparison shows when the scenario names none: the 3-versus-6-year
/// argument and between.
pub const STANDARD_COMPARED_LIVES_YEARS: [u32; 4] = [3, 4, 5, 6];

/// The book policies the scenario compares: its own `policies.compared_book_policies`, or the
/// standard lives under the first cohort's method, salvage and convention (straight line with
/// no salvage for an empty fleet).
pub fn compared_policies(s: &Scenario) -> Vec<BookPolicy> {
    if !s.policies.compared_book_policies.is_empty() {
        return s.policies.compared_book_policies.clone();
    }
    let template = s.cohorts.first().map_or(
        BookPolicy {
            method: DepreciationMethod::StraightLine,
            useful_life_months: 72,
            salvage_percent: Decimal::ZERO,
            convention: Convention::FullMonth,
        },
        |c| c.book.clone(),
    );
    STANDARD_COMPARED_LIVES_YEARS
        .iter()
        // The fleet's own method and salvage: the life is what differs.
        .map(|years| BookPolicy {
            useful_life_months: years * 12,
            ..template.clone()
        })
        .collect()
}

/// Net income as the comparisons show it: EBIT × (1 − tax rate), to the cent (no interest,
/// tax at the scenario's rate on all of EBIT).
pub(crate) fn net_income(ebit: Decimal, tax_rate: Decimal) -> Decimal {
    round_cents(ebit * (Decimal::ONE - tax_rate))
}

/// Runs `scenario` once per policy (applied to every cohort) and compares the results.
pub fn compare_policies(
    scenario: &Scenario,
    policies: &[BookPolicy],
) -> Result<PolicyComparison, ValidationErrors> {
    if policies.is_empty() {
        return Err(ValidationErrors::single("policies", IssueCode::NoPolicies));
    }
    let fiscal = scenario.fiscal_calendar()?;
    let rate = scenario.valuation.tax_rate;
    let shares = scenario.valuation.shares_outstanding;
    let mut runs = Vec::with_capacity(policies.len());
    for policy in policies {
        let mut variant = scenario.clone();
        for cohort in &mut variant.cohorts {
            cohort.book = policy.clone();
            cohort.changes_in_estimate.clear();
        }
        runs.push(by_fiscal_year(&simulate_fleet(&variant)?, fiscal));
    }
    let row = |fiscal_year: Option<i32>, depreciation: Vec<Decimal>, ebit: Vec<Decimal>| {
        let net_income: Vec<Decimal> = ebit.iter().map(|e| net_income(*e, rate)).collect();
        let eps: Vec<Decimal> = net_income
            .iter()
            .map(|n| round_cents(*n / shares))
            .collect();
        let base = (ebit[0], net_income[0], eps[0]);
        PolicyYear {
            fiscal_year,
            ebit_difference: ebit.iter().map(|e| *e - base.0).collect(),
            net_income_difference: net_income.iter().map(|n| *n - base.1).collect(),
            eps_difference: eps.iter().map(|e| *e - base.2).collect(),
            difference_percent_of_ebit: ebit
                .iter()
                .map(|e| {
                    if base.0.is_zero() {
                        None
                    } else {
                        Some(round_cents(
                            (*e - base.0) / base.0.abs() * Decimal::ONE_HUNDRED,
                        ))
                    }
                })
                .collect(),
            depreciation,
            ebit,
            net_income,
            eps,
        }
    };
    let years: Vec<PolicyYear> = (0..runs[0].len())
        .map(|y| {
            row(
                Some(runs[0][y].fiscal_year),
                runs.iter()
                    .map(|r| r[y].totals.book_depreciation + r[y].totals.impairment)
                    .collect(),
                runs.iter().map(|r| r[y].totals.ebit).collect(),
            )
        })
        .collect();
    let cumulative = row(
        None,
        (0..runs.len())
            .map(|p| years.iter().map(|y| y.depreciation[p]).sum())
            .collect(),
        (0..runs.len())
            .map(|p| years.iter().map(|y| y.ebit[p]).sum())
            .collect(),
    );
    let disclosure = match (runs.first(), runs.last()) {
        (Some(first), Some(second)) if runs.len() > 1 && !first.is_empty() => {
            Some(change_in_estimate_effect(
                first[0].fiscal_year,
                second[0].totals.book_depreciation,
                first[0].totals.book_depreciation,
                rate,
                shares,
            )?)
        }
        _ => None,
    };
    let disclosure_sentence = disclosure.as_ref().map(|d| d.sentence(scenario.currency));
    Ok(PolicyComparison {
        policies: policies.to_vec(),
        years,
        cumulative,
        disclosure,
        disclosure_sentence,
    })
}

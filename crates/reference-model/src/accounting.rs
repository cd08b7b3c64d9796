//! The books of each cohort on top of its operations: book depreciation with impairment tests,
//! the tax book, disposal, EBIT, tax paid and free cash flow.

use super::book::book_schedule;
use super::cents as round_cents;
use super::market::MarketSeries;
use super::operations::Operations;
use super::remaining_life::flows_end;
use fleet_ledger_engine::book::{BookInputs, BookSchedule, ValueEvent};
use fleet_ledger_engine::fleet::{ImpairmentRecord, TestTrigger};
use fleet_ledger_engine::impairment::{
    asc360_test, ias36_estimates_changed, ias36_test, ImpairmentStandard, ImpairmentTest,
};
use fleet_ledger_engine::scenario::{FairValueBasis, ImpairmentPolicy};
use fleet_ledger_engine::tax::{convention_for, mid_quarter_applies, tax_schedule};
use fleet_ledger_engine::valuation::{discounted_forward, monthly_factor};
use fleet_ledger_engine::{Scenario, ValidationErrors, YearMonth};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// The fiscal years whose additions take the MACRS mid-quarter convention (IRS Pub 946: more
/// than 40 % of the year's basis placed in service in its last quarter); `costs` per cohort.
pub(crate) fn mid_quarter_years(
    s: &Scenario,
    costs: &[Decimal],
) -> Result<BTreeSet<i32>, ValidationErrors> {
    let fiscal = s.fiscal_calendar()?;
    let additions: Vec<(YearMonth, Decimal)> = s
        .cohorts
        .iter()
        .zip(costs)
        .map(|(c, cost)| (c.in_service, *cost))
        .collect();
    Ok(additions
        .iter()
        .map(|(month, _)| fiscal.fiscal_year(*month))
        .filter(|year| mid_quarter_applies(&additions, fiscal, *year))
        .collect())
}

/// Errors of cohort `i`'s books, under its path.
fn in_cohort(i: usize, e: ValidationErrors) -> ValidationErrors {
    ValidationErrors {
        issues: e
            .issues
            .into_iter()
            .map(|x| {
                let path = format!("cohorts[{i}].{}", x.path);
                x.at(path)
            })
            .collect(),
    }
}

/// The test the policy's standard sets (ASC 360-10-35-17 recoverability then fair value by
/// the policy's basis, or IAS 36.59 against the recoverable amount).
fn impairment_test(
    policy: &ImpairmentPolicy,
    carrying: Decimal,
    undiscounted: Decimal,
    discounted: Decimal,
    residual_now: Decimal,
) -> Result<ImpairmentTest, ValidationErrors> {
    match policy.standard {
        ImpairmentStandard::Asc360 => {
            let fair_value = match policy.fair_value_basis {
                FairValueBasis::DiscountedCashFlows => discounted.max(Decimal::ZERO),
                FairValueBasis::ResidualValues => residual_now,
            };
            asc360_test(carrying, undiscounted, fair_value)
        }
        ImpairmentStandard::Ias36 => ias36_test(carrying, residual_now, discounted),
    }
}

pub(crate) struct CohortBooks {
    pub book: BookSchedule,
    pub impairment_tests: Vec<ImpairmentRecord>,
}

/// Disposal proceeds if cohort `i` were sold at the end of month `t`.
fn proceeds_at(
    s: &Scenario,
    market: &MarketSeries,
    ops: &Operations,
    i: usize,
    t: usize,
) -> Decimal {
    // Units owned × unit cost × the residual fraction at the age then × (1 − haircut).
    let units = Decimal::from(ops.lines[i][t].units_owned);
    let age = (t + 1 - ops.entry[i]) as u32;
    let fraction = market.residual_fraction(&s.cohorts[i].sku, age);
    round_cents(units * ops.unit_cost[i] * fraction * (Decimal::ONE - s.market.disposal_haircut))
}

/// Book schedule of cohort `i`, impairment-tested at each fiscal year end and when a trigger
/// fires (ASC 360-10-35-21 events; IAS 36.12 indications).
pub(crate) fn book_with_impairment(
    s: &Scenario,
    market: &MarketSeries,
    ops: &Operations,
    i: usize,
) -> Result<CohortBooks, ValidationErrors> {
    let cohort = &s.cohorts[i];
    let fiscal = s.fiscal_calendar()?;
    let lines = &ops.lines[i];
    let horizon = s.horizon_months as usize;
    let entry = ops.entry[i];
    let disposal = ops.retired[i].map(|(t, _)| t);
    let last = disposal.unwrap_or(horizon - 1);
    let hours: Vec<Decimal> = lines[..horizon].iter().map(|l| l.gpu_hours_sold).collect();
    let cost = round_cents(Decimal::from(cohort.quantity) * ops.unit_cost[i]);
    let mut events: Vec<ValueEvent> = Vec::new();
    let compute = |events: &[ValueEvent]| {
        book_schedule(&BookInputs {
            start_month: s.start_month,
            horizon_months: s.horizon_months,
            fiscal,
            cost,
            in_service: cohort.in_service,
            policy: &cohort.book,
            changes: &cohort.changes_in_estimate,
            events,
            hours: &hours,
            disposal: disposal.map(|d| s.start_month.plus_months(d as i32)),
        })
    };
    let mut book = compute(&events);

    let policy = &s.policies.impairment;
    let mut tests = Vec::new();
    let factor = monthly_factor(s.valuation.discount_rate)?;
    // A test at the end of month t looks forward to the margins to the end of the cohort's
    // remaining useful life as estimated then (or its retirement), past the horizon if need
    // be, and the disposal proceeds there (ASC 360-10-35-31 to 35-33, IAS 36.33).
    let flows_to = |end: usize| -> (Vec<Decimal>, Vec<Decimal>) {
        let flows: Vec<Decimal> = (0..=end)
            .map(|k| {
                let terminal = if k == end {
                    proceeds_at(s, market, ops, i, end)
                } else {
                    Decimal::ZERO
                };
                lines[k].contribution_margin + terminal
            })
            .collect();
        let discounted = discounted_forward(&flows, factor);
        let mut undiscounted = vec![Decimal::ZERO; end + 1];
        for t in (0..end).rev() {
            undiscounted[t] = undiscounted[t + 1] + flows[t + 1];
        }
        (undiscounted, discounted)
    };
    // The trigger is the event of the price falling more than the threshold over twelve
    // months: it fires in the month the fall first exceeds it, not in every month after.
    let dropped = |t: usize| {
        let tier = lines[t]
            .tier
            .unwrap_or(fleet_ledger_engine::scenario::Tier::Inference);
        let now = market.price(&cohort.sku, tier, t);
        let then = market.price_a_year_earlier(&cohort.sku, tier, t);
        now < then * (Decimal::ONE - policy.price_drop_trigger)
    };
    for t in entry..last {
        let month = lines[t].month;
        let trigger = if fiscal.is_year_end(month) {
            Some(TestTrigger::FiscalYearEnd)
        } else if dropped(t) && (t == 0 || !dropped(t - 1)) {
            Some(TestTrigger::PriceDrop)
        } else if policy.negative_margin_trigger
            && t > entry
            && lines[t].contribution_margin < Decimal::ZERO
            && lines[t - 1].contribution_margin >= Decimal::ZERO
        {
            Some(TestTrigger::NegativeMargin)
        } else {
            None
        };
        let Some(trigger) = trigger else { continue };
        // The book is kept in cents, and its amounts shown with their places.
        let carrying = round_cents(book.months[t].nbv);
        if carrying.is_zero() && policy.standard == ImpairmentStandard::Asc360 {
            continue;
        }
        let residual_now = proceeds_at(s, market, ops, i, t);
        let end = flows_end(s, cohort, t, ops.operations_end[i]);
        let (undiscounted, discounted) = if end == t {
            (residual_now, residual_now)
        } else {
            let (undiscounted, discounted) = flows_to(end);
            (undiscounted[t], discounted[t])
        };
        let discounted = round_cents(discounted);
        let outcome = impairment_test(policy, carrying, undiscounted, discounted, residual_now)?;
        let recoverable_amount = outcome.recoverability_measure;
        // The month of the last loss or reversal: IAS 36.110 wants a change in estimate since.
        let last_revaluation = events.last().map(|e| match e {
            ValueEvent::Impairment { month, .. } | ValueEvent::Reversal { month, .. } => *month,
        });
        if outcome.loss > Decimal::ZERO {
            events.push(ValueEvent::Impairment {
                month,
                loss: outcome.loss,
            });
            book = compute(&events);
        } else if policy.standard == ImpairmentStandard::Ias36
            && last_revaluation.is_some_and(|since| {
                ias36_estimates_changed(
                    cohort.changes_in_estimate.iter().map(|c| c.effective),
                    since,
                    month,
                )
            })
            && recoverable_amount > carrying
        {
            // IAS 36.117: the schedule caps the write-back at the carrying amount without impairment.
            events.push(ValueEvent::Reversal {
                month,
                amount: recoverable_amount - carrying,
            });
            book = compute(&events);
        }
        tests.push(ImpairmentRecord {
            month,
            trigger,
            test: outcome,
        });
    }
    Ok(CohortBooks {
        book,
        impairment_tests: tests,
    })
}

/// Fills the accounting lines of cohort `i` from its books and the tax book.
pub(crate) fn fill_accounts(
    s: &Scenario,
    market: &MarketSeries,
    ops: &mut Operations,
    i: usize,
    books: &CohortBooks,
    mid_quarter_years: &BTreeSet<i32>,
) -> Result<(), ValidationErrors> {
    let cohort = &s.cohorts[i];
    let fiscal = s.fiscal_calendar()?;
    let cost = round_cents(Decimal::from(cohort.quantity) * ops.unit_cost[i]);
    let mid_quarter = mid_quarter_years.contains(&fiscal.fiscal_year(cohort.in_service));
    let convention = convention_for(cohort.in_service, fiscal, mid_quarter);
    let disposal = ops.retired[i].map(|(t, _)| t);
    let tax = tax_schedule(
        s.start_month,
        s.horizon_months,
        fiscal,
        cost,
        cohort.in_service,
        &cohort.tax,
        convention,
        disposal.map(|d| s.start_month.plus_months(d as i32)),
    )
    .map_err(|e| in_cohort(i, e))?;
    let proceeds = disposal.map(|d| proceeds_at(s, market, ops, i, d));
    let rate = s.valuation.tax_rate;
    let entry = ops.entry[i];
    let horizon = s.horizon_months as usize;
    for (t, line) in ops.lines[i].iter_mut().take(horizon).enumerate() {
        let book = &books.book.months[t];
        let after_disposal = disposal.is_some_and(|d| t > d);
        line.book_depreciation = book.depreciation;
        line.impairment = book.impairment;
        line.impairment_reversal = book.reversal;
        line.nbv = book.nbv;
        line.tax_depreciation = if after_disposal {
            Decimal::ZERO
        } else {
            tax[t].depreciation
        };
        let basis_before_disposal = if after_disposal {
            Decimal::ZERO
        } else {
            tax[t].basis
        };
        let mut taxable = line.contribution_margin - line.tax_depreciation;
        if disposal == Some(t) {
            let received = proceeds.unwrap_or(Decimal::ZERO);
            line.disposal_proceeds = received;
            line.disposal_gain = received - book.disposal_nbv;
            taxable += received - basis_before_disposal;
            line.tax_basis = Decimal::ZERO;
        } else {
            line.tax_basis = basis_before_disposal;
        }
        if t == entry {
            line.capex = cost;
        }
        line.ebit = line.contribution_margin - line.book_depreciation - line.impairment
            + line.impairment_reversal
            + line.disposal_gain;
        line.deferred_tax = round_cents((line.nbv - line.tax_basis) * rate);
        line.tax_paid = round_cents(taxable * rate);
        line.free_cash_flow =
            line.contribution_margin - line.capex + line.disposal_proceeds - line.tax_paid;
    }
    Ok(())
}

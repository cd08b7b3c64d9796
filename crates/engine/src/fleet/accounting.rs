//! The books of each cohort on top of its operations: book depreciation with impairment tests,
//! the tax book, disposal, EBIT, tax paid and free cash flow.

use super::curves::tier_index;
use super::curves::{MarketSeries, ResidualCurve};
use super::discounting::MonthlyDiscount;
use super::fixed_line::FixedLine;
use super::forward_flows::ForwardFlows;
use super::operations::{OperatingMonth, Operations};
use super::precision::{millionths, money, quantity, shift_round, times_rate, RATE_MILLIONTHS};
use super::{remaining_life, ImpairmentRecord, TestTrigger};
use crate::book::{
    without_events, BookInputs, BookRun, DepreciationMethod, FixedBookMonth, Revaluation,
};
use crate::calendar::{FiscalCalendar, YearMonth};
use crate::impairment::{
    asc360_test, ias36_estimates_changed, ias36_test, ImpairmentStandard, ImpairmentTest,
};
use crate::money::{fixed_point, round_cents};
use crate::scenario::{FairValueBasis, ImpairmentPolicy, Scenario, Tier};
use crate::tax::{
    convention_for, mid_quarter_applies, tax_months_in_cents, FixedTaxMonth, TaxedCohort,
};
use crate::validation::ValidationErrors;
use crate::valuation::monthly_factor;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Buffers the cohort pass reuses from one cohort to the next.
#[derive(Default)]
pub(crate) struct CohortScratch {
    pub operating: Vec<OperatingMonth>,
    pub tax: Vec<FixedTaxMonth>,
    pub lines: Vec<FixedLine>,
    /// Handed to each cohort's book run and back ([`CohortBooks::book`]).
    pub book: Vec<FixedBookMonth>,
    forward: ForwardFlows,
}

pub(crate) struct CohortBooks {
    /// The book in cents, month by month (the scratch buffer: give it back once read).
    pub book: Vec<FixedBookMonth>,
    pub impairment_tests: Vec<ImpairmentRecord>,
}

/// Errors of cohort `i`'s books under its own path.
pub(super) fn in_cohort(i: usize, e: ValidationErrors) -> ValidationErrors {
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

/// What cohort `i`'s GPUs fetch when sold: its unit cost, residual curve (looked up once, not
/// at every impairment test) and the share the disposal haircut leaves.
pub(super) struct SaleValue<'a> {
    unit_cost: Decimal,
    residual: Option<&'a ResidualCurve>,
    after_haircut: Decimal,
}

impl<'a> SaleValue<'a> {
    pub(super) fn of(s: &Scenario, market: &'a MarketSeries, i: usize, unit_cost: Decimal) -> Self {
        Self {
            unit_cost,
            residual: market.residual_curve(&s.cohorts[i].sku),
            after_haircut: Decimal::ONE - s.market.disposal_haircut,
        }
    }

    /// What `units` GPUs fetch at `age` months: units × cost × residual fraction at that age ×
    /// (1 − haircut), to the cent.
    pub(super) fn proceeds(&self, units: u32, age: u32) -> Decimal {
        let fraction = self
            .residual
            .map_or(Decimal::ZERO, |curve| curve.fraction(age));
        round_cents(Decimal::from(units) * self.unit_cost * fraction * self.after_haircut)
    }

    /// The proceeds if cohort `i` were sold at the end of month `t`.
    fn at(&self, ops: &Operations, i: usize, t: usize) -> Decimal {
        let units = ops.drivers(i, t).units_owned;
        self.proceeds(units, (t + 1 - ops.entry[i]) as u32)
    }
}

/// The test the policy's standard sets, on the carrying amount, the flows it looks forward to
/// (undiscounted and discounted, in cents) and what the cohort would fetch now (asked only
/// when the standard reads it: a Decimal product per test otherwise wasted): ASC 360's
/// recoverability test with fair value by the policy's basis, or IAS 36's recoverable amount.
pub(super) fn impairment_test(
    policy: &ImpairmentPolicy,
    carrying: Decimal,
    undiscounted: Decimal,
    discounted: Decimal,
    residual_now: impl FnOnce() -> Decimal,
) -> Result<ImpairmentTest, ValidationErrors> {
    match policy.standard {
        ImpairmentStandard::Asc360 => {
            let fair_value = match policy.fair_value_basis {
                FairValueBasis::DiscountedCashFlows => discounted.max(Decimal::ZERO),
                FairValueBasis::ResidualValues => residual_now(),
            };
            asc360_test(carrying, undiscounted, fair_value)
        }
        ImpairmentStandard::Ias36 => ias36_test(carrying, residual_now(), discounted),
    }
}

/// Book schedule of cohort `i`, impairment-tested at each fiscal year end and when a trigger
/// fires (ASC 360-10-35-21 events; IAS 36.12 indications). `operating`: the cohort's months
/// from entry to disposal (or the horizon's end), [`Operations::operating_months`].
pub(crate) fn book_with_impairment(
    fleet: &FleetBooks,
    i: usize,
    operating: &[OperatingMonth],
    scratch: &mut CohortScratch,
) -> Result<CohortBooks, ValidationErrors> {
    let FleetBooks {
        s,
        market,
        ops,
        context,
    } = *fleet;
    let cohort = &s.cohorts[i];
    let horizon = s.horizon_months as usize;
    let entry = ops.entry[i];
    let disposal = ops.retired[i].map(|(t, _)| t);
    let last = disposal.unwrap_or(horizon - 1);
    // Model month t of the cohort (nothing outside its span).
    let month_of = |t: usize| t.checked_sub(entry).and_then(|k| operating.get(k));
    // Hours drive only units-of-production books.
    let hours: Vec<Decimal> = match cohort.book.method {
        DepreciationMethod::UnitsOfProduction { .. } => (0..horizon)
            .map(|t| quantity(month_of(t).map_or(0, OperatingMonth::hours_sold)))
            .collect(),
        _ => Vec::new(),
    };
    let margin = |t: usize| month_of(t).map_or(0, OperatingMonth::contribution_margin);
    let cost = ops.cost[i];
    let disposal_month = disposal.map(|d| s.start_month.plus_months(d as i32));
    let inputs = BookInputs {
        start_month: s.start_month,
        horizon_months: s.horizon_months,
        fiscal: context.fiscal,
        cost,
        in_service: cohort.in_service,
        policy: &cohort.book,
        changes: &cohort.changes_in_estimate,
        events: &[],
        hours: &hours,
        disposal: disposal_month,
    };
    let policy = &s.policies.impairment;
    let mut tests = Vec::new();
    // A test at the end of month t looks forward to the cohort's contribution margins to the
    // end of its remaining useful life (past the horizon if it lies there) and the disposal
    // proceeds then (`remaining_life`, `forward_flows`).
    let sale = SaleValue::of(s, market, i, ops.unit_cost[i]);
    let operations_end = ops.operations_end[i];
    let margin_in =
        |k: usize| month_of(k).map_or_else(|| ops.margin_at(i, k), |m| m.contribution_margin());
    let CohortScratch { forward, book, .. } = scratch;
    forward.clear();
    // The trigger is the event of the price falling more than the threshold over twelve
    // months: it fires in the month the fall first exceeds it, not in every month after.
    // Prices in millionths: now < then × (1 − trigger), exactly, in integers.
    let prices = ops.prices(i);
    let kept = i128::from(RATE_MILLIONTHS - millionths(policy.price_drop_trigger));
    let dropped = |t: usize| {
        let tier = month_of(t).and_then(|m| m.tier).unwrap_or(Tier::Inference);
        let now = i128::from(prices[tier_index(tier)].get(t).copied().unwrap_or(0));
        let then = market.price_a_year_earlier_millionths(&cohort.sku, tier, t);
        now * i128::from(RATE_MILLIONTHS) < i128::from(then) * kept
    };
    // IAS 36.117 caps a reversal at the carrying amount had no impairment been booked.
    let shadow = match policy.standard {
        ImpairmentStandard::Ias36 => Some(without_events(&inputs)),
        ImpairmentStandard::Asc360 => None,
    };
    // The book runs month by month; a test reads the month's carrying amount and books its
    // write-down or write-back in that month before the next is computed.
    let mut run = BookRun::validated(&inputs, shadow.as_deref(), std::mem::take(book))
        .map_err(|e| in_cohort(i, e))?;
    // The month of the last loss or reversal: a reversal needs a change in estimate since.
    let mut last_revaluation: Option<YearMonth> = None;
    let changes = || cohort.changes_in_estimate.iter().map(|c| c.effective);
    while let Some((t, carrying)) = run.open_month() {
        let month = s.start_month.plus_months(t as i32);
        let trigger = if t < entry || t >= last {
            None
        } else if context.fiscal.is_year_end(month) {
            Some(TestTrigger::FiscalYearEnd)
        } else if dropped(t) && (t == 0 || !dropped(t - 1)) {
            Some(TestTrigger::PriceDrop)
        } else if policy.negative_margin_trigger && t > entry && margin(t) < 0 && margin(t - 1) >= 0
        {
            Some(TestTrigger::NegativeMargin)
        } else {
            None
        };
        let tested =
            trigger.filter(|_| !(carrying == 0 && policy.standard == ImpairmentStandard::Asc360));
        if let Some(trigger) = tested {
            let end = remaining_life::flows_end(s, cohort, t, operations_end);
            let (undiscounted, discounted) = if end == t {
                // The life has run out: the cohort is worth what it fetches now.
                let now = sale.at(ops, i, t);
                (now, now)
            } else {
                let terminal = || fixed_point(sale.at(ops, i, end), 2);
                forward.look_to((entry, end), margin_in, terminal, &context.discount);
                forward.after(t)
            };
            let discounted = round_cents(discounted);
            let outcome =
                impairment_test(policy, money(carrying), undiscounted, discounted, || {
                    sale.at(ops, i, t)
                })?;
            let recoverable_amount = fixed_point(outcome.recoverability_measure, 2);
            if outcome.loss > Decimal::ZERO {
                run.revalue(Revaluation::Impairment(fixed_point(outcome.loss, 2)));
                last_revaluation = Some(month);
            } else if policy.standard == ImpairmentStandard::Ias36
                && last_revaluation
                    .is_some_and(|since| ias36_estimates_changed(changes(), since, month))
                && recoverable_amount > carrying
            {
                run.revalue(Revaluation::Reversal(recoverable_amount - carrying));
                last_revaluation = Some(month);
            }
            tests.push(ImpairmentRecord {
                month,
                trigger,
                test: outcome,
            });
        }
        run.close_month();
    }
    let book = run.finish();
    Ok(CohortBooks {
        book,
        impairment_tests: tests,
    })
}

/// What the cohort pass reads for every cohort.
#[derive(Clone, Copy)]
pub(crate) struct FleetBooks<'a> {
    pub s: &'a Scenario,
    pub market: &'a MarketSeries,
    pub ops: &'a Operations,
    pub context: &'a BookContext,
}

/// What every cohort's books share: the fiscal calendar, the monthly discount factor and the
/// fiscal years whose additions take the MACRS mid-quarter convention.
pub(crate) struct BookContext {
    pub fiscal: FiscalCalendar,
    pub discount: MonthlyDiscount,
    pub mid_quarter_years: BTreeSet<i32>,
}

impl BookContext {
    /// `costs`: each cohort's cost, in the scenario's order.
    pub(crate) fn new(s: &Scenario, costs: &[Decimal]) -> Result<Self, ValidationErrors> {
        let fiscal = s.fiscal_calendar()?;
        let additions: Vec<(YearMonth, Decimal)> = s
            .cohorts
            .iter()
            .zip(costs)
            .map(|(c, cost)| (c.in_service, *cost))
            .collect();
        let tax_years: BTreeSet<i32> = additions
            .iter()
            .map(|(m, _)| fiscal.fiscal_year(*m))
            .collect();
        let mid_quarter_years = tax_years
            .into_iter()
            .filter(|y| mid_quarter_applies(&additions, fiscal, *y))
            .collect();
        Ok(Self {
            fiscal,
            discount: MonthlyDiscount::new(monthly_factor(s.valuation.discount_rate)?),
            mid_quarter_years,
        })
    }
}

/// The whole schedule of cohort `i` in fixed point, into `lines`: its operations with its
/// books, the tax book, disposal, EBIT, tax paid and free cash flow (PRODUCT.md §2.2). Only
/// the months from entry to disposal (or the horizon's end) go into `lines`, from the model
/// month returned: every line before and after is zero. `tax` and `lines` are buffers the
/// cohort pass reuses; both are cleared first.
pub(crate) fn cohort_accounts(
    fleet: &FleetBooks,
    i: usize,
    operating: &[OperatingMonth],
    book: &[FixedBookMonth],
    tax: &mut Vec<FixedTaxMonth>,
    lines: &mut Vec<FixedLine>,
) -> Result<usize, ValidationErrors> {
    let FleetBooks {
        s,
        market,
        ops,
        context,
    } = *fleet;
    let cohort = &s.cohorts[i];
    let cost = ops.cost[i];
    let mid_quarter = context
        .mid_quarter_years
        .contains(&context.fiscal.fiscal_year(cohort.in_service));
    let convention = convention_for(cohort.in_service, context.fiscal, mid_quarter);
    let disposal = ops.retired[i].map(|(t, _)| t);
    let taxed = TaxedCohort {
        cost,
        in_service: cohort.in_service,
        policy: &cohort.tax,
        convention,
        disposal: disposal.map(|d| s.start_month.plus_months(d as i32)),
    };
    tax_months_in_cents(s.start_month, s.horizon_months, context.fiscal, &taxed, tax)
        .map_err(|e| in_cohort(i, e))?;
    let sale = SaleValue::of(s, market, i, ops.unit_cost[i]);
    let proceeds = disposal.map_or(0, |d| fixed_point(sale.at(ops, i, d), 2));
    let rate = millionths(s.valuation.tax_rate);
    let entry = ops.entry[i].min(s.horizon_months as usize);
    let end = entry + operating.len();
    let cost = fixed_point(cost, 2);
    lines.clear();
    lines.reserve_exact(end - entry);
    lines.extend(
        operating
            .iter()
            .zip(&book[entry..end])
            .zip(&tax[entry..end])
            .zip(entry..end)
            .map(|(((operating, book), tax), t)| {
                let margin = operating.contribution_margin();
                let mut line = FixedLine {
                    operating: *operating,
                    book_depreciation: book.depreciation,
                    impairment: book.impairment,
                    impairment_reversal: book.reversal,
                    nbv: book.nbv,
                    ..FixedLine::default()
                };
                line.tax_depreciation = tax.depreciation;
                let basis_before_disposal = tax.basis;
                let mut taxable = margin - line.tax_depreciation;
                if disposal == Some(t) {
                    line.disposal_proceeds = proceeds;
                    line.disposal_gain = proceeds - book.disposal_nbv;
                    taxable += proceeds - basis_before_disposal;
                } else {
                    line.tax_basis = basis_before_disposal;
                }
                if t == entry {
                    line.capex = cost;
                }
                line.tax_paid = shift_round::<6>(times_rate(taxable, rate));
                line.close(rate);
                line
            }),
    );
    Ok(entry)
}

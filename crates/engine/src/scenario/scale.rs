//! The scale rule: a scenario whose amounts the model cannot hold exactly is refused by
//! validation, naming the input that makes them too large, instead of failing (or
//! saturating) when it runs.
//!
//! The fleet model keeps money in whole cents in 64-bit integers (about 9.2 × 10¹⁶ currency
//! units) and present values in `Decimal` (about 7.9 × 10²⁸). Each field has its own range,
//! but their products are what the model adds up: 10 million GPUs at a contract price of
//! 10¹² an hour is within every field's range and far beyond any integer. So the bound here
//! is on the products: everything a scenario can book over its horizon (capex, revenue and
//! every cost at its largest) must stay within [`MAX_SCENARIO_TOTAL`], a hundredth of what
//! the integers hold, which leaves room for every sum and difference the model forms. A
//! negative discount rate makes present values grow instead of shrink; that growth over the
//! horizon is bounded by [`MAX_PRESENT_VALUE_GROWTH`].
//!
//! The bounds are worked out in f64: they decide whether a scenario is accepted and give an
//! order of magnitude in the message; no amount the model reports passes through them.

use super::{CurveShape, GpuSku, Scenario};
use crate::validation::{Issue, IssueCode, IssueCollector};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Most that capex, revenue and costs may add up to over a scenario's horizon: 10¹⁵ (a
/// quadrillion) currency units, several hundred years of every hyperscaler's capex together.
pub const MAX_SCENARIO_TOTAL: f64 = 1e15;

/// Most a negative discount rate may grow a cash flow by over the horizon in present value.
pub const MAX_PRESENT_VALUE_GROWTH: f64 = 1e6;

/// The longest month has 744 hours (31 days).
const MAX_HOURS_IN_MONTH: f64 = 744.0;

fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(f64::MAX)
}

/// Which input makes a cohort's amounts largest, for the message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Driver {
    Capex,
    Contract,
    MarketPrice(usize),
    Electricity,
    Hosting,
    Maintenance,
    Other,
}

pub(super) fn check(s: &Scenario, issues: &mut IssueCollector) {
    let years = f64::from(s.horizon_months) / 12.0;
    check_discount_rate(s, years, issues);
    // The highest price each SKU's curves reach: a generated curve only falls from launch.
    let mut highest_price: HashMap<&str, (f64, usize)> = HashMap::new();
    for (j, curve) in s.market.price_curves.iter().enumerate() {
        let top = match &curve.shape {
            CurveShape::Points { points } => points.iter().map(|p| f(p.value)).fold(0.0, f64::max),
            CurveShape::Generated { launch_price, .. } => f(*launch_price),
        };
        let entry = highest_price.entry(curve.sku.as_str()).or_insert((0.0, j));
        if top > entry.0 {
            *entry = (top, j);
        }
    }
    let c = &s.costs;
    let escalation = (1.0 + f(c.electricity_escalation).max(0.0)).powf(years.ceil());
    let months = f64::from(s.horizon_months);
    let catalog: HashMap<&str, &GpuSku> = s.catalog.iter().map(|k| (k.id.as_str(), k)).collect();
    let mut total = 0.0;
    let mut largest: Option<(f64, usize, Driver)> = None;
    for (i, cohort) in s.cohorts.iter().enumerate() {
        let Some(sku) = catalog.get(cohort.sku.as_str()) else {
            continue; // reported by the cohort rules
        };
        let gpus = f64::from(cohort.quantity);
        let unit_cost = f(cohort.unit_cost.unwrap_or(sku.capex_per_gpu));
        let kw = f(sku.kw_per_gpu) * f(c.pue);
        let (market_price, curve) = highest_price
            .get(cohort.sku.as_str())
            .copied()
            .unwrap_or((0.0, 0));
        let contract_price = cohort
            .contract
            .as_ref()
            .map_or(0.0, |k| f(k.price_per_gpu_hour));
        let per_gpu_month = [
            (
                Driver::MarketPrice(curve),
                MAX_HOURS_IN_MONTH * market_price,
            ),
            (Driver::Contract, MAX_HOURS_IN_MONTH * contract_price),
            (
                Driver::Electricity,
                kw * MAX_HOURS_IN_MONTH * f(c.electricity_per_kwh) * escalation,
            ),
            (Driver::Hosting, kw * f(c.facility.per_kw_month())),
            (
                Driver::Maintenance,
                unit_cost * f(c.maintenance_percent_per_year) / 1_200.0,
            ),
            (Driver::Other, f(c.other_per_gpu_month)),
        ];
        // Capex, then disposal proceeds (at most the cost) and every month at its largest.
        let mut parts = vec![(Driver::Capex, 2.0 * gpus * unit_cost)];
        parts.extend(
            per_gpu_month
                .iter()
                .map(|&(driver, amount)| (driver, gpus * months * amount)),
        );
        for (driver, amount) in parts {
            total += amount;
            if largest.is_none_or(|(top, ..)| amount > top) {
                largest = Some((amount, i, driver));
            }
        }
    }
    if total.is_finite() && total <= MAX_SCENARIO_TOTAL {
        return;
    }
    let Some((_, i, driver)) = largest else {
        return;
    };
    let cohort = &s.cohorts[i];
    let path = match driver {
        Driver::Capex if cohort.unit_cost.is_some() => format!("cohorts[{i}].unit_cost"),
        Driver::Capex => format!("cohorts[{i}].quantity"),
        Driver::Contract => format!("cohorts[{i}].contract.price_per_gpu_hour"),
        Driver::MarketPrice(j) => format!("market.price_curves[{j}]"),
        Driver::Electricity => "costs.electricity_per_kwh".into(),
        Driver::Hosting => "costs.facility.per_kw_month".into(),
        Driver::Maintenance => "costs.maintenance_percent_per_year".into(),
        Driver::Other => "costs.other_per_gpu_month".into(),
    };
    issues.push(
        path,
        Issue::new(IssueCode::TooLargeForModel)
            .with("total", magnitude(total))
            .with("months", s.horizon_months)
            .with("cohort", &cohort.id)
            .with("quantity", cohort.quantity),
    );
}

/// (1 + r)^years ≥ 1 / growth: the lowest rate allowed for the horizon.
fn check_discount_rate(s: &Scenario, years: f64, issues: &mut IssueCollector) {
    let rate = f(s.valuation.discount_rate);
    if rate >= 0.0 || rate <= -1.0 || years <= 0.0 {
        return; // non-negative rates shrink values; below -1 the range rule reports it
    }
    let growth = (1.0 + rate).powf(-years);
    if growth <= MAX_PRESENT_VALUE_GROWTH {
        return;
    }
    let lowest = MAX_PRESENT_VALUE_GROWTH.powf(-1.0 / years) - 1.0;
    // Rounded up to a hundredth, so the rate the message names is itself accepted.
    let lowest = (lowest * 100.0).ceil() / 100.0;
    issues.push(
        "valuation.discount_rate",
        Issue::new(IssueCode::DiscountTooLowForHorizon)
            .with("given", s.valuation.discount_rate)
            .with("months", s.horizon_months)
            .with("lowest", format!("{lowest:.2}")),
    );
}

/// `7.3 × 10^24`, or the whole number when it is short enough to read.
fn magnitude(value: f64) -> String {
    if !value.is_finite() {
        return "more than 10^308".into();
    }
    let exponent = value.abs().log10().floor() as i32;
    let mantissa = value / 10f64.powi(exponent);
    format!("{mantissa:.1} × 10^{exponent}")
}

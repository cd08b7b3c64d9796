//! Every rule a scenario must satisfy, each reported with its field path and what is allowed.

use super::{
    normalise_name, CurveShape, DatedValue, Scenario, Tier, TieringRule, MAX_HORIZON_MONTHS,
    SCENARIO_FORMAT_VERSION,
};
use crate::calendar::YearMonth;
use crate::money::MAX_AMOUNT;
use crate::validation::{IssueCollector, ValidationErrors};
use rust_decimal::Decimal;
use std::collections::HashSet;

/// Most GPUs one cohort may hold; larger deliveries are split into several cohorts.
pub const MAX_COHORT_QUANTITY: u32 = 10_000_000;

/// `name[index]`, a field path written out only when an issue needs it: a fleet has
/// thousands of cohorts to check and, usually, nothing to report.
struct Indexed(&'static str, usize);

impl std::fmt::Display for Indexed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// `parent.name`, written out only when an issue needs it.
struct Field<'a>(&'a dyn std::fmt::Display, &'static str);

impl std::fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

struct Rules<'a> {
    issues: IssueCollector,
    first: YearMonth,
    last: YearMonth,
    scenario: &'a Scenario,
}

impl Rules<'_> {
    fn range(
        &mut self,
        path: impl FnOnce() -> String,
        value: Decimal,
        low: Decimal,
        high: Decimal,
        allowed: &str,
    ) {
        if value < low || value > high {
            self.issues.push(path(), format!("must be {allowed}"));
        }
    }

    fn fraction(&mut self, path: impl FnOnce() -> String, value: Decimal) {
        self.range(
            path,
            value,
            Decimal::ZERO,
            Decimal::ONE,
            "a fraction from 0 to 1",
        );
    }

    fn amount(&mut self, path: impl FnOnce() -> String, value: Decimal) {
        self.range(
            path,
            value,
            Decimal::ZERO,
            MAX_AMOUNT,
            "between 0 and 1,000,000,000,000,000",
        );
    }

    fn month_in_model(&mut self, path: impl FnOnce() -> String, month: YearMonth) {
        if month < self.first || month > self.last {
            let (first, last) = (self.first, self.last);
            self.issues.push(
                path(),
                format!("must be a month within the model, {first} to {last}"),
            );
        }
    }

    fn known_sku(&mut self, path: impl FnOnce() -> String, sku: &str) {
        if self.scenario.sku(sku).is_none() {
            let known: Vec<&str> = self
                .scenario
                .catalog
                .iter()
                .map(|s| s.id.as_str())
                .collect();
            self.issues.push(
                path(),
                format!("must name a GPU in the catalog ({})", known.join(", ")),
            );
        }
    }

    fn points(&mut self, path: &str, points: &[DatedValue], fraction: bool) {
        if points.is_empty() {
            self.issues.push(
                format!("{path}.points"),
                "must hold at least one dated point",
            );
        }
        for (i, point) in points.iter().enumerate() {
            if i > 0 && point.month <= points[i - 1].month {
                self.issues.push(
                    format!("{path}.points[{i}].month"),
                    "must come after the previous point's month",
                );
            }
            if fraction {
                self.fraction(|| format!("{path}.points[{i}].value"), point.value);
            } else {
                self.amount(|| format!("{path}.points[{i}].value"), point.value);
            }
        }
    }
}

pub(super) fn validate(s: &Scenario) -> Result<(), ValidationErrors> {
    let horizon_ok = (1..=MAX_HORIZON_MONTHS).contains(&s.horizon_months);
    let mut r = Rules {
        issues: IssueCollector::default(),
        first: s.start_month,
        last: if horizon_ok {
            s.end_month()
        } else {
            s.start_month
        },
        scenario: s,
    };
    if s.format_version != SCENARIO_FORMAT_VERSION {
        r.issues.push(
            "format_version",
            format!("must be {SCENARIO_FORMAT_VERSION} for this version of Fleet Ledger"),
        );
    }
    if let Err(e) = normalise_name(&s.name) {
        r.issues.push("name", e.issues[0].message.clone());
    }
    if !horizon_ok {
        r.issues.push(
            "horizon_months",
            format!("must be between 1 and {MAX_HORIZON_MONTHS} months"),
        );
    }
    if !(1..=12).contains(&s.fiscal_year_end_month) {
        r.issues.push(
            "fiscal_year_end_month",
            "must be a month number from 1 (January) to 12 (December)",
        );
    }
    catalog(&mut r);
    cohorts(&mut r);
    market(&mut r);
    costs(&mut r);
    policies(&mut r);
    r.issues.finish()
}

fn catalog(r: &mut Rules<'_>) {
    let mut ids = HashSet::new();
    for (i, sku) in r.scenario.catalog.iter().enumerate() {
        let path = format!("catalog[{i}]");
        if sku.id.trim().is_empty() {
            r.issues.push(format!("{path}.id"), "must not be empty");
        } else if !ids.insert(sku.id.as_str()) {
            r.issues.push(
                format!("{path}.id"),
                format!("must be unique; {} appears twice", sku.id),
            );
        }
        r.amount(|| format!("{path}.capex_per_gpu"), sku.capex_per_gpu);
        r.range(
            || format!("{path}.kw_per_gpu"),
            sku.kw_per_gpu,
            Decimal::new(1, 3),
            Decimal::from(100),
            "between 0.001 and 100 kW",
        );
        r.fraction(
            || format!("{path}.idle_power_fraction"),
            sku.idle_power_fraction,
        );
        r.range(
            || format!("{path}.training_throughput"),
            sku.training_throughput,
            Decimal::ZERO,
            Decimal::from(1000),
            "between 0 and 1,000 (H100 = 1)",
        );
        r.range(
            || format!("{path}.inference_throughput"),
            sku.inference_throughput,
            Decimal::ZERO,
            Decimal::from(1000),
            "between 0 and 1,000 (H100 = 1)",
        );
    }
}

fn cohorts(r: &mut Rules<'_>) {
    let mut ids = HashSet::new();
    for (i, cohort) in r.scenario.cohorts.iter().enumerate() {
        let path = Indexed("cohorts", i);
        if cohort.id.trim().is_empty() {
            r.issues.push(format!("{path}.id"), "must not be empty");
        } else if !ids.insert(cohort.id.as_str()) {
            r.issues.push(
                format!("{path}.id"),
                format!("must be unique; {} appears twice", cohort.id),
            );
        }
        r.known_sku(|| format!("{path}.sku"), &cohort.sku);
        if !(1..=MAX_COHORT_QUANTITY).contains(&cohort.quantity) {
            r.issues.push(
                format!("{path}.quantity"),
                format!("must be between 1 and {MAX_COHORT_QUANTITY} GPUs"),
            );
        }
        r.month_in_model(|| format!("{path}.in_service"), cohort.in_service);
        if let Some(cost) = cohort.unit_cost {
            r.amount(|| format!("{path}.unit_cost"), cost);
        }
        cohort.book.validate(&Field(&path, "book"), &mut r.issues);
        cohort.tax.validate(&Field(&path, "tax"), &mut r.issues);
        if let Some(retirement) = cohort.planned_retirement {
            if retirement < cohort.in_service {
                r.issues.push(
                    format!("{path}.planned_retirement"),
                    "must not be before the cohort enters service",
                );
            }
        }
        if let Some(contract) = &cohort.contract {
            r.amount(
                || format!("{path}.contract.price_per_gpu_hour"),
                contract.price_per_gpu_hour,
            );
            r.fraction(
                || format!("{path}.contract.share_of_hours"),
                contract.share_of_hours,
            );
            if contract.end < contract.start {
                r.issues.push(
                    format!("{path}.contract.end"),
                    "must not be before the contract's start",
                );
            }
        }
        for (j, change) in cohort.changes_in_estimate.iter().enumerate() {
            let change_path = format!("{path}.changes_in_estimate[{j}]");
            change.validate(&cohort.book, &change_path, &mut r.issues);
            r.month_in_model(|| format!("{change_path}.effective"), change.effective);
            if change.effective <= cohort.in_service {
                r.issues.push(
                    format!("{change_path}.effective"),
                    "must be after the month the cohort enters service",
                );
            }
        }
        if let Some(tier) = cohort.tier {
            needs_utilisation(r, tier, &format!("{path}.tier"));
        }
        if !r
            .scenario
            .market
            .price_curves
            .iter()
            .any(|c| c.sku == cohort.sku)
            && r.scenario.sku(&cohort.sku).is_some()
        {
            r.issues.push(
                format!("{path}.sku"),
                format!(
                    "has no rental price curve in market.price_curves for {}",
                    cohort.sku
                ),
            );
        }
    }
}

fn needs_utilisation(r: &mut Rules<'_>, tier: Tier, path: &str) {
    if !r.scenario.market.utilisation.iter().any(|u| u.tier == tier) {
        r.issues.push(
            path.to_owned(),
            format!("needs a utilisation curve for the {tier:?} tier in market.utilisation"),
        );
    }
}

fn market(r: &mut Rules<'_>) {
    let market = &r.scenario.market;
    for (i, curve) in market.price_curves.iter().enumerate() {
        let path = format!("market.price_curves[{i}]");
        r.known_sku(|| format!("{path}.sku"), &curve.sku);
        match &curve.shape {
            CurveShape::Points { points } => r.points(&format!("{path}.shape"), points, false),
            CurveShape::Generated {
                launch_price,
                annual_decay,
                next_generation_launch,
                step_down,
                launch,
            } => {
                r.amount(|| format!("{path}.shape.launch_price"), *launch_price);
                r.range(
                    || format!("{path}.shape.annual_decay"),
                    *annual_decay,
                    Decimal::ZERO,
                    Decimal::new(99, 2),
                    "a fraction from 0 to 0.99 a year",
                );
                r.fraction(|| format!("{path}.shape.step_down"), *step_down);
                if next_generation_launch.is_some_and(|n| n < *launch) {
                    r.issues.push(
                        format!("{path}.shape.next_generation_launch"),
                        "must not be before the launch",
                    );
                }
            }
        }
    }
    for (i, utilisation) in market.utilisation.iter().enumerate() {
        r.points(
            &format!("market.utilisation[{i}]"),
            &utilisation.points,
            true,
        );
    }
    for (i, residual) in market.residual_values.iter().enumerate() {
        let path = format!("market.residual_values[{i}]");
        r.known_sku(|| format!("{path}.sku"), &residual.sku);
        for (j, point) in residual.points.iter().enumerate() {
            r.fraction(
                || format!("{path}.points[{j}].fraction_of_cost"),
                point.fraction_of_cost,
            );
            if j > 0 && point.age_months <= residual.points[j - 1].age_months {
                r.issues.push(
                    format!("{path}.points[{j}].age_months"),
                    "must be older than the previous point",
                );
            }
        }
    }
    r.fraction(|| "market.disposal_haircut".into(), market.disposal_haircut);
}

fn costs(r: &mut Rules<'_>) {
    let c = &r.scenario.costs;
    r.range(
        || "costs.electricity_per_kwh".into(),
        c.electricity_per_kwh,
        Decimal::ZERO,
        Decimal::TEN,
        "between 0 and 10 per kWh",
    );
    r.range(
        || "costs.electricity_escalation".into(),
        c.electricity_escalation,
        Decimal::new(-5, 1),
        Decimal::ONE,
        "a yearly fraction from -0.5 to 1",
    );
    r.range(
        || "costs.pue".into(),
        c.pue,
        Decimal::ONE,
        Decimal::from(3),
        "between 1 and 3",
    );
    let facility = match &c.facility {
        super::Facility::Colocation { per_kw_month } | super::Facility::Owned { per_kw_month } => {
            *per_kw_month
        }
    };
    r.range(
        || "costs.facility.per_kw_month".into(),
        facility,
        Decimal::ZERO,
        Decimal::from(10_000),
        "between 0 and 10,000 per kW-month",
    );
    r.range(
        || "costs.maintenance_percent_per_year".into(),
        c.maintenance_percent_per_year,
        Decimal::ZERO,
        Decimal::ONE_HUNDRED,
        "between 0 and 100 percent",
    );
    r.amount(|| "costs.other_per_gpu_month".into(), c.other_per_gpu_month);
    r.range(
        || "costs.annual_failure_rate".into(),
        c.annual_failure_rate,
        Decimal::ZERO,
        Decimal::new(99, 2),
        "a yearly fraction from 0 to 0.99",
    );
    r.range(
        || "costs.carbon_kg_per_kwh".into(),
        c.carbon_kg_per_kwh,
        Decimal::ZERO,
        Decimal::from(5),
        "between 0 and 5 kg per kWh",
    );
    if let Some(site) = &r.scenario.site {
        r.range(
            || "site.power_cap_mw".into(),
            site.power_cap_mw,
            Decimal::new(1, 3),
            Decimal::from(100_000),
            "between 0.001 and 100,000 MW",
        );
    }
}

fn policies(r: &mut Rules<'_>) {
    let p = &r.scenario.policies;
    r.fraction(
        || "policies.impairment.price_drop_trigger".into(),
        p.impairment.price_drop_trigger,
    );
    match p.tiering {
        TieringRule::Fixed { tier } => needs_utilisation(r, tier, "policies.tiering.tier"),
        TieringRule::ByAge { training_months } => {
            if training_months == 0 {
                r.issues.push(
                    "policies.tiering.training_months",
                    "must be at least 1 month",
                );
            }
            needs_utilisation(r, Tier::Training, "policies.tiering");
            needs_utilisation(r, Tier::Inference, "policies.tiering");
        }
        TieringRule::NewestGenerationsTrain { generations } => {
            if generations == 0 {
                r.issues
                    .push("policies.tiering.generations", "must be at least 1");
            }
            needs_utilisation(r, Tier::Training, "policies.tiering");
            needs_utilisation(r, Tier::Inference, "policies.tiering");
        }
    }
    if p.retirement.fixed_age_months == Some(0) {
        r.issues.push(
            "policies.retirement.fixed_age_months",
            "must be at least 1 month",
        );
    }
    if p.retirement.negative_margin_months == Some(0) {
        r.issues.push(
            "policies.retirement.negative_margin_months",
            "must be at least 1 month",
        );
    }
    let v = &r.scenario.valuation;
    r.range(
        || "valuation.discount_rate".into(),
        v.discount_rate,
        Decimal::new(-99, 2),
        Decimal::TEN,
        "a yearly fraction from -0.99 to 10",
    );
    r.range(
        || "valuation.tax_rate".into(),
        v.tax_rate,
        Decimal::ZERO,
        Decimal::new(99, 2),
        "a fraction from 0 to 0.99",
    );
    r.range(
        || "valuation.shares_outstanding".into(),
        v.shares_outstanding,
        Decimal::ONE,
        MAX_AMOUNT,
        "at least 1 share",
    );
}

//! Every rule a scenario must satisfy, each reported with its field path and what is allowed.

use super::messages::quoted;
use super::{
    normalise_name, CurveShape, DatedValue, Scenario, Tier, TieringRule, MAX_HORIZON_MONTHS,
    SCENARIO_FORMAT_VERSION,
};
use crate::calendar::YearMonth;
use crate::money::MAX_AMOUNT;
use crate::validation::{Issue, IssueCode, IssueCollector, TierName, Unit, ValidationErrors};
use rust_decimal::Decimal;
use std::collections::HashSet;

/// The ranges of the rates and prices that analyses vary (tornado, break-even) as well as
/// validation checks, so a variant stays a scenario validation accepts.
pub const DISCOUNT_RATE_RANGE: (Decimal, Decimal) =
    (Decimal::from_parts(99, 0, 0, true, 2), Decimal::TEN);
pub const ELECTRICITY_PRICE_RANGE: (Decimal, Decimal) = (Decimal::ZERO, Decimal::TEN);
pub const ELECTRICITY_ESCALATION_RANGE: (Decimal, Decimal) =
    (Decimal::from_parts(5, 0, 0, true, 1), Decimal::ONE);
pub const MAINTENANCE_PERCENT_RANGE: (Decimal, Decimal) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
pub const FACILITY_RATE_RANGE: (Decimal, Decimal) =
    (Decimal::ZERO, Decimal::from_parts(10_000, 0, 0, false, 0));

/// Longest id (a SKU's, a cohort's) and longest other one-line text (a GPU's name, its
/// vendor) accepted.
pub const MAX_ID_CHARS: usize = 64;
pub const MAX_LABEL_CHARS: usize = 120;
/// Longest source note: a citation with its address and a sentence or two. Longer text
/// belongs in the user's own documents, not on every page of a meeting pack.
pub const MAX_SOURCE_CHARS: usize = 1_000;

/// How many SKU ids a message about an unknown SKU names, so it stays short whatever the
/// catalog's size.
const KNOWN_SKUS_NAMED: usize = 8;

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
    /// Catalog ids, and the SKUs with a price curve: looked up once per cohort, so a large
    /// catalog costs a hash each, not a scan.
    catalog_ids: HashSet<&'a str>,
    priced_skus: HashSet<&'a str>,
}

impl Rules<'_> {
    fn range(
        &mut self,
        path: impl FnOnce() -> String,
        value: Decimal,
        low: Decimal,
        high: Decimal,
        unit: Unit,
    ) {
        if value < low || value > high {
            self.issues
                .push(path(), Issue::out_of_range(value, low, high, unit));
        }
    }

    fn fraction(&mut self, path: impl FnOnce() -> String, value: Decimal) {
        self.range(path, value, Decimal::ZERO, Decimal::ONE, Unit::None);
    }

    fn amount(&mut self, path: impl FnOnce() -> String, value: Decimal) {
        self.range(path, value, Decimal::ZERO, MAX_AMOUNT, Unit::None);
    }

    fn month_in_model(&mut self, path: impl FnOnce() -> String, month: YearMonth) {
        if month < self.first || month > self.last {
            let (first, last) = (self.first, self.last);
            self.issues.push(
                path(),
                Issue::new(IssueCode::MonthInModel)
                    .with("first", first)
                    .with("last", last),
            );
        }
    }

    fn known_sku(&mut self, path: impl FnOnce() -> String, sku: &str) {
        if !self.catalog_ids.contains(sku) {
            let catalog = &self.scenario.catalog;
            let mut known: Vec<&str> = catalog
                .iter()
                .take(KNOWN_SKUS_NAMED)
                .map(|s| s.id.as_str())
                .collect();
            if catalog.len() > KNOWN_SKUS_NAMED {
                known.push("…");
            }
            let issue = if catalog.is_empty() {
                Issue::new(IssueCode::EmptyCatalog).with("given", quoted(sku))
            } else {
                Issue::new(IssueCode::UnknownSku)
                    .with("given", quoted(sku))
                    .with("known", known.join(", "))
                    .with("count", catalog.len())
            };
            self.issues.push(path(), issue);
        }
    }

    /// Text of at most `max` characters; `one_line` also refuses line breaks and other
    /// control characters (ids, names), which a note may hold.
    fn text(&mut self, path: impl Fn() -> String, text: &str, max: usize, one_line: bool) {
        let chars = text.chars().count();
        if chars > max {
            self.issues.push(
                path(),
                Issue::new(IssueCode::TooLong)
                    .with("given", chars)
                    .with("max", max),
            );
        }
        if one_line && text.chars().any(char::is_control) {
            self.issues.push(path(), IssueCode::OneLine);
        }
    }

    fn points(&mut self, path: &str, points: &[DatedValue], fraction: bool) {
        if points.is_empty() {
            self.issues
                .push(format!("{path}.points"), IssueCode::NeedsPoints);
        }
        for (i, point) in points.iter().enumerate() {
            if i > 0 && point.month <= points[i - 1].month {
                self.issues.push(
                    format!("{path}.points[{i}].month"),
                    IssueCode::AfterPreviousMonth,
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
        catalog_ids: s.catalog.iter().map(|k| k.id.as_str()).collect(),
        priced_skus: s
            .market
            .price_curves
            .iter()
            .map(|c| c.sku.as_str())
            .collect(),
    };
    if s.format_version != SCENARIO_FORMAT_VERSION {
        r.issues.push(
            "format_version",
            Issue::new(IssueCode::FormatVersion).with("version", SCENARIO_FORMAT_VERSION),
        );
    }
    if let Err(e) = normalise_name(&s.name) {
        r.issues.extend(e.issues);
    }
    if !horizon_ok {
        r.issues.push(
            "horizon_months",
            Issue::out_of_range(s.horizon_months, 1, MAX_HORIZON_MONTHS, Unit::Months),
        );
    }
    if !(1..=12).contains(&s.fiscal_year_end_month) {
        r.issues.push(
            "fiscal_year_end_month",
            Issue::new(IssueCode::MonthOfYear).with("given", s.fiscal_year_end_month),
        );
    }
    catalog(&mut r);
    cohorts(&mut r);
    market(&mut r);
    costs(&mut r);
    policies(&mut r);
    if horizon_ok {
        super::scale::check(s, &mut r.issues);
    }
    r.issues.finish()
}

fn catalog(r: &mut Rules<'_>) {
    let mut ids = HashSet::new();
    for (i, sku) in r.scenario.catalog.iter().enumerate() {
        let path = format!("catalog[{i}]");
        if sku.id.trim().is_empty() {
            r.issues.push(format!("{path}.id"), IssueCode::Required);
        } else if !ids.insert(sku.id.as_str()) {
            r.issues.push(
                format!("{path}.id"),
                Issue::new(IssueCode::Duplicate).with("value", quoted(&sku.id)),
            );
        }
        r.text(|| format!("{path}.id"), &sku.id, MAX_ID_CHARS, true);
        r.text(|| format!("{path}.name"), &sku.name, MAX_LABEL_CHARS, true);
        r.text(
            || format!("{path}.vendor"),
            &sku.vendor,
            MAX_LABEL_CHARS,
            true,
        );
        r.text(
            || format!("{path}.source"),
            &sku.source,
            MAX_SOURCE_CHARS,
            false,
        );
        r.amount(|| format!("{path}.capex_per_gpu"), sku.capex_per_gpu);
        r.range(
            || format!("{path}.kw_per_gpu"),
            sku.kw_per_gpu,
            Decimal::new(1, 3),
            Decimal::from(100),
            Unit::Kw,
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
            Unit::H100Relative,
        );
        r.range(
            || format!("{path}.inference_throughput"),
            sku.inference_throughput,
            Decimal::ZERO,
            Decimal::from(1000),
            Unit::H100Relative,
        );
    }
}

fn cohorts(r: &mut Rules<'_>) {
    let mut ids = HashSet::new();
    for (i, cohort) in r.scenario.cohorts.iter().enumerate() {
        let path = Indexed("cohorts", i);
        if cohort.id.trim().is_empty() {
            r.issues.push(format!("{path}.id"), IssueCode::Required);
        } else if !ids.insert(cohort.id.as_str()) {
            r.issues.push(
                format!("{path}.id"),
                Issue::new(IssueCode::Duplicate).with("value", quoted(&cohort.id)),
            );
        }
        r.text(|| format!("{path}.id"), &cohort.id, MAX_ID_CHARS, true);
        r.known_sku(|| format!("{path}.sku"), &cohort.sku);
        if !(1..=MAX_COHORT_QUANTITY).contains(&cohort.quantity) {
            r.issues.push(
                format!("{path}.quantity"),
                Issue::out_of_range(cohort.quantity, 1, MAX_COHORT_QUANTITY, Unit::Gpus),
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
                    IssueCode::NotBeforeInService,
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
                    IssueCode::NotBeforeContractStart,
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
                    IssueCode::AfterInService,
                );
            }
        }
        if let Some(tier) = cohort.tier {
            needs_utilisation(r, tier, &format!("{path}.tier"));
        }
        if !r.priced_skus.contains(cohort.sku.as_str())
            && r.catalog_ids.contains(cohort.sku.as_str())
        {
            r.issues.push(
                format!("{path}.sku"),
                Issue::new(IssueCode::NoPriceCurve).with("sku", quoted(&cohort.sku)),
            );
        }
    }
}

fn needs_utilisation(r: &mut Rules<'_>, tier: Tier, path: &str) {
    if !r.scenario.market.utilisation.iter().any(|u| u.tier == tier) {
        r.issues.push(
            path.to_owned(),
            Issue::new(IssueCode::NeedsUtilisation).with("tier", TierName::of(tier).key()),
        );
    }
}

fn market(r: &mut Rules<'_>) {
    let market = &r.scenario.market;
    for (i, curve) in market.price_curves.iter().enumerate() {
        let path = format!("market.price_curves[{i}]");
        r.known_sku(|| format!("{path}.sku"), &curve.sku);
        r.text(
            || format!("{path}.source"),
            &curve.source,
            MAX_SOURCE_CHARS,
            false,
        );
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
                    Unit::PerYear,
                );
                r.fraction(|| format!("{path}.shape.step_down"), *step_down);
                if next_generation_launch.is_some_and(|n| n < *launch) {
                    r.issues.push(
                        format!("{path}.shape.next_generation_launch"),
                        IssueCode::NotBeforeLaunch,
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
        r.text(
            || format!("{path}.source"),
            &residual.source,
            MAX_SOURCE_CHARS,
            false,
        );
        for (j, point) in residual.points.iter().enumerate() {
            r.fraction(
                || format!("{path}.points[{j}].fraction_of_cost"),
                point.fraction_of_cost,
            );
            if j > 0 && point.age_months <= residual.points[j - 1].age_months {
                r.issues.push(
                    format!("{path}.points[{j}].age_months"),
                    IssueCode::OlderThanPrevious,
                );
            }
        }
    }
    r.fraction(|| "market.disposal_haircut".into(), market.disposal_haircut);
}

fn costs(r: &mut Rules<'_>) {
    let c = &r.scenario.costs;
    r.text(|| "costs.source".into(), &c.source, MAX_SOURCE_CHARS, false);
    r.range(
        || "costs.electricity_per_kwh".into(),
        c.electricity_per_kwh,
        ELECTRICITY_PRICE_RANGE.0,
        ELECTRICITY_PRICE_RANGE.1,
        Unit::PerKwh,
    );
    r.range(
        || "costs.electricity_escalation".into(),
        c.electricity_escalation,
        ELECTRICITY_ESCALATION_RANGE.0,
        ELECTRICITY_ESCALATION_RANGE.1,
        Unit::PerYear,
    );
    r.range(
        || "costs.pue".into(),
        c.pue,
        Decimal::ONE,
        Decimal::from(3),
        Unit::None,
    );
    r.range(
        || "costs.facility.per_kw_month".into(),
        c.facility.per_kw_month(),
        FACILITY_RATE_RANGE.0,
        FACILITY_RATE_RANGE.1,
        Unit::PerKwMonth,
    );
    r.range(
        || "costs.maintenance_percent_per_year".into(),
        c.maintenance_percent_per_year,
        MAINTENANCE_PERCENT_RANGE.0,
        MAINTENANCE_PERCENT_RANGE.1,
        Unit::Percent,
    );
    r.amount(|| "costs.other_per_gpu_month".into(), c.other_per_gpu_month);
    r.range(
        || "costs.annual_failure_rate".into(),
        c.annual_failure_rate,
        Decimal::ZERO,
        Decimal::new(99, 2),
        Unit::PerYear,
    );
    r.range(
        || "costs.carbon_kg_per_kwh".into(),
        c.carbon_kg_per_kwh,
        Decimal::ZERO,
        Decimal::from(5),
        Unit::KgPerKwh,
    );
    if let Some(site) = &r.scenario.site {
        r.range(
            || "site.power_cap_mw".into(),
            site.power_cap_mw,
            Decimal::new(1, 3),
            Decimal::from(100_000),
            Unit::Mw,
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
                    IssueCode::AtLeastOneMonth,
                );
            }
            needs_utilisation(r, Tier::Training, "policies.tiering");
            needs_utilisation(r, Tier::Inference, "policies.tiering");
        }
        TieringRule::NewestGenerationsTrain { generations } => {
            if generations == 0 {
                r.issues
                    .push("policies.tiering.generations", IssueCode::AtLeastOne);
            }
            needs_utilisation(r, Tier::Training, "policies.tiering");
            needs_utilisation(r, Tier::Inference, "policies.tiering");
        }
    }
    if p.compared_book_policies.len() > super::policies::MAX_COMPARED_POLICIES {
        r.issues.push(
            "policies.compared_book_policies",
            Issue::new(IssueCode::TooManyPolicies)
                .with("given", p.compared_book_policies.len())
                .with("max", super::policies::MAX_COMPARED_POLICIES),
        );
    }
    for (i, policy) in p.compared_book_policies.iter().enumerate() {
        policy.validate(
            &Indexed("policies.compared_book_policies", i),
            &mut r.issues,
        );
    }
    if p.retirement.fixed_age_months == Some(0) {
        r.issues.push(
            "policies.retirement.fixed_age_months",
            IssueCode::AtLeastOneMonth,
        );
    }
    if p.retirement.negative_margin_months == Some(0) {
        r.issues.push(
            "policies.retirement.negative_margin_months",
            IssueCode::AtLeastOneMonth,
        );
    }
    let v = &r.scenario.valuation;
    r.range(
        || "valuation.discount_rate".into(),
        v.discount_rate,
        DISCOUNT_RATE_RANGE.0,
        DISCOUNT_RATE_RANGE.1,
        Unit::PerYear,
    );
    r.range(
        || "valuation.tax_rate".into(),
        v.tax_rate,
        Decimal::ZERO,
        Decimal::new(99, 2),
        Unit::None,
    );
    r.range(
        || "valuation.shares_outstanding".into(),
        v.shares_outstanding,
        Decimal::ONE,
        MAX_AMOUNT,
        Unit::Shares,
    );
}

//! Small hand-built scenarios shared by the fleet tests.

use fleet_ledger_engine::book::{BookPolicy, Convention, DepreciationMethod};
use fleet_ledger_engine::calendar::YearMonth;
use fleet_ledger_engine::reference::template;
use fleet_ledger_engine::scenario::{
    Cohort, CurveKind, CurveShape, DatedValue, Facility, PriceCurve, Scenario, Tier, TieringRule,
    Utilisation,
};
use fleet_ledger_engine::tax::{TaxMethod, TaxPolicy};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

pub fn ym(s: &str) -> YearMonth {
    s.parse().unwrap()
}

pub fn flat(value: Decimal) -> Vec<DatedValue> {
    vec![DatedValue {
        month: ym("2020-01"),
        value,
    }]
}

/// The PRODUCT.md §4 worked check's world: flat 2.00 an hour, 90 % utilisation, PUE 1.3,
/// 0.0806 per kWh, colocation 184 per kW-month, maintenance 2.75 % a year, no other cost, no
/// failures, no escalation, nothing retired or impaired by policy.
pub fn worked_world(start: &str, horizon: u32) -> Scenario {
    let mut s = template(ym(start));
    s.name = "worked".into();
    s.horizon_months = horizon;
    s.market.price_curves = s
        .catalog
        .iter()
        .map(|k| PriceCurve {
            sku: k.id.clone(),
            tier: Tier::Inference,
            kind: CurveKind::OnDemand,
            source: "test".into(),
            shape: CurveShape::Points {
                points: flat(dec!(2.00)),
            },
        })
        .collect();
    s.market.utilisation = vec![
        Utilisation {
            tier: Tier::Inference,
            points: flat(dec!(0.9)),
        },
        Utilisation {
            tier: Tier::Training,
            points: flat(dec!(0.9)),
        },
    ];
    s.costs.electricity_per_kwh = dec!(0.0806);
    s.costs.electricity_escalation = dec!(0);
    s.costs.pue = dec!(1.3);
    s.costs.facility = Facility::Colocation {
        per_kw_month: dec!(184),
    };
    s.costs.maintenance_percent_per_year = dec!(2.75);
    s.costs.other_per_gpu_month = dec!(0);
    s.costs.annual_failure_rate = dec!(0);
    s.policies.tiering = TieringRule::Fixed {
        tier: Tier::Inference,
    };
    s.policies.retirement.negative_margin_months = None;
    s.policies.retirement.displace_for_power = true;
    s.policies.impairment.negative_margin_trigger = false;
    s
}

pub fn cohort(
    id: &str,
    sku: &str,
    quantity: u32,
    in_service: &str,
    unit_cost: Decimal,
    life_months: u32,
) -> Cohort {
    Cohort {
        id: id.into(),
        sku: sku.into(),
        quantity,
        in_service: ym(in_service),
        unit_cost: Some(unit_cost),
        book: BookPolicy {
            method: DepreciationMethod::StraightLine,
            useful_life_months: life_months,
            salvage_percent: dec!(0),
            convention: Convention::FullMonth,
        },
        tax: TaxPolicy {
            method: TaxMethod::Macrs { recovery_years: 5 },
            bonus_percent: dec!(0),
        },
        tier: None,
        planned_retirement: None,
        contract: None,
        changes_in_estimate: Vec::new(),
    }
}

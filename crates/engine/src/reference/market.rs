//! Reference market and cost assumptions (PRODUCT.md §4), with their sources.

use crate::calendar::YearMonth as M;
use crate::impairment::ImpairmentStandard;
use crate::scenario::{
    CurveKind, CurveShape, DatedValue, Facility, FairValueBasis, ImpairmentPolicy, Market,
    OperatingCosts, Policies, PriceCurve, ResidualCurve, ResidualPoint, RetirementPolicy, Tier,
    TieringRule, Utilisation, ValuationSettings,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn point(year: u32, month: u32, value: Decimal) -> DatedValue {
    DatedValue {
        month: M::constant(year, month),
        value,
    }
}

fn curve(sku: &str, tier: Tier, kind: CurveKind, source: &str, shape: CurveShape) -> PriceCurve {
    PriceCurve {
        sku: sku.into(),
        tier,
        kind,
        source: source.into(),
        shape,
    }
}

/// The same curve for training and inference (the market does not price tiers apart unless
/// the user says so).
fn both_tiers(sku: &str, kind: CurveKind, source: &str, shape: CurveShape) -> [PriceCurve; 2] {
    [
        curve(sku, Tier::Training, kind, source, shape.clone()),
        curve(sku, Tier::Inference, kind, source, shape),
    ]
}

fn generated(
    year: u32,
    month: u32,
    price: Decimal,
    decay: Decimal,
    next: Option<(u32, u32)>,
    step: Decimal,
) -> CurveShape {
    CurveShape::Generated {
        launch: M::constant(year, month),
        launch_price: price,
        annual_decay: decay,
        next_generation_launch: next.map(|(y, m)| M::constant(y, m)),
        step_down: step,
    }
}

pub fn default_market() -> Market {
    let h100 = CurveShape::Points {
        points: vec![
            point(2023, 6, dec!(8.00)),
            point(2024, 10, dec!(2.99)),
            point(2025, 10, dec!(1.70)),
            point(2026, 6, dec!(2.50)),
            point(2028, 6, dec!(2.05)),
            point(2030, 6, dec!(1.65)),
            point(2032, 6, dec!(1.35)),
        ],
    };
    let b200 = CurveShape::Points {
        points: vec![
            point(2025, 3, dec!(3.20)),
            point(2025, 9, dec!(2.80)),
            point(2027, 9, dec!(2.30)),
            point(2029, 9, dec!(1.85)),
            point(2031, 9, dec!(1.50)),
        ],
    };
    let mut price_curves = Vec::new();
    price_curves.extend(both_tiers("H100-SXM", CurveKind::Index,
        "peak above 8 in 2023; 2.99 on demand Oct 2024; 1-year contracts 1.70 Oct 2025, 2.35-2.65 in 2026; from 2028 an assumed ~10 % a year decline", h100));
    price_curves.extend(both_tiers(
        "B200",
        CurveKind::Index,
        "about 3.20 early 2025, 2.80 Sep 2025; from 2027 an assumed ~10 % a year decline",
        b200,
    ));
    price_curves.extend(both_tiers("A100-SXM-80GB", CurveKind::OnDemand,
        "4.10 on demand (AWS p4d); 2.40 1-year and 1.45 3-year show the decline; 15 % a year assumed",
        generated(2020, 6, dec!(4.10), dec!(0.15), Some((2022, 9)), dec!(0.10))));
    price_curves.extend(both_tiers(
        "H200-SXM",
        CurveKind::Index,
        "assumption: H100 price plus 25 % at launch, 20 % a year decline",
        generated(2024, 6, dec!(3.75), dec!(0.20), Some((2025, 3)), dec!(0.10)),
    ));
    price_curves.extend(both_tiers(
        "GB200-NVL72",
        CurveKind::Index,
        "assumption: B200 price plus 20 % at launch, 20 % a year decline",
        generated(2025, 6, dec!(3.80), dec!(0.20), None, dec!(0)),
    ));
    price_curves.extend(both_tiers(
        "MI300X",
        CurveKind::Index,
        "assumption: 80 % of the H100 price at launch, 25 % a year decline",
        generated(2023, 12, dec!(3.20), dec!(0.25), None, dec!(0)),
    ));
    Market {
        price_curves,
        utilisation: vec![
            Utilisation {
                tier: Tier::Training,
                points: vec![point(2020, 1, dec!(0.90))],
            },
            Utilisation {
                tier: Tier::Inference,
                points: vec![point(2020, 1, dec!(0.80))],
            },
            Utilisation {
                tier: Tier::Other,
                points: vec![point(2020, 1, dec!(0.60))],
            },
        ],
        residual_values: [
            "A100-SXM-80GB",
            "H100-SXM",
            "MI300X",
            "H200-SXM",
            "B200",
            "GB200-NVL72",
        ]
        .iter()
        .map(|sku| ResidualCurve {
            sku: (*sku).into(),
            points: [
                (0, dec!(1.00)),
                (12, dec!(0.70)),
                (24, dec!(0.50)),
                (36, dec!(0.35)),
                (48, dec!(0.25)),
                (60, dec!(0.15)),
                (72, dec!(0.10)),
                (96, dec!(0.03)),
            ]
            .iter()
            .map(|(age, f)| ResidualPoint {
                age_months: *age,
                fraction_of_cost: *f,
            })
            .collect(),
            source: "assumption: secondary-market GPU prices, linear between points".into(),
        })
        .collect(),
        disposal_haircut: dec!(0.15),
    }
}

/// Costs: US industrial electricity 0.0806 per kWh (EIA 2023); PUE 1.3 for new builds (Uptime
/// 2024 average is 1.56); North-American colocation 184 per kW-month (CBRE H2 2024); the rest
/// are stated assumptions.
pub fn default_costs() -> OperatingCosts {
    OperatingCosts {
        electricity_per_kwh: dec!(0.0806),
        electricity_escalation: dec!(0.02),
        pue: dec!(1.3),
        facility: Facility::Colocation {
            per_kw_month: dec!(184),
        },
        maintenance_percent_per_year: dec!(2.75),
        other_per_gpu_month: dec!(0),
        annual_failure_rate: dec!(0.02),
        carbon_kg_per_kwh: dec!(0.37),
        source: "electricity: US industrial average 0.0806 per kWh (EIA 2023), 2 % a year escalation assumed; \
                 PUE 1.3 for new builds (Uptime Institute 2024 reports a 1.56 average); colocation 184 per \
                 kW-month (CBRE North America H2 2024; 195 in 2025); maintenance 2.75 % of cost a year, other \
                 costs 0 and 2 % of GPUs dropping out a year are assumptions (Meta's Llama 3 run saw about \
                 10 % of GPUs a year cause a fault, most repaired); grid carbon 0.37 kg CO2 per kWh (US \
                 average, approximate)"
            .into(),
    }
}

pub fn default_policies() -> Policies {
    Policies {
        impairment: ImpairmentPolicy {
            standard: ImpairmentStandard::Asc360,
            fair_value_basis: FairValueBasis::DiscountedCashFlows,
            price_drop_trigger: dec!(0.30),
            negative_margin_trigger: true,
        },
        tiering: TieringRule::NewestGenerationsTrain { generations: 1 },
        retirement: RetirementPolicy {
            fixed_age_months: None,
            negative_margin_months: Some(6),
            displace_for_power: true,
        },
        compared_book_policies: Vec::new(),
    }
}

pub fn default_valuation() -> ValuationSettings {
    ValuationSettings {
        discount_rate: dec!(0.09),
        tax_rate: dec!(0.21),
        shares_outstanding: dec!(1000000000),
    }
}

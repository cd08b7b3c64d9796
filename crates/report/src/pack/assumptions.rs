//! The assumptions and their sources: the fleet, the market curves, costs and policies.

use super::{Section, Writer};
use crate::run::ScenarioResults;
use fleet_ledger_engine::scenario::{CurveShape, Facility};
use std::collections::HashSet;

pub(super) fn assumption_sections(w: &mut Writer, r: &ScenarioResults) {
    let s = &r.scenario;
    w.sections.push(Section::PageBreak);
    w.heading(
        w.t("Assumptions and their sources", "假设及其来源")
            .to_owned(),
    );
    let used: HashSet<&str> = s.cohorts.iter().map(|c| c.sku.as_str()).collect();
    let rows = s
        .catalog
        .iter()
        .filter(|k| used.contains(k.id.as_str()))
        .map(|k| {
            vec![
                k.name.clone(),
                w.o.numbers.number(k.capex_per_gpu, 0),
                w.o.numbers.number(k.kw_per_gpu, 2),
                k.source.clone(),
            ]
        })
        .collect();
    w.sections.push(Section::Table {
        title: w.t("GPUs in the fleet", "机群中的GPU").to_owned(),
        note: format!(
            "{}: {}",
            w.t("Capex per GPU in", "单卡资本支出币种"),
            w.currency
        ),
        columns: [
            w.t("GPU", "GPU"),
            w.t("Capex per GPU", "单卡资本支出"),
            w.t("kW per GPU", "单卡千瓦"),
            w.t("Source", "来源"),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
    let facility = match &s.costs.facility {
        Facility::Colocation { per_kw_month } => format!(
            "{} {}",
            w.t("colocation", "托管"),
            w.o.numbers.number(*per_kw_month, 2)
        ),
        Facility::Owned { per_kw_month } => format!(
            "{} {}",
            w.t("owned facility", "自有设施"),
            w.o.numbers.number(*per_kw_month, 2)
        ),
    };
    let c = &s.costs;
    let figures = vec![
        [
            w.t("Electricity per kWh", "每千瓦时电价").to_owned(),
            w.o.numbers.number(c.electricity_per_kwh, 4),
        ],
        [
            w.t("Electricity escalation a year", "电价年涨幅")
                .to_owned(),
            w.o.numbers.percent(c.electricity_escalation),
        ],
        [w.t("PUE", "PUE").to_owned(), w.o.numbers.number(c.pue, 2)],
        [
            w.t("Hosting per kW-month", "每千瓦月托管费").to_owned(),
            facility,
        ],
        [
            w.t("Maintenance, % of cost a year", "维护费（成本%/年）")
                .to_owned(),
            w.o.numbers.number(c.maintenance_percent_per_year, 2),
        ],
        [
            w.t("GPUs failing a year", "年故障率").to_owned(),
            w.o.numbers.percent(c.annual_failure_rate),
        ],
        [
            w.t("Discount rate", "折现率").to_owned(),
            w.o.numbers.percent(s.valuation.discount_rate),
        ],
        [
            w.t("Tax rate", "税率").to_owned(),
            w.o.numbers.percent(s.valuation.tax_rate),
        ],
    ];
    w.sections.push(Section::Figures { rows: figures });
    let mut sources = vec![format!("{}: {}", w.t("Costs", "成本"), c.source)];
    for curve in &s.market.price_curves {
        if used.contains(curve.sku.as_str()) && !sources.iter().any(|x| x.ends_with(&curve.source))
        {
            let shape = match curve.shape {
                CurveShape::Points { .. } => w.t("dated points", "日期点"),
                CurveShape::Generated { .. } => w.t("generated curve", "生成曲线"),
            };
            sources.push(format!("{} ({}): {}", curve.sku, shape, curve.source));
        }
    }
    w.sections.push(Section::Paragraphs { items: sources });
}

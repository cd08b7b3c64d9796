//! The assumptions and their sources: the fleet, the market curves, costs and policies.

use super::{Section, Writer};
use crate::glossary::Term;
use crate::run::ScenarioResults;
use fleet_ledger_engine::scenario::{CurveShape, Facility};
use std::collections::HashSet;

pub(super) fn assumption_sections(w: &mut Writer, r: &ScenarioResults) {
    let s = &r.scenario;
    w.sections.push(Section::PageBreak);
    w.heading(w.term(Term::AssumptionsAndTheirSources).to_owned());
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
        title: w.term(Term::GpusInTheFleet).to_owned(),
        note: format!("{}: {}", w.term(Term::CapexPerGpuIn), w.currency),
        columns: [
            w.term(Term::Gpu),
            w.term(Term::CapexPerGpu),
            w.term(Term::KwPerGpu),
            w.term(Term::Source),
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    });
    let facility = match &s.costs.facility {
        Facility::Colocation { per_kw_month } => format!(
            "{} {}",
            w.term(Term::Colocation),
            w.o.numbers.number(*per_kw_month, 2)
        ),
        Facility::Owned { per_kw_month } => format!(
            "{} {}",
            w.term(Term::OwnedFacility),
            w.o.numbers.number(*per_kw_month, 2)
        ),
    };
    let c = &s.costs;
    let figures = vec![
        [
            w.term(Term::ElectricityPerKwh).to_owned(),
            w.o.numbers.number(c.electricity_per_kwh, 4),
        ],
        [
            w.term(Term::ElectricityEscalationAYear).to_owned(),
            w.o.numbers.percent(c.electricity_escalation),
        ],
        [w.term(Term::Pue).to_owned(), w.o.numbers.number(c.pue, 2)],
        [w.term(Term::HostingPerKwMonth).to_owned(), facility],
        [
            w.term(Term::MaintenancePercentOfCostAYear).to_owned(),
            w.o.numbers.number(c.maintenance_percent_per_year, 2),
        ],
        [
            w.term(Term::GpusFailingAYear).to_owned(),
            w.o.numbers.percent(c.annual_failure_rate),
        ],
        [
            w.term(Term::DiscountRate).to_owned(),
            w.o.numbers.percent(s.valuation.discount_rate),
        ],
        [
            w.term(Term::TaxRate).to_owned(),
            w.o.numbers.percent(s.valuation.tax_rate),
        ],
    ];
    w.sections.push(Section::Figures { rows: figures });
    let mut sources = vec![format!("{}: {}", w.term(Term::Costs), c.source)];
    for curve in &s.market.price_curves {
        if used.contains(curve.sku.as_str()) && !sources.iter().any(|x| x.ends_with(&curve.source))
        {
            let shape = match curve.shape {
                CurveShape::Points { .. } => w.term(Term::DatedPoints),
                CurveShape::Generated { .. } => w.term(Term::GeneratedCurve),
            };
            sources.push(format!("{} ({}): {}", curve.sku, shape, curve.source));
        }
    }
    w.sections.push(Section::Paragraphs { items: sources });
}

//! The precision the model holds its inputs to (docs/MODEL.md, "Precision the monthly model
//! works at"): every rate, price and fraction a month multiplies by, to six decimal places,
//! half away from zero, before the run.

use super::rounded;
use fleet_ledger_engine::Scenario;

/// The scenario with every input the months multiply by held to six places.
pub(crate) fn at_model_precision(s: &Scenario) -> Scenario {
    let mut s = s.clone();
    let six = |value: &mut rust_decimal::Decimal| *value = rounded(*value, 6);
    for sku in &mut s.catalog {
        six(&mut sku.capex_per_gpu);
        six(&mut sku.kw_per_gpu);
        six(&mut sku.idle_power_fraction);
        six(&mut sku.training_throughput);
        six(&mut sku.inference_throughput);
    }
    for cohort in &mut s.cohorts {
        if let Some(cost) = cohort.unit_cost.as_mut() {
            six(cost);
        }
        if let Some(contract) = cohort.contract.as_mut() {
            six(&mut contract.price_per_gpu_hour);
            six(&mut contract.share_of_hours);
        }
    }
    let costs = &mut s.costs;
    six(&mut costs.electricity_per_kwh);
    six(&mut costs.pue);
    six(&mut costs.maintenance_percent_per_year);
    six(&mut costs.other_per_gpu_month);
    six(&mut costs.carbon_kg_per_kwh);
    six(costs.facility.per_kw_month_mut());
    six(&mut s.valuation.tax_rate);
    six(&mut s.policies.impairment.price_drop_trigger);
    s
}

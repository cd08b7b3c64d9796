//! The schedule's line items (PRODUCT.md §2.2), listed once: each one's key (the CSV's and the
//! workbook's column, the glossary's term), its unit and how it is read from a line. A line
//! item added to [`ScheduleLine`] is added here, and the exports follow; a test fails when the
//! two disagree.

use super::ScheduleLine;
use rust_decimal::Decimal;

/// What a line item counts, which decides how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineUnit {
    /// GPUs.
    Units,
    /// GPU-hours, or hours in the period.
    Hours,
    /// The scenario's currency.
    Money,
    /// kWh.
    Energy,
    /// kW.
    Power,
    /// kg of CO₂e.
    Mass,
}

/// One line item of the schedule.
pub struct LineItem {
    pub key: &'static str,
    pub unit: LineUnit,
    pub value: fn(&ScheduleLine) -> Decimal,
}

macro_rules! items {
    ($($field:ident: $unit:ident),* $(,)?) => {
        [$(LineItem {
            key: stringify!($field),
            unit: LineUnit::$unit,
            value: |line| Decimal::from(line.$field),
        }),*]
    };
}

/// Every numeric line item, in the order the product lists them (the line's month and tier
/// are its labels, not items).
pub const LINE_ITEMS: [LineItem; 31] = items![
    units_owned: Units,
    units_in_service: Units,
    gpu_hours_available: Hours,
    gpu_hours_sold: Hours,
    contracted_hours: Hours,
    merchant_hours: Hours,
    revenue: Money,
    energy_kwh: Energy,
    power_cost: Money,
    hosting_cost: Money,
    maintenance_cost: Money,
    other_cost: Money,
    cash_cost: Money,
    contribution_margin: Money,
    book_depreciation: Money,
    impairment: Money,
    impairment_reversal: Money,
    disposal_gain: Money,
    ebit: Money,
    tax_depreciation: Money,
    deferred_tax: Money,
    capex: Money,
    disposal_proceeds: Money,
    tax_paid: Money,
    free_cash_flow: Money,
    nbv: Money,
    tax_basis: Money,
    kw_drawn: Power,
    emissions_kg: Mass,
    h100_equivalent_hours: Hours,
    hours_in_period: Hours,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::YearMonth;

    /// Every field of a schedule line but its labels is a line item, once, and nothing else is.
    #[test]
    fn the_line_items_are_the_schedule_lines_fields() {
        let line = ScheduleLine::empty(YearMonth::new(2026, 1).unwrap());
        let serde_json::Value::Object(fields) = serde_json::to_value(&line).unwrap() else {
            panic!("a schedule line serialises as an object");
        };
        let mut fields: Vec<&str> = fields
            .keys()
            .map(String::as_str)
            .filter(|k| !matches!(*k, "month" | "tier"))
            .collect();
        let mut items: Vec<&str> = LINE_ITEMS.iter().map(|i| i.key).collect();
        fields.sort_unstable();
        items.sort_unstable();
        assert_eq!(items, fields);
    }
}

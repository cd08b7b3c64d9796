//! A schedule line in fixed point (`precision`): what the monthly loop computes and the fleet
//! totals add up, turned into a [`ScheduleLine`] of `Decimal`s at the edge.

use super::lines::ScheduleLine;
use super::operations::OperatingMonth;
use super::precision::{money, shift_round, times_rate};
use crate::calendar::YearMonth;
use rust_decimal::Decimal;

/// One cohort-month (or the fleet's month): the operating amounts and the books, money in
/// cents. Stocks (NBV, tax basis, deferred tax) are at the month's end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FixedLine {
    pub operating: OperatingMonth,
    pub book_depreciation: i64,
    pub impairment: i64,
    pub impairment_reversal: i64,
    pub disposal_gain: i64,
    pub ebit: i64,
    pub tax_depreciation: i64,
    pub deferred_tax: i64,
    pub capex: i64,
    pub disposal_proceeds: i64,
    pub tax_paid: i64,
    pub free_cash_flow: i64,
    pub nbv: i64,
    pub tax_basis: i64,
}

impl FixedLine {
    /// EBIT, deferred tax and free cash flow from the line's other amounts (PRODUCT.md §2.2),
    /// at the scenario's tax rate in millionths.
    pub(crate) fn close(&mut self, tax_rate: i64) {
        let margin = self.operating.contribution_margin();
        self.ebit = margin - self.book_depreciation - self.impairment
            + self.impairment_reversal
            + self.disposal_gain;
        // Deferred tax = (book NBV − tax basis) × rate (ASC 740-10-25-20), to the cent.
        self.deferred_tax = shift_round::<6>(times_rate(self.nbv - self.tax_basis, tax_rate));
        self.free_cash_flow = margin - self.capex + self.disposal_proceeds - self.tax_paid;
    }

    /// Adds another cohort's line of the same month: flows and stocks alike.
    pub(crate) fn add(&mut self, other: &FixedLine) {
        let (a, b) = (&mut self.operating, &other.operating);
        a.units_owned += b.units_owned;
        a.units_in_service += b.units_in_service;
        a.hours_available += b.hours_available;
        a.contracted_hours += b.contracted_hours;
        a.merchant_hours += b.merchant_hours;
        a.revenue += b.revenue;
        a.energy_kwh += b.energy_kwh;
        a.power_cost += b.power_cost;
        a.hosting_cost += b.hosting_cost;
        a.maintenance_cost += b.maintenance_cost;
        a.other_cost += b.other_cost;
        a.kw_drawn += b.kw_drawn;
        a.emissions_kg += b.emissions_kg;
        a.h100_equivalent_hours += b.h100_equivalent_hours;
        self.book_depreciation += other.book_depreciation;
        self.impairment += other.impairment;
        self.impairment_reversal += other.impairment_reversal;
        self.disposal_gain += other.disposal_gain;
        self.ebit += other.ebit;
        self.tax_depreciation += other.tax_depreciation;
        self.deferred_tax += other.deferred_tax;
        self.capex += other.capex;
        self.disposal_proceeds += other.disposal_proceeds;
        self.tax_paid += other.tax_paid;
        self.free_cash_flow += other.free_cash_flow;
        self.nbv += other.nbv;
        self.tax_basis += other.tax_basis;
    }

    /// The line in `Decimal`s: money to the cent, quantities to four places.
    pub(crate) fn line(&self, month: YearMonth, hours_in_period: Decimal) -> ScheduleLine {
        ScheduleLine {
            book_depreciation: money(self.book_depreciation),
            impairment: money(self.impairment),
            impairment_reversal: money(self.impairment_reversal),
            disposal_gain: money(self.disposal_gain),
            ebit: money(self.ebit),
            tax_depreciation: money(self.tax_depreciation),
            deferred_tax: money(self.deferred_tax),
            capex: money(self.capex),
            disposal_proceeds: money(self.disposal_proceeds),
            tax_paid: money(self.tax_paid),
            free_cash_flow: money(self.free_cash_flow),
            nbv: money(self.nbv),
            tax_basis: money(self.tax_basis),
            ..self.operating.line(month, hours_in_period)
        }
    }
}

//! The lines of the monthly schedule (PRODUCT.md §2.2), per cohort and for the fleet.

use crate::calendar::YearMonth;
use crate::scenario::Tier;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One month (or, aggregated, one quarter or fiscal year) of one cohort or of the fleet.
/// Flows are the month's amounts; stocks (units, NBV, tax basis, deferred tax) are at its end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ScheduleLine {
    /// The month, or the last month of an aggregated period.
    pub month: YearMonth,
    /// The tier the cohort serves this month; none for the fleet or when not in service.
    pub tier: Option<Tier>,
    /// GPUs owned after failures and retirements.
    pub units_owned: u32,
    /// GPUs owned and powered (a power cap can leave some dark).
    pub units_in_service: u32,
    pub gpu_hours_available: Decimal,
    pub gpu_hours_sold: Decimal,
    pub contracted_hours: Decimal,
    pub merchant_hours: Decimal,
    pub revenue: Decimal,
    pub energy_kwh: Decimal,
    pub power_cost: Decimal,
    pub hosting_cost: Decimal,
    pub maintenance_cost: Decimal,
    pub other_cost: Decimal,
    pub cash_cost: Decimal,
    pub contribution_margin: Decimal,
    pub book_depreciation: Decimal,
    pub impairment: Decimal,
    pub impairment_reversal: Decimal,
    /// Disposal proceeds less NBV derecognised (negative: a loss).
    pub disposal_gain: Decimal,
    pub ebit: Decimal,
    pub tax_depreciation: Decimal,
    /// (book NBV − tax basis) × tax rate at the month's end: a liability when positive.
    pub deferred_tax: Decimal,
    pub capex: Decimal,
    pub disposal_proceeds: Decimal,
    pub tax_paid: Decimal,
    pub free_cash_flow: Decimal,
    pub nbv: Decimal,
    pub tax_basis: Decimal,
    /// Average facility power drawn, kW (energy / hours).
    pub kw_drawn: Decimal,
    pub emissions_kg: Decimal,
    /// Sold hours weighted by the SKU's throughput in its tier (H100 = 1).
    pub h100_equivalent_hours: Decimal,
    /// Hours in the period, for averages.
    pub hours_in_period: Decimal,
}

impl ScheduleLine {
    /// A line of zeros for `month`.
    pub fn empty(month: YearMonth) -> Self {
        Self {
            month,
            tier: None,
            units_owned: 0,
            units_in_service: 0,
            gpu_hours_available: Decimal::ZERO,
            gpu_hours_sold: Decimal::ZERO,
            contracted_hours: Decimal::ZERO,
            merchant_hours: Decimal::ZERO,
            revenue: Decimal::ZERO,
            energy_kwh: Decimal::ZERO,
            power_cost: Decimal::ZERO,
            hosting_cost: Decimal::ZERO,
            maintenance_cost: Decimal::ZERO,
            other_cost: Decimal::ZERO,
            cash_cost: Decimal::ZERO,
            contribution_margin: Decimal::ZERO,
            book_depreciation: Decimal::ZERO,
            impairment: Decimal::ZERO,
            impairment_reversal: Decimal::ZERO,
            disposal_gain: Decimal::ZERO,
            ebit: Decimal::ZERO,
            tax_depreciation: Decimal::ZERO,
            deferred_tax: Decimal::ZERO,
            capex: Decimal::ZERO,
            disposal_proceeds: Decimal::ZERO,
            tax_paid: Decimal::ZERO,
            free_cash_flow: Decimal::ZERO,
            nbv: Decimal::ZERO,
            tax_basis: Decimal::ZERO,
            kw_drawn: Decimal::ZERO,
            emissions_kg: Decimal::ZERO,
            h100_equivalent_hours: Decimal::ZERO,
            hours_in_period: Decimal::ZERO,
        }
    }

    /// Adds `other`'s flows; takes its stocks when `other` is later (aggregating periods) or
    /// adds them when it is the same month (summing cohorts into the fleet).
    pub fn accumulate(&mut self, other: &ScheduleLine, same_month: bool) {
        macro_rules! add {
            ($($field:ident),*) => { $( self.$field += other.$field; )* };
        }
        add!(
            gpu_hours_available,
            gpu_hours_sold,
            contracted_hours,
            merchant_hours,
            revenue,
            energy_kwh,
            power_cost,
            hosting_cost,
            maintenance_cost,
            other_cost,
            cash_cost,
            contribution_margin,
            book_depreciation,
            impairment,
            impairment_reversal,
            disposal_gain,
            ebit,
            tax_depreciation,
            capex,
            disposal_proceeds,
            tax_paid,
            free_cash_flow,
            emissions_kg,
            h100_equivalent_hours
        );
        if same_month {
            self.month = other.month;
            self.hours_in_period = other.hours_in_period;
            add!(deferred_tax, nbv, tax_basis, kw_drawn);
            self.units_owned += other.units_owned;
            self.units_in_service += other.units_in_service;
        } else {
            self.month = other.month;
            self.hours_in_period += other.hours_in_period;
            self.deferred_tax = other.deferred_tax;
            self.nbv = other.nbv;
            self.tax_basis = other.tax_basis;
            self.units_owned = other.units_owned;
            self.units_in_service = other.units_in_service;
            self.tier = other.tier;
            self.kw_drawn = if self.hours_in_period.is_zero() {
                Decimal::ZERO
            } else {
                crate::fleet::round_quantity(self.energy_kwh / self.hours_in_period)
            };
        }
    }
}

/// The per-hour economics of a period: the numbers the 3-versus-6-year argument is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct UnitEconomics {
    /// Cash cost per available GPU-hour.
    pub cash_cost_per_gpu_hour: Decimal,
    /// Book depreciation per available GPU-hour.
    pub depreciation_per_gpu_hour: Decimal,
    pub revenue_per_sold_hour: Decimal,
    pub contribution_margin_per_sold_hour: Decimal,
    pub ebit_per_sold_hour: Decimal,
    /// Contribution margin per MW of average facility power, per month.
    pub margin_per_mw_month: Decimal,
    /// (Cash cost + depreciation) per H100-equivalent hour sold.
    pub cost_per_h100_equivalent_hour: Decimal,
}

fn per(amount: Decimal, base: Decimal) -> Decimal {
    if base.is_zero() {
        Decimal::ZERO
    } else {
        amount / base
    }
}

impl ScheduleLine {
    pub fn unit_economics(&self) -> UnitEconomics {
        let months = per(
            self.hours_in_period * Decimal::from(12),
            Decimal::from(8766),
        );
        // The period's average draw, energy over hours: a month's kW drawn, and for a quarter
        // or a year the average of its months (their kW drawn is the last month's).
        let mw = per(self.energy_kwh, self.hours_in_period) / Decimal::ONE_THOUSAND;
        UnitEconomics {
            cash_cost_per_gpu_hour: per(self.cash_cost, self.gpu_hours_available),
            depreciation_per_gpu_hour: per(self.book_depreciation, self.gpu_hours_available),
            revenue_per_sold_hour: per(self.revenue, self.gpu_hours_sold),
            contribution_margin_per_sold_hour: per(self.contribution_margin, self.gpu_hours_sold),
            ebit_per_sold_hour: per(self.ebit, self.gpu_hours_sold),
            margin_per_mw_month: per(per(self.contribution_margin, mw), months),
            cost_per_h100_equivalent_hour: per(
                self.cash_cost + self.book_depreciation,
                self.h100_equivalent_hours,
            ),
        }
    }
}

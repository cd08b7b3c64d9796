//! Energy in terms a board understands: MWh, average MW, and households.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Daily electricity use of an advanced-economy household (about 15 kWh; 15.2 reproduces the
/// 28,500 households of the GPT-4 comparison in PRODUCT.md §2.3).
pub const HOUSEHOLD_KWH_PER_DAY: Decimal = dec!(15.2);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct EnergySummary {
    pub mwh: Decimal,
    pub gwh_per_day: Decimal,
    pub average_mw: Decimal,
    /// Households using as much electricity over the same days.
    pub households: Decimal,
}

/// `kwh` used over `days` days.
pub fn energy_summary(kwh: Decimal, days: u32) -> EnergySummary {
    let days = Decimal::from(days.max(1));
    let per_day = kwh / days;
    EnergySummary {
        mwh: (kwh / dec!(1000)).round_dp(3),
        gwh_per_day: (per_day / dec!(1000000)).round_dp(6),
        average_mw: (per_day / dec!(24) / dec!(1000)).round_dp(4),
        households: (per_day / HOUSEHOLD_KWH_PER_DAY).round(),
    }
}

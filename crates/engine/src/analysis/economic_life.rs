//! Economic against accounting life: the book life of each cohort next to the month its cash
//! margin turns negative, or its power would earn more under the newest GPU in the catalog,
//! and the write-down that the gap implies.

use crate::calendar::YearMonth;
use crate::fleet::{round_quantity, CohortEconomics, FleetResult, MarketSeries, ScheduleLine};
use crate::scenario::{Scenario, Tier};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct EconomicLife {
    pub cohort_id: String,
    pub book_life_months: u32,
    /// First month the cohort's contribution margin is negative, and its age then.
    pub negative_margin_month: Option<YearMonth>,
    /// First month a MW of its power would earn more under the newest catalog SKU, after
    /// that SKU's depreciation over the same book life.
    pub displaced_by_newest_month: Option<YearMonth>,
    /// The earlier of the two: where the cohort's economic life ends.
    pub economic_end: Option<YearMonth>,
    pub economic_life_months: Option<u32>,
    /// Net book value left at the economic end: what a write-down would take if the book
    /// life were cut to the economic life.
    pub implied_write_down: Decimal,
}

/// Each cohort's economic life, from a simulated fleet.
pub fn economic_lives(s: &Scenario, result: &FleetResult) -> Vec<EconomicLife> {
    let market = std::sync::Arc::new(MarketSeries::new(s));
    let newest = s.catalog.iter().max_by_key(|k| k.release);
    s.cohorts
        .iter()
        .zip(&result.cohorts)
        .map(|(cohort, run)| {
            let entry = s.start_month.months_until(cohort.in_service).max(0) as usize;
            let active = |l: &&ScheduleLine| l.units_in_service > 0;
            let months = run.months();
            let negative = months
                .iter()
                .skip(entry)
                .filter(active)
                .find(|l| l.contribution_margin < Decimal::ZERO)
                .map(|l| l.month);
            let displaced = newest.filter(|n| n.id != cohort.sku).and_then(|n| {
                months
                    .iter()
                    .enumerate()
                    .skip(entry)
                    .filter(|(_, l)| active(l))
                    .find_map(|(t, l)| {
                        let kw = s.sku(&cohort.sku).map_or(Decimal::ZERO, |k| k.kw_per_gpu);
                        let mw = Decimal::from(l.units_in_service) * kw * s.costs.pue
                            / Decimal::ONE_THOUSAND;
                        let own_per_mw = if mw.is_zero() {
                            Decimal::ZERO
                        } else {
                            l.contribution_margin / mw
                        };
                        let tier = l.tier.unwrap_or(Tier::Inference);
                        let newest_margin =
                            CohortEconomics::new(s, &market, &n.id, n.capex_per_gpu, None)
                                .map_or(Decimal::ZERO, |newest| {
                                    newest.operate(tier, t, l.month, 1, 1).margin()
                                });
                        let capital =
                            n.capex_per_gpu / Decimal::from(cohort.book.useful_life_months.max(1));
                        let newest_mw = n.kw_per_gpu * s.costs.pue / Decimal::ONE_THOUSAND;
                        let newest_per_mw = round_quantity((newest_margin - capital) / newest_mw);
                        (newest_per_mw > own_per_mw).then_some(l.month)
                    })
            });
            let economic_end = match (negative, displaced) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let implied_write_down = economic_end
                .and_then(|m| months.iter().find(|l| l.month == m))
                .map_or(Decimal::ZERO, |l| l.nbv);
            EconomicLife {
                cohort_id: cohort.id.clone(),
                book_life_months: cohort.book.useful_life_months,
                negative_margin_month: negative,
                displaced_by_newest_month: displaced,
                economic_end,
                economic_life_months: economic_end
                    .map(|m| (cohort.in_service.months_until(m) + 1) as u32),
                implied_write_down,
            }
        })
        .collect()
}

//! The impairment tests that failed, listed, or summed by GPU, year in service and fiscal
//! year for a large fleet; and how many passed.

use super::MAX_LISTED_COHORTS;
use crate::calendar::{FiscalCalendar, YearMonth};
use crate::fleet::{FleetResult, TestTrigger};
use crate::scenario::Scenario;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FailedTest {
    pub cohort_id: String,
    pub month: YearMonth,
    pub trigger: TestTrigger,
    pub carrying_amount: Decimal,
    pub recoverability_measure: Decimal,
    pub loss: Decimal,
}

/// The failed tests of one SKU and year in service within one fiscal year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FailedTestGroup {
    pub sku: String,
    pub vintage: i32,
    pub fiscal_year: i32,
    pub failed_tests: u32,
    pub carrying_amount: Decimal,
    pub loss: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FailedTests {
    Listed {
        tests: Vec<FailedTest>,
    },
    /// More than [`MAX_LISTED_COHORTS`] failed.
    Grouped {
        groups: Vec<FailedTestGroup>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImpairmentOutcomes {
    pub failed: FailedTests,
    pub passed: u32,
}

pub fn impairment_outcomes(
    s: &Scenario,
    result: &FleetResult,
    fiscal: FiscalCalendar,
) -> ImpairmentOutcomes {
    let all = result
        .cohorts
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.impairment_tests.iter().map(move |t| (i, t)));
    let (failed, passed): (Vec<_>, Vec<_>) = all.partition(|(_, t)| t.test.loss > Decimal::ZERO);
    let failed = if failed.len() <= MAX_LISTED_COHORTS {
        FailedTests::Listed {
            tests: failed
                .iter()
                .map(|(i, t)| FailedTest {
                    cohort_id: result.cohorts[*i].id.clone(),
                    month: t.month,
                    trigger: t.trigger,
                    carrying_amount: t.test.carrying_amount,
                    recoverability_measure: t.test.recoverability_measure,
                    loss: t.test.loss,
                })
                .collect(),
        }
    } else {
        let mut groups: BTreeMap<(&str, i32, i32), FailedTestGroup> = BTreeMap::new();
        for (i, t) in &failed {
            let cohort = &s.cohorts[*i];
            let (sku, vintage) = (cohort.sku.as_str(), cohort.in_service.year());
            let fiscal_year = fiscal.fiscal_year(t.month);
            let group = groups
                .entry((sku, vintage, fiscal_year))
                .or_insert_with(|| FailedTestGroup {
                    sku: sku.to_owned(),
                    vintage,
                    fiscal_year,
                    failed_tests: 0,
                    carrying_amount: Decimal::ZERO,
                    loss: Decimal::ZERO,
                });
            group.failed_tests += 1;
            group.carrying_amount += t.test.carrying_amount;
            group.loss += t.test.loss;
        }
        FailedTests::Grouped {
            groups: groups.into_values().collect(),
        }
    };
    ImpairmentOutcomes {
        failed,
        passed: passed.len() as u32,
    }
}

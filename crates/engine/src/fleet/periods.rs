//! Aggregation of monthly lines into fiscal quarters and years: flows summed, stocks at the
//! period's end.

use super::ScheduleLine;
use crate::calendar::FiscalCalendar;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Period {
    /// "FY2027" or "FY2027 Q3".
    pub label: String,
    pub fiscal_year: i32,
    pub quarter: Option<u32>,
    pub totals: ScheduleLine,
}

fn aggregate(
    months: &[ScheduleLine],
    key: impl Fn(&ScheduleLine) -> (i32, Option<u32>),
) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    for line in months {
        let (fiscal_year, quarter) = key(line);
        match periods.last_mut() {
            Some(p) if p.fiscal_year == fiscal_year && p.quarter == quarter => {
                p.totals.accumulate(line, false)
            }
            _ => {
                let label = match quarter {
                    Some(q) => format!("FY{fiscal_year} Q{q}"),
                    None => format!("FY{fiscal_year}"),
                };
                let mut totals = ScheduleLine::empty(line.month);
                totals.accumulate(line, false);
                periods.push(Period {
                    label,
                    fiscal_year,
                    quarter,
                    totals,
                });
            }
        }
    }
    periods
}

pub fn by_fiscal_year(months: &[ScheduleLine], fiscal: FiscalCalendar) -> Vec<Period> {
    aggregate(months, |l| (fiscal.fiscal_year(l.month), None))
}

pub fn by_fiscal_quarter(months: &[ScheduleLine], fiscal: FiscalCalendar) -> Vec<Period> {
    aggregate(months, |l| {
        (
            fiscal.fiscal_year(l.month),
            Some(fiscal.fiscal_quarter(l.month)),
        )
    })
}

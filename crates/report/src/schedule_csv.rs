//! The schedule as CSV: long format, one row per cohort (or the fleet) and month or period,
//! one column per line item of PRODUCT.md §2.2, numbers as plain decimal strings.

use crate::csv::{write_record, Cell};
use fleet_ledger_engine::calendar::FiscalCalendar;
use fleet_ledger_engine::fleet::{
    by_fiscal_quarter, by_fiscal_year, FleetResult, Period, ScheduleLine, LINE_ITEMS,
};
use rust_decimal::Decimal;
use std::io::{self, Write};

/// The columns after the row's labels: the tier, every line item ([`LINE_ITEMS`], in the
/// order the product lists them) and the month the row ends.
pub fn line_columns() -> impl Iterator<Item = &'static str> {
    std::iter::once("tier")
        .chain(LINE_ITEMS.iter().map(|item| item.key))
        .chain(std::iter::once("month_end"))
}

/// The derived lines of PRODUCT.md §2.2 the period files add after [`LINE_COLUMNS`]: per
/// available or sold GPU-hour, per MW of average draw and month, per H100-equivalent hour.
pub const PER_HOUR_COLUMNS: [&str; 7] = [
    "cash_cost_per_gpu_hour",
    "depreciation_per_gpu_hour",
    "revenue_per_sold_hour",
    "contribution_margin_per_sold_hour",
    "ebit_per_sold_hour",
    "margin_per_mw_month",
    "cost_per_h100_equivalent_hour",
];

/// Ratios are written to six places: a hundredth of a cent per GPU-hour and finer.
const RATIO_PLACES: u32 = 6;

fn per_hour_numbers(l: &ScheduleLine) -> [Decimal; 7] {
    let u = l.unit_economics();
    [
        u.cash_cost_per_gpu_hour,
        u.depreciation_per_gpu_hour,
        u.revenue_per_sold_hour,
        u.contribution_margin_per_sold_hour,
        u.ebit_per_sold_hour,
        u.margin_per_mw_month,
        u.cost_per_h100_equivalent_hour,
    ]
    .map(|v| fleet_ledger_engine::money::round_half_away(v, RATIO_PLACES))
}

fn row(out: &mut String, scope: &str, period: &str, line: &ScheduleLine, per_hour: bool) {
    let tier = line
        .tier
        .map(|t| format!("{t:?}").to_lowercase())
        .unwrap_or_default();
    let month_end = line.month.to_string();
    let mut cells = vec![Cell::Text(scope), Cell::Text(period), Cell::Text(&tier)];
    cells.extend(
        LINE_ITEMS
            .iter()
            .map(|item| Cell::Number((item.value)(line))),
    );
    cells.push(Cell::Text(&month_end));
    if per_hour {
        cells.extend(per_hour_numbers(line).into_iter().map(Cell::Number));
    }
    write_record(out, &cells);
}

fn header(out: &mut String, per_hour: bool) {
    let mut cells = vec![Cell::Text("scope"), Cell::Text("period")];
    cells.extend(line_columns().map(Cell::Text));
    if per_hour {
        cells.extend(PER_HOUR_COLUMNS.iter().map(|c| Cell::Text(c)));
    }
    write_record(out, &cells);
}

/// Every cohort's monthly schedule, then the fleet's.
pub fn monthly_schedule(result: &FleetResult) -> String {
    let mut bytes = Vec::new();
    // Writing to memory cannot fail, and the rows are UTF-8.
    let _ = write_monthly_schedule(result, &mut bytes);
    String::from_utf8(bytes).unwrap_or_default()
}

/// [`monthly_schedule`] written to `out` a cohort at a time: for 10,000 cohorts over 20 years
/// the text is half a gigabyte, which need never be held whole.
pub fn write_monthly_schedule(result: &FleetResult, out: &mut dyn Write) -> io::Result<()> {
    let mut text = String::new();
    header(&mut text, false);
    for cohort in &result.cohorts {
        for line in &cohort.months() {
            row(&mut text, &cohort.id, &line.month.to_string(), line, false);
        }
        out.write_all(text.as_bytes())?;
        text.clear();
    }
    for line in &result.fleet {
        row(&mut text, "fleet", &line.month.to_string(), line, false);
    }
    out.write_all(text.as_bytes())
}

/// Fiscal-year totals of each cohort and of the fleet.
pub fn fiscal_years(result: &FleetResult, fiscal: FiscalCalendar) -> String {
    periods(result, |months| by_fiscal_year(months, fiscal))
}

/// Every cohort's and the fleet's fiscal quarters (PRODUCT.md §2: months aggregate to
/// quarters and fiscal years), labelled "FY2027 Q3".
pub fn fiscal_quarters(result: &FleetResult, fiscal: FiscalCalendar) -> String {
    periods(result, |months| by_fiscal_quarter(months, fiscal))
}

/// One row per scope (each cohort, then the fleet) and period of `aggregate`, with the
/// per-hour lines.
fn periods(result: &FleetResult, aggregate: impl Fn(&[ScheduleLine]) -> Vec<Period>) -> String {
    let mut out = String::new();
    header(&mut out, true);
    let scopes = result
        .cohorts
        .iter()
        .map(|c| (c.id.as_str(), aggregate(&c.months())))
        .chain(std::iter::once(("fleet", aggregate(&result.fleet))));
    for (scope, periods) in scopes {
        for period in periods {
            row(&mut out, scope, &period.label, &period.totals, true);
        }
    }
    out
}

//! The workbook an analyst opens in Excel to check the numbers: summary, fiscal-year P&L,
//! monthly schedules and assumptions, with number formats, frozen headers and column widths.
//! Totals are live formulas that carry their computed results, so the workbook recalculates
//! in Excel and still shows the right numbers in viewers that do not.

use crate::glossary::Term;
use crate::i18n::Language;
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::{FigureComparison, SensitivityAnswers};
use fleet_ledger_engine::fleet::{by_sku_and_vintage, LineItem, LineUnit, LINE_ITEMS};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};
use std::borrow::Cow;

/// Sheet names, stable across languages so formulas and readers can find them.
pub const SUMMARY_SHEET: &str = "Summary";
pub const FISCAL_YEARS_SHEET: &str = "FY P&L";
pub const FLEET_SCHEDULE_SHEET: &str = "Fleet schedule";
pub const COHORT_SCHEDULES_SHEET: &str = "Cohort schedules";
pub const ASSUMPTIONS_SHEET: &str = "Assumptions";
pub const SENSITIVITY_SHEET: &str = "Sensitivity";

/// XLSX cells hold binary doubles by the format's definition; amounts convert only here.
fn num(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// Excel's column letters for a 0-based index (0 → A, 26 → AA).
fn column_letter(mut index: u16) -> String {
    let mut letters = String::new();
    loop {
        letters.insert(0, char::from(b'A' + (index % 26) as u8));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters
}

struct Formats {
    header: Format,
    money: Format,
    quantity: Format,
    total: Format,
}

fn formats() -> Formats {
    Formats {
        header: Format::new().set_bold().set_text_wrap(),
        money: Format::new().set_num_format("#,##0.00;(#,##0.00)"),
        quantity: Format::new().set_num_format("#,##0.####"),
        total: Format::new()
            .set_bold()
            .set_num_format("#,##0.00;(#,##0.00)"),
    }
}

fn header_row(sheet: &mut Worksheet, headers: &[&str], f: &Formats) -> Result<(), XlsxError> {
    for (col, text) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *text, &f.header)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.set_row_height(0, 30)?;
    Ok(())
}

/// Writes a totals row of `=SUM(col2:colN)` formulas with `totals` as their cached results.
fn totals_row(
    sheet: &mut Worksheet,
    row: u32,
    label: &str,
    first_data_row: u32,
    totals: &[(u16, Decimal)],
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, label, &f.header)?;
    for (col, total) in totals {
        let letter = column_letter(*col);
        let formula = Formula::new(format!(
            "=SUM({letter}{}:{letter}{})",
            first_data_row + 1,
            row
        ))
        .set_result(total.to_string());
        sheet.write_formula_with_format(row, *col, formula, &f.total)?;
    }
    Ok(())
}

pub fn workbook(report: &ScenarioResults, language: Language) -> Result<Vec<u8>, XlsxError> {
    let t = |term: Term| term.text(language);
    let f = formats();
    let mut book = Workbook::new();
    let s = &report.scenario;
    let k = &report.summary;

    let sheet = book.add_worksheet().set_name(SUMMARY_SHEET)?;
    sheet.set_column_width(0, 44)?;
    sheet.set_column_width(1, 22)?;
    sheet.write_string_with_format(0, 0, t(Term::Scenario), &f.header)?;
    sheet.write_string(0, 1, &s.name)?;
    sheet.write_string_with_format(1, 0, t(Term::Currency), &f.header)?;
    sheet.write_string(1, 1, format!("{:?}", s.currency))?;
    let figures = [
        (t(Term::NetPresentValue), k.npv),
        (t(Term::CumulativeEbit), k.cumulative_ebit),
        (t(Term::CumulativeFreeCashFlow), k.cumulative_free_cash_flow),
        (t(Term::EnergyMwh), k.energy.mwh),
        (t(Term::EmissionsTCo2), k.emissions_tonnes),
    ];
    for (i, (label, value)) in figures.iter().enumerate() {
        sheet.write_string(3 + i as u32, 0, *label)?;
        sheet.write_number_with_format(3 + i as u32, 1, num(*value), &f.money)?;
    }
    if let Some(irr) = k.irr {
        sheet.write_string(8, 0, t(Term::InternalRateOfReturn))?;
        sheet.write_number_with_format(8, 1, num(irr), &Format::new().set_num_format("0.00%"))?;
    }

    let sheet = book.add_worksheet().set_name(FISCAL_YEARS_SHEET)?;
    let headers = [
        t(Term::FiscalYear),
        t(Term::Revenue),
        t(Term::CashCost),
        t(Term::ContributionMargin),
        t(Term::Depreciation),
        t(Term::ImpairmentNet),
        t(Term::DisposalGain),
        t(Term::Ebit),
        t(Term::TaxPaid),
        t(Term::Capex),
        t(Term::DisposalProceeds),
        t(Term::FreeCashFlow),
        t(Term::NbvAtYearEnd),
    ];
    header_row(sheet, &headers, &f)?;
    sheet.set_column_width(0, 12)?;
    for col in 1..headers.len() as u16 {
        sheet.set_column_width(col, 16)?;
    }
    let values = |y: &fleet_ledger_engine::fleet::Period| {
        let l = &y.totals;
        [
            l.revenue,
            l.cash_cost,
            l.contribution_margin,
            l.book_depreciation,
            l.impairment - l.impairment_reversal,
            l.disposal_gain,
            l.ebit,
            l.tax_paid,
            l.capex,
            l.disposal_proceeds,
            l.free_cash_flow,
            l.nbv,
        ]
    };
    let mut sums = [Decimal::ZERO; 11];
    for (i, year) in report.fiscal_years.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, language.fiscal_year(year.fiscal_year))?;
        for (col, value) in values(year).iter().enumerate() {
            sheet.write_number_with_format(row, 1 + col as u16, num(*value), &f.money)?;
            if col < sums.len() {
                sums[col] += *value;
            }
        }
    }
    let total_row = 1 + report.fiscal_years.len() as u32;
    let totals: Vec<(u16, Decimal)> = sums
        .iter()
        .enumerate()
        .map(|(i, v)| (1 + i as u16, *v))
        .collect();
    totals_row(sheet, total_row, t(Term::Total), 1, &totals, &f)?;

    // Constant-memory sheets: rows go to a temporary file as they are written, so a
    // 10,000-cohort fleet's workbook does not hold millions of cells in memory.
    schedule_sheet(
        book.add_worksheet_with_constant_memory()
            .set_name(FLEET_SCHEDULE_SHEET)?,
        &f,
        std::iter::once((
            Cow::Borrowed("fleet"),
            Cow::Borrowed(report.result.fleet.as_slice()),
        )),
        true,
    )?;
    let sheet = book
        .add_worksheet_with_constant_memory()
        .set_name(COHORT_SCHEDULES_SHEET)?;
    if cohort_detail_fits(report) {
        let cohorts = report
            .result
            .cohorts
            .iter()
            .map(|c| (Cow::Borrowed(c.id.as_str()), Cow::Owned(c.months())));
        schedule_sheet(sheet, &f, cohorts, false)?;
    } else {
        let groups = by_sku_and_vintage(s, &report.result).into_iter().map(|g| {
            let label = language.cohort_group(&g.sku, g.vintage, g.cohorts);
            (Cow::Owned(label), Cow::Owned(g.months))
        });
        schedule_sheet(sheet, &f, groups, false)?;
    }

    if let Some(answers) = &report.sensitivity {
        sensitivity_sheet(
            book.add_worksheet().set_name(SENSITIVITY_SHEET)?,
            answers,
            language,
            &f,
        )?;
    }

    let sheet = book.add_worksheet().set_name(ASSUMPTIONS_SHEET)?;
    header_row(
        sheet,
        &[
            t(Term::Gpu),
            t(Term::CapexPerGpu),
            t(Term::KwPerGpu),
            t(Term::Source),
        ],
        &f,
    )?;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(3, 90)?;
    for (i, sku) in s.catalog.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &sku.name)?;
        sheet.write_number_with_format(row, 1, num(sku.capex_per_gpu), &f.money)?;
        sheet.write_number_with_format(row, 2, num(sku.kw_per_gpu), &f.quantity)?;
        sheet.write_string(row, 3, &sku.source)?;
    }
    let row = 2 + s.catalog.len() as u32;
    sheet.write_string_with_format(row, 0, t(Term::OperatingCosts), &f.header)?;
    sheet.write_string(row, 3, &s.costs.source)?;
    book.save_to_buffer()
}

/// The tornado (every driver, widest NPV swing first) and, below it, the break-even answers.
fn sensitivity_sheet(
    sheet: &mut Worksheet,
    answers: &SensitivityAnswers,
    language: Language,
    f: &Formats,
) -> Result<(), XlsxError> {
    let headers = language.tornado_columns();
    header_row(sheet, &headers, f)?;
    sheet.set_column_width(0, 26)?;
    for col in 1..headers.len() as u16 {
        sheet.set_column_width(col, 18)?;
    }
    let mut row = 1u32;
    for bar in &answers.tornado {
        sheet.write_string(row, 0, language.driver(bar.driver))?;
        let values = [
            bar.npv_low,
            bar.npv_high,
            bar.npv_swing,
            bar.cumulative_ebit_low,
            bar.cumulative_ebit_high,
        ];
        for (col, value) in values.iter().enumerate() {
            sheet.write_number_with_format(row, 1 + col as u16, num(*value), &f.money)?;
        }
        row += 1;
    }
    row += 1;
    for (col, text) in language.break_even_columns().iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *text, &f.header)?;
    }
    row += 1;
    for answer in &answers.break_even {
        sheet.write_string(row, 0, language.break_even_variable(answer.variable))?;
        sheet.write_string(row, 1, language.break_even_target(answer.target))?;
        sheet.write_number_with_format(row, 2, num(answer.current), &f.money)?;
        match answer.multiple {
            Some(m) => sheet.write_number_with_format(row, 3, num(m), &f.quantity)?,
            None => sheet.write_string(row, 3, language.no_break_even())?,
        };
        row += 1;
    }
    Ok(())
}

/// Most rows the cohort schedules sheet lists cohort by cohort; a larger fleet is summed by
/// GPU and vintage there (Excel stops at 1,048,576 rows, and no reader scrolls a million),
/// and every cohort's months stay in the monthly schedule CSV.
pub const MAX_COHORT_DETAIL_ROWS: usize = 200_000;

fn cohort_detail_fits(report: &ScenarioResults) -> bool {
    report.result.cohorts.len() * report.result.fleet.len() <= MAX_COHORT_DETAIL_ROWS
}

/// One row per scope and month with every schedule line; the fleet sheet ends with totals.
fn schedule_sheet<'a>(
    sheet: &mut Worksheet,
    f: &Formats,
    scopes: impl Iterator<
        Item = (
            Cow<'a, str>,
            Cow<'a, [fleet_ledger_engine::fleet::ScheduleLine]>,
        ),
    >,
    with_totals: bool,
) -> Result<(), XlsxError> {
    // Every line item but the hours in the month, which the month's label already says.
    let items: Vec<&LineItem> = LINE_ITEMS
        .iter()
        .filter(|item| item.key != "hours_in_period")
        .collect();
    let mut headers = vec!["scope", "month"];
    headers.extend(items.iter().map(|item| item.key));
    header_row(sheet, &headers, f)?;
    sheet.set_column_width(0, 16)?;
    let mut row = 1u32;
    let mut sums = vec![Decimal::ZERO; headers.len()];
    for (scope, lines) in scopes {
        for line in lines.iter() {
            sheet.write_string(row, 0, scope.as_ref())?;
            sheet.write_string(row, 1, line.month.to_string())?;
            for (i, item) in items.iter().enumerate() {
                let value = (item.value)(line);
                let format = match item.unit {
                    LineUnit::Money => &f.money,
                    _ => &f.quantity,
                };
                sheet.write_number_with_format(row, 2 + i as u16, num(value), format)?;
                sums[2 + i] += value;
            }
            row += 1;
        }
    }
    if with_totals {
        // Flows only: stocks (units, NBV, tax basis, deferred tax, kW) do not add over months.
        let flows = [
            "gpu_hours_available",
            "gpu_hours_sold",
            "revenue",
            "energy_kwh",
            "cash_cost",
            "contribution_margin",
            "book_depreciation",
            "impairment",
            "ebit",
            "tax_paid",
            "capex",
            "free_cash_flow",
        ];
        let totals: Vec<(u16, Decimal)> = headers
            .iter()
            .enumerate()
            .filter(|(_, h)| flows.contains(h))
            .map(|(col, _)| (col as u16, sums[col]))
            .collect();
        totals_row(sheet, row, "Total", 1, &totals, f)?;
    }
    Ok(())
}

/// Scenarios side by side: key figures and the differences from the first.
pub fn comparison_workbook(
    comparison: &FigureComparison,
    language: Language,
) -> Result<Vec<u8>, XlsxError> {
    let t = |term: Term| term.text(language);
    let f = formats();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Comparison")?;
    let headers = [
        t(Term::Scenario),
        t(Term::Npv),
        t(Term::DeltaNpv),
        t(Term::CumulativeEbit),
        t(Term::DeltaEbit),
        t(Term::CumulativeFreeCashFlow),
        t(Term::DeltaFreeCashFlow),
        t(Term::Mwh),
    ];
    header_row(sheet, &headers, &f)?;
    sheet.set_column_width(0, 30)?;
    for (i, (figures, delta)) in comparison
        .figures
        .iter()
        .zip(&comparison.deltas)
        .enumerate()
    {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &figures.name)?;
        let values = [
            figures.npv,
            delta.npv,
            figures.cumulative_ebit,
            delta.cumulative_ebit,
            figures.cumulative_free_cash_flow,
            delta.cumulative_free_cash_flow,
            figures.energy.mwh,
        ];
        for (col, value) in values.iter().enumerate() {
            sheet.set_column_width(1 + col as u16, 18)?;
            sheet.write_number_with_format(row, 1 + col as u16, num(*value), &f.money)?;
        }
    }
    book.save_to_buffer()
}

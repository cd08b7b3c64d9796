//! Renders the formats a user asks for into bytes, for the CLI and the app alike: both decide
//! only the file names and where to write them.

use crate::pack::{comparison_pack, scenario_pack, PackOptions};
use crate::pdf::render_pdf;
use crate::run::{comparison_csv, fiscal_quarters_csv, fiscal_years_csv, ScenarioResults};
use crate::schedule_csv::write_monthly_schedule;
use crate::xlsx::{comparison_workbook, workbook};
use fleet_ledger_engine::analysis::FigureComparison;
use fleet_ledger_engine::fleet::FleetResult;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    Pdf,
    Xlsx,
    Csv,
    Json,
}

/// What a rendered file holds, so each caller can name it its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    MeetingPack,
    Workbook,
    Schedule,
    FiscalYears,
    FiscalQuarters,
    Results,
    /// The side-by-side comparison, in the format's extension.
    Comparison,
}

pub struct RenderedFile<'a> {
    pub kind: FileKind,
    pub extension: &'static str,
    contents: Contents<'a>,
}

enum Contents<'a> {
    Bytes(Vec<u8>),
    /// Every cohort's monthly schedule, written as it is read (it can run to gigabytes).
    MonthlySchedule(&'a FleetResult),
}

impl RenderedFile<'_> {
    /// Writes the file to `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        match &self.contents {
            Contents::Bytes(bytes) => out.write_all(bytes),
            Contents::MonthlySchedule(result) => write_monthly_schedule(result, out),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ExportError(String);

fn file(
    kind: FileKind,
    extension: &'static str,
    bytes: impl Into<Vec<u8>>,
) -> RenderedFile<'static> {
    RenderedFile {
        kind,
        extension,
        contents: Contents::Bytes(bytes.into()),
    }
}

/// The files of one scenario in `format`.
pub fn scenario_files<'a>(
    report: &'a ScenarioResults,
    format: ReportFormat,
    options: &PackOptions,
) -> Result<Vec<RenderedFile<'a>>, ExportError> {
    Ok(match format {
        ReportFormat::Pdf => {
            let pdf = render_pdf(&scenario_pack(report, options.clone()))
                .map_err(|e| ExportError(e.to_string()))?;
            vec![file(FileKind::MeetingPack, "pdf", pdf)]
        }
        ReportFormat::Xlsx => vec![file(
            FileKind::Workbook,
            "xlsx",
            xlsx(workbook(report, options.language))?,
        )],
        ReportFormat::Csv => vec![
            RenderedFile {
                kind: FileKind::Schedule,
                extension: "csv",
                contents: Contents::MonthlySchedule(&report.result),
            },
            file(FileKind::FiscalYears, "csv", fiscal_years_csv(report)),
            file(FileKind::FiscalQuarters, "csv", fiscal_quarters_csv(report)),
        ],
        ReportFormat::Json => vec![file(FileKind::Results, "json", report.to_json())],
    })
}

/// The comparison in `format`. Only the PDF needs the scenarios' full reports.
pub fn comparison_files(
    reports: &[ScenarioResults],
    comparison: &FigureComparison,
    format: ReportFormat,
    options: &PackOptions,
) -> Result<Vec<RenderedFile<'static>>, ExportError> {
    let bytes: Vec<u8> = match format {
        ReportFormat::Pdf => render_pdf(&comparison_pack(reports, comparison, options.clone()))
            .map_err(|e| ExportError(e.to_string()))?,
        ReportFormat::Xlsx => xlsx(comparison_workbook(comparison, options.language))?,
        ReportFormat::Csv => comparison_csv(comparison).into_bytes(),
        ReportFormat::Json => serde_json::to_string_pretty(comparison)
            .map_err(|e| ExportError(e.to_string()))?
            .into_bytes(),
    };
    let extension = match format {
        ReportFormat::Pdf => "pdf",
        ReportFormat::Xlsx => "xlsx",
        ReportFormat::Csv => "csv",
        ReportFormat::Json => "json",
    };
    Ok(vec![file(FileKind::Comparison, extension, bytes)])
}

fn xlsx(result: Result<Vec<u8>, rust_xlsxwriter::XlsxError>) -> Result<Vec<u8>, ExportError> {
    result.map_err(|e| ExportError(format!("The workbook could not be written: {e}")))
}

//! Meeting packs from the app: the user picks scenarios, sections, language and formats; the
//! files are written by Rust into a folder chosen in the native dialog, with progress.

use super::comparison::{column_names, open_shown};
use crate::dialogs::{choose_path, Purpose};
use crate::library::LibraryState;
use crate::{AppError, Problem, ProblemCode};
use fleet_ledger_engine::analysis::compare_figures;
use fleet_ledger_engine::analysis::{
    sensitivity_answers_watched, Watch, DEFAULT_SWING_PERCENT, SENSITIVITY_STEPS,
};
use fleet_ledger_engine::validation::IssueCode;
use fleet_ledger_report::export::{
    comparison_files, scenario_files, FileKind, RenderedFile, ReportFormat,
};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{PackOptions, PackSections};
use fleet_ledger_report::run::scenario_results;
use fleet_ledger_store::ComparedItem;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

#[derive(Debug, Clone, Deserialize, Type)]
pub struct ExportRequest {
    /// One scenario's version (its current one unless a saved one is named) for its pack; two
    /// to four for a comparison, the first the base.
    pub items: Vec<ComparedItem>,
    pub language: Language,
    pub formats: Vec<ReportFormat>,
    pub sections: PackSections,
    /// Negative amounts in parentheses.
    pub parentheses: bool,
}

/// Where the export is: `step` of `steps` done, and what is being done now.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ExportProgress {
    pub step: u32,
    pub steps: u32,
    pub doing: ExportStep,
}

/// What the export is doing, for the UI to word in its language.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(tag = "step", rename_all = "camelCase")]
pub enum ExportStep {
    Computing { scenario: String },
    Writing { format: ReportFormat },
    Done,
}

/// The flag that stops the export in progress.
#[derive(Default)]
pub struct ExportRun {
    cancelled: std::sync::Arc<AtomicBool>,
}

/// Stops the meeting-pack export in progress at its next step; the files it wrote are removed.
#[tauri::command]
#[specta::specta]
pub async fn cancel_export(run: State<'_, ExportRun>) -> Result<(), AppError> {
    run.cancelled.store(true, Ordering::Relaxed);
    Ok(())
}

/// A file name from user text: letters, digits, spaces, '-' and '_' kept, the rest '_'.
pub(super) fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim().chars().take(80).collect::<String>();
    if stem.is_empty() {
        "scenario".into()
    } else {
        stem
    }
}

/// The app's file names: after the scenario (or "comparison"), so a folder of packs reads well.
fn file_name(stem: &str, rendered: &RenderedFile) -> String {
    match rendered.kind {
        FileKind::Schedule => format!("{stem} schedule.csv"),
        FileKind::FiscalYears => format!("{stem} fiscal years.csv"),
        FileKind::FiscalQuarters => format!("{stem} fiscal quarters.csv"),
        _ => format!("{stem}.{}", rendered.extension),
    }
}

fn write(
    folder: &Path,
    name: String,
    rendered: &RenderedFile,
    written: &mut Vec<String>,
) -> Result<(), AppError> {
    let path = folder.join(name);
    let failed = |e: std::io::Error| AppError::storage(Problem::write_failed(&path, e));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).map_err(failed)?);
    rendered.write_to(&mut out).map_err(failed)?;
    std::io::Write::flush(&mut out).map_err(failed)?;
    written.push(path.display().to_string());
    Ok(())
}

/// The folder reports go to: the one the user chooses in the native dialog (none when they
/// cancel), or [`EXPORT_DIR_ENV`]'s.
pub(super) fn export_folder(app: &AppHandle) -> Result<Option<PathBuf>, AppError> {
    match std::env::var_os(EXPORT_DIR_ENV) {
        Some(dir) => Ok(Some(dir.into())),
        None => choose_path(app, Purpose::ExportFolder),
    }
}

/// Environment variable naming the export folder instead of asking (for end-to-end tests).
const EXPORT_DIR_ENV: &str = "FLEET_LEDGER_EXPORT_DIR";

/// Writes the chosen reports into a folder chosen in the native dialog; returns the files
/// written, or `None` when the user cancels (the dialog, or the export with [`cancel_export`]).
#[tauri::command]
#[specta::specta]
pub async fn export_reports(
    app: AppHandle,
    library: State<'_, LibraryState>,
    run: State<'_, ExportRun>,
    request: ExportRequest,
    on_progress: Channel<ExportProgress>,
) -> Result<Option<Vec<String>>, AppError> {
    let cancelled = std::sync::Arc::clone(&run.cancelled);
    cancelled.store(false, Ordering::Relaxed);
    if request.items.is_empty() || request.items.len() > 4 {
        return Err(AppError::Invalid {
            issues: vec![fleet_ledger_engine::FieldIssue::new(
                "items",
                IssueCode::ChooseScenarios,
            )],
        });
    }
    if request.formats.is_empty() {
        return Err(AppError::Invalid {
            issues: vec![fleet_ledger_engine::FieldIssue::new(
                "formats",
                IssueCode::ChooseFormats,
            )],
        });
    }
    let Some(folder) = export_folder(&app)? else {
        return Ok(None);
    };
    let steps = (request.items.len() + request.formats.len()) as u32;
    let progress = |step: u32, doing: ExportStep| {
        let _ = on_progress.send(ExportProgress { step, steps, doing });
    };
    let mut reports = Vec::new();
    let stored = library.with(|lib| open_shown(lib, &request.items))?;
    let names = column_names(&stored);
    for (i, (mut stored, name)) in stored.into_iter().zip(names).enumerate() {
        // Two versions of one scenario are told apart in the pack by their names.
        stored.scenario.name = name;
        progress(
            i as u32,
            ExportStep::Computing {
                scenario: stored.scenario.name.clone(),
            },
        );
        // The pack shows the tornado and the break-even answers (PRODUCT.md §2.3); their
        // dozens of runs stop at the next step when the user cancels.
        let invalid =
            |e: fleet_ledger_engine::ValidationErrors| AppError::Invalid { issues: e.issues };
        let mut report = scenario_results(&stored.scenario).map_err(invalid)?;
        let watch = Watch::new(SENSITIVITY_STEPS, &|_, _| {}, &cancelled);
        match sensitivity_answers_watched(&report.scenario, DEFAULT_SWING_PERCENT, &watch)
            .map_err(invalid)?
        {
            Some(answers) => report.sensitivity = Some(answers),
            None => return Ok(None),
        }
        reports.push(report);
    }
    let options = PackOptions {
        language: request.language,
        numbers: NumberStyle {
            parentheses: request.parentheses,
        },
        date: fleet_ledger_store::today(),
        sections: request.sections,
    };
    let stem = if reports.len() == 1 {
        file_stem(&reports[0].scenario.name)
    } else {
        "comparison".to_owned()
    };
    let comparison = compare_figures(reports.iter().map(|r| r.summary.clone()).collect());
    let mut written = Vec::new();
    for (i, format) in request.formats.iter().enumerate() {
        if cancelled.load(Ordering::Relaxed) {
            // Nothing half-done: the files of this export written so far go too.
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            return Ok(None);
        }
        progress(
            reports.len() as u32 + i as u32,
            ExportStep::Writing { format: *format },
        );
        let files = match reports.as_slice() {
            [one] => scenario_files(one, *format, &options),
            many => comparison_files(many, &comparison, *format, &options),
        }
        .map_err(|e| {
            AppError::storage(
                Problem::new(ProblemCode::ReportFailed, e.to_string()).with("detail", e),
            )
        })?;
        for rendered in files {
            write(
                &folder,
                file_name(&stem, &rendered),
                &rendered,
                &mut written,
            )?;
        }
    }
    progress(steps, ExportStep::Done);
    Ok(Some(written))
}

//! The Results screen's data: every view of a scenario the engine computes, in one typed
//! answer (issue 16). The screen lays it out and formats it; it computes nothing.

use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{
    live_figures as live, price_curves_by_month as curves, scenario_results as compute,
    sensitivity_answers_watched, LiveFigures, PriceCurvesByMonth, ScenarioResults,
    SensitivityAnswers, Watch, DEFAULT_SWING_PERCENT, SENSITIVITY_STEPS,
};
use fleet_ledger_engine::validation::IssueCode;
use tauri::State;

/// The results of a scenario as it is being edited (its working copy: the unsaved edits, else
/// the current version), so they follow every edit. The model runs on a blocking thread of
/// the async runtime, so neither the window nor other commands wait for it.
#[tauri::command]
#[specta::specta]
pub async fn scenario_results(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<ScenarioResults, AppError> {
    let stored = library.with(|lib| lib.working_copy(&scenario_id))?;
    tauri::async_runtime::spawn_blocking(move || compute(&stored.scenario).map(|r| r.for_screen()))
        .await
        .map_err(|_| not_computed())?
        .map_err(|e| AppError::Invalid { issues: e.issues })
}

/// The Fleet tab's figures while the fleet is edited: the key figures and fiscal years of the
/// working copy, from one run of the model (the Results tab's other views are not worked out).
#[tauri::command]
#[specta::specta]
pub async fn live_figures(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<LiveFigures, AppError> {
    let stored = library.with(|lib| lib.working_copy(&scenario_id))?;
    tauri::async_runtime::spawn_blocking(move || live(&stored.scenario))
        .await
        .map_err(|_| not_computed())?
        .map_err(|e| AppError::Invalid { issues: e.issues })
}

/// Every price curve of the working copy month by month, as the model reads it: the Market
/// tab's charts.
#[tauri::command]
#[specta::specta]
pub async fn price_curves_by_month(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<PriceCurvesByMonth, AppError> {
    let stored = library.with(|lib| lib.working_copy(&scenario_id))?;
    Ok(curves(&stored.scenario))
}

/// Where the tornado and the break-even searches are: `done` of `total` steps.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
pub struct SensitivityProgress {
    pub done: u32,
    pub total: u32,
}

/// The flag that stops the sensitivity run in progress.
#[derive(Default)]
pub struct SensitivityRun {
    cancelled: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// The tornado (±10 % of every driver) and the break-even answers of a scenario's working
/// copy: dozens of model runs, on a blocking thread, reporting each step through
/// `on_progress`; `None` when [`cancel_sensitivity`] stopped it.
#[tauri::command]
#[specta::specta]
pub async fn scenario_sensitivity(
    library: State<'_, LibraryState>,
    run: State<'_, SensitivityRun>,
    scenario_id: String,
    on_progress: tauri::ipc::Channel<SensitivityProgress>,
) -> Result<Option<SensitivityAnswers>, AppError> {
    use std::sync::atomic::Ordering;
    let stored = library.with(|lib| lib.working_copy(&scenario_id))?;
    let cancelled = std::sync::Arc::clone(&run.cancelled);
    cancelled.store(false, Ordering::Relaxed);
    tauri::async_runtime::spawn_blocking(move || {
        let report = |done: u32, total: u32| {
            let _ = on_progress.send(SensitivityProgress { done, total });
        };
        let watch = Watch::new(SENSITIVITY_STEPS, &report, &cancelled);
        sensitivity_answers_watched(&stored.scenario, DEFAULT_SWING_PERCENT, &watch)
    })
    .await
    .map_err(|_| not_computed())?
    .map_err(|e| AppError::Invalid { issues: e.issues })
}

/// Stops the sensitivity run in progress at its next step.
#[tauri::command]
#[specta::specta]
pub async fn cancel_sensitivity(run: State<'_, SensitivityRun>) -> Result<(), AppError> {
    run.cancelled
        .store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

pub(super) fn not_computed() -> AppError {
    AppError::Invalid {
        issues: vec![fleet_ledger_engine::FieldIssue::new(
            "scenario",
            IssueCode::NotComputed,
        )],
    }
}

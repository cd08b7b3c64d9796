//! The Results screen's data: every view of a scenario the engine computes, in one typed
//! answer (issue 16). The screen lays it out and formats it; it computes nothing.

use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{scenario_results as compute, ScenarioResults};
use tauri::State;

/// The results of a scenario's current saved version. The model runs on a blocking thread
/// of the async runtime, so neither the window nor other commands wait for it.
#[tauri::command]
#[specta::specta]
pub async fn scenario_results(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<ScenarioResults, AppError> {
    let stored = library.with(|lib| lib.open_scenario(&scenario_id))?;
    tauri::async_runtime::spawn_blocking(move || compute(&stored.scenario))
        .await
        .map_err(|_| AppError::Invalid {
            issues: vec![fleet_ledger_engine::FieldIssue::new(
                "scenario",
                "the results could not be computed",
            )],
        })?
        .map_err(|e| AppError::Invalid { issues: e.issues })
}

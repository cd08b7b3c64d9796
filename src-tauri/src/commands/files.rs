//! Scenario files in and out, through the native dialogs (the web view has no file access).

use crate::dialogs::{choose_path, Purpose};
use crate::library::LibraryState;
use crate::{AppError, Problem};
use fleet_ledger_store::{read_scenario_file, ScenarioSummary};
use tauri::{AppHandle, State};

/// Imports a scenario file chosen in the open dialog; `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn import_scenario(
    app: AppHandle,
    library: State<'_, LibraryState>,
) -> Result<Option<ScenarioSummary>, AppError> {
    let Some(path) = choose_path(&app, Purpose::ImportScenario)? else {
        return Ok(None);
    };
    let text = read_scenario_file(&path)?;
    library.with(|lib| lib.import_scenario(&text)).map(Some)
}

/// Writes a scenario's current version to a file chosen in the save dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_scenario(
    app: AppHandle,
    library: State<'_, LibraryState>,
    id: String,
) -> Result<Option<String>, AppError> {
    let text = library.with(|lib| lib.export_scenario(&id))?;
    let Some(path) = choose_path(&app, Purpose::ExportScenario)? else {
        return Ok(None);
    };
    std::fs::write(&path, text + "\n")
        .map_err(|e| AppError::storage(Problem::write_failed(&path, e)))?;
    Ok(Some(path.display().to_string()))
}

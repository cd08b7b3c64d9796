//! Scenario files in and out, through the native dialogs (the web view has no file access).

use crate::dialogs::{choose_path, Purpose};
use crate::library::LibraryState;
use crate::{AppError, Problem};
use fleet_ledger_store::{read_register, read_scenario_file, RegisterFile, ScenarioSummary};
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

/// Reads a fixed-asset register (CSV or workbook) chosen in the open dialog, for the fleet
/// grid's import; `None` when the user cancels. Nothing is applied here: the grid maps its
/// columns and checks its rows as it checks a paste.
#[tauri::command]
#[specta::specta]
pub async fn read_fleet_register(app: AppHandle) -> Result<Option<RegisterFile>, AppError> {
    let chosen = match std::env::var_os(IMPORT_FILE_ENV) {
        Some(file) => Some(file.into()),
        None => choose_path(&app, Purpose::ImportRegister)?,
    };
    let Some(path) = chosen else {
        return Ok(None);
    };
    let register = tauri::async_runtime::spawn_blocking(move || read_register(&path))
        .await
        .map_err(|_| super::results::not_computed())??;
    Ok(Some(register))
}

/// Environment variable naming the register to read instead of asking (end-to-end tests).
const IMPORT_FILE_ENV: &str = "FLEET_LEDGER_IMPORT_FILE";

//! Tauri commands. Each is async so that Tauri runs it off the UI thread.

use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_store::{current_month, ScenarioSummary};
use serde::Serialize;
use specta::Type;
use tauri::State;

/// Where the library lives and whether it opened, for the app's first screen.
#[derive(Debug, Serialize, Type)]
pub struct LibraryStatus {
    pub path: Option<String>,
    /// Why the library is not usable, in words for the user; `None` when it is open.
    pub problem: Option<String>,
}

#[tauri::command]
#[specta::specta]
pub async fn library_status(library: State<'_, LibraryState>) -> Result<LibraryStatus, AppError> {
    Ok(LibraryStatus {
        path: library.path().map(|p| p.display().to_string()),
        problem: library.with(|_| Ok(())).err().map(|e| e.to_string()),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn list_scenarios(
    library: State<'_, LibraryState>,
) -> Result<Vec<ScenarioSummary>, AppError> {
    library.with(|lib| lib.list_scenarios())
}

/// Creates a blank scenario that starts this month.
#[tauri::command]
#[specta::specta]
pub async fn create_scenario(
    library: State<'_, LibraryState>,
    name: String,
) -> Result<ScenarioSummary, AppError> {
    library.with(|lib| lib.create_scenario(&name, current_month()))
}

//! The scenario library: list, create, rename, duplicate, trash, versions.

use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{compare_figures, key_figures, FigureComparison};
use fleet_ledger_engine::reference::example_names;
use fleet_ledger_store::{current_month, ListQuery, ScenarioSummary, VersionSummary};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn list_scenarios(
    library: State<'_, LibraryState>,
    query: ListQuery,
) -> Result<Vec<ScenarioSummary>, AppError> {
    library.with(|lib| lib.list_scenarios(&query))
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

/// The shipped examples a new scenario can start from.
#[tauri::command]
#[specta::specta]
pub async fn list_templates() -> Result<Vec<String>, AppError> {
    Ok(example_names().iter().map(|n| (*n).to_owned()).collect())
}

/// Creates a scenario from a shipped example, under the name given.
#[tauri::command]
#[specta::specta]
pub async fn create_from_template(
    library: State<'_, LibraryState>,
    template: String,
    name: String,
) -> Result<ScenarioSummary, AppError> {
    library.with(|lib| lib.create_from_example(&template, &name))
}

#[tauri::command]
#[specta::specta]
pub async fn rename_scenario(
    library: State<'_, LibraryState>,
    id: String,
    name: String,
) -> Result<ScenarioSummary, AppError> {
    library.with(|lib| lib.rename_scenario(&id, &name))
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_scenario(
    library: State<'_, LibraryState>,
    id: String,
    name: String,
) -> Result<ScenarioSummary, AppError> {
    library.with(|lib| lib.duplicate_scenario(&id, &name))
}

/// Moves a scenario to the trash.
#[tauri::command]
#[specta::specta]
pub async fn delete_scenario(library: State<'_, LibraryState>, id: String) -> Result<(), AppError> {
    library.with(|lib| lib.delete_scenario(&id))
}

/// Brings a scenario back from the trash.
#[tauri::command]
#[specta::specta]
pub async fn restore_scenario(
    library: State<'_, LibraryState>,
    id: String,
) -> Result<(), AppError> {
    library.with(|lib| lib.restore_scenario(&id))
}

/// Deletes everything in the trash for good; returns how many scenarios went.
#[tauri::command]
#[specta::specta]
pub async fn empty_trash(library: State<'_, LibraryState>) -> Result<u32, AppError> {
    library
        .with(|lib| lib.empty_trash())
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

#[tauri::command]
#[specta::specta]
pub async fn list_versions(
    library: State<'_, LibraryState>,
    id: String,
) -> Result<Vec<VersionSummary>, AppError> {
    library.with(|lib| lib.list_versions(&id))
}

/// Makes an older version current again (as a new version; nothing is lost).
#[tauri::command]
#[specta::specta]
pub async fn restore_version(
    library: State<'_, LibraryState>,
    version_id: String,
) -> Result<VersionSummary, AppError> {
    library.with(|lib| lib.restore_version(&version_id))
}

/// Key figures of two saved versions side by side (NPV, cumulative EBIT and cash, capacity,
/// energy), so a user can see what a change did.
#[tauri::command]
#[specta::specta]
pub async fn compare_versions(
    library: State<'_, LibraryState>,
    version_a: String,
    version_b: String,
) -> Result<FigureComparison, AppError> {
    let (a, b) =
        library.with(|lib| Ok((lib.open_version(&version_a)?, lib.open_version(&version_b)?)))?;
    let figures = [a.scenario, b.scenario]
        .iter()
        .map(|s| key_figures(s).map_err(|e| AppError::Invalid { issues: e.issues }))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(compare_figures(figures))
}

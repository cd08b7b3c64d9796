//! Editing a scenario (issue 17): its working copy read, written on every edit, checked,
//! saved as a version or discarded. The editors hold the document; the engine validates it.

use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{live_figures, LiveFigures};
use fleet_ledger_engine::scenario::Scenario;
use fleet_ledger_engine::FieldIssue;
use fleet_ledger_store::{UnsavedWork, VersionSummary, WorkingCopy};
use serde::Serialize;
use specta::Type;
use tauri::State;

/// A working copy and what stops it from being run or saved (none when it is valid).
#[derive(Debug, Serialize, Type)]
pub struct Editing {
    pub copy: WorkingCopy,
    pub issues: Vec<FieldIssue>,
}

/// Every problem of `scenario`, each with its field path; none when it is valid.
fn issues_of(scenario: &Scenario) -> Vec<FieldIssue> {
    scenario
        .validate()
        .err()
        .map(|e| e.issues)
        .unwrap_or_default()
}

/// The working copy of a scenario (its unsaved edits, else its current version) and its
/// problems.
#[tauri::command]
#[specta::specta]
pub async fn working_copy(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<Editing, AppError> {
    let copy = library.with(|lib| lib.working_copy(&scenario_id))?;
    let issues = issues_of(&copy.scenario);
    Ok(Editing { copy, issues })
}

/// An edit written: its problems, and the Fleet tab's figures of the document written (none
/// when it cannot be run).
#[derive(Debug, Serialize, Type)]
pub struct Edited {
    pub issues: Vec<FieldIssue>,
    pub live: Option<LiveFigures>,
}

/// Writes one edit of the working copy (one user gesture: a typed value, a paste, a fill, a
/// row deleted, an undo) in a transaction, and returns its problems and its live figures,
/// worked out from the document while it is written (the answer an edit waits for is one
/// model run, not a write and then a read). An invalid document is written too: a draft is
/// kept as the user left it.
#[tauri::command]
#[specta::specta]
pub async fn edit_working_copy(
    library: State<'_, LibraryState>,
    scenario_id: String,
    base_version_id: String,
    scenario: Scenario,
) -> Result<Edited, AppError> {
    let document = std::sync::Arc::new(scenario);
    let shared = std::sync::Arc::clone(&document);
    // Checked and run beside the write; a document with problems is not run.
    let checked = tauri::async_runtime::spawn_blocking(move || {
        let issues = issues_of(&shared);
        let live = issues
            .is_empty()
            .then(|| live_figures(&shared).ok())
            .flatten();
        (issues, live)
    });
    library.with(|lib| lib.write_working_copy(&scenario_id, &base_version_id, &document))?;
    let (issues, live) = checked.await.map_err(|_| super::results::not_computed())?;
    Ok(Edited { issues, live })
}

/// The problems `scenario` would have, without writing it: a pasted block is checked whole
/// before any of it is applied.
#[tauri::command]
#[specta::specta]
pub async fn check_scenario(scenario: Scenario) -> Result<Vec<FieldIssue>, AppError> {
    Ok(issues_of(&scenario))
}

/// Saves the working copy as the scenario's newest version, with an optional note.
#[tauri::command]
#[specta::specta]
pub async fn save_working_copy(
    library: State<'_, LibraryState>,
    scenario_id: String,
    note: Option<String>,
) -> Result<VersionSummary, AppError> {
    let note = note.filter(|n| !n.trim().is_empty());
    library.with(|lib| lib.save_working_copy(&scenario_id, note.as_deref()))
}

/// Drops the working copy's unsaved edits.
#[tauri::command]
#[specta::specta]
pub async fn discard_working_copy(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<(), AppError> {
    library.with(|lib| lib.discard_working_copy(&scenario_id))
}

/// The scenarios with unsaved edits, which the app offers to resume or discard at start.
#[tauri::command]
#[specta::specta]
pub async fn unsaved_work(library: State<'_, LibraryState>) -> Result<Vec<UnsavedWork>, AppError> {
    library.with(|lib| lib.unsaved_work())
}

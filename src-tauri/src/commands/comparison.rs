//! The Compare screen's data (issue 18): two to four scenarios, or saved versions of one,
//! side by side as the engine lines them up. The screen lays it out; it computes nothing.

use super::results::not_computed;
use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{compare_scenarios as compare, ScenarioComparison};
use fleet_ledger_store::{ComparedItem, StoredScenario, VersionSummary};
use serde::Serialize;
use specta::Type;
use tauri::State;

/// The comparison and which version each column was computed from, so that two versions of
/// one scenario can be told apart on screen.
#[derive(Debug, Clone, Serialize, Type)]
pub struct Comparison {
    pub view: ScenarioComparison,
    pub versions: Vec<VersionSummary>,
}

/// Each item's saved version, or what `current` opens for its scenario.
fn open_each(
    lib: &fleet_ledger_store::Library,
    items: &[ComparedItem],
    current: impl Fn(&str) -> Result<StoredScenario, fleet_ledger_store::StoreError>,
) -> Result<Vec<StoredScenario>, fleet_ledger_store::StoreError> {
    items
        .iter()
        .map(|item| match &item.version_id {
            Some(version) => lib.open_version(version),
            None => current(&item.scenario_id),
        })
        .collect()
}

/// Each item's saved version, or its scenario's current saved one: what a briefing deck is
/// frozen to.
pub(super) fn open_saved(
    lib: &fleet_ledger_store::Library,
    items: &[ComparedItem],
) -> Result<Vec<StoredScenario>, fleet_ledger_store::StoreError> {
    open_each(lib, items, |id| lib.open_scenario(id))
}

/// Each item's saved version, or its scenario as the screens show it: the working copy, its
/// unsaved edits included (what Compare's "current version" and a meeting pack from the
/// Results show, so a pack never leaves out what the user sees).
pub(super) fn open_shown(
    lib: &fleet_ledger_store::Library,
    items: &[ComparedItem],
) -> Result<Vec<StoredScenario>, fleet_ledger_store::StoreError> {
    open_each(lib, items, |id| {
        lib.working_copy(id).map(StoredScenario::from)
    })
}

/// When each version was saved, to the minute (UTC), as a report prints it.
pub(super) fn saved_minutes(stored: &[StoredScenario]) -> Vec<String> {
    stored
        .iter()
        .map(|s| {
            s.version
                .saved_at
                .replace('T', " ")
                .chars()
                .take(16)
                .collect()
        })
        .collect()
}

/// Each column's name in a report: the scenario's, and when one scenario is there twice (two
/// of its versions), with the time each version was saved.
pub(super) fn column_names(stored: &[StoredScenario]) -> Vec<String> {
    stored
        .iter()
        .zip(saved_minutes(stored))
        .map(|(s, at)| {
            let twice = stored
                .iter()
                .filter(|o| o.summary.id == s.summary.id)
                .count()
                > 1;
            if twice {
                format!("{} ({at})", s.scenario.name)
            } else {
                s.scenario.name.clone()
            }
        })
        .collect()
}

/// Opens each item's version and compares them, the first the base, on a blocking thread.
#[tauri::command]
#[specta::specta]
pub async fn compare_scenarios(
    library: State<'_, LibraryState>,
    items: Vec<ComparedItem>,
) -> Result<Comparison, AppError> {
    let stored = library.with(|lib| open_shown(lib, &items))?;
    let versions = stored.iter().map(|s| s.version.clone()).collect();
    let scenarios: Vec<_> = stored.into_iter().map(|s| s.scenario).collect();
    let view = tauri::async_runtime::spawn_blocking(move || compare(&scenarios))
        .await
        .map_err(|_| not_computed())?
        .map_err(|e| AppError::Invalid { issues: e.issues })?;
    Ok(Comparison { view, versions })
}

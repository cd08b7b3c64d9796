//! The reference data the engine ships, for the screens that offer it.

use crate::AppError;
use fleet_ledger_engine::reference::{gpu_catalog, useful_life_changes, UsefulLifeChange};
use fleet_ledger_engine::scenario::GpuSku;

/// PRODUCT.md §4's useful-life precedents (who changed which life when, the effect disclosed,
/// the life moved to, the source): what a book-life picker offers, from the same table the
/// CLI's `useful-lives` and the meeting pack's method notes print.
#[tauri::command]
#[specta::specta]
pub async fn useful_life_library() -> Result<Vec<UsefulLifeChange>, AppError> {
    Ok(useful_life_changes())
}

/// The meeting pack's method notes (how the numbers are made) in `language`, from the same
/// glossary the pack prints them from: Help → Method notes.
#[tauri::command]
#[specta::specta]
pub async fn method_notes(
    language: fleet_ledger_report::i18n::Language,
) -> Result<Vec<String>, AppError> {
    Ok(
        fleet_ledger_report::glossary::sentences::method_notes(language)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    )
}

/// The GPU catalog Fleet Ledger ships (PRODUCT.md §4, each value with its source): the
/// catalog editor marks a scenario's SKUs that still hold these values and restores them.
#[tauri::command]
#[specta::specta]
pub async fn shipped_catalog() -> Result<Vec<GpuSku>, AppError> {
    Ok(gpu_catalog())
}

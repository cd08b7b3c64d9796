//! Native open and save dialogs, shown from Rust so the web view needs no file permission.

use crate::{AppError, Problem, ProblemCode};
use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

pub enum Purpose {
    OpenLibrary,
    NewLibrary,
    Backup,
    RestoreBackup,
    ImportScenario,
    ImportRegister,
    ExportScenario,
    ExportFolder,
}

/// Shows the dialog for `purpose`; `None` when the user cancels.
pub fn choose_path(app: &AppHandle, purpose: Purpose) -> Result<Option<PathBuf>, AppError> {
    let dialog = app.dialog().file();
    let (library, scenario) = (
        ("Fleet Ledger library", &["sqlite"][..]),
        ("Scenario file", &["json"][..]),
    );
    let chosen = match purpose {
        Purpose::OpenLibrary => dialog
            .set_title("Open a library")
            .add_filter(library.0, library.1)
            .blocking_pick_file(),
        Purpose::RestoreBackup => dialog
            .set_title("Restore the library from a backup")
            .add_filter(library.0, library.1)
            .blocking_pick_file(),
        Purpose::ImportScenario => dialog
            .set_title("Import a scenario file")
            .add_filter(scenario.0, scenario.1)
            .blocking_pick_file(),
        Purpose::ImportRegister => dialog
            .set_title("Import a fleet register")
            .add_filter(
                "Spreadsheet or CSV",
                &["xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt"],
            )
            .blocking_pick_file(),
        Purpose::NewLibrary => dialog
            .set_title("Start a new library")
            .set_file_name("library.sqlite")
            .blocking_save_file(),
        Purpose::Backup => dialog
            .set_title("Back up the library")
            .set_file_name("library-backup.sqlite")
            .blocking_save_file(),
        Purpose::ExportFolder => dialog
            .set_title("Choose a folder for the reports")
            .blocking_pick_folder(),
        Purpose::ExportScenario => dialog
            .set_title("Export the scenario")
            .set_file_name("scenario.json")
            .blocking_save_file(),
    };
    chosen
        .map(|p| {
            p.into_path().map_err(|e| {
                AppError::storage(
                    Problem::new(
                        ProblemCode::LocationUnusable,
                        format!("That location cannot be used: {e}"),
                    )
                    .with("detail", e),
                )
            })
        })
        .transpose()
}

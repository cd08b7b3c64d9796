//! Which library is open, and whole-library operations.

use crate::dialogs::{choose_path, Purpose};
use crate::library::LibraryState;
use crate::{AppError, Problem, ProblemCode};
use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, State};

/// Where the library lives and whether it opened, for the app's first screen.
#[derive(Debug, Serialize, Type)]
pub struct LibraryStatus {
    pub path: Option<String>,
    /// Why the library is not usable; `None` when it is open.
    pub problem: Option<AppError>,
}

fn status(library: &LibraryState) -> LibraryStatus {
    LibraryStatus {
        path: library.path().map(|p| p.display().to_string()),
        problem: library.problem(),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn library_status(library: State<'_, LibraryState>) -> Result<LibraryStatus, AppError> {
    Ok(status(&library))
}

/// Opens another library file chosen in the native dialog. `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn open_library(
    app: AppHandle,
    library: State<'_, LibraryState>,
) -> Result<Option<LibraryStatus>, AppError> {
    let Some(path) = choose_path(&app, Purpose::OpenLibrary)? else {
        return Ok(None);
    };
    library.switch_to(&path)?;
    Ok(Some(status(&library)))
}

/// Starts a new library in a file chosen in the native save dialog.
#[tauri::command]
#[specta::specta]
pub async fn new_library(
    app: AppHandle,
    library: State<'_, LibraryState>,
) -> Result<Option<LibraryStatus>, AppError> {
    let Some(path) = choose_path(&app, Purpose::NewLibrary)? else {
        return Ok(None);
    };
    if path.exists() {
        return Err(AppError::storage(
            Problem::new(
                ProblemCode::FileExists,
                format!("{} already exists; choose a new file name.", path.display()),
            )
            .with("path", path.display()),
        ));
    }
    library.switch_to(&path)?;
    Ok(Some(status(&library)))
}

/// Copies the whole library to a new file chosen in the save dialog. Returns its path.
#[tauri::command]
#[specta::specta]
pub async fn back_up_library(
    app: AppHandle,
    library: State<'_, LibraryState>,
) -> Result<Option<String>, AppError> {
    let Some(path) = choose_path(&app, Purpose::Backup)? else {
        return Ok(None);
    };
    library.with(|lib| lib.backup_to(&path))?;
    Ok(Some(path.display().to_string()))
}

/// Replaces the library with a backup chosen in the open dialog. The current contents are
/// kept beside the library first; returns that copy's path, or `None` when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn restore_library(
    app: AppHandle,
    library: State<'_, LibraryState>,
) -> Result<Option<String>, AppError> {
    let Some(path) = choose_path(&app, Purpose::RestoreBackup)? else {
        return Ok(None);
    };
    let kept = library.with(|lib| lib.restore_from(&path))?;
    Ok(Some(kept.display().to_string()))
}

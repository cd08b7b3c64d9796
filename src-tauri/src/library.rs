//! The app's handle on the scenario library.
//!
//! A library that cannot be opened (newer version, damaged file) does not stop the app: the
//! problem is kept and every command answers with it, so the UI can explain it and offer to
//! open another file or start a new library. The bad file is never touched.

use crate::settings::Settings;
use crate::{AppError, Problem, ProblemCode};
use fleet_ledger_store::{default_library_path, Library, StoreError, LIBRARY_PATH_ENV};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

struct Current {
    path: Option<PathBuf>,
    library: Result<Library, AppError>,
}

pub struct LibraryState {
    settings_file: Option<PathBuf>,
    current: Mutex<Current>,
}

fn open(path: Option<PathBuf>) -> Current {
    let library = match &path {
        Some(path) => Library::open(path).map_err(AppError::from),
        None => Err(AppError::LibraryUnavailable {
            problem: Problem::new(
                ProblemCode::NoDataFolder,
                "This system reports no folder for application data.",
            ),
        }),
    };
    Current { path, library }
}

impl LibraryState {
    /// `FLEET_LEDGER_DB` first (tests), then the library last chosen, then the default.
    pub fn open_at_start(settings_file: Option<PathBuf>) -> Self {
        let chosen = if std::env::var_os(LIBRARY_PATH_ENV).is_some() {
            None
        } else {
            settings_file
                .as_deref()
                .and_then(|f| Settings::load(f).library_path)
        };
        let path = chosen.or_else(default_library_path);
        Self {
            settings_file,
            current: Mutex::new(open(path)),
        }
    }

    pub fn path(&self) -> Option<PathBuf> {
        self.lock().path.clone()
    }

    /// The reason the library is not open, if it is not.
    pub fn problem(&self) -> Option<AppError> {
        self.lock().library.as_ref().err().cloned()
    }

    /// Opens (or creates) the library at `path` instead, and remembers the choice. When it
    /// cannot be opened the previous library stays open.
    pub fn switch_to(&self, path: &Path) -> Result<(), AppError> {
        let library = Library::open(path).map_err(AppError::from)?;
        *self.lock() = Current {
            path: Some(path.to_path_buf()),
            library: Ok(library),
        };
        if let Some(file) = &self.settings_file {
            let settings = Settings {
                library_path: Some(path.to_path_buf()),
            };
            settings.save(file).map_err(|e| {
                AppError::storage(
                    Problem::new(
                        ProblemCode::SettingsNotSaved,
                        format!("The choice of library could not be remembered: {e}"),
                    )
                    .with("detail", e),
                )
            })?;
        }
        Ok(())
    }

    /// Runs `f` on the open library, or answers with the reason it is not open.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<T, StoreError>,
    ) -> Result<T, AppError> {
        let mut guard = self.lock();
        match guard.library.as_mut() {
            Ok(library) => f(library).map_err(AppError::from),
            Err(problem) => Err(problem.clone()),
        }
    }

    /// A panic in another command must not lock the library for the rest of the session:
    /// SQLite's own transactions keep the data consistent, so the poisoned guard is usable.
    fn lock(&self) -> MutexGuard<'_, Current> {
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }
}

//! The app's handle on the scenario library, opened once at start-up.
//!
//! A library that cannot be opened (newer version, damaged file) does not stop the app: the
//! problem is kept and every command answers with it, so the UI can explain it.

use crate::AppError;
use fleet_ledger_store::{default_library_path, Library, StoreError};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

pub struct LibraryState {
    path: Option<PathBuf>,
    library: Mutex<Result<Library, AppError>>,
}

impl LibraryState {
    pub fn open_default() -> Self {
        let path = default_library_path();
        let library = match &path {
            Some(path) => Library::open(path).map_err(AppError::from),
            None => Err(AppError::LibraryUnavailable {
                message: "This system reports no folder for application data.".into(),
            }),
        };
        Self {
            path,
            library: Mutex::new(library),
        }
    }

    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Runs `f` on the open library, or answers with the reason it is not open.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Library) -> Result<T, StoreError>,
    ) -> Result<T, AppError> {
        let mut guard = self.lock();
        match guard.as_mut() {
            Ok(library) => f(library).map_err(AppError::from),
            Err(problem) => Err(problem.clone()),
        }
    }

    /// A panic in another command must not lock the library for the rest of the session:
    /// SQLite's own transaction keeps the data consistent, so the poisoned guard is usable.
    fn lock(&self) -> MutexGuard<'_, Result<Library, AppError>> {
        self.library.lock().unwrap_or_else(|p| p.into_inner())
    }
}

//! The store's one error type. Each variant's message tells a finance user what happened and
//! what to do, because the app shows it as it is.

use fleet_ledger_engine::ValidationErrors;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "This library was saved by a newer version of Fleet Ledger (schema version {found}; \
         this version understands up to {supported}). Update Fleet Ledger, or open or create \
         another library. The file was not changed."
    )]
    TooNew { found: u32, supported: u32 },

    #[error(
        "This file's history is not one Fleet Ledger recognises ({detail}). It may come from \
         another program or a modified build. Open or create another library; the file was \
         not changed."
    )]
    UnknownHistory { detail: String },

    #[error(
        "{} is not a readable Fleet Ledger library ({detail}). It may be damaged. Restore a \
         backup, or open or create another library; the file was not changed.",
        path.display()
    )]
    Unreadable { path: PathBuf, detail: String },

    #[error(
        "{} is empty (0 bytes), so it is not a Fleet Ledger library. Open another library or \
         start a new one; the file was not changed.",
        path.display()
    )]
    Empty { path: PathBuf },

    #[error(
        "{} cannot be restored from, and the library was not changed. {reason}",
        path.display()
    )]
    BackupRefused { path: PathBuf, reason: String },

    #[error("{0}")]
    Invalid(#[from] ValidationErrors),

    #[error("No scenario with id {id} is in the library.")]
    NotFound { id: String },

    #[error("Could not use {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("The library could not complete the operation: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("A saved scenario could not be read: {0}")]
    Document(#[from] serde_json::Error),
}

impl StoreError {
    /// Errors while opening mean the file itself is unusable, not that a query was wrong.
    pub(crate) fn from_open(path: &Path, e: rusqlite::Error) -> Self {
        StoreError::Unreadable {
            path: path.to_path_buf(),
            detail: e.to_string(),
        }
    }
}

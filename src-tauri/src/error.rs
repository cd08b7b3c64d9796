//! The one error type that crosses IPC: a tagged union the UI switches on.

use fleet_ledger_engine::FieldIssue;
use fleet_ledger_store::StoreError;
use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, Serialize, Type, thiserror::Error)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AppError {
    /// Input the user can correct; each issue names its field for the UI to show beside it.
    #[error("invalid input")]
    Invalid { issues: Vec<FieldIssue> },
    /// The library file could not be opened (newer version, unknown history, damaged).
    #[error("{message}")]
    LibraryUnavailable { message: String },
    #[error("{message}")]
    NotFound { message: String },
    /// Anything else the store reports; the message is already written for the user.
    #[error("{message}")]
    Storage { message: String },
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::Invalid(invalid) => AppError::Invalid {
                issues: invalid.issues,
            },
            StoreError::TooNew { .. }
            | StoreError::UnknownHistory { .. }
            | StoreError::Unreadable { .. }
            | StoreError::Empty { .. } => AppError::LibraryUnavailable { message },
            StoreError::NotFound { .. } => AppError::NotFound { message },
            StoreError::BackupRefused { .. } => AppError::Storage { message },
            StoreError::Io { .. } | StoreError::Sqlite(_) | StoreError::Document(_) => {
                AppError::Storage { message }
            }
        }
    }
}

//! The one error type that crosses IPC: a tagged union the UI switches on.
//!
//! Every variant carries a code and its parameters, which the UI words in the user's language
//! from its catalogs (field issues from the engine's codes, other problems from
//! [`ProblemCode`] under `problem.` in ui/src/i18n/messages.*.json), and an English sentence
//! for logs and for a code the UI does not know.

use fleet_ledger_engine::FieldIssue;
use fleet_ledger_store::StoreError;
use serde::Serialize;
use specta::Type;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Serialize, Type, thiserror::Error)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AppError {
    /// Input the user can correct; each issue names its field for the UI to show beside it.
    #[error("invalid input")]
    Invalid { issues: Vec<FieldIssue> },
    /// The library file could not be opened (newer version, unknown history, damaged).
    #[error("{}", problem.message)]
    LibraryUnavailable { problem: Problem },
    #[error("{}", problem.message)]
    NotFound { problem: Problem },
    /// Anything else that went wrong reading or writing.
    #[error("{}", problem.message)]
    Storage { problem: Problem },
}

/// A problem that belongs to no single field.
#[derive(Debug, Clone, Serialize, Type)]
pub struct Problem {
    pub code: ProblemCode,
    /// The values the wording names (`path`, `detail`, `found`…).
    pub params: BTreeMap<String, String>,
    /// The English sentence, as the store or the system put it.
    pub message: String,
}

/// What went wrong, for the UI's catalog (`problem.<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    LibraryTooNew,
    LibraryUnknownHistory,
    LibraryUnreadable,
    LibraryEmpty,
    NoDataFolder,
    BackupRefused,
    ScenarioNotFound,
    FileUnusable,
    DatabaseFailed,
    DocumentUnreadable,
    FileExists,
    WriteFailed,
    ReportFailed,
    LocationUnusable,
    SettingsNotSaved,
    MenuFailed,
    FullScreenFailed,
}

impl Problem {
    pub fn new(code: ProblemCode, message: impl Into<String>) -> Self {
        Self {
            code,
            params: BTreeMap::new(),
            message: message.into(),
        }
    }

    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_owned(), value.to_string());
        self
    }

    /// A file that could not be written, with the system's reason.
    pub fn write_failed(path: &Path, error: impl std::fmt::Display) -> Self {
        Self::new(
            ProblemCode::WriteFailed,
            format!("{} could not be written: {error}", path.display()),
        )
        .with("path", path.display())
        .with("detail", error)
    }
}

impl AppError {
    pub fn storage(problem: Problem) -> Self {
        AppError::Storage { problem }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        let problem = |code| Problem::new(code, message.clone());
        match error {
            StoreError::Invalid(invalid) => AppError::Invalid {
                issues: invalid.issues,
            },
            StoreError::TooNew { found, supported } => AppError::LibraryUnavailable {
                problem: problem(ProblemCode::LibraryTooNew)
                    .with("found", found)
                    .with("supported", supported),
            },
            StoreError::UnknownHistory { ref detail } => AppError::LibraryUnavailable {
                problem: problem(ProblemCode::LibraryUnknownHistory).with("detail", detail),
            },
            StoreError::Unreadable {
                ref path,
                ref detail,
            } => AppError::LibraryUnavailable {
                problem: problem(ProblemCode::LibraryUnreadable)
                    .with("path", path.display())
                    .with("detail", detail),
            },
            StoreError::Empty { ref path } => AppError::LibraryUnavailable {
                problem: problem(ProblemCode::LibraryEmpty).with("path", path.display()),
            },
            StoreError::NotFound { ref id } => AppError::NotFound {
                problem: problem(ProblemCode::ScenarioNotFound).with("id", id),
            },
            // The reason is the refused file's own problem, in the store's English words.
            StoreError::BackupRefused {
                ref path,
                ref reason,
            } => AppError::storage(
                problem(ProblemCode::BackupRefused)
                    .with("path", path.display())
                    .with("reason", reason),
            ),
            StoreError::Io {
                ref path,
                ref source,
            } => AppError::storage(
                problem(ProblemCode::FileUnusable)
                    .with("path", path.display())
                    .with("detail", source),
            ),
            StoreError::Sqlite(ref e) => {
                AppError::storage(problem(ProblemCode::DatabaseFailed).with("detail", e))
            }
            StoreError::Document(ref e) => {
                AppError::storage(problem(ProblemCode::DocumentUnreadable).with("detail", e))
            }
        }
    }
}

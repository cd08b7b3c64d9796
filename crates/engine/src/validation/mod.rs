//! Field-level validation results shared by every layer.
//!
//! An issue names the field by its path in the scenario document (`cohorts[2].book.useful_life_months`)
//! so the UI can show the message beside that field and the CLI can print `path: message`.

use serde::{Deserialize, Serialize};
use specta::Type;
use std::fmt;

/// One problem with one field: where it is and what is allowed instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FieldIssue {
    /// Path of the field in the scenario document, e.g. `name` or `cohorts[2].quantity`.
    pub path: String,
    /// A sentence for a finance user: what is wrong and what is allowed.
    pub message: String,
}

impl FieldIssue {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in one input, in document order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render(.issues))]
pub struct ValidationErrors {
    pub issues: Vec<FieldIssue>,
}

fn render(issues: &[FieldIssue]) -> String {
    issues
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl ValidationErrors {
    pub fn single(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            issues: vec![FieldIssue::new(path, message)],
        }
    }
}

/// Most issues one validation reports; past this a last issue says how many more there were.
/// A hostile file can hold a million bad fields; a person reads the first few hundred, and
/// memory must not grow with the rest.
pub const MAX_ISSUES: usize = 500;

/// Collects issues while a validator walks a document, then yields `Ok` only if none were found.
#[derive(Debug, Default)]
pub struct IssueCollector {
    issues: Vec<FieldIssue>,
    /// Issues found past [`MAX_ISSUES`], counted, not kept.
    more: usize,
}

impl IssueCollector {
    pub fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(FieldIssue::new(path, message));
        } else {
            self.more += 1;
        }
    }

    pub fn finish(mut self) -> Result<(), ValidationErrors> {
        if self.more > 0 {
            self.issues.push(FieldIssue::new(
                "file",
                format!(
                    "has {} more problems not listed; correct the ones above first",
                    self.more
                ),
            ));
        }
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors {
                issues: self.issues,
            })
        }
    }
}

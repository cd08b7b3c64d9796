//! Field-level validation results shared by every layer.
//!
//! An issue names the field by its path in the scenario document (`cohorts[2].book.useful_life_months`)
//! so the UI can show the message beside that field and the CLI can print `path: message`.

use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeMap;
use std::fmt;

pub mod issue;

pub use issue::{Expected, Issue, IssueCode, TierName, Unit};

/// One problem with one field: where it is and what is allowed instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FieldIssue {
    /// Path of the field in the scenario document, e.g. `name` or `cohorts[2].quantity`.
    pub path: String,
    /// The rule broken; the UI words it in the user's language from its catalog.
    pub code: IssueCode,
    /// The values the wording names (`given`, `min`, `max`…): numbers plain, months
    /// `YYYY-MM`, so each reader formats them for its language.
    pub params: BTreeMap<String, String>,
    /// The English sentence (the CLI's, and the logs'): what is wrong and what is allowed.
    pub message: String,
}

impl FieldIssue {
    pub fn new(path: impl Into<String>, issue: impl Into<Issue>) -> Self {
        let issue = issue.into();
        debug_assert!(
            issue::placeholders(issue.code.english())
                .iter()
                .all(|name| issue.params.contains_key(*name)),
            "{:?} lacks a parameter its wording names: {:?}",
            issue.code,
            issue.params
        );
        Self {
            path: path.into(),
            message: issue.english(),
            code: issue.code,
            params: issue.params,
        }
    }

    /// The same issue at another path (an inner input's issue placed in the document).
    pub fn at(self, path: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            ..self
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
    pub fn single(path: impl Into<String>, issue: impl Into<Issue>) -> Self {
        Self {
            issues: vec![FieldIssue::new(path, issue)],
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
    pub fn push(&mut self, path: impl Into<String>, issue: impl Into<Issue>) {
        // Past the limit only counted: the issue is not even worded.
        if self.issues.len() < MAX_ISSUES {
            self.keep(FieldIssue::new(path, issue));
        } else {
            self.more += 1;
        }
    }

    fn keep(&mut self, issue: FieldIssue) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(issue);
        } else {
            self.more += 1;
        }
    }

    /// Issues found by another check, kept in order within the same limit.
    pub fn extend(&mut self, issues: impl IntoIterator<Item = FieldIssue>) {
        for issue in issues {
            self.keep(issue);
        }
    }

    pub fn finish(mut self) -> Result<(), ValidationErrors> {
        if self.more > 0 {
            self.issues.push(FieldIssue::new(
                "file",
                Issue::new(IssueCode::MoreProblems).with("count", self.more),
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

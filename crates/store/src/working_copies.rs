//! A scenario's working copy (issue 17): what the user is editing, written on every edit so
//! that nothing typed is lost, kept apart from the saved versions until Save turns it into
//! one. A working copy may be invalid; it is validated when it is saved or run.

use crate::scenarios::{insert_version, NOW};
use crate::{Library, ScenarioSummary, StoreError, VersionSummary};
use fleet_ledger_engine::scenario::Scenario;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use specta::Type;

/// A scenario as it is being edited.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WorkingCopy {
    pub summary: ScenarioSummary,
    /// The saved version the edits started from.
    pub base: VersionSummary,
    pub scenario: Scenario,
    /// When an edit was last written; none while the working copy is the base version as it
    /// was saved (nothing to save or lose).
    pub edited_at: Option<String>,
}

/// A working copy read as a scenario: its edits, under the version they started from.
impl From<WorkingCopy> for crate::StoredScenario {
    fn from(copy: WorkingCopy) -> Self {
        Self {
            summary: copy.summary,
            version: copy.base,
            scenario: copy.scenario,
        }
    }
}

/// A scenario with edits not yet saved, as the app offers it at start: resume or discard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct UnsavedWork {
    pub summary: ScenarioSummary,
    pub edited_at: String,
}

impl Library {
    /// The working copy of scenario `id`: its unsaved edits if there are any, else its
    /// current version.
    pub fn working_copy(&self, id: &str) -> Result<WorkingCopy, StoreError> {
        let summary = self.summary(id)?;
        let draft: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT base_version_id, document, edited_at FROM working_copies WHERE scenario_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        match draft {
            Some((base, document, edited_at)) => Ok(WorkingCopy {
                summary,
                base: self.open_version(&base)?.version,
                // Written by this build from a typed scenario: read as it was, unvalidated.
                scenario: serde_json::from_str(&document)?,
                edited_at: Some(edited_at),
            }),
            None => {
                let current = self.open_scenario(id)?;
                Ok(WorkingCopy {
                    summary,
                    base: current.version,
                    scenario: current.scenario,
                    edited_at: None,
                })
            }
        }
    }

    /// Writes the working copy of scenario `id`, edited from version `base_version_id`, in one
    /// transaction (valid or not: a draft is kept as the user left it). Returns when it was
    /// written.
    pub fn write_working_copy(
        &mut self,
        id: &str,
        base_version_id: &str,
        scenario: &Scenario,
    ) -> Result<String, StoreError> {
        let document = serde_json::to_string(scenario)?;
        let tx = self.conn.transaction()?;
        let base_belongs: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM scenario_versions WHERE id = ?1 AND scenario_id = ?2",
                [base_version_id, id],
                |r| r.get(0),
            )
            .optional()?;
        if base_belongs.is_none() {
            return Err(StoreError::NotFound {
                id: base_version_id.to_owned(),
            });
        }
        let edited_at = tx.query_row(
            &format!(
                "INSERT INTO working_copies (scenario_id, base_version_id, document, edited_at)
                 VALUES (?1, ?2, ?3, {NOW})
                 ON CONFLICT (scenario_id) DO UPDATE SET base_version_id = excluded.base_version_id,
                     document = excluded.document, edited_at = excluded.edited_at
                 RETURNING edited_at"
            ),
            params![id, base_version_id, document],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(edited_at)
    }

    /// Drops the unsaved edits of scenario `id`; its saved versions are untouched.
    pub fn discard_working_copy(&mut self, id: &str) -> Result<(), StoreError> {
        self.summary(id)?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM working_copies WHERE scenario_id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Saves the working copy of scenario `id` as its newest version, with `note`, and removes
    /// the working copy, in one transaction. Refused, with every field named, when it is not
    /// valid; the working copy is then kept as it was.
    pub fn save_working_copy(
        &mut self,
        id: &str,
        note: Option<&str>,
    ) -> Result<VersionSummary, StoreError> {
        let copy = self.working_copy(id)?;
        copy.scenario.validate()?;
        let tx = self.conn.transaction()?;
        let version = insert_version(&tx, id, &copy.scenario, note)?;
        tx.execute("DELETE FROM working_copies WHERE scenario_id = ?1", [id])?;
        tx.commit()?;
        Ok(version)
    }

    /// The scenarios in the library (not the trash) with unsaved edits, most recent first.
    pub fn unsaved_work(&self) -> Result<Vec<UnsavedWork>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT w.scenario_id, w.edited_at FROM working_copies w
             JOIN scenarios s ON s.id = w.scenario_id
             WHERE s.deleted_at IS NULL ORDER BY w.edited_at DESC",
        )?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(id, edited_at)| {
                Ok(UnsavedWork {
                    summary: self.summary(&id)?,
                    edited_at,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ListQuery;

    fn library() -> (tempfile::TempDir, Library, String) {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("lib.sqlite")).unwrap();
        let id = lib.list_scenarios(&ListQuery::default()).unwrap()[0]
            .id
            .clone();
        (dir, lib, id)
    }

    #[test]
    fn a_scenario_without_edits_is_its_current_version_with_nothing_unsaved() {
        let (_dir, lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        assert_eq!(copy.edited_at, None);
        assert_eq!(copy.scenario, lib.open_scenario(&id).unwrap().scenario);
        assert!(lib.unsaved_work().unwrap().is_empty());
    }

    #[test]
    fn an_invalid_edit_is_kept_as_typed_and_refused_only_when_saved() {
        let (_dir, mut lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        let mut edited = copy.scenario.clone();
        edited.cohorts[0].quantity = 0;
        lib.write_working_copy(&id, &copy.base.id, &edited).unwrap();

        let reopened = lib.working_copy(&id).unwrap();
        assert_eq!(reopened.scenario.cohorts[0].quantity, 0);
        assert!(reopened.edited_at.is_some());
        let versions = lib.list_versions(&id).unwrap().len();
        let refused = lib.save_working_copy(&id, None).unwrap_err();
        let StoreError::Invalid(errors) = refused else {
            panic!("expected validation errors")
        };
        assert!(errors
            .issues
            .iter()
            .any(|i| i.path == "cohorts[0].quantity"));
        assert_eq!(lib.list_versions(&id).unwrap().len(), versions);
        assert_eq!(lib.working_copy(&id).unwrap().scenario, edited);
    }

    #[test]
    fn saving_makes_one_version_with_the_edits_and_clears_the_working_copy() {
        let (_dir, mut lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        let mut edited = copy.scenario.clone();
        edited.cohorts[0].quantity += 8;
        lib.write_working_copy(&id, &copy.base.id, &edited).unwrap();
        assert_eq!(lib.unsaved_work().unwrap()[0].summary.id, id);

        let version = lib.save_working_copy(&id, Some("More GPUs")).unwrap();
        assert_eq!(version.note.as_deref(), Some("More GPUs"));
        assert_eq!(lib.open_scenario(&id).unwrap().scenario, edited);
        let after = lib.working_copy(&id).unwrap();
        assert_eq!((after.edited_at, after.base.id), (None, version.id));
        assert!(lib.unsaved_work().unwrap().is_empty());
    }

    #[test]
    fn discarding_returns_to_the_saved_version() {
        let (_dir, mut lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        let mut edited = copy.scenario.clone();
        edited.cohorts.clear();
        lib.write_working_copy(&id, &copy.base.id, &edited).unwrap();
        lib.discard_working_copy(&id).unwrap();
        assert_eq!(lib.working_copy(&id).unwrap().scenario, copy.scenario);
    }

    #[test]
    fn a_working_copy_survives_closing_and_reopening_the_library() {
        let (dir, mut lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        let mut edited = copy.scenario.clone();
        edited.cohorts[0].quantity = 12_345;
        lib.write_working_copy(&id, &copy.base.id, &edited).unwrap();
        drop(lib);
        let lib = Library::open(&dir.path().join("lib.sqlite")).unwrap();
        assert_eq!(lib.working_copy(&id).unwrap().scenario, edited);
    }

    #[test]
    fn a_base_version_of_another_scenario_is_refused() {
        let (_dir, mut lib, id) = library();
        let other = lib.list_scenarios(&ListQuery::default()).unwrap()[1]
            .id
            .clone();
        let other_base = lib.working_copy(&other).unwrap().base.id;
        let scenario = lib.working_copy(&id).unwrap().scenario;
        let refused = lib.write_working_copy(&id, &other_base, &scenario);
        assert!(matches!(refused, Err(StoreError::NotFound { .. })));
    }

    #[test]
    fn a_scenario_in_the_trash_is_not_offered_for_resuming() {
        let (_dir, mut lib, id) = library();
        let copy = lib.working_copy(&id).unwrap();
        lib.write_working_copy(&id, &copy.base.id, &copy.scenario)
            .unwrap();
        lib.delete_scenario(&id).unwrap();
        assert!(lib.unsaved_work().unwrap().is_empty());
    }
}

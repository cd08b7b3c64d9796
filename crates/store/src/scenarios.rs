//! Scenarios and their versions. Every save writes a new version row holding the whole
//! scenario document; the newest version is the scenario's current content.

use crate::{Library, StoreError};
use fleet_ledger_engine::reference::example;
use fleet_ledger_engine::scenario::{normalise_name, scenario_from_json, Scenario};
use fleet_ledger_engine::YearMonth;
use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::borrow::Cow;

/// One row of the scenario library as the list screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ScenarioSummary {
    /// Text id (specta exports no 64-bit integers; text ids also survive export and import).
    pub id: String,
    pub name: String,
    pub description: String,
    /// UTC timestamps in RFC 3339, e.g. `2026-11-28T21:40:03.512Z`.
    pub created_at: String,
    pub updated_at: String,
    /// When the scenario was moved to the trash; none while it is in the library.
    pub deleted_at: Option<String>,
}

/// One saved version of a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct VersionSummary {
    pub id: String,
    pub scenario_id: String,
    pub saved_at: String,
    pub note: Option<String>,
}

/// A scenario as opened: its row, the version read, and the document.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StoredScenario {
    pub summary: ScenarioSummary,
    pub version: VersionSummary,
    pub scenario: Scenario,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    Name,
    #[default]
    Updated,
    Created,
}

/// What the list shows: the library or the trash, optionally filtered by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
pub struct ListQuery {
    /// Case-insensitive text the name must contain.
    pub search: Option<String>,
    pub sort: SortBy,
    pub in_trash: bool,
}

const SUMMARY_COLUMNS: &str = "id, name, description, created_at, updated_at, deleted_at";
const VERSION_COLUMNS: &str = "id, scenario_id, saved_at, note";
pub(crate) const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

fn summary_from(row: &Row<'_>) -> rusqlite::Result<ScenarioSummary> {
    Ok(ScenarioSummary {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
        deleted_at: row.get(5)?,
    })
}

fn version_from(row: &Row<'_>) -> rusqlite::Result<VersionSummary> {
    Ok(VersionSummary {
        id: row.get(0)?,
        scenario_id: row.get(1)?,
        saved_at: row.get(2)?,
        note: row.get(3)?,
    })
}

/// `%text%` for LIKE, with LIKE's own wildcards in the user's text taken literally.
fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// The scenario with its name trimmed as `normalise_name` trims it, so a name is stored the
/// same whether it was typed, imported or saved; copied only when there is something to trim.
fn with_trimmed_name(scenario: &Scenario) -> Cow<'_, Scenario> {
    if scenario.name.trim() == scenario.name {
        Cow::Borrowed(scenario)
    } else {
        let mut trimmed = scenario.clone();
        trimmed.name = scenario.name.trim().to_owned();
        Cow::Owned(trimmed)
    }
}

/// Inserts a scenario row and its first version inside `tx`.
pub(crate) fn insert_new(
    tx: &Transaction<'_>,
    scenario: &Scenario,
    note: &str,
) -> Result<ScenarioSummary, StoreError> {
    let scenario = with_trimmed_name(scenario);
    let document = serde_json::to_string(&*scenario)?;
    let summary = tx.query_row(
        &format!(
            "INSERT INTO scenarios (id, name, created_at, updated_at)
             VALUES (lower(hex(randomblob(16))), ?1, {NOW}, {NOW})
             RETURNING {SUMMARY_COLUMNS}"
        ),
        params![scenario.name],
        summary_from,
    )?;
    tx.execute(
        "INSERT INTO scenario_versions (id, scenario_id, saved_at, note, document)
         VALUES (lower(hex(randomblob(16))), ?1, ?2, ?3, ?4)",
        params![summary.id, summary.created_at, note, document],
    )?;
    Ok(summary)
}

/// Writes `scenario` (already validated) as the newest version of `id` inside `tx`, and
/// gives the scenario its name and the time of the save.
pub(crate) fn insert_version(
    tx: &Transaction<'_>,
    id: &str,
    scenario: &Scenario,
    note: Option<&str>,
) -> Result<VersionSummary, StoreError> {
    let scenario = with_trimmed_name(scenario);
    let document = serde_json::to_string(&*scenario)?;
    let version = tx.query_row(
        &format!(
            "INSERT INTO scenario_versions (id, scenario_id, saved_at, note, document)
             VALUES (lower(hex(randomblob(16))), ?1, {NOW}, ?2, ?3)
             RETURNING {VERSION_COLUMNS}"
        ),
        params![id, note, document],
        version_from,
    )?;
    tx.execute(
        "UPDATE scenarios SET name = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, scenario.name, version.saved_at],
    )?;
    Ok(version)
}

impl Library {
    /// Scenarios in the library (or the trash), searched and sorted.
    pub fn list_scenarios(&self, query: &ListQuery) -> Result<Vec<ScenarioSummary>, StoreError> {
        let order = match query.sort {
            SortBy::Name => "name COLLATE NOCASE, updated_at DESC",
            SortBy::Updated => "updated_at DESC, name COLLATE NOCASE",
            SortBy::Created => "created_at DESC, name COLLATE NOCASE",
        };
        let trash = if query.in_trash {
            "IS NOT NULL"
        } else {
            "IS NULL"
        };
        let pattern = like_pattern(query.search.as_deref().unwrap_or("").trim());
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM scenarios
             WHERE deleted_at {trash} AND name LIKE ?1 ESCAPE '\\'
             ORDER BY {order}"
        ))?;
        let rows = stmt.query_map([pattern], summary_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub(crate) fn summary(&self, id: &str) -> Result<ScenarioSummary, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS} FROM scenarios WHERE id = ?1"),
                [id],
                summary_from,
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })
    }

    /// Creates a blank scenario starting in `start_month` and saves it as its first version.
    pub fn create_scenario(
        &mut self,
        name: &str,
        start_month: YearMonth,
    ) -> Result<ScenarioSummary, StoreError> {
        let scenario = Scenario::blank(name, start_month)?;
        let tx = self.conn.transaction()?;
        let summary = insert_new(&tx, &scenario, "Created")?;
        tx.commit()?;
        Ok(summary)
    }

    /// Creates a scenario from a shipped example, under `name`.
    pub fn create_from_example(
        &mut self,
        example_name: &str,
        name: &str,
    ) -> Result<ScenarioSummary, StoreError> {
        let mut scenario = example(example_name).ok_or_else(|| StoreError::NotFound {
            id: example_name.to_owned(),
        })?;
        scenario.name = normalise_name(name)?;
        self.add_scenario(
            &scenario,
            &format!("Created from the {example_name} example"),
        )
    }

    /// Adds a scenario document as a new scenario (examples, imports, duplicates).
    pub fn add_scenario(
        &mut self,
        scenario: &Scenario,
        note: &str,
    ) -> Result<ScenarioSummary, StoreError> {
        scenario.validate()?;
        let tx = self.conn.transaction()?;
        let summary = insert_new(&tx, scenario, note)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Opens the current version of a scenario. Documents of an older format are upgraded.
    pub fn open_scenario(&self, id: &str) -> Result<StoredScenario, StoreError> {
        let summary = self.summary(id)?;
        let version_id: String = self.conn.query_row(
            "SELECT id FROM scenario_versions WHERE scenario_id = ?1 ORDER BY saved_at DESC, rowid DESC LIMIT 1",
            [id],
            |row| row.get(0),
        )?;
        let mut stored = self.open_version(&version_id)?;
        stored.summary = summary;
        Ok(stored)
    }

    /// Opens one saved version.
    pub fn open_version(&self, version_id: &str) -> Result<StoredScenario, StoreError> {
        let (version, document): (VersionSummary, String) = self
            .conn
            .query_row(
                &format!("SELECT {VERSION_COLUMNS}, document FROM scenario_versions WHERE id = ?1"),
                [version_id],
                |row| Ok((version_from(row)?, row.get(4)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound {
                id: version_id.to_owned(),
            })?;
        let scenario = scenario_from_json(&document)?;
        Ok(StoredScenario {
            summary: self.summary(&version.scenario_id)?,
            version,
            scenario,
        })
    }

    /// Saves `scenario` as a new version of `id`, after validating all of it.
    pub fn save_scenario(
        &mut self,
        id: &str,
        scenario: &Scenario,
        note: Option<&str>,
    ) -> Result<VersionSummary, StoreError> {
        scenario.validate()?;
        self.summary(id)?;
        let tx = self.conn.transaction()?;
        let version = insert_version(&tx, id, scenario, note)?;
        tx.commit()?;
        Ok(version)
    }

    /// Renames a scenario: a new version with the new name, so the history shows it.
    pub fn rename_scenario(&mut self, id: &str, name: &str) -> Result<ScenarioSummary, StoreError> {
        let mut scenario = self.open_scenario(id)?.scenario;
        scenario.name = normalise_name(name)?;
        self.save_scenario(id, &scenario, Some("Renamed"))?;
        self.summary(id)
    }

    /// Copies a scenario's current content into a new scenario called `name`.
    pub fn duplicate_scenario(
        &mut self,
        id: &str,
        name: &str,
    ) -> Result<ScenarioSummary, StoreError> {
        let original = self.open_scenario(id)?;
        let mut copy = original.scenario;
        copy.name = normalise_name(name)?;
        self.add_scenario(&copy, &format!("Duplicated from {}", original.summary.name))
    }

    /// Moves a scenario to the trash; its versions are kept until the trash is emptied.
    pub fn delete_scenario(&mut self, id: &str) -> Result<(), StoreError> {
        self.set_deleted(id, true)
    }

    /// Brings a scenario back from the trash.
    pub fn restore_scenario(&mut self, id: &str) -> Result<(), StoreError> {
        self.set_deleted(id, false)
    }

    fn set_deleted(&mut self, id: &str, deleted: bool) -> Result<(), StoreError> {
        let sql = if deleted {
            format!("UPDATE scenarios SET deleted_at = {NOW} WHERE id = ?1")
        } else {
            "UPDATE scenarios SET deleted_at = NULL WHERE id = ?1".to_owned()
        };
        let tx = self.conn.transaction()?;
        if tx.execute(&sql, [id])? == 0 {
            return Err(StoreError::NotFound { id: id.to_owned() });
        }
        tx.commit()?;
        Ok(())
    }

    /// Deletes every scenario in the trash for good, with its versions. Returns how many.
    pub fn empty_trash(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let removed = tx.execute("DELETE FROM scenarios WHERE deleted_at IS NOT NULL", [])?;
        tx.commit()?;
        Ok(removed)
    }

    /// Saved versions of a scenario, newest first.
    pub fn list_versions(&self, id: &str) -> Result<Vec<VersionSummary>, StoreError> {
        self.summary(id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {VERSION_COLUMNS} FROM scenario_versions WHERE scenario_id = ?1 ORDER BY saved_at DESC, rowid DESC"
        ))?;
        let rows = stmt.query_map([id], version_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Makes an older version current again, as a new version (the history keeps both).
    pub fn restore_version(&mut self, version_id: &str) -> Result<VersionSummary, StoreError> {
        let old = self.open_version(version_id)?;
        let note = format!("Restored the version of {}", old.version.saved_at);
        self.save_scenario(&old.version.scenario_id, &old.scenario, Some(&note))
    }

    /// Imports a scenario file: validated (and upgraded) in full before anything is written.
    pub fn import_scenario(&mut self, text: &str) -> Result<ScenarioSummary, StoreError> {
        let scenario = scenario_from_json(text)?;
        self.add_scenario(&scenario, "Imported")
    }

    /// The current version of a scenario as a scenario file.
    pub fn export_scenario(&self, id: &str) -> Result<String, StoreError> {
        Ok(self.open_scenario(id)?.scenario.to_json())
    }
}

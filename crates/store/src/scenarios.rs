//! Scenario records: create, list. Each save writes a new version row with the full document.

use crate::{Library, StoreError};
use fleet_ledger_engine::{Scenario, YearMonth};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One row of the scenario library as the list screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ScenarioSummary {
    /// Text id (specta exports no 64-bit integers; text ids also survive export and import).
    pub id: String,
    pub name: String,
    /// UTC timestamps in RFC 3339, e.g. `2026-11-28T21:40:03.512Z`.
    pub created_at: String,
    pub updated_at: String,
}

impl Library {
    /// Scenarios in the library (not in the trash), most recently changed first.
    pub fn list_scenarios(&self) -> Result<Vec<ScenarioSummary>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, created_at, updated_at FROM scenarios
             WHERE deleted_at IS NULL ORDER BY updated_at DESC, name",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(ScenarioSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                created_at: row.get(2)?,
                updated_at: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Creates a blank scenario starting in `start_month` and saves it as its first version.
    pub fn create_scenario(
        &mut self,
        name: &str,
        start_month: YearMonth,
    ) -> Result<ScenarioSummary, StoreError> {
        let scenario = Scenario::blank(name, start_month)?;
        let document = serde_json::to_string(&scenario)?;
        let tx = self.conn.transaction()?;
        let summary = tx.query_row(
            "INSERT INTO scenarios (id, name, created_at, updated_at)
             VALUES (lower(hex(randomblob(16))), ?1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                     strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
             RETURNING id, name, created_at, updated_at",
            params![scenario.name],
            |row| {
                Ok(ScenarioSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    created_at: row.get(2)?,
                    updated_at: row.get(3)?,
                })
            },
        )?;
        tx.execute(
            "INSERT INTO scenario_versions (id, scenario_id, saved_at, note, document)
             VALUES (lower(hex(randomblob(16))), ?1, ?2, 'Created', ?3)",
            params![summary.id, summary.created_at, document],
        )?;
        tx.commit()?;
        Ok(summary)
    }
}

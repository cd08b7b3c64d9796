//! The briefing deck saved with a scenario (issue 18): the saved versions it was built from,
//! so its figures cannot move during a meeting, and its slides in the order the user chose.

use crate::scenarios::NOW;
use crate::{Library, StoreError};
use fleet_ledger_engine::analysis::SlideKind;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A scenario's current version, or one of its saved versions: a column of a comparison, a
/// source of a deck.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ComparedItem {
    pub scenario_id: String,
    pub version_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Deck {
    /// The saved versions the deck shows, each named (a saved deck names every one): one for
    /// a scenario's briefing, two to four (the first the base) for a comparison's.
    pub items: Vec<ComparedItem>,
    /// The slides after the cover, in the order they are shown.
    pub slides: Vec<SlideKind>,
}

impl Library {
    /// Saves `deck` as the briefing of scenario `id`, in place of any deck saved before. Every
    /// item must name a saved version of its scenario: a deck is frozen to what it shows.
    pub fn save_deck(&mut self, id: &str, deck: &Deck) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for item in &deck.items {
            let version = item.version_id.as_deref().unwrap_or_default();
            let found: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM scenario_versions WHERE id = ?1 AND scenario_id = ?2",
                    [version, &item.scenario_id],
                    |r| r.get(0),
                )
                .optional()?;
            if found.is_none() {
                return Err(StoreError::NotFound {
                    id: version.to_owned(),
                });
            }
        }
        tx.execute(
            &format!(
                "INSERT INTO briefing_decks (scenario_id, document, saved_at) VALUES (?1, ?2, {NOW})
                 ON CONFLICT (scenario_id) DO UPDATE SET document = excluded.document, saved_at = excluded.saved_at"
            ),
            params![id, serde_json::to_string(deck)?],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The briefing deck saved with scenario `id`, if one was.
    pub fn saved_deck(&self, id: &str) -> Result<Option<Deck>, StoreError> {
        let document: Option<String> = self
            .conn
            .query_row(
                "SELECT document FROM briefing_decks WHERE scenario_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(document.map(|d| serde_json::from_str(&d)).transpose()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ListQuery;

    fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("lib.sqlite")).unwrap();
        (dir, lib)
    }

    #[test]
    fn a_deck_is_saved_with_its_scenario_replaced_by_the_next_and_dropped_with_it() {
        let (_dir, mut lib) = library();
        let first = lib.list_scenarios(&ListQuery::default()).unwrap()[0].clone();
        let version = lib.list_versions(&first.id).unwrap()[0].id.clone();
        assert_eq!(lib.saved_deck(&first.id).unwrap(), None);
        let item = ComparedItem {
            scenario_id: first.id.clone(),
            version_id: Some(version),
        };
        let deck = Deck {
            items: vec![item.clone()],
            slides: vec![SlideKind::Energy, SlideKind::KeyFigures],
        };
        lib.save_deck(&first.id, &deck).unwrap();
        assert_eq!(lib.saved_deck(&first.id).unwrap(), Some(deck));
        let reordered = Deck {
            items: vec![item],
            slides: vec![SlideKind::KeyFigures],
        };
        lib.save_deck(&first.id, &reordered).unwrap();
        assert_eq!(lib.saved_deck(&first.id).unwrap(), Some(reordered));
        lib.delete_scenario(&first.id).unwrap();
        lib.empty_trash().unwrap();
        assert_eq!(lib.saved_deck(&first.id).unwrap(), None);
    }

    #[test]
    fn a_deck_not_frozen_to_saved_versions_of_its_scenarios_is_refused_and_nothing_saved() {
        let (_dir, mut lib) = library();
        let scenarios = lib.list_scenarios(&ListQuery::default()).unwrap();
        let other_version = lib.list_versions(&scenarios[1].id).unwrap()[0].id.clone();
        let first = scenarios[0].id.clone();
        for version_id in [
            Some("no-such-version".to_owned()),
            None,
            Some(other_version),
        ] {
            let item = ComparedItem {
                scenario_id: first.clone(),
                version_id,
            };
            let deck = Deck {
                items: vec![item],
                slides: vec![],
            };
            assert!(matches!(
                lib.save_deck(&first, &deck),
                Err(StoreError::NotFound { .. })
            ));
        }
        assert_eq!(lib.saved_deck(&first).unwrap(), None);
    }
}

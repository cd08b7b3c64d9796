//! The library file as the app and the CLI see it: created, reopened, and refused politely.

use fleet_ledger_engine::YearMonth;
use fleet_ledger_store::{Library, StoreError, LATEST_SCHEMA_VERSION};
use rusqlite::Connection;
use std::path::Path;

fn jan_2026() -> YearMonth {
    YearMonth::new(2026, 1).unwrap()
}

fn library_in(dir: &tempfile::TempDir) -> std::path::PathBuf {
    dir.path().join("nested/folder/library.sqlite")
}

#[test]
fn a_created_scenario_is_listed_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    {
        let mut lib = Library::open(&path).unwrap();
        assert!(lib.list_scenarios().unwrap().is_empty());
        let created = lib
            .create_scenario("H100 fleet, 6-year life", jan_2026())
            .unwrap();
        assert_eq!(created.id.len(), 32);
    }
    let lib = Library::open(&path).unwrap();
    let names: Vec<_> = lib
        .list_scenarios()
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["H100 fleet, 6-year life"]);
}

#[test]
fn connections_use_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    drop(Library::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_SCHEMA_VERSION);
}

#[test]
fn an_invalid_name_names_the_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    match lib.create_scenario("   ", jan_2026()) {
        Err(StoreError::Invalid(e)) => assert_eq!(e.issues[0].path, "name"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert!(lib.list_scenarios().unwrap().is_empty());
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_library_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    drop(Library::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 7)
            .unwrap();
    }
    let before = bytes(&path);
    let err = Library::open(&path)
        .err()
        .expect("a newer library must be refused");
    assert!(matches!(err, StoreError::TooNew { found, .. } if found == LATEST_SCHEMA_VERSION + 7));
    assert!(
        err.to_string().contains("newer version of Fleet Ledger"),
        "{err}"
    );
    assert!(bytes(&path) == before, "the refused file was modified");
}

#[test]
fn a_damaged_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    std::fs::write(
        &path,
        b"this is not a SQLite database, just bytes that look like a file",
    )
    .unwrap();
    let before = bytes(&path);
    let err = Library::open(&path).err().expect("garbage must be refused");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert!(err
        .to_string()
        .contains("not a readable Fleet Ledger library"));
    assert!(bytes(&path) == before, "the refused file was modified");
}

#[test]
fn another_programs_database_is_not_migrated_into() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (id INTEGER)")
        .unwrap();
    let err = Library::open(&path)
        .err()
        .expect("foreign database must be refused");
    assert!(matches!(err, StoreError::UnknownHistory { .. }), "{err:?}");
    let tables: u32 = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type='table'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn a_library_whose_migration_record_differs_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    drop(Library::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1",
            [],
        )
        .unwrap();
    let err = Library::open(&path)
        .err()
        .expect("unknown history must be refused");
    assert!(matches!(err, StoreError::UnknownHistory { .. }), "{err:?}");
}

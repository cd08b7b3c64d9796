//! The library file as the app and the CLI see it: created, migrated, versioned, trashed,
//! imported, backed up, and refused politely when it cannot be trusted.

use fleet_ledger_engine::reference::example;
use fleet_ledger_engine::YearMonth;
use fleet_ledger_store::{Library, ListQuery, SortBy, StoreError, LATEST_SCHEMA_VERSION};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn jan_2026() -> YearMonth {
    YearMonth::new(2026, 1).unwrap()
}

fn library_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("nested/folder/library.sqlite")
}

fn names(lib: &Library, query: &ListQuery) -> Vec<String> {
    lib.list_scenarios(query)
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect()
}

fn all(lib: &Library) -> Vec<String> {
    let mut n = names(
        lib,
        &ListQuery {
            sort: SortBy::Name,
            ..ListQuery::default()
        },
    );
    n.sort();
    n
}

/// A copy of the fixture saved by schema version 1, as `library.sqlite` in `dir`.
fn schema_1_library_in(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("library.sqlite");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/library-v1.sqlite"
        ),
        &path,
    )
    .unwrap();
    path
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_new_library_is_seeded_with_the_shipped_examples() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(&library_in(&dir)).unwrap();
    assert_eq!(
        all(&lib),
        [
            "Burry vs Bernstein",
            "Full refresh",
            "Oracle-style tiered mix",
            "Power-capped site"
        ]
    );
    drop(lib);
    // Seeding happens once: deleting the examples does not bring them back.
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    for s in lib.list_scenarios(&ListQuery::default()).unwrap() {
        lib.delete_scenario(&s.id).unwrap();
    }
    lib.empty_trash().unwrap();
    drop(lib);
    assert!(all(&Library::open(&library_in(&dir)).unwrap()).is_empty());
}

#[test]
fn a_created_scenario_is_listed_first_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    let created = Library::open(&path)
        .unwrap()
        .create_scenario("H100 fleet, 6-year life", jan_2026())
        .unwrap();
    assert_eq!(created.id.len(), 32);
    let lib = Library::open(&path).unwrap();
    assert_eq!(
        names(&lib, &ListQuery::default())[0],
        "H100 fleet, 6-year life"
    );
    assert_eq!(
        lib.open_scenario(&created.id).unwrap().scenario.start_month,
        jan_2026()
    );
}

#[test]
fn connections_use_wal_and_the_latest_schema() {
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
fn every_save_is_a_version_that_can_be_opened_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let id = lib.create_scenario("Plan", jan_2026()).unwrap().id;
    let mut scenario = lib.open_scenario(&id).unwrap().scenario;
    scenario.horizon_months = 120;
    lib.save_scenario(&id, &scenario, Some("ten years"))
        .unwrap();
    scenario.horizon_months = 60;
    lib.save_scenario(&id, &scenario, None).unwrap();
    let versions = lib.list_versions(&id).unwrap();
    let notes: Vec<_> = versions.iter().map(|v| v.note.clone()).collect();
    assert_eq!(
        notes,
        [None, Some("ten years".into()), Some("Created".into())]
    );
    assert_eq!(lib.open_scenario(&id).unwrap().scenario.horizon_months, 60);
    assert_eq!(
        lib.open_version(&versions[1].id)
            .unwrap()
            .scenario
            .horizon_months,
        120
    );
    let restored = lib.restore_version(&versions[1].id).unwrap();
    assert!(restored
        .note
        .unwrap()
        .starts_with("Restored the version of"));
    assert_eq!(lib.open_scenario(&id).unwrap().scenario.horizon_months, 120);
    assert_eq!(lib.list_versions(&id).unwrap().len(), 4);
}

#[test]
fn an_invalid_save_names_the_field_and_keeps_the_saved_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let id = lib.create_scenario("Plan", jan_2026()).unwrap().id;
    let mut bad = lib.open_scenario(&id).unwrap().scenario;
    bad.horizon_months = 0;
    match lib.save_scenario(&id, &bad, None) {
        Err(StoreError::Invalid(e)) => assert_eq!(e.issues[0].path, "horizon_months"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(lib.open_scenario(&id).unwrap().scenario.horizon_months, 96);
    assert_eq!(lib.list_versions(&id).unwrap().len(), 1);
    match lib.create_scenario("   ", jan_2026()) {
        Err(StoreError::Invalid(e)) => assert_eq!(e.issues[0].path, "name"),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn rename_duplicate_trash_restore_and_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let id = lib.create_scenario("Draft", jan_2026()).unwrap().id;
    assert_eq!(
        lib.rename_scenario(&id, "Board plan").unwrap().name,
        "Board plan"
    );
    assert_eq!(lib.open_scenario(&id).unwrap().scenario.name, "Board plan");
    assert_eq!(
        lib.list_versions(&id).unwrap()[0].note.as_deref(),
        Some("Renamed")
    );
    let copy = lib.duplicate_scenario(&id, "Board plan (copy)").unwrap();
    assert_ne!(copy.id, id);
    lib.delete_scenario(&id).unwrap();
    let trash = ListQuery {
        in_trash: true,
        ..ListQuery::default()
    };
    assert_eq!(names(&lib, &trash), ["Board plan"]);
    assert!(!all(&lib).contains(&"Board plan".to_owned()));
    lib.restore_scenario(&id).unwrap();
    assert!(all(&lib).contains(&"Board plan".to_owned()));
    lib.delete_scenario(&copy.id).unwrap();
    assert_eq!(lib.empty_trash().unwrap(), 1);
    assert!(matches!(
        lib.open_scenario(&copy.id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        lib.delete_scenario("no-such-id"),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn search_is_case_insensitive_and_takes_wildcards_literally() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    for name in ["50% haircut", "a_b", "axb", "H100 Cascade"] {
        lib.create_scenario(name, jan_2026()).unwrap();
    }
    let find = |text: &str| {
        names(
            &lib,
            &ListQuery {
                search: Some(text.into()),
                sort: SortBy::Name,
                in_trash: false,
            },
        )
    };
    assert_eq!(find("%"), ["50% haircut"]);
    assert_eq!(find("_"), ["a_b"]);
    assert_eq!(find("cascade"), ["H100 Cascade"]);
    assert_eq!(find("burry"), ["Burry vs Bernstein"]);
}

#[test]
fn a_scenario_can_start_from_a_shipped_example() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let created = lib
        .create_from_example("full-refresh", "  Board option B ")
        .unwrap();
    let opened = lib.open_scenario(&created.id).unwrap();
    assert_eq!(opened.scenario.name, "Board option B");
    assert_eq!(
        opened.scenario.cohorts,
        example("full-refresh").unwrap().cohorts
    );
    assert!(matches!(
        lib.create_from_example("nope", "x"),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        lib.create_from_example("full-refresh", " "),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn import_and_export_round_trip_a_scenario_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let text = example("full-refresh").unwrap().to_json();
    let added = lib.import_scenario(&text).unwrap();
    assert_eq!(lib.export_scenario(&added.id).unwrap(), text);
    assert_eq!(
        lib.list_versions(&added.id).unwrap()[0].note.as_deref(),
        Some("Imported")
    );
}

#[test]
fn hostile_imports_are_refused_or_kept_as_plain_text_and_refusals_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&library_in(&dir)).unwrap();
    let before = all(&lib);
    let burry = example("burry-vs-bernstein").unwrap();
    let named = |name: &str| {
        let mut s = burry.clone();
        s.name = name.to_owned();
        serde_json::to_string(&s).unwrap()
    };
    let refused = [
        "this is not JSON".to_owned(),
        "[\"the\", \"wrong\", \"shape\"]".to_owned(),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        format!(
            "{{\"format_version\":2,\"name\":\"{}\"}}",
            "x".repeat(100 * 1024 * 1024)
        ),
        named(&"n".repeat(10_000)),
    ];
    for text in &refused {
        assert!(matches!(
            lib.import_scenario(text),
            Err(StoreError::Invalid(_))
        ));
    }
    assert_eq!(
        all(&lib),
        before,
        "a refused import must not change the library"
    );
    for name in ["<script>alert(1)</script>", "=cmd|' /C calc'!A0"] {
        let added = lib.import_scenario(&named(name)).unwrap();
        assert_eq!(added.name, name);
        assert_eq!(lib.open_scenario(&added.id).unwrap().scenario.name, name);
    }
}

#[test]
fn backup_and_restore_with_the_online_backup_api() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    let mut lib = Library::open(&path).unwrap();
    let backup = dir.path().join("backup.sqlite");
    lib.backup_to(&backup).unwrap();
    assert!(
        lib.backup_to(&backup).is_err(),
        "a backup never overwrites a file"
    );
    lib.create_scenario("After the backup", jan_2026()).unwrap();
    assert_eq!(all(&lib).len(), 5);
    let kept = lib.restore_from(&backup).unwrap();
    assert_eq!(all(&lib).len(), 4);
    assert_eq!(kept_copies(&path), std::slice::from_ref(&kept));
    // The copy kept is the library as it was, the scenario created after the backup in it.
    assert_eq!(all(&Library::open(&kept).unwrap()).len(), 5);
}

/// Every row of the library's tables, in a stable order: equal before and after means the
/// library was not changed.
fn every_row(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let mut rows = Vec::new();
    for table in ["schema_migrations", "scenarios", "scenario_versions"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .unwrap();
        let columns = stmt.column_count();
        let mut query = stmt.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let cells: Vec<String> = (0..columns)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            rows.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    rows
}

fn kept_copies(path: &Path) -> Vec<PathBuf> {
    let mut kept: Vec<PathBuf> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("library.before-restore-")
        })
        .collect();
    kept.sort();
    kept
}

/// Issue 13: restoring from a 0-byte backup emptied the library and reported success. Every
/// file that is not a sound Fleet Ledger library is now refused before anything is replaced.
#[test]
fn restore_refuses_anything_but_a_sound_library_and_changes_no_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    let mut lib = Library::open(&path).unwrap();
    lib.create_scenario("Mine, not in any backup", jan_2026())
        .unwrap();
    let before = every_row(&path);

    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, b"").unwrap();
    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, vec![0x42; 8192]).unwrap();
    let blank_database = dir.path().join("blank.sqlite");
    Connection::open(&blank_database)
        .unwrap()
        .execute_batch("PRAGMA user_version = 0; VACUUM;")
        .unwrap();
    let foreign = dir.path().join("foreign.sqlite");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (id INTEGER)")
        .unwrap();
    let newer = dir.path().join("newer.sqlite");
    lib.backup_to(&newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 1)
        .unwrap();
    let damaged = dir.path().join("damaged.sqlite");
    lib.backup_to(&damaged).unwrap();
    let mut pages = bytes(&damaged);
    for byte in &mut pages[4096 + 100..2 * 4096] {
        *byte = 0xA5;
    }
    std::fs::write(&damaged, &pages).unwrap();
    let missing = dir.path().join("no-such-backup.sqlite");

    for (source, why) in [
        (&empty, "empty"),
        (&garbage, "not SQLite"),
        (&blank_database, "an empty database"),
        (&foreign, "another program's database"),
        (&newer, "from a newer version"),
        (&damaged, "damaged"),
        (&missing, "missing"),
        (&path, "the library itself"),
    ] {
        let err = lib
            .restore_from(source)
            .expect_err(&format!("a backup that is {why} must be refused"));
        assert!(
            matches!(err, StoreError::BackupRefused { .. }),
            "{why}: {err:?}"
        );
        assert!(
            err.to_string().contains("the library was not changed"),
            "{why}: {err}"
        );
        assert_eq!(every_row(&path), before, "{why}: the library changed");
        assert!(kept_copies(&path).is_empty(), "{why}: a copy was kept");
    }
    assert_eq!(bytes(&empty), b"", "the refused backup was modified");
}

/// Issue 13: the copy kept before a restore was named to the second, so a second restore in
/// the same second failed. Both succeed now and each keeps its own copy.
#[test]
fn two_restores_within_one_second_both_succeed_and_keep_two_copies() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    let mut lib = Library::open(&path).unwrap();
    let backup = dir.path().join("backup.sqlite");
    lib.backup_to(&backup).unwrap();
    let first = lib.restore_from(&backup).unwrap();
    let second = lib.restore_from(&backup).unwrap();
    assert_ne!(first, second);
    assert_eq!(kept_copies(&path), [first, second]);
}

/// Issue 13: a zero-length file at the library's path was silently rebuilt as a new library.
#[test]
fn a_zero_length_library_file_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    std::fs::write(&path, b"").unwrap();
    let err = Library::open(&path)
        .err()
        .expect("an empty file must be refused");
    assert!(matches!(err, StoreError::Empty { .. }), "{err:?}");
    assert!(err.to_string().contains("empty (0 bytes)"), "{err}");
    assert_eq!(bytes(&path), b"");
    let siblings = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(
        siblings, 1,
        "nothing may be written beside the refused file"
    );
}

/// A database with no Fleet Ledger schema version and no tables (say, made by another tool)
/// is no more a library than a zero-length file.
#[test]
fn an_empty_sqlite_database_is_refused_and_not_turned_into_a_library() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blank.sqlite");
    Connection::open(&path)
        .unwrap()
        .execute_batch("VACUUM")
        .unwrap();
    let before = bytes(&path);
    let err = Library::open(&path).err().expect("must be refused");
    assert!(matches!(err, StoreError::UnknownHistory { .. }), "{err:?}");
    assert_eq!(bytes(&path), before);
}

/// Issue 13: every opener of an old library wrote a backup before migrating, even the ones
/// that found another process had already migrated it.
#[test]
fn openers_of_an_old_library_at_once_migrate_it_once_and_keep_one_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = schema_1_library_in(&dir);
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| Library::open(&path).unwrap());
        }
    });
    let backups: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("backup"))
        .collect();
    assert_eq!(backups, ["library.schema-v1-backup.sqlite"]);
    assert_eq!(all(&Library::open(&path).unwrap()), ["Saved by schema 1"]);
    // Opening the migrated library again writes no new backup.
    std::fs::remove_file(dir.path().join("library.schema-v1-backup.sqlite")).unwrap();
    drop(Library::open(&path).unwrap());
    assert!(!dir.path().join("library.schema-v1-backup.sqlite").exists());
}

#[test]
fn a_schema_1_library_is_migrated_after_a_backup_and_its_documents_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = schema_1_library_in(&dir);
    let lib = Library::open(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_SCHEMA_VERSION);
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('scenarios')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(columns.contains(&"description".to_owned()));
    assert!(dir.path().join("library.schema-v1-backup.sqlite").exists());
    // Nothing is seeded into an existing library; its scenario opens in today's format.
    assert_eq!(all(&lib), ["Saved by schema 1"]);
    let opened = lib
        .open_scenario("00000000000000000000000000000001")
        .unwrap();
    assert_eq!(opened.scenario.format_version, 2);
    assert!(!opened.scenario.catalog.is_empty());
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
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
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
fn a_library_with_overwritten_pages_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    {
        let mut lib = Library::open(&path).unwrap();
        for i in 0..20 {
            lib.create_scenario(&format!("Plan {i}"), jan_2026())
                .unwrap();
        }
    }
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut damaged = bytes(&path);
    assert!(damaged.len() > 3 * 4096);
    for byte in &mut damaged[4096 + 100..2 * 4096] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &damaged).unwrap();
    let err = Library::open(&path)
        .err()
        .expect("a damaged library must be refused");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert!(err.to_string().contains("may be damaged"), "{err}");
    assert!(bytes(&path) == damaged, "the refused file was modified");
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

#[test]
fn two_connections_write_at_the_same_time_and_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = library_in(&dir);
    drop(Library::open(&path).unwrap());
    let text = example("burry-vs-bernstein").unwrap().to_json();
    std::thread::scope(|scope| {
        for writer in 0..2 {
            let (path, text) = (&path, &text);
            scope.spawn(move || {
                let mut lib = Library::open(path).unwrap();
                for i in 0..25 {
                    if writer == 0 {
                        lib.import_scenario(text).unwrap();
                    } else {
                        lib.create_scenario(&format!("Writer {i}"), jan_2026())
                            .unwrap();
                    }
                }
            });
        }
    });
    assert_eq!(all(&Library::open(&path).unwrap()).len(), 4 + 50);
}

/// Issue 19: uninstalling leaves the user's library in place. On Windows the NSIS
/// uninstaller's "Delete the application data" box removes `%APPDATA%\<identifier>`, so the
/// library lives in a folder of its own there.
#[test]
fn the_windows_library_is_outside_the_folder_the_uninstaller_may_delete() {
    use fleet_ledger_store::{library_folder, APP_IDENTIFIER};
    assert_eq!(library_folder(true), "Fleet Ledger");
    assert_ne!(library_folder(true), APP_IDENTIFIER);
    // Elsewhere no uninstaller touches the app-data folder, which Tauri names by identifier.
    assert_eq!(library_folder(false), APP_IDENTIFIER);
}

/// The bug: a library deleted without its `-wal` file (a user clearing the folder by hand, a
/// sync tool) left the write-ahead log beside the name, and the new library made there took
/// it up: SQLite replayed the deleted library's pages into the new one. The log is now set
/// aside (kept, it may hold the last edits of the library that was deleted) before the new
/// library takes the name.
#[test]
fn a_library_deleted_without_its_wal_is_made_anew_without_replaying_that_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    let wal = dir.path().join("library.sqlite-wal");
    let mut lib = Library::open(&path).unwrap();
    lib.create_scenario("Deleted with its library", jan_2026())
        .unwrap();
    // The log as it stands while the app runs: the new scenario is in it, not yet in the file.
    let log = bytes(&wal);
    assert!(!log.is_empty());
    drop(lib);
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&wal, &log).unwrap();

    let lib = Library::open(&path).unwrap();
    assert!(!all(&lib).contains(&"Deleted with its library".to_owned()));
    assert_eq!(all(&lib).len(), 4, "the shipped examples, and nothing else");
    let check: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("library.sqlite-wal.orphaned-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "the old log is kept aside");
    assert_eq!(bytes(&aside[0].path()), log);
}

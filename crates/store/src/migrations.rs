//! Applies the SQL files of `migrations/` in order, each in its own transaction.
//!
//! The schema version is `PRAGMA user_version`; `schema_migrations` records the name and a
//! checksum of every file applied, so a file whose history differs from this build's (edited
//! migrations, another program's database) is refused rather than "repaired".

use crate::StoreError;
use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, MAIN_DB,
};
use std::path::{Path, PathBuf};

/// A shipped migration: its version (the file's number), file name and SQL.
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration shipped, in order. A test checks this list against the files in migrations/.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_library.sql",
        sql: include_str!("../../../migrations/0001_library.sql"),
    },
    Migration {
        version: 2,
        name: "0002_descriptions_and_search.sql",
        sql: include_str!("../../../migrations/0002_descriptions_and_search.sql"),
    },
    Migration {
        version: 3,
        name: "0003_briefing_decks.sql",
        sql: include_str!("../../../migrations/0003_briefing_decks.sql"),
    },
    Migration {
        version: 4,
        name: "0004_working_copies.sql",
        sql: include_str!("../../../migrations/0004_working_copies.sql"),
    },
];

pub const LATEST_SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// A stable fingerprint of a migration's text (64-bit FNV-1a): it detects edits, it is not a
/// security measure.
pub fn checksum(sql: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in sql.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Reads the file's schema version and checks its recorded history, without writing anything.
/// Version 0 is refused: a library is only ever created whole, at the latest version
/// (`create.rs`), so a database without a version is somebody else's or empty.
pub(crate) fn check_history(conn: &Connection) -> Result<u32, StoreError> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > LATEST_SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: LATEST_SCHEMA_VERSION,
        });
    }
    if found == 0 {
        return Err(refuse_foreign_database(conn));
    } else {
        check_applied_migrations(conn, found)?;
    }
    Ok(found)
}

/// Every migration, into a brand-new library inside the caller's transaction.
pub(crate) fn apply_all(tx: &Transaction<'_>) -> Result<(), StoreError> {
    apply(tx, MIGRATIONS)
}

/// Brings an existing library up to date. The check, the backup and every migration happen
/// under the write lock (`BEGIN IMMEDIATE`), in one transaction: a second process opening the
/// same old library waits, then finds nothing left to do and writes no backup of its own. A
/// migration that fails leaves the library as it was and removes the backup it had taken.
pub(crate) fn apply_pending(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    if check_history(conn)? == LATEST_SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = check_history(&tx)?;
    if found == LATEST_SCHEMA_VERSION {
        return Ok(());
    }
    let backup = back_up_before_migrating(path, found)?;
    let migrated = apply(&tx, &MIGRATIONS[found as usize..]).and_then(|()| Ok(tx.commit()?));
    if migrated.is_err() {
        let _ = std::fs::remove_file(&backup);
    }
    migrated
}

fn apply(tx: &Transaction<'_>, migrations: &[Migration]) -> Result<(), StoreError> {
    for migration in migrations {
        tx.execute_batch(migration.sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (migration.version, migration.name, checksum(migration.sql)),
        )?;
        tx.pragma_update(None, "user_version", migration.version)?;
    }
    Ok(())
}

/// Why a database without a Fleet Ledger schema version is refused: another program's tables,
/// or nothing at all. Never write our schema into either.
fn refuse_foreign_database(conn: &Connection) -> StoreError {
    let tables: u32 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |row| row.get(0),
        )
        .unwrap_or(0);
    StoreError::UnknownHistory {
        detail: if tables > 0 {
            "it holds tables but no Fleet Ledger schema version".into()
        } else {
            "it is an empty database, not a Fleet Ledger library".into()
        },
    }
}

fn check_applied_migrations(conn: &Connection, found: u32) -> Result<(), StoreError> {
    for migration in &MIGRATIONS[..found as usize] {
        let recorded: Option<(String, String)> = conn
            .query_row(
                "SELECT name, checksum FROM schema_migrations WHERE version = ?1",
                [migration.version],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(|e| StoreError::UnknownHistory {
                detail: format!("its migration record cannot be read: {e}"),
            })?;
        match recorded {
            Some((name, sum)) if name == migration.name && sum == checksum(migration.sql) => {}
            Some((name, _)) => {
                return Err(StoreError::UnknownHistory {
                    detail: format!(
                        "schema version {} was applied from {name}, which differs from this \
                         build's {}",
                        migration.version, migration.name
                    ),
                })
            }
            None => {
                return Err(StoreError::UnknownHistory {
                    detail: format!("schema version {} has no record", migration.version),
                })
            }
        }
    }
    Ok(())
}

/// Copies the library beside itself before its schema changes, so an upgrade can be undone by
/// hand: `library.sqlite` → `library.schema-v1-backup.sqlite`. The copy is read through a
/// connection of its own: the caller holds the write lock, so it sees the library as it is
/// before the migration.
fn back_up_before_migrating(path: &Path, found: u32) -> Result<PathBuf, StoreError> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("library");
    let backup = path.with_file_name(format!("{stem}.schema-v{found}-backup.sqlite"));
    let reader = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    reader.backup(MAIN_DB, &backup, None)?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED_0001: &str = "7f7aa42495ba3688";
    const SHIPPED_0002: &str = "82cc8feaeed35704";
    const SHIPPED_0003: &str = "e7f908803f8cd4e6";
    const SHIPPED_0004: &str = "19fdbf190905e5aa";

    #[test]
    fn migration_list_matches_the_files_in_the_migrations_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        files.sort();
        let listed: Vec<&str> = MIGRATIONS.iter().map(|m| m.name).collect();
        assert_eq!(
            files, listed,
            "add every new migrations/*.sql file to MIGRATIONS"
        );
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1);
            assert!(m.name.starts_with(&format!("{:04}_", m.version)));
        }
    }

    /// Shipped migrations are append-only: a library migrated by an earlier build recorded
    /// these checksums, and an edited file would make every such library unreadable.
    #[test]
    fn shipped_migrations_are_never_edited() {
        let shipped: Vec<(&str, String)> = MIGRATIONS
            .iter()
            .map(|m| (m.name, checksum(m.sql)))
            .collect();
        assert_eq!(
            shipped,
            [
                ("0001_library.sql", SHIPPED_0001.to_owned()),
                ("0002_descriptions_and_search.sql", SHIPPED_0002.to_owned()),
                ("0003_briefing_decks.sql", SHIPPED_0003.to_owned()),
                ("0004_working_copies.sql", SHIPPED_0004.to_owned()),
            ]
        );
    }

    #[test]
    fn checksum_is_fnv1a() {
        // Reference values of 64-bit FNV-1a from the algorithm's published test vectors.
        assert_eq!(checksum(""), "cbf29ce484222325");
        assert_eq!(checksum("a"), "af63dc4c8601ec8c");
    }
}

//! Whole-library backup and restore with SQLite's online backup API: consistent copies while
//! the app or the CLI keeps using the library.

use crate::migrations;
use crate::{Library, StoreError};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::path::{Path, PathBuf};

impl Library {
    /// Copies the whole library to a new file `target` (never over an existing file).
    pub fn backup_to(&self, target: &Path) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::Io {
                path: target.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "a file of that name exists; choose a new name",
                ),
            });
        }
        self.conn.backup(MAIN_DB, target, None)?;
        Ok(())
    }

    /// Replaces the library's contents with the backup at `source` and returns where the
    /// replaced contents were kept (`library.before-restore-<time>.sqlite` beside the library).
    ///
    /// The backup is checked first, and anything that is not a sound Fleet Ledger library this
    /// build understands (an empty file, another kind of file, a damaged or newer library,
    /// another program's database, the library itself) is refused with the library untouched.
    pub fn restore_from(&mut self, source: &Path) -> Result<PathBuf, StoreError> {
        check_restorable(source, &self.path).map_err(|e| StoreError::BackupRefused {
            path: source.to_path_buf(),
            reason: e.to_string(),
        })?;
        let keep = self.unused_name_beside("before-restore")?;
        self.backup_to(&keep)?;
        self.conn
            .restore(MAIN_DB, source, None::<fn(rusqlite::backup::Progress)>)?;
        migrations::apply_pending(&mut self.conn, &self.path)?;
        Ok(keep)
    }

    /// `<stem>.<what>-<UTC time to the millisecond>.sqlite` beside the library, with `-2`,
    /// `-3`… added while a file of that name exists: two restores in one moment both succeed.
    fn unused_name_beside(&self, what: &str) -> Result<PathBuf, StoreError> {
        let stamp: String =
            self.conn
                .query_row("SELECT strftime('%Y%m%dT%H%M%f', 'now')", [], |r| r.get(0))?;
        let stamp = stamp.replace('.', "");
        let stem = self
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("library")
            .to_owned();
        (1u32..)
            .map(|n| {
                let counter = if n == 1 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                self.path
                    .with_file_name(format!("{stem}.{what}-{stamp}{counter}.sqlite"))
            })
            .find(|candidate| !candidate.exists())
            .ok_or_else(|| StoreError::Io {
                path: self.path.clone(),
                source: std::io::Error::other("no free file name beside the library"),
            })
    }
}

/// Everything a backup must be before it may replace a library, checked read-only.
fn check_restorable(source: &Path, library: &Path) -> Result<(), StoreError> {
    crate::refuse_empty_file(source)?;
    let same_file = std::fs::canonicalize(source)
        .ok()
        .zip(std::fs::canonicalize(library).ok())
        .is_some_and(|(a, b)| a == b);
    if same_file {
        return Err(StoreError::Unreadable {
            path: source.to_path_buf(),
            detail: "it is the library itself; choose a backup file".into(),
        });
    }
    let backup = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| StoreError::from_open(source, e))?;
    crate::check_sound(&backup).map_err(|e| StoreError::from_open(source, e))?;
    migrations::check_history(&backup)?;
    Ok(())
}

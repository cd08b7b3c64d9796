//! Whole-library backup and restore with SQLite's online backup API: consistent copies while
//! the app or the CLI keeps using the library.

use crate::migrations;
use crate::{Library, StoreError};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::path::Path;

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

    /// Replaces the library's contents with the backup at `source`, after checking that the
    /// backup is a sound library this build understands. The current contents are first
    /// copied beside the library (`library.before-restore-<time>.sqlite`), so nothing is lost.
    pub fn restore_from(&mut self, source: &Path) -> Result<(), StoreError> {
        {
            let backup = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|e| StoreError::from_open(source, e))?;
            crate::check_sound(&backup).map_err(|e| StoreError::from_open(source, e))?;
            migrations::check_history(&backup)?;
        }
        let stamp: String =
            self.conn
                .query_row("SELECT strftime('%Y%m%dT%H%M%S', 'now')", [], |r| r.get(0))?;
        let stem = self
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("library")
            .to_owned();
        let keep = self
            .path
            .with_file_name(format!("{stem}.before-restore-{stamp}.sqlite"));
        self.backup_to(&keep)?;
        self.conn
            .restore(MAIN_DB, source, None::<fn(rusqlite::backup::Progress)>)?;
        let found = migrations::check_history(&self.conn)?;
        migrations::apply_pending(&mut self.conn, &self.path, found)?;
        Ok(())
    }
}

//! Fleet Ledger's scenario library: one SQLite file shared by the desktop app and the CLI.
//!
//! Every connection runs in WAL mode with foreign keys on; every write is one transaction;
//! the schema comes only from the SQL files in `migrations/`, applied in order. A file this
//! build cannot trust (newer, foreign, damaged) is refused before anything writes to it.

mod backup;
mod create;
mod decks;
mod error;
mod files;
mod migrations;
mod registers;
mod scenarios;
mod working_copies;

pub use decks::{ComparedItem, Deck};
pub use error::StoreError;
pub use files::read_scenario_file;
pub use migrations::{LATEST_SCHEMA_VERSION, MIGRATIONS};
pub use registers::{read_register, RegisterFile, TextEncoding, MAX_REGISTER_ROWS};
pub use scenarios::{ListQuery, ScenarioSummary, SortBy, StoredScenario, VersionSummary};
pub use working_copies::{UnsavedWork, WorkingCopy};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process (the app or the CLI) to finish its transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The file name of the library inside the app-data folder.
pub const LIBRARY_FILE_NAME: &str = "library.sqlite";

/// An open, migrated scenario library.
pub struct Library {
    conn: Connection,
    path: PathBuf,
}

impl Library {
    /// Opens (creating if needed) the library at `path` and brings its schema up to date. A new
    /// library appears complete, seeded with the shipped examples, or not at all
    /// (`create.rs`).
    ///
    /// A file written by a newer Fleet Ledger, one whose history this build does not know, an
    /// empty file, or one that is not a sound SQLite database is refused and left exactly as
    /// it was.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        create::create_if_missing(path)?;
        refuse_empty_file(path)?;
        // No CREATE flag: a library removed since the check above is not made again, empty.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn =
            Connection::open_with_flags(path, flags).map_err(|e| StoreError::from_open(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| StoreError::from_open(path, e))?;
        check_sound(&conn).map_err(|e| StoreError::from_open(path, e))?;
        // Refuse a newer or unknown file before anything (even the journal mode) touches it.
        migrations::check_history(&conn)?;
        configure(&conn).map_err(|e| StoreError::from_open(path, e))?;
        migrations::apply_pending(&mut conn, path)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A zero-length file is not a library, whatever its name: SQLite would read it as an empty
/// database and, asked to, write a new library into it.
pub(crate) fn refuse_empty_file(path: &Path) -> Result<(), StoreError> {
    let metadata = std::fs::metadata(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if !metadata.is_file() {
        return Err(StoreError::Unreadable {
            path: path.to_path_buf(),
            detail: "it is a folder or a device, not a file".into(),
        });
    }
    if metadata.len() == 0 {
        return Err(StoreError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Reads the whole file's structure without writing: a file that is not a database, or one
/// whose pages were overwritten, fails here.
fn check_sound(conn: &Connection) -> rusqlite::Result<()> {
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some(format!("integrity check: {verdict}")),
        ))
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // FULL: a committed version survives power loss, not only a crash of the app.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// The library the app and the CLI share by default: `<OS app-data folder>/<folder>/library.sqlite`.
///
/// The folder is the one Tauri's `app_data_dir` names for the identifier in tauri.conf.json
/// (`~/.local/share/…` on Linux, `~/Library/Application Support/…` on macOS), except on
/// Windows, where it is `%APPDATA%\Fleet Ledger` ([`library_folder`]). `FLEET_LEDGER_DB`
/// overrides it, so tests never touch a real library.
pub fn default_library_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(LIBRARY_PATH_ENV) {
        return Some(PathBuf::from(path));
    }
    dirs::data_dir().map(|d| {
        d.join(library_folder(cfg!(windows)))
            .join(LIBRARY_FILE_NAME)
    })
}

/// The library's folder in the app-data folder. On Windows the NSIS uninstaller's "Delete the
/// application data" box removes `%APPDATA%\<identifier>` (Tauri's template), and a user's
/// scenarios are their work, not the app's settings: the library lives under the product's
/// name there, which no uninstaller removes.
pub fn library_folder(windows: bool) -> &'static str {
    if windows {
        "Fleet Ledger"
    } else {
        APP_IDENTIFIER
    }
}

/// Must equal `identifier` in tauri.conf.json; a test in the app crate checks that it does.
pub const APP_IDENTIFIER: &str = "com.fleetledger.desktop";

/// Environment variable naming the library file to use instead of the default.
pub const LIBRARY_PATH_ENV: &str = "FLEET_LEDGER_DB";

/// Today's date in UTC, YYYY-MM-DD (report covers).
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0);
    fleet_ledger_engine::calendar::iso_date_of_unix_day(days)
}

/// The month now, in UTC: where a new blank scenario starts.
pub fn current_month() -> fleet_ledger_engine::YearMonth {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    // A clock before 1990 or after 2200 is wrong; start such scenarios in January 2026.
    fleet_ledger_engine::YearMonth::containing_unix_time(now)
        .unwrap_or(fleet_ledger_engine::YearMonth::constant(2026, 1))
}

//! Fleet Ledger's scenario library: one SQLite file shared by the desktop app and the CLI.
//!
//! Every connection runs in WAL mode with foreign keys on; every write is one transaction;
//! the schema comes only from the SQL files in `migrations/`, applied in order.

mod error;
mod migrations;
mod scenarios;

pub use error::StoreError;
pub use migrations::{LATEST_SCHEMA_VERSION, MIGRATIONS};
pub use scenarios::ScenarioSummary;

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process (the app or the CLI) to finish its transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The file name of the library inside the app-data folder.
pub const LIBRARY_FILE_NAME: &str = "library.sqlite";

/// An open, migrated scenario library.
pub struct Library {
    conn: Connection,
    path: PathBuf,
}

impl Library {
    /// Opens (creating if needed) the library at `path` and brings its schema up to date.
    ///
    /// A file written by a newer Fleet Ledger, one whose history this build does not know, or
    /// one that is not a SQLite database is refused and left exactly as it was.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let mut conn = Connection::open(path).map_err(|e| StoreError::from_open(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| StoreError::from_open(path, e))?;
        // Reading the schema first makes a file that is not a database fail here, before any write.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .map_err(|e| StoreError::from_open(path, e))?;
        // Refuse a newer or unknown file before anything (even the journal mode) touches it.
        let found = migrations::check_history(&conn)?;
        configure(&conn).map_err(|e| StoreError::from_open(path, e))?;
        migrations::apply_pending(&mut conn, path, found)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // FULL: a committed version survives power loss, not only a crash of the app.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// The library the app and the CLI share by default: `<OS app-data folder>/<app id>/library.sqlite`.
///
/// This is the folder Tauri's `app_data_dir` names for the identifier in tauri.conf.json
/// (`~/.local/share/…` on Linux, `~/Library/Application Support/…` on macOS, `%APPDATA%\…` on
/// Windows). `FLEET_LEDGER_DB` overrides it, so tests never touch a real library.
pub fn default_library_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(LIBRARY_PATH_ENV) {
        return Some(PathBuf::from(path));
    }
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER).join(LIBRARY_FILE_NAME))
}

/// Must equal `identifier` in tauri.conf.json; a test in the app crate checks that it does.
pub const APP_IDENTIFIER: &str = "com.fleetledger.desktop";

/// Environment variable naming the library file to use instead of the default.
pub const LIBRARY_PATH_ENV: &str = "FLEET_LEDGER_DB";

/// The month now, in UTC: where a new blank scenario starts.
pub fn current_month() -> fleet_ledger_engine::YearMonth {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    fleet_ledger_engine::YearMonth::containing_unix_time(now)
        .unwrap_or_else(|_| fleet_ledger_engine::YearMonth::new(2026, 1).expect("valid month"))
}

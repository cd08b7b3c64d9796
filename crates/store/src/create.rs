//! The first open of a new library: built whole beside its final name, then linked into place.
//!
//! A library appears at its path only complete (schema and every shipped example, one
//! transaction), so a process killed at any moment leaves either no library or a whole one,
//! and a zero-length file at a library's path is never ours half-made: it can be refused
//! like any other file that is not a library. Several processes creating the same library
//! at once each build their own copy; the first hard link wins and the others open it, so
//! every one of them succeeds and the examples are seeded exactly once.

use crate::{migrations, scenarios, StoreError};
use fleet_ledger_engine::reference::{example, example_names};
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A copy under construction older than this was left by a process that died: no first open
/// takes more than a few seconds, so one this old is not another process's work in progress.
const ABANDONED_AFTER: Duration = Duration::from_secs(10 * 60);

/// Creates the library at `path` if no file is there. Returns without touching anything when
/// a file already exists (or appears meanwhile: another process won the race).
pub(crate) fn create_if_missing(path: &Path) -> Result<(), StoreError> {
    sweep_abandoned(path);
    if path.exists() {
        return Ok(());
    }
    let draft = draft_path(path);
    let result = build(&draft)
        .and_then(|()| set_aside_orphaned_journals(path))
        .and_then(|()| link_into_place(&draft, path));
    remove_draft(&draft);
    result
}

/// A `-wal` or `-journal` left at a library's name after the library itself was deleted or
/// moved without it would be replayed by SQLite into the new library linked there: its pages
/// are another file's (the deleted library's scenarios came back, mixed with the new pages).
/// Each is renamed `<name>-wal.orphaned-<nanos>`, kept in case it holds the last edits of the
/// library that was deleted; the `-shm` index holds no data and is removed. Done the moment
/// before the link, and only while no library is at the name: a creator racing this one
/// makes its own log only after its link, and this one then sees the library and stops.
fn set_aside_orphaned_journals(path: &Path) -> Result<(), StoreError> {
    let nanos = now_nanos();
    for suffix in ["-wal", "-journal", "-shm"] {
        let journal = with_suffix(path, suffix);
        if path.exists() || !journal.exists() {
            continue;
        }
        let result = if suffix == "-shm" {
            std::fs::remove_file(&journal)
        } else {
            std::fs::rename(
                &journal,
                with_suffix(&journal, &format!(".orphaned-{nanos}")),
            )
        };
        // A log that cannot be moved must not be replayed into the new library: refuse. (One
        // gone meanwhile was set aside by another creator.)
        match result {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(StoreError::Io {
                    path: journal,
                    source: e,
                })
            }
            _ => {}
        }
    }
    Ok(())
}

/// `.library.sqlite.new-<pid>-<nanos>` beside the library: hidden, and unique per attempt.
fn draft_path(path: &Path) -> PathBuf {
    path.with_file_name(format!(
        "{}{}-{}",
        draft_prefix(path),
        std::process::id(),
        now_nanos()
    ))
}

/// Nanoseconds since 1970, for names unique per attempt.
fn now_nanos() -> u128 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

fn draft_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| crate::LIBRARY_FILE_NAME.to_owned());
    format!(".{name}.new-")
}

/// Schema and examples in one exclusive transaction, in a file nobody else opens.
fn build(draft: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: draft.to_path_buf(),
        source,
    };
    let mut conn = Connection::open(draft)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    migrations::apply_all(&tx)?;
    for name in example_names() {
        if let Some(scenario) = example(name) {
            scenario.validate()?;
            scenarios::insert_new(&tx, &scenario, "Shipped example")?;
        }
    }
    tx.commit()?;
    // The header then says WAL, so every later connection uses it; closing the only
    // connection checkpoints and removes the draft's -wal and -shm files.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.close().map_err(|(_, e)| StoreError::Sqlite(e))?;
    // Opened for writing: Windows flushes a file's buffers only through a handle that may write.
    std::fs::OpenOptions::new()
        .write(true)
        .open(draft)
        .and_then(|f| f.sync_all())
        .map_err(io)
}

/// A hard link fails when the name exists, which makes "create unless present" atomic on
/// NTFS, APFS, ext4 and the like. Where links are not supported (FAT, some network shares)
/// a rename stands in; it can lose to a simultaneous creator, never to an existing library.
fn link_into_place(draft: &Path, path: &Path) -> Result<(), StoreError> {
    match std::fs::hard_link(draft, path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
        Err(_) if !path.exists() => {
            std::fs::rename(draft, path).map_err(|source| StoreError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        }
        Err(_) => return Ok(()),
    }
    sync_folder(path);
    Ok(())
}

/// The new directory entry itself must survive a power cut (POSIX); Windows has no such call.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn remove_draft(draft: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(draft, suffix));
    }
}

/// `path` with `suffix` after its file name: SQLite's companions (`-wal`) are named so.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes drafts (and their journals) that a killed process left beside the library.
fn sweep_abandoned(path: &Path) {
    let prefix = draft_prefix(path);
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => dir.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().starts_with(&prefix) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > ABANDONED_AFTER);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

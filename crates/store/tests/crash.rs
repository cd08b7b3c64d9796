//! Crash safety: a writer killed with SIGKILL in the middle of saving versions leaves a sound
//! file that holds every version it reported as committed.
//!
//! The test re-runs its own binary as the child writer (`child_writer`, inert unless the
//! environment names a library), so the child is real library code in a separate process.

use fleet_ledger_store::{Library, ListQuery};
use rusqlite::Connection;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const CHILD_DB: &str = "FLEET_LEDGER_CRASH_TEST_CHILD_DB";

/// The child: saves versions forever, reporting each one after its commit returns.
#[test]
fn child_writer() {
    let Some(path) = std::env::var_os(CHILD_DB) else {
        return;
    };
    let mut lib = Library::open(std::path::Path::new(&path)).unwrap();
    let query = ListQuery {
        search: Some("Crash test".into()),
        ..ListQuery::default()
    };
    let id = lib.list_scenarios(&query).unwrap()[0].id.clone();
    let mut scenario = lib.open_scenario(&id).unwrap().scenario;
    let stdout = std::io::stdout();
    for i in 0u32.. {
        scenario.horizon_months = 1 + i % 240;
        let version = lib
            .save_scenario(&id, &scenario, Some(&format!("save {i}")))
            .unwrap();
        let mut out = stdout.lock();
        writeln!(out, "committed {} {}", version.id, i).unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killing_a_writer_mid_save_never_loses_a_committed_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite");
    Library::open(&path)
        .unwrap()
        .create_scenario(
            "Crash test",
            fleet_ledger_engine::YearMonth::new(2026, 1).unwrap(),
        )
        .unwrap();
    let mut committed: Vec<(String, u32)> = Vec::new();
    for round in 0..10u64 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_writer", "--nocapture", "--test-threads=1"])
            .env(CHILD_DB, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let reported = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let reported = Arc::clone(&reported);
            let stdout = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    let parts: Vec<&str> = line.split(' ').collect();
                    if parts.len() == 3 && parts[0] == "committed" {
                        reported
                            .lock()
                            .unwrap()
                            .push((parts[1].to_owned(), parts[2].parse::<u32>().unwrap()));
                    }
                }
            })
        };
        // Kill at a different moment each round: 150 to 600 ms into the run.
        std::thread::sleep(Duration::from_millis(150 + (round * 53) % 450));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no rollback.
        child.wait().unwrap();
        reader.join().unwrap();
        committed.extend(reported.lock().unwrap().drain(..));

        let conn = Connection::open(&path).unwrap();
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(verdict, "ok", "round {round}");
        for (version, i) in &committed {
            let (note, document): (String, String) = conn
                .query_row(
                    "SELECT note, document FROM scenario_versions WHERE id = ?1",
                    [version],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap_or_else(|e| {
                    panic!("round {round}: committed version {version} is missing: {e}")
                });
            assert_eq!(note, format!("save {i}"));
            let doc: serde_json::Value = serde_json::from_str(&document).unwrap();
            assert_eq!(doc["horizon_months"], 1 + i % 240);
        }
    }
    assert!(
        committed.len() > 10,
        "the child committed too little to test anything: {}",
        committed.len()
    );
    // The library still opens normally afterwards.
    Library::open(&path).unwrap();
}

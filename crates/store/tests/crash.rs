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

const CHILD_NEW_DB: &str = "FLEET_LEDGER_FIRST_OPEN_CHILD_DB";

/// The child of the first-open tests: opens (so creates) the library it is given, then says so.
#[test]
fn child_first_opener() {
    let Some(path) = std::env::var_os(CHILD_NEW_DB) else {
        return;
    };
    let lib = Library::open(std::path::Path::new(&path)).unwrap();
    let listed = lib.list_scenarios(&ListQuery::default()).unwrap().len();
    println!("opened {listed}");
}

fn first_opener(path: &std::path::Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_first_opener",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_NEW_DB, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The shipped examples' names, sorted: what a complete new library lists.
fn example_names_sorted() -> Vec<String> {
    let mut names: Vec<String> = fleet_ledger_engine::reference::example_names()
        .iter()
        .map(|n| fleet_ledger_engine::reference::example(n).unwrap().name)
        .collect();
    names.sort();
    names
}

fn listed_names(path: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = Library::open(path)
        .unwrap()
        .list_scenarios(&ListQuery::default())
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    names.sort();
    names
}

/// Issue 13: a kill during the first open could leave a library without some examples, for
/// good. Now the library appears whole or not at all, whenever the kill lands.
#[test]
fn a_first_open_killed_at_any_moment_leaves_no_library_or_every_example() {
    let dir = tempfile::tempdir().unwrap();
    let expected = example_names_sorted();
    // How long one whole first open takes here, so the kills spread over all of it.
    let probe = dir.path().join("probe.sqlite");
    let started = std::time::Instant::now();
    let out = first_opener(&probe).wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let span_us = (started.elapsed().as_micros() as u64).max(2_000) * 5 / 4;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let (mut none, mut whole) = (0, 0);
    for round in 0..100 {
        let path = dir.path().join(format!("library-{round}.sqlite"));
        let mut child = first_opener(&path);
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        std::thread::sleep(Duration::from_micros((seed >> 33) % span_us));
        let _ = child.kill(); // SIGKILL on Unix; it may already have finished.
        child.wait().unwrap();
        if path.exists() {
            assert_eq!(listed_names(&path), expected, "round {round}");
            whole += 1;
        } else {
            // The next open creates it whole, as if the killed one had never run.
            assert_eq!(listed_names(&path), expected, "round {round}, reopened");
            none += 1;
        }
    }
    assert!(none > 0, "no kill landed before the library appeared");
    assert!(
        whole > 0,
        "no first open ran to the end: {none} kills all landed early"
    );
}

/// Issue 13: about half of three simultaneous first opens failed. Now all succeed, and the
/// examples are seeded once.
#[test]
fn three_processes_opening_a_new_library_at_once_all_succeed() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite");
        let children: Vec<_> = (0..3).map(|_| first_opener(&path)).collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let listed = fleet_ledger_engine::reference::example_names().len();
            assert!(
                String::from_utf8_lossy(&out.stdout).contains(&format!("opened {listed}\n")),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        assert_eq!(listed_names(&path), example_names_sorted());
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with("library.sqlite"))
            .collect();
        assert!(left.is_empty(), "round {round}: stray files {left:?}");
    }
}

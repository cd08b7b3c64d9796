//! End-to-end tests of the real desktop binary, driven through tauri-driver and WebKitWebDriver
//! against a real SQLite file in a temporary folder. Run by `cargo xtask test`.

use fleet_ledger_e2e::{capture_display, Harness, TauriDriver};
use rusqlite::Connection;

#[test]
fn a_scenario_created_in_the_ui_is_listed_again_after_a_restart() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    let name = "H100 fleet <6-year life> & =SUM(A1)";

    let driver = TauriDriver::start(&harness, &db);
    let app = driver.launch(&harness.app_binary);
    // A new library is seeded with the shipped examples.
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for("#new-scenario-name").type_text(name);
    app.wait_for("#create-scenario").click();
    app.wait_for_text("#scenario-list .scenario-name", name);
    capture_display(&harness.output_dir.join("scenario-created.png"));
    app.close();

    // A new app process on the same file: the scenario came from SQLite, not from memory.
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", name);
    app.close();
}

#[test]
fn an_empty_name_is_refused_beside_the_field() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for("#create-scenario").click();
    app.wait_for_text("#new-scenario-name-error", "Name must not be empty");
    app.close();
}

#[test]
fn a_deleted_scenario_waits_in_the_trash_and_comes_back() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#scenario-search").type_text("Full refresh");
    app.wait_for_text("#scenario-list .scenario-name", "Full refresh");
    app.wait_for(".delete-scenario").click();
    app.wait_for("#empty-library");
    app.wait_for("#toggle-trash").click();
    app.wait_for_text("#scenario-list .scenario-name", "Full refresh");
    capture_display(&harness.output_dir.join("trash.png"));
    app.wait_for(".restore-scenario").click();
    app.wait_for("#empty-library");
    app.wait_for("#toggle-trash").click();
    app.wait_for_text("#scenario-list .scenario-name", "Full refresh");
    app.close();
}

#[test]
fn a_library_from_a_newer_version_is_explained_not_crashed_on() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    let conn = Connection::open(&db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();

    let driver = TauriDriver::start(&harness, &db);
    let app = driver.launch(&harness.app_binary);
    let banner = app.wait_for("#library-problem");
    assert!(
        banner.text().contains("newer version of Fleet Ledger"),
        "{}",
        banner.text()
    );
    capture_display(&harness.output_dir.join("library-too-new.png"));
    app.close();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the newer library must be left untouched"
    );
}

/// Issue 13: a zero-length library file was silently rebuilt as a new library. The app now
/// explains it, offers another file or a new library, and leaves the file empty.
#[test]
fn a_zero_length_library_is_refused_with_the_offer_of_another_and_left_empty() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    std::fs::write(&db, b"").unwrap();

    let driver = TauriDriver::start(&harness, &db);
    let app = driver.launch(&harness.app_binary);
    let banner = app.wait_for("#library-problem");
    assert!(
        banner.text().contains("empty (0 bytes)"),
        "{}",
        banner.text()
    );
    let bar = app.wait_for(".library-bar").text();
    assert!(
        bar.contains("Open library") && bar.contains("New library"),
        "{bar}"
    );
    app.close();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"",
        "the empty file must be left as it was"
    );
}

#[test]
fn a_rename_is_a_version_that_can_be_compared_with_the_current_one() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#scenario-search").type_text("Burry");
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for(".rename-scenario").click();
    let input = app.wait_for(".rename-input");
    input.clear();
    input.type_text("Burry vs Bernstein, board draft\u{E007}"); // WebDriver's Enter key
    app.wait_for_text(
        "#scenario-list .scenario-name",
        "Burry vs Bernstein, board draft",
    );
    app.wait_for(".show-versions").click();
    app.wait_for(".compare-version").click();
    app.wait_for("#version-comparison");
    capture_display(&harness.output_dir.join("versions.png"));
    app.close();
}

#[test]
fn a_meeting_pack_is_exported_from_the_app_with_progress() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports");
    std::fs::create_dir_all(&out).unwrap();
    // The export folder is given by the environment instead of the native dialog.
    let driver = TauriDriver::start_with(
        &harness,
        &dir.path().join("library.sqlite"),
        &[("FLEET_LEDGER_EXPORT_DIR", &out)],
    );
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#scenario-search").type_text("Burry");
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for("#open-export").click();
    app.wait_for("#export-reports").click();
    app.wait_for("#export-written li");
    capture_display(&harness.output_dir.join("export.png"));
    app.close();
    let pdf = std::fs::read(out.join("Burry vs Bernstein.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let xlsx = std::fs::read(out.join("Burry vs Bernstein.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK"));
}

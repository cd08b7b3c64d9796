//! End-to-end tests of the real desktop binary, driven through tauri-driver and WebKitWebDriver
//! against a real SQLite file in a temporary folder. Run by `cargo xtask test`.

use fleet_ledger_e2e::{capture_display, Harness, TauriDriver};
use rusqlite::Connection;
use std::path::Path;

mod editors;
mod installed;

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
fn an_empty_name_is_refused_beside_the_field_in_the_uis_language() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for("#create-scenario").click();
    app.wait_for_text("#new-scenario-name-error", "Name must not be empty");
    // The issue crosses IPC as a code; the words are the catalog's, the same language as the
    // label beside them (a regression: "名称must not be empty").
    app.wait_for("#language option[value=\"zh-CN\"]").click();
    app.wait_for_text("#new-scenario-name-error", "名称不能为空");
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

/// Issue 16, a keyboard user: the list is one Tab stop whose rows Up and Down move between;
/// Delete hands the focus to the next row (it fell to the page); Enter opens the scenario
/// and takes the focus to its Results, whose sections Ctrl+PageDown and Ctrl+PageUp step
/// through.
#[test]
fn the_library_and_the_results_are_worked_from_the_keyboard() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    // Read in one script: the list re-renders as a row goes, and an element found a moment
    // before may be gone when its text is asked for.
    let names = |app: &fleet_ledger_e2e::Session| -> Vec<String> {
        let value = app.execute(
            "return [...document.querySelectorAll('#scenario-list .scenario-name')].map((e) => e.textContent)",
        );
        serde_json::from_value(value).unwrap_or_default()
    };
    let before = names(&app);
    assert!(
        before.len() >= 3,
        "the examples seed the library: {before:?}"
    );
    let tab_stops = app.execute(
        "return [...document.querySelectorAll('#scenario-list a, #scenario-list button, #scenario-list tr')]
           .filter((e) => e.tabIndex >= 0).length",
    );
    assert_eq!(
        tab_stops, 7,
        "one row and its six actions are in the Tab order"
    );
    app.execute("document.querySelector('#scenario-list tr.scenario-row').focus()");
    app.press("ArrowDown", false);
    assert_eq!(app.focused(), before[1]);
    app.press("Delete", false);
    app.wait_until_text("#scenario-list", |_| names(&app).len() == before.len() - 1);
    app.wait_until_text("#scenario-list", |_| app.focused() == before[2]);
    app.press("ArrowUp", false);
    assert_eq!(app.focused(), before[0]);
    app.press("Enter", false);
    app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
    app.wait_until_text("#results-title", |_| app.focused() == "results-title");
    app.press("PageDown", true);
    assert_eq!(app.focused(), "key-figures-title");
    app.press("PageDown", true);
    assert_eq!(app.focused(), "policy-comparison-title");
    app.press("PageUp", true);
    assert_eq!(app.focused(), "key-figures-title");
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();
}

#[test]
fn a_rename_is_a_version_that_can_be_compared_with_the_current_one() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    rename_burry_to_board_draft(&app);
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
    let (driver, out) = exporting_driver(&harness, &dir.path().join("library.sqlite"));
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

/// Issue 18: Compare "Oracle-style tiered mix" with "Full refresh": the NPV difference on
/// screen is the one `fleet-ledger compare` writes for the same files, and the meeting pack
/// exported from the Compare screen states it too; Compare reopens on that comparison after a
/// restart.
#[test]
fn the_npv_difference_on_the_compare_screen_is_the_one_fleet_ledger_compare_writes() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let cli = harness.app_binary.with_file_name("fleet-ledger");
    let mut files = Vec::new();
    for name in ["oracle-tiered-mix", "full-refresh"] {
        let example = std::process::Command::new(&cli)
            .args(["example", name])
            .output()
            .unwrap();
        let file = dir.path().join(format!("{name}.json"));
        std::fs::write(&file, example.stdout).unwrap();
        files.push(file);
    }
    let out = dir.path().join("out");
    let compared = std::process::Command::new(&cli)
        .arg("compare")
        .args(&files)
        .arg("--out")
        .arg(&out)
        .args(["--format", "json"])
        .status()
        .unwrap();
    assert!(compared.success());
    let comparison: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("comparison.json")).unwrap())
            .unwrap();
    let delta = comparison["deltas"][1]["npv"].as_str().unwrap().to_owned();
    let expected = match delta.starts_with('-') {
        true => in_thousands(&delta),
        false => format!("+{}", in_thousands(&delta)),
    };

    let (driver, reports) = exporting_driver(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Full refresh");
    compare_oracle_with_full_refresh(&app);
    let npv_delta = "#compare-npv-table tbody tr:nth-child(2) td:nth-child(3)";
    app.wait_until_text(npv_delta, |shown| shown == expected);
    app.wait_for("#compare-ebit-chart[data-rendered=\"true\"]");
    capture_display(&harness.output_dir.join("compare.png"));
    // Its sections are stepped through from the keyboard as the Results' are.
    app.press("PageDown", true);
    assert_eq!(app.focused(), "compare-figures-title");
    app.press("PageDown", true);
    assert_eq!(app.focused(), "compare-npv-title");
    // The meeting pack from here, the compared scenarios ticked: a PDF with both names and
    // the same NPV difference (the pack writes negatives in parentheses).
    let text = export_comparison_pdf(&app, &reports);
    assert!(
        text.contains("Oracle-style tiered mix") && text.contains("Full refresh"),
        "{text}"
    );
    let in_pack = match delta.strip_prefix('-') {
        Some(size) => format!("({})", in_thousands(size)),
        None => in_thousands(&delta),
    };
    assert!(
        text.contains(&in_pack),
        "the pack's NPV difference {in_pack} is not in the comparison's PDF"
    );
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();

    // After a restart, Compare reopens on the comparison last on screen.
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#nav-compare").click();
    app.wait_until_text(npv_delta, |shown| shown == expected);
    app.close();
}

/// Issue 18: two saved versions of one scenario side by side. A rename saves a version (the
/// app cannot change a life before the editors of issue 17), so the figures agree: the
/// columns are told apart by when each version was saved, every difference is zero, and the
/// meeting pack from there holds those two versions.
#[test]
fn two_versions_of_one_scenario_are_compared_side_by_side() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let (driver, reports) = exporting_driver(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    rename_burry_to_board_draft(&app);
    app.wait_for(".open-scenario").click();
    compare_with_its_previous_version(&app, "Burry vs Bernstein, board draft");
    let headers = "#compare-figures-table thead th";
    app.wait_until_text(headers, |_| {
        app.find_all(headers)
            .iter()
            .filter(|h| h.text().contains("(saved "))
            .count()
            == 2
    });
    let npv_delta = "#compare-npv-table tbody tr:nth-child(2) td:nth-child(3)";
    app.wait_until_text(npv_delta, |t| t == "0");
    // The meeting pack from here exports the two versions shown, each named by its time.
    let text = export_comparison_pdf(&app, &reports);
    assert!(
        text.contains("Burry vs Bernstein (") && text.contains("Burry vs Bernstein, board draft ("),
        "{text}"
    );
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();
}

/// Issue 18: a briefing from the comparison of "Oracle-style tiered mix" and "Full refresh":
/// a slide left out and the deck saved with the base scenario, and written as a PDF of a
/// page a slide; presented, every slide is
/// reached from the keyboard (forward, End, a number then Enter, B for black), Esc leaves;
/// after a restart the saved deck opens as it was saved.
#[test]
fn a_briefing_from_a_comparison_is_stepped_through_by_keyboard_and_saved_with_its_deck() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let (driver, reports) = exporting_driver(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Full refresh");
    compare_oracle_with_full_refresh(&app);
    app.wait_for_text("#compare-npv-table tbody th", "Full refresh");
    app.wait_for("#open-briefing").click();
    app.wait_for(".deck-slide[data-kind=\"compared_emissions\"] input")
        .click();
    app.wait_for(".deck-slide.left-out[data-kind=\"compared_emissions\"]");
    let kept: Vec<String> = app
        .find_all(".deck-slide:not(.left-out)")
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(kept.len(), 4, "{kept:?}");
    app.wait_for("#save-deck").click();
    app.wait_for("#deck-saved");
    capture_display(&harness.output_dir.join("briefing-deck.png"));
    // The deck as a PDF: the cover and one page a slide kept.
    app.wait_for("#export-deck").click();
    let written =
        std::path::PathBuf::from(app.wait_until_text("#deck-written", |t| t.ends_with(".pdf")));
    assert!(
        written.starts_with(&reports),
        "written to the chosen folder: {written:?}"
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&written)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(" 5")),
        "{info}"
    );

    app.wait_for("#present").click();
    app.wait_for("#presentation[data-slide=\"0\"]");
    let at = |app: &fleet_ledger_e2e::Session| {
        app.execute("return document.getElementById('presentation').dataset.slide")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    for slide in 1..=4 {
        app.press(
            if slide % 2 == 0 {
                "PageDown"
            } else {
                "ArrowRight"
            },
            false,
        );
        app.wait_until_text("#slide-number", |t| t == format!("{slide} / 4"));
        assert!(!app.text_of(".slide-headline").is_empty());
        capture_display(
            &harness
                .output_dir
                .join(format!("briefing-slide-{slide}.png")),
        );
    }
    app.press("ArrowRight", false);
    assert_eq!(at(&app), "4", "the last slide is the end");
    app.press("Home", false);
    assert_eq!(at(&app), "0");
    app.press("3", false);
    app.press("Enter", false);
    assert_eq!(at(&app), "3");
    app.press("b", false);
    app.wait_for("#presentation.black");
    app.press("x", false);
    app.wait_for("#presentation:not(.black)");
    app.press("Escape", false);
    app.wait_for("#deck-slides");
    assert!(app.find_all("#presentation").is_empty());
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();

    // The deck was saved with the base scenario, frozen, its slides as chosen.
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#nav-compare").click();
    app.wait_for_text("#compare-npv-table tbody th", "Full refresh");
    app.wait_for("#open-briefing").click();
    app.wait_for(".deck-slide.left-out[data-kind=\"compared_emissions\"]");
    let reopened: Vec<String> = app
        .find_all(".deck-slide:not(.left-out)")
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(reopened, kept);
    app.close();
}

/// A driver whose app writes reports into a new `reports` folder beside the library `db`,
/// given by the environment instead of the native dialog.
fn exporting_driver(harness: &Harness, db: &std::path::Path) -> (TauriDriver, std::path::PathBuf) {
    let reports = db.with_file_name("reports");
    std::fs::create_dir_all(&reports).unwrap();
    let driver = TauriDriver::start_with(
        harness,
        db,
        &[("FLEET_LEDGER_EXPORT_DIR", reports.as_os_str())],
    );
    (driver, reports)
}

/// Writes the meeting pack of the comparison on screen as PDF alone and returns its text.
fn export_comparison_pdf(app: &fleet_ledger_e2e::Session, reports: &std::path::Path) -> String {
    app.wait_for("#open-pack").click();
    app.wait_for("#format-xlsx").click();
    app.wait_for("#export-reports").click();
    app.wait_for("#export-written li");
    let pdf = reports.join("comparison.pdf");
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&text.stdout).into_owned()
}

/// Renames "Burry vs Bernstein" in the library (a rename saves a new version).
/// From a scenario's Results, Compare with the same scenario's version before its current one
/// in the second column.
fn compare_with_its_previous_version(app: &fleet_ledger_e2e::Session, name: &str) {
    app.wait_for("#compare-with").click();
    let scenario = ".compare-column-pick:nth-child(2) .compare-scenario option";
    app.wait_for(scenario);
    let same = app
        .find_all(scenario)
        .into_iter()
        .find(|o| o.text() == name);
    same.expect("the scenario is offered").click();
    // Below "Current version", the versions before it, newest first.
    let version = ".compare-column-pick:nth-child(2) .compare-version-pick option:nth-child(2)";
    app.wait_for(version).click();
}

fn rename_burry_to_board_draft(app: &fleet_ledger_e2e::Session) {
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
}

/// Opens Compare and picks "Oracle-style tiered mix" as the base and "Full refresh" beside it.
fn compare_oracle_with_full_refresh(app: &fleet_ledger_e2e::Session) {
    app.wait_for("#nav-compare").click();
    for (column, name) in [(1, "Oracle-style tiered mix"), (2, "Full refresh")] {
        let css = format!(".compare-column-pick:nth-child({column}) .compare-scenario option");
        app.wait_for(&css);
        let option = app.find_all(&css).into_iter().find(|o| o.text() == name);
        option
            .unwrap_or_else(|| panic!("no {name:?} to pick"))
            .click();
    }
}

/// `value` (a decimal string) in thousands, rounded half away from zero and grouped by three,
/// a negative with U+2212: how the Results tables show money (ui/src/app/numbers.ts), worked
/// here independently on the digits.
fn in_thousands(value: &str) -> String {
    let negative = value.starts_with('-');
    let (whole, fraction) = value
        .trim_start_matches('-')
        .split_once('.')
        .unwrap_or((value.trim_start_matches('-'), ""));
    let cents: u128 = format!("{whole}{fraction:0<2}")[..whole.len() + 2]
        .parse()
        .unwrap();
    let thousands = (cents + 50_000) / 100_000;
    let digits = thousands.to_string();
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(d);
    }
    if negative && thousands != 0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// A shipped example as the CLI built beside the app prints it.
fn example_scenario(harness: &Harness, name: &str) -> serde_json::Value {
    let cli = harness.app_binary.with_file_name("fleet-ledger");
    let example = std::process::Command::new(&cli)
        .args(["example", name])
        .output()
        .unwrap_or_else(|e| panic!("{} (built by the workspace tests): {e}", cli.display()));
    serde_json::from_slice(&example.stdout).unwrap()
}

/// Writes `scenario` as `<name>.json` in `dir` and returns the file and the results
/// `fleet-ledger run` computes for it (without the tornado).
fn cli_results(
    harness: &Harness,
    dir: &std::path::Path,
    name: &str,
    scenario: &serde_json::Value,
) -> (std::path::PathBuf, serde_json::Value) {
    let cli = harness.app_binary.with_file_name("fleet-ledger");
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, scenario.to_string()).unwrap();
    let out = dir.join(format!("{name}-out"));
    let run = std::process::Command::new(&cli)
        .arg("run")
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .args(["--format", "json", "--no-sensitivity"])
        .status()
        .unwrap();
    assert!(run.success());
    let text = std::fs::read_to_string(out.join("results.json")).unwrap();
    (file, serde_json::from_str(&text).unwrap())
}

/// A new library at `db` holding the examples and a generated fleet of `cohorts` cohorts over
/// 120 months ("Generated …"), and the driver started on it.
fn generated_fleet_library(harness: &Harness, db: &std::path::Path, cohorts: u32) -> TauriDriver {
    let driver = TauriDriver::start(harness, db);
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.close();
    import_generated_fleet(harness, db, cohorts);
    driver
}

/// Imports a generated fleet of `cohorts` cohorts over 120 months ("Generated …") into the
/// library at `db` with the CLI built beside the app.
fn import_generated_fleet(harness: &Harness, db: &std::path::Path, cohorts: u32) {
    let cli = harness.app_binary.with_file_name("fleet-ledger");
    let fleet = db.with_file_name(format!("fleet-{cohorts}.json"));
    let generated = std::process::Command::new(&cli)
        .args([
            "example",
            "--generate",
            &cohorts.to_string(),
            "--months",
            "120",
        ])
        .output()
        .unwrap();
    std::fs::write(&fleet, generated.stdout).unwrap();
    let import = std::process::Command::new(&cli)
        .args(["library", "--db"])
        .arg(db)
        .arg("import")
        .arg(&fleet)
        .status()
        .unwrap();
    assert!(import.success());
}

/// Issue 16: the tornado's dozens of model runs can be stopped; the screen says so and offers
/// to run it again, and the app stays usable.
#[test]
fn a_running_tornado_is_cancelled_from_its_panel() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    // A fleet large enough that 46 runs of the debug build take far longer than a click.
    import_generated_fleet(&harness, &db, 400);
    let driver = TauriDriver::start(&harness, &db);
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#scenario-search").type_text("Generated");
    app.wait_until_text("#scenario-list .scenario-name", |t| {
        t.starts_with("Generated")
    });
    app.wait_for(".open-scenario").click();
    app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
    app.wait_for("#run-sensitivity").click();
    app.wait_for("#sensitivity-progress");
    app.wait_for("#cancel-sensitivity").click();
    app.wait_for("#sensitivity-cancelled");
    assert!(
        app.find_all("#tornado-table").is_empty(),
        "a cancelled run shows no answers"
    );
    app.wait_for("#run-sensitivity");
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();
}

/// Issue 18: a meeting pack's export, opened from the Results with their scenario ticked, is
/// cancelled while its tornado runs; no file of it is left in the folder.
#[test]
fn a_meeting_pack_export_is_cancelled_from_the_results_and_leaves_no_file() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    // Large enough that the pack's 46 tornado runs in the debug build outlast a click.
    import_generated_fleet(&harness, &db, 400);
    let (driver, reports) = exporting_driver(&harness, &db);
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#scenario-search").type_text("Generated");
    app.wait_until_text("#scenario-list .scenario-name", |t| {
        t.starts_with("Generated")
    });
    app.wait_for(".open-scenario").click();
    app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
    app.wait_for("#open-pack").click();
    app.wait_for("#export-reports").click();
    app.wait_for("#cancel-export").click();
    app.wait_for("#export-cancelled");
    let left: Vec<_> = std::fs::read_dir(&reports).unwrap().collect();
    assert!(left.is_empty(), "a cancelled export left {left:?}");
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();
}

/// Issue 16: the Results of "Burry vs Bernstein" show the first fiscal year's EBIT difference
/// between the longest and the shortest life as `fleet-ledger run` computes it; the screen
/// turns Chinese (and stays so after a restart) and dark, with no CSP violation or uncaught
/// error on the way.
#[test]
fn the_results_show_the_burry_gap_that_fleet_ledger_run_computes_in_both_languages() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    // What the CLI computes for the same scenario file.
    let example = example_scenario(&harness, "burry-vs-bernstein");
    let (scenario_file, results) = cli_results(&harness, dir.path(), "burry", &example);
    let cli = harness.app_binary.with_file_name("fleet-ledger");
    let first_year = &results["policy_comparison"]["years"][0];
    let differences = first_year["ebit_difference"].as_array().unwrap();
    let gap = differences.last().unwrap().as_str().unwrap();
    let expected = in_thousands(gap);

    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.wait_for("#language option[value=\"en\"]").click();
    app.wait_for("#scenario-search")
        .type_text("Burry vs Bernstein");
    app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
    app.wait_for(".open-scenario").click();
    let difference = "#policy-comparison-table tbody tr:first-child td:nth-last-child(2)";
    assert_eq!(app.text_of(difference), expected, "CLI gap {gap}");
    app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
    capture_display(&harness.output_dir.join("results-en.png"));
    // The tornado runs on request, reporting each of its 46 runs, and finishes with its tables.
    app.wait_for("#run-sensitivity").click();
    app.wait_for("#tornado-table");
    app.wait_for("#break-even-table");
    app.wait_for("#sensitivity-answers[data-progress=\"46/46\"]");
    app.wait_for("#tornado-chart[data-rendered=\"true\"]");
    app.wait_for("#tornado-ebit-chart[data-rendered=\"true\"]");
    // The widest bar's rise in NPV is what `fleet-ledger sensitivity` computes for the file.
    let sensitivity = std::process::Command::new(&cli)
        .arg("sensitivity")
        .arg(&scenario_file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let answers: serde_json::Value = serde_json::from_slice(&sensitivity.stdout).unwrap();
    let widest = answers["tornado"][0]["npv_high_change"].as_str().unwrap();
    assert_eq!(
        app.text_of("#tornado-table tbody tr:first-child td:nth-child(3)"),
        in_thousands(widest),
        "CLI change in NPV {widest}"
    );

    app.wait_for("#language option[value=\"zh-CN\"]").click();
    app.wait_until_text("#results-title", |t| t.starts_with("结果："));
    let fiscal_year = first_year["fiscal_year"].as_i64().unwrap();
    app.wait_for_text(
        "#policy-comparison-table tbody tr:first-child th",
        &format!("{fiscal_year}财年"),
    );
    assert_eq!(app.text_of(difference), expected);
    app.wait_for("#theme option[value=\"dark\"]").click();
    let theme = app.execute("return document.documentElement.dataset.theme;");
    assert_eq!(theme.as_str(), Some("dark"));
    app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
    capture_display(&harness.output_dir.join("results-zh-dark.png"));
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();

    // A restart keeps the language and the theme.
    let app = driver.launch(&harness.app_binary);
    app.wait_for_text("#nav-library", "情景库");
    let theme = app.execute("return document.documentElement.dataset.theme;");
    assert_eq!(theme.as_str(), Some("dark"));
    assert_eq!(app.faults(), Vec::<String>::new());
    // Back to the defaults the other tests expect of this machine's web view storage.
    app.wait_for("#language option[value=\"en\"]").click();
    app.wait_for("#theme option[value=\"system\"]").click();
    app.wait_for_text("#nav-library", "Library");
    app.close();
}

/// Every screen in English and Chinese, light and dark, captured from the real app for
/// docs/screenshots/ (copied there once looked at): the library, and the Results from the top,
/// at the fleet's make-up and at the impairment tests.
#[test]
fn every_screen_is_captured_in_both_languages_and_both_themes() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let shots = harness.output_dir.join("screens");
    std::fs::create_dir_all(&shots).unwrap();
    // The register the Fleet tab's import reads: a French Excel's, which shows every choice.
    let register =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/registers/immobilisations.csv");
    let driver = TauriDriver::start_with(
        &harness,
        &dir.path().join("library.sqlite"),
        &[("FLEET_LEDGER_IMPORT_FILE", register.as_os_str())],
    );
    let app = driver.launch(&harness.app_binary);
    // The smallest screen the product is laid out for: nothing may be cut off at 1280 × 720.
    app.set_window_size(1280, 720);
    for (language, code) in [("en", "en"), ("zh-CN", "zh")] {
        for theme in ["light", "dark"] {
            app.wait_for(&format!("#language option[value=\"{language}\"]"))
                .click();
            app.wait_for(&format!("#theme option[value=\"{theme}\"]"))
                .click();
            app.wait_for("#nav-library").click();
            app.wait_for_text("#scenario-list .scenario-name", "Burry vs Bernstein");
            capture_display(&shots.join(format!("library-{code}-{theme}.png")));
            app.wait_for("#scenario-search").clear();
            app.wait_for("#scenario-search")
                .type_text("Power-capped site");
            app.wait_for_text("#scenario-list .scenario-name", "Power-capped site");
            app.wait_for(".open-scenario").click();
            app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
            capture_display(&shots.join(format!("results-{code}-{theme}.png")));
            // The editors of the same scenario: the fleet register and the assumptions.
            app.wait_for("#tab-fleet").click();
            app.wait_for("#fleet-cell-input");
            capture_display(&shots.join(format!("fleet-{code}-{theme}.png")));
            app.wait_for("#import-register-file").click();
            app.wait_for("#import-dates-hint");
            capture_display(&shots.join(format!("fleet-import-{code}-{theme}.png")));
            app.wait_for("#import-cancel").click();
            app.wait_for("#tab-assumptions").click();
            app.wait_for("#assumptions-policies");
            capture_display(&shots.join(format!("assumptions-{code}-{theme}.png")));
            app.wait_for("#tab-catalog").click();
            app.wait_for("#catalog-cell-input");
            capture_display(&shots.join(format!("catalog-{code}-{theme}.png")));
            app.wait_for("#tab-market").click();
            app.wait_for("#curve-cell-input");
            capture_display(&shots.join(format!("market-{code}-{theme}.png")));
            app.execute("document.getElementById('utilisation-cell').scrollIntoView();");
            capture_display(&shots.join(format!("market-utilisation-{code}-{theme}.png")));
            app.wait_for("#tab-assumptions").click();
            app.wait_for("#assumptions-policies");
            app.execute("document.getElementById('assumptions-valuation').scrollIntoView();");
            capture_display(&shots.join(format!("assumptions-valuation-{code}-{theme}.png")));
            app.wait_for("#tab-results").click();
            app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
            app.wait_for("#run-sensitivity").click();
            app.wait_for("#tornado-ebit-chart[data-rendered=\"true\"]");
            for part in ["margin-by-age", "composition", "impairment", "sensitivity"] {
                app.wait_for(&format!("#{part}"));
                app.execute(&format!(
                    "document.getElementById('{part}').scrollIntoView();"
                ));
                std::thread::sleep(std::time::Duration::from_millis(400));
                capture_display(&shots.join(format!("results-{part}-{code}-{theme}.png")));
            }
            // The scenario's briefing, every slide presented.
            app.wait_for("#open-briefing").click();
            capture_slides(&app, &shots, &format!("briefing-{code}-{theme}"));
            app.execute("history.back()");
            // Compare, from the Results: this scenario against the first other one.
            app.wait_for("#compare-with").click();
            app.wait_for("#compare-ebit-chart[data-rendered=\"true\"]");
            capture_display(&shots.join(format!("compare-{code}-{theme}.png")));
            for part in [
                "compare-npv",
                "compare-cash",
                "compare-mw",
                "compare-emissions",
            ] {
                app.execute(&format!(
                    "document.getElementById('{part}').scrollIntoView();"
                ));
                std::thread::sleep(std::time::Duration::from_millis(400));
                capture_display(&shots.join(format!("{part}-{code}-{theme}.png")));
            }
            app.wait_for("#open-briefing").click();
            capture_slides(&app, &shots, &format!("briefing-compare-{code}-{theme}"));
            app.wait_for("#nav-library").click();
            app.wait_for("#scenario-search").clear();
        }
    }
    assert_eq!(app.faults(), Vec::<String>::new());
    app.wait_for("#language option[value=\"en\"]").click();
    app.wait_for("#theme option[value=\"system\"]").click();
    app.close();
}

/// Issue 18: the briefing's slides at 4K, for looking at (a 4K display is more than CI's
/// virtual screen holds): run alone under a 3840 × 2160 Xvfb screen (docs/screenshots/README.md).
#[test]
#[ignore = "a look at 4K: needs a 3840 × 2160 virtual screen"]
fn the_briefing_is_captured_at_4k() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let shots = harness.output_dir.join("screens-4k");
    std::fs::create_dir_all(&shots).unwrap();
    let driver = TauriDriver::start(&harness, &dir.path().join("library.sqlite"));
    let app = driver.launch(&harness.app_binary);
    app.set_window_size(3840, 2160);
    app.wait_for("#scenario-search")
        .type_text("Power-capped site");
    app.wait_for_text("#scenario-list .scenario-name", "Power-capped site");
    app.wait_for(".open-scenario").click();
    app.wait_for("#open-briefing").click();
    capture_slides(&app, &shots, "briefing-4k");
    assert_eq!(app.faults(), Vec::<String>::new());
    app.close();
}

/// Presents the deck on screen and captures its cover and every slide as `{name}-N.png`.
fn capture_slides(app: &fleet_ledger_e2e::Session, shots: &std::path::Path, name: &str) {
    app.wait_for(".deck-slide");
    let slides = app.find_all(".deck-slide:not(.left-out)").len();
    app.wait_for("#present").click();
    app.wait_for("#presentation[data-slide=\"0\"]");
    for slide in 0..=slides {
        if slide > 0 {
            app.press("ArrowRight", false);
            app.wait_for(&format!("#presentation[data-slide=\"{slide}\"]"));
        }
        // A chart draws a frame after the slide appears.
        std::thread::sleep(std::time::Duration::from_millis(500));
        capture_display(&shots.join(format!("{name}-{slide}.png")));
    }
    app.press("Escape", false);
    app.wait_for("#deck-slides");
}

/// docs/PERFORMANCE.md: the time from opening a 1,000-cohort scenario in the library to its
/// first chart drawn, in the real web view (ui/src/app/latency.ts), five times. Measured, not
/// asserted (tests never assert wall time); run it alone with `cargo xtask latency`.
#[test]
#[ignore = "a measurement: cargo xtask latency"]
fn time_from_opening_a_thousand_cohort_scenario_to_its_first_chart() {
    let harness = Harness::from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("library.sqlite");
    let driver = generated_fleet_library(&harness, &db, 1000);
    let app = driver.launch(&harness.app_binary);
    let mut times = Vec::new();
    let mut waits = Vec::new();
    for _ in 0..5 {
        app.wait_for("#scenario-search").clear();
        app.wait_for("#scenario-search").type_text("Generated");
        app.wait_until_text("#scenario-list .scenario-name", |t| {
            t.starts_with("Generated")
        });
        app.wait_for(".open-scenario").click();
        app.wait_for("#policy-comparison-chart[data-rendered=\"true\"]");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let ms = loop {
            let v = app.execute(
                "const m = performance.getEntriesByName('fleet-ledger:open-to-first-chart'); return m.length ? m[0].duration : null;",
            );
            if let Some(ms) = v.as_f64() {
                break ms;
            }
            assert!(std::time::Instant::now() < deadline, "no measure recorded");
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        times.push(ms);
        // Of which waiting for Rust (none on a reopen: the results are cached).
        waits.push(app.execute(
            "const m = performance.getEntriesByName('fleet-ledger:open-to-results'); return m.length ? m[0].duration : null;",
        ));
        app.wait_for("#nav-library").click();
    }
    eprintln!("open to first chart, ms: {times:?}");
    eprintln!("of which the results' arrival, ms: {waits:?}");
    app.close();
}

//! Generates the Tauri context. Every app command is listed in the app manifest so that the
//! webview may call only what a capability in src-tauri/capabilities/ grants. Also names the
//! commit being built, for Help → About.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// FLEET_LEDGER_COMMIT: given (a build from a source archive), else the checkout's HEAD, else
/// "unknown". The build runs again when HEAD moves.
fn name_the_commit() {
    println!("cargo:rerun-if-env-changed=FLEET_LEDGER_COMMIT");
    let commit = std::env::var("FLEET_LEDGER_COMMIT")
        .ok()
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_else(|| "unknown".into());
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]) {
        let git_dir = Path::new(&git_dir);
        let head_ref = git(&["symbolic-ref", "-q", "HEAD"]);
        for file in ["HEAD", "packed-refs"]
            .into_iter()
            .map(String::from)
            .chain(head_ref)
        {
            // A path that does not exist would make cargo run this script on every build.
            let path = git_dir.join(file);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    println!("cargo:rustc-env=FLEET_LEDGER_COMMIT={commit}");
}

fn main() {
    name_the_commit();
    let manifest = tauri_build::AppManifest::new().commands(&[
        "library_status",
        "open_library",
        "new_library",
        "back_up_library",
        "restore_library",
        "list_scenarios",
        "create_scenario",
        "list_templates",
        "create_from_template",
        "rename_scenario",
        "duplicate_scenario",
        "delete_scenario",
        "restore_scenario",
        "empty_trash",
        "list_versions",
        "restore_version",
        "compare_versions",
        "import_scenario",
        "export_scenario",
        "read_fleet_register",
        "export_reports",
        "cancel_export",
        "useful_life_library",
        "method_notes",
        "shipped_catalog",
        "scenario_results",
        "live_figures",
        "price_curves_by_month",
        "scenario_sensitivity",
        "cancel_sensitivity",
        "compare_scenarios",
        "briefing",
        "save_deck",
        "saved_deck",
        "set_full_screen",
        "export_deck",
        "working_copy",
        "edit_working_copy",
        "check_scenario",
        "save_working_copy",
        "discard_working_copy",
        "unsaved_work",
        "set_unsaved",
        "quit_app",
        "set_menu",
        "about",
    ]);
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(manifest);
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports through its exit status; there is no user to show a dialog to.
        eprintln!("tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}

//! Generates the Tauri context. Every app command is listed in the app manifest so that the
//! webview may call only what a capability in src-tauri/capabilities/ grants.

fn main() {
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
        "app_version",
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

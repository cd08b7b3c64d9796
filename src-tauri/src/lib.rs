//! The desktop app: a thin Tauri adapter. Commands parse their arguments, call the store or the
//! engine, and map errors to [`AppError`]; no business rule lives here.

mod about;
mod commands;
mod dialogs;
mod error;
mod library;
mod menu;
mod quitting;
mod settings;

pub use error::{AppError, Problem, ProblemCode};

use tauri::Manager;

/// Every command the webview can call, with its TypeScript signature. The same list feeds the
/// IPC handler and the generated `ui/src/bindings.ts`.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    use commands::{
        briefing, comparison, files, library, reference, reports, results, scenarios, working_copy,
    };
    tauri_specta::Builder::<tauri::Wry>::new()
        // One TypeScript type per Rust type: our types serialize and deserialize alike.
        .disable_serde_phases()
        .commands(tauri_specta::collect_commands![
            library::library_status,
            library::open_library,
            library::new_library,
            library::back_up_library,
            library::restore_library,
            scenarios::list_scenarios,
            scenarios::create_scenario,
            scenarios::list_templates,
            scenarios::create_from_template,
            scenarios::rename_scenario,
            scenarios::duplicate_scenario,
            scenarios::delete_scenario,
            scenarios::restore_scenario,
            scenarios::empty_trash,
            scenarios::list_versions,
            scenarios::restore_version,
            scenarios::compare_versions,
            files::import_scenario,
            files::export_scenario,
            files::read_fleet_register,
            reports::export_reports,
            reports::cancel_export,
            reference::useful_life_library,
            reference::method_notes,
            reference::shipped_catalog,
            results::scenario_results,
            results::live_figures,
            results::price_curves_by_month,
            results::scenario_sensitivity,
            results::cancel_sensitivity,
            comparison::compare_scenarios,
            briefing::briefing,
            briefing::save_deck,
            briefing::saved_deck,
            briefing::set_full_screen,
            briefing::export_deck,
            working_copy::working_copy,
            working_copy::edit_working_copy,
            working_copy::check_scenario,
            working_copy::save_working_copy,
            working_copy::discard_working_copy,
            working_copy::unsaved_work,
            quitting::set_unsaved,
            quitting::quit_app,
            menu::set_menu,
            about::about,
        ])
}

/// Starts the app. On failure to start the window system there is no UI to show an error in,
/// so the reason goes to stderr and the process exits non-zero.
pub fn run() {
    let builder = specta_builder();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        // The window opens where and as large as the user left it (on a monitor that is there).
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .invoke_handler(builder.invoke_handler())
        .on_menu_event(|app, event| match event.id().as_ref() {
            menu::QUIT => quitting::quit_from_menu(app),
            id => app.state::<menu::MenuActions>().send(id),
        })
        .setup(move |app| {
            builder.mount_events(app);
            let settings_file = app
                .path()
                .app_config_dir()
                .ok()
                .map(|d| d.join("settings.json"));
            app.manage(library::LibraryState::open_at_start(settings_file));
            app.manage(commands::results::SensitivityRun::default());
            app.manage(commands::reports::ExportRun::default());
            app.manage(menu::MenuActions::default());
            app.manage(quitting::Quitting::default());
            Ok(())
        })
        // The window's close and Quit wait for the user's answer about unsaved edits.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                let app = window.app_handle();
                if app.state::<quitting::Quitting>().hold(app) {
                    api.prevent_close();
                }
            }
        })
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|app, event| {
                if let tauri::RunEvent::ExitRequested { api, .. } = event {
                    if app.state::<quitting::Quitting>().hold(app) {
                        api.prevent_exit();
                    }
                }
            })
        });
    if let Err(error) = result {
        eprintln!("Fleet Ledger could not start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod bindings_tests;

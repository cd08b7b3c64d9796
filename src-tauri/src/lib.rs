//! The desktop app: a thin Tauri adapter. Commands parse their arguments, call the store or the
//! engine, and map errors to [`AppError`]; no business rule lives here.

mod commands;
mod error;
mod library;

pub use error::AppError;

use tauri::Manager;

/// Every command the webview can call, with its TypeScript signature. The same list feeds the
/// IPC handler and the generated `ui/src/bindings.ts`.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new().commands(tauri_specta::collect_commands![
        commands::library_status,
        commands::list_scenarios,
        commands::create_scenario,
    ])
}

/// Starts the app. On failure to start the window system there is no UI to show an error in,
/// so the reason goes to stderr and the process exits non-zero.
pub fn run() {
    let builder = specta_builder();
    let result = tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            app.manage(library::LibraryState::open_default());
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Fleet Ledger could not start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod bindings_tests;

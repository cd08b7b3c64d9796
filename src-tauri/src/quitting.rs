//! Quitting with unsaved edits asks first (issue 17). The UI says whether the scenario on
//! screen holds unsaved edits; a close of the window, or Quit, is then held and the UI asked
//! (through the menu's channel, as `quit_requested`); it quits with `quit_app` once the user
//! has chosen to save, keep the draft or discard. Nothing typed is lost either way: the
//! working copy is already in the library.

use crate::menu::MenuActions;
use crate::AppError;
use std::sync::atomic::{AtomicBool, Ordering};
use tauri::{Manager, State};

#[derive(Default)]
pub struct Quitting {
    /// The scenario on screen holds unsaved edits.
    unsaved: AtomicBool,
    /// The user has answered: the next exit goes through.
    confirmed: AtomicBool,
}

impl Quitting {
    /// Whether to hold an exit and ask the UI; asks it when so.
    pub fn hold(&self, app: &tauri::AppHandle) -> bool {
        let hold = self.unsaved.load(Ordering::Relaxed) && !self.confirmed.load(Ordering::Relaxed);
        if hold {
            app.state::<MenuActions>().send("quit_requested");
        }
        hold
    }
}

/// File → Quit (an item of ours outside macOS): quits at once, or with unsaved edits asks the
/// UI first, as a close of the window does.
pub fn quit_from_menu(app: &tauri::AppHandle) {
    if !app.state::<Quitting>().hold(app) {
        app.exit(0);
    }
}

/// The scenario on screen holds unsaved edits (`true`) or not.
#[tauri::command]
#[specta::specta]
pub async fn set_unsaved(quitting: State<'_, Quitting>, unsaved: bool) -> Result<(), AppError> {
    quitting.unsaved.store(unsaved, Ordering::Relaxed);
    Ok(())
}

/// Quits, the user having answered for the unsaved edits.
#[tauri::command]
#[specta::specta]
pub async fn quit_app(
    app: tauri::AppHandle,
    quitting: State<'_, Quitting>,
) -> Result<(), AppError> {
    quitting.confirmed.store(true, Ordering::Relaxed);
    app.exit(0);
    Ok(())
}

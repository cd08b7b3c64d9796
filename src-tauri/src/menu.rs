//! The native menu bar (File, Edit, View, Help) in the UI's language. The UI hands over its
//! words and a channel; choosing an item sends the item's id back for the UI to act on, except
//! the clipboard items, which the platform handles itself (on macOS a custom menu would
//! otherwise drop Cmd+C/V/X in text fields), and Quit, which quitting.rs answers. Shortcuts
//! use CmdOrCtrl.

use crate::{AppError, Problem, ProblemCode};
use serde::Deserialize;
use specta::Type;
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::menu::{Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Wry};

/// The id of File → Quit where it is an item of ours (not macOS).
pub const QUIT: &str = "quit";

/// The menu's words, in the UI's language.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct MenuLabels {
    pub file: String,
    pub new_scenario: String,
    pub open_library: String,
    pub import: String,
    pub export_scenario: String,
    pub meeting_pack: String,
    pub quit: String,
    pub edit: String,
    pub undo: String,
    pub redo: String,
    pub cut: String,
    pub copy: String,
    pub paste: String,
    pub select_all: String,
    pub view: String,
    pub library: String,
    pub results: String,
    pub compare: String,
    pub briefing: String,
    pub full_screen: String,
    pub english: String,
    pub chinese: String,
    pub light: String,
    pub dark: String,
    pub system: String,
    pub help: String,
    pub method_notes: String,
    pub about: String,
}

/// Where chosen items go: the UI's channel, replaced each time it sets the menu.
#[derive(Default)]
pub struct MenuActions(Mutex<Option<Channel<String>>>);

impl MenuActions {
    /// Sends a chosen item's id to the UI.
    pub fn send(&self, id: &str) {
        let guard = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(channel) = guard.as_ref() {
            let _ = channel.send(id.to_owned());
        }
    }
}

fn build(app: &AppHandle, l: &MenuLabels) -> tauri::Result<Menu<Wry>> {
    let item = |id: &str, text: &str, keys: Option<&str>| {
        let builder = MenuItemBuilder::with_id(id, text);
        match keys {
            Some(keys) => builder.accelerator(keys),
            None => builder,
        }
        .build(app)
    };
    let file = SubmenuBuilder::new(app, &l.file)
        .item(&item("new_scenario", &l.new_scenario, Some("CmdOrCtrl+N"))?)
        .item(&item("open_library", &l.open_library, Some("CmdOrCtrl+O"))?)
        .item(&item("import", &l.import, Some("CmdOrCtrl+I"))?)
        .item(&item(
            "export_scenario",
            &l.export_scenario,
            Some("CmdOrCtrl+E"),
        )?)
        .item(&item("meeting_pack", &l.meeting_pack, Some("CmdOrCtrl+P"))?)
        .separator();
    // macOS's own Quit (Cmd+Q) ends in an exit request, which quitting.rs holds. GTK has no
    // predefined Quit (the item showed greyed out, with no Ctrl+Q), so elsewhere Quit is an
    // item of ours that asks the same question (`quit_from_menu`).
    #[cfg(target_os = "macos")]
    let file = file.quit_with_text(&l.quit).build()?;
    #[cfg(not(target_os = "macos"))]
    let file = file
        .item(&item(QUIT, &l.quit, Some("CmdOrCtrl+Q"))?)
        .build()?;
    // Undo and Redo are the UI's (the field being typed in, else the editors' steps: custom
    // items, as the predefined ones exist on macOS only); the clipboard is the platform's.
    let edit = SubmenuBuilder::new(app, &l.edit)
        .item(&item("undo", &l.undo, Some("CmdOrCtrl+Z"))?)
        .item(&item("redo", &l.redo, Some("CmdOrCtrl+Shift+Z"))?)
        .separator()
        .cut_with_text(&l.cut)
        .copy_with_text(&l.copy)
        .paste_with_text(&l.paste)
        .select_all_with_text(&l.select_all)
        .build()?;
    let view = SubmenuBuilder::new(app, &l.view)
        .item(&item("library", &l.library, Some("CmdOrCtrl+1"))?)
        .item(&item("results", &l.results, Some("CmdOrCtrl+2"))?)
        .item(&item("compare", &l.compare, Some("CmdOrCtrl+3"))?)
        .item(&item("briefing", &l.briefing, Some("CmdOrCtrl+4"))?)
        .item(&item("full_screen", &l.full_screen, Some("F11"))?)
        .separator()
        .item(&item("language_en", &l.english, None)?)
        .item(&item("language_zh", &l.chinese, None)?)
        .separator()
        .item(&item("theme_light", &l.light, None)?)
        .item(&item("theme_dark", &l.dark, None)?)
        .item(&item("theme_system", &l.system, None)?)
        .build()?;
    let help = SubmenuBuilder::new(app, &l.help)
        .item(&item("method_notes", &l.method_notes, None)?)
        .item(&item("about", &l.about, None)?)
        .build()?;
    MenuBuilder::new(app)
        .items(&[&file, &edit, &view, &help])
        .build()
}

/// Sets the menu bar in the UI's words (again whenever its language changes); chosen items
/// come back through `on_action` as their ids.
#[tauri::command]
#[specta::specta]
pub async fn set_menu(
    app: AppHandle,
    labels: MenuLabels,
    on_action: Channel<String>,
) -> Result<(), AppError> {
    let failed = |e: tauri::Error| {
        AppError::storage(
            Problem::new(
                ProblemCode::MenuFailed,
                format!("the menu could not be set: {e}"),
            )
            .with("detail", e),
        )
    };
    let menu = build(&app, &labels).map_err(failed)?;
    app.set_menu(menu).map_err(failed)?;
    *app.state::<MenuActions>()
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(on_action);
    Ok(())
}

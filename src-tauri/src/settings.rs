//! The app's own settings file (which library to open), in the OS's app-config folder.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Settings {
    /// The library the user last opened or created, when not the default one.
    pub library_path: Option<PathBuf>,
}

impl Settings {
    /// Reads the settings; a missing or unreadable file means the defaults (nothing is lost:
    /// the libraries themselves are untouched).
    pub fn load(file: &Path) -> Self {
        std::fs::read_to_string(file)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, file: &Path) -> std::io::Result<()> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        // Write then rename, so a crash never leaves half a settings file.
        let temp = file.with_extension("json.tmp");
        std::fs::write(&temp, text)?;
        std::fs::rename(temp, file)
    }
}

//! Help → About: which build this is, and the licences of what it bundles. Font licences ask
//! that their full text travel with the fonts; the app's other components are listed with
//! their licences (src-tauri/licences/components.json, made by `cargo xtask licences`).

use crate::AppError;
use fleet_ledger_report::fonts::FONT_LICENCES;
use serde::{Deserialize, Serialize};
use specta::Type;

/// What Help → About shows.
#[derive(Debug, Clone, Serialize, Type)]
pub struct AboutThisBuild {
    pub version: String,
    /// The commit the app was built from (12 hex digits), or "unknown" for a build outside a
    /// git checkout.
    pub commit: String,
    /// Fleet Ledger's own licence, then the fonts', in full.
    pub licences: Vec<BundledLicence>,
    /// Every library compiled or bundled into the app, with its licence.
    pub components: Vec<Component>,
}

#[derive(Debug, Clone, Serialize, Type)]
pub struct BundledLicence {
    /// What the licence covers, in the product's words (font names are not translated).
    pub covers: String,
    pub part: BundledPart,
    /// SPDX identifiers.
    pub licence: String,
    pub text: String,
}

/// Which part of the app a licence covers, for the UI to name in the user's language.
#[derive(Debug, Clone, Copy, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum BundledPart {
    App,
    ScreenFont,
    ReportFonts,
}

/// One library in the app: a Rust crate or an npm package of the UI.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct Component {
    pub name: String,
    pub version: String,
    pub licence: String,
    pub ecosystem: Ecosystem,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Ecosystem {
    Rust,
    Npm,
}

const COMPONENTS: &str = include_str!("../licences/components.json");

/// The font the screens draw Chinese in (@fontsource/noto-sans-sc, `ui/src/main.tsx`).
const SCREEN_FONT_LICENCE: &str = include_str!("../../ui/licences/noto-sans-sc.txt");

pub fn about_this_build() -> AboutThisBuild {
    let mut licences = vec![
        BundledLicence {
            covers: "Fleet Ledger".into(),
            part: BundledPart::App,
            licence: env!("CARGO_PKG_LICENSE").into(),
            text: include_str!("../../LICENSE").into(),
        },
        BundledLicence {
            covers: "Noto Sans SC (@fontsource/noto-sans-sc)".into(),
            part: BundledPart::ScreenFont,
            licence: "OFL-1.1".into(),
            text: SCREEN_FONT_LICENCE.into(),
        },
    ];
    licences.extend(FONT_LICENCES.iter().map(|font| BundledLicence {
        covers: font.fonts.into(),
        part: BundledPart::ReportFonts,
        licence: font.licence.into(),
        text: font.text.into(),
    }));
    AboutThisBuild {
        version: env!("CARGO_PKG_VERSION").into(),
        commit: env!("FLEET_LEDGER_COMMIT").into(),
        licences,
        // Checked against the build by a test; a damaged list is shown as none.
        components: serde_json::from_str(COMPONENTS).unwrap_or_default(),
    }
}

/// Help → About.
#[tauri::command]
#[specta::specta]
pub async fn about() -> Result<AboutThisBuild, AppError> {
    Ok(about_this_build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_names_the_version_and_the_commit_of_this_build() {
        let about = about_this_build();
        assert_eq!(about.version, env!("CARGO_PKG_VERSION"));
        let commit = &about.commit;
        let from_git = commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit());
        assert!(from_git || commit == "unknown", "{commit}");
    }

    #[test]
    fn about_carries_the_full_text_of_every_bundled_font_licence() {
        let about = about_this_build();
        let part = |p: &str| {
            about
                .licences
                .iter()
                .filter(|l| serde_json::to_value(l.part).unwrap() == p)
                .collect::<Vec<_>>()
        };
        assert!(part("app")[0].text.starts_with("MIT License"));
        assert!(part("screen_font")[0]
            .text
            .contains("SIL Open Font License, Version 1.1"));
        assert_eq!(part("report_fonts").len(), 2);
    }

    #[test]
    fn the_component_list_parses_and_names_the_app_s_own_libraries() {
        let components: Vec<Component> =
            serde_json::from_str(COMPONENTS).expect("licences/components.json");
        for name in [
            "tauri",
            "rust_decimal",
            "rusqlite",
            "typst",
            "react",
            "echarts",
        ] {
            assert!(
                components
                    .iter()
                    .any(|c| c.name == name && !c.licence.is_empty()),
                "{name} is missing or has no licence"
            );
        }
    }
}

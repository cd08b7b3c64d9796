//! The licences of the fonts the reports embed. Each licence asks that its text travel with
//! the fonts: Help → About shows these, and the packages carry them.

/// Fonts under one licence text.
pub struct FontLicence {
    pub fonts: &'static str,
    /// SPDX identifiers of the licences the text holds.
    pub licence: &'static str,
    pub text: &'static str,
}

/// Every font in the PDF reports (pdf.rs): the Noto Sans SC subset this crate ships, and
/// Typst's own fonts from typst-assets, whose NOTICE holds a licence per font family.
pub const FONT_LICENCES: [FontLicence; 2] = [
    FontLicence {
        fonts: "Noto Sans SC, GB 2312 subset",
        licence: "OFL-1.1",
        text: include_str!("../fonts/OFL-NotoSansSC.txt"),
    },
    FontLicence {
        fonts: "Libertinus Serif, New Computer Modern, DejaVu Sans Mono, Foxit base fonts (typst-assets 0.15.1)",
        licence: "OFL-1.1, GFL, GPL-3.0-or-later WITH Font-exception-2.0, Bitstream-Vera, BSD-3-Clause, CC0-1.0",
        text: include_str!("../fonts/NOTICE-typst-assets-0.15.1.txt"),
    },
];

#[cfg(test)]
mod tests {
    use super::FONT_LICENCES;

    #[test]
    fn the_typst_assets_notice_is_of_the_version_the_reports_embed() {
        let manifest = include_str!("../Cargo.toml");
        assert!(
            manifest.contains(r#"typst-assets = { version = "=0.15.1""#),
            "typst-assets was bumped: copy its NOTICE anew into fonts/ under its version"
        );
        assert!(FONT_LICENCES[1].fonts.contains("0.15.1"));
    }

    #[test]
    fn every_font_licence_holds_its_licence_text() {
        assert!(FONT_LICENCES[0]
            .text
            .contains("SIL Open Font License, Version 1.1"));
        let notice = FONT_LICENCES[1].text;
        for licence in [
            "SIL Open Font License",
            "GUST Font License",
            "Bitstream Vera",
        ] {
            assert!(notice.contains(licence), "{licence}");
        }
    }
}

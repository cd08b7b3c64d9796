//! User text as the meeting pack shows it: as written, and never able to disturb the page.
//!
//! - Bidirectional controls (U+202A–U+202E, U+2066–U+2069 and the marks) are dropped and
//!   text with right-to-left letters is isolated (FSI … PDI, Unicode UAX #9 §2.4), so a name
//!   with U+202E cannot reverse the page counter or the figures beside it.
//! - A character that no bundled font has (an emoji, a rare script) becomes U+FFFD, which
//!   DejaVu Sans Mono draws, instead of an empty box that looks like a blank.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms): text holding one is isolated.
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Every character some bundled font maps to a glyph.
fn covered() -> &'static HashSet<char> {
    static COVERED: OnceLock<HashSet<char>> = OnceLock::new();
    COVERED.get_or_init(|| {
        let mut chars = HashSet::new();
        for data in crate::pdf::bundled_fonts() {
            let Ok(face) = ttf_parser::Face::parse(data, 0) else {
                continue;
            };
            let Some(cmap) = face.tables().cmap else {
                continue;
            };
            for subtable in cmap.subtables.into_iter().filter(|t| t.is_unicode()) {
                subtable.codepoints(|code| {
                    if let Some(c) = char::from_u32(code) {
                        if subtable.glyph_index(code).is_some_and(|g| g.0 != 0) {
                            chars.insert(c);
                        }
                    }
                });
            }
        }
        chars
    })
}

/// `text` ready for the pack (see the module's rules); borrowed when nothing changes.
pub fn for_display(text: &str) -> Cow<'_, str> {
    let covered = covered();
    let plain = |c: char| c.is_ascii() && !c.is_ascii_control();
    if text.chars().all(plain) {
        return Cow::Borrowed(text);
    }
    let rtl = text.chars().any(is_right_to_left);
    let mut out = String::with_capacity(text.len() + 6);
    if rtl {
        out.push(FIRST_STRONG_ISOLATE);
    }
    for c in text.chars() {
        if is_bidi_control(c) {
            continue;
        }
        if c == '\n' || c == '\t' || plain(c) || covered.contains(&c) {
            out.push(c);
        } else if c.is_control() || is_default_ignorable(c) {
            // Zero-width joiners, variation selectors and the like draw nothing by design.
            continue;
        } else {
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
    if rtl {
        out.push(POP_DIRECTIONAL_ISOLATE);
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Characters meant to be invisible (Unicode's Default_Ignorable_Code_Point, the common ones).
fn is_default_ignorable(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0100}'..='\u{E01EF}')
}

/// Every string in a JSON document for the template, made ready for display in place.
pub(crate) fn prepare_strings(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            if let Cow::Owned(shown) = for_display(s) {
                *s = shown;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(prepare_strings),
        serde_json::Value::Object(map) => map.values_mut().for_each(prepare_strings),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_override_is_dropped_and_cannot_reach_the_rest_of_the_line() {
        assert_eq!(for_display("Plan \u{202E}2027"), "Plan 2027");
        assert_eq!(for_display("\u{2067}abc\u{2069}"), "abc");
    }

    #[test]
    fn right_to_left_names_are_isolated_from_the_figures_beside_them() {
        assert_eq!(for_display("תוכנית"), "\u{2068}תוכנית\u{2069}");
    }

    #[test]
    fn characters_no_bundled_font_has_become_a_visible_replacement() {
        assert_eq!(for_display("GPU 🚀 fleet"), "GPU \u{FFFD} fleet");
        assert!(covered().contains(&char::REPLACEMENT_CHARACTER));
    }

    #[test]
    fn latin_chinese_and_accents_are_kept_as_written() {
        for text in ["Über-Plan é", "机群 2027", "Plan A"] {
            assert_eq!(for_display(text), text);
        }
    }
}

//! serde's messages about a field, reworded for a finance user: what was given and what is
//! allowed, in plain words, never a Rust type name ("expected u32", "a Decimal type
//! representing a fixed-point number"), and never longer than a line whatever was given.

use crate::validation::{Expected, Issue, IssueCode};

/// How much of a given value a message quotes.
const QUOTED_CHARS: usize = 40;

/// `text` cut to [`QUOTED_CHARS`] characters, with an ellipsis when it was longer: user text
/// in a message must not make it grow with the input.
pub(crate) fn quoted(text: &str) -> String {
    cut(text, QUOTED_CHARS)
}

/// The first `max` characters of `text`, with an ellipsis when there were more.
fn cut(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// What serde expected, as a code of the catalog; `None` when serde named something the
/// catalog has no words for.
fn expected(expected: &str) -> Option<Expected> {
    let expected = expected.trim();
    Some(match expected {
        "u32" => Expected::WholeNumberU32,
        "u8" | "u16" | "u64" | "usize" | "i32" | "i64" => Expected::WholeNumber,
        "a string" => Expected::Text,
        "a boolean" => Expected::Boolean,
        "a sequence" => Expected::List,
        e if e.starts_with("struct ") || e == "a map" => Expected::Object,
        e if e.contains("Decimal") => Expected::DecimalText,
        _ => return None,
    })
}

/// serde_json's `integer `39000`` → the number `39000`, `string "x"` → the text `"x"`, cut
/// to a line: the code that says which kind was given, and what was written.
fn given(what: &str) -> (IssueCode, String) {
    let what = what.trim();
    if let Some(n) = what
        .strip_prefix("integer `")
        .or_else(|| what.strip_prefix("floating point `"))
    {
        (IssueCode::WrongTypeNumber, quoted(n.trim_end_matches('`')))
    } else if let Some(text) = what.strip_prefix("string ") {
        (IssueCode::WrongTypeText, quoted(text))
    } else {
        (IssueCode::WrongType, quoted(what))
    }
}

/// One serde message about a field as an issue of the catalog.
pub(crate) fn plain(message: &str) -> Issue {
    let message = message.split(" at line ").next().unwrap_or(message);
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((what, wanted)) = rest.split_once(", expected ") {
                if let Some(kind) = expected(wanted) {
                    let (code, raw) = given(what);
                    return Issue::new(code)
                        .with(crate::validation::issue::RAW, raw)
                        .with("expected", kind.key());
                }
            }
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((what, choices)) = rest.split_once(", expected ") {
            let choices = choices.replace('`', "");
            return Issue::new(IssueCode::UnknownChoice)
                .with("given", quoted(what))
                .with("choices", choices.trim_start_matches("one of "));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let known = known.replace('`', "");
        let known = known.trim_start_matches("one of ");
        return if known.is_empty() {
            Issue::new(IssueCode::UnknownField).with("field", quoted(field))
        } else {
            Issue::new(IssueCode::UnknownFieldOf)
                .with("field", quoted(field))
                .with("known", known)
        };
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return Issue::new(IssueCode::MissingField).with("field", field.replace('`', ""));
    }
    // Any other message, cut to a line so hostile input cannot make it long.
    Issue::new(IssueCode::Unreadable).with("detail", cut(message, 200))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_given_as_a_json_number_says_to_write_it_as_text() {
        assert_eq!(
            plain("invalid type: integer `39000`, expected a Decimal type representing a fixed-point number").english(),
            "is the number 39000; must be a decimal number written as text in double quotes, e.g. \"39000\" or \"0.12\""
        );
    }

    #[test]
    fn a_negative_whole_number_says_what_is_allowed() {
        assert_eq!(
            plain("invalid value: integer `-12`, expected u32").english(),
            "is the number -12; must be a whole number from 0 to 4,294,967,295"
        );
    }

    #[test]
    fn an_unknown_choice_lists_the_choices() {
        assert_eq!(
            plain("unknown variant `GBP`, expected one of `USD`, `CNY`, `EUR`").english(),
            "is `GBP`; must be one of USD, CNY, EUR"
        );
    }

    #[test]
    fn a_long_given_value_is_quoted_short() {
        let long = "x".repeat(40_000);
        let message = plain(&format!("invalid type: string \"{long}\", expected u32")).english();
        assert!(message.chars().count() < 120, "{message}");
        assert!(message.contains('…'));
    }
}

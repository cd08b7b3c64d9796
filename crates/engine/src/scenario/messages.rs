//! serde's messages about a field, reworded for a finance user: what was given and what is
//! allowed, in plain words, never a Rust type name ("expected u32", "a Decimal type
//! representing a fixed-point number"), and never longer than a line whatever was given.

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

/// What serde expected, in plain words.
fn allowed(expected: &str) -> String {
    let expected = expected.trim();
    match expected {
        "u32" => "a whole number from 0 to 4,294,967,295".into(),
        "u8" | "u16" | "u64" | "usize" | "i32" | "i64" => "a whole number".into(),
        "a string" => "text in double quotes".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list in square brackets [ ]".into(),
        e if e.starts_with("struct ") || e == "a map" => "an object in braces { }".into(),
        e if e.contains("Decimal") => {
            "a decimal number written as text in double quotes, e.g. \"39000\" or \"0.12\"".into()
        }
        e if e.starts_with("one of ") => format!("one of {}", e.trim_start_matches("one of ")),
        e => e.to_owned(),
    }
}

/// serde_json's `invalid type: integer `39000`` → `the number 39000`, cut to a line.
fn given(what: &str) -> String {
    let what = what.trim();
    let plain = if let Some(n) = what
        .strip_prefix("integer `")
        .or_else(|| what.strip_prefix("floating point `"))
    {
        format!("the number {}", n.trim_end_matches('`'))
    } else if let Some(text) = what.strip_prefix("string ") {
        format!("the text {}", text)
    } else {
        what.to_owned()
    };
    quoted(&plain)
}

/// Rewords one serde message about a field.
pub(crate) fn plain(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((what, expected)) = rest.split_once(", expected ") {
                return format!("is {}; must be {}", given(what), allowed(expected));
            }
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((what, expected)) = rest.split_once(", expected ") {
            return format!(
                "is {}; must be {}",
                quoted(what),
                allowed(&expected.replace('`', ""))
            );
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let known = known.replace('`', "");
        let known = known.trim_start_matches("one of ");
        return if known.is_empty() {
            format!("has a field Fleet Ledger does not know: {}", quoted(field))
        } else {
            format!(
                "has a field Fleet Ledger does not know: {}; the fields here are {known}",
                quoted(field)
            )
        };
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("lacks the required field {}", field.replace('`', ""));
    }
    // Any other message, cut to a line so hostile input cannot make it long.
    cut(message, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_given_as_a_json_number_says_to_write_it_as_text() {
        assert_eq!(
            plain("invalid type: integer `39000`, expected a Decimal type representing a fixed-point number"),
            "is the number 39000; must be a decimal number written as text in double quotes, e.g. \"39000\" or \"0.12\""
        );
    }

    #[test]
    fn a_negative_whole_number_says_what_is_allowed() {
        assert_eq!(
            plain("invalid value: integer `-12`, expected u32"),
            "is the number -12; must be a whole number from 0 to 4,294,967,295"
        );
    }

    #[test]
    fn an_unknown_choice_lists_the_choices() {
        assert_eq!(
            plain("unknown variant `GBP`, expected one of `USD`, `CNY`, `EUR`"),
            "is `GBP`; must be one of USD, CNY, EUR"
        );
    }

    #[test]
    fn a_long_given_value_is_quoted_short() {
        let long = "x".repeat(40_000);
        let message = plain(&format!("invalid type: string \"{long}\", expected u32"));
        assert!(message.chars().count() < 120, "{message}");
        assert!(message.contains('…'));
    }
}

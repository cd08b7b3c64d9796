//! CSV writing (RFC 4180) with formula-injection neutralisation.
//!
//! A spreadsheet treats a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a
//! formula; a scenario named `=HYPERLINK(…)` must not run one. Following OWASP's CSV injection
//! guidance, such text cells are prefixed with a single quote. Numbers are written as plain
//! decimal strings and never prefixed, so `-1250.00` stays a number.

use rust_decimal::Decimal;
use std::borrow::Cow;

/// One cell: user or label text, or an exact decimal number.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Text(&'a str),
    Number(Decimal),
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection).
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text as a spreadsheet should show it: prefixed with `'` when it would start a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_TRIGGERS.contains(&first) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Appends one record, quoting a field only when it holds a comma, quote or line break.
pub fn write_record(out: &mut String, cells: &[Cell<'_>]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match cell {
            Cell::Number(value) => out.push_str(&value.to_string()),
            Cell::Text(text) => {
                let text = neutralise(text);
                if text.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&text.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(&text);
                }
            }
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn record(cells: &[Cell<'_>]) -> String {
        let mut out = String::new();
        write_record(&mut out, cells);
        out
    }

    #[test]
    fn formula_like_text_is_neutralised_but_numbers_are_not() {
        let name = r#"=HYPERLINK("http://x","y")"#;
        let amount = Decimal::from_str("-1250.00").unwrap();
        assert_eq!(
            record(&[Cell::Text(name), Cell::Number(amount)]),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1250.00\r\n"
        );
        for text in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(text).starts_with('\''), "{text:?}");
        }
        assert_eq!(neutralise("H100 fleet"), "H100 fleet");
    }

    #[test]
    fn quotes_only_fields_that_need_it() {
        assert_eq!(
            record(&[Cell::Text("a,b"), Cell::Text("plain")]),
            "\"a,b\",plain\r\n"
        );
        assert_eq!(record(&[Cell::Text("two\nlines")]), "\"two\nlines\"\r\n");
    }
}

//! What can be wrong with a field, as a code and its parameters.
//!
//! The UI words an issue in the user's language from its own catalog, keyed by the code; the
//! CLI prints the English wording below. Both fill the same `{name}` placeholders from the
//! issue's parameters, so a message reads the same in every place that shows it.

use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::BTreeMap;

macro_rules! catalog {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident => $english:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
        #[serde(rename_all = "snake_case")]
        $vis enum $name { $($variant,)* }

        impl $name {
            /// Every code, in catalog order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The English wording, with `{name}` placeholders for the parameters.
            pub fn english(self) -> &'static str {
                match self { $($name::$variant => $english,)* }
            }

            /// The code as it crosses IPC and keys the UI's catalogs.
            pub fn key(self) -> String {
                serde_json::to_value(self)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            }
        }
    };
}

catalog! {
    /// One rule a field broke. The wording says what is allowed, in plain words.
    pub enum IssueCode {
        Required => "must not be empty",
        TooLong => "is {given} characters long; at most {max} are allowed",
        OneLine => "must be a single line without control characters",
        Duplicate => "must be unique; {value} appears twice",
        OutOfRange => "is {given}; must be between {min} and {max}{unit}",
        AtLeastOneMonth => "must be at least 1 month",
        AtLeastOne => "must be at least 1",
        GreaterThanZero => "must be greater than 0{unit}",
        NotNegative => "must not be negative",
        FractionBelowOne => "is {given}; must be a fraction from 0 up to (not including) 1, e.g. 0.21",
        DecliningFactor => "is {given}; must be greater than 0 and at most 10 (2 is double-declining)",
        DiscountRate => "is {given}; must be greater than -100 % and at most 1,000 % a year",
        PercentOpen => "is {given}; must be greater than 0 and less than 100",
        MonthOfYear => "is {given}; must be a month number from 1 (January) to 12 (December)",
        MonthInModel => "must be a month within the model, {first} to {last}",
        MonthInModelAfterInService => "must be a month within the model, after the cohort enters service",
        MonthInModelFromInService => "must be a month within the model, not before the cohort enters service",
        NotBeforeInService => "must not be before the cohort enters service",
        AfterInService => "must be after the month the cohort enters service",
        NotBeforeLaunch => "must not be before the launch",
        NotBeforeContractStart => "must not be before the contract's start",
        NeedsPoints => "must hold at least one dated point",
        AfterPreviousMonth => "must come after the previous point's month",
        OlderThanPrevious => "must be older than the previous point",
        UnknownSku => "is {given}; must name a GPU in the catalog ({known}; {count} in all)",
        EmptyCatalog => "is {given}; the catalog holds no GPU",
        NoPriceCurve => "has no rental price curve in market.price_curves for {sku}",
        NeedsUtilisation => "needs a utilisation curve for the {tier} tier in market.utilisation",
        TooManyPolicies => "names {given} policies; a comparison sets at most {max} side by side",
        NoPolicies => "name at least one book policy to compare",
        ComparedCount => "compares {given} scenarios; pick from {min} to {max}",
        CurrenciesDiffer => "is {given}, and the first scenario's is {base}: figures in different currencies are not compared",
        WholeYears => "must be a whole number of years (a multiple of 12) for this method",
        DbNeedsSalvage => "must be greater than 0 for Excel DB (its rate needs salvage / cost)",
        MacrsYears => "must be 3, 5 or 7 years for MACRS GDS",
        ReviseSomething => "must revise the useful life, the salvage value or the total hours",
        UnitsOfProductionOnly => "applies only to the units-of-production method",
        TooLargeForModel => "makes the scenario's capex, revenue and costs add up to about {total} over {months} months (cohort {cohort}: {quantity} GPUs), beyond the 1,000,000,000,000,000 the model can hold exactly; lower this value, the quantities or the horizon",
        DiscountTooLowForHorizon => "is {given}: over {months} months it would grow later cash flows more than a million-fold in present value; for this horizon it must be at least {lowest}",
        FormatVersion => "must be {version} for this version of Fleet Ledger",
        FormatVersionMissing => "is missing; a scenario file states its format version",
        FormatVersionNewer => "is {given}: the file was written by a newer Fleet Ledger (this version reads formats 1 to {max}); update Fleet Ledger to open it",
        WholeNumber => "must be a whole number",
        OneOrMore => "must be 1 or more",
        MonthFormat => "must be a month written YYYY-MM, e.g. 2026-01",
        NotAnObject => "must hold a JSON object (a scenario)",
        NotJson => "is not valid JSON ({detail})",
        NotUtf8 => "is not UTF-8 text (byte {byte} is not); save the file as UTF-8 JSON",
        FileTooLarge => "is {given} MB; a scenario file may be at most {max} MB",
        NotARegularFile => "must be a regular file; this is a folder, a device or a pipe",
        RegisterFormat => "is a .{given} file; a fleet register is read from a .csv, .tsv, .xlsx, .xlsm, .xls or .ods file",
        RegisterTooLong => "has {given} rows; a register may have at most {max}",
        Unreadable => "could not be read: {detail}",
        WrongType => "is {raw}; must be {expected}",
        WrongTypeNumber => "is the number {raw}; must be {expected}",
        WrongTypeText => "is the text {raw}; must be {expected}",
        UnknownChoice => "is {given}; must be one of {choices}",
        UnknownField => "has a field Fleet Ledger does not know: {field}",
        UnknownFieldOf => "has a field Fleet Ledger does not know: {field}; the fields here are {known}",
        MissingField => "lacks the required field {field}",
        MoreProblems => "has {count} more problems not listed; correct the ones above first",
        NotComputed => "could not be computed",
        ChooseScenarios => "choose one scenario, or two to four to compare",
        ChooseFormats => "choose at least one of PDF, XLSX and CSV",
    }
}

catalog! {
    /// The unit after a range's upper bound (`{unit}`); `none` for a plain number.
    pub enum Unit {
        None => "",
        Months => " months",
        Gpus => " GPUs",
        Years => " years",
        Kw => " kW",
        Mw => " MW",
        PerKwh => " per kWh",
        PerKwMonth => " per kW-month",
        KgPerKwh => " kg per kWh",
        Percent => " percent",
        PercentOfCost => " percent of cost (salvage above cost is not allowed)",
        PerYear => " a year",
        H100Relative => " (H100 = 1)",
        Shares => " shares",
        GpuHours => " GPU-hours",
    }
}

catalog! {
    /// What a file's field must hold (`{expected}`), when it held something of another kind.
    pub enum Expected {
        WholeNumberU32 => "a whole number from 0 to 4,294,967,295",
        WholeNumber => "a whole number",
        Text => "text in double quotes",
        Boolean => "true or false",
        List => "a list in square brackets [ ]",
        Object => "an object in braces { }",
        DecimalText => "a decimal number written as text in double quotes, e.g. \"39000\" or \"0.12\"",
    }
}

catalog! {
    /// A utilisation tier (`{tier}`).
    pub enum TierName {
        Training => "training",
        Inference => "inference",
        Other => "other",
    }
}

impl TierName {
    pub fn of(tier: crate::scenario::Tier) -> Self {
        match tier {
            crate::scenario::Tier::Training => Self::Training,
            crate::scenario::Tier::Inference => Self::Inference,
            crate::scenario::Tier::Other => Self::Other,
        }
    }
}

/// The parameter shown exactly as the file wrote it, never reformatted as a number.
pub const RAW: &str = "raw";

/// A smaller catalog's English words for one of its codes.
type Wording = fn(&str) -> Option<&'static str>;

/// The parameters whose values are codes of a smaller catalog, worded from it.
const CODED_PARAMS: [(&str, Wording); 3] = [
    ("unit", |k| find(Unit::ALL, k, |c| (c.key(), c.english()))),
    ("expected", |k| {
        find(Expected::ALL, k, |c| (c.key(), c.english()))
    }),
    ("tier", |k| {
        find(TierName::ALL, k, |c| (c.key(), c.english()))
    }),
];

fn find<T: Copy>(
    all: &[T],
    key: &str,
    entry: fn(T) -> (String, &'static str),
) -> Option<&'static str> {
    all.iter()
        .map(|c| entry(*c))
        .find(|(k, _)| k == key)
        .map(|(_, e)| e)
}

/// An issue before it is placed at a field: its code and parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub code: IssueCode,
    pub params: BTreeMap<String, String>,
}

impl Issue {
    pub fn new(code: IssueCode) -> Self {
        Self {
            code,
            params: BTreeMap::new(),
        }
    }

    /// Adds a parameter. Numbers are given plain (`1000000`, `-0.5`) and months as `YYYY-MM`,
    /// so each reader formats them for its language; a parameter named `raw` is text quoted
    /// from a file and shown exactly as written.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.params.insert(name.to_owned(), value.to_string());
        self
    }

    /// A range's bounds and the value given, with the unit after the upper bound.
    pub fn out_of_range(
        given: impl ToString,
        min: impl ToString,
        max: impl ToString,
        unit: Unit,
    ) -> Self {
        Self::new(IssueCode::OutOfRange)
            .with("given", given)
            .with("min", min)
            .with("max", max)
            .with("unit", unit.key())
    }

    /// The English sentence: the code's wording with every placeholder filled.
    pub fn english(&self) -> String {
        fill(self.code.english(), |name| {
            let value = self.params.get(name)?;
            Some(match CODED_PARAMS.iter().find(|(n, _)| *n == name) {
                Some((_, word)) => word(value).unwrap_or(value).to_owned(),
                None if name == RAW => value.clone(),
                None => english_number(value).unwrap_or_else(|| value.clone()),
            })
        })
    }
}

impl From<IssueCode> for Issue {
    fn from(code: IssueCode) -> Self {
        Self::new(code)
    }
}

/// `template` with each `{name}` replaced by `value(name)`; a placeholder without a value is
/// left as written (a test checks that every code's placeholders are given).
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let name = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        match value(name) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !name.is_empty())
        .collect()
}

/// A plain number written the English way: thousands grouped with commas (`1000000` →
/// `1,000,000`); anything else is not a number and is left to the caller.
fn english_number(value: &str) -> Option<String> {
    let (sign, digits) = match value.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", value),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let plain = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !plain {
        return None;
    }
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    Some(match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    })
}

/// The catalogs as the UI's English file holds them: `{"codes": {code: wording}, "units":
/// …, "expected": …, "tier": …}`. The UI's other languages translate the same keys.
pub fn catalog_json() -> String {
    fn section<T: Copy>(all: &[T], entry: fn(T) -> (String, &'static str)) -> serde_json::Value {
        all.iter()
            .map(|c| {
                let (k, e) = entry(*c);
                (k, serde_json::Value::from(e))
            })
            .collect::<serde_json::Map<_, _>>()
            .into()
    }
    let catalog = serde_json::json!({
        "codes": section(IssueCode::ALL, |c| (c.key(), c.english())),
        "unit": section(Unit::ALL, |c| (c.key(), c.english())),
        "expected": section(Expected::ALL, |c| (c.key(), c.english())),
        "tier": section(TierName::ALL, |c| (c.key(), c.english())),
    });
    serde_json::to_string_pretty(&catalog).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_is_worded_with_its_unit_and_english_thousands() {
        let issue = Issue::out_of_range("20000000", 1, 10_000_000, Unit::Gpus);
        assert_eq!(
            issue.english(),
            "is 20,000,000; must be between 1 and 10,000,000 GPUs"
        );
    }

    #[test]
    fn a_value_that_is_not_a_plain_number_is_quoted_as_given() {
        for text in ["2026-01", "1e5", "12.", "-", "H100"] {
            assert_eq!(english_number(text), None, "{text}");
        }
        assert_eq!(english_number("-1234.50").as_deref(), Some("-1,234.50"));
        assert_eq!(english_number("999").as_deref(), Some("999"));
    }

    #[test]
    fn every_code_has_a_distinct_key() {
        let keys: std::collections::HashSet<String> =
            IssueCode::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys.len(), IssueCode::ALL.len());
        assert!(keys.iter().all(|k| !k.is_empty()));
    }
}

//! Excel-compatible financial functions, for reconciling Fleet Ledger with a spreadsheet.
//!
//! Each function takes Excel's arguments in Excel's order with Excel's defaults and answers
//! what Excel answers, including its error values. They compute in `f64`, as Excel does, because
//! their purpose is to agree with Excel to 1e-9; the engine's own schedules compute money in
//! `Decimal` and are checked against these functions in tests.
//!
//! Sources: Microsoft's documentation of SLN, SYD, DDB, DB, VDB, NPV, IRR, XNPV, XIRR, PMT, PV
//! and FV (support.microsoft.com, "Excel functions").

mod depreciation;
pub mod formula;
mod rates;
mod time_value;

pub use depreciation::{db, ddb, sln, syd, vdb};
pub use rates::{irr, xirr, xnpv};
pub use time_value::{fv, npv, pmt, pv};

use std::fmt;

/// Excel's error values, with the argument and rule that produced them for a human reader.
#[derive(Debug, Clone, PartialEq)]
pub struct ExcelError {
    pub kind: ExcelErrorKind,
    /// Which argument broke which rule, e.g. "life must be greater than 0".
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcelErrorKind {
    /// `#NUM!`: an argument out of its domain, or an iteration that found no answer.
    Num,
    /// `#VALUE!`: an argument of the wrong type.
    Value,
    /// `#DIV/0!`: a division by zero.
    Div0,
}

impl ExcelErrorKind {
    /// The literal Excel shows in the cell.
    pub fn literal(self) -> &'static str {
        match self {
            ExcelErrorKind::Num => "#NUM!",
            ExcelErrorKind::Value => "#VALUE!",
            ExcelErrorKind::Div0 => "#DIV/0!",
        }
    }
}

impl ExcelError {
    pub fn num(reason: impl Into<String>) -> Self {
        Self {
            kind: ExcelErrorKind::Num,
            reason: reason.into(),
        }
    }
    pub fn value(reason: impl Into<String>) -> Self {
        Self {
            kind: ExcelErrorKind::Value,
            reason: reason.into(),
        }
    }
    pub fn div0(reason: impl Into<String>) -> Self {
        Self {
            kind: ExcelErrorKind::Div0,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ExcelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.kind.literal(), self.reason)
    }
}

impl std::error::Error for ExcelError {}

pub type ExcelResult = Result<f64, ExcelError>;

/// Fails with `#NUM!` naming `name` unless `ok`.
fn require(ok: bool, reason: &str) -> Result<(), ExcelError> {
    if ok {
        Ok(())
    } else {
        Err(ExcelError::num(reason))
    }
}

/// A finite result, or `#NUM!` when the arithmetic overflowed as Excel's would.
fn finite(value: f64) -> ExcelResult {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ExcelError::num("the result is too large to represent"))
    }
}

//! Fleet Ledger's engine: the domain of a GPU fleet and the accounting rules applied to it.
//!
//! This crate is pure computation. It does no IO and knows nothing of Tauri or SQLite, so the
//! desktop app, the `fleet-ledger` CLI and the benchmarks all run the same rules, and the crate
//! builds and tests in seconds on a machine without WebKit.

pub mod analysis;
pub mod book;
pub mod calendar;
pub mod excel;
pub mod fleet;
pub mod impairment;
pub mod money;
pub mod reference;
pub mod scenario;
pub mod tax;
pub mod validation;
pub mod valuation;

pub use calendar::YearMonth;
pub use scenario::{Currency, Scenario};
pub use validation::{FieldIssue, ValidationErrors};

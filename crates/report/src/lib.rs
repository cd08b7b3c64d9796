//! Fleet Ledger's exports: what leaves the laptop. Reports render from the engine's result
//! structs; user text enters every format as data, never as markup or formula.

pub mod charts;
pub mod csv;
pub mod deck;
pub mod export;
pub mod fonts;
pub mod glossary;
pub mod i18n;
pub mod pack;
pub mod pdf;
pub mod run;
pub mod schedule_csv;
pub mod text;
pub mod xlsx;

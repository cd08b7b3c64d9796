//! Tauri commands. Each is async so that Tauri runs it off the UI thread, parses its
//! arguments, calls the store, and maps errors to [`crate::AppError`].

pub mod briefing;
pub mod comparison;
pub mod files;
pub mod library;
pub mod reference;
pub mod reports;
pub mod results;
pub mod scenarios;
pub mod working_copy;

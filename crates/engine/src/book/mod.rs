//! The book (financial-reporting) depreciation of a cohort: its policy, its monthly schedule,
//! changes in estimate (ASC 250-10-45-17, IAS 8.36) and their disclosure (ASC 250-10-50-4).

mod asset_time;
mod asset_years;
mod cents_curve;
pub mod disclosure;
mod policy;
mod schedule;

pub use asset_years::DepreciationCurve;
pub use policy::{BookPolicy, ChangeInEstimate, Convention, DepreciationMethod};
pub use schedule::{book_schedule, BookInputs, BookMonth, BookSchedule, ValueEvent};
pub(crate) use schedule::{without_events, BookRun, FixedBookMonth, Revaluation};

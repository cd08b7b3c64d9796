//! Hyperscalers' useful-life changes and their disclosed effects (PRODUCT.md §4), for the
//! policy-comparison screens and reports. Amounts in billions of US dollars as disclosed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type, JsonSchema)]
pub struct UsefulLifeChange {
    pub company: String,
    pub change: String,
    pub effective: String,
    pub disclosed_effect: String,
    /// The useful life, in months, the change moved the company's servers to (or kept them
    /// at): what a user picking a book life after this precedent would enter.
    pub life_months: u32,
    pub source: String,
}

fn row(
    company: &str,
    change: &str,
    effective: &str,
    effect: &str,
    life_months: u32,
) -> UsefulLifeChange {
    UsefulLifeChange {
        company: company.into(),
        change: change.into(),
        effective: effective.into(),
        disclosed_effect: effect.into(),
        life_months,
        source: format!("{company} annual/quarterly filings as summarised in PRODUCT.md §4; verify before relying"),
    }
}

pub fn useful_life_changes() -> Vec<UsefulLifeChange> {
    vec![
        row(
            "Microsoft",
            "servers and network equipment 4 → 6 years",
            "FY2023",
            "operating income +3.7B in FY2023",
            72,
        ),
        row(
            "Alphabet",
            "servers 4 → 6 years, network 5 → 6 years",
            "2023",
            "depreciation −3.9B, net income +3.0B in 2023",
            72,
        ),
        row(
            "Amazon",
            "servers 4 → 5 years",
            "2022",
            "Q1 2022 depreciation −0.973B, net income +0.769B",
            60,
        ),
        row(
            "Amazon",
            "servers 5 → 6 years",
            "2024",
            "about +0.9B operating income in Q1 2024",
            72,
        ),
        row(
            "Amazon",
            "a subset of servers 6 → 5 years",
            "2025",
            "operating income −0.7B in 2025",
            60,
        ),
        row(
            "Meta",
            "servers and network → 5.5 years",
            "2025",
            "depreciation −2.9B in 2025",
            66,
        ),
        row(
            "Oracle",
            "servers 4 → 5 years",
            "FY2023",
            "operating income +0.131B a quarter",
            60,
        ),
        row(
            "CoreWeave",
            "technology equipment 5 → 6 years",
            "2023",
            "not quantified",
            72,
        ),
        row("Nebius", "keeps 4 years for GPUs", "—", "—", 48),
    ]
}

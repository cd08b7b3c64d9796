//! The analyses that answer the product's questions (PRODUCT.md §2.3), all built on
//! [`crate::fleet::simulate`].

mod breakeven;
mod briefing;
mod composition;
mod depreciation_by_cohort;
mod economic_life;
mod economic_value;
mod energy;
mod estimate_changes;
mod impairment_outcomes;
mod live;
mod margin_by_age;
mod policy_comparison;
mod price_curves;
mod results;
mod scenario_comparison;
mod sensitivity;
mod sensitivity_answers;
mod summary;
mod watch;

pub use breakeven::{break_even, BreakEven, BreakEvenTarget, BreakEvenVariable};
pub use briefing::{
    comparison_findings, scenario_findings, Headline, HeadlineCode, HeadlineValue, SlideFinding,
    SlideKind, COMPARISON_SLIDES, GPT4_TRAINING_MWH, SCENARIO_SLIDES,
};
pub use composition::{fleet_composition, CompositionYear, FleetComposition, TIERS};
pub use depreciation_by_cohort::{
    depreciation_by_cohort, CohortRowLabel, DepreciationByCohort, DepreciationRow,
};
pub use economic_life::{economic_lives, EconomicLife};
pub use economic_value::{book_and_economic_value, BookAndEconomicValue};
pub use energy::{energy_summary, EnergySummary, HOUSEHOLD_KWH_PER_DAY};
pub use estimate_changes::{estimate_change_disclosures, EstimateChangeDisclosure};
pub use impairment_outcomes::{
    impairment_outcomes, FailedTest, FailedTestGroup, FailedTests, ImpairmentOutcomes,
};
pub use live::{live_figures, LiveFigures};
pub use margin_by_age::{margin_by_age, AgeYear, MarginByAge};
pub use policy_comparison::{
    compare_policies, compared_policies, PolicyComparison, PolicyYear,
    STANDARD_COMPARED_LIVES_YEARS,
};
pub use price_curves::{price_curves_by_month, CurveByMonth, PriceCurvesByMonth};
pub use results::{scenario_results, ScenarioResults, MAX_LISTED_COHORTS};
pub use scenario_comparison::{
    compare_scenarios, ComparedFigure, ComparedScenario, ComparedYear, FigureRow, Judgement,
    ScenarioComparison, COMPARED_FIGURES, MAX_COMPARED_SCENARIOS, MIN_COMPARED_SCENARIOS,
};
pub use sensitivity::{tornado, Driver, TornadoBar};
pub use sensitivity_answers::{
    sensitivity_answers, sensitivity_answers_watched, SensitivityAnswers, DEFAULT_SWING_PERCENT,
    SENSITIVITY_STEPS,
};
pub use summary::{
    compare_figures, key_figures, summarise, summarise_fleet, FigureComparison, FigureDeltas,
    KeyFigures,
};
pub use watch::Watch;

//! Every result of one scenario the product shows, computed once: the key figures, the
//! fiscal years, the policy comparison, economic lives, the per-hour picture by age, the
//! fleet's make-up, depreciation by cohort, the impairment tests, book against economic value,
//! the disclosures and (when asked for) the sensitivity answers. The screens, the meeting
//! pack, the workbook and the CSV all read these views and lay them out; none computes a
//! figure of its own. Labels are data: a fiscal year is its year, a policy its BookPolicy.

use super::{
    book_and_economic_value, compare_policies, compared_policies, depreciation_by_cohort,
    economic_lives, estimate_change_disclosures, fleet_composition, impairment_outcomes,
    margin_by_age, sensitivity_answers, summarise, BookAndEconomicValue, DepreciationByCohort,
    EconomicLife, EstimateChangeDisclosure, FleetComposition, ImpairmentOutcomes, KeyFigures,
    MarginByAge, PolicyComparison, SensitivityAnswers,
};
use crate::calendar::FiscalCalendar;
use crate::fleet::{by_fiscal_year, simulate, FleetResult, Period};
use crate::scenario::{Currency, Scenario};
use crate::validation::{IssueCode, ValidationErrors};
use rust_decimal::Decimal;
use serde::Serialize;
use specta::Type;

/// Most cohorts a per-cohort view lists; past this it is summed by GPU and vintage (a
/// 10,000-cohort fleet would otherwise fill hundreds of pages no one reads), and the monthly
/// schedule keeps every cohort.
pub const MAX_LISTED_COHORTS: usize = 40;

#[derive(Debug, Serialize, Type)]
pub struct ScenarioResults {
    /// The scenario's name and currency, which the screens head their figures with. The
    /// scenario itself stays in Rust: it is most of the answer's size and the screens read
    /// none of it (results.json writes it beside the views).
    pub name: String,
    pub currency: Currency,
    /// How many cohorts the scenario holds: the per-cohort views a screen receives may list
    /// fewer ([`ScenarioResults::for_screen`]).
    pub cohort_count: u32,
    #[serde(skip)]
    #[specta(skip)]
    pub scenario: Scenario,
    pub summary: KeyFigures,
    pub fiscal_years: Vec<Period>,
    pub policy_comparison: PolicyComparison,
    pub economic_lives: Vec<EconomicLife>,
    pub book_and_economic_value: Vec<BookAndEconomicValue>,
    /// The ASC 250-10-50-4 disclosure of each fiscal year in which one of the scenario's own
    /// changes in estimate takes effect.
    pub estimate_changes: Vec<EstimateChangeDisclosure>,
    /// Margin and depreciation per GPU-hour by year of service, for the first
    /// [`MAX_LISTED_COHORTS`] cohorts.
    pub margin_by_age: Vec<MarginByAge>,
    pub composition: FleetComposition,
    pub depreciation_by_cohort: DepreciationByCohort,
    pub impairment: ImpairmentOutcomes,
    /// The tornado and break-even answers, when asked for ([`ScenarioResults::with_sensitivity`]):
    /// they run the model dozens of times, so a quick export can leave them out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<SensitivityAnswers>,
    /// Every cohort's months (the monthly schedule reads them).
    #[serde(skip)]
    #[specta(skip)]
    pub result: FleetResult,
    /// The scenario's fiscal calendar, which every period follows.
    #[serde(skip)]
    #[specta(skip)]
    pub fiscal: FiscalCalendar,
}

/// Runs the scenario and every analysis of it.
///
/// The views read the run and not each other, so they are worked out on two threads: the
/// policy comparison (which books the fleet again under each policy) and the economic lives on
/// one, the rest on the caller's. Opening a 1,000-cohort scenario waits for the longer half
/// only (docs/PERFORMANCE.md).
pub fn scenario_results(scenario: &Scenario) -> Result<ScenarioResults, ValidationErrors> {
    let result = simulate(scenario)?;
    let fiscal = scenario.fiscal_calendar()?;
    let (policy_comparison, economic_lives, rest) = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            (
                compare_policies(scenario, &compared_policies(scenario)),
                economic_lives(scenario, &result),
            )
        });
        let rest = (
            book_and_economic_value(scenario, &result),
            fleet_composition(scenario, &result, fiscal),
            depreciation_by_cohort(scenario, &result, fiscal),
        );
        let (comparison, lives) = other.join().unwrap_or_else(|_| {
            let failed = ValidationErrors::single("scenario", IssueCode::NotComputed);
            (Err(failed), Vec::new())
        });
        (comparison, lives, rest)
    });
    let (book_and_economic_value, composition, depreciation_by_cohort) = rest;
    Ok(ScenarioResults {
        summary: summarise(scenario, &result)?,
        fiscal_years: by_fiscal_year(&result.fleet, fiscal),
        policy_comparison: policy_comparison?,
        economic_lives,
        book_and_economic_value: book_and_economic_value?,
        estimate_changes: estimate_change_disclosures(scenario, &result.fleet)?,
        margin_by_age: margin_by_age(scenario, &result, MAX_LISTED_COHORTS),
        composition,
        depreciation_by_cohort,
        impairment: impairment_outcomes(scenario, &result, fiscal),
        sensitivity: None,
        name: scenario.name.clone(),
        currency: scenario.currency,
        cohort_count: scenario.cohorts.len() as u32,
        scenario: scenario.clone(),
        result,
        fiscal,
    })
}

impl ScenarioResults {
    /// The results with the tornado (± `percent` of every driver) and break-even answers.
    pub fn with_sensitivity(mut self, percent: Decimal) -> Result<Self, ValidationErrors> {
        self.sensitivity = Some(sensitivity_answers(&self.scenario, percent)?);
        Ok(self)
    }

    /// The results as a screen shows them: the economic lives of the first
    /// [`MAX_LISTED_COHORTS`] cohorts only (the workbook and the CSV list every cohort). A
    /// 1,000-cohort fleet's other 960 rows were a fifth of the answer the screen waited for.
    pub fn for_screen(mut self) -> Self {
        self.economic_lives.truncate(MAX_LISTED_COHORTS);
        self
    }

    /// results.json: the scenario and every view of it, money as strings.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct ResultsFile<'a> {
            scenario: &'a Scenario,
            #[serde(flatten)]
            views: &'a ScenarioResults,
        }
        serde_json::to_string_pretty(&ResultsFile {
            scenario: &self.scenario,
            views: self,
        })
        .unwrap_or_default()
    }
}

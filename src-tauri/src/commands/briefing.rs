//! The briefing (issue 18): a deck built from one scenario's saved version or from a
//! comparison's, the findings of its slides in the engine's words, the deck saved with the
//! scenario, and full screen for presenting it.

use super::comparison::{column_names, open_saved, saved_minutes};
use super::reports::{export_folder, file_stem};
use super::results::not_computed;
use crate::error::{Problem, ProblemCode};
use crate::library::LibraryState;
use crate::AppError;
use fleet_ledger_engine::analysis::{
    compare_scenarios, comparison_findings, scenario_findings, scenario_results,
    ScenarioComparison, ScenarioResults, SlideFinding,
};
use fleet_ledger_engine::scenario::Scenario;
use fleet_ledger_report::deck::{deck_pdf, DeckRequest, DeckSource};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_store::{ComparedItem, Deck, VersionSummary};
use serde::Serialize;
use specta::Type;
use tauri::State;

/// What a deck shows, computed from the versions it is frozen to: a scenario's results or a
/// comparison, and the finding of each slide either offers.
#[derive(Debug, Serialize, Type)]
pub struct Briefing {
    /// The versions the figures come from, in the deck's order (the first the base).
    pub versions: Vec<VersionSummary>,
    pub scenario: Option<ScenarioResults>,
    pub comparison: Option<ScenarioComparison>,
    pub findings: Vec<SlideFinding>,
}

/// What a deck's versions show: one scenario's results (every cohort) or a comparison, and
/// the finding of each slide (boxed: a scenario's results are far larger than a comparison).
enum Shown {
    Scenario(Box<ScenarioResults>),
    Comparison(ScenarioComparison),
}

fn shown(scenarios: &[Scenario]) -> Result<(Shown, Vec<SlideFinding>), AppError> {
    let invalid = |e: fleet_ledger_engine::ValidationErrors| AppError::Invalid { issues: e.issues };
    match scenarios {
        [one] => {
            let results = scenario_results(one).map_err(invalid)?;
            let findings = scenario_findings(&results);
            Ok((Shown::Scenario(Box::new(results)), findings))
        }
        many => {
            let comparison = compare_scenarios(many).map_err(invalid)?;
            let findings = comparison_findings(&comparison);
            Ok((Shown::Comparison(comparison), findings))
        }
    }
}

/// The briefing of one item (a scenario's briefing) or of two to four (a comparison's), each
/// item's saved version or else its current one; the answer names the versions used, which
/// the deck is frozen to.
#[tauri::command]
#[specta::specta]
pub async fn briefing(
    library: State<'_, LibraryState>,
    items: Vec<ComparedItem>,
) -> Result<Briefing, AppError> {
    let stored = library.with(|lib| open_saved(lib, &items))?;
    let versions = stored.iter().map(|s| s.version.clone()).collect();
    let scenarios: Vec<_> = stored.into_iter().map(|s| s.scenario).collect();
    let (shown, findings) = tauri::async_runtime::spawn_blocking(move || shown(&scenarios))
        .await
        .map_err(|_| not_computed())??;
    let (scenario, comparison) = match shown {
        // Findings read every cohort; the screen's copy lists the first ones.
        Shown::Scenario(r) => (Some(r.for_screen()), None),
        Shown::Comparison(c) => (None, Some(c)),
    };
    Ok(Briefing {
        versions,
        scenario,
        comparison,
        findings,
    })
}

/// Saves `deck` with scenario `scenario_id` (a comparison's deck with its base scenario).
#[tauri::command]
#[specta::specta]
pub async fn save_deck(
    library: State<'_, LibraryState>,
    scenario_id: String,
    deck: Deck,
) -> Result<(), AppError> {
    library.with(|lib| lib.save_deck(&scenario_id, &deck))
}

/// The deck saved with scenario `scenario_id`, if any.
#[tauri::command]
#[specta::specta]
pub async fn saved_deck(
    library: State<'_, LibraryState>,
    scenario_id: String,
) -> Result<Option<Deck>, AppError> {
    library.with(|lib| lib.saved_deck(&scenario_id))
}

/// Puts the window in or out of full screen for presenting. An app command rather than the
/// window permission, so the web view is granted nothing beyond this one switch.
#[tauri::command]
#[specta::specta]
pub async fn set_full_screen(window: tauri::WebviewWindow, on: bool) -> Result<(), AppError> {
    window.set_fullscreen(on).map_err(|e| {
        let problem = Problem::new(
            ProblemCode::FullScreenFailed,
            format!("full screen could not be switched: {e}"),
        );
        AppError::storage(problem.with("detail", e))
    })
}

/// Writes `deck` as a PDF, a cover and a page a slide, in `language`, into the folder the user
/// chooses (the meeting pack's); the file's path, or none when the user cancels.
#[tauri::command]
#[specta::specta]
pub async fn export_deck(
    app: tauri::AppHandle,
    library: State<'_, LibraryState>,
    deck: Deck,
    language: Language,
    parentheses: bool,
) -> Result<Option<String>, AppError> {
    let stored = library.with(|lib| open_saved(lib, &deck.items))?;
    let Some(folder) = export_folder(&app)? else {
        return Ok(None);
    };
    let saved = saved_minutes(&stored);
    let names = column_names(&stored);
    let stem = format!("{} briefing", file_stem(&names.join(" vs ")));
    let scenarios: Vec<_> = stored.into_iter().map(|s| s.scenario).collect();
    let pdf = tauri::async_runtime::spawn_blocking(move || {
        let (shown, findings) = shown(&scenarios)?;
        let source = match &shown {
            Shown::Scenario(r) => DeckSource::Scenario(r),
            Shown::Comparison(c) => DeckSource::Comparison(c),
        };
        let request = DeckRequest {
            source,
            findings: &findings,
            slides: &deck.slides,
            names,
            saved,
            language,
            numbers: NumberStyle { parentheses },
        };
        deck_pdf(&request).map_err(|e| {
            AppError::storage(
                Problem::new(ProblemCode::ReportFailed, e.to_string()).with("detail", e),
            )
        })
    })
    .await
    .map_err(|_| not_computed())??;
    let path = folder.join(format!("{stem}.pdf"));
    std::fs::write(&path, pdf).map_err(|e| AppError::storage(Problem::write_failed(&path, e)))?;
    Ok(Some(path.display().to_string()))
}

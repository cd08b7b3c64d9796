//! The table pages: P&L and cash flow by fiscal year, depreciation by cohort, the failed
//! impairment tests, and EBIT under each book life.

use super::{Section, Writer};
use crate::glossary::{sentences, Term};
use crate::run::ScenarioResults;
use fleet_ledger_engine::analysis::{CohortRowLabel, FailedTests};
use fleet_ledger_engine::fleet::TestTrigger;

pub(super) fn table_sections(w: &mut Writer, r: &ScenarioResults) {
    let s = &r.scenario;
    let lang = w.o.language;
    let years = &r.fiscal_years;
    let pc = &r.policy_comparison;
    w.sections.push(Section::PageBreak);
    let columns = [
        w.term(Term::FiscalYear),
        w.term(Term::Revenue),
        w.term(Term::CashCost),
        w.term(Term::ContributionMargin),
        w.term(Term::Depreciation),
        w.term(Term::Impairment),
        w.term(Term::DisposalGain),
        w.term(Term::Ebit),
        w.term(Term::TaxPaid),
        w.term(Term::Capex),
        w.term(Term::FreeCashFlow),
    ];
    let rows = years
        .iter()
        .map(|y| {
            let t = &y.totals;
            vec![
                lang.fiscal_year(y.fiscal_year),
                w.k(t.revenue),
                w.k(t.cash_cost),
                w.k(t.contribution_margin),
                w.k(t.book_depreciation),
                w.k(t.impairment - t.impairment_reversal),
                w.k(t.disposal_gain),
                w.k(t.ebit),
                w.k(t.tax_paid),
                w.k(t.capex),
                w.k(t.free_cash_flow),
            ]
        })
        .collect();
    w.sections.push(Section::Table {
        title: w.term(Term::ProfitAndLossTitle).to_owned(),
        note: w.unit_note(),
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    });

    let by_cohort = &r.depreciation_by_cohort;
    let mut columns = vec![
        w.term(Term::Cohort).to_owned(),
        w.term(Term::Cost).to_owned(),
        w.term(Term::BookLifeMonths).to_owned(),
    ];
    columns.extend(by_cohort.fiscal_years.iter().map(|y| lang.fiscal_year(*y)));
    let rows = by_cohort
        .rows
        .iter()
        .map(|row| {
            let label = match &row.label {
                CohortRowLabel::Cohort { id } => id.clone(),
                CohortRowLabel::Group {
                    sku,
                    vintage,
                    cohorts,
                } => lang.cohort_group(sku, *vintage, *cohorts),
            };
            let life = if row.shortest_life_months == row.longest_life_months {
                row.shortest_life_months.to_string()
            } else {
                format!("{}–{}", row.shortest_life_months, row.longest_life_months)
            };
            let mut cells = vec![label, w.k(row.cost), life];
            cells.extend(row.by_fiscal_year.iter().map(|d| w.k(*d)));
            cells
        })
        .collect();
    let listed = !by_cohort.grouped;
    w.sections.push(Section::Table {
        title: if listed {
            w.term(Term::DepreciationByCohort).to_owned()
        } else {
            w.term(Term::DepreciationByGroupTitle).to_owned()
        },
        note: if listed {
            w.unit_note()
        } else {
            summarised_note(w, s.cohorts.len())
        },
        columns,
        rows,
    });

    let trigger_label = |trigger: TestTrigger| match trigger {
        TestTrigger::FiscalYearEnd => w.term(Term::YearEnd),
        TestTrigger::PriceDrop => w.term(Term::PriceDrop),
        TestTrigger::NegativeMargin => w.term(Term::NegativeMargin),
    };
    let (columns, tests): (Vec<&str>, Vec<Vec<String>>) = match &r.impairment.failed {
        FailedTests::Listed { tests } => {
            let rows = tests
                .iter()
                .map(|t| {
                    vec![
                        t.cohort_id.clone(),
                        lang.month(t.month),
                        trigger_label(t.trigger).to_owned(),
                        w.k(t.carrying_amount),
                        w.k(t.recoverability_measure),
                        w.k(t.loss),
                    ]
                })
                .collect();
            let columns = vec![
                w.term(Term::Cohort),
                w.term(Term::Month),
                w.term(Term::Trigger),
                w.term(Term::CarryingAmount),
                w.term(Term::RecoverabilityMeasure),
                w.term(Term::Loss),
            ];
            (columns, rows)
        }
        FailedTests::Grouped { groups } => {
            let rows = groups
                .iter()
                .map(|g| {
                    vec![
                        format!("{} {}", g.sku, g.vintage),
                        lang.fiscal_year(g.fiscal_year),
                        g.failed_tests.to_string(),
                        w.k(g.carrying_amount),
                        w.k(g.loss),
                    ]
                })
                .collect();
            let columns = vec![
                w.term(Term::GpuAndYearInService),
                w.term(Term::FiscalYear),
                w.term(Term::FailedTests),
                w.term(Term::CarryingAmount),
                w.term(Term::Loss),
            ];
            (columns, rows)
        }
    };
    let passed = r.impairment.passed;
    let note = sentences::passed_tests_note(lang, &w.unit_note(), passed);
    w.sections.push(Section::Table {
        title: w.term(Term::ImpairmentTestsThatFailed).to_owned(),
        note,
        columns: columns.into_iter().map(str::to_owned).collect(),
        rows: tests,
    });

    let mut columns = vec![w.term(Term::FiscalYear).to_owned()];
    columns.extend(
        pc.policies
            .iter()
            .map(|p| format!("EBIT {}", lang.book_policy(p))),
    );
    columns.push(w.term(Term::DifferenceLongestVsShortest).to_owned());
    columns.push(w.term(Term::PercentOfEbit).to_owned());
    let last = pc.policies.len().saturating_sub(1);
    let rows = pc
        .years
        .iter()
        .chain(std::iter::once(&pc.cumulative))
        .map(|y| {
            let mut row = vec![lang.fiscal_year_or_cumulative(y.fiscal_year)];
            row.extend(y.ebit.iter().map(|e| w.k(*e)));
            row.push(w.k(y.ebit_difference[last]));
            row.push(
                y.difference_percent_of_ebit[last]
                    .map_or("—".into(), |p| format!("{}%", w.o.numbers.number(p, 1))),
            );
            row
        })
        .collect();
    w.sections.push(Section::Table {
        title: w.term(Term::EbitUnderEachBookLifeTitle).to_owned(),
        note: w.unit_note(),
        columns,
        rows,
    });
}

fn summarised_note(w: &Writer, cohorts: usize) -> String {
    sentences::summarised_note(w.o.language, &w.unit_note(), cohorts)
}

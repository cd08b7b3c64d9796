//! Reports as a reader gets them: PDFs read back with poppler's pdftotext/pdfinfo/pdffonts,
//! workbooks read back with calamine, CSV parsed back to exact decimals.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use fleet_ledger_engine::analysis::compare_figures;
use fleet_ledger_engine::reference::{example, example_names};
use fleet_ledger_report::i18n::{Language, NumberStyle};
use fleet_ledger_report::pack::{comparison_pack, scenario_pack, PackOptions, PackSections};
use fleet_ledger_report::pdf::render_pdf;
use fleet_ledger_report::run::{comparison_csv, scenario_results, schedule_csv, ScenarioResults};
use fleet_ledger_report::xlsx::{workbook, FISCAL_YEARS_SHEET};
use rust_decimal::Decimal;
use std::path::Path;
use std::process::Command;

fn options(language: Language) -> PackOptions {
    PackOptions {
        language,
        numbers: NumberStyle { parentheses: false },
        date: "2026-11-28".into(),
        sections: PackSections::ALL,
    }
}

/// Runs a poppler tool on `pdf` and returns its output.
fn poppler(tool: &str, pdf: &Path) -> String {
    let mut cmd = Command::new(tool);
    if tool == "pdftotext" {
        cmd.args(["-layout"]).arg(pdf).arg("-");
    } else {
        cmd.arg(pdf);
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("{tool} is needed (Debian poppler-utils; `cargo xtask test` installs it): {e}")
    });
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(pdf: &Path) -> u32 {
    poppler("pdfinfo", pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap()
}

fn write_pdf(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn check_pack(report: &ScenarioResults, text: &str, language: Language) {
    let n = NumberStyle { parentheses: false };
    // Key figures appear exactly as the engine's numbers are formatted.
    for figure in [
        report.summary.npv,
        report.summary.cumulative_ebit,
        report.summary.cumulative_free_cash_flow,
    ] {
        let shown = n.thousands(figure);
        assert!(
            text.contains(&shown),
            "{}: {shown} not in the PDF",
            report.scenario.name
        );
    }
    let first_year = &report.fiscal_years[0];
    assert!(text.contains(&n.thousands(first_year.totals.revenue)));
    let headings: &[&str] = match language {
        Language::En => &[
            "Executive summary",
            "Charts",
            "Profit and loss and cash flow by fiscal year",
            "Depreciation by cohort",
            "Impairment tests that failed",
            "Assumptions and their sources",
            "Method notes",
        ],
        Language::ZhCn => &[
            "执行摘要",
            "图表",
            "分财年损益与现金流",
            "分批次折旧",
            "未通过的减值测试",
            "假设及其来源",
            "方法说明",
        ],
    };
    for heading in headings {
        assert!(
            text.contains(heading),
            "{}: heading {heading:?} missing",
            report.scenario.name
        );
    }
    assert!(text.contains(&report.scenario.name));
}

#[test]
fn every_example_makes_a_pdf_in_both_languages_and_a_comparison_does_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut reports = Vec::new();
    for name in example_names() {
        let report = scenario_results(&example(name).unwrap()).unwrap();
        for language in [Language::En, Language::ZhCn] {
            let pdf = render_pdf(&scenario_pack(&report, options(language))).unwrap();
            let path = write_pdf(
                dir.path(),
                &format!("{name}-{}.pdf", language.typst_tag()),
                &pdf,
            );
            assert!(pages(&path) >= 3, "{name}: fewer than 3 pages");
            check_pack(&report, &poppler("pdftotext", &path), language);
            if language == Language::ZhCn {
                let fonts = poppler("pdffonts", &path);
                let noto = fonts
                    .lines()
                    .find(|l| l.contains("NotoSansSC"))
                    .unwrap_or_else(|| panic!("no CJK font in {fonts}"));
                assert!(
                    noto.split_whitespace().any(|w| w == "yes"),
                    "the CJK font must be embedded: {noto}"
                );
            }
        }
        reports.push(report);
    }
    let comparison = compare_figures(reports.iter().map(|r| r.summary.clone()).collect());
    for language in [Language::En, Language::ZhCn] {
        let pdf = render_pdf(&comparison_pack(&reports, &comparison, options(language))).unwrap();
        let path = write_pdf(
            dir.path(),
            &format!("comparison-{}.pdf", language.typst_tag()),
            &pdf,
        );
        let text = poppler("pdftotext", &path);
        assert!(text.contains(language.pick("Scenarios side by side", "情景对比")));
        for report in &reports {
            check_pack(report, &text, language);
        }
        let delta = NumberStyle { parentheses: false }.thousands(comparison.deltas[1].npv);
        assert!(
            text.contains(&delta),
            "the NPV difference {delta} must be shown"
        );
        assert!(pages(&path) >= 3);
    }
}

#[test]
fn user_text_that_looks_like_typst_prints_as_itself() {
    let mut scenario = example("burry-vs-bernstein").unwrap();
    scenario.name = r#"#read("/etc/passwd") ] $x$ *bold*"#.into();
    scenario.cohorts[0].id = "C#1 ] $ \\".into();
    let report = scenario_results(&scenario).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(
        dir.path(),
        "hostile.pdf",
        &render_pdf(&scenario_pack(&report, options(Language::En))).unwrap(),
    );
    let text = poppler("pdftotext", &path);
    assert!(
        text.contains(r#"#read("/etc/passwd") ] $x$ *bold*"#),
        "{text}"
    );
    assert!(text.contains("C#1 ] $ \\"));
    assert!(!text.contains("root:x:0:0"));
}

/// Issue 13: a name with U+202E reversed the page counter beside it in every footer, and an
/// emoji printed as nothing at all.
#[test]
fn a_name_with_a_right_to_left_override_leaves_the_page_counter_as_it_is() {
    let mut scenario = example("burry-vs-bernstein").unwrap();
    scenario.name = "Plan \u{202E}2027 rev 🚀 שלום".into();
    let report = scenario_results(&scenario).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write_pdf(
        dir.path(),
        "bidi.pdf",
        &render_pdf(&scenario_pack(&report, options(Language::En))).unwrap(),
    );
    let text = poppler("pdftotext", &path);
    let total = pages(&path);
    assert!(text.contains(&format!("2/{total}")), "{text}");
    assert!(!text.contains('\u{202E}'));
    assert!(text.contains("Plan 2027 rev \u{FFFD}"), "{text}");
    assert!(text.contains("שלום"), "the Hebrew is kept: {text}");
}

#[test]
fn the_workbook_reads_back_with_the_engines_totals_and_live_formulas() {
    let report = scenario_results(&example("oracle-tiered-mix").unwrap()).unwrap();
    let bytes = workbook(&report, Language::En).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let values = book.worksheet_range(FISCAL_YEARS_SHEET).unwrap();
    let formulas = book.worksheet_formula(FISCAL_YEARS_SHEET).unwrap();
    let total_row = report.fiscal_years.len() as u32 + 1;
    // Column H (7) is EBIT; its total is the engine's cumulative EBIT, cached in the formula cell.
    let cached = match values.get_value((total_row, 7)).unwrap() {
        Data::Float(v) => *v,
        other => panic!("expected a number, got {other:?}"),
    };
    let ebit: Decimal = report.fiscal_years.iter().map(|y| y.totals.ebit).sum();
    assert!((cached - ebit.to_string().parse::<f64>().unwrap()).abs() < 0.005);
    assert_eq!(ebit, report.summary.cumulative_ebit);
    let formula = formulas.get_value((total_row, 7)).unwrap();
    assert_eq!(formula, &format!("SUM(H2:H{})", total_row));
    assert!(book.sheet_names().contains(&"Fleet schedule".to_owned()));
}

#[test]
fn csv_round_trips_numbers_exactly_and_neutralises_formulas() {
    let report = scenario_results(&example("power-capped-site").unwrap()).unwrap();
    let csv = schedule_csv(&report);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let revenue = header.iter().position(|h| *h == "revenue").unwrap();
    let nbv = header.iter().position(|h| *h == "nbv").unwrap();
    let fleet_rows: Vec<Vec<&str>> = lines
        .map(|l| l.split(',').collect())
        .filter(|c: &Vec<&str>| c[0] == "fleet")
        .collect();
    for (row, line) in fleet_rows.iter().zip(&report.result.fleet) {
        assert_eq!(row[revenue].parse::<Decimal>().unwrap(), line.revenue);
        assert_eq!(row[revenue], line.revenue.to_string());
        assert_eq!(row[nbv], line.nbv.to_string());
    }
    let mut figures = report.summary.clone();
    figures.name = r#"=HYPERLINK("http://x","y")"#.into();
    let text = comparison_csv(&compare_figures(vec![figures]));
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .starts_with(r#""'=HYPERLINK(""http://x"",""y"")""#),
        "{text}"
    );
}

#[test]
fn sections_left_out_are_not_in_the_pack() {
    let report = scenario_results(&example("burry-vs-bernstein").unwrap()).unwrap();
    let only_summary = PackSections {
        summary: true,
        charts: false,
        tables: false,
        assumptions: false,
        method_notes: false,
    };
    let pack = scenario_pack(
        &report,
        PackOptions {
            sections: only_summary,
            ..options(Language::En)
        },
    );
    let json = serde_json::to_string(&pack).unwrap();
    assert!(json.contains("Executive summary"));
    assert!(!json.contains("Method notes") && !json.contains("Depreciation by cohort"));
    assert!(pack.charts.is_empty());
}

/// Issue 18: the briefing deck as PDF has its cover and one page a slide, each with the
/// headline the screen states (here the Burry gap of "Burry vs Bernstein", worded in each
/// language from the engine's figures), and a comparison's deck names its leader.
#[test]
fn a_briefing_deck_is_a_cover_and_a_page_a_slide_in_either_language() {
    use fleet_ledger_engine::analysis::{
        compare_scenarios, comparison_findings, scenario_findings, HeadlineValue, SlideKind,
    };
    use fleet_ledger_report::deck::{deck_pdf, DeckRequest, DeckSource};
    let dir = tempfile::tempdir().unwrap();
    let burry = example("burry-vs-bernstein").unwrap();
    let results = scenario_results(&burry).unwrap();
    let findings = scenario_findings(&results);
    let slides = [
        SlideKind::PolicyComparison,
        SlideKind::KeyFigures,
        SlideKind::Energy,
    ];
    let gap = &findings
        .iter()
        .find(|f| f.kind == SlideKind::PolicyComparison)
        .unwrap()
        .headline;
    let HeadlineValue::FiscalYear(year) = gap.values["year"] else {
        panic!("{gap:?}")
    };
    for (language, expected) in [
        (Language::En, format!("raises FY{year} EBIT by")),
        (Language::ZhCn, format!("{year}财年息税前利润增加")),
    ] {
        let request = DeckRequest {
            source: DeckSource::Scenario(&results),
            findings: &findings,
            slides: &slides,
            names: vec![burry.name.clone()],
            saved: vec!["2026-12-03 09:00".into()],
            language,
            numbers: NumberStyle { parentheses: true },
        };
        let path = write_pdf(
            dir.path(),
            &format!("deck-{language:?}.pdf"),
            &deck_pdf(&request).unwrap(),
        );
        assert_eq!(pages(&path), 1 + slides.len() as u32, "{language:?}");
        let text = poppler("pdftotext", &path)
            .split_whitespace()
            .collect::<String>();
        assert!(
            text.contains(&expected.split_whitespace().collect::<String>()),
            "{language:?}: {text}"
        );
    }
    let scenarios: Vec<_> = ["oracle-tiered-mix", "full-refresh"]
        .iter()
        .map(|n| example(n).unwrap())
        .collect();
    let comparison = compare_scenarios(&scenarios).unwrap();
    let findings = comparison_findings(&comparison);
    let kinds: Vec<SlideKind> = findings.iter().map(|f| f.kind).collect();
    let request = DeckRequest {
        source: DeckSource::Comparison(&comparison),
        findings: &findings,
        slides: &kinds,
        names: scenarios.iter().map(|s| s.name.clone()).collect(),
        saved: vec![String::new(); 2],
        language: Language::En,
        numbers: NumberStyle { parentheses: false },
    };
    let path = write_pdf(
        dir.path(),
        "deck-comparison.pdf",
        &deck_pdf(&request).unwrap(),
    );
    assert_eq!(pages(&path), 1 + kinds.len() as u32);
    assert!(poppler("pdftotext", &path).contains("does best on NPV"));
}

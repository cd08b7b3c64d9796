//! The `fleet-ledger` binary end to end: arguments in, text and exit status out.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn fleet_ledger(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fleet-ledger"))
        .args(args)
        .env("FLEET_LEDGER_DB", "/nonexistent/never-used.sqlite")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run fleet-ledger");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn fn_evaluates_one_formula_as_in_the_issue() {
    // Excel's documentation: the first fiscal year of an asset bought mid-quarter at 150 %.
    let out = fleet_ledger(&["fn", "=VDB(2400,300,10,0,0.875,1.5)"], "");
    assert!(out.status.success());
    assert_eq!(stdout(&out), "315\n");
}

#[test]
fn fn_stdin_answers_one_line_per_line_in_order() {
    let input =
        "=SLN(30000,7500,10)\n=IRR({100,200})\n\n=NPV(-1,5)\n=SYD(30000,7500,10,10)\n=SLN(1,2,0)\n";
    let out = fleet_ledger(&["fn", "--stdin"], input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0], "2250");
    assert_eq!(lines[1], "#NUM!");
    assert_eq!(lines[2], "");
    assert_eq!(lines[3], "#DIV/0!");
    // (30000 − 7500) × 1 × 2 / (10 × 11) = 409.0909…, printed with round-trip digits.
    let syd: f64 = lines[4].parse().unwrap();
    assert_eq!(syd, 45000.0 / 110.0);
    assert!(!lines[4].contains('e') && !lines[4].contains(','));
    assert_eq!(lines[5], "#DIV/0!");
}

#[test]
fn fn_says_which_line_is_not_a_formula_and_keeps_the_alignment() {
    let out = fleet_ledger(&["fn", "--stdin"], "=SLN(10,0,2)\n=NOPE(1)\n=SLN(10,0,5)\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "5\n#VALUE!\n2\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("NOPE"),
        "{stderr}"
    );
}

#[test]
fn plain_decimal_notation_for_very_large_and_small_results() {
    let out = fleet_ledger(&["fn", "--stdin"], "=SLN(1e21,0,1)\n=SLN(1e-7,0,1)\n");
    assert_eq!(stdout(&out), "1000000000000000000000\n0.0000001\n");
}

fn run_ok(args: &[&str]) -> String {
    let out = fleet_ledger(args, "");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(&out)
}

#[test]
fn example_list_names_the_shipped_examples_one_a_line() {
    assert_eq!(
        run_ok(&["example", "--list"]),
        "burry-vs-bernstein\noracle-tiered-mix\nfull-refresh\npower-capped-site\n"
    );
    let out = fleet_ledger(&["example", "nonsense"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_example_validates_and_a_broken_copy_lists_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    std::fs::write(&good, run_ok(&["example", "oracle-tiered-mix"])).unwrap();
    assert_eq!(
        run_ok(&["validate", good.to_str().unwrap()]),
        "valid: Oracle-style tiered mix\n"
    );

    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).unwrap()).unwrap();
    doc["cohorts"][1]["book"]["useful_life_months"] = serde_json::json!(0);
    doc["valuation"]["tax_rate"] = serde_json::json!("1.5");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, doc.to_string()).unwrap();
    let out = fleet_ledger(&["validate", bad.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "cohorts[1].book.useful_life_months: is 0; must be between 1 and 600 months\nvaluation.tax_rate: is 1.5; must be between 0 and 0.99\n"
    );
}

#[test]
fn run_writes_schedules_whose_totals_agree() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("burry.json");
    std::fs::write(&file, run_ok(&["example", "burry-vs-bernstein"])).unwrap();
    let out = dir.path().join("out");
    run_ok(&[
        "run",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        "csv,json",
    ]);
    let sum_column = |csv: &str, column: &str, scope: &str| -> rust_decimal::Decimal {
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let index = header.iter().position(|h| *h == column).unwrap();
        lines
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|cells| cells[0] == scope)
            .map(|cells| cells[index].parse::<rust_decimal::Decimal>().unwrap())
            .sum()
    };
    let monthly = std::fs::read_to_string(out.join("schedule.csv")).unwrap();
    let yearly = std::fs::read_to_string(out.join("fiscal_years.csv")).unwrap();
    let quarterly = std::fs::read_to_string(out.join("fiscal_quarters.csv")).unwrap();
    // Issue 14: the schedule is exported by fiscal quarter too, labelled "FY2026 Q1", and the
    // period files carry the derived lines of PRODUCT.md §2.2 per cohort and period.
    assert!(quarterly.contains(",FY2026 Q1,"), "{}", &quarterly[..300]);
    for file in [&yearly, &quarterly] {
        let header = file.lines().next().unwrap();
        assert!(
            header.ends_with(
                ",cash_cost_per_gpu_hour,depreciation_per_gpu_hour,revenue_per_sold_hour,\
                 contribution_margin_per_sold_hour,ebit_per_sold_hour,margin_per_mw_month,\
                 cost_per_h100_equivalent_hour"
            ),
            "{header}"
        );
    }
    // The fleet's first fiscal year: cash cost per GPU-hour is cash cost over hours available.
    let fy = yearly
        .lines()
        .find(|l| l.starts_with("fleet,FY2026,"))
        .unwrap();
    let header: Vec<&str> = yearly.lines().next().unwrap().split(',').collect();
    let cells: Vec<&str> = fy.split(',').collect();
    let cell = |name: &str| -> rust_decimal::Decimal {
        cells[header.iter().position(|h| *h == name).unwrap()]
            .parse()
            .unwrap()
    };
    let expected = (cell("cash_cost") / cell("gpu_hours_available")).round_dp(6);
    assert_eq!(cell("cash_cost_per_gpu_hour"), expected);
    for column in [
        "revenue",
        "ebit",
        "book_depreciation",
        "free_cash_flow",
        "energy_kwh",
    ] {
        assert_eq!(
            sum_column(&monthly, column, "fleet"),
            sum_column(&yearly, column, "fleet"),
            "{column}"
        );
        assert_eq!(
            sum_column(&quarterly, column, "fleet"),
            sum_column(&yearly, column, "fleet"),
            "{column}"
        );
        assert_eq!(
            sum_column(&monthly, column, "fleet"),
            sum_column(&monthly, column, "H100-2026-01"),
            "{column}"
        );
    }
    let results: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap();
    let cumulative = results["summary"]["cumulative_ebit"]
        .as_str()
        .unwrap()
        .parse::<rust_decimal::Decimal>()
        .unwrap();
    assert_eq!(cumulative, sum_column(&monthly, "ebit", "fleet"));
    assert!(results["policy_comparison"]["disclosure_sentence"]
        .as_str()
        .unwrap()
        .contains("per diluted share"));
}

#[test]
fn run_and_compare_write_pdf_and_xlsx_reports() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for name in ["full-refresh", "oracle-tiered-mix"] {
        let file = dir.path().join(format!("{name}.json"));
        std::fs::write(&file, run_ok(&["example", name])).unwrap();
        files.push(file.to_str().unwrap().to_owned());
    }
    let out = dir.path().join("out");
    let out = out.to_str().unwrap();
    run_ok(&[
        "run",
        &files[0],
        "--out",
        out,
        "--format",
        "pdf,xlsx",
        "--lang",
        "zh-CN",
        "--parentheses",
    ]);
    run_ok(&[
        "compare",
        &files[0],
        &files[1],
        "--out",
        out,
        "--format",
        "pdf,csv,xlsx",
    ]);
    for (file, magic) in [
        ("meeting-pack.pdf", &b"%PDF"[..]),
        ("workbook.xlsx", b"PK"),
        ("comparison.pdf", b"%PDF"),
        ("comparison.xlsx", b"PK"),
    ] {
        let bytes = std::fs::read(std::path::Path::new(out).join(file)).unwrap();
        assert!(bytes.starts_with(magic), "{file}");
    }
}

#[test]
fn compare_puts_scenarios_side_by_side_with_deltas_from_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for name in ["oracle-tiered-mix", "full-refresh"] {
        let file = dir.path().join(format!("{name}.json"));
        std::fs::write(&file, run_ok(&["example", name])).unwrap();
        files.push(file.to_str().unwrap().to_owned());
    }
    let out = dir.path().join("cmp");
    run_ok(&[
        "compare",
        &files[0],
        &files[1],
        "--out",
        out.to_str().unwrap(),
    ]);
    let csv = std::fs::read_to_string(out.join("comparison.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (rows[1][0], rows[1][2]),
        ("Oracle-style tiered mix", "0.00")
    );
    let npv = |r: &Vec<&str>| r[1].parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(
        rows[2][2].parse::<rust_decimal::Decimal>().unwrap(),
        npv(&rows[2]) - npv(&rows[1])
    );
}

#[test]
fn schema_prints_the_published_json_schema() {
    let printed = run_ok(&["schema"]);
    let published = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/scenario.schema.json"
    ))
    .unwrap();
    assert_eq!(printed, published);
}

#[test]
fn generate_prints_a_valid_fleet_of_the_size_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.json");
    std::fs::write(&file, run_ok(&["example", "--generate", "30"])).unwrap();
    assert!(run_ok(&["validate", file.to_str().unwrap()])
        .starts_with("valid: Generated fleet of 30 cohorts"));
}

#[test]
fn library_commands_export_import_backup_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    let db = db.to_str().unwrap();
    let listed = run_ok(&["library", "--db", db, "list", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(rows.len(), 4, "a new library holds the shipped examples");
    let id = rows[0]["id"].as_str().unwrap();
    let exported = dir.path().join("export.json");
    run_ok(&[
        "library",
        "--db",
        db,
        "export",
        id,
        exported.to_str().unwrap(),
    ]);
    let backup = dir.path().join("backup.sqlite");
    run_ok(&["library", "--db", db, "backup", backup.to_str().unwrap()]);
    let new_id = run_ok(&["library", "--db", db, "import", exported.to_str().unwrap()]);
    assert_eq!(new_id.trim().len(), 32);
    let csv = run_ok(&["library", "--db", db, "list", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 1 + 5);
    run_ok(&["library", "--db", db, "restore", backup.to_str().unwrap()]);
    let csv = run_ok(&[
        "library", "--db", db, "list", "--format", "csv", "--search", "refresh",
    ]);
    assert_eq!(csv.lines().count(), 1 + 1);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"format_version\": 2}").unwrap();
    let out = fleet_ledger(
        &["library", "--db", db, "import", bad.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("name"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_cli_imports_while_the_apps_store_writes_and_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.sqlite");
    let file = dir.path().join("s.json");
    std::fs::write(&file, run_ok(&["example", "oracle-tiered-mix"])).unwrap();
    drop(fleet_ledger_store::Library::open(&db).unwrap());
    std::thread::scope(|scope| {
        let app = scope.spawn(|| {
            let mut lib = fleet_ledger_store::Library::open(&db).unwrap();
            let start = fleet_ledger_engine::YearMonth::new(2026, 1).unwrap();
            for i in 0..30 {
                lib.create_scenario(&format!("App save {i}"), start)
                    .unwrap();
            }
        });
        for _ in 0..10 {
            run_ok(&[
                "library",
                "--db",
                db.to_str().unwrap(),
                "import",
                file.to_str().unwrap(),
            ]);
        }
        app.join().unwrap();
    });
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run_ok(&[
        "library",
        "--db",
        db.to_str().unwrap(),
        "list",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(rows.len(), 4 + 30 + 10);
}

/// Runs fleet-ledger with its address space capped at `limit_mb` (RLIMIT_AS, through the
/// shell's `ulimit -v`): an allocation past the cap fails and the process aborts, so a run
/// that succeeds used less. (The child's own peak from wait4 would include the test
/// process's memory, which posix_spawn's child starts from.)
#[cfg(target_os = "linux")]
fn fleet_ledger_within(limit_mb: u64, args: &[&str]) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {} && exec \"$0\" \"$@\"",
            limit_mb * 1024
        ))
        .arg(env!("CARGO_BIN_EXE_fleet-ledger"))
        .args(args)
        .env("FLEET_LEDGER_DB", "/nonexistent/never-used.sqlite")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Issue 13: restoring from a 0-byte backup emptied the library and exited 0.
#[test]
fn restore_from_an_empty_backup_is_refused_and_the_library_keeps_every_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    let db = db.to_str().unwrap();
    run_ok(&["library", "--db", db, "create", "Mine"]);
    let before = run_ok(&["library", "--db", db, "list", "--format", "json"]);
    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, b"").unwrap();
    let out = fleet_ledger(
        &["library", "--db", db, "restore", empty.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the library was not changed") && stderr.contains("empty"),
        "{stderr}"
    );
    assert_eq!(
        run_ok(&["library", "--db", db, "list", "--format", "json"]),
        before
    );
    // A real backup restores, and the CLI says where the replaced library was kept.
    let backup = dir.path().join("backup.sqlite");
    run_ok(&["library", "--db", db, "backup", backup.to_str().unwrap()]);
    let said = run_ok(&["library", "--db", db, "restore", backup.to_str().unwrap()]);
    let kept = said
        .trim()
        .rsplit_once("is kept in ")
        .map(|(_, path)| std::path::PathBuf::from(path))
        .unwrap_or_else(|| panic!("no kept path in {said:?}"));
    assert!(kept.exists(), "{said}");
}

/// Issue 13: a zero-length library file was silently rebuilt as a new library.
#[test]
fn a_zero_length_library_file_is_refused_by_the_cli_and_left_empty() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    std::fs::write(&db, b"").unwrap();
    let out = fleet_ledger(&["library", "--db", db.to_str().unwrap(), "list"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("empty (0 bytes)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&db).unwrap(), b"");
}

/// Issue 13: a 1 GiB file used 1 GB before it was refused, and a device file grew until
/// memory ran out. Both are refused before they are read.
#[cfg(target_os = "linux")]
#[test]
fn files_over_the_size_limit_and_devices_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.json");
    // Sparse: a gibibyte on paper, nothing on disk.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    // 300 MB of address space holds the debug binary (about 160 MB) but not the file.
    let out = fleet_ledger_within(300, &["validate", huge.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout(&out),
        "file: is 1,024 MB; a scenario file may be at most 50 MB\n"
    );
    let out = fleet_ledger_within(300, &["validate", "/dev/zero"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out).contains("must be a regular file"),
        "{}",
        stdout(&out)
    );
}

/// Issue 13: a 35 MB file (an unknown SKU in every cohort against a 10,000-SKU catalog)
/// listed the catalog in each message: quadratic, 4 GB. Validation stays under 500 MB.
#[cfg(target_os = "linux")]
#[test]
fn validating_a_35_mb_hostile_file_stays_under_500_mb() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&run_ok(&["example", "burry-vs-bernstein"])).unwrap();
    let sku = doc["catalog"][0].clone();
    doc["catalog"] = serde_json::Value::Array(
        (0..10_000)
            .map(|i| {
                let mut s = sku.clone();
                s["id"] = serde_json::json!(format!("SKU-{i:05}"));
                s
            })
            .collect(),
    );
    // Written as text, cohort by cohort: the test's own memory must stay small too.
    let mut cohort = doc["cohorts"][0].clone();
    cohort["sku"] = serde_json::json!("NOT-IN-THE-CATALOG");
    doc["cohorts"] = serde_json::json!([]);
    let (head, tail) = {
        let text = doc.to_string();
        let at = text.find("\"cohorts\":[]").unwrap() + "\"cohorts\":[".len();
        (text[..at].to_owned(), text[at..].to_owned())
    };
    let mut text = head;
    let mut n = 0;
    while text.len() < 35 << 20 {
        if n > 0 {
            text.push(',');
        }
        cohort["id"] = serde_json::json!(format!("c{n}"));
        text.push_str(&cohort.to_string());
        n += 1;
    }
    text.push_str(&tail);
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, &text).unwrap();
    drop(text);
    let out = fleet_ledger_within(500, &["validate", file.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 501, "500 problems and the count of the rest");
    assert!(lines.iter().all(|l| l.len() < 300));
}

/// Issue 14: the hyperscaler useful-life library (PRODUCT.md §4) was shipped as data and
/// shown nowhere.
#[test]
fn useful_lives_prints_the_hyperscaler_library_with_sources() {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&run_ok(&["useful-lives", "--format", "json"])).unwrap();
    assert_eq!(rows.len(), 9);
    assert_eq!(rows[0]["company"], "Microsoft");
    assert_eq!(
        rows[0]["disclosed_effect"],
        "operating income +3.7B in FY2023"
    );
    let csv = run_ok(&["useful-lives", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 1 + 9);
    assert!(csv.lines().next().unwrap().ends_with(",source"));
    let table = run_ok(&["useful-lives"]);
    assert!(table.contains("Alphabet") && table.contains("verify before relying"));
}

/// `fleet-ledger run FILE --out OUT --format FORMATS EXTRA…`, and the results.json it wrote.
fn run_to(
    file: &std::path::Path,
    out: &std::path::Path,
    formats: &str,
    extra: &[&str],
) -> serde_json::Value {
    let mut args = vec![
        "run",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        formats,
    ];
    args.extend_from_slice(extra);
    run_ok(&args);
    serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap()
}

/// Issue 14: the tornado and break-even answers were computed but reached no output. `run`
/// writes them into results.json, the workbook and the pack of every shipped example, and
/// `sensitivity` runs them alone with the same figures.
#[test]
fn run_writes_the_tornado_and_break_even_of_every_example() {
    let dir = tempfile::tempdir().unwrap();
    for name in run_ok(&["example", "--list"]).lines() {
        let file = dir.path().join(format!("{name}.json"));
        std::fs::write(&file, run_ok(&["example", name])).unwrap();
        let out = dir.path().join(name);
        let results = run_to(&file, &out, "json,xlsx,pdf,csv", &[]);
        let tornado = results["sensitivity"]["tornado"].as_array().unwrap();
        assert_eq!(tornado.len(), 20, "{name}: every driver");
        assert_eq!(
            results["sensitivity"]["break_even"]
                .as_array()
                .unwrap()
                .len(),
            6
        );
        let alone: serde_json::Value = serde_json::from_str(&run_ok(&[
            "sensitivity",
            file.to_str().unwrap(),
            "--format",
            "json",
        ]))
        .unwrap();
        assert_eq!(alone, results["sensitivity"], "{name}");
        assert!(out.join("fiscal_quarters.csv").exists());
        let text = std::process::Command::new("pdftotext")
            .arg(out.join("meeting-pack.pdf"))
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Tornado of NPV"), "{name}");
        assert!(text.contains("Break-even"), "{name}");
    }
    // Left out on request, for a quick export.
    let file = dir.path().join("burry-vs-bernstein.json");
    let out = dir.path().join("quick");
    let results = run_to(&file, &out, "json", &["--no-sensitivity"]);
    assert!(results.get("sensitivity").is_none());
}

/// Issue 14: a dated change in estimate in the scenario is disclosed (ASC 250-10-50-4) in
/// results.json and the pack, for the fiscal year it takes effect.
#[test]
fn a_scenarios_change_in_estimate_is_disclosed_in_results_and_the_pack() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&run_ok(&["example", "burry-vs-bernstein"])).unwrap();
    doc["cohorts"][0]["changes_in_estimate"] = serde_json::json!([
        {"effective": "2028-01", "useful_life_months": 60, "salvage_percent": null, "total_hours": null}
    ]);
    let file = dir.path().join("revised.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = dir.path().join("out");
    let results = run_to(&file, &out, "json,pdf", &["--no-sensitivity"]);
    let changes = results["estimate_changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["effect"]["fiscal_year"], 2028);
    let sentence = changes[0]["sentence"].as_str().unwrap();
    assert!(
        sentence.starts_with("In fiscal 2028, the change in estimate"),
        "{sentence}"
    );
    let text = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(out.join("meeting-pack.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout).replace('\n', " ");
    assert!(
        text.contains("In fiscal 2028, the change in estimate"),
        "{text}"
    );
}

/// Regression: `fleet-ledger example … | head` panicked with "failed printing to stdout:
/// Broken pipe". Output into a pipe that closes ends the command quietly.
#[cfg(unix)]
#[test]
fn printing_into_a_closed_pipe_ends_quietly_not_with_a_panic() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fleet-ledger"))
        .args(["example", "--generate", "2000", "--months", "24"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

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

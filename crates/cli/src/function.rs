//! `fleet-ledger fn`: evaluates Excel formulas of the financial functions, for reconciling a
//! spreadsheet with Fleet Ledger line by line.

use clap::Args;
use fleet_ledger_engine::excel::formula::{evaluate, format_number, FormulaError};
use std::io::{BufRead, Write};

#[derive(Args)]
pub struct FnArgs {
    /// One formula, e.g. '=VDB(2400,300,10,0,0.875,1.5)'.
    #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
    formula: Option<String>,
    /// Read one formula per line from standard input; print one result per line.
    #[arg(long)]
    stdin: bool,
}

/// What one formula prints: the number, or Excel's error literal. Text that is not a formula
/// prints `#VALUE!` so the output keeps one line per input line; the reason goes to stderr.
fn answer(formula: &str, line: usize) -> (String, bool) {
    if formula.trim().is_empty() {
        return (String::new(), true);
    }
    match evaluate(formula) {
        Ok(value) => (format_number(value), true),
        Err(FormulaError::Excel(e)) => (e.kind.literal().to_owned(), true),
        Err(FormulaError::Syntax(reason)) => {
            eprintln!("line {line}: {reason}");
            ("#VALUE!".to_owned(), false)
        }
    }
}

/// Exit status 0 when every line was a formula (whatever its value), 2 when one was not.
pub fn run(args: FnArgs) -> Result<bool, String> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut all_formulas = true;
    let mut emit = |text: &str, line: usize, out: &mut dyn Write| -> Result<(), String> {
        let (result, ok) = answer(text, line);
        all_formulas &= ok;
        writeln!(out, "{result}").map_err(|e| e.to_string())
    };
    if args.stdin {
        for (index, line) in std::io::stdin().lock().lines().enumerate() {
            let line = line.map_err(|e| format!("reading standard input: {e}"))?;
            emit(&line, index + 1, &mut out)?;
        }
    } else if let Some(formula) = args.formula {
        emit(&formula, 1, &mut out)?;
    }
    Ok(all_formulas)
}

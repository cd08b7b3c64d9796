//! `fleet-ledger`: the headless command line. Each subcommand parses its arguments, calls the
//! engine, store or report crate, and maps errors to a message and an exit status.

mod function;
mod library;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "fleet-ledger",
    version,
    about = "Model a GPU fleet's depreciation, margins and impairment"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate Excel formulas of SLN, SYD, DDB, DB, VDB, NPV, IRR, XNPV, XIRR, PMT, PV, FV.
    Fn(function::FnArgs),
    /// The scenario library shared with the desktop app.
    Library(library::LibraryArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Fn(args) => function::run(args),
        Command::Library(args) => library::run(args).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        // Clap uses 2 for input it cannot parse; a line that is not a formula is the same.
        Ok(false) => ExitCode::from(2),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

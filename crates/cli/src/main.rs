//! `fleet-ledger`: the headless command line. Each subcommand parses its arguments, calls the
//! engine, store or report crate, and maps errors to a message and an exit status.

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
    /// The scenario library shared with the desktop app.
    Library(library::LibraryArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Library(args) => library::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

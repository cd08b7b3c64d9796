//! `fleet-ledger`: the headless command line. Each subcommand parses its arguments, calls the
//! engine, store or report crate, and maps errors to a message and an exit status.

mod function;
mod library;
mod scenario_file;

use clap::{Parser, Subcommand};
use scenario_file::Failure;
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
    /// List or print the shipped example scenarios, or generate a large fleet.
    Example(scenario_file::ExampleArgs),
    /// Print the JSON Schema of the scenario file.
    Schema,
    /// The tornado and break-even answers of a scenario file, without the schedules.
    Sensitivity(scenario_file::SensitivityArgs),
    /// Print the hyperscalers' useful-life changes and their disclosed effects.
    UsefulLives(scenario_file::UsefulLivesArgs),
    /// Check a scenario file; one `path: message` line per problem.
    Validate(scenario_file::ValidateArgs),
    /// Run a scenario and write its schedules and results.
    Run(scenario_file::RunArgs),
    /// Run several scenarios and write them side by side.
    Compare(scenario_file::CompareArgs),
    /// The scenario library shared with the desktop app.
    Library(library::LibraryArgs),
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let result: Result<(), Failure> = match cli.command {
        Command::Fn(args) => function::run(args)
            .map_err(Failure::from)
            .and_then(|all_formulas| {
                // Clap uses 2 for input it cannot parse; a line that is not a formula is the same.
                if all_formulas {
                    Ok(())
                } else {
                    Err(Failure {
                        message: String::new(),
                        status: 2,
                    })
                }
            }),
        Command::Example(args) => scenario_file::example_command(args),
        Command::Schema => scenario_file::schema_command(),
        Command::UsefulLives(args) => scenario_file::useful_lives_command(args),
        Command::Sensitivity(args) => scenario_file::sensitivity_command(args),
        Command::Validate(args) => scenario_file::validate_command(args),
        Command::Run(args) => scenario_file::run_command(args),
        Command::Compare(args) => scenario_file::compare_command(args),
        Command::Library(args) => library::run(args).map_err(Failure::from),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("error: {}", failure.message);
            }
            ExitCode::from(failure.status)
        }
    }
}

/// A command whose output is piped into one that stops reading (`fleet-ledger example … |
/// head`) must end quietly, as Unix tools do, not panic on the failed write: Rust ignores
/// SIGPIPE by default, so its default action is put back.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_DFL at start-up, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

//! `fleet-ledger library …`: the same SQLite library the app uses, from the command line.

use clap::{Args, Subcommand, ValueEnum};
use fleet_ledger_report::csv::{write_record, Cell};
use fleet_ledger_store::{
    current_month, default_library_path, Library, ListQuery, ScenarioSummary, SortBy,
};
use std::path::PathBuf;

#[derive(Args)]
pub struct LibraryArgs {
    /// Library file; defaults to the desktop app's own (or $FLEET_LEDGER_DB).
    #[arg(long, global = true)]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: LibraryCommand,
}

#[derive(Subcommand)]
enum LibraryCommand {
    /// List the scenarios in the library, most recently changed first.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Only scenarios whose name contains this text (any case).
        #[arg(long)]
        search: Option<String>,
        /// List the trash instead of the library.
        #[arg(long)]
        trash: bool,
    },
    /// Create a blank scenario starting this month.
    Create { name: String },
    /// Write a scenario's current version to a scenario file.
    Export { id: String, file: PathBuf },
    /// Add a scenario file to the library (validated in full first).
    Import { file: PathBuf },
    /// Copy the whole library to a new file.
    Backup { file: PathBuf },
    /// Replace the library with a backup (the current contents are kept beside it first).
    Restore { file: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Csv,
    Json,
}

pub fn run(args: LibraryArgs) -> Result<(), String> {
    let path = args
        .db
        .or_else(default_library_path)
        .ok_or("this system reports no folder for application data; pass --db PATH")?;
    let mut library = Library::open(&path).map_err(|e| e.to_string())?;
    match args.command {
        LibraryCommand::List {
            format,
            search,
            trash,
        } => {
            let query = ListQuery {
                search,
                sort: SortBy::Updated,
                in_trash: trash,
            };
            let scenarios = library.list_scenarios(&query).map_err(|e| e.to_string())?;
            print!("{}", render_list(&scenarios, format)?);
        }
        LibraryCommand::Export { id, file } => {
            let text = library.export_scenario(&id).map_err(|e| e.to_string())?;
            std::fs::write(&file, text + "\n")
                .map_err(|e| format!("{}: cannot write: {e}", file.display()))?;
        }
        LibraryCommand::Import { file } => {
            let text = fleet_ledger_store::read_scenario_file(&file)
                .map_err(|e| format!("{}:\n{e}", file.display()))?;
            let added = library
                .import_scenario(&text)
                .map_err(|e| format!("{}:\n{e}", file.display()))?;
            println!("{}", added.id);
        }
        LibraryCommand::Backup { file } => library.backup_to(&file).map_err(|e| e.to_string())?,
        LibraryCommand::Restore { file } => {
            let kept = library.restore_from(&file).map_err(|e| e.to_string())?;
            println!(
                "restored {} from {}; the library as it was is kept in {}",
                path.display(),
                file.display(),
                kept.display()
            );
        }
        LibraryCommand::Create { name } => {
            let created = library
                .create_scenario(&name, current_month())
                .map_err(|e| e.to_string())?;
            println!("{}", created.id);
        }
    }
    Ok(())
}

fn render_list(scenarios: &[ScenarioSummary], format: ListFormat) -> Result<String, String> {
    Ok(match format {
        ListFormat::Json => {
            serde_json::to_string_pretty(scenarios).map_err(|e| e.to_string())? + "\n"
        }
        ListFormat::Csv => {
            let mut out = String::new();
            write_record(
                &mut out,
                &[
                    Cell::Text("id"),
                    Cell::Text("name"),
                    Cell::Text("created_at"),
                    Cell::Text("updated_at"),
                ],
            );
            for s in scenarios {
                write_record(
                    &mut out,
                    &[
                        Cell::Text(&s.id),
                        Cell::Text(&s.name),
                        Cell::Text(&s.created_at),
                        Cell::Text(&s.updated_at),
                    ],
                );
            }
            out
        }
        ListFormat::Table => scenarios
            .iter()
            .map(|s| format!("{}  {}  {}\n", s.id, s.updated_at, s.name))
            .collect(),
    })
}

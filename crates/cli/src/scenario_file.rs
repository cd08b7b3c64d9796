//! `fleet-ledger example | schema | validate | run | compare`: scenario files in, results out.

use clap::{Args, ValueEnum};
use fleet_ledger_engine::analysis::{
    compare_figures, key_figures, sensitivity_answers, DEFAULT_SWING_PERCENT,
};
use fleet_ledger_engine::reference::{
    example, example_names, generated_fleet, useful_life_changes, UsefulLifeChange,
};
use fleet_ledger_engine::scenario::{json_schema, scenario_from_json, Scenario};
use fleet_ledger_engine::validation::{Issue, IssueCode};
use fleet_ledger_engine::ValidationErrors;
use fleet_ledger_report::csv::{write_record, Cell};
use fleet_ledger_report::export::{
    comparison_files, scenario_files, ExportError, FileKind, RenderedFile, ReportFormat,
};
use fleet_ledger_report::i18n::{Language as ReportLanguage, NumberStyle};
use fleet_ledger_report::pack::{PackOptions, PackSections};
use fleet_ledger_report::run::scenario_results;
use fleet_ledger_store::{read_scenario_file, StoreError};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// How a subcommand failed: the message, and the exit status (1 bad input, 2 unsupported).
pub struct Failure {
    pub message: String,
    pub status: u8,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure { message, status: 1 }
    }
}

#[derive(Args)]
pub struct ExampleArgs {
    /// List the shipped examples, one name a line.
    #[arg(long, conflicts_with_all = ["name", "generate"])]
    list: bool,
    /// Print a generated fleet of N cohorts (for benchmarks and scale tests).
    #[arg(long, value_name = "N", conflicts_with = "name")]
    generate: Option<u32>,
    /// Months in the generated fleet's horizon.
    #[arg(long, default_value_t = 120, requires = "generate")]
    months: u32,
    /// The example to print as a scenario file.
    name: Option<String>,
}

pub fn example_command(args: ExampleArgs) -> Result<(), Failure> {
    if args.list {
        for name in example_names() {
            println!("{name}");
        }
        return Ok(());
    }
    if let Some(cohorts) = args.generate {
        println!("{}", generated_fleet(cohorts, args.months).to_json());
        return Ok(());
    }
    let name = args.name.unwrap_or_default();
    let scenario = example(&name).ok_or_else(|| {
        format!("no example named {name:?}; `fleet-ledger example --list` names them")
    })?;
    println!("{}", scenario.to_json());
    Ok(())
}

#[derive(Args)]
pub struct SensitivityArgs {
    file: PathBuf,
    /// How far the tornado moves each driver, in percent.
    #[arg(long, default_value_t = DEFAULT_SWING_PERCENT)]
    percent: Decimal,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    format: TableFormat,
}

/// The tornado and the break-even answers alone (PRODUCT.md §2.3), without the schedules.
pub fn sensitivity_command(args: SensitivityArgs) -> Result<(), Failure> {
    let scenario = load(&args.file)?;
    let answers = sensitivity_answers(&scenario, args.percent)
        .map_err(|e| format!("{}:\n{e}", args.file.display()))?;
    match args.format {
        TableFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&answers).map_err(|e| e.to_string())?
        ),
        TableFormat::Csv => {
            let mut out = String::new();
            let header = [
                "driver",
                "npv_low",
                "npv_high",
                "npv_swing",
                "cumulative_ebit_low",
                "cumulative_ebit_high",
            ];
            write_record(&mut out, &header.map(Cell::Text));
            for b in &answers.tornado {
                let driver = serde_json::to_value(b.driver).map_err(|e| e.to_string())?;
                write_record(
                    &mut out,
                    &[
                        Cell::Text(driver.as_str().unwrap_or_default()),
                        Cell::Number(b.npv_low),
                        Cell::Number(b.npv_high),
                        Cell::Number(b.npv_swing),
                        Cell::Number(b.cumulative_ebit_low),
                        Cell::Number(b.cumulative_ebit_high),
                    ],
                );
            }
            out.push('\n');
            write_record(
                &mut out,
                &["variable", "target", "current", "multiple"].map(Cell::Text),
            );
            for b in &answers.break_even {
                let variable = serde_json::to_value(b.variable).map_err(|e| e.to_string())?;
                let target = serde_json::to_value(b.target).map_err(|e| e.to_string())?;
                let multiple = b.multiple.map(|m| m.to_string()).unwrap_or_default();
                write_record(
                    &mut out,
                    &[
                        Cell::Text(variable.as_str().unwrap_or_default()),
                        Cell::Text(target.as_str().unwrap_or_default()),
                        Cell::Number(b.current),
                        Cell::Text(&multiple),
                    ],
                );
            }
            print!("{out}");
        }
        TableFormat::Table => {
            println!(
                "Tornado (each driver ±{} %), NPV low / high / swing:",
                answers.percent
            );
            for b in &answers.tornado {
                let driver = serde_json::to_value(b.driver).map_err(|e| e.to_string())?;
                println!(
                    "  {:<24} {:>20} {:>20} {:>20}",
                    driver.as_str().unwrap_or_default(),
                    b.npv_low.round_dp(2),
                    b.npv_high.round_dp(2),
                    b.npv_swing.round_dp(2)
                );
            }
            println!("Break-even (the multiple of today's value at which the target is zero):");
            for b in &answers.break_even {
                let variable = serde_json::to_value(b.variable).map_err(|e| e.to_string())?;
                let target = serde_json::to_value(b.target).map_err(|e| e.to_string())?;
                let multiple = b
                    .multiple
                    .map_or("none between 0 and 10".to_owned(), |m| format!("{m}x"));
                println!(
                    "  {:<14} {:<16} {multiple}",
                    variable.as_str().unwrap_or_default(),
                    target.as_str().unwrap_or_default()
                );
            }
        }
    }
    Ok(())
}

#[derive(Args)]
pub struct UsefulLivesArgs {
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    format: TableFormat,
}

/// How a reference table is printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Csv,
    Json,
}

/// PRODUCT.md §4's library of useful-life changes: who changed which life when, and the
/// effect they disclosed, with the source of each.
pub fn useful_lives_command(args: UsefulLivesArgs) -> Result<(), Failure> {
    let changes = useful_life_changes();
    match args.format {
        TableFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&changes).map_err(|e| e.to_string())?
        ),
        TableFormat::Csv => {
            let mut out = String::new();
            let header = [
                "company",
                "change",
                "effective",
                "disclosed_effect",
                "life_months",
                "source",
            ];
            write_record(&mut out, &header.map(Cell::Text));
            for c in &changes {
                let life = c.life_months.to_string();
                let cells = [
                    &c.company,
                    &c.change,
                    &c.effective,
                    &c.disclosed_effect,
                    &life,
                    &c.source,
                ];
                write_record(&mut out, &cells.map(|t| Cell::Text(t)));
            }
            print!("{out}");
        }
        TableFormat::Table => {
            let width = |f: fn(&UsefulLifeChange) -> &str| {
                changes
                    .iter()
                    .map(|c| f(c).chars().count())
                    .max()
                    .unwrap_or(0)
            };
            let (company, change, effective) = (
                width(|c| &c.company),
                width(|c| &c.change),
                width(|c| &c.effective),
            );
            for c in &changes {
                println!(
                    "{:company$}  {:change$}  {:effective$}  {}",
                    c.company, c.change, c.effective, c.disclosed_effect
                );
            }
            println!(
                "\nSource: company filings as summarised in PRODUCT.md §4; verify before relying."
            );
        }
    }
    Ok(())
}

pub fn schema_command() -> Result<(), Failure> {
    println!("{}", json_schema());
    Ok(())
}

/// Reads and fully validates a scenario file; problems become `path: message` lines.
fn load(path: &Path) -> Result<Scenario, Failure> {
    parse(path).map_err(|e| Failure {
        message: format!("{}:\n{e}", path.display()),
        status: 1,
    })
}

/// The file read within its size limit, then parsed and validated: the problems, if any.
fn parse(path: &Path) -> Result<Scenario, ValidationErrors> {
    let text = read_scenario_file(path).map_err(|e| match e {
        StoreError::Invalid(errors) => errors,
        other => ValidationErrors::single(
            "file",
            Issue::new(IssueCode::Unreadable).with("detail", other),
        ),
    })?;
    scenario_from_json(&text)
}

#[derive(Args)]
pub struct ValidateArgs {
    file: PathBuf,
}

/// Prints one `path: message` line per problem on stdout, so a script can read them.
pub fn validate_command(args: ValidateArgs) -> Result<(), Failure> {
    match parse(&args.file) {
        Ok(scenario) => {
            println!("valid: {}", scenario.name);
            Ok(())
        }
        Err(errors) => {
            for issue in &errors.issues {
                println!("{issue}");
            }
            Err(Failure {
                message: format!(
                    "{} problem(s) in {}",
                    errors.issues.len(),
                    args.file.display()
                ),
                status: 1,
            })
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
    Pdf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Language {
    En,
    #[value(name = "zh-CN")]
    ZhCn,
}

/// Where results go and in which formats and language: shared by `run` and `compare`.
#[derive(Args)]
pub struct OutputArgs {
    /// Folder to write the results into (created if missing).
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, value_delimiter = ',', default_value = "csv,json")]
    format: Vec<Format>,
    /// Language of PDF and XLSX reports.
    #[arg(long, value_enum, default_value = "en")]
    lang: Language,
    /// Show negative amounts in parentheses in reports.
    #[arg(long)]
    parentheses: bool,
}

#[derive(Args)]
pub struct RunArgs {
    file: PathBuf,
    #[command(flatten)]
    output: OutputArgs,
    /// Leave out the tornado and break-even answers (they run the model dozens of times).
    #[arg(long)]
    no_sensitivity: bool,
    /// How far the tornado moves each driver, in percent.
    #[arg(long, default_value_t = DEFAULT_SWING_PERCENT)]
    percent: Decimal,
}

fn pack_options(lang: Language, parentheses: bool) -> PackOptions {
    PackOptions {
        language: match lang {
            Language::En => ReportLanguage::En,
            Language::ZhCn => ReportLanguage::ZhCn,
        },
        numbers: NumberStyle { parentheses },
        date: fleet_ledger_store::today(),
        sections: PackSections::ALL,
    }
}

fn write(dir: &Path, name: &str, rendered: &RenderedFile) -> Result<(), Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    let path = dir.join(name);
    let cannot_write = |e: std::io::Error| format!("{}: cannot write: {e}", path.display());
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).map_err(cannot_write)?);
    rendered.write_to(&mut out).map_err(cannot_write)?;
    std::io::Write::flush(&mut out).map_err(cannot_write)?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The CLI's file names, fixed so scripts can rely on them.
fn file_name(rendered: &RenderedFile) -> String {
    match rendered.kind {
        FileKind::MeetingPack => "meeting-pack.pdf".into(),
        FileKind::Workbook => "workbook.xlsx".into(),
        FileKind::Schedule => "schedule.csv".into(),
        FileKind::FiscalYears => "fiscal_years.csv".into(),
        FileKind::FiscalQuarters => "fiscal_quarters.csv".into(),
        FileKind::Results => "results.json".into(),
        FileKind::Comparison => format!("comparison.{}", rendered.extension),
    }
}

fn report_format(format: Format) -> ReportFormat {
    match format {
        Format::Csv => ReportFormat::Csv,
        Format::Json => ReportFormat::Json,
        Format::Xlsx => ReportFormat::Xlsx,
        Format::Pdf => ReportFormat::Pdf,
    }
}

fn write_all(dir: &Path, files: Result<Vec<RenderedFile>, ExportError>) -> Result<(), Failure> {
    for rendered in files.map_err(|e| e.to_string())? {
        write(dir, &file_name(&rendered), &rendered)?;
    }
    Ok(())
}

pub fn run_command(args: RunArgs) -> Result<(), Failure> {
    let scenario = load(&args.file)?;
    let report = scenario_results(&scenario)
        .and_then(|r| {
            if args.no_sensitivity {
                Ok(r)
            } else {
                r.with_sensitivity(args.percent)
            }
        })
        .map_err(|e| format!("{}:\n{e}", args.file.display()))?;
    let options = pack_options(args.output.lang, args.output.parentheses);
    for format in &args.output.format {
        let files = scenario_files(&report, report_format(*format), &options);
        write_all(&args.output.out, files)?;
    }
    Ok(())
}

#[derive(Args)]
pub struct CompareArgs {
    /// Two or more scenario files; the first is the base for deltas.
    #[arg(num_args = 2.., required = true)]
    files: Vec<PathBuf>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn compare_command(args: CompareArgs) -> Result<(), Failure> {
    let mut figures = Vec::with_capacity(args.files.len());
    let mut reports = Vec::new();
    for file in &args.files {
        let scenario = load(file)?;
        if args.output.format.contains(&Format::Pdf) {
            let report =
                scenario_results(&scenario).map_err(|e| format!("{}:\n{e}", file.display()))?;
            figures.push(report.summary.clone());
            reports.push(report);
        } else {
            figures.push(key_figures(&scenario).map_err(|e| format!("{}:\n{e}", file.display()))?);
        }
    }
    let comparison = compare_figures(figures);
    let options = pack_options(args.output.lang, args.output.parentheses);
    for format in &args.output.format {
        let files = comparison_files(&reports, &comparison, report_format(*format), &options);
        write_all(&args.output.out, files)?;
    }
    Ok(())
}

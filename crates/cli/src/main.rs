//! `storydiff`: the command-line front end. The only code of the project
//! that touches files and argv; everything else is the engine's.

mod batch;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use storydiff_engine::claims::CivilDate;
use storydiff_engine::report::{to_markdown, to_text, ClaimsReport, Report};
use storydiff_engine::{analyze, Options, Version, VersionId};

/// Find where versions of one news story disagree about facts.
#[derive(Parser)]
#[command(name = "storydiff", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compare versions and print a report of their disagreements.
    Compare {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Judge every version against this one (it is added if not listed).
        #[arg(long, value_name = "FILE")]
        reference: Option<PathBuf>,
        /// At most this many findings, the most important (0: all of them).
        #[arg(long, value_name = "N", default_value_t = storydiff_engine::Options::READABLE)]
        max_findings: usize,
        /// The versions (text files).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the claims (quotes, numbers, dates, people, sources, loaded
    /// words) found in each file.
    Claims {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
        format: ClaimsFormat,
        /// The date the texts were published (YYYY-MM-DD): resolves
        /// "Thursday", "yesterday", "the previous day".
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        dct: Option<CivilDate>,
        /// The files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Compare many stories from JSON Lines: one {"story", "name", "text"}
    /// object per line, a story's lines consecutive; one report per story
    /// out, as JSON Lines ({"story", ...the report of `compare --format
    /// json`}), in input order. A broken line is named on stderr and
    /// skipped (exit code 1 at the end).
    Batch {
        /// Threads comparing stories (default: all cores).
        #[arg(long, short, value_name = "N")]
        jobs: Option<usize>,
        /// JSON Lines files, read one after the other (`-` or none: stdin).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Json,
    Text,
}

fn parse_date(s: &str) -> Result<CivilDate, String> {
    CivilDate::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Markdown,
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Batch { jobs, files } = cli.command {
        return run_batch(jobs, files);
    }
    match run(cli) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("storydiff: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<String, String> {
    match cli.command {
        Command::Compare { format, reference, max_findings, mut files } => {
            if let Some(r) = &reference {
                if !files.contains(r) {
                    files.insert(0, r.clone());
                }
            }
            let versions = files.iter().map(|p| read_version(p)).collect::<Result<Vec<_>, _>>()?;
            let options = Options {
                reference: reference
                    .and_then(|r| files.iter().position(|f| *f == r))
                    .map(VersionId),
                max_findings: (max_findings > 0).then_some(max_findings),
                ..Options::default()
            };
            let analysis = analyze(&versions, &options);
            Ok(match format {
                Format::Json => Report::new(&analysis).to_json() + "\n",
                Format::Markdown => to_markdown(&analysis),
                Format::Text => to_text(&analysis),
            })
        }
        Command::Batch { .. } => unreachable!("handled by run_batch"),
        Command::Claims { format, dct, files } => {
            let versions = files.iter().map(|p| read_version(p)).collect::<Result<Vec<_>, _>>()?;
            let analysis =
                analyze(&versions, &Options { document_date: dct, ..Options::default() });
            let report = ClaimsReport::new(&analysis);
            Ok(match format {
                ClaimsFormat::Json => report.to_json() + "\n",
                ClaimsFormat::Text => report.to_text(),
            })
        }
    }
}

/// Reads one version through storydiff-ingest, as the web app does (same
/// formats, same messages; notes such as the encoding guessed go to
/// stderr). Its name is the file's base name; messages name the path.
fn read_version(path: &Path) -> Result<Version, String> {
    let shown = path.display().to_string();
    let size = std::fs::metadata(path).map_err(|e| format!("cannot read {shown}: {e}"))?.len();
    if size > storydiff_ingest::MAX_FILE_BYTES as u64 {
        let too_large = storydiff_ingest::IngestError::TooLarge {
            name: shown,
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
            limit: storydiff_ingest::MAX_FILE_BYTES,
        };
        return Err(too_large.to_string());
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let decoded = storydiff_ingest::decode(&shown, &bytes).map_err(|e| e.to_string())?;
    for note in &decoded.notes {
        eprintln!("storydiff: {shown}: {note}");
    }
    let name = path.file_name().map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    Ok(Version::new(name, decoded.text))
}

/// `storydiff batch`: exit code 0, 1 when lines were skipped, 2 when an
/// input cannot be opened or the output cannot be written.
fn run_batch(jobs: Option<usize>, files: Vec<PathBuf>) -> ExitCode {
    let mut inputs = Vec::new();
    let stdin = || batch::Input {
        name: "<stdin>".into(),
        reader: Box::new(std::io::BufReader::new(std::io::stdin())),
    };
    if files.is_empty() {
        inputs.push(stdin());
    }
    for path in files {
        if path.as_os_str() == "-" {
            inputs.push(stdin());
            continue;
        }
        let name = path.display().to_string();
        match std::fs::File::open(&path) {
            Ok(f) => inputs.push(batch::Input {
                name,
                reader: Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
            }),
            Err(e) => {
                eprintln!("storydiff: cannot read {name}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let progress = batch::stderr_is_terminal();
    let say = |message: &str| {
        if progress {
            eprint!("\r\x1b[K");
        }
        eprintln!("storydiff: {message}");
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match batch::run(inputs, jobs, &mut out, &say, progress) {
        Ok(summary) if summary.skipped > 0 => {
            say(&format!(
                "{} stories compared, {} broken lines skipped",
                summary.stories, summary.skipped
            ));
            ExitCode::from(1)
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("storydiff: cannot write the reports: {e}");
            ExitCode::from(2)
        }
    }
}

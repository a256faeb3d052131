//! `rasid export events|quotes|entities|documents --format jsonl|csv|parquet --output FILE`.

use crate::cmd::ingest::DEFAULT_DATA;
use crate::cmd::stats::open_existing;
use crate::output;
use rasid_store::export::{self, Format, Kind};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    Events,
    Quotes,
    Entities,
    Documents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ExportFormat {
    #[default]
    Jsonl,
    Csv,
    Parquet,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to export.
    #[arg(value_enum)]
    pub what: What,
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: ExportFormat,
    /// Output file.
    #[arg(long, short)]
    pub output: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let kind = match args.what {
        What::Events => Kind::Events,
        What::Quotes => Kind::Quotes,
        What::Entities => Kind::Entities,
        What::Documents => Kind::Documents,
    };
    let format = match args.format {
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Parquet => Format::Parquet,
    };
    let n = export::export(&store, kind, format, &args.output)?;
    output::warn_line(&format!("exported {n} rows to {}", args.output.display()));
    Ok(ExitCode::SUCCESS)
}

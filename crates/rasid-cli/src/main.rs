//! `rasid`: the command-line face of the rasid crates. Logic lives in the library crates;
//! this binary parses arguments, wires readers to extractors, and prints.
//!
//! Data goes to stdout, logs and progress to stderr.

mod cmd;
mod output;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Analysis and extraction allocate many short-lived strings and vectors per article, from
/// several rayon threads: mimalloc's thread-local free lists serve them faster than glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "rasid",
    version,
    about = "Arabic news → structured political intelligence"
)]
struct Cli {
    /// More log output on stderr (-v info, -vv debug).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print sentences and tokens (with offsets) of a text file as JSON.
    Analyze(cmd::analyze::Args),
    /// Evaluate on annotated data (`eval ner --conll FILE`).
    #[command(subcommand)]
    Eval(cmd::ner::EvalCommand),
    /// Train statistical models (`train ner`, `train clusters`).
    #[command(subcommand)]
    Train(cmd::ner::TrainCommand),
    /// Extract the record of the public spec for each input document (JSON Lines).
    Extract(cmd::extract::Args),
    /// Full-text search of the ingested articles (any inflection, phrases, filters).
    Search(cmd::search::Args),
    /// Store documents and their extractions in the embedded store (idempotent, resumable).
    Ingest(cmd::ingest::Args),
    /// Query stored events (deduplicated across articles).
    Events(cmd::events::Args),
    /// Query stored quotes by speaker.
    Quotes(cmd::quotes::Args),
    /// Most mentioned actors with their roles and countries.
    Actors(cmd::actors::Args),
    /// Story clusters: the same story from several outlets.
    Stories(cmd::stories::Args),
    /// Per-month relations of two actors: counts by quad class, mean Goldstein.
    Timeline(cmd::timeline::Args),
    /// Counts of documents, entities, quotes, events, stories.
    Stats(cmd::stats::Args),
    /// Export events, quotes, entities or documents (jsonl, csv, parquet).
    Export(cmd::export::Args),
    /// Rebuild the full-text index from the store.
    Reindex(cmd::reindex::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or(level))
        .format_timestamp(None)
        .init();
    let result = match cli.command {
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Eval(c) => cmd::ner::run_eval(c),
        Command::Train(c) => cmd::ner::run_train(c),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Quotes(a) => cmd::quotes::run(a),
        Command::Actors(a) => cmd::actors::run(a),
        Command::Stories(a) => cmd::stories::run(a),
        Command::Timeline(a) => cmd::timeline::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Reindex(a) => cmd::reindex::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            output::report_error(&e);
            ExitCode::from(2)
        }
    }
}

//! `rasid stats`: what the store holds. Also home of the options every store query shares.

use crate::cmd::ingest::DEFAULT_DATA;
use crate::output;
use rasid_store::{OpenMode, SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Where the store is and how to print: shared by every query command.
#[derive(Debug, clap::Args)]
pub struct StoreArgs {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

/// A date window on publication or event dates.
#[derive(Debug, clap::Args)]
pub struct DateArgs {
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
}

/// `--limit N` where 0 means no limit.
pub(crate) fn limit(n: usize) -> Option<usize> {
    (n > 0).then_some(n)
}

/// Open an existing store (queries never create one).
pub(crate) fn open_existing(data: &Path) -> anyhow::Result<SqliteStore> {
    Ok(SqliteStore::open(data, OpenMode::Existing)?)
}

#[derive(Debug, serde::Serialize)]
struct Report {
    #[serde(flatten)]
    stats: rasid_store::Stats,
    /// Highest document key in the store.
    max_key: Option<i64>,
    /// Highest document key in the search index (equal to `max_key` when the index is current).
    index_high_water: Option<i64>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let stats = store.stats()?;
    let max_key = store.max_key()?;
    let index_dir = rasid_search::index_dir(&args.store.data);
    let index_high_water = if index_dir.exists() {
        rasid_search::open_index(&index_dir)
            .ok()
            .and_then(|i| i.high_water())
    } else {
        None
    };
    let r = Report {
        stats,
        max_key,
        index_high_water,
    };
    if args.store.format == output::Format::Json {
        output::print_json_lines(&[r])?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = &r.stats;
    let rows = vec![
        vec!["documents".into(), s.documents.to_string()],
        vec!["entities".into(), s.entities.to_string()],
        vec!["mentions".into(), s.mentions.to_string()],
        vec!["quotes".into(), s.quotes.to_string()],
        vec!["events (deduplicated)".into(), s.events.to_string()],
        vec!["event reports".into(), s.event_mentions.to_string()],
        vec!["stories (≥ 2 articles)".into(), s.stories.to_string()],
        vec!["articles in stories".into(), s.story_documents.to_string()],
        vec![
            "search index".into(),
            if r.index_high_water == r.max_key {
                "current".into()
            } else {
                "behind (run rasid reindex)".into()
            },
        ],
    ];
    output::print_table(&["what", "count"], &rows)?;
    Ok(ExitCode::SUCCESS)
}

//! `rasid stories`: clusters of near-duplicate articles (one story carried by several outlets).

use crate::cmd::ingest::DEFAULT_DATA;
use crate::cmd::stats::{open_existing, opt, print_json_lines, print_table};
use crate::output;
use rasid_store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    /// Only stories with at least this many articles.
    #[arg(long, default_value_t = 2)]
    pub min_size: usize,
    /// At most this many stories, largest first (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let rows = store.stories(args.min_size, (args.limit > 0).then_some(args.limit))?;
    if args.format == output::Format::Json {
        print_json_lines(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.size.to_string(),
                opt(&s.first_published),
                opt(&s.last_published),
                s.outlets.join(", "),
                s.titles.first().cloned().unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &["story", "articles", "first", "last", "outlets", "title"],
        &table,
    )?;
    Ok(ExitCode::SUCCESS)
}

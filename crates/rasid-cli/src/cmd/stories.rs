//! `rasid stories`: clusters of near-duplicate articles (one story carried by several outlets).

use crate::cmd::stats::{limit, open_existing, StoreArgs};
use crate::output::{self, opt};
use rasid_store::Store;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only stories with at least this many articles.
    #[arg(long, default_value_t = 2)]
    pub min_size: usize,
    /// At most this many stories, largest first (0: all).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let rows = store.stories(args.min_size, limit(args.limit))?;
    output::emit(
        args.store.format,
        &rows,
        &["story", "articles", "first", "last", "outlets", "title"],
        |s| {
            vec![
                s.id.to_string(),
                s.size.to_string(),
                opt(&s.first_published),
                opt(&s.last_published),
                s.outlets.join(", "),
                s.titles.first().cloned().unwrap_or_default(),
            ]
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

//! `rasid reindex`: rebuild the search index from the store (the source of truth).

use crate::cmd::ingest::{catch_up, open_index, DEFAULT_DATA};
use crate::cmd::stats::open_existing;
use crate::output;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let mut index = open_index(&args.data)?;
    index.clear()?;
    let n = catch_up(&store, index.as_mut())?;
    output::warn_line(&format!("reindexed {n} documents"));
    Ok(ExitCode::SUCCESS)
}

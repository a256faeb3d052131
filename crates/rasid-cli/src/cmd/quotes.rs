//! `rasid quotes --speaker NAME`: quotes, matched on folded speaker names and mentions.

use crate::cmd::ingest::DEFAULT_DATA;
use crate::cmd::stats::{open_existing, opt, print_json_lines, print_table};
use crate::output;
use rasid_store::{QuoteFilter, Store};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    /// Part of the speaker's name or of any mention of them (harakat and alef/ya/ta-marbuta forms ignored).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Articles published from this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Articles published up to this date.
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many quotes (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let rows = store.quotes(&QuoteFilter {
        speaker: args.speaker,
        from: args.from,
        to: args.to,
        limit: (args.limit > 0).then_some(args.limit),
    })?;
    if args.format == output::Format::Json {
        print_json_lines(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|q| {
            vec![
                opt(&q.published),
                opt(&q.speaker),
                q.verb.clone(),
                if q.direct { "direct" } else { "reported" }.into(),
                q.text.clone(),
                q.doc_id.clone(),
            ]
        })
        .collect();
    print_table(
        &["published", "speaker", "verb", "kind", "text", "document"],
        &table,
    )?;
    Ok(ExitCode::SUCCESS)
}

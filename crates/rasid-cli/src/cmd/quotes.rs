//! `rasid quotes --speaker NAME`: quotes, matched on folded speaker names and mentions.

use crate::cmd::stats::{limit, open_existing, DateArgs, StoreArgs};
use crate::output::{self, opt};
use rasid_store::{QuoteFilter, Store};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Part of the speaker's name or of any mention of them (harakat and alef/ya/ta-marbuta forms ignored).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Articles published in this window.
    #[command(flatten)]
    pub dates: DateArgs,
    /// At most this many quotes (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let rows = store.quotes(&QuoteFilter {
        speaker: args.speaker,
        from: args.dates.from,
        to: args.dates.to,
        limit: limit(args.limit),
    })?;
    output::emit(
        args.store.format,
        &rows,
        &["published", "speaker", "verb", "kind", "text", "document"],
        |q| {
            vec![
                opt(&q.published),
                opt(&q.speaker),
                q.verb.clone(),
                if q.direct { "direct" } else { "reported" }.into(),
                q.text.clone(),
                q.doc_id.clone(),
            ]
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

//! `rasid timeline A [B]`: events between two actors (both directions) per month.

use crate::cmd::stats::{open_existing, StoreArgs};
use crate::output;
use rasid_store::Store;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// First actor: CAMEO code prefix, ISO3 country or entity name.
    pub actor: String,
    /// Second actor; without it, every event involving the first.
    pub other: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let t = store.timeline(&args.actor, args.other.as_deref())?;
    if args.store.format == output::Format::Json {
        output::print_json_lines(&[&t])?;
        return Ok(ExitCode::SUCCESS);
    }
    let table: Vec<Vec<String>> = t
        .buckets
        .iter()
        .map(|b| {
            vec![
                b.month.clone(),
                b.events.to_string(),
                b.quad[0].to_string(),
                b.quad[1].to_string(),
                b.quad[2].to_string(),
                b.quad[3].to_string(),
                format!("{:.2}", b.mean_goldstein),
            ]
        })
        .collect();
    output::print_table(
        &[
            "month",
            "events",
            "verbal coop",
            "material coop",
            "verbal conflict",
            "material conflict",
            "goldstein",
        ],
        &table,
    )?;
    if t.undated > 0 {
        output::warn_line(&format!(
            "{} events without a month are not shown",
            t.undated
        ));
    }
    Ok(ExitCode::SUCCESS)
}

//! `rasid events`: deduplicated events, each with every article that reported it.

use crate::cmd::ingest::DEFAULT_DATA;
use crate::cmd::stats::{open_existing, opt, print_json_lines, print_table};
use crate::output;
use rasid_store::{EventFilter, Store};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    /// Source actor: CAMEO code prefix (RUS, RUSGOV), ISO3 country, or entity name (Arabic or English).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor, as --source.
    #[arg(long)]
    pub target: Option<String>,
    /// PLOVER type (CONSULT) or CAMEO code prefix (04, 043).
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let rows = store.events(&EventFilter {
        source: args.source,
        target: args.target,
        kind: args.kind,
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
        .map(|e| {
            vec![
                e.id.to_string(),
                opt(&e.day),
                e.source
                    .as_ref()
                    .map(|a| a.label())
                    .unwrap_or_else(|| "-".into()),
                e.target
                    .as_ref()
                    .map(|a| a.label())
                    .unwrap_or_else(|| "-".into()),
                e.cameo.clone(),
                e.plover.clone(),
                e.quad_class.to_string(),
                format!("{:.1}", e.goldstein),
                e.mode.clone(),
                e.num_articles.to_string(),
                e.num_sources.to_string(),
                e.sources
                    .first()
                    .map(|s| s.trigger.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        &[
            "id",
            "day",
            "source",
            "target",
            "cameo",
            "plover",
            "quad",
            "goldstein",
            "mode",
            "articles",
            "outlets",
            "trigger",
        ],
        &table,
    )?;
    Ok(ExitCode::SUCCESS)
}

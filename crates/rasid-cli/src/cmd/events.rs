//! `rasid events`: deduplicated events, each with every article that reported it.

use crate::cmd::stats::{limit, open_existing, DateArgs, StoreArgs};
use crate::output::{self, opt};
use rasid_store::{EventFilter, Store};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source actor: CAMEO code prefix (RUS, RUSGOV), ISO3 country, or entity name (Arabic or English).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor, as --source.
    #[arg(long)]
    pub target: Option<String>,
    /// PLOVER type (CONSULT) or CAMEO code prefix (04, 043).
    #[arg(long = "type")]
    pub kind: Option<String>,
    #[command(flatten)]
    pub dates: DateArgs,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let rows = store.events(&EventFilter {
        source: args.source,
        target: args.target,
        kind: args.kind,
        from: args.dates.from,
        to: args.dates.to,
        limit: limit(args.limit),
    })?;
    let actor = |a: &Option<rasid_store::ActorRef>| {
        a.as_ref().map(|a| a.label()).unwrap_or_else(|| "-".into())
    };
    output::emit(
        args.store.format,
        &rows,
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
        |e| {
            vec![
                e.id.to_string(),
                opt(&e.day),
                actor(&e.source),
                actor(&e.target),
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
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

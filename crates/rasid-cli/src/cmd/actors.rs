//! `rasid actors`: the most mentioned entities, with their roles and countries.

use crate::cmd::stats::{limit, open_existing, StoreArgs};
use crate::output::{self, opt};
use rasid_store::Store;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// At most this many actors (0: all).
    #[arg(long, default_value_t = 30)]
    pub limit: usize,
    #[command(flatten)]
    pub store: StoreArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.store.data)?;
    let rows = store.actors(limit(args.limit))?;
    output::emit(
        args.store.format,
        &rows,
        &[
            "name",
            "english",
            "kind",
            "country",
            "code",
            "mentions",
            "documents",
            "roles",
        ],
        |a| {
            vec![
                a.name.clone(),
                opt(&a.name_en),
                a.kind.clone(),
                opt(&a.country),
                opt(&a.code),
                a.mentions.to_string(),
                a.documents.to_string(),
                a.roles.join("، "),
            ]
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

//! `rasid actors`: the most mentioned entities, with their roles and countries.

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
    /// At most this many actors (0: all).
    #[arg(long, default_value_t = 30)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let rows = store.actors((args.limit > 0).then_some(args.limit))?;
    if args.format == output::Format::Json {
        print_json_lines(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|a| {
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
        })
        .collect();
    print_table(
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
        &table,
    )?;
    Ok(ExitCode::SUCCESS)
}

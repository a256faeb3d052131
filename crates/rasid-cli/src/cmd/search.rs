//! `rasid search QUERY`: ranked full-text search over the ingested articles.
//!
//! Reads only the search index (it stores what hits display), so it answers while an ingest is
//! running and never needs the store's database.

use crate::output;
use anyhow::Context;
use rasid_search::{SearchQuery, SearchResults};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words (all required, any inflection), "exact phrases", -excluded words. May be empty when a
    /// filter is given: the newest matching articles are listed.
    pub query: Vec<String>,
    /// Data directory.
    #[arg(long, default_value = "rasid-data")]
    pub data: PathBuf,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// Only articles of this source (outlet).
    #[arg(long)]
    pub source: Option<String>,
    /// Only articles mentioning this actor (entity name, CAMEO code or ISO3 code).
    #[arg(long)]
    pub actor: Option<String>,
    /// Results per page.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Results to skip (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// `json`: one JSON object `{query, total, hits}` on stdout.
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

#[derive(Debug, serde::Serialize)]
struct JsonOut<'a> {
    query: &'a str,
    total: usize,
    hits: &'a [rasid_search::Hit],
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = args.query.join(" ");
    let filtered =
        args.from.is_some() || args.to.is_some() || args.source.is_some() || args.actor.is_some();
    if text.trim().is_empty() && !filtered {
        anyhow::bail!("nothing to search: give a query or a filter (--from --to --source --actor)");
    }
    let dir = rasid_search::index_dir(&args.data);
    if !dir.join("meta.json").exists() {
        anyhow::bail!(
            "no search index in {} (run `rasid ingest` or `rasid reindex` first)",
            args.data.display()
        );
    }
    let index = rasid_search::open_index(&dir)
        .with_context(|| format!("opening search index {}", dir.display()))?;
    let q = SearchQuery {
        text: text.clone(),
        from: args.from,
        to: args.to,
        source: args.source,
        actor: args.actor,
        limit: args.limit,
        offset: args.offset,
    };
    let res = index.search(&q)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        output::Format::Json => {
            let json = JsonOut {
                query: &text,
                total: res.total,
                hits: &res.hits,
            };
            output::json_line(&mut out, &json)?;
        }
        output::Format::Table => print_hits(&mut out, &res, args.offset)?,
    }
    out.flush()?;
    Ok(if res.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One block per hit: rank, date, source, score, title, then the highlighted snippet.
fn print_hits(out: &mut dyn Write, res: &SearchResults, offset: usize) -> io::Result<()> {
    for (i, h) in res.hits.iter().enumerate() {
        writeln!(
            out,
            "{:>3}. {}  {}  {:.2}  {}",
            offset + i + 1,
            h.published.as_deref().unwrap_or("-"),
            h.source.as_deref().unwrap_or("-"),
            h.score,
            h.title.as_deref().unwrap_or(&h.doc_id),
        )?;
        writeln!(out, "     {}", h.snippet)?;
        writeln!(out, "     id {}", h.doc_id)?;
    }
    let shown = res.hits.len();
    if shown == 0 {
        writeln!(out, "no results")
    } else {
        writeln!(
            out,
            "results {}–{} of {}",
            offset + 1,
            offset + shown,
            res.total
        )
    }
}

//! `rasid stats`: what the store holds. Also home of the small table printer of the store commands.

use crate::cmd::ingest::DEFAULT_DATA;
use crate::output;
use rasid_store::{OpenMode, SqliteStore, Store};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Data directory.
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

/// Open an existing store (queries never create one).
pub(crate) fn open_existing(data: &Path) -> anyhow::Result<SqliteStore> {
    Ok(SqliteStore::open(data, OpenMode::Existing)?)
}

/// Cut a cell to `max` chars, on one line.
fn cell(s: &str, max: usize) -> String {
    let one: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    if one.chars().count() <= max {
        one
    } else {
        let mut t: String = one.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Print an aligned plain-text table (widths in chars; cells cut at 60 chars).
pub(crate) fn print_table(headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c, 60)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut first = true;
        for (c, w) in cells.zip(&widths) {
            if !first {
                out.write_all(b"  ")?;
            }
            first = false;
            write!(
                out,
                "{c}{}",
                " ".repeat(w.saturating_sub(c.chars().count()))
            )?;
        }
        writeln!(out)
    };
    line(&mut out, &mut headers.iter().copied())?;
    let rules: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    line(&mut out, &mut rules.iter().map(String::as_str))?;
    for r in &rows {
        line(&mut out, &mut r.iter().map(String::as_str))?;
    }
    out.flush()
}

/// Print JSON Lines to stdout.
pub(crate) fn print_json_lines<T: serde::Serialize>(rows: &[T]) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for r in rows {
        output::json_line(&mut out, r)?;
    }
    out.flush()?;
    Ok(())
}

/// Display of an optional value in a table.
pub(crate) fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

#[derive(Debug, serde::Serialize)]
struct Report {
    #[serde(flatten)]
    stats: rasid_store::Stats,
    /// Highest document key in the store.
    max_key: Option<i64>,
    /// Highest document key in the search index (equal to `max_key` when the index is current).
    index_high_water: Option<i64>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = open_existing(&args.data)?;
    let stats = store.stats()?;
    let max_key = store.max_key()?;
    let index_dir = rasid_search::index_dir(&args.data);
    let index_high_water = if index_dir.exists() {
        rasid_search::open_index(&index_dir)
            .ok()
            .and_then(|i| i.high_water())
    } else {
        None
    };
    let r = Report {
        stats,
        max_key,
        index_high_water,
    };
    if args.format == output::Format::Json {
        print_json_lines(&[r])?;
        return Ok(ExitCode::SUCCESS);
    }
    let s = &r.stats;
    let rows = vec![
        vec!["documents".into(), s.documents.to_string()],
        vec!["entities".into(), s.entities.to_string()],
        vec!["mentions".into(), s.mentions.to_string()],
        vec!["quotes".into(), s.quotes.to_string()],
        vec!["events (deduplicated)".into(), s.events.to_string()],
        vec!["event reports".into(), s.event_mentions.to_string()],
        vec!["stories (≥ 2 articles)".into(), s.stories.to_string()],
        vec!["articles in stories".into(), s.story_documents.to_string()],
        vec![
            "search index".into(),
            if r.index_high_water == r.max_key {
                "current".into()
            } else {
                "behind (run rasid reindex)".into()
            },
        ],
    ];
    print_table(&["what", "count"], &rows)?;
    Ok(ExitCode::SUCCESS)
}

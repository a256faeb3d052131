//! `rasid ingest FILE...`: read, extract in parallel, store in batches (one writer), index.
//!
//! Crash safety comes from the store: a batch is one SQLite transaction and nothing is reported
//! stored before it commits. The search index is fed afterwards from the store (every key above
//! the index's high-water mark), so a crash between the two is healed at the next start.

use crate::output;
use anyhow::Context;
use rasid_core::Document;
use rasid_store::{OpenMode, PreparedDoc, SqliteStore, Store, StoreError};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Default data directory of every store command.
pub const DEFAULT_DATA: &str = "rasid-data";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files (plain text, HTML, JSON Lines, WARC; gzip allowed).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Data directory (created when absent).
    #[arg(long, default_value = DEFAULT_DATA)]
    pub data: PathBuf,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// Extra lexicon directory (repeatable), loaded on top of the embedded lexicons.
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// Do not update the search index (`rasid reindex` builds it later).
    #[arg(long)]
    pub no_index: bool,
    /// `json`: print the summary as one JSON object on stdout.
    #[arg(long, value_enum, default_value_t)]
    pub format: output::Format,
}

/// Summary of a run.
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    stored: usize,
    duplicates: usize,
    failed: usize,
    indexed: usize,
    seconds: f64,
}

/// Feed the index every stored document above its high-water mark, then commit it.
pub(crate) fn catch_up(
    store: &dyn Store,
    index: &mut dyn rasid_search::SearchIndex,
) -> anyhow::Result<usize> {
    let max = store.max_key()?;
    let mut hw = index.high_water();
    if hw > max {
        // The index is ahead of the store (store replaced): rebuild it from the store.
        log::warn!("search index is ahead of the store; rebuilding it");
        index.clear()?;
        hw = None;
    }
    if max.is_none() || max <= hw {
        return Ok(0);
    }
    let n = store.for_each_document(hw, &mut |d| {
        index
            .add(&rasid_search::IndexDoc {
                key: d.key,
                doc_id: &d.doc_id,
                title: d.title.as_deref(),
                text: &d.text,
                published: d.published.as_deref(),
                source: d.source.as_deref(),
                actors: &d.actors,
            })
            .map_err(|e| StoreError::Callback(Box::new(e)))
    })?;
    index.commit()?;
    Ok(n)
}

pub(crate) fn open_index(data: &Path) -> anyhow::Result<Box<dyn rasid_search::SearchIndex>> {
    let dir = rasid_search::index_dir(data);
    rasid_search::open_index(&dir)
        .with_context(|| format!("opening search index {}", dir.display()))
}

fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = indicatif::ProgressBar::new_spinner();
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {elapsed_precise} {pos} articles ({per_sec}) {msg}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    pb.set_style(style);
    Some(pb)
}

/// Total size of the inputs, for an ETA when inputs are files.
fn input_bytes(files: &[PathBuf]) -> u64 {
    files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let mut store = SqliteStore::open(&args.data, OpenMode::Create)?;
    let mut index = if args.no_index {
        None
    } else {
        Some(open_index(&args.data)?)
    };
    let mut sum = Summary::default();
    if let Some(ix) = index.as_deref_mut() {
        let healed = catch_up(&store, ix)?;
        if healed > 0 {
            log::info!("search index caught up with {healed} stored documents");
        }
        sum.indexed += healed;
    }
    let extractor = rasid_extract::Extractor::new(rasid_extract::ExtractOptions {
        lexicon_dirs: args.lexicon.clone(),
        with_text: false,
    })?;
    let pb = progress_bar();
    let total_bytes = input_bytes(&args.files);
    let batch_size = args.batch.max(1);
    let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
    let mut seen = 0usize;

    let mut flush = |batch: &mut Vec<Document>,
                     sum: &mut Summary,
                     store: &mut SqliteStore|
     -> anyhow::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let docs = std::mem::take(batch);
        // Skip what is already stored before paying for extraction.
        let mut todo = Vec::with_capacity(docs.len());
        for d in docs {
            if store.contains(&d.id, &Document::content_id(&d.text))? {
                sum.duplicates += 1;
            } else {
                todo.push(d);
            }
        }
        let results: Vec<Result<PreparedDoc, String>> = todo
            .into_par_iter()
            .map(|d| {
                let rec = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    extractor.extract(&d)
                }));
                match rec {
                    Ok(rec) => Ok(PreparedDoc::new(d, rec)),
                    Err(_) => Err(format!(
                        "{}: extraction failed (internal error) on document {}",
                        d.path.as_deref().unwrap_or("-"),
                        d.id
                    )),
                }
            })
            .collect();
        let mut prepared = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(p) => prepared.push(p),
                Err(msg) => {
                    sum.failed += 1;
                    output::warn_line(&format!("error: {msg}"));
                }
            }
        }
        let out = store.write_batch(prepared).context("storing a batch")?;
        sum.stored += out.stored.len();
        sum.duplicates += out.duplicates.len();
        // Printed only after the commit: what this line reports survives any crash.
        log::info!("committed batch; stored so far: {}", sum.stored);
        if let Some(ix) = index.as_deref_mut() {
            sum.indexed += catch_up(&*store, ix)?;
        }
        Ok(())
    };

    for path in &args.files {
        let stream = match rasid_ingest::read_path(path) {
            Ok(s) => s,
            Err(e) => {
                sum.failed += 1;
                output::warn_line(&format!("error: {e}"));
                continue;
            }
        };
        for item in stream {
            seen += 1;
            match item {
                Ok(doc) => batch.push(doc),
                Err(e) => {
                    sum.failed += 1;
                    output::warn_line(&format!("error: {e}"));
                }
            }
            if batch.len() >= batch_size {
                flush(&mut batch, &mut sum, &mut store)?;
                if let Some(pb) = &pb {
                    pb.set_position(seen as u64);
                    pb.set_message(format!(
                        "stored {} skipped {} failed {} ({} MB input)",
                        sum.stored,
                        sum.duplicates,
                        sum.failed,
                        total_bytes / 1_000_000
                    ));
                }
            }
        }
    }
    flush(&mut batch, &mut sum, &mut store)?;
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    sum.seconds = start.elapsed().as_secs_f64();
    let rate = sum.stored as f64 / sum.seconds.max(1e-9);
    output::warn_line(&format!(
        "stored {}, skipped {} duplicates, failed {} ({} indexed; {:.1} s, {:.0} articles/s) into {}",
        sum.stored,
        sum.duplicates,
        sum.failed,
        sum.indexed,
        sum.seconds,
        rate,
        args.data.display()
    ));
    if args.format == output::Format::Json {
        let mut w = std::io::stdout().lock();
        output::json_line(&mut w, &sum)?;
        w.flush()?;
    }
    Ok(if sum.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

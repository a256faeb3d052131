//! `rasid ingest FILE...`: read, extract in parallel, store in batches (one writer), index.
//!
//! Crash safety comes from the store: a batch is one SQLite transaction and nothing is reported
//! stored before it commits. The search index is fed afterwards from the store (every key above
//! the index's high-water mark), so a crash between the two is healed at the next start.

use crate::output;
use anyhow::Context;
use rasid_core::Document;
use rasid_extract::timings::{self, Stage};
use rasid_store::{OpenMode, PreparedDoc, SqliteStore, Store, StoreError};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
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
    let n = feed(store, index, &mut hw)?;
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

/// Uncommitted index documents after which the writer commits the index: each commit writes a
/// segment (and later merges), so committing every store batch cost more than indexing itself.
/// A crash loses nothing: the next start feeds the index from the store again.
const INDEX_COMMIT_DOCS: usize = 10_000;

/// Counts shared with the progress bar while the writer thread runs.
#[derive(Debug, Default)]
struct Progress {
    stored: AtomicUsize,
    duplicates: AtomicUsize,
}

/// The writer thread: stores batches in order (one transaction each), feeds the search index
/// from the store and commits it every [`INDEX_COMMIT_DOCS`] and at the end.
fn write_loop(
    mut store: SqliteStore,
    mut index: Option<Box<dyn rasid_search::SearchIndex>>,
    batches: mpsc::Receiver<Vec<PreparedDoc>>,
    progress: &Progress,
) -> anyhow::Result<usize> {
    let mut indexed = 0;
    let mut fed = index.as_deref().and_then(|ix| ix.high_water());
    let mut uncommitted = 0;
    for prepared in batches {
        let out = timings::time(Stage::Store, || store.write_batch(prepared))
            .context("storing a batch")?;
        progress
            .stored
            .fetch_add(out.stored.len(), Ordering::Relaxed);
        progress
            .duplicates
            .fetch_add(out.duplicates.len(), Ordering::Relaxed);
        // Logged only after the commit: what this line reports survives any crash.
        log::info!("committed batch of {}", out.stored.len());
        if let Some(ix) = index.as_deref_mut() {
            let t = Instant::now();
            let n = feed(&store, ix, &mut fed)?;
            uncommitted += n;
            if uncommitted >= INDEX_COMMIT_DOCS {
                ix.commit()?;
                indexed += uncommitted;
                uncommitted = 0;
            }
            timings::add(Stage::Index, t);
        }
    }
    if let Some(ix) = index.as_deref_mut() {
        let t = Instant::now();
        if uncommitted > 0 {
            ix.commit()?;
            indexed += uncommitted;
        }
        timings::add(Stage::Index, t);
    }
    Ok(indexed)
}

/// Adds to the index every stored document above `fed` (not committed), advancing `fed`.
fn feed(
    store: &dyn Store,
    index: &mut dyn rasid_search::SearchIndex,
    fed: &mut Option<i64>,
) -> anyhow::Result<usize> {
    let mut last = *fed;
    let n = store.for_each_document(*fed, &mut |d| {
        last = last.max(Some(d.key));
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
    *fed = last;
    Ok(n)
}

/// Extract a batch in parallel; `Err` holds the stderr message of a document that failed.
fn extract_batch(
    extractor: &rasid_extract::Extractor,
    docs: Vec<Document>,
) -> Vec<Result<PreparedDoc, String>> {
    docs.into_par_iter()
        .map(|d| {
            let rec =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(&d)));
            match rec {
                Ok(rec) => Ok(PreparedDoc::new(d, rec)),
                Err(_) => Err(format!(
                    "{}: extraction failed (internal error) on document {}",
                    d.path.as_deref().unwrap_or("-"),
                    d.id
                )),
            }
        })
        .collect()
}

/// Pipeline: this thread reads and extracts (on the worker pool) batch N+1 while the writer
/// thread stores and indexes batch N, so the single SQLite writer never idles the cores.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let store = SqliteStore::open(&args.data, OpenMode::Create)?;
    // A second connection answers "already stored?" while the writer holds the first (WAL
    // readers do not block the writer). Batches in flight are caught by the writer's own check.
    let reader = SqliteStore::open(&args.data, OpenMode::Existing)?;
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
    let progress = Progress::default();
    // One batch queued while one is written: memory stays at a few batches.
    let (tx, rx) = mpsc::sync_channel::<Vec<PreparedDoc>>(1);

    let (read_result, write_result) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| write_loop(store, index, rx, &progress));
        let read_result = (|| -> anyhow::Result<()> {
            let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
            let mut seen = 0usize;
            let send = |batch: &mut Vec<Document>, sum: &mut Summary| -> anyhow::Result<()> {
                let docs = std::mem::take(batch);
                // Skip what is already stored before paying for extraction.
                let mut todo = Vec::with_capacity(docs.len());
                for d in docs {
                    if reader.contains(&d.id, &Document::content_id(&d.text))? {
                        sum.duplicates += 1;
                    } else {
                        todo.push(d);
                    }
                }
                let mut prepared = Vec::with_capacity(todo.len());
                for r in extract_batch(&extractor, todo) {
                    match r {
                        Ok(p) => prepared.push(p),
                        Err(msg) => {
                            sum.failed += 1;
                            output::warn_line(&format!("error: {msg}"));
                        }
                    }
                }
                // A closed channel means the writer stopped on an error, reported below.
                tx.send(prepared)
                    .map_err(|_| anyhow::anyhow!("the store writer stopped"))
            };
            for path in &args.files {
                let mut stream = match rasid_ingest::read_path(path) {
                    Ok(s) => s,
                    Err(e) => {
                        sum.failed += 1;
                        output::warn_line(&format!("error: {e}"));
                        continue;
                    }
                };
                loop {
                    let t = Instant::now();
                    let Some(item) = stream.next() else { break };
                    timings::add(Stage::Read, t);
                    seen += 1;
                    match item {
                        Ok(doc) => batch.push(doc),
                        Err(e) => {
                            sum.failed += 1;
                            output::warn_line(&format!("error: {e}"));
                        }
                    }
                    if batch.len() >= batch_size {
                        send(&mut batch, &mut sum)?;
                        if let Some(pb) = &pb {
                            pb.set_position(seen as u64);
                            pb.set_message(format!(
                                "stored {} skipped {} failed {} ({} MB input)",
                                progress.stored.load(Ordering::Relaxed),
                                sum.duplicates + progress.duplicates.load(Ordering::Relaxed),
                                sum.failed,
                                total_bytes / 1_000_000
                            ));
                        }
                    }
                }
            }
            if !batch.is_empty() {
                send(&mut batch, &mut sum)?;
            }
            Ok(())
        })();
        drop(tx);
        let write_result = writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the store writer panicked")));
        (read_result, write_result)
    });
    // The writer's error is the cause when both failed (the reader only saw the closed channel).
    sum.indexed += write_result?;
    read_result?;
    sum.stored = progress.stored.load(Ordering::Relaxed);
    sum.duplicates += progress.duplicates.load(Ordering::Relaxed);
    if let Some(pb) = &pb {
        pb.finish_and_clear();
    }
    sum.seconds = start.elapsed().as_secs_f64();
    if timings::enabled() {
        let _ = std::io::stderr()
            .lock()
            .write_all(timings::report().as_bytes());
    }
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

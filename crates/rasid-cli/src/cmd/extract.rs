//! `rasid extract --format json FILE...`: one record of the public spec per document.
//!
//! Documents stream through in batches: while the worker pool extracts batch N, batch N+1 is
//! read; records are written in input order. Memory stays flat whatever the input size (two
//! batches at most), and one bad document costs one error line on stderr, never the run.

use crate::output;
use rasid_core::Document;
use rasid_extract::timings::{self, Stage};
use rasid_ingest::IngestError;
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ExtractFormat {
    /// JSON Lines: one record per document.
    #[default]
    Json,
}

/// `--input-format`: skip detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Text,
    Html,
    Jsonl,
    Warc,
}

impl From<InputFormat> for rasid_ingest::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Text => rasid_ingest::Format::Text,
            InputFormat::Html => rasid_ingest::Format::Html,
            InputFormat::Jsonl => rasid_ingest::Format::Jsonl,
            InputFormat::Warc => rasid_ingest::Format::Warc,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files (plain text, HTML, JSON Lines, WARC; gzip allowed); `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ExtractFormat,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Include the document's text in each record.
    #[arg(long)]
    pub with_text: bool,
    /// Extra lexicon directory (repeatable), loaded on top of the embedded lexicons.
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
}

/// Documents per batch per worker: enough to keep workers busy between batches.
const DOCS_PER_WORKER: usize = 16;
/// Text bytes per batch: bounds memory on inputs of huge documents.
const BATCH_BYTES: usize = 16 * 1024 * 1024;

type Item = Result<Document, IngestError>;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = rasid_extract::Extractor::new(rasid_extract::ExtractOptions {
        lexicon_dirs: args.lexicon.clone(),
        with_text: args.with_text,
    })?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()?;
    let batch_docs = pool.current_num_threads().max(1) * DOCS_PER_WORKER;
    let opts = rasid_ingest::ReadOptions {
        format: args.input_format.map(Into::into),
    };

    let mut docs =
        args.files
            .iter()
            .flat_map(move |path| -> Box<dyn Iterator<Item = Item> + Send> {
                match rasid_ingest::read_path_with(path, &opts) {
                    Ok(stream) => Box::new(stream),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            });

    let mut w = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut batch = read_batch(&mut docs, batch_docs);
    while !batch.is_empty() {
        let (outs, next) = pool.install(|| {
            rayon::join(
                || extract_batch(&extractor, batch),
                || read_batch(&mut docs, batch_docs),
            )
        });
        for out in outs {
            match out {
                Ok(line) => {
                    if let Err(e) = w.write_all(&line) {
                        return stdout_error(e);
                    }
                }
                Err(msg) => {
                    failed += 1;
                    output::warn_line(&msg);
                }
            }
        }
        batch = next;
    }
    if let Err(e) = w.flush() {
        return stdout_error(e);
    }
    if timings::enabled() {
        let _ = std::io::stderr()
            .lock()
            .write_all(timings::report().as_bytes());
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A closed pipe (`rasid extract ... | head`) is a normal end, not an error.
fn stdout_error(e: io::Error) -> anyhow::Result<ExitCode> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(anyhow::Error::new(e).context("writing to standard output"))
    }
}

fn read_batch(docs: &mut (impl Iterator<Item = Item> + Send), max_docs: usize) -> Vec<Item> {
    let t = std::time::Instant::now();
    let mut batch = Vec::with_capacity(max_docs);
    let mut bytes = 0usize;
    for item in docs.by_ref() {
        if let Ok(d) = &item {
            bytes += d.text.len();
        }
        batch.push(item);
        if batch.len() >= max_docs || bytes >= BATCH_BYTES {
            break;
        }
    }
    timings::add(Stage::Read, t);
    batch
}

/// Extract and serialise a batch in parallel, keeping order; `Err` holds the stderr message.
fn extract_batch(
    extractor: &rasid_extract::Extractor,
    batch: Vec<Item>,
) -> Vec<Result<Vec<u8>, String>> {
    batch
        .into_par_iter()
        .map(|item| {
            let doc = item.map_err(|e| e.to_string())?;
            let rec = catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc))).map_err(|_| {
                format!(
                    "{}: internal error: extraction panicked (please report this document)",
                    doc_at(&doc)
                )
            })?;
            timings::time(Stage::Output, || {
                // Sized for the text (printed when derived, as most JSON Lines records are: the
                // headline is put above the body) plus the findings: no regrowth copies.
                let text = rec.document.text.as_ref().map_or(0, String::len);
                let mut line = Vec::with_capacity(text + text / 8 + 4096);
                output::json_line(&mut line, &rec).map_err(|e| format!("{}: {e}", doc_at(&doc)))?;
                Ok(line)
            })
        })
        .collect()
}

fn doc_at(doc: &Document) -> &str {
    doc.path.as_deref().unwrap_or(&doc.id)
}

//! `rasid extract --format json FILE...`: one record of the public spec per document.

use crate::output;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ExtractFormat {
    /// JSON Lines: one record per document.
    #[default]
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files (plain text, HTML, JSON Lines, WARC; gzip allowed).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ExtractFormat,
    /// Include the document's text in each record.
    #[arg(long)]
    pub with_text: bool,
    /// Extra lexicon directory (repeatable), loaded on top of the embedded lexicons.
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let extractor = rasid_extract::Extractor::new(rasid_extract::ExtractOptions {
        lexicon_dirs: args.lexicon.clone(),
        with_text: args.with_text,
    })?;
    let mut w = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    for path in &args.files {
        for doc in rasid_ingest::read_path(path) {
            match doc {
                Ok(doc) => {
                    let rec = extractor.extract(&doc);
                    output::json_line(&mut w, &rec)?;
                }
                Err(e) => {
                    failed += 1;
                    output::warn_line(&format!("error: {e}"));
                }
            }
        }
    }
    w.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

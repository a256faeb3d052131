//! `rasid analyze FILE`: sentences and tokens as JSON, each with exact text and char offsets.

use anyhow::Context;
use serde::Serialize;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input file (any format rasid reads; the first document is analysed).
    pub file: PathBuf,
}

#[derive(Serialize)]
struct OutToken<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: rasid_analysis::TokenKind,
    norm: &'a str,
    stem: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parts: Vec<OutPart<'a>>,
}

#[derive(Serialize)]
struct OutPart<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    role: rasid_analysis::PartRole,
}

#[derive(Serialize)]
struct OutSentence<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    headline: bool,
    tokens: Vec<OutToken<'a>>,
}

#[derive(Serialize)]
struct Out<'a> {
    id: &'a str,
    path: Option<&'a str>,
    sentences: Vec<OutSentence<'a>>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut docs = rasid_ingest::read_path(&args.file)?;
    let doc = docs
        .next()
        .with_context(|| format!("{}: no document", args.file.display()))??;
    let text = doc.text.as_str();
    let analysis = rasid_analysis::analyze(text);
    let sentences = analysis
        .sentences
        .iter()
        .map(|s| OutSentence {
            start: s.start,
            end: s.end,
            text: &text[s.byte_start..s.byte_end],
            headline: s.headline,
            tokens: analysis.tokens[s.tokens.clone()]
                .iter()
                .map(|t| OutToken {
                    start: t.start,
                    end: t.end,
                    text: t.text(text),
                    kind: t.kind,
                    norm: &t.norm,
                    stem: &t.stem,
                    parts: if t.parts().len() > 1 {
                        t.parts()
                            .iter()
                            .map(|p| OutPart {
                                start: p.start,
                                end: p.end,
                                text: &text[p.byte_start..p.byte_end],
                                role: p.role,
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                })
                .collect(),
        })
        .collect();
    let out = Out {
        id: &doc.id,
        path: doc.path.as_deref(),
        sentences,
    };
    let mut w = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut w, &out)?;
    writeln!(w)?;
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}

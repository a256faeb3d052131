//! Inspect coded events without the full CLI: `cargo run -p rasid-extract --example events_dump -- FILE.txt...`
//! prints one record per file (JSON Lines); with `--jsonl` it reads JSON Lines documents
//! (`id`, `text`, optional `title`, `published`) from standard input with rasid's reader; with `--review` it prints one
//! line per event (code, actors, mode, trigger, sentence) for hand-checking precision.

use rasid_core::Document;
use rasid_extract::{ExtractOptions, Extractor};
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let review = args.iter().any(|a| a == "--review");
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let ex = Extractor::new(ExtractOptions::default())?;
    let mut docs = Vec::new();
    if jsonl {
        // The CLI's own JSON Lines reader, so the eval sees the text `rasid extract` sees
        // (headline above the body, entities decoded).
        let opts = rasid_ingest::ReadOptions {
            format: Some(rasid_ingest::Format::Jsonl),
        };
        for doc in rasid_ingest::read_reader("-", std::io::stdin(), &opts)? {
            docs.push(doc?);
        }
    } else {
        for p in args.iter().filter(|a| !a.starts_with("--")) {
            let text = std::fs::read_to_string(p)?;
            docs.push(Document {
                id: Document::content_id(&text),
                path: Some(p.clone()),
                text,
                ..Default::default()
            });
        }
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for d in &docs {
        let r = ex.extract(d);
        if !review {
            writeln!(out, "{}", serde_json::to_string(&r)?)?;
            continue;
        }
        let name = |a: &Option<rasid_core::EventActor>| {
            a.as_ref()
                .map(|a| {
                    let n = a
                        .entity
                        .as_ref()
                        .and_then(|id| r.entities.iter().find(|e| &e.id == id))
                        .map(|e| e.name.as_str())
                        .unwrap_or("");
                    format!("{}({})", a.code.clone().unwrap_or_default(), n)
                })
                .unwrap_or_else(|| "-".into())
        };
        let chars: Vec<char> = d.text.chars().collect();
        for e in &r.events {
            let (s, t) = (
                e.sentence.start.max(e.trigger.start.saturating_sub(120)),
                e.sentence.end.min(e.trigger.end + 120),
            );
            let sent: String = chars[s..t].iter().collect::<String>().replace('\n', " ");
            writeln!(
                out,
                "{}\t{} {} {} → {} {} [{}] {}\t{}",
                d.id,
                e.cameo,
                e.plover,
                name(&e.source),
                name(&e.target),
                e.mode.as_str(),
                e.trigger.text,
                e.date.clone().unwrap_or_default(),
                sent
            )?;
        }
    }
    Ok(())
}

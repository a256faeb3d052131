//! Per-core throughput measured in process CPU time (not wall time), so that figures stay
//! meaningful on a busy machine: `cargo run --release -p rasid-analysis --example throughput`.
//! Complements the criterion bench (`benches/analyze.rs`), which measures wall time.

use charabia::Tokenize;
use std::io::{BufRead, BufReader, Write};

const TARGET_BYTES: usize = 20 * 1024 * 1024;

fn corpus() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz"
    );
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    let mut total = 0;
    for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            total += t.len();
            out.push(t.to_string());
        }
        if total >= TARGET_BYTES {
            break;
        }
    }
    out
}

/// CPU seconds (user + system) of this process, from /proc/self/stat (Linux).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

fn measure(
    name: &str,
    bytes: usize,
    rounds: usize,
    mut f: impl FnMut() -> usize,
) -> std::io::Result<()> {
    let _ = f(); // warm up (lookup tables, word lists)
    let t0 = cpu_seconds();
    let w0 = std::time::Instant::now();
    let mut sink = 0usize;
    for _ in 0..rounds {
        sink = sink.wrapping_add(f());
    }
    let cpu = cpu_seconds() - t0;
    let wall = w0.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    writeln!(
        std::io::stdout().lock(),
        "{name:<32} {:>8.1} MB/s per core (cpu {cpu:.2}s)  {:>8.1} MB/s wall  [{sink}]",
        mb / cpu.max(1e-9),
        mb / wall
    )
}

fn main() -> std::io::Result<()> {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    writeln!(
        std::io::stdout().lock(),
        "{} documents, {:.1} MB",
        docs.len(),
        bytes as f64 / 1e6
    )?;
    let only = std::env::args().nth(1).unwrap_or_default();
    let run =
        |name: &str| only.is_empty() || only == name || (only == "rasid" && name != "charabia");
    if run("cold") {
        // A new analyser per round: its word cache starts empty, as for a first pass over
        // unseen text.
        measure("rasid analyze (cold word cache)", bytes, 3, || {
            let mut an = rasid_analysis::Analyzer::new();
            docs.iter().map(|d| an.analyze(d).tokens.len()).sum()
        })?;
    }
    let mut an = rasid_analysis::Analyzer::new();
    if run("analyze") {
        measure("rasid analyze", bytes, 3, || {
            docs.iter().map(|d| an.analyze(d).tokens.len()).sum()
        })?;
    }
    if run("stream") {
        measure("rasid for_each_token (streaming)", bytes, 3, || {
            let mut n = 0usize;
            for d in &docs {
                an.for_each_token(d, |t| n += t.norm.len() + t.stem.len() + t.parts().len());
            }
            n
        })?;
    }
    if run("fold") {
        measure("rasid fold", bytes, 3, || {
            docs.iter().map(|d| rasid_analysis::fold(d).len()).sum()
        })?;
    }
    if !run("charabia") {
        return Ok(());
    }
    measure("charabia tokenize+normalize", bytes, 1, || {
        docs.iter()
            .map(|d| {
                d.as_str()
                    .tokenize()
                    .map(|t| t.lemma().len())
                    .sum::<usize>()
            })
            .sum()
    })?;
    Ok(())
}

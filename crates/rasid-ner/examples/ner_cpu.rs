//! CPU time of the NER stage alone, as `rasid extract` runs it (person spans of whole
//! articles): `ner_cpu FILE.jsonl [ROUNDS]`. On a machine shared with other work, CPU time
//! (from /proc/thread-self/schedstat) is steadier than the wall time of the stage timings.
//! Prints the seconds of the fastest round and a digest of the spans, to compare builds.

use std::hash::{Hash, Hasher};
use std::io::{BufRead, Write};

/// CPU time of this thread, in seconds.
fn cpu_seconds() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let ns: f64 = s
        .split_whitespace()
        .next()
        .and_then(|x| x.parse().ok())
        .unwrap_or(0.0);
    ns / 1e9
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: ner_cpu FILE.jsonl [ROUNDS]")?;
    let rounds: usize = args.next().map_or(Ok(3), |r| r.parse())?;
    let texts: Vec<String> = std::io::BufReader::new(std::fs::File::open(path)?)
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.ok()?).ok()?;
            Some(v.get("text")?.as_str()?.to_string())
        })
        .collect();
    let analyses: Vec<_> = texts.iter().map(|t| rasid_analysis::analyze(t)).collect();
    let mut best = f64::INFINITY;
    let mut digest = 0;
    // `NER_WARM=1`: one model for all rounds, so rounds after the first run on a warm
    // word cache (the steady state of a long run).
    let warm = std::env::var_os("NER_WARM")
        .map(|_| rasid_ner::Model::embedded())
        .transpose()?;
    for _ in 0..rounds {
        // A fresh model each round: its word cache starts empty, as in one extract run.
        let fresh;
        let model = match &warm {
            Some(m) => m,
            None => {
                fresh = rasid_ner::Model::embedded()?;
                &fresh
            }
        };
        let t0 = cpu_seconds();
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for (a, t) in analyses.iter().zip(&texts) {
            for s in model.tag_kinds(a, t, |k| k == rasid_ner::NerKind::Per) {
                (s.tokens, s.byte_start, s.score.to_bits()).hash(&mut h);
            }
        }
        best = best.min(cpu_seconds() - t0);
        digest = h.finish();
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    writeln!(
        std::io::stdout().lock(),
        "ner cpu {best:.3} s ({:.1} MB/s) digest {digest:016x}",
        bytes as f64 / best / 1e6
    )?;
    Ok(())
}

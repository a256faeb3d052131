//! Throughput of the full analysis over ~20 MB of SaudiNewsNet article text, side by side with
//! meilisearch's charabia (segmentation + normalisation) on the same text, in one run:
//! `analyze` (tokens, sentences, clitics, stems, offsets), the same with an empty word cache
//! (a new analyser per pass), streaming `for_each_token`, `fold`, charabia.
//!
//! `cargo bench -p rasid-analysis --bench analyze`. Wall time: on a shared machine also run
//! `examples/throughput.rs`, which reports CPU time per core.

use charabia::Tokenize;
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::hint::black_box;
use std::io::{BufRead, BufReader};
use std::time::Duration;

const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// Article texts until ~20 MB.
fn corpus() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz"
    );
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut out = Vec::new();
    let mut total = 0;
    for line in reader.lines() {
        let line = line.expect("corpus line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("corpus json");
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

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("analysis");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(2));
    g.measurement_time(Duration::from_secs(15));

    // Analyses are dropped inside the timed routine: freeing them is part of the cost.
    let analyze_all = |an: &mut rasid_analysis::Analyzer| {
        let mut n = 0usize;
        for d in &docs {
            let a = an.analyze(d);
            n += a.tokens.len() + a.sentences.len();
        }
        black_box(n)
    };
    g.bench_function("rasid_analyze", |b| {
        let mut an = rasid_analysis::Analyzer::new();
        b.iter(|| analyze_all(&mut an))
    });
    // A new analyser per pass: its word cache starts empty, as on unseen text.
    g.bench_function("rasid_analyze_cold_cache", |b| {
        b.iter(|| analyze_all(&mut rasid_analysis::Analyzer::new()))
    });

    g.bench_function("rasid_for_each_token", |b| {
        let mut an = rasid_analysis::Analyzer::new();
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                an.for_each_token(d, |t| n += t.norm.len() + t.stem.len() + t.parts().len());
            }
            black_box(n)
        })
    });

    g.bench_function("rasid_fold", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                n += rasid_analysis::fold(d).len();
            }
            black_box(n)
        })
    });

    g.bench_function("charabia_tokenize_normalize", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &docs {
                for t in d.as_str().tokenize() {
                    n += t.lemma().len();
                }
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

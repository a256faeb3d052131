//! Tagging throughput on real news sentences (SaudiNewsNet): sentences/s and MB/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::io::{BufRead, BufReader};

const CORPUS: &str = "/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz";

/// The first articles of the corpus, as analysed text.
fn sample(n_docs: usize) -> Vec<String> {
    let f = std::fs::File::open(CORPUS).expect("SaudiNewsNet corpus");
    let r = BufReader::new(flate2::read::MultiGzDecoder::new(f));
    r.lines()
        .take(n_docs)
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.ok()?).ok()?;
            Some(v.get("text")?.as_str()?.to_string())
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let model = rasid_ner::Model::embedded().expect("model");
    let texts = sample(200);
    let analyses: Vec<_> = texts.iter().map(|t| rasid_analysis::analyze(t)).collect();
    let sentences: usize = analyses.iter().map(|a| a.sentences.len()).sum();
    let bytes: usize = texts.iter().map(String::len).sum();

    let mut g = c.benchmark_group("tag");
    g.sample_size(10);
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("sentences", |b| {
        b.iter(|| {
            analyses
                .iter()
                .zip(&texts)
                .map(|(a, t)| model.tag(a, t).len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("bytes", |b| {
        b.iter(|| {
            analyses
                .iter()
                .zip(&texts)
                .map(|(a, t)| model.tag(a, t).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

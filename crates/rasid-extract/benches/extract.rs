//! Whole-document extraction throughput (all stages, NER included) on real news: the first
//! 200 SaudiNewsNet articles, in MB/s of text per core. `RASID_TIMINGS=1` adds a per-stage split
//! on stderr at the end.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_core::Document;

const CORPUS: &str = "/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz";

fn sample(n_docs: usize) -> Vec<Document> {
    rasid_ingest::read_path(std::path::Path::new(CORPUS))
        .expect("SaudiNewsNet corpus")
        .filter_map(Result::ok)
        .take(n_docs)
        .collect()
}

fn bench(c: &mut Criterion) {
    let ex =
        rasid_extract::Extractor::new(rasid_extract::ExtractOptions::default()).expect("extractor");
    let docs = sample(200);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("corpus_200", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| ex.extract(d).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
    if rasid_extract::timings::enabled() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(rasid_extract::timings::report().as_bytes());
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

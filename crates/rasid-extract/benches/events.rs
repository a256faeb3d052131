//! Event coding speed: `events::find` alone over real articles whose entities, dates and quotes were
//! found beforehand (so only the events stage is timed), reported in bytes of article text per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_core::Document;
use rasid_extract::context::Doc;
use rasid_extract::{dates, entities, events, quotes};
use std::hint::black_box;

fn articles() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples");
    ["2016-lavrov-algiers-visit", "2020-lavrov-boukadoum-moscow"]
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!("{dir}/{n}.txt")).expect("shared example");
            Document {
                id: n.to_string(),
                text,
                ..Default::default()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = articles();
    let res = entities::Resources::load(&[]).unwrap();
    let book = events::Codebook::load(&[]).unwrap();
    let cxs: Vec<Doc<'_>> = docs.iter().map(Doc::new).collect();
    let inputs: Vec<_> = cxs
        .iter()
        .map(|cx| {
            let ents = entities::find(cx, &res);
            let ds = dates::find(cx);
            let qs = quotes::find(cx, &ents);
            (ents, ds, qs)
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("find/examples", |b| {
        b.iter(|| {
            let mut n = 0;
            for (cx, (ents, ds, qs)) in cxs.iter().zip(&inputs) {
                n += events::find(cx, ents, ds, qs, &book).len();
            }
            black_box(n)
        })
    });
    g.finish();
    c.bench_function("events/codebook_load", |b| {
        b.iter(|| black_box(events::Codebook::load(&[]).unwrap()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

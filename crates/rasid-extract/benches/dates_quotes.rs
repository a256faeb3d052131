//! Throughput of the date and quote stages on their own (entities empty, so the quote scanner does
//! all its frame work without speaker lookups), over the two example articles.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_extract::context::Entities;
use std::hint::black_box;

const TEXTS: [&str; 2] = [
    include_str!("../../../../shared/examples/2016-lavrov-algiers-visit.txt"),
    include_str!("../../../../shared/examples/2020-lavrov-boukadoum-moscow.txt"),
];

fn bench(c: &mut Criterion) {
    let bytes: usize = TEXTS.iter().map(|t| t.len()).sum();
    let ents = Entities::default();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("dates", |b| {
        b.iter(|| {
            TEXTS
                .iter()
                .map(|t| rasid_extract::dates::find_text(black_box(t), Some("2016-02-29")).len())
                .sum::<usize>()
        })
    });
    g.bench_function("quotes", |b| {
        b.iter(|| {
            TEXTS
                .iter()
                .map(|t| rasid_extract::quotes::find_text(black_box(t), &ents).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

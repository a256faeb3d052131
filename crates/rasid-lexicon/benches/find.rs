//! Matching throughput of the embedded lexicons over real news text (the shared examples,
//! repeated), analysis excluded.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_lexicon::Lexicon;

fn text() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples");
    let mut t = String::new();
    for f in [
        "2016-lavrov-algiers-visit.txt",
        "2020-lavrov-boukadoum-moscow.txt",
    ] {
        t.push_str(&std::fs::read_to_string(format!("{dir}/{f}")).unwrap_or_default());
        t.push('\n');
    }
    if t.trim().is_empty() {
        t = "أكد وزير الخارجية الروسي سيرغي لافروف خلال محادثاته مع وزير الخارجية الجزائري صبري بوقادوم أن موسكو مهتمة.\n".into();
    }
    t.repeat(10)
}

fn bench(c: &mut Criterion) {
    let lx = Lexicon::embedded();
    let t = text();
    let a = rasid_analysis::analyze(&t);
    let mut g = c.benchmark_group("lexicon");
    g.throughput(Throughput::Bytes(t.len() as u64));
    g.bench_function("find", |b| b.iter(|| lx.find(&a, &t).len()));
    g.finish();
    c.bench_function("lexicon/embedded_load", |b| {
        b.iter(|| Lexicon::embedded().len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

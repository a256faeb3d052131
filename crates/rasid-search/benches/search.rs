//! rasid search vs plain SQLite FTS5 (`unicode61 remove_diacritics 2`) on SaudiNewsNet, same run:
//! index build time on a slice, and query latency (top 10 with snippets) on a larger index.
//!
//! `RASID_BENCH_BUILD_DOCS` (default 3000) and `RASID_BENCH_DOCS` (default 31030: all) size them.

use std::io::{BufRead, BufReader};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use rasid_search::{IndexDoc, SearchIndex, SearchQuery, TantivyIndex};

struct Article {
    id: String,
    source: String,
    published: String,
    title: String,
    text: String,
}

fn load(max: usize) -> Vec<Article> {
    let path = format!(
        "{}/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz",
        env!("CARGO_MANIFEST_DIR")
    );
    let r = BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(path).expect("corpus"),
    ));
    r.lines()
        .take(max)
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.expect("line")).expect("json");
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
            Article {
                id: s("id"),
                source: s("source"),
                published: s("published"),
                title: s("title"),
                text: s("text"),
            }
        })
        .collect()
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn build_rasid(dir: &std::path::Path, docs: &[Article]) -> TantivyIndex {
    let mut ix = TantivyIndex::open(dir).expect("index");
    for (i, d) in docs.iter().enumerate() {
        ix.add(&IndexDoc {
            key: i as i64 + 1,
            doc_id: &d.id,
            title: Some(&d.title),
            text: &d.text,
            published: Some(&d.published),
            source: Some(&d.source),
            actors: &[],
        })
        .expect("add");
    }
    ix.commit().expect("commit");
    ix
}

fn build_fts(docs: &[Article]) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open_in_memory().expect("sqlite");
    conn.execute_batch(
        "CREATE VIRTUAL TABLE docs USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
         BEGIN;",
    )
    .expect("create");
    {
        let mut st = conn
            .prepare("INSERT INTO docs(rowid, title, text) VALUES (?1, ?2, ?3)")
            .expect("prep");
        for (i, d) in docs.iter().enumerate() {
            st.execute(rusqlite::params![i as i64 + 1, d.title, d.text])
                .expect("insert");
        }
    }
    conn.execute_batch("COMMIT").expect("commit");
    conn
}

const QUERIES: &[&str] = &[
    "والحكومة",
    "بالإرهاب",
    "للفلسطينيين",
    "السعوديين",
    "وزير الخارجية",
    "\"مجلس الأمن\"",
    "الحُكومة",
    "أسعار النفط",
];

fn bench_build(c: &mut Criterion) {
    let docs = load(env_usize("RASID_BENCH_BUILD_DOCS", 3000));
    let mut g = c.benchmark_group("index_build");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function(BenchmarkId::new("rasid_tantivy", docs.len()), |b| {
        b.iter(|| {
            let tmp = tempfile::tempdir().expect("tmp");
            build_rasid(tmp.path(), &docs);
        })
    });
    g.bench_function(BenchmarkId::new("fts5_unicode61", docs.len()), |b| {
        b.iter(|| build_fts(&docs))
    });
    g.finish();
}

fn bench_query(c: &mut Criterion) {
    let docs = load(env_usize("RASID_BENCH_DOCS", 31_030));
    let tmp = tempfile::tempdir().expect("tmp");
    let ix = build_rasid(tmp.path(), &docs);
    let fts = build_fts(&docs);
    let mut g = c.benchmark_group(format!("query_top10_{}docs", docs.len()));
    g.bench_function("rasid_tantivy", |b| {
        b.iter(|| {
            for q in QUERIES {
                std::hint::black_box(ix.search(&SearchQuery::text(*q)).expect("search"));
            }
        })
    });
    g.bench_function("fts5_unicode61", |b| {
        let mut st = fts
            .prepare_cached(
                "SELECT rowid, snippet(docs, 1, '«', '»', '…', 30) FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT 10",
            )
            .expect("prep");
        b.iter(|| {
            for q in QUERIES {
                let fq = q.replace('"', "");
                let fq = fq.split_whitespace().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" ");
                let n = st.query_map([fq], |r| r.get::<_, i64>(0)).expect("q").count();
                std::hint::black_box(n);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench_build, bench_query);
criterion_main!(benches);

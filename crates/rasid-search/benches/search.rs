#![allow(clippy::print_stderr)] // a measuring program: its summary goes to stderr beside criterion's
//! rasid search vs plain SQLite FTS5 (`unicode61 remove_diacritics 2`) on SaudiNewsNet, same run.
//!
//! ```text
//! cargo bench -p rasid-search --bench search [-- FILTER]
//! ```
//!
//! Setup, cached under `target/tmp/rasid-search-bench/` so reruns start at once: both engines index
//! the whole corpus (every article with text, title + body), and the build times are recorded
//! beside the indexes. The cache is rebuilt when missing, when the analysis changed (fingerprint
//! of the term keys of the first articles), or with `RASID_BENCH_REBUILD=1`.
//!
//! Then, in the same run:
//! - a plain loop over the queries prints p50/p95 per engine and variant (the figures quoted in
//!   the README: criterion's per-query medians below are the same measurement, one query at a time);
//! - `index_build/*`: criterion over a slice (`RASID_BENCH_BUILD_DOCS`, default 1000 articles);
//! - `query_snippets/*`, `query_no_snippets/*`: criterion per engine and query, top 10 hits.
//!
//! Queries are the fixed inflected forms of `examples/recall.rs` (clitics, plurals, nisba). FTS5 is
//! queried with the word as typed (a quoted string), which is what it can do; rasid also counts
//! all matching documents (its CLI prints the total), FTS5 only fetches the top 10.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use rasid_search::{IndexDoc, SearchIndex, SearchQuery, TantivyIndex};

#[path = "../examples/common/mod.rs"]
mod common;

use common::{fts_quote as fts_query, percentile_ms as percentile, Article, QUERIES};

const FTS_TOP: &str = "SELECT rowid, title, snippet(docs, 1, '«', '»', '…', 30) FROM docs \
                       WHERE docs MATCH ?1 ORDER BY rank LIMIT 10";
const FTS_TOP_NO_SNIPPET: &str =
    "SELECT rowid, title FROM docs WHERE docs MATCH ?1 ORDER BY rank LIMIT 10";

/// Articles with text, in corpus order (at most `max`).
fn load(max: usize) -> Vec<Article> {
    common::load(&common::corpus_path(), max, true)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn build_rasid(dir: &Path, docs: &[Article]) -> TantivyIndex {
    let mut ix = TantivyIndex::open(dir).expect("index");
    for d in docs {
        ix.add(&IndexDoc {
            key: d.key,
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

fn build_fts(path: Option<&Path>, docs: &[Article]) -> rusqlite::Connection {
    let conn = match path {
        Some(p) => rusqlite::Connection::open(p),
        None => rusqlite::Connection::open_in_memory(),
    }
    .expect("sqlite");
    conn.execute_batch(
        "CREATE VIRTUAL TABLE docs USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
         BEGIN;",
    )
    .expect("create");
    {
        let mut st = conn
            .prepare("INSERT INTO docs(rowid, title, text) VALUES (?1, ?2, ?3)")
            .expect("prep");
        for d in docs {
            st.execute(rusqlite::params![d.key, d.title, d.text])
                .expect("insert");
        }
    }
    conn.execute_batch("COMMIT").expect("commit");
    conn
}

/// Changes when the analysis (hence the index content) changes: the cache is then stale.
fn fingerprint(docs: &[Article]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for d in docs.iter().take(20) {
        for t in rasid_search::analyzer::term_keys(&d.text) {
            for b in t.key.bytes() {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
        }
    }
    h
}

/// The whole-corpus indexes, built once and kept on disk.
struct Setup {
    rasid: TantivyIndex,
    fts: rusqlite::Connection,
}

fn setup() -> Setup {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rasid-search-bench");
    let marker = dir.join("built.txt");
    let t = Instant::now();
    let docs = load(env_usize("RASID_BENCH_DOCS", usize::MAX));
    let bytes: usize = docs.iter().map(|d| d.title.len() + d.text.len()).sum();
    let want = format!("docs={} fingerprint={:x}", docs.len(), fingerprint(&docs));
    let cached = std::fs::read_to_string(&marker).ok();
    let fresh = std::env::var_os("RASID_BENCH_REBUILD").is_some()
        || cached.as_deref().is_none_or(|c| !c.starts_with(&want));
    if fresh {
        eprintln!(
            "loaded {} articles with text ({:.1} MB) in {:.1?}; building both indexes…",
            docs.len(),
            bytes as f64 / 1e6,
            t.elapsed()
        );
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("bench dir");
        let t = Instant::now();
        drop(build_rasid(&dir.join("rasid"), &docs));
        let rasid_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        drop(build_fts(Some(&dir.join("fts5.db")), &docs));
        let fts_s = t.elapsed().as_secs_f64();
        let summary = format!(
            "{want}\nwhole-corpus build ({} articles, {:.1} MB): rasid/tantivy {rasid_s:.1} s, \
             fts5 unicode61 {fts_s:.1} s (load {:.2})\n",
            docs.len(),
            bytes as f64 / 1e6,
            load_average()
        );
        let mut f = std::fs::File::create(&marker).expect("marker");
        f.write_all(summary.as_bytes()).expect("marker");
    }
    let summary = std::fs::read_to_string(&marker).expect("marker");
    eprintln!(
        "{}{}",
        if fresh { "" } else { "(cached) " },
        summary.lines().nth(1).unwrap_or("")
    );
    Setup {
        rasid: TantivyIndex::open(&dir.join("rasid")).expect("open index"),
        fts: rusqlite::Connection::open(dir.join("fts5.db")).expect("open fts5"),
    }
}

/// 1-minute load average, to note how shared the machine was.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

fn rasid_top(ix: &TantivyIndex, q: &str, snippets: bool) -> usize {
    let r = ix
        .search_with(&SearchQuery::text(q), snippets)
        .expect("search");
    r.hits.len() + r.total
}

fn fts_top(conn: &rusqlite::Connection, q: &str, snippets: bool) -> usize {
    let sql = if snippets {
        FTS_TOP
    } else {
        FTS_TOP_NO_SNIPPET
    };
    let mut st = conn.prepare_cached(sql).expect("prep");
    let mut rows = st.query([fts_query(q)]).expect("query");
    let mut n = 0;
    while let Some(row) = rows.next().expect("row") {
        let title: String = row.get(1).expect("title");
        n += title.len();
        if snippets {
            let s: String = row.get(2).expect("snippet");
            n += s.len();
        }
    }
    n
}

fn fts_count(conn: &rusqlite::Connection, q: &str) -> usize {
    let mut st = conn
        .prepare_cached("SELECT count(*) FROM docs WHERE docs MATCH ?1")
        .expect("prep");
    st.query_row([fts_query(q)], |r| r.get::<_, i64>(0))
        .expect("count") as usize
}

/// The plain-loop p50/p95 over all queries (each query run `rounds` times, interleaved).
fn latency_table(s: &Setup) {
    let rounds = env_usize("RASID_BENCH_ROUNDS", 30);
    type Run<'a> = Box<dyn Fn(&str) -> usize + 'a>;
    let systems: Vec<(&str, Run<'_>)> = vec![
        (
            "rasid, top 10 + snippets + total",
            Box::new(|q| rasid_top(&s.rasid, q, true)),
        ),
        (
            "rasid, top 10 + total, no snippets",
            Box::new(|q| rasid_top(&s.rasid, q, false)),
        ),
        (
            "fts5, top 10 + snippets",
            Box::new(|q| fts_top(&s.fts, q, true)),
        ),
        (
            "fts5, top 10, no snippets",
            Box::new(|q| fts_top(&s.fts, q, false)),
        ),
        ("fts5, total only", Box::new(|q| fts_count(&s.fts, q))),
    ];
    let mut lat: Vec<Vec<Duration>> = vec![Vec::new(); systems.len()];
    for (i, (_, run)) in systems.iter().enumerate() {
        for q in QUERIES {
            std::hint::black_box(run(q)); // warm caches
        }
        for _ in 0..rounds {
            for q in QUERIES {
                let t = Instant::now();
                std::hint::black_box(run(q));
                lat[i].push(t.elapsed());
            }
        }
    }
    eprintln!(
        "plain loop, {} queries x {rounds} rounds (load {:.2}):",
        QUERIES.len(),
        load_average()
    );
    eprintln!("| system | p50 | p95 |");
    eprintln!("|---|---:|---:|");
    for (i, (name, _)) in systems.iter().enumerate() {
        eprintln!(
            "| {name} | {:.3} ms | {:.3} ms |",
            percentile(&mut lat[i], 0.5),
            percentile(&mut lat[i], 0.95)
        );
    }
    let hits: Vec<String> = QUERIES
        .iter()
        .map(|q| {
            let total = s
                .rasid
                .search_with(&SearchQuery::text(*q), false)
                .expect("search")
                .total;
            format!("{q} {total}/{}", fts_count(&s.fts, q))
        })
        .collect();
    eprintln!("matching documents rasid/fts5: {}", hits.join(", "));
}

fn bench_build(c: &mut Criterion) {
    let docs = load(env_usize("RASID_BENCH_BUILD_DOCS", 1000));
    let mut g = c.benchmark_group("index_build");
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("rasid_tantivy", docs.len()), |b| {
        b.iter(|| {
            let tmp = tempfile::tempdir().expect("tmp");
            build_rasid(tmp.path(), &docs);
        })
    });
    g.bench_function(BenchmarkId::new("fts5_unicode61", docs.len()), |b| {
        b.iter(|| build_fts(None, &docs))
    });
    g.finish();
}

fn bench_query(c: &mut Criterion) {
    let s = setup();
    latency_table(&s);
    for (group, snippets) in [("query_snippets", true), ("query_no_snippets", false)] {
        let mut g = c.benchmark_group(group);
        g.warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .sample_size(20);
        for q in QUERIES {
            g.bench_with_input(BenchmarkId::new("rasid", q), q, |b, q| {
                b.iter(|| rasid_top(&s.rasid, q, snippets))
            });
            g.bench_with_input(BenchmarkId::new("fts5", q), q, |b, q| {
                b.iter(|| fts_top(&s.fts, q, snippets))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench_query, bench_build);
criterion_main!(benches);

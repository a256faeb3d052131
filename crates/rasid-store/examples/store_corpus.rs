//! Store throughput without extraction: `cargo run -p rasid-store --example store_corpus --release -- CORPUS.jsonl.gz`
//! (documents with empty records: hashing, MinHash, stories, SQLite writes in batches of 1000).

use rasid_core::{Document, Record};
use rasid_store::{OpenMode, PreparedDoc, SqliteStore, Store};
use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz".into());
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(&path).expect("corpus"),
    ));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = SqliteStore::open(&dir.path().join("data"), OpenMode::Create).expect("store");
    let start = std::time::Instant::now();
    let (mut batch, mut stored, mut dups) = (Vec::new(), 0usize, 0usize);
    let flush = |batch: &mut Vec<PreparedDoc>, store: &mut SqliteStore| {
        let out = store.write_batch(std::mem::take(batch)).expect("write");
        (out.stored.len(), out.duplicates.len())
    };
    for line in r.lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let s = |k: &str| v[k].as_str().map(str::to_string);
        let doc = Document {
            id: s("id").unwrap_or_default(),
            title: s("title"),
            published: s("published"),
            source: s("source"),
            url: s("url"),
            text: s("text").unwrap_or_default(),
            ..Default::default()
        };
        batch.push(PreparedDoc::new(doc, Record::default()));
        if batch.len() >= 1000 {
            let (a, b) = flush(&mut batch, &mut store);
            stored += a;
            dups += b;
        }
    }
    let (a, b) = flush(&mut batch, &mut store);
    stored += a;
    dups += b;
    let secs = start.elapsed().as_secs_f64();
    let st = store.stats().expect("stats");
    let _ = writeln!(
        std::io::stderr(),
        "stored {stored}, duplicates {dups}, stories {} ({} articles) in {secs:.1} s ({:.0} docs/s)",
        st.stories,
        st.story_documents,
        stored as f64 / secs
    );
}

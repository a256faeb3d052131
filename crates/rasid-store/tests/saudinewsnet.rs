//! Stories on real data: one day of SaudiNewsNet (30 articles per outlet), stored with empty
//! records so only the store's own logic (dedup, MinHash/LSH stories) is exercised.

use rasid_core::{Document, Record};
use rasid_store::{OpenMode, PreparedDoc, SqliteStore, Store};
use std::io::BufRead;

const CORPUS: &str = "/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz";

fn day_slice() -> Vec<Document> {
    let f = std::fs::File::open(CORPUS).expect("SaudiNewsNet corpus");
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(f));
    let mut per: std::collections::HashMap<String, usize> = Default::default();
    let mut out = Vec::new();
    for line in r.lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        if v["published"] != "2015-07-22" {
            continue;
        }
        let n = per
            .entry(v["source"].as_str().unwrap().to_string())
            .or_default();
        *n += 1;
        if *n > 30 {
            continue;
        }
        let s = |k: &str| v[k].as_str().map(str::to_string);
        out.push(Document {
            id: s("id").unwrap(),
            title: s("title"),
            published: s("published"),
            source: s("source"),
            url: s("url"),
            text: s("text").unwrap(),
            ..Default::default()
        });
    }
    out
}

#[test]
fn a_real_day_of_saudinewsnet_has_syndicated_stories_and_reingest_doubles_nothing() {
    let docs = day_slice();
    assert!(docs.len() >= 250);
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("data"), OpenMode::Create).unwrap();
    let prep = |d: &[Document]| {
        d.iter()
            .map(|d| PreparedDoc::new(d.clone(), Record::default()))
            .collect::<Vec<_>>()
    };
    let mut stored = 0;
    for chunk in docs.chunks(64) {
        stored += s.write_batch(prep(chunk)).unwrap().stored.len();
    }
    let again = s.write_batch(prep(&docs)).unwrap();
    assert!(again.stored.is_empty());
    assert_eq!(s.stats().unwrap().documents, stored);

    let stories = s.stories(2, None).unwrap();
    let multi = stories.iter().filter(|st| st.outlets.len() >= 2).count();
    assert!(multi >= 5, "{stories:#?}");
    // The agency story of the Council of Political and Security Affairs meeting, carried by many outlets.
    let council = stories
        .iter()
        .find(|st| {
            st.titles
                .iter()
                .any(|t| t.contains("مجلس الشؤون السياسية والأمنية"))
        })
        .expect("council story");
    assert!(council.outlets.len() >= 4, "{council:#?}");
    // No giant false cluster.
    assert!(stories.iter().all(|st| st.size <= 15), "{stories:#?}");
}

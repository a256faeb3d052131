//! What `examples/recall.rs` and `benches/search.rs` share: the corpus reader and the fixed
//! inflected queries, so both measure the same thing.

#![allow(dead_code)] // each program uses a part

use std::io::{BufRead, BufReader};
use std::time::Duration;

/// SaudiNewsNet, from the shared data directory.
pub fn corpus_path() -> String {
    format!(
        "{}/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// The fixed inflected queries (clitics, plurals, nisba): words FTS5 only finds as typed.
pub const QUERIES: &[&str] = &[
    "والحكومة",
    "بالإرهاب",
    "للفلسطينيين",
    "السعوديين",
    "الفلسطينيين",
    "والسعودية",
    "بالرياض",
    "للاجئين",
    "الإيرانية",
    "وزيرها",
    "بالمملكة",
    "والأمريكيين",
    "للمعارضة",
];

pub struct Article {
    /// 1, 2, … in load order (the store's key).
    pub key: i64,
    pub id: String,
    pub source: String,
    pub published: String,
    pub title: String,
    pub text: String,
}

/// At most `max` articles of the gzipped JSONL corpus at `path`; `with_text` skips those whose
/// text is empty.
pub fn load(path: &str, max: usize, with_text: bool) -> Vec<Article> {
    let f = std::fs::File::open(path).expect("corpus");
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let mut out = Vec::new();
    for line in r.lines() {
        if out.len() >= max {
            break;
        }
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let text = s("text");
        if with_text && text.trim().is_empty() {
            continue;
        }
        out.push(Article {
            key: out.len() as i64 + 1,
            id: s("id"),
            source: s("source"),
            published: s("published"),
            title: s("title"),
            text,
        });
    }
    out
}

/// The `p` quantile of durations, in milliseconds.
pub fn percentile_ms(d: &mut [Duration], p: f64) -> f64 {
    d.sort();
    let i = ((d.len() as f64 - 1.0) * p).round() as usize;
    d.get(i).map_or(0.0, |x| x.as_secs_f64() * 1000.0)
}

/// An FTS5 string literal: the word as typed.
pub fn fts_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

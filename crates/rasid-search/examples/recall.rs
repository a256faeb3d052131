#![allow(clippy::print_stdout, clippy::print_stderr)] // a measuring program: its table is the output
//! Recall, precision, index cost and latency of rasid search against SQLite FTS5, on SaudiNewsNet.
//!
//! ```text
//! cargo run -p rasid-search --example recall --release [-- --docs N] [--corpus PATH]
//! ```
//!
//! Three systems index the same articles (title + text):
//! - `rasid`: the real `rasid-search` index (tantivy + rasid's analysis as tokenizer);
//! - `fts5`: plain SQLite FTS5, `tokenize = "unicode61 remove_diacritics 2"`, queried with the word;
//! - `fts5+rasid`: FTS5 over rasid's term keys (the other engine idea, same analysis).
//!
//! REFERENCE MATCHER (the ground truth, implemented here independently of rasid-analysis): a
//! document contains the query word "in any inflection" when one of its words has the same
//! reference stem. Reference stem of a word: (1) normalise: drop harakat/tatweel, أ إ آ ٱ → ا,
//! ى → ي, ة → ه, keep Arabic letters only; (2) proclitics: strip و/ف then ب/ك/ل then ال (لل = ل +
//! ال), each single-letter proclitic only when the remainder is attested in the corpus at least as
//! often as the whole word (so وزير and كتاب keep their first letter); (3) suffixes: one pronoun
//! enclitic (هما كما هم هن كم نا ها ه), then one inflection suffix (يين يون ية يه ات ون ين ان ي,
//! ت before a stripped pronoun), always leaving at least 3 letters. Queries are drawn
//! systematically: the fixed list of the issue plus every surface word of the corpus that carries
//! a clitic or suffix (reference stem ≠ word), whose stem occurs in 20–3000 documents, taken in a
//! fixed pseudo-random order (FNV hash), one per stem.
//!
//! Precision is checked on ALL hits of each query by the reference matcher; a sample of the words
//! that made a non-reference hit match is printed for a human look.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use rasid_search::{IndexDoc, SearchIndex, SearchQuery, TantivyIndex};

mod common;

use common::{fts_quote, load, percentile_ms as pct, Article};

// ---------------------------------------------------------------- reference matcher

fn ref_normalize(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            '\u{0621}'..='\u{064A}' => out.push(c),
            _ => {}
        }
    }
    out
}

/// Words of a text, normalised (the reference's own tokenizer: runs of Arabic letters and harakat).
fn ref_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| {
        !(('\u{0621}'..='\u{065F}').contains(&c) || c == '\u{0670}' || c == 'ٱ' || c == '\u{0640}')
    })
    .map(ref_normalize)
    .filter(|w| !w.is_empty())
}

struct Reference {
    freq: HashMap<String, u32>,
}

impl Reference {
    fn n(&self, w: &str) -> u32 {
        self.freq.get(w).copied().unwrap_or(0)
    }

    fn stem(&self, word: &str) -> String {
        let mut w: Vec<char> = word.chars().collect();
        let s = |v: &[char]| v.iter().collect::<String>();
        // Proclitics.
        if w.len() >= 5 && (w[0] == 'و' || w[0] == 'ف') && self.n(&s(&w[1..])) >= self.n(&s(&w)) {
            w.remove(0);
        }
        if w.len() >= 5 && w[0] == 'ل' && w[1] == 'ل' {
            // ل + ال: للحكومة → الحكومة
            w[0] = 'ا';
        } else if w.len() >= 5
            && matches!(w[0], 'ب' | 'ك' | 'ل')
            && self.n(&s(&w[1..])) >= self.n(&s(&w))
        {
            w.remove(0);
        }
        if w.len() >= 5 && w[0] == 'ا' && w[1] == 'ل' {
            w.drain(..2);
        }
        // One pronoun enclitic.
        let mut had_pronoun = false;
        for suf in ["هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه"] {
            let k = suf.chars().count();
            if w.len() >= k + 3 && s(&w[w.len() - k..]) == suf {
                w.truncate(w.len() - k);
                had_pronoun = true;
                break;
            }
        }
        if had_pronoun && w.len() >= 4 && w[w.len() - 1] == 'ت' {
            w.pop();
        }
        // One inflection suffix.
        for suf in ["يين", "يون", "يه", "ات", "ون", "ين", "ان", "ي"] {
            let k = suf.chars().count();
            if w.len() >= k + 3 && s(&w[w.len() - k..]) == suf {
                w.truncate(w.len() - k);
                break;
            }
        }
        s(&w)
    }
}

// ---------------------------------------------------------------- helpers

fn dir_size(p: &std::path::Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let m = e.metadata().expect("meta");
                    if m.is_dir() {
                        dir_size(&e.path())
                    } else {
                        m.len()
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn rasid_keys_text(text: &str) -> String {
    rasid_search::analyzer::term_keys(text)
        .into_iter()
        .map(|t| t.key)
        .collect::<Vec<_>>()
        .join(" ")
}

fn fts_keys(conn: &rusqlite::Connection, table: &str, q: &str) -> Vec<i64> {
    if q.trim().is_empty() {
        return Vec::new();
    }
    let mut st = conn
        .prepare_cached(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1"))
        .expect("prep");
    let mut v: Vec<i64> = st
        .query_map([q], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    v.sort_unstable();
    v
}

fn fts_top(conn: &rusqlite::Connection, table: &str, q: &str) -> usize {
    if q.trim().is_empty() {
        return 0;
    }
    let mut st = conn
        .prepare_cached(&format!(
            "SELECT rowid, snippet({table}, 1, '«', '»', '…', 30) FROM {table} WHERE {table} MATCH ?1 ORDER BY rank LIMIT 10"
        ))
        .expect("prep");
    st.query_map([q], |r| r.get::<_, i64>(0))
        .expect("query")
        .count()
}

fn build_fts(
    path: &std::path::Path,
    table: &str,
    tokenize: &str,
    docs: &[Article],
    rasid: bool,
) -> Duration {
    let t = Instant::now();
    let conn = rusqlite::Connection::open(path).expect("sqlite");
    conn.execute_batch(&format!(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
         CREATE VIRTUAL TABLE {table} USING fts5(title, text, tokenize = '{tokenize}');"
    ))
    .expect("create");
    conn.execute_batch("BEGIN").expect("begin");
    {
        let mut st = conn
            .prepare(&format!(
                "INSERT INTO {table}(rowid, title, text) VALUES (?1, ?2, ?3)"
            ))
            .expect("prep");
        for d in docs {
            if rasid {
                st.execute(rusqlite::params![
                    d.key,
                    rasid_keys_text(&d.title),
                    rasid_keys_text(&d.text)
                ])
            } else {
                st.execute(rusqlite::params![d.key, d.title, d.text])
            }
            .expect("insert");
        }
    }
    conn.execute_batch("COMMIT").expect("commit");
    t.elapsed()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let max_docs: usize = opt("--docs")
        .map(|s| s.parse().expect("--docs N"))
        .unwrap_or(usize::MAX);
    let corpus = opt("--corpus").unwrap_or_else(common::corpus_path);
    let docs = load(&corpus, max_docs, false);
    let bytes: usize = docs.iter().map(|d| d.title.len() + d.text.len()).sum();
    eprintln!(
        "loaded {} articles ({:.1} MB)",
        docs.len(),
        bytes as f64 / 1e6
    );
    let tmp = tempfile::tempdir().expect("tmp");

    // ---- index builds
    let t = Instant::now();
    let ix_dir = tmp.path().join("rasid");
    let mut ix = TantivyIndex::open(&ix_dir).expect("index");
    for d in &docs {
        let empty: [String; 0] = [];
        ix.add(&IndexDoc {
            key: d.key,
            doc_id: &d.id,
            title: Some(&d.title),
            text: &d.text,
            published: Some(&d.published),
            source: Some(&d.source),
            actors: &empty,
        })
        .expect("add");
    }
    ix.commit().expect("commit");
    let rasid_build = t.elapsed();
    eprintln!("rasid index built in {rasid_build:.1?}");
    let fts_path = tmp.path().join("fts.db");
    let fts_build = build_fts(
        &fts_path,
        "plain",
        "unicode61 remove_diacritics 2",
        &docs,
        false,
    );
    eprintln!("fts5 index built in {fts_build:.1?}");
    let fr_path = tmp.path().join("fts_rasid.db");
    let fr_build = build_fts(
        &fr_path,
        "keyed",
        "unicode61 remove_diacritics 0",
        &docs,
        true,
    );
    eprintln!("fts5+rasid index built in {fr_build:.1?}");
    let fts = rusqlite::Connection::open(&fts_path).expect("open");
    let fr = rusqlite::Connection::open(&fr_path).expect("open");

    // ---- reference
    let mut freq: HashMap<String, u32> = HashMap::new();
    let mut surface: HashMap<String, String> = HashMap::new(); // normalised → first original form
    for d in &docs {
        for raw in d.title.split_whitespace().chain(d.text.split_whitespace()) {
            let raw = raw.trim_matches(|c: char| {
                !c.is_alphabetic() && !('\u{064B}'..='\u{065F}').contains(&c)
            });
            for w in ref_words(raw) {
                *freq.entry(w.clone()).or_default() += 1;
                if ref_normalize(raw) == w {
                    surface.entry(w).or_insert_with(|| raw.to_string());
                }
            }
        }
    }
    let reference = Reference { freq };
    let mut stem_cache: HashMap<String, String> = HashMap::new();
    let mut posting: HashMap<String, Vec<i64>> = HashMap::new();
    for d in &docs {
        let mut seen = HashSet::new();
        for w in ref_words(&d.title).chain(ref_words(&d.text)) {
            let st = stem_cache
                .entry(w.clone())
                .or_insert_with(|| reference.stem(&w))
                .clone();
            if seen.insert(st.clone()) {
                posting.entry(st).or_default().push(d.key);
            }
        }
    }

    // ---- queries
    let mut queries: Vec<String> = common::QUERIES.iter().map(|s| s.to_string()).collect();
    let mut words: Vec<(&String, &String)> = surface.iter().collect();
    words.sort_by_key(|(w, _)| (fnv(w), (*w).clone()));
    let mut used: HashSet<String> = queries
        .iter()
        .map(|q| reference.stem(&ref_normalize(q)))
        .collect();
    for (w, raw) in words {
        if queries.len() >= 60 {
            break;
        }
        let st = &stem_cache
            .get(w.as_str())
            .cloned()
            .unwrap_or_else(|| reference.stem(w));
        let df = posting.get(st).map_or(0, Vec::len);
        if st != w && w.chars().count() >= 5 && (20..=3000).contains(&df) && used.insert(st.clone())
        {
            queries.push(raw.clone());
        }
    }

    // ---- recall / precision
    println!("| query | ref stem | relevant | rasid recall | rasid precision | fts5 recall | fts5+rasid recall |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    let (mut rel_sum, mut found) = (0usize, [0usize; 3]);
    let (mut ret_sum, mut ret_ok) = (0usize, 0usize);
    let mut macro_r = [0f64; 3];
    let mut macro_p = 0f64;
    let mut bad_words: HashMap<String, usize> = HashMap::new();
    for q in &queries {
        let st = reference.stem(&ref_normalize(q));
        let rel: HashSet<i64> = posting
            .get(&st)
            .map(|v| v.iter().copied().collect())
            .unwrap_or_default();
        let got_r = ix.matching_keys(&SearchQuery::text(q)).expect("search");
        let got_f = fts_keys(&fts, "plain", &fts_quote(q));
        let got_k = fts_keys(&fr, "keyed", &fts_quote(&rasid_keys_text(q)));
        let hit = |v: &[i64]| v.iter().filter(|k| rel.contains(k)).count();
        let (hr, hf, hk) = (hit(&got_r), hit(&got_f), hit(&got_k));
        let r = |h: usize| {
            if rel.is_empty() {
                1.0
            } else {
                h as f64 / rel.len() as f64
            }
        };
        let p = if got_r.is_empty() {
            1.0
        } else {
            hr as f64 / got_r.len() as f64
        };
        rel_sum += rel.len();
        found[0] += hr;
        found[1] += hf;
        found[2] += hk;
        ret_sum += got_r.len();
        ret_ok += hr;
        macro_r[0] += r(hr);
        macro_r[1] += r(hf);
        macro_r[2] += r(hk);
        macro_p += p;
        println!(
            "| {q} | {st} | {} | {:.1}% | {:.1}% | {:.1}% | {:.1}% |",
            rel.len(),
            100.0 * r(hr),
            100.0 * p,
            100.0 * r(hf),
            100.0 * r(hk)
        );
        // Which words made the non-reference hits match (for a human look at precision errors).
        let qkeys: HashSet<String> = rasid_search::analyzer::term_keys(q)
            .into_iter()
            .map(|t| t.key)
            .collect();
        for k in got_r.iter().filter(|k| !rel.contains(k)).take(5) {
            let d = &docs[*k as usize - 1];
            for text in [&d.title, &d.text] {
                for t in rasid_search::analyzer::term_keys(text) {
                    if qkeys.contains(&t.key) {
                        *bad_words
                            .entry(format!("{q} ← {}", &text[t.byte_start..t.byte_end]))
                            .or_default() += 1;
                    }
                }
            }
        }
    }
    let n = queries.len() as f64;
    println!();
    println!(
        "{} queries, {} relevant (query, document) pairs by the reference matcher",
        queries.len(),
        rel_sum
    );
    println!("| system | recall (micro) | recall (macro) |");
    println!("|---|---:|---:|");
    for (i, name) in ["rasid (tantivy)", "fts5 unicode61", "fts5 + rasid keys"]
        .iter()
        .enumerate()
    {
        println!(
            "| {name} | {:.1}% | {:.1}% |",
            100.0 * found[i] as f64 / rel_sum.max(1) as f64,
            100.0 * macro_r[i] / n
        );
    }
    println!(
        "rasid precision vs reference: micro {:.1}% ({ret_ok}/{ret_sum}), macro {:.1}%",
        100.0 * ret_ok as f64 / ret_sum.max(1) as f64,
        100.0 * macro_p / n
    );
    let mut bw: Vec<(String, usize)> = bad_words.into_iter().collect();
    bw.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("sample of words matched outside the reference (query ← word: count):");
    for (w, c) in bw.iter().take(25) {
        println!("  {w}: {c}");
    }

    // ---- harakat
    println!();
    println!("| harakat query | rasid hits | fts5 hits | fts5+rasid hits |");
    println!("|---|---:|---:|---:|");
    for q in ["الحُكومة", "الفِلَسْطِينِيِّينَ", "السُّعُودِيَّة"]
    {
        println!(
            "| {q} | {} | {} | {} |",
            ix.matching_keys(&SearchQuery::text(q)).expect("s").len(),
            fts_keys(&fts, "plain", &fts_quote(q)).len(),
            fts_keys(&fr, "keyed", &fts_quote(&rasid_keys_text(q))).len()
        );
    }

    // ---- latency (top 10 with snippets, the CLI path)
    let rounds = 20;
    let mut lat = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..rounds {
        for q in &queries {
            let t = Instant::now();
            let r = ix.search(&SearchQuery::text(q)).expect("search");
            std::hint::black_box(r);
            lat[0].push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(fts_top(&fts, "plain", &fts_quote(q)));
            lat[1].push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(fts_top(&fr, "keyed", &fts_quote(&rasid_keys_text(q))));
            lat[2].push(t.elapsed());
        }
    }
    println!();
    println!("| system | build | index size | query p50 | query p95 |");
    println!("|---|---:|---:|---:|---:|");
    let sizes = [
        dir_size(&ix_dir),
        std::fs::metadata(&fts_path).map_or(0, |m| m.len()),
        std::fs::metadata(&fr_path).map_or(0, |m| m.len()),
    ];
    for (i, (name, build)) in [
        ("rasid (tantivy)", rasid_build),
        ("fts5 unicode61", fts_build),
        ("fts5 + rasid keys", fr_build),
    ]
    .iter()
    .enumerate()
    {
        println!(
            "| {name} | {:.1} s | {:.1} MB | {:.3} ms | {:.3} ms |",
            build.as_secs_f64(),
            sizes[i] as f64 / 1e6,
            pct(&mut lat[i], 0.5),
            pct(&mut lat[i], 0.95)
        );
    }
}

//! Word clusters learned without labels from raw news text.
//!
//! Names unseen in the small annotated set still share contexts with seen ones ("قال X",
//! "في مدينة X"), so a word's distributional cluster generalises where its spelling cannot.
//! Method (reproducible, a few minutes on one core): each frequent word gets a context
//! vector of positive PMI with the ±2 neighbouring frequent words (context-distribution
//! smoothing 0.75), kept sparse; then bisecting spherical k-means
//! builds a binary tree, and a word's cluster is its path, used at several prefix lengths
//! like Brown-cluster bit strings.

use crate::{Error, Result};
use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{BufRead, Write};

/// One clustered word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterEntry {
    /// Path in the cluster tree, most significant bit first, `depth` bits long.
    pub path: u32,
    pub depth: u8,
    /// ⌊log2(corpus frequency)⌋: rare words are likelier to be names.
    pub freq_bucket: u8,
}

/// Folded word → cluster path.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// Keys inline up to 24 bytes (nearly all words): a lookup, once per new word of the
    /// tagger's cache, compares without chasing a pointer.
    map: rustc_hash::FxHashMap<CompactString, ClusterEntry>,
}

/// Knobs of [`train_clusters`]; the defaults build the shipped table.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Keep words seen at least this often.
    pub min_count: u32,
    /// And at most this many words (most frequent first).
    pub max_words: usize,
    /// Context words (most frequent first) per neighbour position.
    pub contexts: usize,
    /// Depth of the cluster tree.
    pub max_depth: u8,
    /// k-means iterations per split.
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            min_count: 8,
            max_words: 80_000,
            contexts: 3000,
            max_depth: 16,
            iterations: 8,
            seed: 0x5eed_2026,
        }
    }
}

impl Clusters {
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Cluster of a folded word.
    pub fn get(&self, folded: &str) -> Option<&ClusterEntry> {
        self.map.get(folded)
    }

    pub(crate) fn entries(&self) -> Vec<(String, ClusterEntry)> {
        let mut v: Vec<_> = self.map.iter().map(|(k, e)| (k.to_string(), *e)).collect();
        v.sort_by(|a, b| {
            a.1.path
                .cmp(&b.1.path)
                .then(a.1.depth.cmp(&b.1.depth))
                .then(a.0.cmp(&b.0))
        });
        v
    }

    pub(crate) fn from_entries(entries: Vec<(String, ClusterEntry)>) -> Clusters {
        Clusters {
            map: entries
                .into_iter()
                .map(|(w, e)| (CompactString::from(w), e))
                .collect(),
        }
    }

    /// Reads the `bits<TAB>word<TAB>freq_bucket` format written by [`Clusters::write_tsv`].
    pub fn read_tsv(r: impl BufRead) -> Result<Clusters> {
        let mut map = rustc_hash::FxHashMap::default();
        for (n, line) in r.lines().enumerate() {
            let line = line?;
            let mut it = line.split('\t');
            let (Some(bits), Some(word), Some(fb)) = (it.next(), it.next(), it.next()) else {
                return Err(Error::Format(format!(
                    "clusters line {}: expected 3 columns",
                    n + 1
                )));
            };
            let bad = || Error::Format(format!("clusters line {}: bad number", n + 1));
            let path = if bits.is_empty() {
                0
            } else {
                u32::from_str_radix(bits, 2).map_err(|_| bad())?
            };
            let freq_bucket = fb.parse().map_err(|_| bad())?;
            map.insert(
                CompactString::from(word),
                ClusterEntry {
                    path,
                    depth: bits.len() as u8,
                    freq_bucket,
                },
            );
        }
        Ok(Clusters { map })
    }

    /// Writes one `bits<TAB>word<TAB>freq_bucket` line per word, sorted by path.
    pub fn write_tsv(&self, mut w: impl Write) -> Result<()> {
        for (word, e) in self.entries() {
            let bits: String = (0..e.depth)
                .rev()
                .map(|i| if e.path >> i & 1 == 1 { '1' } else { '0' })
                .collect();
            writeln!(w, "{bits}\t{word}\t{}", e.freq_bucket)?;
        }
        Ok(())
    }
}

/// Splits raw text into tokens like the AQMAR corpus: letter/digit runs, each other
/// non-space char alone. Returns folded keys.
pub fn corpus_tokens(text: &str, out: &mut Vec<String>) {
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || rasid_analysis::fold_char(c).is_none() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(crate::gazetteer::key_token(&cur));
                cur.clear();
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(crate::gazetteer::key_token(&cur));
    }
}

/// Reads a JSON Lines corpus (optionally gzip-compressed, by `.gz` suffix) whose lines hold
/// `title` and `text` fields, into one token sequence per article ([`corpus_tokens`]).
pub fn read_corpus(path: &std::path::Path) -> Result<Vec<Vec<String>>> {
    let file = std::fs::File::open(path)?;
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(std::io::BufReader::new(flate2::read::MultiGzDecoder::new(
            file,
        )))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| Error::Format(format!("{}:{}: {e}", path.display(), n + 1)))?;
        let mut toks = Vec::new();
        for field in ["title", "text"] {
            if let Some(t) = v.get(field).and_then(|t| t.as_str()) {
                corpus_tokens(t, &mut toks);
            }
        }
        docs.push(toks);
    }
    Ok(docs)
}

/// Deterministic xorshift64* generator (no dependency, stable across versions).
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in [0, n).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Learns clusters from documents (each a token sequence of [`corpus_tokens`]).
pub fn train_clusters(docs: &[Vec<String>], opts: &ClusterOptions) -> Clusters {
    // 1. Vocabulary.
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for d in docs {
        for t in d {
            *counts.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut by_freq: Vec<(&str, u32)> = counts.into_iter().collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let words: Vec<(&str, u32)> = by_freq
        .iter()
        .copied()
        .filter(|&(_, c)| c >= opts.min_count)
        .take(opts.max_words)
        .collect();
    let index: HashMap<&str, u32> = words
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i as u32))
        .collect();
    let n_ctx = opts.contexts.min(words.len());
    let positions = [-2isize, -1, 1, 2];

    // 2. Co-occurrence counts as sorted (word, context) pairs.
    let mut pairs: Vec<u64> = Vec::new();
    for d in docs {
        let ids: Vec<Option<u32>> = d.iter().map(|t| index.get(t.as_str()).copied()).collect();
        for (i, &id) in ids.iter().enumerate() {
            let Some(w) = id else { continue };
            for (p, &off) in positions.iter().enumerate() {
                let j = i as isize + off;
                if j < 0 || j as usize >= ids.len() {
                    continue;
                }
                if let Some(c) = ids[j as usize].filter(|&c| (c as usize) < n_ctx) {
                    pairs.push((u64::from(w) << 32) | ((p * n_ctx) as u64 + u64::from(c)));
                }
            }
        }
    }
    pairs.sort_unstable();
    let n_cols = positions.len() * n_ctx;
    let mut col_total = vec![0f64; n_cols];
    let mut row_total = vec![0f64; words.len()];
    let mut triples: Vec<(u32, u32, f32)> = Vec::new();
    let mut i = 0;
    while i < pairs.len() {
        let mut j = i;
        while j < pairs.len() && pairs[j] == pairs[i] {
            j += 1;
        }
        let (w, c) = ((pairs[i] >> 32) as u32, pairs[i] as u32);
        let n = (j - i) as f32;
        col_total[c as usize] += f64::from(n);
        row_total[w as usize] += f64::from(n);
        triples.push((w, c, n));
        i = j;
    }
    drop(pairs);
    let smoothed: Vec<f64> = col_total.iter().map(|&c| c.powf(0.75)).collect();
    let z: f64 = smoothed.iter().sum();

    // 3. Sparse PPMI rows, L2-normalised.
    let mut rows: Vec<Vec<(u32, f32)>> = vec![Vec::new(); words.len()];
    for &(w, c, n) in &triples {
        let rt = row_total[w as usize];
        let pc = smoothed[c as usize] / z;
        let pmi = ((f64::from(n) / rt) / pc).ln();
        if pmi > 0.0 {
            rows[w as usize].push((c, pmi as f32));
        }
    }
    drop(triples);
    for row in &mut rows {
        let norm = row.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            row.iter_mut().for_each(|x| x.1 /= norm);
        }
    }

    // 4. Bisecting spherical k-means.
    let mut rng = Rng::new(opts.seed);
    let mut paths = vec![(0u32, 0u8); words.len()];
    let mut stack: Vec<(Vec<u32>, u32, u8)> = vec![((0..words.len() as u32).collect(), 0, 0)];
    while let Some((members, path, depth)) = stack.pop() {
        for &m in &members {
            paths[m as usize] = (path, depth);
        }
        if depth >= opts.max_depth || members.len() < 4 {
            continue;
        }
        let (left, right) = bisect(&members, &rows, n_cols, opts.iterations, &mut rng);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        stack.push((right, path << 1 | 1, depth + 1));
        stack.push((left, path << 1, depth + 1));
    }
    let map = words
        .iter()
        .zip(paths)
        .map(|(&(w, c), (path, depth))| {
            (
                CompactString::from(w),
                ClusterEntry {
                    path,
                    depth,
                    freq_bucket: (31 - c.leading_zeros()) as u8,
                },
            )
        })
        .collect();
    Clusters { map }
}

/// Splits `members` in two by 2-means on the unit sphere (dot-product similarity) over
/// sparse rows and dense centroids.
fn bisect(
    members: &[u32],
    rows: &[Vec<(u32, f32)>],
    n_cols: usize,
    iterations: usize,
    rng: &mut Rng,
) -> (Vec<u32>, Vec<u32>) {
    let dot = |r: &[(u32, f32)], c: &[f32]| r.iter().map(|&(j, v)| v * c[j as usize]).sum::<f32>();
    let dense = |m: u32| {
        let mut c = vec![0f32; n_cols];
        for &(j, v) in &rows[m as usize] {
            c[j as usize] = v;
        }
        c
    };
    let a = members[rng.below(members.len())];
    let mut b = members[rng.below(members.len())];
    for _ in 0..8 {
        if b != a {
            break;
        }
        b = members[rng.below(members.len())];
    }
    let mut cent = [dense(a), dense(b)];
    let mut side = vec![false; members.len()];
    for _ in 0..iterations {
        for (s, &m) in side.iter_mut().zip(members) {
            let r = &rows[m as usize];
            *s = dot(r, &cent[1]) > dot(r, &cent[0]);
        }
        let mut sums = [vec![0f32; n_cols], vec![0f32; n_cols]];
        for (&s, &m) in side.iter().zip(members) {
            let sum = &mut sums[usize::from(s)];
            for &(j, v) in &rows[m as usize] {
                sum[j as usize] += v;
            }
        }
        for (c, s) in cent.iter_mut().zip(sums) {
            let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                *c = s.into_iter().map(|x| x / norm).collect();
            }
        }
    }
    let (mut l, mut r) = (Vec::new(), Vec::new());
    for (&s, &m) in side.iter().zip(members) {
        if s {
            r.push(m)
        } else {
            l.push(m)
        }
    }
    (l, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_round_trip() {
        let c = Clusters::from_entries(vec![
            (
                "قال".into(),
                ClusterEntry {
                    path: 0b101,
                    depth: 3,
                    freq_bucket: 12,
                },
            ),
            (
                "x".into(),
                ClusterEntry {
                    path: 0,
                    depth: 0,
                    freq_bucket: 1,
                },
            ),
        ]);
        let mut buf = Vec::new();
        c.write_tsv(&mut buf).unwrap();
        let d = Clusters::read_tsv(&buf[..]).unwrap();
        assert_eq!(d.get("قال"), c.get("قال"));
        assert_eq!(d.get("x"), c.get("x"));
    }

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        // Two "city" words and two "verb" words, in mirrored contexts.
        let mut docs = Vec::new();
        for i in 0..200 {
            let city = if i % 2 == 0 { "باريس" } else { "لندن" };
            let verb = if i % 2 == 0 { "قال" } else { "اكد" };
            docs.push(
                format!("{verb} الوزير في مدينة {city} امس")
                    .split(' ')
                    .map(String::from)
                    .collect(),
            );
        }
        let opts = ClusterOptions {
            min_count: 1,
            max_depth: 1,
            ..ClusterOptions::default()
        };
        let c = train_clusters(&docs, &opts);
        let p = |w: &str| c.get(w).unwrap().path;
        assert_eq!(p("باريس"), p("لندن"));
        assert_eq!(p("قال"), p("اكد"));
        assert_ne!(p("باريس"), p("قال"));
    }
}

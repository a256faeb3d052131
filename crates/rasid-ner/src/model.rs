//! The trained tagger: hashed feature weights, tag transitions, clusters and gazetteer,
//! decoded with a first-order Viterbi constrained to valid IOB2.

use crate::clusters::{ClusterEntry, Clusters};
use crate::doc::DocStats;
use crate::features::Prepared;
use crate::gazetteer::Gazetteer;
use crate::tags::{spans, NerKind, Tag, N_TAGS};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::path::Path;

/// Feature ids are already good hashes: the map only needs to mix them a little.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (v >> 29);
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Row `N_TAGS` of the transition table holds start-of-sentence scores.
pub(crate) type Transitions = [[f32; N_TAGS]; N_TAGS + 1];

/// An entity found in running text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NerSpan {
    /// Index range into [`rasid_analysis::Analysis::tokens`].
    pub tokens: Range<usize>,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: NerKind,
    /// Mean posterior probability of the span's tags (forward–backward over the model's
    /// scores): a ranking signal, not a calibrated probability.
    pub score: f32,
}

/// One linear layer: hashed feature → per-tag weights, plus tag transitions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layer {
    pub(crate) index: IdMap<u32>,
    pub(crate) weights: Vec<f32>,
    pub(crate) trans: Transitions,
}

impl Layer {
    /// Tag scores of one token from its features.
    pub(crate) fn score(&self, feats: &[u64], o_penalty: f32) -> [f32; N_TAGS] {
        self.score2(feats, &[], o_penalty)
    }

    /// Tag scores of one token from two feature lists, summed in order (`a` then `b`).
    pub(crate) fn score2(&self, a: &[u64], b: &[u64], o_penalty: f32) -> [f32; N_TAGS] {
        let mut e = [0f32; N_TAGS];
        e[0] = -o_penalty;
        for h in a.iter().chain(b) {
            if let Some(&r) = self.index.get(h) {
                let w = &self.weights[r as usize * N_TAGS..(r as usize + 1) * N_TAGS];
                for (x, y) in e.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
        e
    }
}

/// A trained NER model: a sentence-level layer, and optionally a second, document-level
/// layer that also sees the first layer's tags of the same words elsewhere in the document
/// (names repeat within an article; one confident mention should carry the others).
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) layers: Vec<Layer>,
    pub(crate) clusters: Clusters,
    pub(crate) gazetteer: Gazetteer,
    /// Subtracted from the O score of every token at decoding: trades precision for
    /// recall.
    pub o_penalty: f32,
}

const MAGIC: &str = "rasid-ner";
const VERSION: u32 = 2;

/// On-disk form (postcard).
#[derive(Serialize, Deserialize)]
struct ModelFile {
    magic: String,
    version: u32,
    layers: Vec<LayerFile>,
    clusters: Vec<(String, u32, u8, u8)>,
    gazetteer: Vec<(String, NerKind)>,
    o_penalty: f32,
}

/// Sparse, quantised weights; features sorted and delta-encoded so varints stay short.
#[derive(Serialize, Deserialize)]
struct LayerFile {
    scale: f32,
    feature_deltas: Vec<u64>,
    /// Per feature: bit t set when tag t has a non-zero weight.
    masks: Vec<u16>,
    values: Vec<i16>,
    trans: Vec<f32>,
}

impl LayerFile {
    fn decode(self) -> Result<Layer> {
        let f = self;
        let n = f.feature_deltas.len();
        if f.masks.len() != n || f.trans.len() != N_TAGS * (N_TAGS + 1) {
            return Err(Error::Format("inconsistent model tables".into()));
        }
        let mut index = IdMap::default();
        index.reserve(n);
        let mut weights = vec![0f32; n * N_TAGS];
        let mut vals = f.values.iter();
        let mut h = 0u64;
        for (row, (&d, &mask)) in f.feature_deltas.iter().zip(&f.masks).enumerate() {
            h = h.wrapping_add(d);
            index.insert(h, row as u32);
            for t in 0..N_TAGS {
                if mask >> t & 1 == 1 {
                    let v = vals
                        .next()
                        .ok_or_else(|| Error::Format("truncated weights".into()))?;
                    weights[row * N_TAGS + t] = f32::from(*v) * f.scale;
                }
            }
        }
        let mut trans = [[0f32; N_TAGS]; N_TAGS + 1];
        for (i, v) in f.trans.iter().enumerate() {
            trans[i / N_TAGS][i % N_TAGS] = *v;
        }
        Ok(Layer {
            index,
            weights,
            trans,
        })
    }

    fn encode(l: &Layer, prune: f32) -> LayerFile {
        let max = l.weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / f32::from(i16::MAX);
        let mut rows: Vec<(u64, u32)> = l.index.iter().map(|(&h, &r)| (h, r)).collect();
        rows.sort_unstable();
        let (mut feature_deltas, mut masks, mut values) = (Vec::new(), Vec::new(), Vec::new());
        let mut prev = 0u64;
        for (h, r) in rows {
            let w = &l.weights[r as usize * N_TAGS..(r as usize + 1) * N_TAGS];
            let mut mask = 0u16;
            let mut vs = Vec::new();
            for (t, &x) in w.iter().enumerate() {
                let q = (x / scale).round() as i16;
                if x.abs() >= prune * max && q != 0 {
                    mask |= 1 << t;
                    vs.push(q);
                }
            }
            if mask == 0 {
                continue;
            }
            feature_deltas.push(h.wrapping_sub(prev));
            prev = h;
            masks.push(mask);
            values.extend(vs);
        }
        LayerFile {
            scale,
            feature_deltas,
            masks,
            values,
            trans: l.trans.iter().flatten().copied().collect(),
        }
    }
}

static EMBEDDED: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner.bin"));

impl Model {
    /// The model shipped with rasid (`models/ner.bin`, compiled in).
    pub fn embedded() -> Result<Model> {
        Model::from_bytes(EMBEDDED)
    }

    pub fn load(path: impl AsRef<Path>) -> Result<Model> {
        Model::from_bytes(&std::fs::read(path)?)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let f: ModelFile = postcard::from_bytes(bytes)?;
        if f.magic != MAGIC || f.version != VERSION {
            return Err(Error::Format(format!("not a rasid-ner v{VERSION} model")));
        }
        if f.layers.is_empty() || f.layers.len() > 2 {
            return Err(Error::Format("a model has one or two layers".into()));
        }
        let layers = f
            .layers
            .into_iter()
            .map(LayerFile::decode)
            .collect::<Result<Vec<_>>>()?;
        let clusters = Clusters::from_entries(
            f.clusters
                .into_iter()
                .map(|(w, path, depth, freq_bucket)| {
                    (
                        w,
                        ClusterEntry {
                            path,
                            depth,
                            freq_bucket,
                        },
                    )
                })
                .collect(),
        );
        let mut gazetteer = Gazetteer::new();
        for (p, k) in f.gazetteer {
            gazetteer.insert(&p, k);
        }
        Ok(Model {
            layers,
            clusters,
            gazetteer,
            o_penalty: f.o_penalty,
        })
    }

    /// Serialises the model; weights with |w| below `prune` × max are dropped.
    pub fn to_bytes(&self, prune: f32) -> Result<Vec<u8>> {
        let mut gazetteer: Vec<(String, NerKind)> = self
            .gazetteer
            .iter()
            .map(|(p, k)| (p.to_string(), k))
            .collect();
        gazetteer.sort();
        let f = ModelFile {
            magic: MAGIC.into(),
            version: VERSION,
            layers: self
                .layers
                .iter()
                .map(|l| LayerFile::encode(l, prune))
                .collect(),
            clusters: self
                .clusters
                .entries()
                .into_iter()
                .map(|(w, e)| (w, e.path, e.depth, e.freq_bucket))
                .collect(),
            gazetteer,
            o_penalty: self.o_penalty,
        };
        Ok(postcard::to_stdvec(&f)?)
    }

    pub fn save(&self, path: impl AsRef<Path>, prune: f32) -> Result<()> {
        std::fs::write(path, self.to_bytes(prune)?)?;
        Ok(())
    }

    /// Number of weighted features (all layers).
    pub fn n_features(&self) -> usize {
        self.layers.iter().map(|l| l.index.len()).sum()
    }

    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// Adds names (any spelling; folded here) that should fire the gazetteer features,
    /// e.g. from the lexicon. The model was trained with a gazetteer, so it already knows
    /// how far to trust a list match; no retraining needed.
    pub fn add_gazetteer<'a>(&mut self, names: impl IntoIterator<Item = (&'a str, NerKind)>) {
        for (p, k) in names {
            self.gazetteer.insert(p, k);
        }
        self.gazetteer.reindex();
    }

    pub(crate) fn prepare(&self, tokens: &[&str]) -> Prepared {
        Prepared::new(tokens, &self.clusters, &self.gazetteer)
    }

    /// Best tags and per-token scores of every sentence of one document.
    ///
    /// The sentence-level features of each token are hashed once and reused by the
    /// document layer (which sees them plus its own): hashing was half the tagger's time.
    pub(crate) fn decode_document(
        &self,
        doc: &[Prepared],
    ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)> {
        // All tokens' features of the document in one buffer; `ends[k]` closes token k.
        let mut feats = Vec::new();
        let mut ends = Vec::new();
        for p in doc {
            for i in 0..p.len() {
                p.features(i, &mut feats);
                ends.push(feats.len());
            }
        }
        let token_feats = |k: usize| -> &[u64] {
            let start = if k == 0 { 0 } else { ends[k - 1] };
            &feats[start..ends[k]]
        };
        let mut k = 0;
        let first: Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)> = doc
            .iter()
            .map(|p| {
                let e: Vec<[f32; N_TAGS]> = (0..p.len())
                    .map(|_| {
                        k += 1;
                        self.layers[0].score(token_feats(k - 1), self.o_penalty)
                    })
                    .collect();
                (viterbi(&e, &self.layers[0].trans), e)
            })
            .collect();
        let Some(second) = self.layers.get(1) else {
            return first;
        };
        let stats = DocStats::new(doc, first.iter().map(|f| f.0.as_slice()));
        let mut k = 0;
        let mut extra = Vec::new();
        doc.iter()
            .zip(&first)
            .map(|(p, (s1, _))| {
                let e: Vec<[f32; N_TAGS]> = (0..p.len())
                    .map(|i| {
                        extra.clear();
                        stats.features(p, s1, i, &mut extra);
                        k += 1;
                        second.score2(token_feats(k - 1), &extra, self.o_penalty)
                    })
                    .collect();
                (viterbi(&e, &second.trans), e)
            })
            .collect()
    }

    /// Tags one tokenised sentence (IOB2, always valid), as a document of its own.
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_document(&[tokens]).pop().unwrap_or_default()
    }

    /// Tags the tokenised sentences of one document together (the document layer pools
    /// evidence across sentences).
    pub fn tag_document<S: AsRef<[T]>, T: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<Tag>> {
        let doc: Vec<Prepared> = sentences
            .iter()
            .map(|s| self.prepare(&s.as_ref().iter().map(AsRef::as_ref).collect::<Vec<&str>>()))
            .collect();
        self.decode_document(&doc)
            .into_iter()
            .map(|(best, _)| best.into_iter().map(Tag::from_index).collect())
            .collect()
    }

    /// Entities of running text; the whole analysis is one document.
    pub fn tag(&self, analysis: &rasid_analysis::Analysis, text: &str) -> Vec<NerSpan> {
        self.tag_kinds(analysis, text, |_| true)
    }

    /// [`Model::tag`] keeping only the spans whose kind passes `keep`: the same spans with the
    /// same scores, but span scores (forward–backward) are only computed where they are kept.
    pub fn tag_kinds(
        &self,
        analysis: &rasid_analysis::Analysis,
        text: &str,
        keep: impl Fn(NerKind) -> bool,
    ) -> Vec<NerSpan> {
        let sents: Vec<_> = analysis
            .sentences
            .iter()
            .filter(|s| !s.tokens.is_empty())
            .collect();
        let doc: Vec<Prepared> = sents
            .iter()
            .map(|s| {
                let words: Vec<&str> = analysis.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| t.text(text))
                    .collect();
                self.prepare(&words)
            })
            .collect();
        let layer = self.layers.last().unwrap_or(&self.layers[0]);
        let mut out = Vec::new();
        for (s, (best, e)) in sents.iter().zip(self.decode_document(&doc)) {
            let tags: Vec<Tag> = best.iter().map(|&t| Tag::from_index(t)).collect();
            let mut found = spans(&tags);
            found.retain(|&(_, _, kind)| keep(kind));
            if found.is_empty() {
                // Most sentences name nobody: skip forward–backward, only span scores need it.
                continue;
            }
            let toks = &analysis.tokens[s.tokens.clone()];
            let marg = marginals(&e, &layer.trans);
            for (a, b, kind) in found {
                let score = ((a..b).map(|i| marg[i][best[i]]).sum::<f32>() / (b - a) as f32)
                    .clamp(0.0, 1.0);
                out.push(NerSpan {
                    tokens: s.tokens.start + a..s.tokens.start + b,
                    byte_start: toks[a].byte_start,
                    byte_end: toks[b - 1].byte_end,
                    kind,
                    score,
                });
            }
        }
        out
    }
}

/// Transition score, or −∞ where IOB2 forbids it (`prev == N_TAGS` is the start).
fn allowed(trans: &Transitions, prev: usize, t: usize) -> f32 {
    let p = (prev < N_TAGS).then(|| Tag::from_index(prev));
    if Tag::from_index(t).may_follow(p) {
        trans[prev][t]
    } else {
        f32::NEG_INFINITY
    }
}

/// [`allowed`] for every (previous, next) pair, computed once per sentence.
fn allowed_table(trans: &Transitions) -> Transitions {
    let mut tr = [[0f32; N_TAGS]; N_TAGS + 1];
    for (p, row) in tr.iter_mut().enumerate() {
        for (t, x) in row.iter_mut().enumerate() {
            *x = allowed(trans, p, t);
        }
    }
    tr
}

/// Best tag sequence (dense indices) under emission + transition scores.
pub(crate) fn viterbi(e: &[[f32; N_TAGS]], trans: &Transitions) -> Vec<usize> {
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    let tr = allowed_table(trans);
    let mut back = vec![[0u8; N_TAGS]; n];
    let mut cur = [0f32; N_TAGS];
    for t in 0..N_TAGS {
        cur[t] = tr[N_TAGS][t] + e[0][t];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        for t in 0..N_TAGS {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for p in 0..N_TAGS {
                let s = cur[p] + tr[p][t];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            next[t] = best.0 + e[i][t];
            back[i][t] = best.1;
        }
        cur = next;
    }
    let mut t = (0..N_TAGS).fold(0, |b, t| if cur[t] > cur[b] { t } else { b });
    let mut out = vec![0usize; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t] as usize;
    }
    out
}

fn log_sum_exp(xs: impl Iterator<Item = f32> + Clone) -> f32 {
    let m = xs.clone().fold(f32::NEG_INFINITY, f32::max);
    if m == f32::NEG_INFINITY {
        return m;
    }
    // exp(−∞) adds exactly 0: skipping the forbidden transitions changes no bit, saves a third.
    m + xs
        .filter(|&x| x > f32::NEG_INFINITY)
        .map(|x| (x - m).exp())
        .sum::<f32>()
        .ln()
}

/// Posterior tag probabilities per token (forward–backward, scores as log-potentials).
pub(crate) fn marginals(e: &[[f32; N_TAGS]], trans: &Transitions) -> Vec<[f32; N_TAGS]> {
    let n = e.len();
    let tr = allowed_table(trans);
    let mut alpha = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    let mut beta = vec![[0f32; N_TAGS]; n];
    for t in 0..N_TAGS {
        alpha[0][t] = tr[N_TAGS][t] + e[0][t];
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            let prev = alpha[i - 1];
            alpha[i][t] = log_sum_exp((0..N_TAGS).map(|p| prev[p] + tr[p][t])) + e[i][t];
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for p in 0..N_TAGS {
            let next = beta[i + 1];
            beta[i][p] = log_sum_exp((0..N_TAGS).map(|t| tr[p][t] + e[i + 1][t] + next[t]));
        }
    }
    let z = log_sum_exp(alpha[n - 1].iter().copied());
    (0..n)
        .map(|i| {
            let mut m = [0f32; N_TAGS];
            for t in 0..N_TAGS {
                m[t] = (alpha[i][t] + beta[i][t] - z).exp();
            }
            m
        })
        .collect()
}

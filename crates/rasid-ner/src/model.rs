//! The trained tagger: hashed feature weights, tag transitions, clusters and gazetteer,
//! decoded with a first-order Viterbi constrained to valid IOB2.

use crate::clusters::{ClusterEntry, Clusters};
use crate::doc::DocStats;
use crate::emit::{CachePool, DocWords, Fast, Pool, Row, Sentence};
use crate::features::{Small, Tokens};
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
        let mut e = [0f32; N_TAGS];
        e[0] = -o_penalty;
        self.add(feats, &mut e);
        e
    }

    /// Adds the weights of `feats` to `e`, in order.
    pub(crate) fn add(&self, feats: &[u64], e: &mut [f32; N_TAGS]) {
        for h in feats {
            if let Some(&r) = self.index.get(h) {
                let w = &self.weights[r as usize * N_TAGS..(r as usize + 1) * N_TAGS];
                for (x, y) in e.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
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
    /// Per-word partial scores of the layers: see [`crate::emit`].
    pub(crate) cache: CachePool,
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
            cache: CachePool::default(),
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
        // The cached words know whether they may start a listed phrase.
        self.cache.clear();
    }

    /// Multiplies every score by `k > 0`: the decoded tags do not change (Viterbi is
    /// scale-invariant), but span scores (posteriors) sharpen for `k > 1`. Lets a model
    /// trained with another objective match the score scale that callers' thresholds expect.
    pub fn scale_scores(&mut self, k: f32) {
        for l in &mut self.layers {
            l.weights.iter_mut().for_each(|w| *w *= k);
            l.trans.iter_mut().flatten().for_each(|w| *w *= k);
        }
        self.cache.clear();
    }

    /// Appends a layer (training): the cached word scores are for the old layers.
    pub(crate) fn push_layer(&mut self, layer: Layer) {
        self.cache.clear();
        self.layers.push(layer);
    }

    pub(crate) fn pop_layer(&mut self) -> Option<Layer> {
        self.cache.clear();
        self.layers.pop()
    }

    /// Best tags and per-token emission scores (of the last layer) of every sentence of one
    /// document, scoring the tokens with `sc`.
    fn decode_document<T: Tokens, const L: usize>(
        &self,
        doc: &[T],
        sc: &mut impl Scorer<T, L>,
    ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)> {
        // Each token's first-layer features are scored once for both layers (the joint
        // table); the second layer's scores wait for its own features below.
        let first_layer = &self.layers[0];
        let two = L > 1;
        let mut first = Vec::with_capacity(doc.len());
        let mut partial = Vec::with_capacity(if two { doc.len() } else { 0 });
        for p in doc {
            let mut e0 = Vec::with_capacity(p.len());
            let mut e1 = Vec::with_capacity(if two { p.len() } else { 0 });
            for i in 0..p.len() {
                let e = sc.first(p, i);
                e0.push(e[0]);
                if two {
                    e1.push(e[L - 1]);
                }
            }
            first.push((viterbi(&e0, &first_layer.trans), e0));
            if two {
                partial.push(e1);
            }
        }
        let Some(second) = self.layers.get(1) else {
            return first;
        };
        let stats = DocStats::new(doc, first.iter().map(|f| f.0.as_slice()));
        let mut keys = Vec::new();
        doc.iter()
            .zip(&first)
            .zip(partial)
            .map(|((p, (s1, _)), mut e)| {
                for (i, e) in e.iter_mut().enumerate() {
                    keys.clear();
                    stats.keys(p, s1, i, &mut keys);
                    sc.second(&keys, e);
                }
                (viterbi(&e, &second.trans), e)
            })
            .collect()
    }

    /// [`Model::decode_document`] from each token's full feature list ([`Prepared`]): the
    /// reference the cached path is tested against.
    #[cfg(test)]
    pub(crate) fn decode_reference(
        &self,
        sentences: &[Vec<&str>],
    ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)> {
        use crate::features::Prepared;
        let doc: Vec<Prepared> = sentences
            .iter()
            .map(|s| Prepared::new(s, &self.clusters, &self.gazetteer))
            .collect();
        fn run<const L: usize>(
            m: &Model,
            doc: &[Prepared],
            pool: &crate::emit::Pool<L>,
        ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)> {
            let mut sc = Reference {
                joint: pool.joint(m),
                initial: m.initial(),
                feats: Vec::new(),
            };
            m.decode_document(doc, &mut sc)
        }
        match self.layers.len() {
            1 => run(self, &doc, &self.cache.one),
            _ => run(self, &doc, &self.cache.two),
        }
    }

    /// Scores before any feature: the O penalty.
    fn initial(&self) -> [f32; N_TAGS] {
        let mut e = [0f32; N_TAGS];
        e[0] = -self.o_penalty;
        e
    }

    /// [`Model::decode_document`] through the per-word cache: what the tagger runs.
    pub(crate) fn decode_fast<'t, S, T>(
        &self,
        sentences: impl IntoIterator<Item = S>,
    ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)>
    where
        S: IntoIterator<Item = T>,
        T: Into<crate::emit::Tok<'t>>,
    {
        match self.layers.len() {
            1 => self.decode_cached(sentences, &self.cache.one),
            _ => self.decode_cached(sentences, &self.cache.two),
        }
    }

    /// [`Model::decode_fast`] with the caches of an `L`-layer model.
    fn decode_cached<'t, S, T, const L: usize>(
        &self,
        sentences: impl IntoIterator<Item = S>,
        pool: &Pool<L>,
    ) -> Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)>
    where
        S: IntoIterator<Item = T>,
        T: Into<crate::emit::Tok<'t>>,
    {
        let mut cache = pool.take(self);
        let words = DocWords::new(sentences, &mut cache, self);
        let mut sc = FastScorer {
            fast: Fast::new(pool.joint(self), &mut cache.small),
            initial: self.initial(),
        };
        let out = self.decode_document(&words.views(&cache.entries), &mut sc);
        drop(words);
        pool.put(cache);
        out
    }

    /// Tags one tokenised sentence (IOB2, always valid), as a document of its own.
    pub fn tag_tokens(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_document(&[tokens]).pop().unwrap_or_default()
    }

    /// Tags the tokenised sentences of one document together (the document layer pools
    /// evidence across sentences).
    pub fn tag_document<S: AsRef<[T]>, T: AsRef<str>>(&self, sentences: &[S]) -> Vec<Vec<Tag>> {
        self.decode_fast(
            sentences
                .iter()
                .map(|s| s.as_ref().iter().map(AsRef::as_ref)),
        )
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
        let decoded = self.decode_fast(sents.iter().map(|s| {
            analysis.tokens[s.tokens.clone()]
                .iter()
                .map(|t| crate::emit::Tok {
                    text: t.text(text),
                    id: t.word_id(),
                })
        }));
        let layer = self.layers.last().unwrap_or(&self.layers[0]);
        let mut pot = None;
        let mut out = Vec::new();
        for (s, (best, e)) in sents.iter().zip(decoded) {
            if best.iter().all(|&t| t == 0) {
                // All O (index 0): no span, nothing to convert.
                continue;
            }
            let tags: Vec<Tag> = best.iter().map(|&t| Tag::from_index(t)).collect();
            let mut found = spans(&tags);
            found.retain(|&(_, _, kind)| keep(kind));
            if found.is_empty() {
                // Most sentences name nobody: skip forward–backward, only span scores need it.
                continue;
            }
            let toks = &analysis.tokens[s.tokens.clone()];
            let from = found.iter().map(|f| f.0).min().unwrap_or(0);
            let pot = pot.get_or_insert_with(|| Potentials::new(&layer.trans));
            let post = posteriors(&e, pot, &best, from);
            for (a, b, kind) in found {
                let score = (post[a..b].iter().sum::<f32>() / (b - a) as f32).clamp(0.0, 1.0);
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

/// How [`Model::decode_document`] scores tokens with an `L`-layer model.
trait Scorer<T, const L: usize> {
    /// Scores of token `i` of `p` in every layer from all but the document layer's features.
    fn first(&mut self, p: &T, i: usize) -> Row<L>;
    /// Adds the last layer's weights of the document features `keys` to `e`.
    fn second(&mut self, keys: &[Small], e: &mut [f32; N_TAGS]);
}

/// Scores from each token's full list of hashed features: the reference the cached path
/// is tested against, and what training sees.
#[cfg(test)]
struct Reference<'a, const L: usize> {
    joint: &'a crate::emit::Joint<L>,
    initial: [f32; N_TAGS],
    feats: Vec<u64>,
}

#[cfg(test)]
impl<const L: usize> Scorer<crate::features::Prepared, L> for Reference<'_, L> {
    fn first(&mut self, p: &crate::features::Prepared, i: usize) -> Row<L> {
        self.feats.clear();
        p.features(i, &mut self.feats);
        let mut e = [self.initial; L];
        self.joint.add_layers(&self.feats, &mut e);
        e
    }

    fn second(&mut self, keys: &[Small], e: &mut [f32; N_TAGS]) {
        self.feats.clear();
        self.feats.extend(keys.iter().map(|k| k.hash()));
        let mut both = [[0f32; N_TAGS]; L];
        both[L - 1] = *e;
        self.joint.add_layers(&self.feats, &mut both);
        *e = both[L - 1];
    }
}

/// Scores through the per-word cache and the small-feature rows: what the tagger runs.
struct FastScorer<'a, const L: usize> {
    fast: Fast<'a, L>,
    initial: [f32; N_TAGS],
}

impl<const L: usize> Scorer<Sentence<'_, L>, L> for FastScorer<'_, L> {
    fn first(&mut self, s: &Sentence<'_, L>, i: usize) -> Row<L> {
        let mut e = [self.initial; L];
        s.add_word_scores(i, &mut e);
        s.add_context(i, &mut self.fast, &mut e);
        e
    }

    fn second(&mut self, keys: &[Small], e: &mut [f32; N_TAGS]) {
        for &k in keys {
            if let Some(row) = self.fast.small.get(self.fast.joint, k) {
                for (x, y) in e.iter_mut().zip(&row[L - 1]) {
                    *x += y;
                }
            }
        }
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
///
/// The predecessors [`allowed`] lets through are exactly [`predecessors`]: a test pins it.
#[cfg(test)]
fn allowed_table(trans: &Transitions) -> Transitions {
    let mut tr = [[0f32; N_TAGS]; N_TAGS + 1];
    for (p, row) in tr.iter_mut().enumerate() {
        for (t, x) in row.iter_mut().enumerate() {
            *x = allowed(trans, p, t);
        }
    }
    tr
}

/// Tags that may precede tag `t` in IOB2, in index order: anything before O or B-X, only
/// B-X (`t − 1`) or I-X (`t`) before I-X. [`viterbi`] skips the forbidden pairs: they score
/// −∞, which never wins a strict comparison, so skipping them changes no result.
fn predecessors(t: usize) -> std::ops::Range<usize> {
    if t == 0 || t % 2 == 1 {
        0..N_TAGS
    } else {
        t - 1..t + 1
    }
}

/// Best tag sequence (dense indices) under emission + transition scores.
pub(crate) fn viterbi(e: &[[f32; N_TAGS]], trans: &Transitions) -> Vec<usize> {
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; N_TAGS]; n];
    let mut cur = [0f32; N_TAGS];
    for t in 0..N_TAGS {
        cur[t] = if Tag::from_index(t).may_follow(None) {
            trans[N_TAGS][t] + e[0][t]
        } else {
            f32::NEG_INFINITY
        };
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        for t in 0..N_TAGS {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for p in predecessors(t) {
                let s = cur[p] + trans[p][t];
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

/// Transition potentials of [`posteriors`], exp(score − max): constant factors cancel in
/// the normalisation, and everything stays ≤ 1 (forbidden transitions are 0). Computed once
/// per document rather than per sentence (90 `exp`s each time).
pub(crate) struct Potentials([[f64; N_TAGS]; N_TAGS + 1]);

impl Potentials {
    pub(crate) fn new(trans: &Transitions) -> Potentials {
        let tmax = trans
            .iter()
            .flatten()
            .fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        let mut pot = [[0f64; N_TAGS]; N_TAGS + 1];
        for (p, row) in pot.iter_mut().enumerate() {
            for (t, x) in row.iter_mut().enumerate() {
                let a = allowed(trans, p, t);
                if a > f32::NEG_INFINITY {
                    *x = f64::from(a - tmax).exp();
                }
            }
        }
        Potentials(pot)
    }
}

/// Posterior probability of tag `best[i]` at every token `i ≥ from` (forward–backward,
/// scores as log-potentials; 0 before `from`).
///
/// Scaled forward–backward in probability space (f64), not log-space sums: one `exp` per
/// tag and token instead of one per tag pair, and the backward pass stops at `from`. The
/// values agree with the log-space computation to float rounding (~1e-6); they are a
/// ranking signal compared with thresholds.
pub(crate) fn posteriors(
    e: &[[f32; N_TAGS]],
    pot: &Potentials,
    best: &[usize],
    from: usize,
) -> Vec<f32> {
    let n = e.len();
    if n == 0 {
        return Vec::new();
    }
    let pot = &pot.0;
    let emit = |i: usize| -> [f64; N_TAGS] {
        let m = e[i].iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        std::array::from_fn(|t| f64::from(e[i][t] - m).exp())
    };
    let normalise = |v: &mut [f64; N_TAGS]| -> f64 {
        let c: f64 = v.iter().sum();
        if c > 0.0 {
            v.iter_mut().for_each(|x| *x /= c);
        }
        c
    };
    let mut alpha = vec![[0f64; N_TAGS]; n];
    let mut scale = vec![1f64; n];
    let mut em = vec![[0f64; N_TAGS]; n];
    for i in 0..n {
        em[i] = emit(i);
        // Σ over predecessors p of alpha·pot, accumulated per tag in p order (one pass
        // over p for all tags, which vectorises): the forbidden pairs add +0.0 to a sum of
        // non-negative terms, which leaves it bit for bit as the per-tag sum over
        // [`predecessors`].
        let mut a = if i == 0 {
            pot[N_TAGS]
        } else {
            let mut into = [0f64; N_TAGS];
            for (&prev, row) in alpha[i - 1].iter().zip(pot) {
                for (x, &w) in into.iter_mut().zip(row) {
                    *x += prev * w;
                }
            }
            into
        };
        for (x, m) in a.iter_mut().zip(&em[i]) {
            *x *= m;
        }
        scale[i] = normalise(&mut a);
        alpha[i] = a;
    }
    let mut out = vec![0f32; n];
    let mut beta = [1f64; N_TAGS];
    for i in (from..n).rev() {
        if i + 1 < n {
            let c = scale[i + 1];
            let next: [f64; N_TAGS] = std::array::from_fn(|t| em[i + 1][t] * beta[t]);
            // Σ over t of pot·next per p, in t order, all p at once.
            let mut s = [0f64; N_TAGS];
            for (t, &x) in next.iter().enumerate() {
                for (acc, row) in s.iter_mut().zip(pot) {
                    *acc += row[t] * x;
                }
            }
            beta = s.map(|s| if c > 0.0 { s / c } else { s });
        }
        out[i] = (alpha[i][best[i]] * beta[best[i]]) as f32;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
        let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
        if m == f64::NEG_INFINITY {
            return m;
        }
        m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
    }

    /// The full posterior table by plain log-space forward–backward in f64: the oracle.
    fn full_marginals(e: &[[f32; N_TAGS]], trans: &Transitions) -> Vec<[f32; N_TAGS]> {
        let n = e.len();
        let tr = allowed_table(trans).map(|r| r.map(f64::from));
        let e: Vec<[f64; N_TAGS]> = e.iter().map(|r| r.map(f64::from)).collect();
        let mut alpha = vec![[f64::NEG_INFINITY; N_TAGS]; n];
        let mut beta = vec![[0f64; N_TAGS]; n];
        alpha[0] = std::array::from_fn(|t| tr[N_TAGS][t] + e[0][t]);
        for i in 1..n {
            let prev = alpha[i - 1];
            alpha[i] = std::array::from_fn(|t| {
                log_sum_exp((0..N_TAGS).map(|p| prev[p] + tr[p][t])) + e[i][t]
            });
        }
        for i in (0..n.saturating_sub(1)).rev() {
            let next = beta[i + 1];
            beta[i] = std::array::from_fn(|p| {
                log_sum_exp((0..N_TAGS).map(|t| tr[p][t] + e[i + 1][t] + next[t]))
            });
        }
        let z = log_sum_exp(alpha[n - 1].iter().copied());
        (0..n)
            .map(|i| std::array::from_fn(|t| (alpha[i][t] + beta[i][t] - z).exp() as f32))
            .collect()
    }

    /// Span scores from [`posteriors`] equal the full log-space table's to float rounding,
    /// from any start.
    #[test]
    fn posteriors_equal_full_marginals() {
        let model = Model::embedded().unwrap();
        let layer = model.layers.last().unwrap();
        let doc = [
            vec![
                "قال",
                "الرئيس",
                "باراك",
                "أوباما",
                "في",
                "واشنطن",
                "إن",
                "الأمم",
                "المتحدة",
            ],
            vec!["وزار", "الأمير", "محمد", "بن", "سلمان", "الرياض", "."],
        ];
        let mut decoded = model.decode_fast(doc.iter().map(|s| s.iter().copied()));
        // And random emissions over the same range, up to sentences of 60 tokens.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut rand = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 40) as f32 / (1u64 << 24) as f32
        };
        for len in 1..60 {
            let e: Vec<[f32; N_TAGS]> = (0..len)
                .map(|_| std::array::from_fn(|_| 30.0 * rand() - 20.0))
                .collect();
            decoded.push((viterbi(&e, &layer.trans), e));
        }
        let pot = Potentials::new(&layer.trans);
        for (best, e) in &decoded {
            let full = full_marginals(e, &layer.trans);
            for from in 0..e.len() {
                let post = posteriors(e, &pot, best, from);
                for i in from..e.len() {
                    let (a, b) = (post[i], full[i][best[i]]);
                    assert!((a - b).abs() < 1e-6, "{i} from {from}: {a} vs {b}");
                }
            }
        }
    }

    /// The decoder's shortcut skips exactly the transitions IOB2 forbids.
    #[test]
    fn predecessors_are_the_allowed_transitions() {
        let tr = allowed_table(&[[0.5; N_TAGS]; N_TAGS + 1]);
        let mut allowed: Vec<(usize, usize)> = tr[..N_TAGS]
            .iter()
            .enumerate()
            .flat_map(|(p, row)| {
                (0..N_TAGS)
                    .filter(|&t| row[t].is_finite())
                    .map(move |t| (t, p))
            })
            .collect();
        allowed.sort_unstable();
        let shortcut: Vec<(usize, usize)> = (0..N_TAGS)
            .flat_map(|t| predecessors(t).map(move |p| (t, p)))
            .collect();
        assert_eq!(allowed, shortcut);
    }
}

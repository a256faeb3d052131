//! The tagger's fast path: emission scores from weights summed once per word type.
//!
//! Almost every feature of a token is a function of ONE word at a fixed offset
//! ([`Template::Word`]), so a token's score is Σ over offsets of a per-word vector plus a few
//! context features. Hashing ~50 features and looking each up in the weight table was nine
//! tenths of tagging; a cached word costs one map lookup instead. The cache is keyed by the
//! token's raw text (no folding on a hit) and bounded; the model keeps a small pool of them so
//! that rayon threads sharing one `Model` never contend per token.

use crate::features::{Template, Tokens, Word, MAX_OFFSET, N_OFFSETS, TEMPLATES};
use crate::gazetteer::Heads;
use crate::model::{IdMap, Layer};
use crate::tags::N_TAGS;
use compact_str::CompactString;
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// A model has one or two layers (checked when it is loaded).
pub(crate) const MAX_LAYERS: usize = 2;

/// Words kept per cache before it is trimmed (checked between documents): ~0.5 kB each,
/// so up to ~70 MB per thread. 22.9 MB of news hold 137k distinct tokens: with half as many
/// slots, a tenth of the tokens missed.
const CAPACITY: usize = 1 << 17;

/// Index of the `<s>` and `</s>` entries.
const START: u32 = 0;
const END: u32 = 1;

/// Per layer and offset: the summed weights of the word-local features of one word.
type Parts = [[[f32; N_TAGS]; N_OFFSETS]; MAX_LAYERS];

#[derive(Debug)]
struct Entry {
    word: Word,
    parts: Parts,
    /// [`crate::Gazetteer::heads`] of the word.
    heads: Heads,
}

/// The weights of every layer for a feature side by side: a new word's features cost one
/// lookup and one row for all layers (the table lookups were most of a new word's cost).
/// The row lives in the map's bucket: a lookup touches one cache line fewer.
#[derive(Debug, Default)]
pub(crate) struct Joint {
    index: IdMap<[[f32; N_TAGS]; MAX_LAYERS]>,
}

impl Joint {
    fn new(layers: &[Layer]) -> Joint {
        let mut j = Joint::default();
        j.index.reserve(layers.first().map_or(0, |l| l.index.len()));
        for (l, layer) in layers.iter().enumerate().take(MAX_LAYERS) {
            for (&h, &r) in &layer.index {
                let row = j.index.entry(h).or_insert([[0f32; N_TAGS]; MAX_LAYERS]);
                let r = r as usize * N_TAGS;
                row[l].copy_from_slice(&layer.weights[r..r + N_TAGS]);
            }
        }
        j
    }

    /// Adds the weights of `feats` to `parts[l][k]` for every layer `l`, in order: the same
    /// sums as [`Layer::add`] per layer (a feature a layer lacks adds 0).
    fn add(&self, feats: &[u64], parts: &mut Parts, k: usize) {
        for h in feats {
            if let Some(row) = self.index.get(h) {
                for (part, w) in parts.iter_mut().zip(row) {
                    for (x, y) in part[k].iter_mut().zip(w) {
                        *x += y;
                    }
                }
            }
        }
    }
}

impl Joint {
    /// Adds the weights of `feats` to `e[l]` for every layer `l`, in order: the context
    /// features of a token cost one lookup for both layers.
    pub(crate) fn add_layers(&self, feats: &[u64], e: &mut [[f32; N_TAGS]; MAX_LAYERS]) {
        for h in feats {
            if let Some(row) = self.index.get(h) {
                for (part, w) in e.iter_mut().zip(row) {
                    for (x, y) in part.iter_mut().zip(w) {
                        *x += y;
                    }
                }
            }
        }
    }
}

impl Entry {
    fn new(word: Word, model: &crate::Model, joint: &Joint, scratch: &mut Vec<u64>) -> Entry {
        let mut parts = [[[0f32; N_TAGS]; N_OFFSETS]; MAX_LAYERS];
        for t in TEMPLATES {
            if let Template::Word(j, f) = *t {
                scratch.clear();
                f(&word, scratch);
                joint.add(scratch, &mut parts, (j + MAX_OFFSET) as usize);
            }
        }
        Entry {
            heads: model.gazetteer.heads(&word.folded),
            word,
            parts,
        }
    }
}

/// Raw token text → its word views and per-layer partial scores.
#[derive(Debug)]
pub(crate) struct WordCache {
    /// Raw token → entry id, and how often it was seen again since the last trim (kept
    /// here, not in the entry, to touch one cache line less per token). Tokens up to 24
    /// bytes (nearly all) are stored inline: comparing a key reads no other cache line.
    ids: FxHashMap<CompactString, (u32, u32)>,
    joint: Arc<Joint>,
    entries: Vec<Entry>,
    scratch: Vec<u64>,
}

impl WordCache {
    fn new(model: &crate::Model, joint: Arc<Joint>) -> WordCache {
        let mut scratch = Vec::new();
        let entries = vec![
            Entry::new(Word::edge("<s>"), model, &joint, &mut scratch),
            Entry::new(Word::edge("</s>"), model, &joint, &mut scratch),
        ];
        let mut c = WordCache {
            ids: FxHashMap::default(),
            joint,
            entries,
            scratch,
        };
        // Growing by doubling would copy (and fault in) tens of MB; the pages are only
        // touched as words arrive. The slack covers the new words of the document that
        // crosses the capacity (trimming waits for its end).
        c.entries.reserve(CAPACITY + CAPACITY / 8);
        c.ids.reserve(CAPACITY + CAPACITY / 8);
        c
    }

    /// Entry id of a raw token, computed on first sight.
    fn id(&mut self, token: &str, model: &crate::Model) -> u32 {
        if let Some((id, uses)) = self.ids.get_mut(token) {
            *uses += 1;
            return *id;
        }
        let id = self.entries.len() as u32;
        let word = Word::new(token, &model.clusters);
        let e = Entry::new(word, model, &self.joint, &mut self.scratch);
        self.entries.push(e);
        self.ids.insert(CompactString::from(token), (id, 0));
        id
    }

    /// Once over capacity, keeps the words seen again since the last trim (news vocabulary
    /// is Zipfian: they are most of the tokens) and forgets the rest, or all if too many
    /// remain. Ids are only held within one document, so this runs between documents.
    fn trim(&mut self) {
        if self.entries.len() <= CAPACITY {
            return;
        }
        let mut new_id = vec![u32::MAX; self.entries.len()];
        for &(id, uses) in self.ids.values() {
            if uses > 0 {
                new_id[id as usize] = 0;
            }
        }
        new_id[..2].fill(0);
        let mut next = 0u32;
        for x in new_id.iter_mut().filter(|x| **x == 0) {
            *x = next;
            next += 1;
        }
        if next as usize > CAPACITY / 2 {
            new_id[2..].fill(u32::MAX);
        }
        let mut k = 0;
        self.entries.retain(|_| {
            k += 1;
            new_id[k - 1] != u32::MAX
        });
        self.ids.retain(|_, (id, uses)| {
            *id = new_id[*id as usize];
            *uses = 0;
            *id != u32::MAX
        });
    }
}

/// Caches of one model, one per concurrent caller. Cloning a model starts it empty; changing
/// the layers must [`CachePool::clear`] it.
#[derive(Default)]
pub(crate) struct CachePool {
    caches: Mutex<Vec<WordCache>>,
    /// Built on first use, shared by the caches.
    joint: OnceLock<Arc<Joint>>,
}

impl Clone for CachePool {
    fn clone(&self) -> Self {
        CachePool::default()
    }
}

impl std::fmt::Debug for CachePool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CachePool")
    }
}

impl CachePool {
    /// The joint feature table of the model's layers.
    pub(crate) fn joint(&self, model: &crate::Model) -> &Arc<Joint> {
        self.joint
            .get_or_init(|| Arc::new(Joint::new(&model.layers)))
    }

    pub(crate) fn take(&self, model: &crate::Model) -> WordCache {
        let pooled = self.caches.lock().map(|mut p| p.pop()).unwrap_or(None);
        pooled.unwrap_or_else(|| WordCache::new(model, Arc::clone(self.joint(model))))
    }

    pub(crate) fn put(&self, mut cache: WordCache) {
        cache.trim();
        if let Ok(mut p) = self.caches.lock() {
            p.push(cache);
        }
    }

    pub(crate) fn clear(&mut self) {
        if let Ok(p) = self.caches.get_mut() {
            p.clear();
        }
        self.joint = OnceLock::new();
    }
}

/// The words of one document, resolved against a cache.
#[derive(Debug, Default)]
pub(crate) struct DocWords {
    /// Entry id of every token, sentence after sentence.
    ids: Vec<u32>,
    /// Gazetteer mark of every token.
    gaz: Vec<u8>,
    /// Token range of every sentence.
    sents: Vec<std::ops::Range<usize>>,
}

impl DocWords {
    /// Looks up (or computes) every token of `sentences`, then marks gazetteer matches.
    pub(crate) fn new<'t, S>(
        sentences: impl IntoIterator<Item = S>,
        cache: &mut WordCache,
        model: &crate::Model,
    ) -> DocWords
    where
        S: IntoIterator<Item = &'t str>,
    {
        let mut d = DocWords::default();
        for s in sentences {
            let start = d.ids.len();
            for t in s {
                d.ids.push(cache.id(t, model));
            }
            let ids = &d.ids[start..];
            let entry = |i: usize| &cache.entries[ids[i] as usize];
            model.gazetteer.mark_heads(
                ids.len(),
                |i| entry(i).word.folded.as_str(),
                |i| &entry(i).heads,
                &mut d.gaz,
            );
            d.sents.push(start..d.ids.len());
        }
        d
    }

    /// Sentence views for the decoder.
    pub(crate) fn views<'a>(&'a self, cache: &'a WordCache) -> Vec<Sentence<'a>> {
        self.sents
            .iter()
            .map(|r| Sentence {
                entries: &cache.entries,
                ids: &self.ids[r.clone()],
                gaz: &self.gaz[r.clone()],
            })
            .collect()
    }
}

/// One sentence of a [`DocWords`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence<'a> {
    entries: &'a [Entry],
    ids: &'a [u32],
    gaz: &'a [u8],
}

impl Tokens for Sentence<'_> {
    fn len(&self) -> usize {
        self.ids.len()
    }
    fn word(&self, i: usize) -> &Word {
        &self.entries[self.ids[i] as usize].word
    }
    fn gaz(&self, i: usize) -> u8 {
        self.gaz[i]
    }
}

impl Sentence<'_> {
    /// Appends the context (not word-local) features of token `i`.
    pub(crate) fn context_features(&self, i: usize, out: &mut Vec<u64>) {
        for t in TEMPLATES {
            if let Template::Context(f) = *t {
                f(self, i, out);
            }
        }
    }

    /// Adds the cached word-local scores of token `i` in layer `l` to `e[l]`, for the
    /// layers of `e`: one pass over the neighbours for all layers, each summed in offset
    /// order as before.
    pub(crate) fn add_word_scores(&self, i: usize, e: &mut [[f32; N_TAGS]]) {
        let n = self.ids.len() as isize;
        for j in -MAX_OFFSET..=MAX_OFFSET {
            let k = i as isize + j;
            let id = if k < 0 {
                START
            } else if k >= n {
                END
            } else {
                self.ids[k as usize]
            };
            let parts = &self.entries[id as usize].parts;
            for (e, layer) in e.iter_mut().zip(parts) {
                for (x, y) in e.iter_mut().zip(&layer[(j + MAX_OFFSET) as usize]) {
                    *x += y;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::tags::N_TAGS;
    use crate::train::{read_conll, DOC_SENTENCES};
    use crate::Model;
    use proptest::prelude::*;
    use std::io::Write;
    use std::sync::LazyLock;

    static MODEL: LazyLock<Model> = LazyLock::new(|| Model::embedded().expect("embedded model"));

    type Decoded = Vec<(Vec<usize>, Vec<[f32; N_TAGS]>)>;

    /// Largest |fast − reference| emission, and whether the best tags agree.
    fn compare(model: &Model, doc: &[Vec<&str>]) -> (f32, bool) {
        let fast: Decoded = model.decode_fast(doc.iter().map(|s| s.iter().copied()));
        let reference = model.decode_reference(doc);
        assert_eq!(fast.len(), reference.len());
        let mut worst = 0f32;
        let mut same = true;
        for ((tf, ef), (tr, er)) in fast.iter().zip(&reference) {
            same &= tf == tr;
            for (a, b) in ef.iter().flatten().zip(er.iter().flatten()) {
                worst = worst.max((a - b).abs());
            }
        }
        (worst, same)
    }

    /// Cached and reference emissions agree on real annotated text, in both layers (the
    /// one-layer model shows the first), and so do the tags.
    #[test]
    fn cached_emissions_equal_reference_on_aqmar_dev() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/aqmar_liu2019/dev.txt"
        );
        let Ok(f) = std::fs::File::open(path) else {
            let _ = writeln!(std::io::stderr(), "skipped: no AQMAR dev set at {path}");
            return;
        };
        let sents = read_conll(std::io::BufReader::new(f)).expect("dev set");
        assert!(sents.len() > 500);
        let mut first_only = MODEL.clone();
        while first_only.layers.len() > 1 {
            first_only.pop_layer();
        }
        let (mut tokens, mut worst, mut diff_docs) = (0, 0f32, 0);
        for block in sents.chunks(DOC_SENTENCES) {
            let doc: Vec<Vec<&str>> = block
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            tokens += doc.iter().map(Vec::len).sum::<usize>();
            for m in [&*MODEL, &first_only] {
                let (w, same) = compare(m, &doc);
                worst = worst.max(w);
                diff_docs += usize::from(!same);
            }
        }
        assert!(tokens > 15_000);
        assert!(worst < 1e-3, "largest emission difference {worst}");
        assert_eq!(diff_docs, 0);
    }

    /// Once full, the cache keeps the words seen again and drops the rest; tagging through
    /// a trimmed cache gives the same result.
    #[test]
    fn results_survive_cache_trimming() {
        let doc = [vec!["زار", "باراك", "أوباما", "القاهرة", "."]];
        let before = MODEL.decode_fast(doc.iter().map(|s| s.iter().copied()));
        let mut cache = super::CachePool::default().take(&MODEL);
        cache.id("في", &MODEL);
        for k in 0..=super::CAPACITY {
            cache.id(&k.to_string(), &MODEL);
        }
        cache.id("في", &MODEL);
        cache.trim();
        assert_eq!(
            cache.entries.len(),
            3,
            "the boundaries and the word seen twice"
        );
        assert_eq!(cache.ids.len(), 1);
        assert_eq!(cache.entries[cache.ids["في"].0 as usize].word.folded, "في");
        MODEL.cache.put(cache);
        let after = MODEL.decode_fast(doc.iter().map(|s| s.iter().copied()));
        assert_eq!(before, after);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Arbitrary tokens (empty, marks only, Latin, Arabic, punctuation) never panic the
        /// cached path, and it agrees with the reference.
        #[test]
        fn cached_path_never_panics(
            doc in prop::collection::vec(
                prop::collection::vec("|[ء-ي ًٌٍَُِّْـ]{1,8}|[a-zA-Z0-9]{1,5}|\\PC{1,3}|<s>|</s>", 0..12),
                0..4,
            )
        ) {
            let doc: Vec<Vec<&str>> =
                doc.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
            let (worst, _) = compare(&MODEL, &doc);
            prop_assert!(worst < 1e-3);
            let tags = MODEL.tag_document(&doc);
            prop_assert_eq!(tags.len(), doc.len());
        }
    }
}

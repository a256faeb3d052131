//! The tagger's fast path: emission scores from weights summed once per word type.
//!
//! Almost every feature of a token is a function of ONE word at a fixed offset
//! ([`Template::Word`]), so a token's score is Σ over offsets of a per-word vector plus a few
//! context features. Hashing ~50 features and looking each up in the weight table was nine
//! tenths of tagging; a cached word costs one map lookup instead. The cache is keyed by the
//! token's raw text (no folding on a hit) and bounded; the model keeps a small pool of them so
//! that rayon threads sharing one `Model` never contend per token.

use crate::features::{
    window, Around, Small, Template, Tokens, Word, MAX_OFFSET, N_OFFSETS, SMALL_TEMPLATES,
    TEMPLATES,
};
use crate::gazetteer::Heads;
use crate::model::{IdMap, Layer};
use crate::tags::N_TAGS;
use compact_str::CompactString;
use rasid_analysis::WordId;
use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex, OnceLock};

// A model has one or two layers (checked when it is loaded). The fast path's types take
// the model's layer count `L` as a parameter: the shipped model has one layer, and cached
// words and weight rows sized for two were half padding (twice the memory traffic).

/// Words kept per cache before it is trimmed (checked between documents): ~0.3 kB each
/// (one layer), so up to ~40 MB per thread. 22.9 MB of news hold 137k distinct tokens: with half as many
/// slots, a tenth of the tokens missed.
const CAPACITY: usize = 1 << 17;

/// Index of the `<s>` and `</s>` entries.
const START: u32 = 0;
const END: u32 = 1;

/// Per layer and offset: the summed weights of the word-local features of one word.
type Parts<const L: usize> = [[[f32; N_TAGS]; N_OFFSETS]; L];

/// Per-tag scores (or weights) of one token (or feature) in each of `L` layers.
pub(crate) type Row<const L: usize> = [[f32; N_TAGS]; L];

#[derive(Debug)]
pub(crate) struct Entry<const L: usize> {
    word: Word,
    parts: Parts<L>,
    /// [`crate::Gazetteer::heads`] of the word.
    heads: Heads,
}

/// The weights of every layer for a feature side by side: a new word's features cost one
/// lookup and one row for all layers (the table lookups were most of a new word's cost).
/// The row lives in the map's bucket: a lookup touches one cache line fewer.
#[derive(Debug)]
pub(crate) struct Joint<const L: usize> {
    index: IdMap<Row<L>>,
}

impl<const L: usize> Joint<L> {
    /// The table of the first `L` layers.
    pub(crate) fn new(layers: &[Layer]) -> Joint<L> {
        let mut index = IdMap::default();
        index.reserve(layers.first().map_or(0, |l| l.index.len()));
        let mut j = Joint { index };
        for (l, layer) in layers.iter().enumerate().take(L) {
            for (&h, &r) in &layer.index {
                let row = j.index.entry(h).or_insert([[0f32; N_TAGS]; L]);
                let r = r as usize * N_TAGS;
                row[l].copy_from_slice(&layer.weights[r..r + N_TAGS]);
            }
        }
        j
    }

    /// Adds the weights of `feats` to `parts[l][k]` for every layer `l`, in order: the same
    /// sums as [`Layer::add`] per layer (a feature a layer lacks adds 0).
    fn add(&self, feats: &[u64], parts: &mut Parts<L>, k: usize) {
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

impl<const L: usize> Joint<L> {
    /// Adds the weights of `feats` to `e[l]` for every layer `l`, in order: the context
    /// features of a token cost one lookup for both layers. Inlined for the reason given
    /// at [`Sentence::add_context`].
    #[inline(always)]
    pub(crate) fn add_layers(&self, feats: &[u64], e: &mut Row<L>) {
        for h in feats {
            if let Some(row) = self.index.get(h) {
                add_row(e, row);
            }
        }
    }
}

/// `e[l] += row[l]` for every layer.
#[inline]
pub(crate) fn add_row<const L: usize>(e: &mut Row<L>, row: &Row<L>) {
    for (part, w) in e.iter_mut().zip(row) {
        for (x, y) in part.iter_mut().zip(w) {
            *x += y;
        }
    }
}

/// The weights of the [`Small`] features, resolved on first sight of each value: shapes,
/// gazetteer marks and the document layer's tag statistics take few values, so a token
/// reads an index and a row that stay in cache instead of hashing and probing the large
/// joint table (about ten such features per token).
#[derive(Debug)]
pub(crate) struct SmallRows<const L: usize> {
    /// Per [`Small::slot`]: 0 not resolved yet, 1 not in the model, k ≥ 2 `rows[k − 2]`.
    /// Zeroed pages: only the slots of values that occur are ever touched.
    slots: Vec<u32>,
    rows: Vec<Row<L>>,
}

impl<const L: usize> SmallRows<L> {
    fn new() -> SmallRows<L> {
        SmallRows {
            slots: vec![0; SMALL_TEMPLATES.len() << 16],
            rows: Vec::new(),
        }
    }

    /// The weights of `f` in every layer, if the model has the feature.
    #[inline(always)]
    pub(crate) fn get(&mut self, joint: &Joint<L>, f: Small) -> Option<&Row<L>> {
        let slot = f.slot();
        let mut k = self.slots[slot];
        if k == 0 {
            k = self.resolve(joint, f, slot);
        }
        (k > 1).then(|| &self.rows[k as usize - 2])
    }

    /// First sight of a value: look it up in the joint table.
    #[cold]
    #[inline(never)]
    fn resolve(&mut self, joint: &Joint<L>, f: Small, slot: usize) -> u32 {
        let k = match joint.index.get(&f.hash()) {
            Some(row) => {
                self.rows.push(*row);
                self.rows.len() as u32 + 1
            }
            None => 1,
        };
        self.slots[slot] = k;
        k
    }
}

impl<const L: usize> Entry<L> {
    fn new(word: Word, model: &crate::Model, joint: &Joint<L>, scratch: &mut Vec<u64>) -> Self {
        let mut parts = [[[0f32; N_TAGS]; N_OFFSETS]; L];
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

/// A token to tag: its raw text and, when it comes from an analysis, its [`WordId`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'t> {
    pub(crate) text: &'t str,
    pub(crate) id: Option<WordId>,
}

impl<'t> From<&'t str> for Tok<'t> {
    fn from(text: &'t str) -> Self {
        Tok { text, id: None }
    }
}

/// Slots of [`WordCache::by_id`] (a power of two, 512 KB): as many as the analyser caches
/// forms.
const ID_SLOTS: usize = 1 << 16;

/// Raw token text → its word views and per-layer partial scores.
#[derive(Debug)]
pub(crate) struct WordCache<const L: usize> {
    /// Raw token → entry id. Tokens up to 24 bytes (nearly all) are stored inline:
    /// comparing a key reads no other cache line.
    ids: FxHashMap<CompactString, u32>,
    /// Slot `word id & (ID_SLOTS − 1)`: (word id, entry id); word id 0 marks an empty slot.
    ///
    /// Why: the map by text is megabytes; its probe and key compare missed the cache twice
    /// per token. Tokens of an analysis carry a [`WordId`] (same id ⇒ same text), so this
    /// small table finds nearly all of them with one access that stays in L2. A word evicted
    /// by another, or analysed again under a new id, is found by text.
    by_id: Vec<(u32, u32)>,
    /// Per entry: how often it was seen again since the last trim.
    uses: Vec<u32>,
    joint: Arc<Joint<L>>,
    pub(crate) entries: Vec<Entry<L>>,
    scratch: Vec<u64>,
    pub(crate) small: SmallRows<L>,
}

impl<const L: usize> WordCache<L> {
    fn new(model: &crate::Model, joint: Arc<Joint<L>>) -> Self {
        let mut scratch = Vec::new();
        let entries = vec![
            Entry::new(Word::edge("<s>"), model, &joint, &mut scratch),
            Entry::new(Word::edge("</s>"), model, &joint, &mut scratch),
        ];
        let mut c = WordCache {
            ids: FxHashMap::default(),
            by_id: vec![(0, 0); ID_SLOTS],
            uses: vec![0; entries.len()],
            joint,
            entries,
            scratch,
            small: SmallRows::new(),
        };
        // Growing by doubling would copy (and fault in) tens of MB; the pages are only
        // touched as words arrive. The slack covers the new words of the document that
        // crosses the capacity (trimming waits for its end).
        c.entries.reserve(CAPACITY + CAPACITY / 8);
        c.uses.reserve(CAPACITY + CAPACITY / 8);
        c.ids.reserve(CAPACITY + CAPACITY / 8);
        c
    }

    /// Entry id of a token, computed on first sight.
    #[inline]
    fn id(&mut self, token: Tok<'_>, model: &crate::Model) -> u32 {
        let slot = token.id.map(|w| {
            let w = w.index() as u32;
            (w as usize & (ID_SLOTS - 1), w)
        });
        if let Some((slot, w)) = slot {
            let (seen, id) = self.by_id[slot];
            if seen == w {
                self.uses[id as usize] += 1;
                return id;
            }
        }
        let id = self.id_by_text(token.text, model);
        if let Some((slot, w)) = slot {
            self.by_id[slot] = (w, id);
        }
        id
    }

    /// Entry id of a raw token found by its text, computed on first sight.
    fn id_by_text(&mut self, token: &str, model: &crate::Model) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            self.uses[id as usize] += 1;
            return id;
        }
        let id = self.entries.len() as u32;
        let word = Word::new(token, &model.clusters);
        let e = Entry::new(word, model, &self.joint, &mut self.scratch);
        self.entries.push(e);
        self.uses.push(0);
        self.ids.insert(CompactString::from(token), id);
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
        for &id in self.ids.values() {
            if self.uses[id as usize] > 0 {
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
        self.ids.retain(|_, id| {
            *id = new_id[*id as usize];
            *id != u32::MAX
        });
        self.uses.clear();
        self.uses.resize(self.entries.len(), 0);
        // Entry ids moved: forget them all (the map by text finds the kept words again).
        self.by_id.fill((0, 0));
    }
}

/// Caches of one model, one per concurrent caller, for the model's layer count.
/// Cloning a model starts it empty; changing the layers must [`CachePool::clear`] it.
#[derive(Default)]
pub(crate) struct CachePool {
    pub(crate) one: Pool<1>,
    pub(crate) two: Pool<2>,
}

/// The caches and joint table of an `L`-layer model.
pub(crate) struct Pool<const L: usize> {
    caches: Mutex<Vec<WordCache<L>>>,
    /// Built on first use, shared by the caches.
    joint: OnceLock<Arc<Joint<L>>>,
}

impl<const L: usize> Default for Pool<L> {
    fn default() -> Self {
        Pool {
            caches: Mutex::default(),
            joint: OnceLock::new(),
        }
    }
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
    pub(crate) fn clear(&mut self) {
        self.one = Pool::default();
        self.two = Pool::default();
    }
}

impl<const L: usize> Pool<L> {
    /// The joint feature table of the model's layers.
    pub(crate) fn joint(&self, model: &crate::Model) -> &Arc<Joint<L>> {
        self.joint
            .get_or_init(|| Arc::new(Joint::new(&model.layers)))
    }

    pub(crate) fn take(&self, model: &crate::Model) -> WordCache<L> {
        let pooled = self.caches.lock().map(|mut p| p.pop()).unwrap_or(None);
        pooled.unwrap_or_else(|| WordCache::new(model, Arc::clone(self.joint(model))))
    }

    pub(crate) fn put(&self, mut cache: WordCache<L>) {
        cache.trim();
        if let Ok(mut p) = self.caches.lock() {
            p.push(cache);
        }
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
    pub(crate) fn new<'t, S, T, const L: usize>(
        sentences: impl IntoIterator<Item = S>,
        cache: &mut WordCache<L>,
        model: &crate::Model,
    ) -> DocWords
    where
        S: IntoIterator<Item = T>,
        T: Into<Tok<'t>>,
    {
        let mut d = DocWords::default();
        for s in sentences {
            let start = d.ids.len();
            for t in s {
                d.ids.push(cache.id(t.into(), model));
            }
            d.sents.push(start..d.ids.len());
        }
        d.warm(&cache.entries);
        for r in &d.sents {
            let ids = &d.ids[r.clone()];
            let entry = |i: usize| &cache.entries[ids[i] as usize];
            model.gazetteer.mark_heads(
                ids.len(),
                |i| entry(i).word.folded.as_str(),
                |i| &entry(i).heads,
                &mut d.gaz,
            );
        }
        d
    }

    /// Reads every token's cached entry once, in a tight loop, before marking and decoding.
    ///
    /// Why: the entries of a document's words lie scattered over tens of MB; the gazetteer
    /// marks and the decoder's long loop body (context features) waited on them one token
    /// at a time. Here the addresses are all known up front and the loads are independent:
    /// the CPU overlaps their misses, and the later passes find the lines in cache. Reads
    /// are at most 52 bytes apart, so every line of an entry's scores is touched.
    fn warm<const L: usize>(&self, entries: &[Entry<L>]) {
        let mut acc = 0f32;
        for &id in &self.ids {
            let e = &entries[id as usize];
            acc += f32::from(e.word.shape) + e.heads.len() as f32;
            for layer in &e.parts {
                acc += layer[0][0]
                    + layer[1][4]
                    + layer[2][0]
                    + layer[3][4]
                    + layer[N_OFFSETS - 1][N_TAGS - 1];
            }
        }
        std::hint::black_box(acc);
    }

    /// Sentence views for the decoder.
    pub(crate) fn views<'a, const L: usize>(
        &'a self,
        entries: &'a [Entry<L>],
    ) -> Vec<Sentence<'a, L>> {
        self.sents
            .iter()
            .map(|r| Sentence {
                entries,
                ids: &self.ids[r.clone()],
                gaz: &self.gaz[r.clone()],
            })
            .collect()
    }
}

/// One sentence of a [`DocWords`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence<'a, const L: usize> {
    entries: &'a [Entry<L>],
    ids: &'a [u32],
    gaz: &'a [u8],
}

impl<const L: usize> Tokens for Sentence<'_, L> {
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

impl<const L: usize> Sentence<'_, L> {
    /// Adds the weights of the context (not word-local) features of token `i` to `e`, in
    /// template order (the order of the reference sums).
    ///
    /// Inlined into the caller that summed the word scores: `e` then stays in registers
    /// instead of crossing a call through memory, where differently split loads of the
    /// nine-float rows failed store forwarding (two stalls per token).
    #[inline(always)]
    pub(crate) fn add_context(&self, i: usize, fast: &mut Fast<'_, L>, e: &mut Row<L>) {
        let window = window(self, i);
        let around = Around::new(self, i, &window);
        for t in TEMPLATES {
            match *t {
                Template::Word(..) => {}
                Template::Context(f) => {
                    fast.hashes.clear();
                    f(&window, &mut fast.hashes);
                    fast.joint.add_layers(&fast.hashes, e);
                }
                Template::Small(f) => {
                    fast.keys.clear();
                    f(&around, &mut fast.keys);
                    for &k in &fast.keys {
                        if let Some(row) = fast.small.get(fast.joint, k) {
                            add_row(e, row);
                        }
                    }
                }
            }
        }
    }

    /// Adds the cached word-local scores of token `i` in layer `l` to `e[l]`, for the
    /// layers of `e`: one pass over the neighbours for all layers, each summed in offset
    /// order as before.
    pub(crate) fn add_word_scores(&self, i: usize, e: &mut Row<L>) {
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

/// The fast path's scorer state: the joint table, the small-feature rows of the thread's
/// cache, and scratch buffers reused across tokens.
pub(crate) struct Fast<'a, const L: usize> {
    pub(crate) joint: &'a Joint<L>,
    pub(crate) small: &'a mut SmallRows<L>,
    hashes: Vec<u64>,
    keys: Vec<Small>,
}

impl<'a, const L: usize> Fast<'a, L> {
    pub(crate) fn new(joint: &'a Joint<L>, small: &'a mut SmallRows<L>) -> Self {
        Fast {
            joint,
            small,
            hashes: Vec::new(),
            keys: Vec::new(),
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
        assert_eq!(MODEL.layers.len(), 1, "the shipped model has one layer");
        let mut cache = super::CachePool::default().one.take(&MODEL);
        cache.id("في".into(), &MODEL);
        for k in 0..=super::CAPACITY {
            cache.id(k.to_string().as_str().into(), &MODEL);
        }
        cache.id("في".into(), &MODEL);
        cache.trim();
        assert_eq!(
            cache.entries.len(),
            3,
            "the boundaries and the word seen twice"
        );
        assert_eq!(cache.ids.len(), 1);
        assert_eq!(cache.entries[cache.ids["في"] as usize].word.folded, "في");
        MODEL.cache.one.put(cache);
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

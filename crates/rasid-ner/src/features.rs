//! Feature extraction: each token becomes a list of 64-bit hashed feature ids.
//!
//! Hashing (rather than a string dictionary) keeps extraction allocation-light and the model
//! file small; collisions among a few hundred thousand features in 2^64 are negligible. The
//! hash is our own FNV-1a so ids are stable across Rust versions and platforms: the shipped
//! model depends on it.

use crate::clusters::Clusters;
use crate::gazetteer::{key_token, Gazetteer};
use compact_str::CompactString;

/// Incremental FNV-1a hash of a feature: a template id followed by its parts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fh(u64);

impl Fh {
    pub(crate) fn new(template: u8) -> Fh {
        Fh(0xcbf2_9ce4_8422_2325).u8(template)
    }
    pub(crate) fn u8(self, b: u8) -> Fh {
        Fh((self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    }
    pub(crate) fn u32(self, v: u32) -> Fh {
        v.to_le_bytes().iter().fold(self, |h, &b| h.u8(b))
    }
    pub(crate) fn str(self, s: &str) -> Fh {
        // A separator byte keeps ("ab","c") and ("a","bc") apart.
        s.bytes().fold(self, |h, b| h.u8(b)).u8(0xff)
    }
    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// Leading clitics split off the folded word for the `base` features: conjunctions, then
/// prepositions, then the article. Light and rule-based on purpose: the model only needs a
/// consistent second view of the word, not a correct morphological analysis.
pub(crate) fn strip_clitics(w: &str) -> (&str, &str) {
    let min_rest = 2;
    let chars = |s: &str| s.chars().count();
    let mut rest = w;
    let mut cut = 0usize;
    if let Some(r) = rest.strip_prefix(['و', 'ف']) {
        if chars(r) > min_rest {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    if let Some(r) = rest.strip_prefix("لل") {
        // لل = ل + ال with the alef dropped
        if chars(r) >= min_rest {
            rest = r;
            cut = w.len() - rest.len();
            return (&w[..cut], rest);
        }
    }
    if let Some(r) = rest.strip_prefix(['ب', 'ل', 'ك']) {
        if r.starts_with("ال") && chars(r) > min_rest + 2 {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    if let Some(r) = rest.strip_prefix("ال") {
        if chars(r) >= min_rest {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    (&w[..cut], rest)
}

/// Names of the word shapes, indexed by shape id (the strings are what the features hash);
/// the last two are the sentence-boundary pseudo-words.
pub(crate) const SHAPES: [&str; 11] =
    ["A", "D4", "D", "Lc", "L", "O", "M", "P", "X", "<s>", "</s>"];

/// Shape ids of the boundary pseudo-words `<s>` and `</s>`.
const SHAPE_EDGE: [u8; 2] = [9, 10];

/// Coarse shape of a token (an index into [`SHAPES`]): Arabic letters, digits, Latin,
/// punctuation, mixed. An id rather than the name: context features over shapes are then
/// looked up by index (see [`Small`]).
pub(crate) fn shape(w: &str) -> u8 {
    let (mut ar, mut dig, mut lat, mut other) = (false, false, false, false);
    for c in w.chars() {
        if c.is_ascii_digit() {
            dig = true;
        } else if c.is_ascii_alphabetic() {
            lat = true;
        } else if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
            || (('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphabetic())
        {
            // The letters first: Unicode's alphabetic table search was a tenth of tagging.
            ar = true;
        } else if c.is_alphanumeric() {
            other = true;
        } else {
            return match (ar, dig, lat) {
                (false, false, false) if w.chars().all(|c| !c.is_alphanumeric()) => 7,
                _ => 8,
            };
        }
    }
    match (ar, dig, lat, other) {
        (true, false, false, false) => 0,
        (false, true, false, false) => {
            if w.len() == 4 {
                1
            } else {
                2
            }
        }
        (false, false, true, false) => {
            if w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                3
            } else {
                4
            }
        }
        (false, false, false, true) => 5,
        _ => 6,
    }
}

/// Chars in `w`, the byte offset of char `k` from the start (`head[k]`) and of the `k`-th char
/// from the end (`tail[k]`), for `k ≤ 4`: the affix features' slices, without allocating.
fn affix_bounds(w: &str) -> (usize, [usize; 5], [usize; 5]) {
    let mut head = [w.len(); 5];
    let mut nc = 0;
    for (k, (b, _)) in w.char_indices().enumerate() {
        if k < 5 {
            head[k] = b;
        }
        nc = k + 1;
    }
    let mut tail = [0; 5];
    for (k, (b, _)) in w.char_indices().rev().take(4).enumerate() {
        tail[k + 1] = b;
    }
    (nc, head, tail)
}

/// Cluster view of a word: a sentence boundary, a word the clusters do not know, or its path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Clus {
    Edge,
    Unknown,
    Path(u32, u8),
}

/// One word and every view of it that a word-local template may look at. Built by
/// [`Word::new`] for both the reference path ([`Prepared`]) and the cached fast path
/// (`crate::emit`), so a new per-word view is added here once.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Inline up to 24 bytes (nearly all words): hashing a neighbour's spelling reads no
    /// other cache line than its cached entry.
    pub(crate) folded: CompactString,
    /// Byte length of the proclitics: `folded[..cut]` / `folded[cut..]` is the base. At most
    /// 8 ([`strip_clitics`] takes و/ف, then لل or ب/ل/ك + ال): one byte keeps the tagger's
    /// cached entries small.
    cut: u8,
    clus: Clus,
    freq: u8,
    /// Index into [`SHAPES`].
    pub(crate) shape: u8,
    /// FNV states of the bigram templates 17 and 18 after this word as their first part:
    /// the pair features of every token then hash only the second word.
    pair: [Fh; 2],
}

impl Word {
    pub(crate) fn new(token: &str, clusters: &Clusters) -> Word {
        let folded = CompactString::from(key_token(token));
        let cut = strip_clitics(&folded).0.len();
        let hit = clusters.get(&folded).or_else(|| {
            if cut > 0 {
                clusters.get(&folded[cut..])
            } else {
                None
            }
        });
        Word {
            cut: cut as u8,
            clus: hit.map_or(Clus::Unknown, |e| Clus::Path(e.path, e.depth)),
            freq: hit.map_or(0, |e| e.freq_bucket),
            shape: shape(&folded),
            pair: pair_states(&folded),
            folded,
        }
    }

    /// The pseudo-word before (`"<s>"`) or after (`"</s>"`) a sentence.
    pub(crate) fn edge(marker: &'static str) -> Word {
        Word {
            folded: CompactString::from(marker),
            cut: 0,
            clus: Clus::Edge,
            freq: 0,
            shape: SHAPE_EDGE[usize::from(marker != "<s>")],
            pair: pair_states(marker),
        }
    }

    pub(crate) fn base(&self) -> &str {
        &self.folded[usize::from(self.cut)..]
    }

    fn procl(&self) -> &str {
        &self.folded[..usize::from(self.cut)]
    }
}

/// See [`Word::pair`].
fn pair_states(folded: &str) -> [Fh; 2] {
    [Fh::new(17).str(folded), Fh::new(18).str(folded)]
}

/// Read access to a tokenised sentence, for the templates that look at several words.
/// Implemented by [`Prepared`] and by the fast path's cached sentence view.
pub(crate) trait Tokens {
    fn len(&self) -> usize;
    /// Word `i` (`0 ≤ i < len`).
    fn word(&self, i: usize) -> &Word;
    /// Gazetteer mark byte of word `i`.
    fn gaz(&self, i: usize) -> u8;
}

/// A feature template: which words it reads decides how the tagger may evaluate it.
#[derive(Clone, Copy)]
pub(crate) enum Template {
    /// Features of the ONE word at this offset from the token (a boundary pseudo-word past
    /// the sentence's ends). The fast path sums their weights once per word type and caches
    /// the result: a word-local template declared here is picked up by both paths.
    Word(isize, fn(&Word, &mut Vec<u64>)),
    /// Features of token `i` that combine several words (pairs).
    /// They see the words before, at and after the token ([`window`]).
    Context(fn(&[&Word; 3], &mut Vec<u64>)),
    /// Context features whose values come from a small domain ([`Small`]: shapes around,
    /// gazetteer marks): the tagger resolves each value's weights once, then indexes them.
    /// They see the token only through its [`Around`] summary.
    Small(fn(&Around, &mut Vec<Small>)),
}

/// What the [`Template::Small`] templates see of a token: the shapes and gazetteer marks of
/// it and its neighbours. Built once per token by the caller (monomorphic, so no virtual
/// call per neighbour and template).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Around {
    /// Shape ids before, at and after the token (boundary pseudo-words past the ends).
    pub(crate) shape: [u8; 3],
    /// Gazetteer marks before, at and after the token, when those tokens exist.
    pub(crate) gaz: [Option<u8>; 3],
}

impl Around {
    /// The summary of token `i` of `s`, whose [`window`] is `w`.
    #[inline(always)]
    pub(crate) fn new<T: Tokens + ?Sized>(s: &T, i: usize, w: &[&Word; 3]) -> Around {
        let n = s.len();
        let prev = i.checked_sub(1);
        let next = (i + 1 < n).then_some(i + 1);
        Around {
            shape: w.map(|w| w.shape),
            gaz: [
                prev.map(|k| s.gaz(k)),
                Some(s.gaz(i)),
                next.map(|k| s.gaz(k)),
            ],
        }
    }
}

/// The words before, at and after token `i` (boundary pseudo-words past the ends): what the
/// [`Template::Context`] templates see. Monomorphic: no virtual call per neighbour.
#[inline(always)]
pub(crate) fn window<T: Tokens + ?Sized>(s: &T, i: usize) -> [&Word; 3] {
    [
        if i == 0 { &EDGES[0] } else { s.word(i - 1) },
        s.word(i),
        if i + 1 < s.len() {
            s.word(i + 1)
        } else {
            &EDGES[1]
        },
    ]
}

/// A feature over a small domain: its template and at most two bytes of value. The tagger
/// keys a direct-indexed table by `(template, a, b)` and hashes ([`Small::hash`]) only the
/// first time a value is seen, instead of hashing and probing the large weight table per
/// token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Small {
    pub(crate) template: u8,
    pub(crate) a: u8,
    pub(crate) b: u8,
}

/// Templates that are [`Small`] features, in region order of the tagger's table.
pub(crate) const SMALL_TEMPLATES: [u8; 16] = [
    0, 19, 28, 29, 25, 26, 27, 40, 41, 42, 43, 44, 53, 54, 63, 64,
];

/// Template id → its index in [`SMALL_TEMPLATES`].
const SMALL_REGION: [u8; 256] = {
    let mut r = [0u8; 256];
    let mut k = 0;
    while k < SMALL_TEMPLATES.len() {
        r[SMALL_TEMPLATES[k] as usize] = k as u8;
        k += 1;
    }
    r
};

impl Small {
    pub(crate) fn new(template: u8, a: u8, b: u8) -> Small {
        Small { template, a, b }
    }

    /// The hashed feature id: what the model was trained with.
    pub(crate) fn hash(self) -> u64 {
        let Small { template: t, a, b } = self;
        let sh = |x: u8| SHAPES[usize::from(x)];
        match t {
            0 => Fh::new(0).finish(),
            // (token, neighbour) shape pairs.
            19 | 28 => Fh::new(t).str(sh(a)).str(sh(b)).finish(),
            // Shapes before, at and after the token: `a` packs the first two.
            29 => Fh::new(t)
                .str(sh(a >> 4))
                .str(sh(a & 15))
                .str(sh(b))
                .finish(),
            25 | 40 => Fh::new(t).u8(a).finish(),
            _ => Fh::new(t).u8(a).u8(b).finish(),
        }
    }

    /// Index of the feature's slot in a table of `SMALL_TEMPLATES.len() << 16` slots.
    pub(crate) fn slot(self) -> usize {
        usize::from(SMALL_REGION[usize::from(self.template)]) << 16
            | usize::from(self.a) << 8
            | usize::from(self.b)
    }
}

/// Offsets of the word-local templates: −2..=2 around the token.
pub(crate) const MAX_OFFSET: isize = 2;
pub(crate) const N_OFFSETS: usize = 2 * MAX_OFFSET as usize + 1;

/// Every template, in the order [`Prepared::features`] emits them (the order the shipped
/// model was trained with: it sets the float summation order of the reference scores).
pub(crate) const TEMPLATES: &[Template] = &[
    Template::Small(bias),
    Template::Word(0, lexical),
    Template::Word(-1, |w, out| out.push(Fh::new(11).str(&w.folded).finish())),
    Template::Word(1, |w, out| out.push(Fh::new(12).str(&w.folded).finish())),
    Template::Word(-2, |w, out| out.push(Fh::new(13).str(&w.folded).finish())),
    Template::Word(2, |w, out| out.push(Fh::new(14).str(&w.folded).finish())),
    Template::Word(-1, |w, out| out.push(Fh::new(15).str(w.base()).finish())),
    Template::Word(1, |w, out| out.push(Fh::new(16).str(w.base()).finish())),
    Template::Context(bigrams),
    Template::Small(shapes_around),
    // Word clusters at several depths: short prefixes generalise, long ones discriminate.
    Template::Word(0, |w, out| {
        cluster(20, w, &[2, 4, 6, 8, 10, 12, 14, 16], out)
    }),
    Template::Word(-1, |w, out| cluster(21, w, &[4, 8, 12], out)),
    Template::Word(1, |w, out| cluster(22, w, &[4, 8, 12], out)),
    Template::Word(-2, |w, out| cluster(23, w, &[6], out)),
    Template::Word(2, |w, out| cluster(24, w, &[6], out)),
    Template::Small(gazetteer),
];

fn bias(_: &Around, out: &mut Vec<Small>) {
    out.push(Small::new(0, 0, 0));
}

/// The token's own spelling: folded word, base, proclitics, affixes, shape, length, rarity.
fn lexical(w: &Word, out: &mut Vec<u64>) {
    let w0 = w.folded.as_str();
    let base0 = w.base();
    out.push(Fh::new(1).str(w0).finish());
    out.push(Fh::new(2).str(base0).finish());
    out.push(Fh::new(3).str(w.procl()).finish());
    // Char-boundary byte offsets, so affixes are slices rather than new strings.
    let (nc, wh, wt) = affix_bounds(w0);
    let (nb, bh, bt) = affix_bounds(base0);
    for k in 1..=4usize {
        if nc > k {
            out.push(Fh::new(4).u8(k as u8).str(&w0[..wh[k]]).finish());
            out.push(Fh::new(5).u8(k as u8).str(&w0[wt[k]..]).finish());
        }
        if k <= 3 && nb > k && nb != nc {
            out.push(Fh::new(6).u8(k as u8).str(&base0[..bh[k]]).finish());
            out.push(Fh::new(7).u8(k as u8).str(&base0[bt[k]..]).finish());
        }
    }
    out.push(Fh::new(8).str(SHAPES[usize::from(w.shape)]).finish());
    out.push(Fh::new(9).u8(nc.min(12) as u8).finish());
    out.push(Fh::new(10).u8(w.freq).finish());
}

fn cluster(t: u8, w: &Word, depths: &[u8], out: &mut Vec<u64>) {
    match w.clus {
        Clus::Edge => out.push(Fh::new(t).u8(0xfe).finish()),
        Clus::Unknown => out.push(Fh::new(t).u8(0xff).finish()),
        Clus::Path(path, depth) => {
            for &d in depths {
                let d = d.min(depth);
                out.push(Fh::new(t).u8(d).u32(path >> (depth - d)).finish());
            }
        }
    }
}

/// The word at `i + j`, or the boundary pseudo-word.
fn at(s: &dyn Tokens, i: usize, j: isize) -> &Word {
    let k = i as isize + j;
    if k < 0 {
        &EDGES[0]
    } else if k as usize >= s.len() {
        &EDGES[1]
    } else {
        s.word(k as usize)
    }
}

static EDGES: std::sync::LazyLock<[Word; 2]> =
    std::sync::LazyLock::new(|| [Word::edge("<s>"), Word::edge("</s>")]);

fn bigrams(w: &[&Word; 3], out: &mut Vec<u64>) {
    let [wp, w0, wn] = *w;
    // `Fh::new(17).str(&wp.folded).str(&w0.folded)`, the first part hashed once per word.
    out.push(wp.pair[0].str(&w0.folded).finish());
    out.push(w0.pair[1].str(&wn.folded).finish());
}

fn shapes_around(a: &Around, out: &mut Vec<Small>) {
    let [shp, sh, shn] = a.shape;
    out.push(Small::new(19, sh, shp));
    out.push(Small::new(28, sh, shn));
    out.push(Small::new(29, shp << 4 | sh, shn));
}

/// Gazetteer membership (type and B/I position) of this token and its neighbours.
fn gazetteer(a: &Around, out: &mut Vec<Small>) {
    let g = a.gaz[1].unwrap_or(0);
    out.push(Small::new(25, g, 0));
    if let Some(p) = a.gaz[0] {
        out.push(Small::new(26, p, g));
    }
    if let Some(n) = a.gaz[2] {
        out.push(Small::new(27, n, g));
    }
}

/// Per-token views computed once per sentence, shared by the features of neighbours.
#[derive(Debug)]
pub(crate) struct Prepared {
    words: Vec<Word>,
    gaz: Vec<u8>,
}

impl Tokens for Prepared {
    fn len(&self) -> usize {
        self.words.len()
    }
    fn word(&self, i: usize) -> &Word {
        &self.words[i]
    }
    fn gaz(&self, i: usize) -> u8 {
        self.gaz[i]
    }
}

impl Prepared {
    pub(crate) fn new(tokens: &[&str], clusters: &Clusters, gaz: &Gazetteer) -> Prepared {
        let words: Vec<Word> = tokens.iter().map(|t| Word::new(t, clusters)).collect();
        let gaz = gaz.mark(words.len(), |i| words[i].folded.as_str());
        Prepared { words, gaz }
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// Appends the hashed features of token `i` to `out` (the reference: what training
    /// sees; the tagger's cached path must sum to the same scores).
    pub(crate) fn features(&self, i: usize, out: &mut Vec<u64>) {
        let mut small = Vec::new();
        for t in TEMPLATES {
            match *t {
                Template::Word(j, f) => f(at(self, i, j), out),
                Template::Context(f) => f(&window(self, i), out),
                Template::Small(f) => {
                    small.clear();
                    f(&Around::new(self, i, &window(self, i)), &mut small);
                    out.extend(small.iter().map(|s| s.hash()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_conjunction_preposition_article() {
        assert_eq!(strip_clitics("وبالقاهره"), ("وبال", "قاهره"));
        assert_eq!(strip_clitics("للحمله"), ("لل", "حمله"));
        assert_eq!(strip_clitics("القسطنطينيه"), ("ال", "قسطنطينيه"));
        // Too short to carry a clitic: left alone.
        assert_eq!(strip_clitics("وهو"), ("", "وهو"));
        assert_eq!(strip_clitics("بغداد"), ("", "بغداد"));
    }

    #[test]
    fn shapes() {
        assert_eq!(SHAPES[usize::from(shape("مصر"))], "A");
        assert_eq!(SHAPES[usize::from(shape("1945"))], "D4");
        assert_eq!(SHAPES[usize::from(shape("12"))], "D");
        assert_eq!(SHAPES[usize::from(shape("NATO"))], "Lc");
        assert_eq!(SHAPES[usize::from(shape("،"))], "P");
        assert_eq!(SHAPES[usize::from(shape("F-16"))], "X");
    }

    /// The cached bigram prefixes hash exactly what the model was trained with.
    #[test]
    fn bigram_prefix_states_equal_full_hash() {
        let c = Clusters::default();
        let p = Prepared::new(&["زار", "أوباما", "القاهرة"], &c, &Gazetteer::default());
        for i in 0..p.len() {
            let mut out = Vec::new();
            bigrams(&window(&p, i), &mut out);
            let (wp, w0, wn) = (at(&p, i, -1), at(&p, i, 0), at(&p, i, 1));
            let full = [
                Fh::new(17).str(&wp.folded).str(&w0.folded).finish(),
                Fh::new(18).str(&w0.folded).str(&wn.folded).finish(),
            ];
            assert_eq!(out, full);
        }
    }

    #[test]
    fn features_are_deterministic_and_context_sensitive() {
        let c = Clusters::default();
        let g = Gazetteer::default();
        let p = Prepared::new(&["زار", "أوباما", "القاهرة"], &c, &g);
        let q = Prepared::new(&["زار", "أوباما", "القاهرة"], &c, &g);
        let r = Prepared::new(&["قال", "أوباما", "القاهرة"], &c, &g);
        let (mut a, mut b, mut d) = (Vec::new(), Vec::new(), Vec::new());
        p.features(1, &mut a);
        q.features(1, &mut b);
        r.features(1, &mut d);
        assert_eq!(a, b);
        assert_ne!(a, d);
        // Folding: hamza forms of alef give the same word feature.
        let s = Prepared::new(&["اوباما"], &c, &g);
        let mut e = Vec::new();
        s.features(0, &mut e);
        assert_eq!(a[1], e[1]);
    }
}

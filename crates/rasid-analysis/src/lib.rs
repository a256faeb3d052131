//! Arabic analysis: char filters → tokenizer → token filters, sentences.
//!
//! CONTRACT (other crates depend on these names; keep them):
//! - [`analyze`] returns tokens and sentences whose `start`/`end` are char offsets and
//!   `byte_start`/`byte_end` byte offsets into the ORIGINAL text.
//! - [`fold`] is the lossy matching form used by lexicons, search and NER features: no harakat or
//!   tatweel, alef variants → ا, ى → ي, ة → ه, Arabic-Indic/Persian digits → ASCII, NFKC, no
//!   zero-width/bidi controls, lowercase. `fold(token.text) == token.norm`.
//! - Each [`Token`] carries `parts()` (clitic segmentation: proclitics, article, base, enclitics;
//!   each a [`SubToken`] with its own span and norm) and `stem` (light stem of the base, folded).
//!
//! Pipeline (offsets never move: every stage works on spans of the original text):
//! 1. [`filters`]: one rule per file, listed in [`filters::REGISTRY`], compiled into a per-char
//!    lookup table. A char maps to 0, 1 or N chars; composition (و + U+0654 → ؤ) is N→1.
//! 2. Tokenizer: words (Arabic, Latin, other scripts), numbers (`3.5`, `1,000`, `١٩`), punctuation;
//!    harakat, tatweel and invisible chars inside a word never split it.
//! 3. Token filters: clitic segmentation ([`PartRole`]) and a light stemmer (see `stem.rs`).
//! 4. Sentences: Arabic and Latin terminators, abbreviations, quotes, lines without final
//!    punctuation as `headline` sentences.
//!
//! Search key: use [`Token::stem`] (or [`Token::search_keys`]): `فلسطين`, `الفلسطينيين`,
//! `للفلسطينيين` and `فلسطينية` all stem to `فلسطين`.
//!
//! Performance (SaudiNewsNet, 21 MB, CPU time per core, `examples/throughput.rs`, machine
//! heavily shared): `analyze` ≈ 92 MB/s (≈ 84 MB/s with an empty word cache), streaming
//! [`Analyzer::for_each_token`] ≈ 115 MB/s, [`fold`] ≈ 315 MB/s, charabia 0.10
//! tokenize+normalize ≈ 8.4 MB/s. What makes it fast: one fold per token, building the norm in
//! the same pass (parts, stems and lexicon keys are slices of it); a word cache for repeated
//! forms (`cache.rs`); tokens without heap data (inline [`CompactString`]s, parts stored as
//! boundaries: [`Token::parts`]). `examples/digest.rs` checks that the output is unchanged.

mod cache;
mod clitics;
mod error;
pub mod filters;
mod fold;
pub mod lexicon;
mod parts;
mod sentences;
mod stem;
mod table;
mod tokenizer;

pub use compact_str::CompactString;
pub use error::Error;
pub use lexicon::Lexicons;
pub use parts::{Parts, PartsIter, SubToken};

use fold::ViewChar;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A word in any script (Arabic, Latin `Getty`, `G20`…): see [`Token::is_latin`].
    Word,
    Number,
    Punct,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartRole {
    /// و ف ب ك ل س
    Proclitic,
    /// ال (just ل in لل = ل + ال)
    Article,
    Base,
    /// pronoun suffixes (ه ها هم هما هن كم كما نا)
    Enclitic,
}

/// Names the exact original text (and kind) of a token, process-wide: tokens with the same id
/// have the same text, so they analyse alike and any per-word result can be memoised on it.
///
/// Why: several stages keep per-word memos (lexicon candidates, NER word features); keyed on
/// this id they need no hashing or string compare, only an index (see [`WordId::index`]).
/// Tokens of forms the analyser does not cache (longer than 30 bytes) have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WordId(std::num::NonZeroU32);

impl WordId {
    /// The id as a number (≥ 1), e.g. to index a direct-mapped memo (`index & mask`). Ids are
    /// handed out in sequence, so their low bits spread evenly.
    #[inline]
    pub fn index(self) -> usize {
        self.0.get() as usize
    }
}

/// Laid out in two cache lines, the first holding what most passes over a document's tokens
/// read (offsets, kind, norm, word id), the second the stem and parts.
///
/// Why: every stage scans the token array several times, mostly for kind and norm; with the
/// default layout `kind` sat in the second line and a token could straddle three, so each scan
/// missed the L1 cache two or three times per token.
#[derive(Debug, Clone, Eq)]
#[repr(C, align(64))]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// Folded matching form of the whole token (see [`fold`]). A [`CompactString`] (derefs
    /// to `&str`) kept inline up to 24 bytes, so tokens cost no allocation.
    pub norm: CompactString,
    pub kind: TokenKind,
    /// See [`Token::word_id`].
    word: Option<WordId>,
    /// Light stem of the base (folded), used for search and trigger matching.
    pub stem: CompactString,
    /// Clitic segmentation: see [`Token::parts`].
    cuts: parts::Cuts,
}

/// Equal analyses: the [`WordId`] says which analyser run produced a form, not what it is.
impl PartialEq for Token {
    fn eq(&self, o: &Self) -> bool {
        self.start == o.start
            && self.end == o.end
            && self.byte_start == o.byte_start
            && self.byte_end == o.byte_end
            && self.kind == o.kind
            && self.norm == o.norm
            && self.stem == o.stem
            && self.cuts == o.cuts
    }
}

/// Serialised as before parts were stored compactly: `parts` is a list of [`SubToken`]s.
impl Serialize for Token {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 8)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("byte_start", &self.byte_start)?;
        st.serialize_field("byte_end", &self.byte_end)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("norm", &self.norm)?;
        st.serialize_field("parts", &self.parts())?;
        st.serialize_field("stem", &self.stem)?;
        st.end()
    }
}

impl Token {
    /// The exact original text of the token.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.byte_start..self.byte_end]
    }
    /// Clitic segmentation (proclitics, article, base, enclitics, each with its own span); a
    /// single `Base` part when nothing is split off, none for punctuation and symbols.
    pub fn parts(&self) -> Parts<'_> {
        Parts::new(
            &self.cuts,
            &self.norm,
            (self.start, self.end),
            (self.byte_start, self.byte_end),
        )
    }
    /// Folded form of the base part (the token without clitics).
    pub fn base(&self) -> &str {
        self.parts()
            .iter()
            .find(|p| p.role == PartRole::Base)
            .map_or(&self.norm, |p| p.norm)
    }
    /// The id of the token's exact text, if it has one (see [`WordId`]).
    #[inline]
    pub fn word_id(&self) -> Option<WordId> {
        self.word
    }
    /// Is this a word (Arabic, Latin or other script)?
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// Is this a word in Latin script (`Getty`, `G20`)? (Kept out of [`TokenKind`] so that
    /// exhaustive matches downstream stay valid.)
    pub fn is_latin(&self) -> bool {
        self.kind == TokenKind::Word
            && self
                .norm
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c))
    }
    /// Keys under which a search index should store this token, most specific first: the
    /// folded token, its base (without clitics) and its stem, without repeats.
    pub fn search_keys(&self) -> impl Iterator<Item = &str> {
        let norm = self.norm.as_str();
        let base = self.base();
        let stem = self.stem.as_str();
        let base = (base != norm).then_some(base);
        let stem = (stem != norm && Some(stem) != base).then_some(stem);
        std::iter::once(norm).chain(base).chain(stem)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// Index range into [`Analysis::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// A line without final punctuation standing alone (headline, subheading, dateline).
    pub headline: bool,
    /// How many quotations are open where the sentence starts (0 outside quotes). Sentence
    /// boundaries are kept inside quotations; a sentence with depth > 0 continues a quote
    /// opened in an earlier sentence of the same paragraph.
    pub quote_depth: u8,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// Lossy matching form of a string (see crate docs).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold::run(s, &mut out);
    out
}

/// The orthographic view: like [`fold`] but keeping hamza alefs, ى and ة (what the clitic
/// segmenter and the stemmer look at).
pub fn fold_orthographic(s: &str) -> String {
    let mut v: Vec<ViewChar> = Vec::with_capacity(s.len());
    fold::run(s, &mut v);
    v.iter().map(|x| x.light).collect()
}

/// Fold one char; `None` drops it (harakat, tatweel, controls). The few compatibility chars
/// that expand to several chars (ligatures such as ﻻ) are returned unchanged: use [`fold`].
pub fn fold_char(c: char) -> Option<char> {
    match table::table().out(c) {
        table::Out::Drop => None,
        table::Out::One(_, f) => Some(f),
        table::Out::Many(..) => Some(c),
    }
}

/// A text folded with [`fold`], keeping for every folded byte where it came from.
///
/// Lets lexicon matchers run over the folded text of a whole document and map matches back to
/// the original: [`Folded::original_bytes`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// Per folded byte: byte range of the original char(s) it comes from.
    origin: Vec<(u32, u32)>,
}

impl Folded {
    /// Original byte range covering the folded byte range `r` (empty ranges map to an empty
    /// range at the original position).
    pub fn original_bytes(&self, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let end_of_text = self.origin.last().map_or(0, |o| o.1 as usize);
        let start = self
            .origin
            .get(r.start)
            .map_or(end_of_text, |o| o.0 as usize);
        if r.end <= r.start {
            return start..start;
        }
        let end = self
            .origin
            .get(r.end - 1)
            .map_or(end_of_text, |o| o.1 as usize);
        start..end.max(start)
    }
}

/// Fold a whole text keeping the offset map (see [`Folded`]).
pub fn fold_with_offsets(text: &str) -> Folded {
    let mut v: Vec<ViewChar> = Vec::with_capacity(text.len());
    fold::run(text, &mut v);
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (i, x) in v.iter().enumerate() {
        // The original char ends where the next different original char starts, minus any
        // dropped chars in between, which belong to this one.
        let end = v[i + 1..]
            .iter()
            .find(|y| y.bi != x.bi)
            .map_or(text.len(), |y| y.bi as usize);
        out.text.push(x.folded);
        for _ in 0..x.folded.len_utf8() {
            out.origin.push((x.bi, end as u32));
        }
    }
    out
}

thread_local! {
    /// The thread's analyser for [`analyze`] and [`recycle`].
    static ANALYZER: std::cell::RefCell<Analyzer<'static>> = std::cell::RefCell::new(Analyzer::new());
}

/// Analyse a text: tokens and sentences with offsets into the original.
///
/// Uses one [`Analyzer`] per thread, so its scratch buffers are reused across calls.
pub fn analyze(text: &str) -> Analysis {
    ANALYZER.with(|a| match a.try_borrow_mut() {
        Ok(mut a) => a.analyze(text),
        // Only reachable if analysis re-entered itself; stay correct anyway.
        Err(_) => Analyzer::new().analyze(text),
    })
}

/// Hand an analysis no longer needed back to the thread's analyser, whose next [`analyze`]
/// writes its tokens into the same memory.
///
/// Why: the token array of a long article is large; a fresh one per document was a visible
/// share of analysis in page faults (the allocator returns freed large blocks to the system).
pub fn recycle(analysis: Analysis) {
    ANALYZER.with(|a| {
        if let Ok(mut a) = a.try_borrow_mut() {
            a.recycle(analysis);
        }
    });
}

/// An analyser with its word lists; reuse one to avoid re-allocating scratch buffers.
#[derive(Debug)]
pub struct Analyzer<'l> {
    lex: &'l Lexicons,
    view: fold::View,
    segs: Vec<clitics::Seg>,
    scratch: clitics::Scratch,
    raw: Vec<tokenizer::RawToken>,
    buf: TokenBuf,
    cache: cache::WordCache,
    /// Where the current token's norm is: `Some(slot)` of the cache, or `None`: the view.
    cached: Option<usize>,
    /// Per raw token of the current text: its cache slot and the slot's stamp, if it was
    /// cached when the text started (see [`Self::look_up`]).
    hits: Vec<Option<(u32, u32)>>,
    /// An emptied token array to fill next (see [`recycle`]).
    spare: Vec<Token>,
}

impl Default for Analyzer<'static> {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer<'static> {
    /// An analyser with the built-in word lists.
    pub fn new() -> Self {
        Self::with_lexicons(Lexicons::builtin())
    }
}

impl<'l> Analyzer<'l> {
    /// An analyser with custom word lists (e.g. extra protected names).
    pub fn with_lexicons(lex: &'l Lexicons) -> Self {
        Analyzer {
            lex,
            view: Default::default(),
            segs: Vec::new(),
            scratch: Default::default(),
            raw: Vec::new(),
            buf: TokenBuf::default(),
            cache: Default::default(),
            cached: None,
            hits: Vec::new(),
            spare: Vec::new(),
        }
    }

    /// Keep the token array of an analysis no longer needed for the next text (see
    /// [`recycle`]).
    pub fn recycle(&mut self, analysis: Analysis) {
        /// Arrays kept at most (tokens): one huge text should not pin its memory for good.
        const MAX_KEPT: usize = 1 << 20;
        let tokens = analysis.tokens;
        if tokens.capacity() <= MAX_KEPT && tokens.capacity() > self.spare.capacity() {
            // (not cleared: the next text overwrites them, see `analyze`)
            self.spare = tokens;
        }
    }

    /// Analyse a text (see [`analyze`]).
    pub fn analyze(&mut self, text: &str) -> Analysis {
        let mut raw = std::mem::take(&mut self.raw);
        raw.clear();
        tokenizer::tokenize(text, &mut raw);
        self.look_up(text, &raw);
        // The previous text's tokens are overwritten in place: dropping each one there (a
        // norm may own a heap string) shares the cache miss with the write, where clearing
        // them first read every token once more (3% of the run's L1 misses).
        let mut tokens = std::mem::take(&mut self.spare);
        tokens.truncate(raw.len());
        let kept = tokens.len();
        for (i, (slot, r)) in tokens.iter_mut().zip(&raw).enumerate() {
            *slot = self.token(text, r, i);
        }
        // `extend` writes each token in place (a `push` loop copies every token).
        tokens.reserve(raw.len() - kept);
        tokens.extend(
            raw[kept..]
                .iter()
                .enumerate()
                .map(|(i, r)| self.token(text, r, kept + i)),
        );
        let sentences = sentences::split(&raw, &tokens);
        self.raw = raw;
        Analysis { tokens, sentences }
    }

    /// Build the token of one raw span: norm, parts, stem.
    fn token(&mut self, text: &str, r: &tokenizer::RawToken, t: usize) -> Token {
        self.fill(text, r, t);
        let b = &self.buf;
        let (norm, stem, cuts, word) = match self.cached {
            Some(i) => {
                let e = self.cache.entry(i);
                let word = self.cache.word_id(i);
                (e.norm.clone(), e.stem.clone(), e.cuts.clone(), word)
            }
            None => {
                let n = self.view.norm.as_str();
                let stem = CompactString::new(slice(n, &b.stem));
                (CompactString::new(n), stem, b.cuts.clone(), None)
            }
        };
        Token {
            start: r.cs,
            end: r.ce,
            byte_start: r.bs,
            byte_end: r.be,
            kind: r.kind,
            norm,
            stem,
            cuts,
            word,
        }
    }

    /// Look up every raw token of a text in the cache first: these lookups are independent,
    /// so the CPU overlaps their memory latency instead of stalling on each token in turn.
    fn look_up(&mut self, text: &str, raw: &[tokenizer::RawToken]) {
        let cache = &self.cache;
        self.hits.clear();
        self.hits.extend(raw.iter().map(|r| {
            cache
                .get(&text.as_bytes()[r.bs..r.be], r.kind, r.arabic)
                .map(|(i, stamp)| (i as u32, stamp))
        }));
    }

    /// Analyse raw token `t` of the text: from the word cache when the form was seen before
    /// (`self.cached` is then its slot), else into the reusable buffers (no allocation once
    /// they have grown) and the cache.
    fn fill(&mut self, text: &str, r: &tokenizer::RawToken, t: usize) {
        let key = &text.as_bytes()[r.bs..r.be];
        let hit = match self.hits.get(t).copied().flatten() {
            Some((i, stamp)) if self.cache.unchanged(i as usize, stamp) => Some(i as usize),
            // Not cached when the text started (but maybe since, at an earlier occurrence),
            // or its slot was reused since.
            _ => self.cache.get(key, r.kind, r.arabic).map(|(i, _)| i),
        };
        if hit.is_some() {
            self.cached = hit;
            return;
        }
        self.compute(text, r);
        let b = &self.buf;
        self.cached = self.cache.put(
            key,
            r.kind,
            r.arabic,
            &self.view.norm,
            slice(&self.view.norm, &b.stem),
            &b.cuts,
        );
    }

    /// Analyse one raw span (see [`Self::fill`]).
    fn compute(&mut self, text: &str, r: &tokenizer::RawToken) {
        let slice = &text[r.bs..r.be];
        let view = &mut self.view;
        view.clear();
        fold::run(slice, view);
        let b = &mut self.buf;
        b.cuts = parts::Cuts::NONE;
        self.segs.clear();
        match r.kind {
            TokenKind::Punct | TokenKind::Symbol => {
                b.stem = 0..view.norm.len() as u32;
                return;
            }
            TokenKind::Word if r.arabic => {
                clitics::segment(view, self.lex, &mut self.scratch, &mut self.segs);
            }
            _ => self.segs.push(clitics::Seg {
                start: 0,
                end: view.chars.len(),
                role: PartRole::Base,
            }),
        }
        let v = &view.chars;
        for s in &self.segs {
            let (a, e) = (s.start, s.end);
            if s.role == PartRole::Base {
                let kept = if r.arabic {
                    stem::stem(view, a, e, e < v.len(), self.lex)
                } else {
                    e - a
                };
                b.stem = view.fb(a) as u32..view.fb(a + kept) as u32;
            }
            // Where the next part starts (ignored after the last part).
            let end = v.get(e).map_or([0; 3], |x| [x.ci, x.bi, x.fb]);
            b.cuts.push(s.role, end);
        }
    }

    /// Stream the tokens of `text` without allocating per token: for indexers that only need
    /// each token once (search). Same tokens, norms, parts and stems as [`Analyzer::analyze`];
    /// no sentences.
    pub fn for_each_token(&mut self, text: &str, mut f: impl FnMut(TokenRef<'_>)) {
        let mut raw = std::mem::take(&mut self.raw);
        raw.clear();
        tokenizer::tokenize(text, &mut raw);
        self.look_up(text, &raw);
        for (t, r) in raw.iter().enumerate() {
            self.fill(text, r, t);
            let b = &self.buf;
            let (norm, stem, cuts) = match self.cached {
                Some(i) => {
                    let e = self.cache.entry(i);
                    (e.norm.as_str(), e.stem.as_str(), &e.cuts)
                }
                None => (
                    self.view.norm.as_str(),
                    slice(&self.view.norm, &b.stem),
                    &b.cuts,
                ),
            };
            f(TokenRef {
                start: r.cs,
                end: r.ce,
                byte_start: r.bs,
                byte_end: r.be,
                kind: r.kind,
                norm,
                stem,
                cuts,
            });
        }
        self.raw = raw;
    }
}

/// Reusable per-token buffers of an [`Analyzer`]: the stem is a range of the view's norm.
#[derive(Debug, Default)]
struct TokenBuf {
    stem: std::ops::Range<u32>,
    cuts: parts::Cuts,
}

/// `s[r]`, empty if out of range.
#[inline]
fn slice<'a>(s: &'a str, r: &std::ops::Range<u32>) -> &'a str {
    s.get(r.start as usize..r.end as usize).unwrap_or("")
}

/// A token borrowed from the analyser's buffers (see [`Analyzer::for_each_token`]).
#[derive(Debug, Clone, Copy)]
pub struct TokenRef<'a> {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: TokenKind,
    pub norm: &'a str,
    pub stem: &'a str,
    cuts: &'a parts::Cuts,
}

impl<'a> TokenRef<'a> {
    /// Clitic parts, as [`Token::parts`].
    pub fn parts(&self) -> Parts<'a> {
        Parts::new(
            self.cuts,
            self.norm,
            (self.start, self.end),
            (self.byte_start, self.byte_end),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Analyzer;

    /// A recycled token array is overwritten in place: shorter and longer texts after it, and
    /// tokens whose norm lives on the heap, analyse exactly as with a fresh analyser.
    #[test]
    fn recycled_tokens_are_overwritten_exactly() {
        let long = "قال وزير الخارجية إن Pneumonoultramicroscopicsilicovolcanoconiosis والمفاوضات، 2016. «نعم»";
        let short = "وقال الرئيس";
        let mut a = Analyzer::new();
        for text in [long, short, long, "", short] {
            let got = a.analyze(text);
            assert_eq!(got, Analyzer::new().analyze(text), "{text:?}");
            a.recycle(got);
        }
    }
}

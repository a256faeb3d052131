//! Arabic analysis: char filters → tokenizer → token filters, sentences.
//!
//! CONTRACT (other crates depend on these names; keep them):
//! - [`analyze`] returns tokens and sentences whose `start`/`end` are char offsets and
//!   `byte_start`/`byte_end` byte offsets into the ORIGINAL text.
//! - [`fold`] is the lossy matching form used by lexicons, search and NER features: no harakat or
//!   tatweel, alef variants → ا, ى → ي, ة → ه, Arabic-Indic/Persian digits → ASCII, NFKC, no
//!   zero-width/bidi controls, lowercase. `fold(token.text) == token.norm`.
//! - Each [`Token`] carries `parts` (clitic segmentation: proclitics, article, base, enclitics; each
//!   with its own span) and `stem` (light stem of the base, folded).
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
//! Performance (SaudiNewsNet, 21 MB, per core, CPU time, `examples/throughput.rs`; the machine
//! was heavily shared): `analyze` ≈ 25 MB/s, allocation-free [`Analyzer::for_each_token`]
//! ≈ 50–60 MB/s, [`fold`] ≈ 300 MB/s, charabia 0.10 tokenize+normalize ≈ 7.5 MB/s. `analyze` is
//! bound by the owned `String`s of every token and part (≈5 allocations per word); indexers
//! should stream.

mod clitics;
mod error;
pub mod filters;
mod fold;
pub mod lexicon;
mod sentences;
mod stem;
mod table;
mod tokenizer;

pub use compact_str::CompactString;
pub use error::Error;
pub use lexicon::Lexicons;
pub use smallvec::SmallVec;

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubToken {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub role: PartRole,
    /// Folded form of this part (inline up to 24 bytes: no allocation for Arabic words of up
    /// to 12 letters).
    pub norm: CompactString,
}

/// The parts of a [`Token`]: inline up to two (base, or article + base), so most words need
/// no allocation.
pub type Parts = SmallVec<[SubToken; 2]>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: TokenKind,
    /// Folded matching form of the whole token (see [`fold`]). A [`CompactString`] (derefs
    /// to `&str`) kept inline up to 24 bytes, so tokens cost no allocation.
    pub norm: CompactString,
    /// Clitic segmentation; a single `Base` part when nothing is split off. Empty for
    /// punctuation and symbols.
    pub parts: Parts,
    /// Light stem of the base (folded), used for search and trigger matching.
    pub stem: CompactString,
}

impl Token {
    /// The exact original text of the token.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.byte_start..self.byte_end]
    }
    /// Folded form of the base part (the token without clitics).
    pub fn base(&self) -> &str {
        self.parts
            .iter()
            .find(|p| p.role == PartRole::Base)
            .map(|p| p.norm.as_str())
            .unwrap_or(&self.norm)
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

/// Analyse a text: tokens and sentences with offsets into the original.
///
/// Uses one [`Analyzer`] per thread, so its scratch buffers are reused across calls.
pub fn analyze(text: &str) -> Analysis {
    thread_local! {
        static ANALYZER: std::cell::RefCell<Analyzer<'static>> = std::cell::RefCell::new(Analyzer::new());
    }
    ANALYZER.with(|a| match a.try_borrow_mut() {
        Ok(mut a) => a.analyze(text),
        // Only reachable if analysis re-entered itself; stay correct anyway.
        Err(_) => Analyzer::new().analyze(text),
    })
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
        }
    }

    /// Analyse a text (see [`analyze`]).
    pub fn analyze(&mut self, text: &str) -> Analysis {
        let mut raw = std::mem::take(&mut self.raw);
        raw.clear();
        tokenizer::tokenize(text, &mut raw);
        let mut tokens = Vec::with_capacity(raw.len());
        for r in &raw {
            tokens.push(self.token(text, r));
        }
        let sentences = sentences::split(text, &raw, &tokens);
        self.raw = raw;
        Analysis { tokens, sentences }
    }

    /// The token of one raw span. (A word cache was tried and measured slower: looking up
    /// and cloning scattered heap strings costs more cache misses than recomputing.)
    fn token(&mut self, text: &str, r: &tokenizer::RawToken) -> Token {
        self.compute_token(text, r)
    }

    /// Build the token of one raw span: norm, parts, stem.
    fn compute_token(&mut self, text: &str, r: &tokenizer::RawToken) -> Token {
        self.fill(text, r);
        let b = &self.buf;
        let norm = self.view.norm.as_str();
        Token {
            start: r.cs,
            end: r.ce,
            byte_start: r.bs,
            byte_end: r.be,
            kind: r.kind,
            norm: CompactString::new(norm),
            parts: b
                .parts
                .iter()
                .map(|p| SubToken {
                    start: p.start,
                    end: p.end,
                    byte_start: p.byte_start,
                    byte_end: p.byte_end,
                    role: p.role,
                    norm: CompactString::new(slice(norm, &p.norm)),
                })
                .collect(),
            stem: CompactString::new(slice(norm, &b.stem)),
        }
    }

    /// Analyse one raw span into the reusable buffers (no allocation once they have grown).
    fn fill(&mut self, text: &str, r: &tokenizer::RawToken) {
        let slice = &text[r.bs..r.be];
        let view = &mut self.view;
        view.clear();
        fold::run(slice, view);
        let b = &mut self.buf;
        b.parts.clear();
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
            let (cs, bs) = match v.get(a) {
                Some(x) if a > 0 => (r.cs + x.ci as usize, r.bs + x.bi as usize),
                _ => (r.cs, r.bs),
            };
            let (ce, be) = match v.get(e) {
                Some(x) => (r.cs + x.ci as usize, r.bs + x.bi as usize),
                None => (r.ce, r.be),
            };
            let norm = view.fb(a) as u32..view.fb(e) as u32;
            if s.role == PartRole::Base {
                let kept = if r.arabic {
                    stem::stem(view, a, e, e < v.len(), self.lex)
                } else {
                    e - a
                };
                b.stem = norm.start..view.fb(a + kept) as u32;
            }
            b.parts.push(PartRef {
                start: cs,
                end: ce,
                byte_start: bs,
                byte_end: be,
                role: s.role,
                norm,
            });
        }
    }

    /// Stream the tokens of `text` without allocating per token: for indexers that only need
    /// each token once (search). Same tokens, norms, parts and stems as [`Analyzer::analyze`];
    /// no sentences.
    pub fn for_each_token(&mut self, text: &str, mut f: impl FnMut(TokenRef<'_>)) {
        let mut raw = std::mem::take(&mut self.raw);
        raw.clear();
        tokenizer::tokenize(text, &mut raw);
        for r in &raw {
            self.fill(text, r);
            let b = &self.buf;
            let norm = self.view.norm.as_str();
            f(TokenRef {
                start: r.cs,
                end: r.ce,
                byte_start: r.bs,
                byte_end: r.be,
                kind: r.kind,
                norm,
                stem: slice(norm, &b.stem),
                parts: &b.parts,
                part_norms: norm,
            });
        }
        self.raw = raw;
    }
}

/// Reusable per-token buffers of an [`Analyzer`]; the strings are ranges of its view's norm.
#[derive(Debug, Default)]
struct TokenBuf {
    stem: std::ops::Range<u32>,
    parts: Vec<PartRef>,
}

/// `s[r]`, empty if out of range.
#[inline]
fn slice<'a>(s: &'a str, r: &std::ops::Range<u32>) -> &'a str {
    s.get(r.start as usize..r.end as usize).unwrap_or("")
}

/// A clitic part of a [`TokenRef`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartRef {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub role: PartRole,
    /// Range of the folded form in the token's norm: see [`TokenRef::part_norm`].
    norm: std::ops::Range<u32>,
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
    pub parts: &'a [PartRef],
    part_norms: &'a str,
}

impl<'a> TokenRef<'a> {
    /// Folded form of a part.
    pub fn part_norm(&self, p: &PartRef) -> &'a str {
        slice(self.part_norms, &p.norm)
    }
}

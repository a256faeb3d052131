//! Precomputed per-char facts for the Basic Multilingual Plane: what the filter chain makes of
//! the char in both views, and its tokenizer class. Built once from [`crate::filters::REGISTRY`],
//! so the hot loop does one array read per char instead of running every filter.

use crate::filters::{apply_chain, Level};
use std::sync::OnceLock;

/// Char class bits used by the tokenizer.
pub(crate) mod class {
    pub const SPACE: u8 = 1;
    pub const NEWLINE: u8 = 1 << 1;
    /// Inside a word it is part of the word (harakat, tatweel, ZW chars, combining marks).
    pub const JOINER: u8 = 1 << 2;
    pub const ARABIC: u8 = 1 << 3;
    pub const LATIN: u8 = 1 << 4;
    /// Letters of other scripts.
    pub const LETTER: u8 = 1 << 5;
    pub const DIGIT: u8 = 1 << 6;
    /// Canonical combining mark that may compose with the char before it (و + ٔ → ؤ).
    pub const COMPOSING: u8 = 1 << 7;
    /// Any letter.
    pub const WORD: u8 = ARABIC | LATIN | LETTER;
}

/// Output of the chain for one char, packed: a char value, [`DROP`], or [`MANY`] | pool index.
pub(crate) type Packed = u32;
pub(crate) const DROP: Packed = u32::MAX;
const MANY: Packed = 0x8000_0000;

/// (light chars, folded chars) of a 1→N char.
type Expansion = (Box<[char]>, Box<[char]>);

#[derive(Debug)]
pub(crate) struct Table {
    /// `[light, fold]` per BMP char.
    out: Vec<[Packed; 2]>,
    class: Vec<u8>,
    /// Expansion strings: (light chars, folded chars), same length.
    pool: Vec<Expansion>,
}

/// What one char becomes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Out<'a> {
    Drop,
    One(char, char),
    Many(&'a [char], &'a [char]),
}

pub(crate) fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(Table::build)
}

impl Table {
    fn build() -> Table {
        let mut out = Vec::with_capacity(0x1_0000);
        let mut class = Vec::with_capacity(0x1_0000);
        let mut pool = Vec::new();
        // Built at the first analysis of every process: the chain runs once per char, into
        // buffers reused across chars (it ran twice, allocating four vectors per char, which
        // was most of a short run's start-up).
        let (mut l, mut f) = (Vec::new(), Vec::new());
        for cp in 0u32..0x1_0000 {
            let Some(c) = char::from_u32(cp) else {
                out.push([cp, cp]);
                class.push(0);
                continue;
            };
            chain_into(c, &mut l, &mut f);
            let packed = if l.is_empty() && f.is_empty() {
                [DROP, DROP]
            } else if l.len() == 1 && f.len() == 1 {
                [l[0] as u32, f[0] as u32]
            } else {
                pool.push((l.as_slice().into(), f.as_slice().into()));
                let i = MANY | (pool.len() as u32 - 1);
                [i, i]
            };
            out.push(packed);
            class.push(classify_with(c, &l));
        }
        Table { out, class, pool }
    }

    #[inline]
    pub(crate) fn class(&self, c: char) -> u8 {
        match self.class.get(c as usize) {
            Some(&k) => k,
            None => classify(c),
        }
    }

    #[inline]
    pub(crate) fn out(&self, c: char) -> Out<'_> {
        let Some(&[l, f]) = self.out.get(c as usize) else {
            return slow_out(c);
        };
        if l == DROP {
            Out::Drop
        } else if l & MANY != 0 {
            let (a, b) = &self.pool[(l & !MANY) as usize];
            Out::Many(a, b)
        } else {
            // Values come from valid chars.
            Out::One(
                char::from_u32(l).unwrap_or(c),
                char::from_u32(f).unwrap_or(c),
            )
        }
    }
}

/// Chars beyond the BMP (emoji, rare CJK): run the chain directly. Expansions are leaked once
/// per distinct char at most (they only occur for a few hundred math/compat chars).
fn slow_out(c: char) -> Out<'static> {
    let (l, f) = chain(c);
    match (l.len(), f.len()) {
        (0, 0) => Out::Drop,
        (1, 1) => Out::One(l[0], f[0]),
        _ => {
            use std::collections::HashMap;
            use std::sync::Mutex;
            type Leaked = (&'static [char], &'static [char]);
            static CACHE: OnceLock<Mutex<HashMap<char, Leaked>>> = OnceLock::new();
            let mut m = CACHE
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            let (a, b) = *m.entry(c).or_insert_with(|| {
                (
                    Box::leak(l.into_boxed_slice()),
                    Box::leak(f.into_boxed_slice()),
                )
            });
            Out::Many(a, b)
        }
    }
}

fn chain(c: char) -> (Vec<char>, Vec<char>) {
    let mut l = Vec::new();
    let mut f = Vec::new();
    chain_into(c, &mut l, &mut f);
    (l, f)
}

/// What the filter chain makes of `c` in the light (`l`) and folded (`f`) views.
fn chain_into(c: char, l: &mut Vec<char>, f: &mut Vec<char>) {
    l.clear();
    f.clear();
    apply_chain(c, Level::Orthographic, l);
    apply_chain(c, Level::Matching, f);
    debug_assert_eq!(l.len(), f.len(), "matching filters must be 1→1 ({c:?})");
    if l.len() != f.len() {
        // Defensive: keep the views aligned even if a future rule breaks the invariant.
        l.clone_from(f);
    }
}

fn is_arabic_letter_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

pub(crate) fn classify(c: char) -> u8 {
    classify_with(c, &chain(c).0)
}

/// [`classify`] given the light view `l` of `c` (see [`chain_into`]).
fn classify_with(c: char, l: &[char]) -> u8 {
    use class::*;
    if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' || c == '\u{0085}' {
        return SPACE | NEWLINE;
    }
    if c.is_whitespace() {
        return SPACE;
    }
    let ccc = unicode_normalization::char::canonical_combining_class(c);
    let composing = if ccc != 0 { COMPOSING } else { 0 };
    if l.is_empty() || unicode_normalization::char::is_combining_mark(c) {
        return JOINER | composing;
    }
    // Classify by what the char becomes (ﻻ is Arabic letters, ٣ and ３ are digits).
    let first = l[0];
    if first.is_ascii_digit() || c.is_numeric() {
        return DIGIT | composing;
    }
    if first.is_alphabetic() {
        if is_arabic_letter_block(c) || is_arabic_letter_block(first) {
            return ARABIC | composing;
        }
        if first.is_ascii_alphabetic()
            || ('\u{00C0}'..='\u{024F}').contains(&first)
            || ('\u{1E00}'..='\u{1EFF}').contains(&first)
        {
            return LATIN | composing;
        }
        return LETTER | composing;
    }
    composing
}

#[cfg(test)]
mod tests {
    use super::class::*;
    use super::*;

    #[test]
    fn classes_of_common_chars() {
        let t = table();
        assert_eq!(t.class('ب'), ARABIC);
        assert_eq!(t.class('a'), LATIN);
        assert_eq!(t.class('٣'), DIGIT);
        assert_eq!(t.class('3'), DIGIT);
        assert_eq!(t.class('\n'), SPACE | NEWLINE);
        assert_eq!(t.class('\u{00A0}'), SPACE);
        assert_ne!(t.class('\u{064E}') & JOINER, 0);
        assert_ne!(t.class('ـ') & JOINER, 0);
        assert_ne!(t.class('\u{200C}') & JOINER, 0);
        assert_eq!(t.class('،'), 0);
        assert_eq!(t.class('\u{FEFB}'), ARABIC);
    }

    /// The table (built with reused buffers, one chain run per char) holds for every BMP char
    /// exactly what the chain and the classifier say of the char on its own.
    #[test]
    fn table_equals_chain_and_classify_of_each_char() {
        let t = table();
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            let (l, f) = chain(c);
            let got = match t.out(c) {
                Out::Drop => (vec![], vec![]),
                Out::One(a, b) => (vec![a], vec![b]),
                Out::Many(a, b) => (a.to_vec(), b.to_vec()),
            };
            assert_eq!(got, (l, f), "{c:?}");
            assert_eq!(t.class(c), classify(c), "{c:?}");
        }
    }
}

//! Gazetteer features: phrases (folded token sequences) known to name an entity type.
//!
//! The model learns how much to trust "this span is in a list as PER/LOC/…" rather than the
//! lists themselves, so lists can grow after training (see [`crate::Model::add_gazetteer`])
//! without retraining.

use crate::features::strip_clitics;
use crate::tags::NerKind;
use rasid_analysis::fold;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// Phrase list: folded, space-joined tokens → entity type.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Gazetteer {
    phrases: FxHashMap<String, NerKind>,
    /// First token of every phrase → the phrase lengths (in tokens) starting with it, as
    /// [`length_bit`]s: the matcher only builds keys of lengths that exist.
    #[serde(skip)]
    heads: FxHashMap<String, u64>,
    max_len: usize,
}

/// Bit of `kind` at begin (`inside == false`) or inside position in a mark byte.
fn bit(kind: NerKind, inside: bool) -> u8 {
    1 << (2 * kind as u8 + u8::from(inside))
}

/// Bit of a phrase length in a head's length mask (lengths ≥ 64 share the last bit).
fn length_bit(len: usize) -> u64 {
    1 << (len.clamp(1, 64) - 1)
}

/// The folded key of one token as gazetteers store it (lower-case Latin).
pub(crate) fn key_token(t: &str) -> String {
    let f = fold(t);
    if f.is_ascii() {
        f.to_ascii_lowercase()
    } else {
        f
    }
}

impl Gazetteer {
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Adds a phrase (any spelling; it is folded and split on whitespace). A phrase listed
    /// with two types keeps the first one.
    pub fn insert(&mut self, phrase: &str, kind: NerKind) {
        let toks: Vec<String> = phrase.split_whitespace().map(key_token).collect();
        if toks.is_empty() {
            return;
        }
        self.max_len = self.max_len.max(toks.len());
        let key = toks.join(" ");
        *self.heads.entry(toks[0].clone()).or_default() |= length_bit(key.split(' ').count());
        self.phrases.entry(key).or_insert(kind);
    }

    /// Rebuilds the index that serde skips.
    pub(crate) fn reindex(&mut self) {
        self.heads.clear();
        for k in self.phrases.keys() {
            let head = k.split(' ').next().unwrap_or_default().to_string();
            *self.heads.entry(head).or_default() |= length_bit(k.split(' ').count());
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, NerKind)> {
        self.phrases.iter().map(|(k, &v)| (k.as_str(), v))
    }

    /// One mark byte per token: which types cover it, at begin or inside position.
    /// `folded(i)` is the folded token `i` of `n`.
    pub(crate) fn mark<'a>(&self, n: usize, folded: impl Fn(usize) -> &'a str) -> Vec<u8> {
        let heads: Vec<Heads> = (0..n).map(|i| self.heads(folded(i))).collect();
        let mut marks = Vec::with_capacity(n);
        self.mark_heads(n, folded, |i| &heads[i], &mut marks);
        marks
    }

    /// The phrase heads a folded token may be (see [`Heads`]): computed once per word type
    /// by the tagger's cache, since looking every token up was most of the marking.
    pub(crate) fn heads(&self, folded: &str) -> Heads {
        let mut variant = String::new();
        let heads: Vec<Head> = head_variants(folded, &mut variant)
            .filter_map(|h| {
                let &lengths = self.heads.get(h)?;
                Some(Head {
                    text: h.into(),
                    lengths,
                    single: self.phrases.get(h).copied(),
                })
            })
            .collect();
        heads.into_boxed_slice()
    }

    /// Appends the marks of `n` tokens to `marks` ([`Gazetteer::mark`] given each token's
    /// [`Gazetteer::heads`]).
    pub(crate) fn mark_heads<'a, 'h>(
        &self,
        n: usize,
        folded: impl Fn(usize) -> &'a str,
        heads: impl Fn(usize) -> &'h [Head],
        marks: &mut Vec<u8>,
    ) {
        let start = marks.len();
        marks.resize(start + n, 0);
        let marks = &mut marks[start..];
        let mut key = String::new();
        for i in 0..n {
            for head in heads(i) {
                for len in (1..=self.max_len.min(n - i)).rev() {
                    if head.lengths & length_bit(len) == 0 {
                        continue;
                    }
                    let found = if len == 1 {
                        head.single
                    } else {
                        key.clear();
                        key.push_str(&head.text);
                        for t in i + 1..i + len {
                            key.push(' ');
                            key.push_str(folded(t));
                        }
                        self.phrases.get(&key).copied()
                    };
                    if let Some(k) = found {
                        marks[i] |= bit(k, false);
                        for m in &mut marks[i + 1..i + len] {
                            *m |= bit(k, true);
                        }
                        break;
                    }
                }
            }
        }
    }
}

/// A variant of a token that begins some phrase.
#[derive(Debug, Clone)]
pub(crate) struct Head {
    text: Box<str>,
    /// [`length_bit`]s of the phrases it begins.
    lengths: u64,
    /// The type of the one-token phrase `text`, if listed.
    single: Option<NerKind>,
}

/// The variants of a token ([`head_variants`]) that begin phrases, in variant order; empty
/// (no allocation) for most words.
pub(crate) type Heads = Box<[Head]>;

/// The first token of a phrase as written, and without a leading conjunction/preposition
/// (keeping the article: lists hold "القاهره", text has "وبالقاهره").
///
/// Called for every token: borrows instead of allocating (`buf` holds the one variant that
/// needs building, ال + base).
fn head_variants<'a>(tok: &'a str, buf: &'a mut String) -> impl Iterator<Item = &'a str> {
    let (procl, base) = strip_clitics(tok);
    let mut v: [Option<&'a str>; 3] = [Some(tok), None, None];
    if !procl.is_empty() {
        let with_article = procl.ends_with("ال") || procl.ends_with("لل");
        let stripped: &'a str = if with_article {
            buf.clear();
            buf.push_str("ال");
            buf.push_str(base);
            let built: &'a String = buf;
            built.as_str()
        } else {
            base
        };
        if stripped != tok {
            v[1] = Some(stripped);
        }
        if with_article {
            v[2] = Some(base);
        }
    }
    v.into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_longest_phrase_through_clitics() {
        let mut g = Gazetteer::new();
        g.insert("القاهرة", NerKind::Loc);
        g.insert("باراك أوباما", NerKind::Per);
        let toks: Vec<String> = ["زار", "باراك", "اوباما", "وبالقاهرة", "امس"]
            .iter()
            .map(|t| key_token(t))
            .collect();
        let m = g.mark(toks.len(), |i| &toks[i]);
        assert_eq!(m[0], 0);
        assert_eq!(m[1], bit(NerKind::Per, false));
        assert_eq!(m[2], bit(NerKind::Per, true));
        assert_eq!(m[3], bit(NerKind::Loc, false));
        assert_eq!(m[4], 0);
    }

    /// Phrases of several lengths under one head: the longest that matches wins, and lengths
    /// no phrase has are not tried.
    #[test]
    fn longest_of_several_lengths_under_one_head() {
        let mut g = Gazetteer::new();
        g.insert("مجلس", NerKind::Org);
        g.insert("مجلس الامن الدولي", NerKind::Org);
        g.insert("مجلس الشعب", NerKind::Loc);
        let toks: Vec<String> = ["مجلس", "الشعب", "مجلس", "الامن", "الدولي", "مجلس", "الامن"]
            .iter()
            .map(|t| key_token(t))
            .collect();
        let m = g.mark(toks.len(), |i| &toks[i]);
        let (bl, il) = (bit(NerKind::Loc, false), bit(NerKind::Loc, true));
        let (bo, io) = (bit(NerKind::Org, false), bit(NerKind::Org, true));
        assert_eq!(m, vec![bl, il, bo, io, io, bo, 0]);
        g.reindex();
        assert_eq!(g.mark(toks.len(), |i| &toks[i]), m);
    }
}

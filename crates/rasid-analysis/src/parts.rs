//! Clitic parts of a token, stored compactly.
//!
//! Parts are contiguous and cover the token, so a token only stores where one part ends and
//! the next begins ([`Cuts`], relative to the token: 56 bytes inline, no allocation), and
//! [`Parts`] rebuilds each [`SubToken`] (absolute offsets, norm sliced from the token's norm)
//! on demand.

use crate::PartRole;
use serde::Serialize;

/// The most parts a word has: conjunction, preposition, article, base, enclitic.
pub(crate) const MAX_PARTS: usize = 5;

/// Roles of the parts and the boundaries between them, relative to the token start: for the
/// boundary after part `k`, the (char, byte) offset in the original and the byte offset in the
/// norm. Offsets fit 16 bits except in absurdly long tokens, which keep them on the heap: this
/// keeps a [`crate::Token`] within 128 bytes, which the compiler moves without a `memcpy` call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cuts {
    n: u8,
    roles: [PartRole; MAX_PARTS],
    narrow: [[u16; 3]; MAX_PARTS - 1],
    wide: Option<Box<[[u32; 3]; MAX_PARTS - 1]>>,
}

impl Default for Cuts {
    fn default() -> Self {
        Cuts::NONE
    }
}

impl Cuts {
    pub const NONE: Cuts = Cuts {
        n: 0,
        roles: [PartRole::Base; MAX_PARTS],
        narrow: [[0; 3]; MAX_PARTS - 1],
        wide: None,
    };

    /// Append a part; `end` is where it ends ((char, byte, norm byte) relative offsets), which
    /// only matters when another part follows.
    #[inline]
    pub fn push(&mut self, role: PartRole, end: [u32; 3]) {
        let n = usize::from(self.n);
        debug_assert!(n < MAX_PARTS, "more than {MAX_PARTS} parts");
        if n >= MAX_PARTS {
            return;
        }
        self.roles[n] = role;
        self.n += 1;
        if n == MAX_PARTS - 1 {
            return;
        }
        let narrow = end.map(|x| u16::try_from(x).ok());
        match (&mut self.wide, narrow) {
            (None, [Some(c), Some(b), Some(m)]) => self.narrow[n] = [c, b, m],
            (None, _) => {
                let mut w = Box::new(self.narrow.map(|a| a.map(u32::from)));
                w[n] = end;
                self.wide = Some(w);
            }
            (Some(w), _) => w[n] = end,
        }
    }

    /// Boundary after part `k` (`k < MAX_PARTS - 1`).
    #[inline]
    fn at(&self, k: usize) -> [u32; 3] {
        match &self.wide {
            None => self.narrow[k].map(u32::from),
            Some(w) => w[k],
        }
    }
}

/// A clitic part of a token (see [`crate::Token::parts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SubToken<'a> {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub role: PartRole,
    /// Folded form of this part (a slice of the token's norm).
    pub norm: &'a str,
}

/// The parts of a token: clitic segmentation, a single `Base` part when nothing is split off,
/// none for punctuation and symbols. Indexable and iterable like a slice of [`SubToken`]s.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    cuts: &'a Cuts,
    norm: &'a str,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

impl<'a> Parts<'a> {
    pub(crate) fn new(
        cuts: &'a Cuts,
        norm: &'a str,
        (start, end): (usize, usize),
        (byte_start, byte_end): (usize, usize),
    ) -> Self {
        Parts {
            cuts,
            norm,
            start,
            end,
            byte_start,
            byte_end,
        }
    }

    pub fn len(&self) -> usize {
        usize::from(self.cuts.n)
    }

    pub fn is_empty(&self) -> bool {
        self.cuts.n == 0
    }

    /// Part `i`.
    pub fn get(&self, i: usize) -> Option<SubToken<'a>> {
        let n = self.len();
        if i >= n {
            return None;
        }
        let [cs, bs, ns] = if i == 0 { [0; 3] } else { self.cuts.at(i - 1) };
        let [ce, be, ne] = if i + 1 == n {
            [
                (self.end - self.start) as u32,
                (self.byte_end - self.byte_start) as u32,
                self.norm.len() as u32,
            ]
        } else {
            self.cuts.at(i)
        };
        Some(SubToken {
            start: self.start + cs as usize,
            end: self.start + ce as usize,
            byte_start: self.byte_start + bs as usize,
            byte_end: self.byte_start + be as usize,
            role: self.cuts.roles[i],
            norm: self.norm.get(ns as usize..ne as usize).unwrap_or(""),
        })
    }

    pub fn first(&self) -> Option<SubToken<'a>> {
        self.get(0)
    }

    pub fn last(&self) -> Option<SubToken<'a>> {
        self.get(self.len().wrapping_sub(1))
    }

    pub fn iter(&self) -> PartsIter<'a> {
        PartsIter {
            parts: *self,
            front: 0,
            back: self.len(),
        }
    }
}

impl<'a> IntoIterator for Parts<'a> {
    type Item = SubToken<'a>;
    type IntoIter = PartsIter<'a>;
    fn into_iter(self) -> PartsIter<'a> {
        self.iter()
    }
}

impl Serialize for Parts<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// Iterator over [`Parts`].
#[derive(Debug, Clone)]
pub struct PartsIter<'a> {
    parts: Parts<'a>,
    front: usize,
    back: usize,
}

impl<'a> Iterator for PartsIter<'a> {
    type Item = SubToken<'a>;
    fn next(&mut self) -> Option<SubToken<'a>> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        self.parts.get(self.front - 1)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for PartsIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        self.parts.get(self.back)
    }
}

impl ExactSizeIterator for PartsIter<'_> {}

#[cfg(test)]
mod tests {
    use crate::{analyze, PartRole, Token};

    #[test]
    fn token_stays_within_two_cache_lines() {
        assert!(std::mem::size_of::<Token>() <= 128);
    }

    #[test]
    fn word_ids_name_the_exact_text() {
        let a = analyze("قال الوزير إن الوزير قال، والوزير");
        let id = |i: usize| a.tokens[i].word_id().expect("cached form has an id");
        assert_eq!(id(0), id(4)); // قال … قال
        assert_eq!(id(1), id(3)); // الوزير … الوزير
        assert_ne!(id(1), id(6)); // الوزير ≠ والوزير
        assert_ne!(id(0), id(1));
        // Another analyser has other ids, yet its tokens are equal.
        let b = crate::Analyzer::new().analyze("قال الوزير");
        assert_ne!(b.tokens[0].word_id(), a.tokens[0].word_id());
        assert_eq!(b.tokens[..2], a.tokens[..2]);
        // Forms too long to cache have no id.
        let long = analyze(&"م".repeat(40));
        assert_eq!(long.tokens[0].word_id(), None);
    }

    #[test]
    fn parts_of_a_token_longer_than_16_bit_offsets() {
        // و + a 70,000-letter base + ها: the enclitic starts beyond u16 offsets.
        let word = format!("و{}ها", "م".repeat(70_000));
        let a = analyze(&word);
        assert_eq!(a.tokens.len(), 1);
        let parts: Vec<_> = a.tokens[0].parts().iter().collect();
        let roles: Vec<_> = parts.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [PartRole::Proclitic, PartRole::Base, PartRole::Enclitic]
        );
        let e = parts[2];
        assert_eq!((e.start, e.end), (70_001, 70_003));
        assert_eq!(&word[e.byte_start..e.byte_end], "ها");
        assert_eq!(e.norm, "ها");
        assert_eq!(parts[1].norm.len(), 140_000);
    }
}

//! Entity types and BIO tags.
//!
//! Tags are kept as a dense `u8` index internally so that the decoder can use small fixed
//! arrays; [`Tag`] is the public face.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The four AQMAR entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NerKind {
    Per,
    Loc,
    Org,
    Mis,
}

impl NerKind {
    pub const ALL: [NerKind; 4] = [NerKind::Per, NerKind::Loc, NerKind::Org, NerKind::Mis];

    /// CoNLL label (`PER`, `LOC`, `ORG`, `MIS`).
    pub fn as_str(self) -> &'static str {
        match self {
            NerKind::Per => "PER",
            NerKind::Loc => "LOC",
            NerKind::Org => "ORG",
            NerKind::Mis => "MIS",
        }
    }

    /// Parse a CoNLL label; `MISC` is accepted for `MIS`.
    pub fn parse(s: &str) -> Option<NerKind> {
        match s {
            "PER" => Some(NerKind::Per),
            "LOC" => Some(NerKind::Loc),
            "ORG" => Some(NerKind::Org),
            "MIS" | "MISC" => Some(NerKind::Mis),
            _ => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for NerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One IOB2 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tag {
    O,
    B(NerKind),
    I(NerKind),
}

/// Number of tags: O + B/I for each kind.
pub(crate) const N_TAGS: usize = 9;

impl Tag {
    /// Dense index: 0 = O, 1 + 2k = B-k, 2 + 2k = I-k (the bit of [`crate::Partial`] masks).
    pub fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(k) => 1 + 2 * k.index(),
            Tag::I(k) => 2 + 2 * k.index(),
        }
    }

    pub(crate) fn from_index(i: usize) -> Tag {
        match i {
            0 => Tag::O,
            i if i % 2 == 1 => Tag::B(NerKind::ALL[(i - 1) / 2]),
            i => Tag::I(NerKind::ALL[(i - 2) / 2]),
        }
    }

    pub fn kind(self) -> Option<NerKind> {
        match self {
            Tag::O => None,
            Tag::B(k) | Tag::I(k) => Some(k),
        }
    }

    /// Parse `O`, `B-PER`, `I-LOC`, … (unknown types map to `None`).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (bi, ty) = s.split_once('-')?;
        let k = NerKind::parse(ty)?;
        match bi {
            "B" => Some(Tag::B(k)),
            "I" => Some(Tag::I(k)),
            _ => None,
        }
    }

    /// Whether `self` may follow `prev` in IOB2 (`None` = sentence start): an `I-X` only
    /// continues a `B-X` or `I-X`.
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        match self {
            Tag::I(k) => matches!(prev, Some(Tag::B(p)) | Some(Tag::I(p)) if p == k),
            _ => true,
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(k) => write!(f, "B-{k}"),
            Tag::I(k) => write!(f, "I-{k}"),
        }
    }
}

/// Entity spans `(start, end, kind)` (token indices, end exclusive) of a tag sequence,
/// read CoNLL-style: an `I-X` that does not continue an `X` chunk opens a new one.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, NerKind)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, NerKind)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match t {
            Tag::O => {
                if let Some((s, k)) = cur.take() {
                    out.push((s, i, k));
                }
            }
            Tag::B(k) => {
                if let Some((s, pk)) = cur.take() {
                    out.push((s, i, pk));
                }
                cur = Some((i, k));
            }
            Tag::I(k) => match cur {
                Some((_, pk)) if pk == k => {}
                _ => {
                    if let Some((s, pk)) = cur.take() {
                        out.push((s, i, pk));
                    }
                    cur = Some((i, k));
                }
            },
        }
    }
    if let Some((s, k)) = cur {
        out.push((s, tags.len(), k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_round_trip() {
        for i in 0..N_TAGS {
            assert_eq!(Tag::from_index(i).index(), i);
            let t = Tag::from_index(i);
            assert_eq!(Tag::parse(&t.to_string()), Some(t));
        }
    }

    #[test]
    fn stray_inside_opens_a_chunk() {
        let t = [
            Tag::O,
            Tag::I(NerKind::Per),
            Tag::I(NerKind::Per),
            Tag::B(NerKind::Loc),
            Tag::I(NerKind::Org),
        ];
        assert_eq!(
            spans(&t),
            vec![
                (1, 3, NerKind::Per),
                (3, 4, NerKind::Loc),
                (4, 5, NerKind::Org)
            ]
        );
    }
}

//! Shared types of rasid.
//!
//! Every other crate speaks in these types, so they are kept small and stable:
//! [`Document`] is what a reader produces, [`Record`] is the public extraction record of
//! `shared/spec/extraction-json.md` (field names are a contract: add, never rename or drop).
//!
//! Offsets in the public record count Unicode scalar values (chars) of the original text,
//! end exclusive. Internally crates may work in bytes; [`CharIndex`] converts.

pub mod record;

pub use record::{
    DateMention, Entity, EntityKind, Event, EventActor, Mention, Mode, Quote, Record,
    RecordDocument, SentenceSpan,
};

use serde::{Deserialize, Serialize};

/// A half-open range of chars (Unicode scalar values) in a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Self { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// One article as read from any input format, before analysis.
///
/// `text` is the original text after decoding (and, for HTML, main-content extraction):
/// every offset rasid reports points into it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: user-given (JSON Lines `id`, WARC record id) or a content hash.
    pub id: String,
    /// Input path, with `#N` / `#record-id` suffix for multi-document containers.
    pub path: Option<String>,
    pub title: Option<String>,
    /// The article's own date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when it states one.
    pub published: Option<String>,
    /// Outlet or agency named by the article (e.g. نوفوستي).
    pub source: Option<String>,
    pub url: Option<String>,
    pub text: String,
    /// True when `text` was derived (HTML main content), so the record must carry it.
    pub text_is_derived: bool,
}

impl Document {
    /// A content-hash id: the same text always gets the same id, whatever file it came from.
    pub fn content_id(text: &str) -> String {
        let h = blake3::hash(text.as_bytes());
        h.to_hex()[..16].to_string()
    }
}

/// Maps byte offsets of a `&str` to char offsets in O(log n) after an O(n) build.
///
/// Needed because Rust slices by bytes while the public record counts chars.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every char boundary, plus `text.len()` at the end.
    bytes: Vec<u32>,
    ascii: bool,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self {
                bytes: Vec::new(),
                ascii: true,
            };
        }
        let mut bytes: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        bytes.push(text.len() as u32);
        Self {
            bytes,
            ascii: false,
        }
    }
    /// Char offset of a byte offset that lies on a char boundary (or the nearest boundary before it).
    pub fn char_of_byte(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.bytes.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
    /// Byte offset of a char offset (clamped to the end).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        if self.ascii {
            return ch;
        }
        self.bytes[ch.min(self.bytes.len() - 1)] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_round_trips_arabic() {
        let t = "قال لافروف: نعم";
        let ix = CharIndex::new(t);
        for (ci, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ix.char_of_byte(b), ci);
            assert_eq!(ix.byte_of_char(ci), b);
        }
        assert_eq!(ix.char_of_byte(t.len()), t.chars().count());
    }

    #[test]
    fn content_id_is_stable() {
        assert_eq!(Document::content_id("abc"), Document::content_id("abc"));
        assert_ne!(Document::content_id("abc"), Document::content_id("abd"));
    }
}

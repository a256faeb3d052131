use super::{CharFilter, Mapped};
use std::sync::OnceLock;

/// Compatibility forms → canonical chars (NFKC of a single char): Arabic presentation forms
/// (`ﻻ` U+FEFB → `لا`, `ﺑ` → `ب`), fullwidth Latin, ligatures. Old PDFs and some sites emit them.
///
/// Spaces that the decomposition inserts (isolated forms of marks: U+FC5E → ` ٌّ`) are removed so
/// that one original char never becomes two words.
#[derive(Debug, Clone, Copy)]
pub struct PresentationForms;

impl CharFilter for PresentationForms {
    fn name(&self) -> &'static str {
        "nfkc"
    }
    fn map(&self, c: char) -> Mapped {
        if c.is_ascii() {
            return Mapped::Keep;
        }
        match expansions().get(&c) {
            Some(&"") => Mapped::Drop,
            Some(s) if s.chars().count() == 1 => Mapped::Char(s.chars().next().unwrap_or(c)),
            Some(s) => Mapped::Str(s),
            None => Mapped::Keep,
        }
    }
}

/// NFKC of one char when it differs from the char; whitespace chars (NBSP…) are left to the
/// tokenizer. Built once: the filter must hand out `&'static str`.
fn expansions() -> &'static rustc_hash::FxHashMap<char, &'static str> {
    static MAP: OnceLock<rustc_hash::FxHashMap<char, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        let mut buf = [0u8; 4];
        for cp in 0x80u32..0x3_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if c.is_whitespace() {
                continue;
            }
            if !decomposes(c) {
                // NFKC composes the compatibility decomposition: a char without one is its
                // own NFKC. (One table probe: the quick check below costs several, and this
                // map is built at the start of every process, for 200K chars.)
                continue;
            }
            if let Some(n) = nfkc_if_changed(c, &mut buf) {
                m.insert(c, &*Box::leak(n.into_boxed_str()));
            }
        }
        m
    })
}

/// Does `c` have a (compatibility or canonical) decomposition?
fn decomposes(c: char) -> bool {
    let mut own = true;
    unicode_normalization::char::decompose_compatible(c, |d| own &= d == c);
    !own
}

/// NFKC of `c` without the spaces it inserts, if that differs from `c`.
fn nfkc_if_changed(c: char, buf: &mut [u8; 4]) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let s: &str = c.encode_utf8(buf);
    if unicode_normalization::is_nfkc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        return None;
    }
    let n: String = s.nfkc().filter(|&x| x != ' ').collect();
    (n != s).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Skipping the chars without a decomposition leaves out no char whose NFKC differs.
    #[test]
    fn expansions_hold_every_char_whose_nfkc_differs() {
        let map = expansions();
        let mut buf = [0u8; 4];
        for c in (0x80u32..0x3_0000).filter_map(char::from_u32) {
            let want = (!c.is_whitespace())
                .then(|| nfkc_if_changed(c, &mut buf))
                .flatten();
            assert_eq!(map.get(&c).copied(), want.as_deref(), "{c:?}");
        }
    }
}

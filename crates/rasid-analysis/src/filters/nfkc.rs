use super::{CharFilter, Mapped};
use std::collections::HashMap;
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
fn expansions() -> &'static HashMap<char, &'static str> {
    static MAP: OnceLock<HashMap<char, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        use unicode_normalization::UnicodeNormalization;
        let mut m = HashMap::new();
        let mut buf = [0u8; 4];
        for cp in 0x80u32..0x3_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if c.is_whitespace() {
                continue;
            }
            let s: &str = c.encode_utf8(&mut buf);
            if unicode_normalization::is_nfkc_quick(s.chars())
                == unicode_normalization::IsNormalized::Yes
            {
                continue;
            }
            let n: String = s.nfkc().filter(|&x| x != ' ').collect();
            if n != s {
                m.insert(c, &*Box::leak(n.into_boxed_str()));
            }
        }
        m
    })
}

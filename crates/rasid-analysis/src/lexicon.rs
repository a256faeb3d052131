//! Word lists the segmenter and stemmer consult: data files under `data/`, embedded at build
//! time and folded when loaded (so an entry matches every spelling of the word).

use crate::Error;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A set of folded words. FxHash: keys are short words, hashed 8 bytes at a time, where
/// SipHash's setup cost would dominate.
pub type WordSet = HashSet<Box<str>, rustc_hash::FxBuildHasher>;

/// The word lists used by [`crate::Analyzer`]. Extend them only through the `extend_*` methods,
/// which keep the lookup filter in step.
#[derive(Debug, Clone, Default)]
pub struct Lexicons {
    /// Forms that are never split: no proclitic stripped at their start, no enclitic at their end.
    pub(crate) protected: WordSet,
    /// Forms whose first letter is not a proclitic (وزير, بيان, لبنان): corpus-mined.
    pub(crate) no_proclitic: WordSet,
    /// Forms whose last letters are not an enclitic (توجيه, تعاونا): corpus-mined.
    pub(crate) no_enclitic: WordSet,
    /// Two-letter words that remain a word after a clitic is split off (من, في, قد…), in the
    /// orthographic view (hamza kept: `أن` is listed, the `ان` of `كان` is not).
    pub(crate) function_bases: WordSet,
    /// Stems the light stemmer must not shorten further (فلسطين is not فلسط + ين).
    pub(crate) stem_keep: WordSet,
    /// Bitmap over (length, first, middle, last char) of every folded entry above: most
    /// words are in no list, and this rejects them without building a key or hashing it.
    filter: Vec<u64>,
}

/// 16-bit signature of a folded word from its length and three of its chars.
#[inline]
fn signature(len: usize, first: char, mid: char, last: char) -> usize {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (len as u64).wrapping_mul(K) ^ u64::from(first);
    h = h.wrapping_mul(K) ^ u64::from(mid);
    h = h.wrapping_mul(K) ^ u64::from(last);
    (h.wrapping_mul(K) >> 48) as usize
}

const PROTECTED: &str = include_str!("../data/protected.txt");
const PROTECTED_MINED: &str = include_str!("../data/protected_mined.txt");
const FUNCTION_BASES: &str = include_str!("../data/function_bases.txt");
const STEM_KEEP: &str = include_str!("../data/stem_keep.txt");

impl Lexicons {
    /// Could the folded word made of `v[a..b]` be in one of the folded lists? False means
    /// certainly not.
    #[inline]
    pub(crate) fn may_contain(&self, v: &[crate::fold::ViewChar], a: usize, b: usize) -> bool {
        if b <= a || self.filter.is_empty() {
            return !self.filter.is_empty();
        }
        let len = b - a;
        let s = signature(len, v[a].folded, v[a + len / 2].folded, v[b - 1].folded);
        self.filter[s >> 6] & (1 << (s & 63)) != 0
    }

    /// Recompute [`Self::filter`] after the lists changed.
    fn rebuild_filter(&mut self) {
        let mut f = vec![0u64; 1 << 10];
        for w in self
            .protected
            .iter()
            .chain(&self.no_proclitic)
            .chain(&self.no_enclitic)
            .chain(&self.stem_keep)
        {
            let c: Vec<char> = w.chars().collect();
            if let (Some(&first), Some(&last)) = (c.first(), c.last()) {
                let s = signature(c.len(), first, c[c.len() / 2], last);
                f[s >> 6] |= 1 << (s & 63);
            }
        }
        self.filter = f;
    }

    /// The lists shipped with rasid.
    pub fn builtin() -> &'static Lexicons {
        static L: OnceLock<Lexicons> = OnceLock::new();
        L.get_or_init(|| {
            let mut l = Lexicons::default();
            // The embedded files are valid by construction (tested).
            let _ = l.extend_protected(PROTECTED, "protected.txt");
            let _ = l.extend_mined(PROTECTED_MINED, "protected_mined.txt");
            let _ = extend_raw(&mut l.function_bases, FUNCTION_BASES, "function_bases.txt");
            let _ = extend(&mut l.stem_keep, STEM_KEEP, "stem_keep.txt");
            l.rebuild_filter();
            l
        })
    }

    /// Add protected words from a list (one word a line, `#` comments).
    pub fn extend_protected(&mut self, list: &str, name: &str) -> Result<(), Error> {
        let r = extend(&mut self.protected, list, name);
        self.rebuild_filter();
        r
    }

    /// Add a tagged list (`word<TAB>P|E<TAB>count`): P → [`Self::no_proclitic`],
    /// E → [`Self::no_enclitic`].
    pub fn extend_mined(&mut self, list: &str, name: &str) -> Result<(), Error> {
        for (i, line) in list.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (word, tag) = (f.next().unwrap_or(""), f.next().unwrap_or(""));
            let set = match tag {
                "P" => &mut self.no_proclitic,
                "E" => &mut self.no_enclitic,
                _ => {
                    return Err(Error::BadListEntry {
                        list: name.to_string(),
                        line: i + 1,
                        entry: line.to_string(),
                    })
                }
            };
            set.insert(crate::fold(word).into_boxed_str());
        }
        self.rebuild_filter();
        Ok(())
    }
}

fn extend(set: &mut WordSet, list: &str, name: &str) -> Result<(), Error> {
    parse(set, list, name, crate::fold)
}

fn extend_raw(set: &mut WordSet, list: &str, name: &str) -> Result<(), Error> {
    parse(set, list, name, crate::fold_orthographic)
}

fn parse(set: &mut WordSet, list: &str, name: &str, norm: fn(&str) -> String) -> Result<(), Error> {
    for (i, line) in list.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let word = line.split('\t').next().unwrap_or(line).trim();
        if word.chars().any(char::is_whitespace) {
            return Err(Error::BadListEntry {
                list: name.to_string(),
                line: i + 1,
                entry: word.to_string(),
            });
        }
        set.insert(norm(word).into_boxed_str());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let mut l = Lexicons::default();
        l.extend_protected(PROTECTED, "protected.txt").unwrap();
        l.extend_mined(PROTECTED_MINED, "protected_mined.txt")
            .unwrap();
        assert!(l.no_proclitic.contains("وزير"));
        assert!(l.no_enclitic.contains("توجيه"));
        extend_raw(&mut l.function_bases, FUNCTION_BASES, "f").unwrap();
        extend(&mut l.stem_keep, STEM_KEEP, "s").unwrap();
        assert!(l.protected.contains("الي"), "إلى is stored folded");
        assert!(l.function_bases.contains("من"));
        assert!(l.function_bases.contains("أن") && !l.function_bases.contains("ان"));
    }

    #[test]
    fn bad_entry_is_an_error() {
        let mut l = Lexicons::default();
        let e = l.extend_protected("ok\ntwo words\n", "x").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }
}

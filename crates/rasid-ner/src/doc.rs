//! Document-level features for the second layer: how the first layer tagged the same word
//! elsewhere in the document, and the first layer's own tags around the token (stacking).

use crate::features::{Small, Tokens};
use crate::tags::N_TAGS;
use rustc_hash::FxHashMap;

/// First-layer tag counts per folded word and per clitic-stripped base in one document
/// (borrowing the words: no copy per token).
#[derive(Debug, Default)]
pub(crate) struct DocStats<'p> {
    words: FxHashMap<&'p str, [u16; N_TAGS]>,
    bases: FxHashMap<&'p str, [u16; N_TAGS]>,
}

impl<'p> DocStats<'p> {
    pub(crate) fn new<'a, T: Tokens>(
        doc: &'p [T],
        tags: impl Iterator<Item = &'a [usize]>,
    ) -> DocStats<'p> {
        let mut d = DocStats::default();
        for (p, t) in doc.iter().zip(tags) {
            for (i, &tag) in t.iter().enumerate() {
                let w = p.word(i);
                d.words.entry(w.folded.as_str()).or_default()[tag] += 1;
                d.bases.entry(w.base()).or_default()[tag] += 1;
            }
        }
        d
    }

    /// Appends the second-layer features of token `i` (`s1`: first-layer tags of its sentence).
    pub(crate) fn features(&self, p: &dyn Tokens, s1: &[usize], i: usize, out: &mut Vec<u64>) {
        let mut keys = Vec::new();
        self.keys(p, s1, i, &mut keys);
        out.extend(keys.iter().map(|k| k.hash()));
    }

    /// The second-layer features of token `i`, unhashed: all are over small domains (tags,
    /// counts), so the tagger indexes their weights directly.
    pub(crate) fn keys(&self, p: &dyn Tokens, s1: &[usize], i: usize, out: &mut Vec<Small>) {
        let n = s1.len();
        let t = |j: isize| -> u8 {
            let k = i as isize + j;
            if k < 0 || k as usize >= n {
                0xff
            } else {
                s1[k as usize] as u8
            }
        };
        out.push(Small::new(40, t(0), 0));
        out.push(Small::new(41, t(-1), t(0)));
        out.push(Small::new(42, t(0), t(1)));
        for (tmpl, counts) in [
            (43u8, self.words.get(p.word(i).folded.as_str())),
            (44, self.bases.get(p.word(i).base())),
        ] {
            let Some(c) = counts else { continue };
            let total: u32 = c.iter().map(|&x| u32::from(x)).sum();
            let ent = total - u32::from(c[0]);
            // Most frequent entity tag of the word in this document, and how dominant.
            let (maj, mc) =
                (1..N_TAGS).fold(
                    (0usize, 0u16),
                    |b, k| if c[k] > b.1 { (k, c[k]) } else { b },
                );
            let ratio = (4 * ent / total.max(1)) as u8;
            out.push(Small::new(tmpl, ratio, total.min(4) as u8));
            if mc > 0 {
                out.push(Small::new(tmpl + 10, maj as u8, ratio));
                out.push(Small::new(tmpl + 20, maj as u8, t(0)));
            }
        }
    }
}

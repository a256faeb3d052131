//! The folding loop shared by [`crate::fold`], token norms and sub-token norms, so that
//! `fold(token.text(original)) == token.norm` holds by construction.

use crate::table::{class, table, Out};

/// Receives the chars a string folds to, with the original char each comes from.
pub(crate) trait Sink {
    /// `light` is the orthographic view (segmentation), `folded` the matching view; `ci`/`bi`
    /// are the char and byte offsets, in the input, of the original char producing them.
    fn push(&mut self, light: char, folded: char, ci: u32, bi: u32);
    /// Undo the last push (canonical composition replaces the previous char).
    fn pop(&mut self);
}

impl Sink for String {
    #[inline]
    fn push(&mut self, _light: char, folded: char, _ci: u32, _bi: u32) {
        String::push(self, folded);
    }
    #[inline]
    fn pop(&mut self) {
        String::pop(self);
    }
}

/// One char of the folded view of a token, pointing back to the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ViewChar {
    pub light: char,
    pub folded: char,
    /// Char offset of the original char, relative to the folded string's start.
    pub ci: u32,
    /// Byte offset of the original char, relative to the folded string's start.
    pub bi: u32,
    /// Byte offset of `folded` in [`View::norm`] (0 in a plain `Vec<ViewChar>`).
    pub fb: u32,
}

/// The folded view of one token: its chars and, built in the same pass, its folded string, so
/// that the norm of any range of chars (parts, stems, lexicon keys) is a slice of
/// [`View::norm`] instead of a new string.
#[derive(Debug, Default)]
pub(crate) struct View {
    pub chars: Vec<ViewChar>,
    pub norm: String,
}

impl View {
    pub fn clear(&mut self) {
        self.chars.clear();
        self.norm.clear();
    }

    /// Byte offset in [`Self::norm`] where char `i` starts (the end for `i == len`).
    #[inline]
    pub fn fb(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.norm.len(), |x| x.fb as usize)
    }

    /// Folded form of chars `a..b`.
    #[inline]
    pub fn norm_of(&self, a: usize, b: usize) -> &str {
        self.norm.get(self.fb(a)..self.fb(b)).unwrap_or("")
    }
}

impl Sink for View {
    #[inline]
    fn push(&mut self, light: char, folded: char, ci: u32, bi: u32) {
        self.chars.push(ViewChar {
            light,
            folded,
            ci,
            bi,
            fb: self.norm.len() as u32,
        });
        self.norm.push(folded);
    }
    #[inline]
    fn pop(&mut self) {
        if let Some(x) = self.chars.pop() {
            self.norm.truncate(x.fb as usize);
        }
    }
}

impl Sink for Vec<ViewChar> {
    #[inline]
    fn push(&mut self, light: char, folded: char, ci: u32, bi: u32) {
        Vec::push(
            self,
            ViewChar {
                light,
                folded,
                ci,
                bi,
                fb: 0,
            },
        );
    }
    #[inline]
    fn pop(&mut self) {
        Vec::pop(self);
    }
}

/// Fold `s` into `sink`.
#[inline]
pub(crate) fn run<S: Sink>(s: &str, sink: &mut S) {
    let t = table();
    // The previous output char, when it came alone from the original char(s) ending just
    // before: (light, last original char index, start char index, start byte index).
    let mut prev: Option<(char, u32, u32, u32)> = None;
    let mut ci: u32 = 0;
    for (bi, c) in s.char_indices() {
        let bi = bi as u32;
        if c.is_ascii() {
            let l = c.to_ascii_lowercase();
            sink.push(l, l, ci, bi);
            prev = Some((l, ci, ci, bi));
            ci += 1;
            continue;
        }
        if t.class(c) & class::COMPOSING != 0 {
            if let Some((pl, last, pci, pbi)) = prev {
                if last + 1 == ci {
                    if let Some(k) = unicode_normalization::char::compose(pl, c) {
                        if let Out::One(kl, kf) = t.out(k) {
                            sink.pop();
                            sink.push(kl, kf, pci, pbi);
                            // The composed pair now counts as ending at this char.
                            prev = Some((kl, ci, pci, pbi));
                            ci += 1;
                            continue;
                        }
                    }
                }
            }
        }
        match t.out(c) {
            Out::Drop => {}
            Out::One(l, f) => {
                sink.push(l, f, ci, bi);
                prev = Some((l, ci, ci, bi));
            }
            Out::Many(ls, fs) => {
                for (&l, &f) in ls.iter().zip(fs) {
                    sink.push(l, f, ci, bi);
                }
                prev = None;
            }
        }
        ci += 1;
    }
}

//! Sentence splitter.
//!
//! Decisions (documented because downstream stages rely on them):
//! - Terminators: `.` (and `...`), `!`, `?`, `؟`, `…`, `۔`. The Arabic semicolon `؛` and `;` do
//!   NOT end a sentence: in news they join clauses of one statement.
//! - A terminator ends a sentence when followed by whitespace, a line break, the end of the text
//!   or (sloppy typing) directly by an Arabic word (`الفني.ومن`). Closing quotes and brackets
//!   right after it belong to the sentence (`... نهائيا."`).
//! - Not a boundary: decimals (`3.5` is one token), a dot after a single letter (`د.`, `U.S.`)
//!   unless that letter follows a number (`2015 م.`), a dot after a listed abbreviation
//!   (`data/abbreviations.txt`).
//! - Quotations: boundaries are kept inside quotes (multi-sentence quotes are common in news);
//!   [`crate::Sentence::quote_depth`] tells how many quotes are open where a sentence starts.
//!   Quote direction is guessed from spacing (an opening quote follows a space), so straight
//!   `"` and mirrored «» or “” work; depth resets at each line break.
//! - Every line break ends a sentence. A sentence that is a whole line, does not end with a
//!   terminator or a colon/comma and has at most [`HEADLINE_MAX_TOKENS`] tokens is a `headline`.

use crate::lexicon::WordSet;
use crate::tokenizer::RawToken;
use crate::{Sentence, Token, TokenKind};
use std::sync::OnceLock;

/// Longer unpunctuated lines are paragraphs missing their final dot, not headlines.
pub const HEADLINE_MAX_TOKENS: usize = 40;

fn abbreviations() -> &'static WordSet {
    static A: OnceLock<WordSet> = OnceLock::new();
    A.get_or_init(|| {
        include_str!("../data/abbreviations.txt")
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(|l| crate::fold(l).into_boxed_str())
            .collect()
    })
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '«' | '»' | '“' | '”' | '„' | '‟' | '‹' | '›' | '＂'
    )
}

fn is_closer(c: char) -> bool {
    is_quote(c) || matches!(c, ')' | ']' | '}' | '\'' | '’' | '﴿' | '﴾')
}

struct Splitter<'a> {
    raw: &'a [RawToken],
    tokens: &'a [Token],
    out: Vec<Sentence>,
}

impl Splitter<'_> {
    fn emit(&mut self, a: usize, b: usize, terminated: bool, depth: u8) {
        if a >= b {
            return;
        }
        let (first, last) = (&self.raw[a], &self.raw[b - 1]);
        let whole_line =
            (a == 0 || first.newlines > 0) && (b == self.raw.len() || self.raw[b].newlines > 0);
        let last_c = last.first;
        // `... نهائيا."` ends with a terminator inside the quote.
        let quoted_end = is_closer(last_c) && b - a >= 2 && is_terminator(self.raw[b - 2].first);
        let headline = whole_line
            && !terminated
            && !quoted_end
            && !matches!(last_c, ':' | '،' | ',' | '؛' | ';')
            && b - a <= HEADLINE_MAX_TOKENS;
        self.out.push(Sentence {
            start: first.cs,
            end: last.ce,
            byte_start: first.bs,
            byte_end: last.be,
            tokens: a..b,
            headline,
            quote_depth: depth,
        });
    }

    /// Is the dot at `i` an abbreviation dot?
    fn abbreviation(&self, i: usize) -> bool {
        if i == 0
            || self.raw[i].space_before
            || self.raw[i].first != '.'
            || self.raw[i].be - self.raw[i].bs != 1
        {
            return false;
        }
        let prev = &self.tokens[i - 1];
        if !prev.is_word() {
            return false;
        }
        if prev.norm.chars().count() == 1 {
            let after_number = i >= 2 && self.tokens[i - 2].kind == TokenKind::Number;
            return !after_number;
        }
        abbreviations().contains(prev.norm.as_str())
    }

    /// New quote depth after the quote char at `i`.
    fn quote(&self, i: usize, c: char, depth: u8) -> u8 {
        let r = &self.raw[i];
        let opening = i == 0 || r.space_before || r.newlines > 0 || {
            let p = self.raw[i - 1].first;
            matches!(p, '(' | '[' | ':' | '«' | '“')
        };
        let next = self.raw.get(i + 1);
        let closing = !opening
            && next.is_none_or(|n| {
                n.space_before
                    || n.newlines > 0
                    || matches!(n.kind, TokenKind::Punct | TokenKind::Symbol)
            });
        let open = match (opening, closing) {
            (true, false) => true,
            (false, true) => false,
            _ => match c {
                '«' | '“' | '„' | '‹' => true,
                '»' | '”' | '›' => false,
                _ => depth == 0,
            },
        };
        if open {
            depth.saturating_add(1)
        } else {
            depth.saturating_sub(1)
        }
    }
}

pub(crate) fn split(raw: &[RawToken], tokens: &[Token]) -> Vec<Sentence> {
    let n = raw.len();
    let mut s = Splitter {
        raw,
        tokens,
        out: Vec::new(),
    };
    let (mut start, mut depth, mut start_depth) = (0usize, 0u8, 0u8);
    let mut i = 0usize;
    while i < n {
        if raw[i].newlines > 0 {
            if i > start {
                s.emit(start, i, false, start_depth);
                start = i;
            }
            depth = 0;
            start_depth = 0;
        }
        let c = raw[i].first;
        if is_quote(c) {
            depth = s.quote(i, c, depth);
        }
        if is_terminator(c) && !s.abbreviation(i) {
            let mut j = i + 1;
            while j < n && raw[j].newlines == 0 && !raw[j].space_before {
                let cj = raw[j].first;
                if is_closer(cj) {
                    if is_quote(cj) {
                        depth = depth.saturating_sub(1);
                    }
                } else if !is_terminator(cj) {
                    break;
                }
                j += 1;
            }
            let boundary = j == n || raw[j].newlines > 0 || raw[j].space_before || raw[j].arabic;
            if boundary {
                s.emit(start, j, true, start_depth);
                start = j;
                start_depth = depth;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    s.emit(start, n, false, start_depth);
    s.out
}

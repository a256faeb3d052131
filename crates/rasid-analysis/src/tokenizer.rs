//! Tokenizer over the ORIGINAL text: decisions use the class of each original char (from the
//! lookup table), so a token is always a run of whole original chars and offsets never move.
//!
//! - Words: runs of letters of one script family (Arabic, Latin, other); harakat, tatweel,
//!   zero-width and bidi chars inside a word are part of it.
//! - Numbers: runs of digits of any script, with `.` `,` `٫` `٬` between digits (`3.5`,
//!   `1,000`); a Latin letter after digits makes a Latin word (`3D`), Latin letters may be
//!   followed by digits (`G20`), Arabic letters and digits are split (`2020م` → `2020` `م`).
//! - Punctuation and symbols: one char each, except runs of `.` (`...`).

use crate::table::{class, table};
use crate::TokenKind;

/// A token span before token filters, plus what the sentence splitter needs to know about the
/// gap before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub cs: usize,
    pub ce: usize,
    pub bs: usize,
    pub be: usize,
    pub kind: TokenKind,
    /// Arabic-script word (gets clitic segmentation and stemming).
    pub arabic: bool,
    /// Newlines between the previous token and this one (capped at 2).
    pub newlines: u8,
    /// Any whitespace between the previous token and this one.
    pub space_before: bool,
    /// The first char of the token (what the sentence splitter looks at).
    pub first: char,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cur {
    None,
    Word(u8),
    Number,
}

/// The char at byte `pos` of `text` and its length. ASCII and two-byte sequences (Arabic) are
/// decoded inline, the rest by the standard decoder.
#[inline(always)]
fn decode(text: &str, pos: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b0 = *bytes.get(pos)?;
    if b0 < 0x80 {
        return Some((char::from(b0), 1));
    }
    if b0 < 0xE0 {
        if let Some(&b1) = bytes.get(pos + 1) {
            let c = (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F);
            if let Some(c) = char::from_u32(c) {
                return Some((c, 2));
            }
        }
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

// `close!` resets state that its last use does not read again.
#[allow(unused_assignments)]
pub(crate) fn tokenize(text: &str, out: &mut Vec<RawToken>) {
    let t = table();
    let bytes = text.as_bytes();
    let mut cur = Cur::None;
    let (mut cs, mut bs) = (0usize, 0usize);
    let mut first = ' ';
    let mut newlines = 0u8;
    let mut space = true;
    let mut ci = 0usize;
    let mut pos = 0usize;

    macro_rules! close {
        ($ce:expr, $be:expr) => {
            if cur != Cur::None {
                let (kind, arabic) = match cur {
                    Cur::Number => (TokenKind::Number, false),
                    Cur::Word(k) => (TokenKind::Word, k == class::ARABIC),
                    Cur::None => unreachable!(),
                };
                out.push(RawToken {
                    cs,
                    ce: $ce,
                    bs,
                    be: $be,
                    kind,
                    arabic,
                    newlines,
                    space_before: space,
                    first,
                });
                newlines = 0;
                space = false;
                cur = Cur::None;
            }
        };
    }

    while let Some((c, len)) = decode(text, pos) {
        let b = pos;
        pos += len;
        let k = t.class(c);
        if k & class::SPACE != 0 {
            close!(ci, b);
            space = true;
            // \r\n counts once.
            if k & class::NEWLINE != 0 && !(c == '\r' && bytes.get(pos) == Some(&b'\n')) {
                newlines = newlines.saturating_add(1).min(2);
            }
        } else if k & class::JOINER != 0 {
            // Part of the current word or number; alone it belongs to no token.
        } else if k & class::DIGIT != 0 {
            match cur {
                Cur::Number | Cur::Word(class::LATIN) => {}
                _ => {
                    close!(ci, b);
                    cur = Cur::Number;
                    (cs, bs, first) = (ci, b, c);
                }
            }
        } else if k & class::WORD != 0 {
            let script = k & class::WORD;
            match cur {
                Cur::Word(s) if s == script => {}
                Cur::Number if script == class::LATIN => cur = Cur::Word(class::LATIN),
                _ => {
                    close!(ci, b);
                    cur = Cur::Word(script);
                    (cs, bs, first) = (ci, b, c);
                }
            }
            // Fast path: the rest of the word (letters of its script, joiners).
            ci += 1;
            while let Some((c, len)) = decode(text, pos) {
                let k = t.class(c);
                if k & class::JOINER == 0 && k & class::WORD != script {
                    break;
                }
                pos += len;
                ci += 1;
            }
            continue;
        } else {
            let next_is_digit =
                || decode(text, pos).is_some_and(|(n, _)| t.class(n) & class::DIGIT != 0);
            if cur == Cur::Number && matches!(c, '.' | ',' | '٫' | '٬') && next_is_digit() {
                ci += 1;
                continue;
            }
            close!(ci, b);
            let (s_ci, s_b) = (ci, b);
            let mut end_b = pos;
            if c == '.' {
                while bytes.get(pos) == Some(&b'.') {
                    ci += 1;
                    pos += 1;
                    end_b = pos;
                }
            }
            out.push(RawToken {
                cs: s_ci,
                ce: ci + 1,
                bs: s_b,
                be: end_b,
                kind: punct_kind(c),
                arabic: false,
                newlines,
                space_before: space,
                first: c,
            });
            newlines = 0;
            space = false;
        }
        ci += 1;
    }
    close!(ci, text.len());
}

/// Punctuation (Unicode P*) versus symbols; only the chars met in news need to be right.
pub(crate) fn punct_kind(c: char) -> TokenKind {
    let punct = match c {
        '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' => false,
        _ if c.is_ascii_punctuation() => true,
        '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}'
        | '\u{00BF}' => true,
        '\u{060C}'
        | '\u{060D}'
        | '\u{061B}'
        | '\u{061E}'
        | '\u{061F}'
        | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' => true,
        '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{2043}'
        | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}' => true,
        '\u{2E00}'..='\u{2E4F}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' => true,
        '\u{FD3E}'
        | '\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE61}'
        | '\u{FF01}'..='\u{FF0F}' => true,
        _ => false,
    };
    if punct {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

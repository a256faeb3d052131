//! Highlighted snippets, engine-independent.
//!
//! Matching is done on term keys (same analysis as the index), so "للفلسطينيين" in the text is
//! highlighted for the query "فلسطين". The window is measured in chars (not bytes: Arabic is two
//! bytes a letter) and cut at word boundaries (whitespace).
//!
//! Speed: a snippet is made for every hit shown, so analysing whole article bodies would dominate
//! query time. A term key is always a substring of its word's folded form (clitics and suffixes
//! are cut off, nothing is added), so the body is folded once (cheap) and only the words whose
//! folded form contains a query key are analysed; every highlight is still an exact key match.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::analyzer::for_each_term_key;

/// Default snippet length in chars (the marks and ellipses excluded).
pub const SNIPPET_CHARS: usize = 200;
/// Bytes of a text searched first for matches (about 2,000 Arabic letters): most matches are in
/// an article's opening, and long articles would cost the most.
const PREFIX_BYTES: usize = 4096;
/// Context kept before the first match of the window, in chars.
const LEAD_CHARS: usize = 40;

/// A snippet: text with matched words wrapped in «…», and their char ranges in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

/// One word of the text whose term key is a query key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Match<'k> {
    key: &'k str,
    byte_start: usize,
    byte_end: usize,
    /// Char range in the text.
    start: usize,
    end: usize,
}

/// Chars whose one-char fold is tabulated: Latin-1 to Arabic, and general punctuation (quotes,
/// dashes, ellipsis). Anything else makes its word "special" (always analysed).
const TABULATED: [std::ops::Range<u32>; 2] = [0x80..0x700, 0x2000..0x2070];

/// How each tabulated char folds when folded on its own, when that is exactly what
/// [`rasid_analysis::fold`] does with it inside a text: `Some(None)` dropped, `Some(Some(f))`
/// folded to `f`; `None` when it expands (ligatures) or composes with the char before it (the
/// hamza of و + ٔ → ؤ, Latin accents).
fn fold_table() -> &'static [Option<Option<char>>] {
    static TABLE: OnceLock<Vec<Option<Option<char>>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let fold = rasid_analysis::fold;
        TABULATED
            .iter()
            .flat_map(|r| r.clone())
            .map(|u| {
                let c = char::from_u32(u)?;
                if (0x300..0x370).contains(&u) {
                    return None; // combining accents: compose with Latin letters
                }
                let alone = rasid_analysis::fold_char(c);
                let s = alone.map(String::from).unwrap_or_default();
                let exact = fold(c.encode_utf8(&mut [0; 4])) == s
                    // The Arabic letters that take a composing hamza or madda mark.
                    && (!(0x600..0x700).contains(&u)
                        || "اويەہے".chars().all(|base| {
                            fold(&format!("{base}{c}")) == fold(&String::from(base)) + &s
                        }));
                exact.then_some(alone)
            })
            .collect()
    })
}

/// [`fold_table`]'s entry for a non-ASCII char; `None` when it is not exact or not tabulated.
#[inline]
fn fold_alone(table: &[Option<Option<char>>], c: char) -> Option<Option<char>> {
    let u = c as u32;
    let mut at = 0;
    for r in &TABULATED {
        if r.contains(&u) {
            return table.get(at + (u - r.start) as usize).copied().flatten();
        }
        at += r.len();
    }
    None
}

/// One whitespace-separated chunk of a text (a token never spans whitespace) and its fold.
struct Chunk {
    /// Byte range in the original text.
    start: usize,
    end: usize,
    /// Byte range in the folded text.
    folded_start: usize,
    folded_end: usize,
    /// Holds a char whose fold depends on context: analysed whatever the folded text says.
    special: bool,
}

/// Folds `text` chunk by chunk in one pass: chunks' folded texts joined by spaces, and the chunks.
///
/// Why not `fold` then a split: folding, splitting and lining the two up again cost three passes;
/// this is one, and the line-up is exact by construction.
fn fold_chunks(text: &str) -> (String, Vec<Chunk>) {
    let mut folded = String::with_capacity(text.len());
    let mut chunks: Vec<Chunk> = Vec::with_capacity(text.len() / 6);
    let table = fold_table();
    let mut open = false;
    for (i, c) in text.char_indices() {
        let space = if c.is_ascii() {
            matches!(c, ' ' | '\t'..='\r')
        } else {
            c.is_whitespace()
        };
        if space {
            if open {
                open = false;
                let last = chunks.last_mut().expect("open chunk");
                last.end = i;
                last.folded_end = folded.len();
                folded.push(' ');
            }
            continue;
        }
        if !open {
            open = true;
            chunks.push(Chunk {
                start: i,
                end: text.len(),
                folded_start: folded.len(),
                folded_end: folded.len(),
                special: false,
            });
        }
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        match fold_alone(table, c) {
            Some(Some(f)) => folded.push(f),
            Some(None) => {}
            None => chunks.last_mut().expect("open chunk").special = true,
        }
    }
    if open {
        chunks.last_mut().expect("open chunk").folded_end = folded.len();
    }
    (folded, chunks)
}

/// Analyses `chunk` (at `byte_off` in the text, `char_off` chars in) and appends its matches.
fn match_chunk<'k>(
    chunk: &str,
    byte_off: usize,
    char_off: usize,
    keys: &HashSet<&'k str>,
    out: &mut Vec<Match<'k>>,
) {
    for_each_term_key(chunk, |key, t| {
        if let Some(&k) = keys.get(key) {
            out.push(Match {
                key: k,
                byte_start: byte_off + t.byte_start,
                byte_end: byte_off + t.byte_end,
                start: char_off + t.start,
                end: char_off + t.end,
            });
        }
    });
}

/// Every word of `text` whose term key is in `keys`, in order.
fn find_matches<'k>(text: &str, keys: &HashSet<&'k str>) -> Vec<Match<'k>> {
    let (folded, chunks) = fold_chunks(text);
    // Where the keys occur in the folded text: one substring search per key over the whole text
    // (a search per word would pay the searcher's setup a thousand times).
    let mut found: Vec<usize> = keys
        .iter()
        .flat_map(|k| folded.match_indices(k).map(|(i, _)| i))
        .collect();
    found.sort_unstable();
    let mut out = Vec::new();
    let mut next = 0;
    // Char offset of `at` bytes, advanced lazily (only up to the chunks that match).
    let (mut at, mut at_char) = (0usize, 0usize);
    for ch in &chunks {
        while next < found.len() && found[next] < ch.folded_start {
            next += 1;
        }
        let candidate = next < found.len() && found[next] < ch.folded_end;
        if candidate || ch.special {
            at_char += text[at..ch.start].chars().count();
            at = ch.start;
            match_chunk(&text[ch.start..ch.end], ch.start, at_char, keys, &mut out);
        }
    }
    out
}

struct Builder {
    out: String,
    chars: usize,
    last_space: bool,
}

impl Builder {
    /// Appends text, folding runs of whitespace (newlines included) into one space.
    fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                if self.last_space || self.chars == 0 {
                    continue;
                }
                self.out.push(' ');
                self.last_space = true;
            } else {
                self.out.push(c);
                self.last_space = false;
            }
            self.chars += 1;
        }
    }
    fn push_mark(&mut self, s: &str) {
        self.out.push_str(s);
        self.chars += s.chars().count();
        self.last_space = false;
    }
}

/// Picks the first match of the window holding the most distinct query terms (then most matches).
fn best_window_start(matches: &[Match<'_>], max_chars: usize) -> usize {
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, index)
    let mut distinct: HashSet<&str> = HashSet::new();
    for (i, m) in matches.iter().enumerate() {
        let limit = m.start + max_chars.saturating_sub(LEAD_CHARS);
        distinct.clear();
        let mut count = 0;
        for n in matches[i..].iter().take_while(|n| n.end <= limit) {
            distinct.insert(n.key);
            count += 1;
        }
        if (distinct.len(), count) > (best.0, best.1) {
            best = (distinct.len(), count, i);
        }
    }
    best.2
}

/// A cut at or after `want` bytes that ends on whitespace (so no word is split), or the text's end.
fn prefix_end(text: &str, want: usize) -> usize {
    if want >= text.len() {
        return text.len();
    }
    let mut at = want;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i)
}

/// Byte offset `n` chars before `byte` (0 when the text is shorter).
fn chars_before(text: &str, byte: usize, n: usize) -> usize {
    text[..byte]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// Byte offset `n` chars after `byte` (the text's end when it is shorter).
fn chars_after(text: &str, byte: usize, n: usize) -> usize {
    text[byte..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| byte + i)
}

/// The first word start at or after `byte`.
fn word_start_from(text: &str, byte: usize) -> usize {
    if byte == 0 || text[..byte].ends_with(char::is_whitespace) {
        return byte;
    }
    let rest = &text[byte..];
    match rest.find(char::is_whitespace) {
        Some(ws) => {
            let after = &rest[ws..];
            byte + ws + (after.len() - after.trim_start().len())
        }
        None => text.len(),
    }
}

/// Builds the snippet of `text` for the query term `keys`; falls back to the text's opening when
/// nothing matches (the hit may come from the title).
pub fn make_snippet(text: &str, keys: &HashSet<&str>, max_chars: usize) -> Snippet {
    let head = prefix_end(text, PREFIX_BYTES);
    let mut matches = find_matches(&text[..head], keys);
    if matches.is_empty() && head < text.len() {
        matches = find_matches(text, keys);
    }

    // Window start: a word start about LEAD_CHARS before the best window's first match.
    let ws_byte = match matches.get(best_window_start(&matches, max_chars)) {
        Some(first) if first.start > LEAD_CHARS => {
            let want = chars_before(text, first.byte_start, LEAD_CHARS);
            word_start_from(text, want).min(first.byte_start)
        }
        _ => 0,
    };
    // Window end: the last word end within max_chars.
    let limit = chars_after(text, ws_byte, max_chars);
    let we_byte = if limit == text.len() || text[limit..].starts_with(char::is_whitespace) {
        limit
    } else {
        text[ws_byte..limit]
            .rfind(char::is_whitespace)
            .map_or(limit, |i| ws_byte + i)
    };
    let cut_end = !text[we_byte..].trim_start().is_empty();

    let mut b = Builder {
        out: String::new(),
        chars: 0,
        last_space: false,
    };
    if ws_byte > 0 {
        b.push_mark("…");
    }
    let mut highlights = Vec::new();
    let mut at = ws_byte;
    for m in matches
        .iter()
        .filter(|m| m.byte_start >= ws_byte && m.byte_end <= we_byte)
    {
        b.push(&text[at..m.byte_start]);
        b.push_mark("«");
        let start = b.chars;
        b.push(&text[m.byte_start..m.byte_end]);
        highlights.push((start, b.chars));
        b.push_mark("»");
        at = m.byte_end;
    }
    b.push(&text[at..we_byte]);
    let mut out = b.out.trim_end().to_string();
    if cut_end {
        out.push('…');
    }
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::term_keys;

    fn keys_of(words: &str) -> Vec<String> {
        term_keys(words).into_iter().map(|t| t.key).collect()
    }

    fn snip(text: &str, query: &str, max: usize) -> Snippet {
        let keys = keys_of(query);
        let set: HashSet<&str> = keys.iter().map(String::as_str).collect();
        make_snippet(text, &set, max)
    }

    #[test]
    fn highlights_are_char_ranges_of_the_marked_words() {
        let text = "أعلنت الحُكومةُ اليوم عن خطة جديدة.";
        let s = snip(text, "الحكومة", 200);
        assert_eq!(s.text, "أعلنت «الحُكومةُ» اليوم عن خطة جديدة.");
        let chars: Vec<char> = s.text.chars().collect();
        let (a, b) = s.highlights[0];
        assert_eq!(chars[a..b].iter().collect::<String>(), "الحُكومةُ");
    }

    #[test]
    fn window_moves_to_the_matches_and_is_cut_at_words() {
        let filler = "كلمة ".repeat(100);
        let text = format!("{filler}وقال وزير الخارجية إن الاتفاق قريب. {filler}");
        let s = snip(&text, "وزير الخارجية", 80);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.contains("«وزير» «الخارجية»"), "{}", s.text);
        assert_eq!(s.highlights.len(), 2);
        assert!(s.text.chars().count() <= 80 + 2 + 4);
    }

    #[test]
    fn no_match_gives_the_opening() {
        let text = "سطر أول\n\nسطر ثان";
        let s = snip(text, "غائب", 200);
        assert_eq!(s.text, "سطر أول سطر ثان");
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn late_match_in_a_long_text_is_found() {
        let filler = "كلمة ".repeat(2000);
        let text = format!("{filler}وقال وزير الخارجية إن الاتفاق قريب.");
        let s = snip(&text, "الاتفاق", 80);
        assert!(s.text.contains("«الاتفاق»"), "{}", s.text);
        let s = snip(&text, "كلمة", 80);
        assert!(
            s.text.starts_with("«كلمة»") && s.text.ends_with('…'),
            "{}",
            s.text
        );
    }

    /// What [`find_matches`] must return: the matches of a full analysis of the text.
    fn full_matches<'k>(text: &str, keys: &HashSet<&'k str>) -> Vec<Match<'k>> {
        term_keys(text)
            .into_iter()
            .filter_map(|t| {
                keys.get(t.key.as_str()).map(|&k| Match {
                    key: k,
                    byte_start: t.byte_start,
                    byte_end: t.byte_end,
                    start: t.start,
                    end: t.end,
                })
            })
            .collect()
    }

    #[test]
    fn matches_equal_those_of_full_analysis_on_real_articles() {
        let queries = [
            "الحكومة",
            "للفلسطينيين",
            "وزير الخارجية",
            "روسيا",
            "لافروف",
            "الجزائر",
        ];
        for (name, text) in crate::example_articles() {
            for q in queries {
                let keys = keys_of(q);
                let set: HashSet<&str> = keys.iter().map(String::as_str).collect();
                assert_eq!(
                    find_matches(&text, &set),
                    full_matches(&text, &set),
                    "{name} {q}"
                );
            }
        }
    }

    #[test]
    fn regression_context_dependent_chars_are_not_missed() {
        // Ligatures expand (ﻻ → لا, ﷺ → four words), a hamza mark composes with the letter before
        // it (و + ٔ → ؤ), a lone tatweel folds to nothing: the one-char fold differs from `fold`.
        let text = "قال النبي ﷺ إن ـ الحكومة و الحكومات ﻻجئين والمسو\u{654}ولين واللاجئين";
        for (q, n) in [("الحكومة", 2), ("اللاجئين", 2), ("المسؤولين", 1)] {
            let keys = keys_of(q);
            let set: HashSet<&str> = keys.iter().map(String::as_str).collect();
            let got = find_matches(text, &set);
            assert_eq!(got, full_matches(text, &set), "{q}");
            assert_eq!(got.len(), n, "{q}");
        }
    }

    proptest::proptest! {
        #[test]
        fn chunks_split_like_split_whitespace(text in "[ \\t\\n\\r\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200d}\\u{2028}\\u{202f}\\u{205f}\\u{3000}a-zوالé€\\u{1e00}]{0,40}") {
            let base = text.as_ptr() as usize;
            let want: Vec<(usize, usize)> = text
                .split_whitespace()
                .map(|c| (c.as_ptr() as usize - base, c.as_ptr() as usize - base + c.len()))
                .collect();
            let got: Vec<(usize, usize)> = fold_chunks(&text).1.iter().map(|c| (c.start, c.end)).collect();
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn matches_equal_those_of_full_analysis(text in "[ \\nـًَُِّٔ«»“”،.ﷺﻻواللفسطينيكحمةئؤ0-9A-Za-zÉé\\u{301}]{0,80}", q in "[والفسطينيكحمة]{1,8}") {
            let keys = keys_of(&q);
            let set: HashSet<&str> = keys.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(find_matches(&text, &set), full_matches(&text, &set));
        }

        #[test]
        fn highlights_point_inside_the_snippet(text in "\\PC{0,80}", q in "\\PC{0,10}") {
            let s = snip(&text, &q, 30);
            let n = s.text.chars().count();
            for (a, b) in s.highlights {
                proptest::prop_assert!(a < b && b <= n);
            }
        }
    }
}

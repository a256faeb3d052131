//! Highlighted snippets, engine-independent.
//!
//! Matching is done on term keys (same analysis as the index), so "للفلسطينيين" in the text is
//! highlighted for the query "فلسطين". The window is measured in chars (not bytes: Arabic is two
//! bytes a letter) and cut at word boundaries.

use std::collections::HashSet;

use crate::analyzer::{term_keys, TermKey};

/// Default snippet length in chars (the marks and ellipses excluded).
pub const SNIPPET_CHARS: usize = 200;
/// Bytes of a text analysed first for its snippet (about 2,000 Arabic letters).
const PREFIX_BYTES: usize = 4096;
/// Context kept before the first match of the window, in chars.
const LEAD_CHARS: usize = 40;

/// A snippet: text with matched words wrapped in «…», and their char ranges in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
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
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
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
fn best_window_start(matches: &[&TermKey], max_chars: usize) -> usize {
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, index)
    for (i, m) in matches.iter().enumerate() {
        let limit = m.start + max_chars.saturating_sub(LEAD_CHARS);
        let mut distinct: HashSet<&str> = HashSet::new();
        let mut count = 0;
        for n in matches[i..].iter().take_while(|n| n.end <= limit) {
            distinct.insert(n.key.as_str());
            count += 1;
        }
        if (distinct.len(), count) > (best.0, best.1) {
            best = (distinct.len(), count, i);
        }
    }
    best.2
}

/// Builds the snippet of `text` for the query term `keys`; falls back to the text's opening when
/// nothing matches (the hit may come from the title).
pub fn make_snippet(text: &str, keys: &HashSet<&str>, max_chars: usize) -> Snippet {
    // Analysing a whole long article per hit dominates query time: look at its opening first
    // (most matches are there) and at the rest only when the opening has none.
    let mut scanned = prefix_end(text, PREFIX_BYTES);
    let mut terms = term_keys(&text[..scanned]);
    if scanned < text.len() && !terms.iter().any(|t| keys.contains(t.key.as_str())) {
        scanned = text.len();
        terms = term_keys(text);
    }
    let matches: Vec<&TermKey> = terms
        .iter()
        .filter(|t| keys.contains(t.key.as_str()))
        .collect();

    // Window start, snapped to a word start.
    let (ws_char, ws_byte) = if matches.is_empty() {
        (0, 0)
    } else {
        let first = matches[best_window_start(&matches, max_chars)];
        let want = first.start.saturating_sub(LEAD_CHARS);
        match terms.iter().find(|t| t.start >= want) {
            Some(t) if want > 0 => (t.start, t.byte_start),
            _ => (0, 0),
        }
    };
    // Window end, snapped to a word end.
    let want_end = ws_char + max_chars;
    let (we_byte, cut_end) = match terms.iter().rposition(|t| t.end <= want_end) {
        Some(i) if i + 1 < terms.len() || scanned < text.len() => (terms[i].byte_end, true),
        _ => (scanned, scanned < text.len()),
    };
    let we_byte = we_byte.max(ws_byte);

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

    proptest::proptest! {
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

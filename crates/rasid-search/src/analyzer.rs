//! rasid's analysis as search terms, and as a tantivy [`Tokenizer`].
//!
//! The term key of a word is its light stem (clitics and article removed, folded): that is what
//! makes "الفلسطينيين" find "فلسطين" and "للفلسطينيين", and what makes harakat and alef/ya/ta-marbuta
//! variants irrelevant. Index and query use the very same function ([`term_keys`]), whatever the
//! engine. Offsets are kept so that highlighting marks the exact original characters.

use rasid_analysis::{Analyzer, PartRole, TokenKind, TokenRef};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Name under which [`RasidTokenizer`] is registered in the index.
pub const TOKENIZER_NAME: &str = "rasid";

/// One search term of a text: its key and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermKey {
    pub key: String,
    /// Byte range in the original text.
    pub byte_start: usize,
    pub byte_end: usize,
    /// Char range in the original text.
    pub start: usize,
    pub end: usize,
}

/// The search key of one analysed token; `None` for punctuation and symbols (not searchable).
pub fn token_key(tok: &rasid_analysis::Token) -> Option<String> {
    let base = tok
        .parts()
        .iter()
        .find(|p| p.role == PartRole::Base)
        .map_or(tok.norm.as_str(), |p| p.norm);
    let mut out = String::new();
    push_key(tok.kind, &tok.stem, base, &tok.norm, &mut out).then_some(out)
}

/// Appends the key of a token to `out` (see [`token_key`]); false when the token has none.
/// One function for owned and streamed tokens, so index and query keys cannot drift apart.
fn push_key(kind: TokenKind, stem: &str, base: &str, norm: &str, out: &mut String) -> bool {
    match kind {
        TokenKind::Word | TokenKind::Number => {}
        TokenKind::Punct | TokenKind::Symbol => return false,
    }
    let key = if !stem.is_empty() {
        stem
    } else if !base.is_empty() {
        base
    } else {
        norm
    };
    if key.is_empty() {
        return false;
    }
    // Latin names and acronyms appear in Arabic news too ("ISIS", "isis").
    if key.chars().any(char::is_uppercase) {
        out.push_str(&key.to_lowercase());
    } else {
        out.push_str(key);
    }
    true
}

/// Calls `f(key, token)` for every search term of `text`, in order, without allocating per token.
///
/// Why streaming: `analyze` builds owned strings for every token and part (and sentences nobody
/// needs here); indexing and snippets only look at each key once.
pub fn for_each_term_key(text: &str, mut f: impl FnMut(&str, &TokenRef<'_>)) {
    thread_local! {
        static ANALYZER: std::cell::RefCell<Analyzer<'static>> =
            std::cell::RefCell::new(Analyzer::new());
    }
    let mut key = String::new();
    let mut run = |a: &mut Analyzer<'static>| {
        a.for_each_token(text, |t| {
            let base = t
                .parts()
                .iter()
                .find(|p| p.role == PartRole::Base)
                .map_or(t.norm, |p| p.norm);
            key.clear();
            if push_key(t.kind, t.stem, base, t.norm, &mut key) {
                f(&key, &t);
            }
        });
    };
    ANALYZER.with(|a| match a.try_borrow_mut() {
        Ok(mut a) => run(&mut a),
        // Only reachable if `f` analyses text itself; stay correct anyway.
        Err(_) => run(&mut Analyzer::new()),
    });
}

/// The search terms of a text, in order, with their original offsets.
pub fn term_keys(text: &str) -> Vec<TermKey> {
    let mut out = Vec::new();
    for_each_term_key(text, |key, t| {
        out.push(TermKey {
            key: key.to_string(),
            byte_start: t.byte_start,
            byte_end: t.byte_end,
            start: t.start,
            end: t.end,
        });
    });
    out
}

/// rasid's analysis plugged into tantivy: one token per word, text = [`token_key`], byte offsets into
/// the original (tantivy's contract), consecutive positions (punctuation does not break phrases).
#[derive(Debug, Clone, Default)]
pub struct RasidTokenizer;

/// Token stream of [`RasidTokenizer`]: analysis is done up front into one key buffer (no string
/// per token); streaming is just iteration.
#[derive(Debug)]
pub struct RasidTokenStream {
    keys: String,
    /// Per term: end of its key in `keys`, byte range in the original.
    spans: Vec<(usize, usize, usize)>,
    next: usize,
    token: Token,
}

impl Tokenizer for RasidTokenizer {
    type TokenStream<'a> = RasidTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        let mut keys = String::new();
        let mut spans = Vec::new();
        for_each_term_key(text, |key, t| {
            keys.push_str(key);
            spans.push((keys.len(), t.byte_start, t.byte_end));
        });
        RasidTokenStream {
            keys,
            spans,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for RasidTokenStream {
    fn advance(&mut self) -> bool {
        let Some(&(key_end, byte_start, byte_end)) = self.spans.get(self.next) else {
            return false;
        };
        let key_start = match self.next {
            0 => 0,
            i => self.spans[i - 1].0,
        };
        self.token.offset_from = byte_start;
        self.token.offset_to = byte_end;
        self.token.position = self.next;
        self.token.position_length = 1;
        self.token.text.clear();
        self.token.text.push_str(&self.keys[key_start..key_end]);
        self.next += 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(text: &str) -> Vec<Token> {
        let mut tok = RasidTokenizer;
        let mut s = tok.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push(s.token().clone());
        }
        out
    }

    #[test]
    fn offsets_point_at_the_original_words() {
        let text = "قالت الحُكومةُ، اليوم: إن «الاتفاق» تمّ.";
        let toks = stream(text);
        let words: Vec<&str> = toks
            .iter()
            .map(|t| &text[t.offset_from..t.offset_to])
            .collect();
        assert_eq!(words, ["قالت", "الحُكومةُ", "اليوم", "إن", "الاتفاق", "تمّ"]);
        // Positions are consecutive: punctuation does not break phrases.
        let pos: Vec<usize> = toks.iter().map(|t| t.position).collect();
        assert_eq!(pos, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn harakat_and_variants_do_not_change_keys() {
        let a = term_keys("الحُكُومَة");
        let b = term_keys("الحكومه");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].key, b[0].key);
        assert_eq!(term_keys("إيران")[0].key, term_keys("ايران")[0].key);
    }

    #[test]
    fn latin_keys_are_lowercased() {
        assert_eq!(term_keys("ISIS")[0].key, "isis");
    }

    #[test]
    fn punctuation_is_not_a_term() {
        assert!(term_keys("، . ! ؟ «»").is_empty());
    }

    /// The streamed keys (index, snippets) are those of the owned analysis (`token_key`).
    fn owned_keys(text: &str) -> Vec<(String, usize, usize)> {
        rasid_analysis::analyze(text)
            .tokens
            .iter()
            .filter_map(|t| token_key(t).map(|k| (k, t.byte_start, t.byte_end)))
            .collect()
    }

    fn streamed_keys(text: &str) -> Vec<(String, usize, usize)> {
        term_keys(text)
            .into_iter()
            .map(|t| (t.key, t.byte_start, t.byte_end))
            .collect()
    }

    #[test]
    fn streamed_keys_equal_owned_keys_on_real_articles() {
        for (name, text) in crate::example_articles() {
            assert_eq!(streamed_keys(&text), owned_keys(&text), "{name}");
        }
        let mixed = "قال ISIS وG20 في ٢٠١٥: «للفلسطينيين» حقّ، 3.5% من الـ NATO.";
        assert_eq!(streamed_keys(mixed), owned_keys(mixed));
    }

    proptest::proptest! {
        #[test]
        fn streamed_keys_equal_owned_keys(text in "\\PC{0,60}") {
            proptest::prop_assert_eq!(streamed_keys(&text), owned_keys(&text));
        }

        #[test]
        fn tokenizer_never_panics_and_offsets_are_valid(text in "\\PC{0,60}") {
            for t in stream(&text) {
                proptest::prop_assert!(text.is_char_boundary(t.offset_from));
                proptest::prop_assert!(text.is_char_boundary(t.offset_to));
                proptest::prop_assert!(t.offset_from < t.offset_to);
                proptest::prop_assert!(!t.text.is_empty());
            }
        }
    }
}

//! rasid's analysis as search terms, and as a tantivy [`Tokenizer`].
//!
//! The term key of a word is its light stem (clitics and article removed, folded): that is what
//! makes "الفلسطينيين" find "فلسطين" and "للفلسطينيين", and what makes harakat and alef/ya/ta-marbuta
//! variants irrelevant. Index and query use the very same function ([`term_keys`]), whatever the
//! engine. Offsets are kept so that highlighting marks the exact original characters.

use rasid_analysis::{analyze, TokenKind};
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
    match tok.kind {
        TokenKind::Word | TokenKind::Number => {}
        TokenKind::Punct | TokenKind::Symbol => return None,
    }
    let key = if !tok.stem.is_empty() {
        tok.stem.as_str()
    } else if !tok.base().is_empty() {
        tok.base()
    } else {
        tok.norm.as_str()
    };
    if key.is_empty() {
        return None;
    }
    // Latin names and acronyms appear in Arabic news too ("ISIS", "isis").
    Some(if key.chars().any(char::is_uppercase) {
        key.to_lowercase()
    } else {
        key.to_string()
    })
}

/// The search terms of a text, in order, with their original offsets.
pub fn term_keys(text: &str) -> Vec<TermKey> {
    analyze(text)
        .tokens
        .iter()
        .filter_map(|t| {
            token_key(t).map(|key| TermKey {
                key,
                byte_start: t.byte_start,
                byte_end: t.byte_end,
                start: t.start,
                end: t.end,
            })
        })
        .collect()
}

/// rasid's analysis plugged into tantivy: one token per word, text = [`token_key`], byte offsets into
/// the original (tantivy's contract), consecutive positions (punctuation does not break phrases).
#[derive(Debug, Clone, Default)]
pub struct RasidTokenizer;

/// Token stream of [`RasidTokenizer`] (analysis is done up front; streaming is just iteration).
#[derive(Debug)]
pub struct RasidTokenStream {
    terms: std::vec::IntoIter<TermKey>,
    position: usize,
    token: Token,
}

impl Tokenizer for RasidTokenizer {
    type TokenStream<'a> = RasidTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RasidTokenStream {
            terms: term_keys(text).into_iter(),
            position: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for RasidTokenStream {
    fn advance(&mut self) -> bool {
        let Some(t) = self.terms.next() else {
            return false;
        };
        self.token.offset_from = t.byte_start;
        self.token.offset_to = t.byte_end;
        self.token.position = self.position;
        self.token.position_length = 1;
        self.token.text = t.key;
        self.position += 1;
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

    proptest::proptest! {
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

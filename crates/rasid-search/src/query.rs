//! Query text → clauses of term keys, engine-independent.
//!
//! Syntax kept small on purpose (analysts type words): bare words are all required, `"…"`, `«…»`
//! or `“…”` delimit an exact phrase (same words in order, any inflection), and a leading `-`
//! excludes a word or phrase. Every word goes through [`crate::analyzer::term_keys`], the same
//! analysis as the index, so harakat and clitics in the query never matter.

use crate::analyzer::term_keys;

/// One required or excluded unit of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// One term key.
    Term(String),
    /// Consecutive term keys (two or more).
    Phrase(Vec<String>),
}

impl Clause {
    /// The term keys of the clause.
    pub fn keys(&self) -> &[String] {
        match self {
            Clause::Term(k) => std::slice::from_ref(k),
            Clause::Phrase(ks) => ks,
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub must: Vec<Clause>,
    pub must_not: Vec<Clause>,
}

impl ParsedQuery {
    /// True when the query has no positive clause (list by filters only).
    pub fn is_empty(&self) -> bool {
        self.must.is_empty()
    }

    /// Every positive term key (for highlighting).
    pub fn positive_keys(&self) -> impl Iterator<Item = &str> {
        self.must
            .iter()
            .flat_map(|c| c.keys().iter().map(String::as_str))
    }
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '«' => Some('»'),
        '“' => Some('”'),
        '„' => Some('“'),
        _ => None,
    }
}

/// Turns an analysed unit into a clause (a word that analyses to several terms becomes a phrase).
fn clause_of(text: &str) -> Option<Clause> {
    let mut keys: Vec<String> = term_keys(text).into_iter().map(|t| t.key).collect();
    match keys.len() {
        0 => None,
        1 => keys.pop().map(Clause::Term),
        _ => Some(Clause::Phrase(keys)),
    }
}

/// Parses query text. Never fails: unbalanced quotes run to the end of the text.
pub fn parse(text: &str) -> ParsedQuery {
    let mut q = ParsedQuery::default();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negate = false;
        let mut start = i;
        let mut first = c;
        if c == '-' {
            chars.next();
            match chars.peek() {
                Some(&(j, d)) if !d.is_whitespace() => {
                    negate = true;
                    start = j;
                    first = d;
                }
                _ => continue,
            }
        }
        let unit = if let Some(close) = closing_quote(first) {
            chars.next();
            let body_start = start + first.len_utf8();
            let mut body_end = text.len();
            for (j, d) in chars.by_ref() {
                if d == close {
                    body_end = j;
                    break;
                }
            }
            &text[body_start..body_end]
        } else {
            let mut end = text.len();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_whitespace() {
                    end = j;
                    break;
                }
                chars.next();
            }
            &text[start..end]
        };
        if let Some(clause) = clause_of(unit) {
            if negate {
                q.must_not.push(clause);
            } else if !q.must.contains(&clause) {
                q.must.push(clause);
            }
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(w: &str) -> String {
        term_keys(w).remove(0).key
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = parse(r#"الحكومة "وزير الخارجية" -إيران «مجلس الأمن»"#);
        assert_eq!(
            q.must,
            vec![
                Clause::Term(key("الحكومة")),
                Clause::Phrase(vec![key("وزير"), key("الخارجية")]),
                Clause::Phrase(vec![key("مجلس"), key("الأمن")]),
            ]
        );
        assert_eq!(q.must_not, vec![Clause::Term(key("إيران"))]);
    }

    #[test]
    fn negated_phrase_and_stray_dash() {
        let q = parse(r#"سوريا -"مجلس الأمن" - "#);
        assert_eq!(q.must, vec![Clause::Term(key("سوريا"))]);
        assert_eq!(
            q.must_not,
            vec![Clause::Phrase(vec![key("مجلس"), key("الأمن")])]
        );
    }

    #[test]
    fn unbalanced_quote_runs_to_the_end() {
        let q = parse(r#""وزير الخارجية"#);
        assert_eq!(
            q.must,
            vec![Clause::Phrase(vec![key("وزير"), key("الخارجية")])]
        );
    }

    #[test]
    fn punctuation_only_query_is_empty() {
        assert!(parse(" ، ؟ ").is_empty());
        assert!(parse("").is_empty());
    }

    #[test]
    fn regression_harakat_in_query_give_the_same_clauses() {
        assert_eq!(parse("الحُكُومَةُ السُّعُودِيَّةُ"), parse("الحكومة السعودية"));
    }

    #[test]
    fn single_word_phrase_is_a_term() {
        assert_eq!(parse(r#""الرياض""#).must, vec![Clause::Term(key("الرياض"))]);
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(text in "\\PC{0,40}") {
            let _ = parse(&text);
        }
    }
}

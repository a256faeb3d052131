//! Arabic analysis: char filters → tokenizer → token filters, sentences.
//!
//! CONTRACT (other crates depend on these names; keep them):
//! - [`analyze`] returns tokens and sentences whose `start`/`end` are char offsets and
//!   `byte_start`/`byte_end` byte offsets into the ORIGINAL text.
//! - [`fold`] is the lossy matching form used by lexicons, search and NER features: no harakat or
//!   tatweel, alef variants → ا, ى → ي, ة → ه, Arabic-Indic/Persian digits → ASCII, NFKC, no
//!   zero-width/bidi controls. `fold(token.text) == token.norm`.
//! - Each [`Token`] carries `parts` (clitic segmentation: proclitics, article, base, enclitics; each
//!   with its own span) and `stem` (light stem of the base, folded).
//!
//! (Stub implementation; the analysis work replaces internals without changing this API.)

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartRole {
    /// و ف ب ك ل س
    Proclitic,
    /// ال
    Article,
    Base,
    /// pronoun suffixes (ه ها هم هما هن ك كم نا ي ...)
    Enclitic,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubToken {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub role: PartRole,
    /// Folded form of this part.
    pub norm: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: TokenKind,
    /// Folded matching form of the whole token (see [`fold`]).
    pub norm: String,
    /// Clitic segmentation; a single `Base` part when nothing is split off.
    pub parts: Vec<SubToken>,
    /// Light stem of the base (folded), used for search and trigger matching.
    pub stem: String,
}

impl Token {
    /// The exact original text of the token.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.byte_start..self.byte_end]
    }
    /// Folded form of the base part (the token without clitics).
    pub fn base(&self) -> &str {
        self.parts
            .iter()
            .find(|p| p.role == PartRole::Base)
            .map(|p| p.norm.as_str())
            .unwrap_or(&self.norm)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// Index range into [`Analysis::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// A line without final punctuation standing alone (headline, subheading).
    pub headline: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// Lossy matching form of a string (see crate docs).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
    out
}

/// Fold one char; `None` drops it (harakat, tatweel, controls).
pub fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' => None,
        '\u{0640}' => None,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
        '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10),
        _ => Some(c),
    }
}

/// Analyse a text: tokens and sentences with offsets into the original.
pub fn analyze(text: &str) -> Analysis {
    let mut tokens = Vec::new();
    let mut ci = 0usize;
    let mut cur: Option<(usize, usize)> = None;
    let push = |tokens: &mut Vec<Token>, (cs, bs): (usize, usize), ce: usize, be: usize| {
        let t = &text[bs..be];
        let norm = fold(t);
        let kind = if t.chars().all(|c| c.is_numeric()) { TokenKind::Number } else { TokenKind::Word };
        tokens.push(Token {
            start: cs,
            end: ce,
            byte_start: bs,
            byte_end: be,
            kind,
            parts: vec![SubToken { start: cs, end: ce, byte_start: bs, byte_end: be, role: PartRole::Base, norm: norm.clone() }],
            stem: norm.clone(),
            norm,
        });
    };
    for (b, c) in text.char_indices() {
        if c.is_alphanumeric() || fold_char(c).is_none() {
            if cur.is_none() {
                cur = Some((ci, b));
            }
        } else {
            if let Some(s) = cur.take() {
                push(&mut tokens, s, ci, b);
            }
            if !c.is_whitespace() {
                let norm = c.to_string();
                tokens.push(Token {
                    start: ci,
                    end: ci + 1,
                    byte_start: b,
                    byte_end: b + c.len_utf8(),
                    kind: TokenKind::Punct,
                    parts: Vec::new(),
                    stem: norm.clone(),
                    norm,
                });
            }
        }
        ci += 1;
    }
    if let Some(s) = cur.take() {
        push(&mut tokens, s, ci, text.len());
    }
    let sentences = if tokens.is_empty() {
        Vec::new()
    } else {
        vec![Sentence { start: 0, end: ci, byte_start: 0, byte_end: text.len(), tokens: 0..tokens.len(), headline: false }]
    };
    Analysis { tokens, sentences }
}

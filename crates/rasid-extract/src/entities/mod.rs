//! Actors and entities: lexicon matches, NER spans, and title/name coreference.
//!
//! One pass over the lexicon matches of a document, in text order, builds one
//! [`EntityDraft`](crate::context::EntityDraft) per real-world entity and records every mention:
//! names (full, partial, misspelt), nisba adjectives and demonyms of countries, capitals standing
//! for governments, and title phrases (وزير الخارجية الروسي، نظيره الجزائري، الوزير) resolved to the
//! person they denote ([`coref`]). A pre-pass collects the persons named anywhere in the document
//! and the title–name appositions, so a title can be resolved even before the name appears.

mod coref;
mod fuzzy;

use crate::context::{Doc, Entities};
use crate::ExtractError;
use rasid_lexicon::Lexicon;
use std::path::PathBuf;

/// Lexicons (embedded plus `--lexicon` directories) and the NER model.
#[derive(Debug)]
pub struct Resources {
    pub lexicon: Lexicon,
    /// Finds person names the lexicon lacks; `None` runs on lexicons alone.
    pub ner: Option<rasid_ner::Model>,
}

impl Default for Resources {
    fn default() -> Self {
        Self {
            lexicon: Lexicon::embedded(),
            ner: rasid_ner::Model::embedded().ok(),
        }
    }
}

impl Resources {
    pub fn load(extra_dirs: &[PathBuf]) -> Result<Self, ExtractError> {
        let lexicon = Lexicon::with_dirs(extra_dirs).map_err(|e| ExtractError::Lexicon {
            path: extra_dirs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            source: Box::new(e),
        })?;
        // Entities still come from the lexicons when the model cannot be read (e.g. a model
        // file of another format version): degrade rather than refuse to extract.
        let ner = rasid_ner::Model::embedded().ok();
        Ok(Self { lexicon, ner })
    }

    /// Lexicons only (no NER): what the unit tests of the rules use.
    pub fn lexicon_only() -> Self {
        Self {
            lexicon: Lexicon::embedded(),
            ner: None,
        }
    }
}

/// Find the document's entities and all their mentions.
pub fn find(cx: &Doc<'_>, res: &Resources) -> Entities {
    use crate::timings::{time, Stage};
    let persons = time(Stage::Ner, || match &res.ner {
        Some(m) => m
            .tag_kinds(&cx.analysis, cx.text, |k| k == rasid_ner::NerKind::Per)
            .into_iter()
            .map(|s| coref::NerName {
                speaker: s.tokens.start.checked_sub(1).is_some_and(|p| {
                    crate::quotes::is_reporting_verb(cx.analysis.tokens[p].norm.as_str())
                }),
                framed: in_speaker_frame(&cx.analysis.tokens, s.tokens.clone()),
                tokens: s.tokens,
                score: s.score,
            })
            .collect(),
        None => Vec::new(),
    });
    time(Stage::Entities, || {
        coref::Builder::new(cx, &res.lexicon, persons).run()
    })
}

/// Whether tokens `span` stand where a quote's speaker does, between a reporting verb earlier
/// in the sentence and the complementiser or colon that opens the content, with only an
/// addressee (لـ«الشرق الأوسط»، للصحافيين), a time word or punctuation after it: «وأوضح المشرف
/// العام على المشروع عبدالمحسن بوحمد لـ"الوطن" أمس أن …». The model's less certain names
/// are trusted there, as right after the verb.
fn in_speaker_frame(toks: &[rasid_analysis::Token], span: std::ops::Range<usize>) -> bool {
    use rasid_analysis::TokenKind;
    const BACK: usize = 16;
    const AHEAD: usize = 8;
    let sentence_end = |t: &rasid_analysis::Token| {
        t.kind != TokenKind::Word && matches!(t.norm.as_str(), "." | "؟" | "?" | "!")
    };
    let mut quoted = false;
    let mut opens = false;
    for t in toks.iter().skip(span.end).take(AHEAD) {
        let n = t.norm.as_str();
        match t.kind {
            TokenKind::Word if quoted => {}
            TokenKind::Word if crate::quotes::is_complementiser_word(n) => {
                opens = true;
                break;
            }
            TokenKind::Word if n.starts_with('ل') || matches!(n, "امس" | "اليوم") => {}
            TokenKind::Word | TokenKind::Number => return false,
            _ if n == ":" => {
                opens = true;
                break;
            }
            _ if matches!(n, "«" | "“") => quoted = true,
            _ if matches!(n, "»" | "”") => quoted = false,
            _ if n == "\"" => quoted = !quoted,
            _ if sentence_end(t) => return false,
            _ => {}
        }
    }
    opens
        && toks[span.start.saturating_sub(BACK)..span.start]
            .iter()
            .rev()
            .take_while(|t| !sentence_end(t))
            .take_while(|t| !crate::quotes::is_complementiser_word(t.norm.as_str()))
            .any(|t| crate::quotes::is_reporting_verb(t.norm.as_str()))
}

#[cfg(test)]
mod tests;

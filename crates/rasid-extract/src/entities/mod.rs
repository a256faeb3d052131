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

/// Lexicons (embedded plus `--lexicon` directories) and, when available, the NER model.
#[derive(Debug)]
pub struct Resources {
    pub lexicon: Lexicon,
}

impl Default for Resources {
    fn default() -> Self {
        Self {
            lexicon: Lexicon::embedded(),
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
        Ok(Self { lexicon })
    }
}

/// Find the document's entities and all their mentions.
pub fn find(cx: &Doc<'_>, res: &Resources) -> Entities {
    coref::Builder::new(cx, &res.lexicon).run()
}

#[cfg(test)]
mod tests;

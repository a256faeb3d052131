//! Actors and entities: lexicon matches, NER spans, and title/name coreference.
//!
//! (Stub: the extraction work fills it.)

use crate::context::{Doc, Entities};
use crate::ExtractError;
use std::path::PathBuf;

/// Lexicons and the NER model, loaded once.
#[derive(Debug, Default)]
pub struct Resources {}

impl Resources {
    pub fn load(_extra_dirs: &[PathBuf]) -> Result<Self, ExtractError> {
        Ok(Self {})
    }
}

/// Find the document's entities and all their mentions.
pub fn find(_cx: &Doc<'_>, _res: &Resources) -> Entities {
    Entities::default()
}

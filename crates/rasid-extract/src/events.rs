//! Coded events (CAMEO and PLOVER).
//!
//! (Stub: the extraction work fills it.)

use crate::context::{DateFound, Doc, Entities, EventFound, QuoteFound};
use crate::ExtractError;
use std::path::PathBuf;

/// Event triggers and code tables, loaded once.
#[derive(Debug, Default)]
pub struct Codebook {}

impl Codebook {
    pub fn load(_extra_dirs: &[PathBuf]) -> Result<Self, ExtractError> {
        Ok(Self {})
    }
}

pub fn find(
    _cx: &Doc<'_>,
    _ents: &Entities,
    _dates: &[DateFound],
    _quotes: &[QuoteFound],
    _book: &Codebook,
) -> Vec<EventFound> {
    Vec::new()
}

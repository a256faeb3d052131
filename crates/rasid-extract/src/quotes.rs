//! Direct and reported quotes with resolved speakers.
//!
//! (Stub: the extraction work fills it.)

use crate::context::{Doc, Entities, QuoteFound};

pub fn find(_cx: &Doc<'_>, _ents: &Entities) -> Vec<QuoteFound> {
    Vec::new()
}

//! Date expressions, normalised and resolved against `published`.
//!
//! (Stub: the extraction work fills it.)

use crate::context::{DateFound, Doc};

pub fn find(_cx: &Doc<'_>) -> Vec<DateFound> {
    Vec::new()
}

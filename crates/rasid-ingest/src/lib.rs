//! Readers: turn files of the formats users have into [`rasid_core::Document`]s.
//!
//! (Stub: the foundation work fills it.)

use rasid_core::Document;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Read every document in a file (plain text for now).
pub fn read_path(path: &Path) -> Vec<Result<Document, IngestError>> {
    match std::fs::read_to_string(path) {
        Ok(text) => vec![Ok(Document {
            id: Document::content_id(&text),
            path: Some(path.display().to_string()),
            text,
            ..Default::default()
        })],
        Err(source) => vec![Err(IngestError::Io { path: path.display().to_string(), source })],
    }
}

//! Plain text: the text is kept exactly as decoded; headline, dateline and credited source are
//! read from it.

use super::{decode_at, Reader};
use crate::{meta, DocStream, Format, IngestError, Input};
use rasid_core::Document;

#[derive(Debug)]
pub struct TextReader;

impl Reader for TextReader {
    fn format(&self) -> Format {
        Format::Text
    }
    fn read(&self, input: Input) -> DocStream {
        let name = input.name.clone();
        let declared = input.declared_charset.clone();
        let doc = input.read_all().and_then(|bytes| {
            let text = decode_at(&name, &bytes, declared.as_deref())?;
            document_from_text(&name, text)
        });
        DocStream::once(Format::Text, doc)
    }
}

/// Build a document from decoded plain text (also used by JSON Lines records without metadata).
pub(crate) fn document_from_text(name: &str, text: String) -> Result<Document, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            at: name.to_string(),
        });
    }
    Ok(Document {
        id: Document::content_id(&text),
        path: Some(name.to_string()),
        title: meta::headline(&text),
        published: meta::dateline(&text),
        source: meta::source_line(&text),
        url: None,
        text,
        text_is_derived: false,
    })
}

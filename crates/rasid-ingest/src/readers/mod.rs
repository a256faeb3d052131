//! One reader per input format, behind the [`Reader`] trait, picked by [`reader_for`].
//!
//! Adding a format = one file here + a [`crate::Format`] variant + detection rules.

pub mod html;
pub mod jsonl;
pub mod text;
pub mod warc;

use crate::decode::DecodeError;
use crate::{DocStream, Format, IngestError, Input};

/// Turns one opened input into a stream of documents.
pub trait Reader: Sync {
    fn format(&self) -> Format;
    fn read(&self, input: Input) -> DocStream;
}

/// The reader of a format.
pub fn reader_for(format: Format) -> &'static dyn Reader {
    match format {
        Format::Text => &text::TextReader,
        Format::Html => &html::HtmlReader,
        Format::Jsonl => &jsonl::JsonlReader,
        Format::Warc => &warc::WarcReader,
    }
}

/// Decode bytes, putting the location into the error.
pub(crate) fn decode_at(
    at: &str,
    bytes: &[u8],
    declared: Option<&str>,
) -> Result<String, IngestError> {
    crate::decode::decode(bytes, declared).map_err(|e| match e {
        DecodeError::Empty => IngestError::Empty { at: at.to_string() },
        DecodeError::Binary(reason) => IngestError::Binary {
            at: at.to_string(),
            reason,
        },
        DecodeError::Encoding(reason) => IngestError::Encoding {
            at: at.to_string(),
            reason,
        },
    })
}

//! Readers: turn files of the formats users have into [`rasid_core::Document`]s.
//!
//! Formats: plain text, HTML (main-content extraction), JSON Lines, WARC; any of them may be
//! gzip-compressed. The format is chosen from strong content signatures first (gzip magic,
//! `WARC/1.x`, `<!doctype html`, a leading `{`), then the file extension, then weak content hints.
//!
//! Everything streams: [`read_path`] returns a [`DocStream`] that yields one document at a time,
//! so a 100 MB JSON Lines or WARC file never sits in memory as a whole. A bad record is an `Err`
//! item naming the file and line/record; the stream goes on with the next one.
//!
//! Decisions worth knowing:
//! - Plain text is kept byte-for-byte (after decoding) because every public offset points into it;
//!   title, dateline and source are read from it, never cut out of it.
//! - WARC-Date is the crawl date, not the article's: it is deliberately not used as `published`
//!   (nor recorded: `Document` has no field for it).

mod dates;
mod decode;
mod detect;
mod meta;
pub mod readers;

use rasid_core::Document;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub use detect::Format;

/// Largest single document (text or HTML file, WARC payload) rasid reads; bigger ones are errors,
/// because a "document" that large is almost always a wrong format guess or a dump.
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Why an input (or one record of it) could not be read. `at` names the file, plus
/// `:line` for JSON Lines or `#record N` for WARC, so a message points at the exact place.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{at}: {source}")]
    Io { at: String, source: std::io::Error },
    #[error("{at}: empty input")]
    Empty { at: String },
    #[error("{at}: binary data, not text ({reason})")]
    Binary { at: String, reason: String },
    #[error("{at}: {reason}")]
    Encoding { at: String, reason: String },
    #[error("{at}: corrupt or truncated gzip data ({source})")]
    Gzip { at: String, source: std::io::Error },
    #[error("{at}: invalid JSON: {reason}")]
    Json { at: String, reason: String },
    #[error("{at}: {reason}")]
    Record { at: String, reason: String },
    #[error("{at}: larger than {limit} bytes; not read as one document")]
    TooLarge { at: String, limit: u64 },
}

impl IngestError {
    /// Where the error happened (`file`, `file:17`, `file#record 3`).
    pub fn location(&self) -> &str {
        match self {
            IngestError::Io { at, .. }
            | IngestError::Empty { at }
            | IngestError::Binary { at, .. }
            | IngestError::Encoding { at, .. }
            | IngestError::Gzip { at, .. }
            | IngestError::Json { at, .. }
            | IngestError::Record { at, .. }
            | IngestError::TooLarge { at, .. } => at,
        }
    }

    /// Map a read error: gzip decoders report corruption and truncation as I/O errors.
    pub(crate) fn read(at: &str, gzip: bool, e: std::io::Error) -> Self {
        let gz_kind = matches!(
            e.kind(),
            std::io::ErrorKind::UnexpectedEof
                | std::io::ErrorKind::InvalidInput
                | std::io::ErrorKind::InvalidData
        );
        if gzip && gz_kind {
            IngestError::Gzip {
                at: at.to_string(),
                source: e,
            }
        } else {
            IngestError::Io {
                at: at.to_string(),
                source: e,
            }
        }
    }
}

/// A stream of documents from one input; `Err` items are per-record and do not end the stream.
pub struct DocStream {
    format: Format,
    inner: Box<dyn Iterator<Item = Result<Document, IngestError>> + Send>,
}

impl std::fmt::Debug for DocStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocStream")
            .field("format", &self.format)
            .finish_non_exhaustive()
    }
}

impl DocStream {
    pub(crate) fn new(
        format: Format,
        inner: impl Iterator<Item = Result<Document, IngestError>> + Send + 'static,
    ) -> Self {
        Self {
            format,
            inner: Box::new(inner),
        }
    }

    pub(crate) fn once(format: Format, item: Result<Document, IngestError>) -> Self {
        Self::new(format, std::iter::once(item))
    }

    /// The format the input was read as.
    pub fn format(&self) -> Format {
        self.format
    }
}

impl Iterator for DocStream {
    type Item = Result<Document, IngestError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }
}

/// How to read an input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force a format instead of detecting it.
    pub format: Option<Format>,
}

/// An opened input handed to a reader: decompressed, buffered, with its display name.
pub struct Input {
    /// The name used in paths and error messages (the path as given, or `-` for stdin).
    pub name: String,
    /// Decompressed content.
    pub reader: Box<dyn BufRead + Send>,
    /// Whether the content came through a gzip decoder (errors then mean corrupt gzip).
    pub gzip: bool,
    /// Charset declared by a container (HTTP `Content-Type` of a WARC record).
    pub declared_charset: Option<String>,
}

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Input")
            .field("name", &self.name)
            .field("gzip", &self.gzip)
            .finish_non_exhaustive()
    }
}

impl Input {
    /// Read the whole (decompressed) input for a single-document format, within
    /// [`MAX_DOCUMENT_BYTES`].
    pub(crate) fn read_all(mut self) -> Result<Vec<u8>, IngestError> {
        let mut buf = Vec::new();
        (&mut self.reader)
            .take(MAX_DOCUMENT_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| IngestError::read(&self.name, self.gzip, e))?;
        if buf.len() as u64 > MAX_DOCUMENT_BYTES {
            return Err(IngestError::TooLarge {
                at: self.name,
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        Ok(buf)
    }
}

/// Read every document of a file, detecting compression and format.
///
/// `Err` here means the file could not be opened or recognised at all; errors of single
/// records come out of the stream.
pub fn read_path(path: &Path) -> Result<DocStream, IngestError> {
    read_path_with(path, &ReadOptions::default())
}

/// [`read_path`] with options; `-` reads standard input.
pub fn read_path_with(path: &Path, opts: &ReadOptions) -> Result<DocStream, IngestError> {
    let name = path.display().to_string();
    if name == "-" {
        return read_reader("-", std::io::stdin(), opts);
    }
    if path.is_dir() {
        return Err(IngestError::Record {
            at: name,
            reason: "is a directory".into(),
        });
    }
    let file = std::fs::File::open(path).map_err(|source| IngestError::Io {
        at: name.clone(),
        source,
    })?;
    read_reader(&name, file, opts)
}

/// Read documents from any byte stream (stdin, a socket, a test buffer); `name` is used in
/// paths and messages and its extension helps format detection.
pub fn read_reader(
    name: &str,
    reader: impl Read + Send + 'static,
    opts: &ReadOptions,
) -> Result<DocStream, IngestError> {
    let mut input = detect::open(name, Box::new(BufReader::with_capacity(256 * 1024, reader)))?;
    let format = match opts.format {
        Some(f) => f,
        None => detect::detect(name, &mut input)?,
    };
    Ok(readers::reader_for(format).read(input))
}

/// Read documents from bytes in memory (tests, embedding); see [`read_reader`].
pub fn read_bytes(name: &str, bytes: impl Into<Vec<u8>>) -> Result<DocStream, IngestError> {
    read_reader(
        name,
        std::io::Cursor::new(bytes.into()),
        &ReadOptions::default(),
    )
}

/// Build a document's `id` from an optional user id and the text.
pub(crate) fn id_or_hash(id: Option<String>, text: &str) -> String {
    match id {
        Some(id) if !id.trim().is_empty() => id.trim().to_string(),
        _ => Document::content_id(text),
    }
}

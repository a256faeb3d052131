//! Compression and format detection.
//!
//! Content beats names when the content is unambiguous (a `.txt` that starts with
//! `<!doctype html>` is HTML), names beat weak content hints, and plain text is the fallback.

use crate::{IngestError, Input};
use std::io::{BufRead, BufReader};

/// An input format rasid reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Html,
    Jsonl,
    Warc,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Warc => "warc",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(Format::Text),
            "html" | "htm" => Ok(Format::Html),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "warc" => Ok(Format::Warc),
            other => Err(format!(
                "unknown input format `{other}` (text, html, jsonl, warc)"
            )),
        }
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Open a raw stream: decompress gzip (detected by magic, not by name) and refuse empty input.
pub(crate) fn open(name: &str, mut raw: Box<dyn BufRead + Send>) -> Result<Input, IngestError> {
    let head = raw.fill_buf().map_err(|source| IngestError::Io {
        at: name.to_string(),
        source,
    })?;
    if head.is_empty() {
        return Err(IngestError::Empty {
            at: name.to_string(),
        });
    }
    let gzip = head.starts_with(&GZIP_MAGIC);
    let mut reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::bufread::MultiGzDecoder::new(raw),
        ))
    } else {
        raw
    };
    let head = reader
        .fill_buf()
        .map_err(|e| IngestError::read(name, gzip, e))?;
    if head.is_empty() {
        return Err(IngestError::Empty {
            at: name.to_string(),
        });
    }
    Ok(Input {
        name: name.to_string(),
        reader,
        gzip,
        declared_charset: None,
    })
}

/// Choose the format of an opened input from its first bytes and its name.
pub(crate) fn detect(name: &str, input: &mut Input) -> Result<Format, IngestError> {
    // `fill_buf` on an already-filled BufReader returns the buffered bytes without reading.
    let gzip = input.gzip;
    let head = input
        .reader
        .fill_buf()
        .map_err(|e| IngestError::read(name, gzip, e))?;
    if let Some(f) = sniff_strong(head) {
        return Ok(f);
    }
    if let Some(f) = by_extension(name) {
        return Ok(f);
    }
    Ok(sniff_weak(head).unwrap_or(Format::Text))
}

/// Format by file name, ignoring a trailing `.gz`.
pub(crate) fn by_extension(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_suffix(".gz").unwrap_or(&lower);
    let ext = base.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "warc" | "arc" => Some(Format::Warc),
        _ => None,
    }
}

/// The head with a UTF-8 BOM and leading ASCII whitespace removed; UTF-16 heads are
/// transcoded so that `<html` is found in them too.
fn normalised_head(head: &[u8]) -> Vec<u8> {
    let bytes: Vec<u8> = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let (s, _) = enc.decode_without_bom_handling(&head[bom..]);
            s.into_owned().into_bytes()
        }
        Some((_, bom)) => head[bom..].to_vec(),
        None => head.to_vec(),
    };
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    bytes[start..bytes.len().min(start + 2048)].to_ascii_lowercase()
}

/// Signatures that no plain article starts with.
pub(crate) fn sniff_strong(head: &[u8]) -> Option<Format> {
    let h = normalised_head(head);
    if h.starts_with(b"warc/") {
        return Some(Format::Warc);
    }
    if h.starts_with(b"<!doctype html") || h.starts_with(b"<html") {
        return Some(Format::Html);
    }
    if (h.starts_with(b"<?xml") || h.starts_with(b"<!--"))
        && memchr::memmem::find(&h, b"<html").is_some()
    {
        return Some(Format::Html);
    }
    if h.starts_with(b"{") {
        return Some(Format::Jsonl);
    }
    None
}

/// Hints for nameless or oddly named inputs.
fn sniff_weak(head: &[u8]) -> Option<Format> {
    let h = normalised_head(head);
    let tags: [&[u8]; 5] = [b"<body", b"<head", b"<p>", b"<div", b"<title"];
    if h.starts_with(b"<") && tags.iter().any(|t| memchr::memmem::find(&h, t).is_some()) {
        return Some(Format::Html);
    }
    None
}

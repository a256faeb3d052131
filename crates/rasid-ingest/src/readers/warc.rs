//! WARC (web archives), gzip or not, via the `warc` crate: `response` and `resource` records
//! with HTML (or plain text) payloads become documents; every other record is skipped silently.
//!
//! HTTP headers are stripped (chunked transfer and gzip/deflate content encodings undone), the
//! charset comes from the HTTP `Content-Type` (then `<meta charset>`, then detection), `url` from
//! `WARC-Target-URI`. `WARC-Date` is when the page was crawled, not written, so it is never
//! used as `published`: the page's own metadata or dateline is.

use super::Reader;
use crate::{DocStream, Format, IngestError, Input, MAX_DOCUMENT_BYTES};
use rasid_core::Document;
use std::io::{BufRead, Read};
use warc::{RecordType, WarcHeader};

#[derive(Debug)]
pub struct WarcReader;

impl Reader for WarcReader {
    fn format(&self) -> Format {
        Format::Warc
    }
    fn read(&self, input: Input) -> DocStream {
        let records = warc::WarcReader::new(input.reader).iter_records();
        DocStream::new(
            Format::Warc,
            WarcIter {
                name: input.name,
                gzip: input.gzip,
                records,
                n: 0,
                done: false,
            },
        )
    }
}

struct WarcIter {
    name: String,
    gzip: bool,
    records: warc::RecordIter<Box<dyn BufRead + Send>>,
    n: usize,
    done: bool,
}

impl Iterator for WarcIter {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.n += 1;
            let at = format!("{}#record {}", self.name, self.n);
            let rec = match self.records.next()? {
                Ok(r) => r,
                Err(e) => {
                    // The parser cannot resynchronise after a bad record: stop here.
                    self.done = true;
                    return Some(Err(match e {
                        warc::Error::ReadData(io) => IngestError::read(&at, self.gzip, io),
                        warc::Error::UnexpectedEOB => IngestError::Record {
                            at,
                            reason: "truncated WARC record (unexpected end of body)".into(),
                        },
                        other => IngestError::Record {
                            at,
                            reason: format!("invalid WARC record: {other}"),
                        },
                    }));
                }
            };
            let kind = rec.warc_type().clone();
            if !matches!(kind, RecordType::Response | RecordType::Resource) {
                continue;
            }
            let url = rec
                .header(WarcHeader::TargetURI)
                .map(|u| u.trim().to_string())
                .filter(|u| !u.is_empty());
            let id = rec
                .warc_id()
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string();
            let warc_ct = rec
                .header(WarcHeader::ContentType)
                .map(|c| c.to_ascii_lowercase())
                .unwrap_or_default();
            let payload = if kind == RecordType::Response && warc_ct.contains("application/http") {
                match http_payload(rec.body()) {
                    Ok(Some(p)) => p,
                    Ok(None) => continue, // not a 2xx answer: redirects and errors hold no article
                    Err(reason) => return Some(Err(IngestError::Record { at, reason })),
                }
            } else {
                Payload {
                    content_type: warc_ct.clone(),
                    body: rec.body().to_vec(),
                }
            };
            let ct = payload.content_type.to_ascii_lowercase();
            let html = ct.contains("html")
                || (ct.is_empty()
                    && crate::detect::sniff_strong(&payload.body) == Some(Format::Html));
            let text = ct.starts_with("text/plain");
            if !html && !text {
                continue;
            }
            if payload.body.len() as u64 > MAX_DOCUMENT_BYTES {
                return Some(Err(IngestError::TooLarge {
                    at,
                    limit: MAX_DOCUMENT_BYTES,
                }));
            }
            let charset = charset_of(&ct);
            let path = format!("{}#{}", self.name, id);
            let doc = if html {
                super::html::document_from_bytes(&at, &path, &payload.body, charset.as_deref())
            } else {
                super::decode_at(&at, &payload.body, charset.as_deref())
                    .and_then(|t| super::text::document_from_text(&path, t))
            };
            return Some(doc.map(|mut d| {
                if !id.is_empty() {
                    d.id = id;
                }
                if url.is_some() {
                    d.url = url;
                }
                d
            }));
        }
        None
    }
}

struct Payload {
    content_type: String,
    body: Vec<u8>,
}

/// Split an HTTP response into its `Content-Type` and decoded body; `None` for non-2xx.
fn http_payload(raw: &[u8]) -> Result<Option<Payload>, String> {
    let (head_end, body_start) = match memchr::memmem::find(raw, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match memchr::memmem::find(raw, b"\n\n") {
            Some(i) => (i, i + 2),
            None => return Err("HTTP response without a header/body separator".into()),
        },
    };
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            match k.as_str() {
                "content-type" => content_type = v.to_string(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => encoding = v.to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    let mut body = raw[body_start..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("malformed chunked HTTP body")?;
    }
    if encoding.contains("gzip") || encoding.contains("deflate") {
        let mut out = Vec::new();
        let res = if encoding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&body[..])
                .take(MAX_DOCUMENT_BYTES + 1)
                .read_to_end(&mut out)
        } else {
            flate2::read::ZlibDecoder::new(&body[..])
                .take(MAX_DOCUMENT_BYTES + 1)
                .read_to_end(&mut out)
        };
        res.map_err(|e| format!("HTTP body with bad {encoding} content encoding: {e}"))?;
        body = out;
    }
    Ok(Some(Payload { content_type, body }))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = memchr::memchr(b'\n', b)?;
        let size_line = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

/// `text/html; charset=windows-1256` → `windows-1256`.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_and_charset() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
        assert_eq!(
            charset_of("text/html; charset=\"Windows-1256\"").as_deref(),
            Some("Windows-1256")
        );
        let p = http_payload(b"HTTP/1.1 301 Moved\r\nLocation: x\r\n\r\n").unwrap();
        assert!(p.is_none());
    }
}

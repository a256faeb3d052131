//! JSON Lines: one article per line with `id`, `title`, `text`, `published`, `source`, `url`
//! (unknown fields such as `author` are ignored; `html` is accepted instead of `text`).
//!
//! Streams line by line; a bad line is one `Err` naming `file:line` and the next line is read.

use super::Reader;
use crate::{dates, meta, DocStream, Format, IngestError, Input};
use rasid_core::Document;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Debug)]
pub struct JsonlReader;

impl Reader for JsonlReader {
    fn format(&self) -> Format {
        Format::Jsonl
    }
    fn read(&self, input: Input) -> DocStream {
        DocStream::new(
            Format::Jsonl,
            JsonlIter {
                name: input.name,
                reader: input.reader,
                gzip: input.gzip,
                line: 0,
                done: false,
            },
        )
    }
}

struct JsonlIter {
    name: String,
    reader: Box<dyn BufRead + Send>,
    gzip: bool,
    line: usize,
    done: bool,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    published: Option<serde_json::Value>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

impl Iterator for JsonlIter {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    // After a read error (truncated gzip) the stream position is unknown: stop.
                    self.done = true;
                    return Some(Err(IngestError::read(
                        &format!("{}:{}", self.name, self.line),
                        self.gzip,
                        e,
                    )));
                }
            }
            let mut bytes: &[u8] = &buf;
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            while let [rest @ .., b'\n' | b'\r'] = bytes {
                bytes = rest;
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse(bytes));
        }
        None
    }
}

/// Puts the headline, as written in the record, above the body with a blank line between them,
/// unless the body already opens with it. Headlines carry an article's main event
/// ("30 قتيلا بتفجير انتحاري لـ«داعش»"), so extraction must see them, as it does in plain-text and
/// HTML articles. Offsets then point into a text that is not the record's `text` field, so it is
/// marked derived and printed with the record.
fn with_headline(title: &str, body: String, derived: bool) -> (String, bool) {
    let opening = body.trim_start();
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    let first_line = opening.lines().next().unwrap_or("");
    if same(first_line, title.trim()) {
        return (body, derived);
    }
    (format!("{title}\n\n{body}"), true)
}

/// A headline with its HTML entities decoded (`&quot;`, `&#8220;`), by the HTML parser the
/// HTML reader uses; a headline without `&` is returned as it is.
fn decode_entities(s: String) -> String {
    if !s.contains('&') {
        return s;
    }
    scraper::Html::parse_fragment(&s)
        .root_element()
        .text()
        .collect()
}

impl JsonlIter {
    fn parse(&self, bytes: &[u8]) -> Result<Document, IngestError> {
        let at = format!("{}:{}", self.name, self.line);
        // SIMD validation first (Arabic text defeats the standard validator's ASCII fast path);
        // the standard one only to say where a bad line goes wrong.
        let line = match simdutf8::basic::from_utf8(bytes) {
            Ok(line) => line,
            Err(_) => std::str::from_utf8(bytes).map_err(|e| IngestError::Encoding {
                at: at.clone(),
                reason: format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
            })?,
        };
        let rec: Line = serde_json::from_str(line).map_err(|e| {
            let mut msg = e.to_string();
            if let Some(i) = msg.rfind(" at line ") {
                msg.truncate(i);
            }
            IngestError::Json {
                at: at.clone(),
                reason: format!("{msg} at column {}", e.column()),
            }
        })?;
        let path = format!("{}#{}", self.name, self.line);
        let (text, derived, page) = match (rec.text, rec.html) {
            (Some(t), _) if !t.trim().is_empty() => (t, false, None),
            (_, Some(h)) if !h.trim().is_empty() => {
                let page = super::html::extract(&h);
                (page.text.clone(), true, Some(page))
            }
            (Some(_), _) => {
                return Err(IngestError::Record {
                    at,
                    reason: "empty `text`".into(),
                })
            }
            (None, _) => {
                return Err(IngestError::Record {
                    at,
                    reason: "no `text` field".into(),
                })
            }
        };
        if text.trim().is_empty() {
            return Err(IngestError::Record {
                at,
                reason: "no article text in `html`".into(),
            });
        }
        let id = rec.id.and_then(|v| match v {
            serde_json::Value::String(s) => Some(s),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
        let published = rec
            .published
            .and_then(|v| match v {
                serde_json::Value::String(s) => dates::normalise_date_value(&s),
                serde_json::Value::Number(n) => dates::normalise_date_value(&n.to_string()),
                _ => None,
            })
            .or_else(|| page.as_ref().and_then(|p| p.published.clone()))
            .or_else(|| meta::dateline(&text));
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        // Scraped headlines keep HTML entities (SaudiNewsNet: «&quot;غرفة مكة&quot;»).
        let rec_title = rec.title.map(decode_entities);
        let (text, derived) = match &rec_title {
            Some(t) if page.is_none() && !t.trim().is_empty() => with_headline(t, text, derived),
            _ => (text, derived),
        };
        let title = clean(rec_title);
        Ok(Document {
            id: crate::id_or_hash(id, &text),
            path: Some(path),
            title: title.or_else(|| page.as_ref().and_then(|p| p.title.clone())),
            published,
            source: clean(rec.source)
                .or_else(|| page.as_ref().and_then(|p| p.source.clone()))
                .or_else(|| meta::source_line(&text)),
            url: clean(rec.url).or_else(|| page.as_ref().and_then(|p| p.url.clone())),
            text,
            text_is_derived: derived,
        })
    }
}

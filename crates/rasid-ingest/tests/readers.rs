//! Readers on real articles: the two shared examples, SaudiNewsNet lines, HTML pages and WARC
//! archives wrapping them, legacy encodings and broken inputs.

use rasid_core::Document;
use rasid_ingest::{read_bytes, read_path, Format, IngestError};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// `shared/examples/` sits beside the repository (CI) or at `/work/shared` (development).
fn example(name: &str) -> PathBuf {
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
    loop {
        let p = dir.join("shared/examples").join(name);
        if p.exists() {
            return p;
        }
        assert!(
            dir.pop(),
            "shared/examples/{name} not found above the crate"
        );
    }
}

fn one(path: &Path) -> Document {
    let mut s = read_path(path).unwrap_or_else(|e| panic!("{e}"));
    let d = s
        .next()
        .expect("one document")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(s.next().is_none());
    d
}

fn all(path: &Path) -> Vec<Result<Document, IngestError>> {
    read_path(path).unwrap_or_else(|e| panic!("{e}")).collect()
}

#[test]
fn text_2016_headline_dateline_and_exact_text() {
    let p = example("2016-lavrov-algiers-visit.txt");
    let d = one(&p);
    assert_eq!(
        d.title.as_deref(),
        Some("موسكو تبحث عن دعم موقفها تجاه سورية في الجزائر")
    );
    assert_eq!(d.published.as_deref(), Some("2016-02-29"));
    assert_eq!(d.source, None);
    assert_eq!(
        d.text,
        std::fs::read_to_string(&p).unwrap(),
        "plain text is kept as is"
    );
    assert!(!d.text_is_derived);
    assert_eq!(d.path.as_deref(), Some(p.to_str().unwrap()));
    assert_eq!(d.id, Document::content_id(&d.text));
}

#[test]
fn text_2020_credited_source_and_no_invented_parts() {
    let d = one(&example("2020-lavrov-boukadoum-moscow.txt"));
    assert_eq!(d.source.as_deref(), Some("نوفوستي"));
    assert_eq!(
        d.published, None,
        "the body's 19 January 2020 is an event date, not a dateline"
    );
    assert_eq!(
        d.title, None,
        "the first line is a lead paragraph, not a headline"
    );
}

#[test]
fn windows_1256_text_reads_like_the_utf8_original() {
    let d = one(&fixture("lavrov-2016.cp1256.txt"));
    let orig = std::fs::read_to_string(example("2016-lavrov-algiers-visit.txt")).unwrap();
    assert_eq!(d.text, orig);
    assert_eq!(d.published.as_deref(), Some("2016-02-29"));
}

#[test]
fn html_2016_main_content_without_furniture() {
    let d = one(&fixture("lavrov-2016.html"));
    assert_eq!(
        d.title.as_deref(),
        Some("موسكو تبحث عن دعم موقفها تجاه سورية في الجزائر")
    );
    assert_eq!(d.published.as_deref(), Some("2016-02-29"));
    assert_eq!(d.source.as_deref(), Some("العربي الجديد"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://www.alaraby.co.uk/politics/2016/2/29/moscow-algiers")
    );
    assert!(d.text_is_derived);
    let t = &d.text;
    assert!(
        t.starts_with("موسكو تبحث عن دعم موقفها تجاه سورية في الجزائر\n"),
        "{t}"
    );
    assert!(t.contains("اعتبر وزير الخارجية الروسي، سيرغي لافروف، أن \"أي نجاح في الحرب على الإرهاب"));
    assert!(t.contains("في يوليو/تموز 2015."));
    for furniture in [
        "+ الخط -",
        "الخط",
        "اقرأ أيضاً",
        "(Getty)",
        "سياسة",
        "فيسبوك",
        "جميع الحقوق",
        "الأكثر قراءة",
        "مباراة حاسمة",
        "وسوم",
        "الرئيسية",
        "var ads",
    ] {
        assert!(
            !t.contains(furniture),
            "furniture {furniture:?} left in:\n{t}"
        );
    }
    assert_eq!(
        t.matches("موسكو تبحث عن دعم موقفها").count(),
        1,
        "headline once"
    );
}

#[test]
fn html_2020_windows_1256_meta_charset_and_credited_agency() {
    let d = one(&fixture("lavrov-2020.cp1256.html"));
    assert_eq!(
        d.title.as_deref(),
        Some("لافروف وبوقادوم يبحثان في موسكو التعاون والأزمة الليبية")
    );
    assert_eq!(
        d.source.as_deref(),
        Some("نوفوستي"),
        "the agency the article credits wins over og:site_name"
    );
    assert_eq!(d.published, None);
    let t = &d.text;
    assert!(
        t.contains("\nتعليق لافروف على الوضع في ليبيا وسوريا\n"),
        "subheadings are their own lines"
    );
    assert!(t.contains("وانعقد مؤتمر برلين حول ليبيا في 19 كانون الثاني/ يناير 2020."));
    for furniture in [
        "الصورة:",
        "Facebook",
        "العالم العربي",
        "جميع الحقوق",
        "مجموعة الرؤية",
    ] {
        assert!(
            !t.contains(furniture),
            "furniture {furniture:?} left in:\n{t}"
        );
    }
}

#[test]
fn html_snapshot_2016() {
    let d = one(&fixture("lavrov-2016.html"));
    insta::assert_snapshot!("html_2016_text", d.text);
}

#[test]
fn jsonl_gzip_streams_in_order_with_line_paths() {
    let p = fixture("snn-sample.jsonl.gz");
    let docs: Vec<Document> = all(&p).into_iter().map(Result::unwrap).collect();
    assert_eq!(docs.len(), 5);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "snn-9d15b1a7faf3cd6f",
            "snn-174681a398dfdb3c",
            "snn-b25c44d02a930d09",
            "snn-a934eb6b50b9363f",
            "snn-ff346c70a57105b7"
        ]
    );
    let d = &docs[0];
    assert_eq!(
        d.path.as_deref(),
        Some(format!("{}#1", p.display()).as_str())
    );
    assert_eq!(
        d.title.as_deref(),
        Some("بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات")
    );
    assert_eq!(d.published.as_deref(), Some("2015-07-21"));
    assert_eq!(d.source.as_deref(), Some("aawsat"));
    assert!(d
        .url
        .as_deref()
        .unwrap()
        .starts_with("http://aawsat.com/home/article/410826/"));
    assert!(d.text.starts_with(
        "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات\n\nحدد رئيس الوزراء البريطاني ديفيد كاميرون"
    ));
    assert!(
        d.text_is_derived,
        "the record's `text` alone is not what offsets count in"
    );
}

/// SaudiNewsNet keeps the headline in `title`, apart from `text`: extraction never saw headlines
/// such as "30 قتيلا بتفجير انتحاري لـ«داعش»", the main event of their articles.
#[test]
fn jsonl_headline_outside_text_is_extracted_too() {
    let line = |title: &str, text: &str| {
        serde_json::json!({"id": "x", "title": title, "text": text}).to_string() + "\n"
    };
    let read = |s: String| read_bytes("t.jsonl", s).unwrap().next().unwrap().unwrap();
    let d = read(line(" عنوان الخبر ", "نص الخبر."));
    assert_eq!(d.text, " عنوان الخبر \n\nنص الخبر.");
    assert_eq!(d.title.as_deref(), Some("عنوان الخبر"));
    assert!(d.text_is_derived);
    // A body that already opens with its headline is kept as it is.
    let d = read(line("عنوان الخبر", "عنوان  الخبر\nنص الخبر."));
    assert_eq!(d.text, "عنوان  الخبر\nنص الخبر.");
    assert!(!d.text_is_derived);
    // Scraped headlines keep HTML entities: decoded.
    let d = read(line("&quot;غرفة مكة&quot; تطلق مركزا", "نص."));
    assert_eq!(d.title.as_deref(), Some("\"غرفة مكة\" تطلق مركزا"));
    assert!(d.text.starts_with("\"غرفة مكة\" تطلق مركزا\n\n"));
    // No headline: the text as given.
    let d = read(line(" ", "نص الخبر."));
    assert_eq!(d.text, "نص الخبر.");
}

#[test]
fn jsonl_bad_line_is_one_error_and_the_rest_is_read() {
    let p = fixture("snn-mixed.jsonl");
    let items = all(&p);
    assert_eq!(items.len(), 5, "blank line skipped");
    assert!(items[0].is_ok() && items[1].is_ok() && items[3].is_ok() && items[4].is_ok());
    let e = items[2].as_ref().unwrap_err().to_string();
    assert_eq!(
        e,
        format!(
            "{}:3: invalid JSON: EOF while parsing a value at column 25",
            p.display()
        )
    );
    let no_id = items[3].as_ref().unwrap();
    assert_eq!(
        no_id.id,
        Document::content_id(&no_id.text),
        "missing id → content hash"
    );
    assert_eq!(
        no_id.path.as_deref(),
        Some(format!("{}#4", p.display()).as_str())
    );
    assert_eq!(
        items[4].as_ref().unwrap().path.as_deref(),
        Some(format!("{}#6", p.display()).as_str())
    );
}

#[test]
fn truncated_gzip_is_a_clear_error() {
    let p = fixture("truncated.jsonl.gz");
    let items: Vec<_> = match read_path(&p) {
        Ok(s) => s.collect(),
        Err(e) => vec![Err(e)],
    };
    let err = items
        .iter()
        .find_map(|r| r.as_ref().err())
        .expect("an error");
    let msg = err.to_string();
    assert!(msg.starts_with(&p.display().to_string()), "{msg}");
    assert!(
        msg.contains("truncated gzip") || msg.contains("corrupt or truncated gzip"),
        "{msg}"
    );
}

#[test]
fn empty_and_binary_inputs_are_refused() {
    let e = read_path(&fixture("empty.txt")).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: empty input", fixture("empty.txt").display())
    );
    let items: Vec<_> = read_path(&fixture("binary.bin")).unwrap().collect();
    let msg = items[0].as_ref().unwrap_err().to_string();
    assert!(msg.contains("binary data, not text"), "{msg}");
    assert!(matches!(
        read_path(Path::new("/no/such/file.txt")),
        Err(IngestError::Io { .. })
    ));
}

#[test]
fn format_detection_by_content_and_name() {
    let html = "<!doctype html><html><body><p>نص عربي قصير في صفحة</p></body></html>";
    assert_eq!(read_bytes("page.txt", html).unwrap().format(), Format::Html);
    assert_eq!(
        read_bytes("x", "{\"text\": \"نص\"}\n").unwrap().format(),
        Format::Jsonl
    );
    assert_eq!(
        read_bytes("notes", "نص عادي").unwrap().format(),
        Format::Text
    );
    assert_eq!(
        read_bytes("a.html", "<p>نص</p>").unwrap().format(),
        Format::Html
    );
}

#[test]
fn utf16_with_bom_reads() {
    let mut b = vec![0xFF, 0xFE];
    for u in "عنوان الخبر\n\n29 فبراير 2016\nنص الخبر".encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    let d = read_bytes("u16.txt", b).unwrap().next().unwrap().unwrap();
    assert_eq!(d.title.as_deref(), Some("عنوان الخبر"));
    assert_eq!(d.published.as_deref(), Some("2016-02-29"));
}

#[test]
fn broken_utf8_is_refused_with_its_offset() {
    let mut b = "عنوان الخبر ونص طويل بما يكفي لنرى أنه UTF-8"
        .as_bytes()
        .to_vec();
    b.insert(8, 0xC3);
    let e = read_bytes("bad.txt", b)
        .unwrap()
        .next()
        .unwrap()
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("bad.txt: invalid UTF-8 at byte 8"), "{e}");
}

/// A gzipped WARC like a crawler writes: one gzip member per record, warcinfo + request +
/// response records, a redirect, an image, and the two example pages.
fn build_warc() -> Vec<u8> {
    use std::io::Write;
    use warc::{RecordBuilder, RecordType, WarcHeader, WarcWriter};
    let page16 = std::fs::read(fixture("lavrov-2016.html")).unwrap();
    let page20 = std::fs::read(fixture("lavrov-2020.cp1256.html")).unwrap();
    let http = |status: &str, ct: &str, body: &[u8]| {
        let mut v = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        v.extend_from_slice(body);
        v
    };
    let mut chunked = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for part in page20.chunks(1000) {
        chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        chunked.extend_from_slice(part);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let records = vec![
        (
            RecordType::WarcInfo,
            None,
            "application/warc-fields",
            b"software: test\r\n".to_vec(),
        ),
        (
            RecordType::Request,
            Some("https://example.org/a"),
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n".to_vec(),
        ),
        (
            RecordType::Response,
            Some("https://example.org/old"),
            "application/http; msgtype=response",
            http("301 Moved Permanently", "text/html", b""),
        ),
        (
            RecordType::Response,
            Some("https://example.org/2016"),
            "application/http; msgtype=response",
            http("200 OK", "text/html; charset=utf-8", &page16),
        ),
        (
            RecordType::Response,
            Some("https://example.org/logo.png"),
            "application/http; msgtype=response",
            http("200 OK", "image/png", b"\x89PNG\r\n\x1a\n\0\0"),
        ),
        (
            RecordType::Response,
            Some("https://example.org/2020"),
            "application/http; msgtype=response",
            chunked,
        ),
    ];
    let mut out = Vec::new();
    for (i, (kind, uri, ct, body)) in records.into_iter().enumerate() {
        let mut b = RecordBuilder::default()
            .warc_type(kind)
            .warc_id(format!("<urn:uuid:00000000-0000-4000-8000-00000000000{i}>"))
            .header(WarcHeader::ContentType, ct)
            .body(body);
        if let Some(u) = uri {
            b = b.header(WarcHeader::TargetURI, u);
        }
        let rec = b.build().unwrap();
        let mut raw = Vec::new();
        WarcWriter::new(&mut raw).write(&rec).unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&raw).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn warc_gzip_response_records_become_documents() {
    let docs: Vec<Document> = read_bytes("crawl.warc.gz", build_warc())
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        docs.len(),
        2,
        "warcinfo, request, redirect and image skipped: {docs:#?}"
    );
    let d = &docs[0];
    assert_eq!(d.url.as_deref(), Some("https://example.org/2016"));
    assert_eq!(d.id, "urn:uuid:00000000-0000-4000-8000-000000000003");
    assert_eq!(
        d.path.as_deref(),
        Some("crawl.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000003")
    );
    assert_eq!(
        d.published.as_deref(),
        Some("2016-02-29"),
        "from the page, never WARC-Date"
    );
    assert!(!d.text.contains("+ الخط -"));
    let d = &docs[1];
    assert_eq!(d.url.as_deref(), Some("https://example.org/2020"));
    assert_eq!(d.source.as_deref(), Some("نوفوستي"));
    assert!(
        d.text.contains("وانعقد مؤتمر برلين حول ليبيا"),
        "chunked + windows-1256 decoded"
    );
}

#[test]
fn warc_truncated_record_is_an_error_naming_the_record() {
    let mut w = build_warc();
    // Decompress, cut inside the last record, serve uncompressed.
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(&w[..]), &mut raw).unwrap();
    raw.truncate(raw.len() - 500);
    w = raw;
    let items: Vec<_> = read_bytes("cut.warc", w).unwrap().collect();
    assert!(items[0].is_ok());
    let e = items.last().unwrap().as_ref().unwrap_err().to_string();
    assert!(
        e.starts_with("cut.warc#record 6: truncated WARC record"),
        "{e}"
    );
}

mod props {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any bytes under any name: no panic, and a plain-text document keeps every char.
        #[test]
        fn never_panics_and_text_is_kept(bytes in proptest::collection::vec(any::<u8>(), 0..400),
                                         name in prop::sample::select(vec!["a.txt", "a.html", "a.jsonl", "a.warc", "a"])) {
            if let Ok(stream) = rasid_ingest::read_bytes(name, bytes.clone()) {
                let fmt = stream.format();
                for d in stream.flatten() {
                    if fmt == rasid_ingest::Format::Text {
                        if let Ok(s) = std::str::from_utf8(&bytes) {
                            prop_assert_eq!(&d.text, s);
                        }
                    }
                }
            }
        }

        #[test]
        fn arabic_text_roundtrips(s in "[\\u0621-\\u064A \\n،.0-9٠-٩]{1,200}") {
            if let Ok(mut stream) = rasid_ingest::read_bytes("p.txt", s.clone()) {
                if let Some(Ok(d)) = stream.next() {
                    prop_assert_eq!(d.text, s);
                }
            }
        }
    }
}

#[test]
fn jsonl_invalid_utf8_line_names_the_byte_and_the_rest_is_read() {
    let mut bytes =
        b"{\"id\":\"a\",\"text\":\"\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"id\":\"b\",\"text\":\"\xD9\x85\xD8\xFF\"}\n");
    bytes.extend_from_slice("{\"id\":\"c\",\"text\":\"سلام\"}\n".as_bytes());
    let items: Vec<_> = rasid_ingest::read_bytes("x.jsonl", bytes)
        .unwrap()
        .collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().text, "مرحبا");
    let e = items[1].as_ref().unwrap_err().to_string();
    assert_eq!(e, "x.jsonl:2: invalid UTF-8 at byte 20 of the line");
    assert_eq!(items[2].as_ref().unwrap().text, "سلام");
}

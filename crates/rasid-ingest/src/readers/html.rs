//! HTML: main-content extraction (readability-like) and page metadata.
//!
//! Steps: parse with html5ever (`scraper`); skip page furniture (nav/header/footer/aside/forms/
//! scripts, elements whose class or id names a menu, share bar, caption, related list ... from
//! `data/boilerplate_attrs.txt`); cut the rest into blocks (paragraphs, headings, list items);
//! score block containers by their non-link text and commas; keep the blocks of the best container
//! minus link-dense blocks and furniture phrases (`data/boilerplate_phrases.txt`: "اقرأ أيضاً",
//! "+ الخط -", share/print lines, photo credits). The headline is put first, blocks are joined by
//! newlines; that derived text is what offsets point into (`text_is_derived`).

use super::{decode_at, Reader};
use crate::{dates, meta, DocStream, Format, IngestError, Input};
use rasid_core::Document;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug)]
pub struct HtmlReader;

impl Reader for HtmlReader {
    fn format(&self) -> Format {
        Format::Html
    }
    fn read(&self, input: Input) -> DocStream {
        let name = input.name.clone();
        let declared = input.declared_charset.clone();
        let doc = input
            .read_all()
            .and_then(|bytes| document_from_bytes(&name, &name, &bytes, declared.as_deref()));
        DocStream::once(Format::Html, doc)
    }
}

/// Decode (HTTP charset, then `<meta charset>`, then detection) and extract one page.
pub(crate) fn document_from_bytes(
    at: &str,
    path: &str,
    bytes: &[u8],
    http_charset: Option<&str>,
) -> Result<Document, IngestError> {
    let declared = http_charset
        .map(str::to_owned)
        .or_else(|| meta_charset(bytes));
    let html = decode_at(at, bytes, declared.as_deref())?;
    let page = extract(&html);
    if page.text.trim().is_empty() {
        return Err(IngestError::Record {
            at: at.to_string(),
            reason: "no article text found in HTML".into(),
        });
    }
    Ok(Document {
        id: Document::content_id(&page.text),
        path: Some(path.to_string()),
        title: page.title,
        published: page.published,
        source: page.source,
        url: page.url,
        text: page.text,
        text_is_derived: true,
    })
}

/// `<meta charset=...>` or `http-equiv` content charset in the first 4 KiB.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    static RE: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)"#)
            .expect("charset regex")
    });
    let head = &bytes[..bytes.len().min(4096)];
    RE.captures(head)
        .map(|c| String::from_utf8_lossy(&c[1]).into_owned())
}

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub text: String,
}

fn lines_of(file: &str) -> Vec<String> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

static PHRASES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v = lines_of(include_str!("../../data/boilerplate_phrases.txt"));
    v.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    v
});
static ATTRS: LazyLock<Vec<String>> =
    LazyLock::new(|| lines_of(include_str!("../../data/boilerplate_attrs.txt")));
static CREDITS: LazyLock<Vec<String>> =
    LazyLock::new(|| lines_of(include_str!("../../data/photo_credits.txt")));

/// Class/id words that mark the article itself; such an element is never skipped as furniture
/// when it also holds paragraphs (e.g. `<div class="article-body has-share">`).
const CONTENT_WORDS: [&str; 8] = [
    "content", "article", "main", "body", "post", "entry", "story", "text",
];

/// Elements whose whole subtree is never article text.
const SKIP_TAGS: [&str; 27] = [
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "iframe",
    "svg",
    "canvas",
    "figure",
    "figcaption",
    "video",
    "audio",
    "object",
    "embed",
    "map",
    "dialog",
    "menu",
];

const SKIP_ROLES: [&str; 9] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alert",
];

/// Elements that start and end a block of text.
const BLOCK_TAGS: [&str; 30] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "center",
    "address",
    "hr",
    "html",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// Extract title, metadata and main text from an HTML page.
pub fn extract(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let site = meta_content(&doc, &["og:site_name", "application-name"]);
    let title = meta_content(&doc, &["og:title", "twitter:title"])
        .or_else(|| first_text(&doc, "article h1, main h1, h1"))
        .or_else(|| first_text(&doc, "title"))
        .map(|t| strip_site_suffix(&t, site.as_deref()));
    let url = link_canonical(&doc).or_else(|| meta_content(&doc, &["og:url"]));

    let mut w = Walker::default();
    w.walk(doc.root_element());
    w.flush();
    let (mut lines, first_main) = w.main_text();
    if let Some(t) = &title {
        let norm_t = collapse(t);
        lines.retain(|l| *l != norm_t);
        lines.insert(0, norm_t);
    }
    let mut text = lines.join("\n");
    if text.chars().count() < 200 {
        if let Some(body) = json_ld(&doc, "articleBody") {
            let body = body
                .lines()
                .map(collapse)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            if body.chars().count() > text.chars().count() {
                text = match &title {
                    Some(t) => format!("{}\n{body}", collapse(t)),
                    None => body,
                };
            }
        }
    }
    // A dateline may sit just above the article body ("29 فبراير 2016" in a meta bar).
    let published = published(&doc).or_else(|| {
        w.blocks[..(first_main + 3).min(w.blocks.len())]
            .iter()
            .map(|b| b.text.as_str())
            .filter(|t| t.chars().count() <= 90)
            .find_map(dates::find_date)
    });
    let source = meta::source_line(&text).or(site);
    Page {
        title: title.filter(|t| !t.is_empty()),
        published,
        source,
        url,
        text,
    }
}

/// Collapse whitespace runs to one space and trim.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
    for key in keys {
        for m in doc.select(&META) {
            let e = m.value();
            let k = e
                .attr("property")
                .or_else(|| e.attr("name"))
                .or_else(|| e.attr("itemprop"));
            if k.is_some_and(|k| k.eq_ignore_ascii_case(key)) {
                if let Some(v) = e.attr("content").map(collapse).filter(|v| !v.is_empty()) {
                    return Some(v);
                }
            }
        }
    }
    None
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    doc.select(&sel(selector))
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

fn link_canonical(doc: &Html) -> Option<String> {
    static LINK: LazyLock<Selector> = LazyLock::new(|| sel("link[rel=canonical]"));
    doc.select(&LINK)
        .find_map(|l| l.value().attr("href"))
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(String::from)
}

/// "Headline | Site" → "Headline" when the suffix is the site name or short.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = collapse(title);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let tail = tail.trim();
            let is_site = site.is_some_and(|s| collapse(s) == tail);
            if is_site
                || (tail.split_whitespace().count() <= 3 && head.split_whitespace().count() > 3)
            {
                return head.trim().to_string();
            }
        }
    }
    t
}

/// The page's own publication date from metadata, JSON-LD or `<time>`.
fn published(doc: &Html) -> Option<String> {
    const KEYS: [&str; 14] = [
        "article:published_time",
        "og:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "dcterms.date",
        "parsely-pub-date",
        "sailthru.date",
        "date",
    ];
    if let Some(d) = meta_content(doc, &KEYS).and_then(|v| dates::normalise_date_value(&v)) {
        return Some(d);
    }
    if let Some(d) = json_ld(doc, "datePublished").and_then(|v| dates::normalise_date_value(&v)) {
        return Some(d);
    }
    static TIME: LazyLock<Selector> = LazyLock::new(|| {
        sel("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]")
    });
    doc.select(&TIME).find_map(|t| {
        t.value()
            .attr("datetime")
            .and_then(dates::normalise_date_value)
    })
}

/// The first string value of `key` anywhere in the page's JSON-LD blocks.
fn json_ld(doc: &Html, key: &str) -> Option<String> {
    static LD: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
    fn find(v: &serde_json::Value, key: &str) -> Option<String> {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::String(s)) = m.get(key) {
                    return Some(s.clone());
                }
                m.values().find_map(|x| find(x, key))
            }
            serde_json::Value::Array(a) => a.iter().find_map(|x| find(x, key)),
            _ => None,
        }
    }
    doc.select(&LD).find_map(|s| {
        let raw: String = s.text().collect();
        serde_json::from_str::<serde_json::Value>(raw.trim())
            .ok()
            .and_then(|v| find(&v, key))
    })
}

/// One block of text with the chain of block elements around it (innermost first).
#[derive(Debug)]
struct Block {
    text: String,
    link_chars: usize,
    ancestors: Vec<usize>,
}

#[derive(Debug, Default)]
struct Walker {
    blocks: Vec<Block>,
    cur: String,
    cur_link: usize,
    in_link: usize,
    stack: Vec<usize>,
    next_id: usize,
    /// Containers that look like the article (`<article>`, `itemprop=articleBody`, class "content" ...).
    bonus: HashMap<usize, f32>,
}

impl Walker {
    fn walk(&mut self, el: ElementRef<'_>) {
        let name = el.value().name();
        if name == "br" {
            self.flush();
            return;
        }
        if skip(el) {
            // Keep words apart across a removed inline element.
            self.push_space();
            return;
        }
        let block = BLOCK_TAGS.contains(&name);
        if block {
            self.flush();
            let id = self.next_id;
            self.next_id += 1;
            if let Some(b) = content_bonus(el) {
                self.bonus.insert(id, b);
            }
            self.stack.push(id);
        }
        let link = name == "a";
        if link {
            self.in_link += 1;
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.push_text(t),
                Node::Element(_) => {
                    if let Some(c) = ElementRef::wrap(child) {
                        self.walk(c);
                    }
                }
                _ => {}
            }
        }
        if link {
            self.in_link -= 1;
        }
        if block {
            self.flush();
            self.stack.pop();
        }
    }

    fn push_space(&mut self) {
        if !self.cur.is_empty() && !self.cur.ends_with(' ') {
            self.cur.push(' ');
        }
    }

    fn push_text(&mut self, t: &str) {
        for (i, word) in t.split_whitespace().enumerate() {
            if i > 0 || t.starts_with(char::is_whitespace) {
                self.push_space();
            }
            self.cur.push_str(word);
            if self.in_link > 0 {
                self.cur_link += word.chars().count();
            }
        }
        if t.ends_with(char::is_whitespace) {
            self.push_space();
        }
    }

    fn flush(&mut self) {
        let text = self.cur.trim();
        if !text.is_empty() {
            self.blocks.push(Block {
                text: text.to_string(),
                link_chars: self.cur_link,
                ancestors: self.stack.iter().rev().copied().collect(),
            });
        }
        self.cur.clear();
        self.cur_link = 0;
    }

    /// The blocks of the best-scoring container, cleaned of furniture, and the index of the
    /// first block kept.
    fn main_text(&self) -> (Vec<String>, usize) {
        let mut score: HashMap<usize, f32> = HashMap::new();
        for b in &self.blocks {
            let len = b.text.chars().count();
            if len < 25 || link_density(b) > 0.3 {
                continue;
            }
            let commas = b.text.chars().filter(|c| matches!(c, '،' | ',')).count() as f32;
            let s = 1.0 + commas + (len as f32 / 100.0).min(3.0);
            for (depth, a) in b.ancestors.iter().skip(1).take(3).enumerate() {
                *score.entry(*a).or_default() += s / (depth as f32 + 1.0);
            }
            // A block element that directly holds the text also counts (text in bare divs).
            if let Some(own) = b.ancestors.first() {
                *score.entry(*own).or_default() += s * 0.25;
            }
        }
        for (id, s) in score.iter_mut() {
            if let Some(b) = self.bonus.get(id) {
                *s *= b;
            }
        }
        let best = score
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(id, _)| *id);
        let mut out: Vec<String> = Vec::new();
        let mut first = None;
        for (i, b) in self.blocks.iter().enumerate() {
            if best.is_some_and(|id| !b.ancestors.contains(&id)) {
                continue;
            }
            if link_density(b) > 0.5 || is_furniture(&b.text) {
                continue;
            }
            if out.last().is_some_and(|l| *l == b.text) {
                continue;
            }
            first.get_or_insert(i);
            out.push(b.text.clone());
        }
        (out, first.unwrap_or(0))
    }
}

fn link_density(b: &Block) -> f32 {
    let n = b.text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    b.link_chars as f32 / n as f32
}

/// Boilerplate phrase at the start of a block, or a photo caption ending with a credit.
fn is_furniture(text: &str) -> bool {
    let lower = text.to_lowercase();
    let len = lower.chars().count();
    for p in PHRASES.iter() {
        if let Some(rest) = lower.strip_prefix(p.as_str()) {
            let rest = rest.trim_start();
            // A phrase followed by a letter-free rest ("+ الخط -", "طباعة"), by a colon
            // ("اقرأ أيضاً: ..."), or a multi-word phrase opening a short block.
            let letter_free = !rest.chars().any(char::is_alphabetic);
            let colon = rest.starts_with([':', '：', '|', '»', '-']) || p.ends_with(':');
            let short_teaser = p.contains(' ') && len <= 160;
            let boundary = !p.ends_with(char::is_alphabetic)
                || !lower[p.len()..].starts_with(char::is_alphabetic);
            if boundary && (letter_free || colon || short_teaser) {
                return true;
            }
        }
    }
    if len <= 200 {
        let t = lower.trim_end_matches(['.', ' ']);
        if let Some(open) = t.rfind('(') {
            if t.ends_with(')') {
                let inner = t[open + 1..t.len() - 1].trim();
                if CREDITS.iter().any(|c| inner.starts_with(c.as_str())) {
                    return true;
                }
            }
        }
    }
    false
}

/// Should this element and its subtree be left out?
fn skip(el: ElementRef<'_>) -> bool {
    let e = el.value();
    let name = e.name();
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    if SKIP_TAGS.contains(&name) {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s = style.to_ascii_lowercase().replace(' ', "");
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if e.attr("role")
        .is_some_and(|r| SKIP_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if e.attr("itemprop")
        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
    {
        return false;
    }
    let attrs =
        format!("{} {}", e.attr("class").unwrap_or(""), e.id().unwrap_or("")).to_ascii_lowercase();
    if attrs.trim().is_empty() || !furniture_attrs(&attrs) {
        return false;
    }
    // A furniture word on a container that also names content and holds paragraphs is a style
    // hook on the article itself, not a widget.
    let words = attr_words(&attrs);
    let content_named = words
        .iter()
        .any(|w| CONTENT_WORDS.iter().any(|c| w.starts_with(c)));
    !(content_named
        && el
            .descendent_elements()
            .filter(|d| d.value().name() == "p")
            .take(3)
            .count()
            >= 3)
}

fn attr_words(attrs: &str) -> Vec<&str> {
    attrs
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

fn furniture_attrs(attrs: &str) -> bool {
    let words = attr_words(attrs);
    ATTRS.iter().any(|a| {
        if a.contains('-') {
            attrs.contains(a.as_str())
        } else if a.len() >= 4 {
            words.iter().any(|w| w.starts_with(a.as_str()))
        } else {
            words.iter().any(|w| w == a)
        }
    })
}

/// Score multiplier for containers that say they are the article.
fn content_bonus(el: ElementRef<'_>) -> Option<f32> {
    let e = el.value();
    if e.attr("itemprop")
        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
    {
        return Some(2.0);
    }
    if e.name() == "article" {
        return Some(1.5);
    }
    let attrs =
        format!("{} {}", e.attr("class").unwrap_or(""), e.id().unwrap_or("")).to_ascii_lowercase();
    let words = attr_words(&attrs);
    words
        .iter()
        .any(|w| CONTENT_WORDS.iter().any(|c| w.starts_with(c)))
        .then_some(1.25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_phrases() {
        assert!(is_furniture("+ الخط -"));
        assert!(is_furniture(
            "اقرأ أيضاً: الخارجية الروسية:نأمل في إقامة جمهورية فيدرالية بسورية"
        ));
        assert!(is_furniture("طباعة"));
        assert!(is_furniture(
            "موسكو والجزائر تناقشان الأوضاع السورية وليبيا (Getty)"
        ));
        assert!(!is_furniture(
            "شارك في الاجتماع ممثلون عن عشر دول عربية وأجنبية."
        ));
        assert!(!is_furniture(
            "طباعةُ الكتب المدرسية تبدأ غداً في المطابع الحكومية."
        ));
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("موسكو تبحث عن دعم موقفها | العربي الجديد", None),
            "موسكو تبحث عن دعم موقفها"
        );
        assert_eq!(strip_site_suffix("عنوان - الموقع", Some("الموقع")), "عنوان");
    }
}

#[cfg(test)]
mod dateline_tests {
    use super::*;

    #[test]
    fn dateline_above_the_body_when_no_metadata() {
        let body = "<p>اعتبر وزير الخارجية الروسي، سيرغي لافروف، أن أي نجاح في الحرب على الإرهاب مرتبط بوضع هذه الحرب تحت الرعاية الأممية.</p>".repeat(3);
        let page = format!(
            "<html><body><div class=\"meta\"><span>الاثنين 29 فبراير 2016</span></div><div class=\"story\">{body}</div></body></html>"
        );
        let p = extract(&page);
        assert_eq!(p.published.as_deref(), Some("2016-02-29"));
        assert!(
            !p.text.contains("فبراير"),
            "the meta bar is not article text: {}",
            p.text
        );
    }
}

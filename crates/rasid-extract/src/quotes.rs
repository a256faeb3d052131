//! Direct and reported quotes with resolved speakers.
//!
//! A reporting word ([`VERBS_TSV`]: قال، أكد، أشار …, participles مشيرا، مضيفا …, attributions بحسب، وفقا لـ …)
//! opens a quote only when its frame (the few words after it) reaches a content marker: a
//! complementiser (إن، أن، بأن، إلى أن، على أن), a colon or an opening quotation mark. Requiring the marker
//! keeps ambiguous forms (ذكر = male, رد = reply) and non-speech uses (أعلن عن …) out.
//!
//! Content ends at the matching closing mark in the same paragraph (nested and unbalanced ASCII `"` are
//! classified by their neighbours; an unclosed quote ends at the paragraph end), at the sentence end for
//! reported speech, or before a participle that starts the next quote (…، مشيرا إلى أن …).
//!
//! Speaker: the first entity mention in subject position after the verb (VSO, possibly after an
//! adverbial such as خلال المحادثات), else a mention right before it (SVO), else — for zero-subject
//! continuations (وأضاف، وتابع، مشيرا …) or a bare title (وقال الوزير) — the previous quote's speaker.
//! `Name: …` at the start of a line (headlines) is a quote of that name with an empty verb.
//!
//! Like [`crate::dates`], matching runs over our own lexer and addresses mentions by byte offsets, so it
//! does not depend on the tokenizer's choices.

use crate::context::{Doc, Entities, MentionRef, QuoteFound, TOPIC_OPENERS};
use crate::dates::{lex, skip_chars, WKind, Word};
use rasid_core::EntityKind;

use crate::context::honorific_holder;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The reporting-word lexicon (see the file's header for its format).
pub const VERBS_TSV: &str = include_str!("../data/quotes/verbs.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Finite reporting verb.
    Verb,
    /// Adverbial participle continuing the clause's speaker.
    Participle,
    /// Attribution word: the speaker follows it.
    Attribution,
    /// Bare title referring back to the last speaker.
    Title,
    /// `قوله` in `نقلت الوكالة عن الوزير قوله …`: the speaker is the one after the preceding عن.
    Quoth,
    /// Frame word that is not a subject.
    Frame,
    /// Unnamed source (مصدر، مصادر، شهود): whoever it is, not the last named speaker.
    Unnamed,
}

fn lexicon() -> &'static HashMap<String, Kind> {
    static LEX: OnceLock<HashMap<String, Kind>> = OnceLock::new();
    LEX.get_or_init(|| {
        VERBS_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (w, k) = l.split_once('\t')?;
                let kind = match k.trim() {
                    "v" => Kind::Verb,
                    "p" => Kind::Participle,
                    "a" => Kind::Attribution,
                    "t" => Kind::Title,
                    "q" => Kind::Quoth,
                    "f" => Kind::Frame,
                    "u" => Kind::Unnamed,
                    "j" => Kind::Verb,
                    _ => return None,
                };
                Some((rasid_analysis::fold(w.trim()), kind))
            })
            .collect()
    })
}

/// Lexicon forms (folded) spelt with أ: written with إ they are other words.
fn hamza_above() -> &'static Vec<String> {
    static HAMZA: OnceLock<Vec<String>> = OnceLock::new();
    HAMZA.get_or_init(|| {
        VERBS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(w, _)| w.trim().starts_with('أ'))
            .map(|(w, _)| rasid_analysis::fold(w.trim()))
            .collect()
    })
}

/// Verbs listed only with their proclitic (kind `j`: وبين, since بين alone is "between"): the
/// verb is written from the letter after it.
fn joined_only() -> &'static Vec<String> {
    static JOINED: OnceLock<Vec<String>> = OnceLock::new();
    JOINED.get_or_init(|| {
        VERBS_TSV
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, k)| k.trim() == "j")
            .map(|(w, _)| rasid_analysis::fold(w.trim()))
            .collect()
    })
}

/// Whether a folded word is a finite reporting verb (قال، وأكد، تقول): the words right after
/// it are most often its speaker, which lets the entity builder trust a less certain name there.
pub(crate) fn is_reporting_verb(norm: &str) -> bool {
    let lex = lexicon();
    let verb = |w: &str| lex.get(w) == Some(&Kind::Verb);
    verb(norm)
        || ["و", "ف"]
            .iter()
            .any(|p| norm.strip_prefix(p).is_some_and(verb))
}

/// Whether a folded word is a complementiser that opens reported content (إن، أن، بأنه).
pub(crate) fn is_complementiser_word(norm: &str) -> bool {
    COMPLEMENTISERS.contains(&norm)
}

/// Lines that are navigation or credits, not article prose.
const SKIP_LINE_STARTS: [&str; 6] = ["اقرا", "شاهد", "المصدر", "الصوره", "مصدر", "تابع"];
/// Words after which a mention is an object or a companion, never the subject.
const STRONG_BLOCKERS: [&str; 14] = [
    "مع",
    "نظيره",
    "نظيرته",
    "نظرائه",
    "لنظيره",
    "بنظيره",
    "الي",
    "علي",
    "عن",
    "ضد",
    "بين",
    "لقائه",
    "لقائها",
    "استقباله",
];
/// Nouns (folded) whose genitive is another person than the speaker: محامي تشافيز، شقيق الرئيس،
/// المتحدث باسم بوتين.
/// Spokesman nouns (folded) before باسم.
const SPOKESMEN: [&str; 8] = [
    "المتحدث",
    "متحدث",
    "الناطق",
    "ناطق",
    "المتحدثه",
    "متحدثه",
    "الناطقه",
    "ناطقه",
];
const RELATION_NOUNS: [&str; 17] = [
    "منتقدو",
    "منتقدي",
    "معارضو",
    "معارضي",
    "مؤيدو",
    "مؤيدي",
    "انصار",
    "خصوم",
    "محامي",
    "محاميه",
    "مستشار",
    "مساعد",
    "مساعده",
    "حارس",
    "سائق",
    "صديق",
    "باسم",
];
/// Kin nouns (folded): relation nouns too (شقيق الرئيس), and the possessors of a titled name
/// further on (أحد أقارب الشهيد العريف …).
const KIN_NOUNS: [&str; 18] = [
    "اقارب",
    "ذوي",
    "والد",
    "والده",
    "شقيق",
    "شقيقه",
    "ابن",
    "ابنه",
    "نجل",
    "نجله",
    "زوج",
    "زوجه",
    "ارمله",
    "اخ",
    "اخت",
    "عم",
    "خال",
    "جد",
];
/// Role nouns (folded) that head a subject without naming it (وقال وزير الخارجية، وأكد مدير
/// عام الهيئة): a titled speaker, not a name the entities missed.
const ROLE_NOUNS: [&str; 40] = [
    "وزير",
    "وزيره",
    "رئيس",
    "رئيسه",
    "مدير",
    "مديره",
    "نائب",
    "نائبه",
    "عضو",
    "امين",
    "مستشار",
    "مساعد",
    "محافظ",
    "سفير",
    "قائد",
    "امير",
    "ملك",
    "عميد",
    "وكيل",
    "مندوب",
    "ممثل",
    "زعيم",
    "مفتي",
    "شيخ",
    "امام",
    "خطيب",
    "خبير",
    "مدرب",
    "مغرد",
    "مراسل",
    "محلل",
    "ناشط",
    "استاذ",
    "دكتور",
    "مهندس",
    "لاعب",
    "مواطن",
    "رجل",
    "سيده",
    "احد",
];
/// Particles that may open a clause before its verb (كما أشار، وقد أكد، لكن …).
const CLAUSE_PARTICLES: [&str; 10] = [
    "كما",
    "وكما",
    "فيما",
    "بينما",
    "ثم",
    "قد",
    "وقد",
    "لكن",
    "ولكن",
    "كذلك",
];
/// Adverbial openers after which only a person can still be the subject.
const SOFT_BLOCKERS: [&str; 6] = ["في", "خلال", "عقب", "امام", "لدي", "اثناء"];
const COMPLEMENTISERS: [&str; 14] = [
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انني",
    "اننا",
    "انه",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "باننا",
];
const FRAME_WINDOW: usize = 24;
/// How many words may stand between a body and the name of the office holder it introduces.
const HOLDER_GAP: usize = 8;
/// How many paragraphs on a zero-subject verb (وأضاف …) may still continue the last speaker.
const MAX_CONTINUATION: usize = 3;
/// Impersonal forms that introduce the writer's own aside when a complementiser follows at once.
const IMPERSONAL: [&str; 4] = ["يذكر", "يشار", "يعتقد", "يتوقع"];
/// Nouns that head a statement or a spokesman: an organisation after them (with ل) is the source.
const STATEMENT_NOUNS: [&str; 10] = [
    "بيان",
    "بيانا",
    "تقرير",
    "المتحدث",
    "متحدث",
    "الناطق",
    "ناطق",
    "مصدر",
    "مصادر",
    "باسم",
];

/// Words (folded) tying an unnamed source to the person named after it: «مصدر قريب من برلسكوني»,
/// «مسؤول كبير بإدارة أوباما» — someone around that person speaks, not the person.
const SOURCE_TIES: [&str; 12] = [
    "قريب",
    "قريبه",
    "مقرب",
    "مقربه",
    "المقرب",
    "المقربه",
    "مقربون",
    "مقربين",
    "اداره",
    "باداره",
    "مكتب",
    "بمكتب",
];
/// The unnamed source taken up again with the article (وقال المسؤول، وأوضح المصدر): the
/// entities may tie it to the last person named, who is not that source.
const SOURCE_AGAIN: [&str; 4] = ["المسؤول", "المسؤوله", "المصدر", "المسؤولون"];

/// Prepositions (folded) after which a reporting form is a verbal noun (على ذكر، إلى متابعة).
const VERBAL_NOUN_PREPOSITIONS: [&str; 4] = ["علي", "عن", "في", "الي"];

/// Head nouns (folded, with the article) of bodies that a text names in full once and then by
/// the noun alone (الشركة، المنظمة، الهيئة).
const BODY_HEADS: [&str; 27] = [
    "المفوضيه",
    "المحكمه",
    "الصندوق",
    "الرابطه",
    "الغرفه",
    "الامانه",
    "المديريه",
    "الاداره",
    "المستشفي",
    "المصرف",
    "الشركه",
    "المنظمه",
    "الهيئه",
    "الوزاره",
    "الجمعيه",
    "الجامعه",
    "الحركه",
    "المجلس",
    "الجماعه",
    "الحزب",
    "اللجنه",
    "الاتحاد",
    "النادي",
    "المركز",
    "البنك",
    "المؤسسه",
    "الجبهه",
];

/// How a verb's frame opens when no mention in it is the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// Adverbials, an addressee or a bare title: the speaker is someone named before.
    Continues,
    /// A word the entities did not name (at that word index): a name they missed.
    Unnamed(usize),
    /// Anything else (a noun subject): no speaker we know.
    Other,
}

/// Is the byte at `b` an ASCII/typographic quotation mark, and if so does it open or close?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

struct Scan<'a> {
    text: &'a str,
    w: &'a [Word],
    lex: &'static HashMap<String, Kind>,
    ents: &'a Entities,
    /// Line (paragraph) index of each word, and each line's word range.
    line_of: Vec<usize>,
    lines: Vec<Range<usize>>,
    /// Byte starts of the mentions that sign a line (محمد المواسي- سبق- الرياض: …): the reporter,
    /// never a speaker.
    bylines: Vec<usize>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, w: &'a [Word], ents: &'a Entities) -> Self {
        let mut lines = Vec::new();
        let mut line_of = Vec::with_capacity(w.len());
        let mut start = 0;
        for (i, x) in w.iter().enumerate() {
            line_of.push(lines.len());
            if x.kind == WKind::Newline {
                lines.push(start..i + 1);
                start = i + 1;
            }
        }
        lines.push(start..w.len());
        let mut sc = Self {
            text,
            w,
            lex: lexicon(),
            ents,
            line_of,
            lines,
            bylines: Vec::new(),
        };
        sc.bylines = sc.find_bylines();
        sc
    }

    /// Mentions opening a line and followed by a dash, the line reaching a colon a few words on:
    /// «بندر الدوشي –سبق-متابعة: …», «واس- الرياض: …».
    fn find_bylines(&self) -> Vec<usize> {
        let ms = &self.ents.mentions;
        self.lines
            .iter()
            .filter_map(|r| {
                let first = self.w.get(r.start).filter(|w| w.kind == WKind::Word)?;
                let i = ms.partition_point(|m| m.byte_start < first.bs);
                let m = ms.get(i).filter(|m| m.byte_start == first.bs)?;
                let k = self.word_at(m.byte_end);
                let dash = matches!(self.norm(k), "-" | "–" | "—");
                let colon = (k + 1..r.end.min(k + 8)).any(|j| self.norm(j) == ":");
                (dash && colon).then_some(m.byte_start)
            })
            .collect()
    }

    /// The mentions that may speak (all but the reporters' bylines).
    fn speakers(&self) -> impl DoubleEndedIterator<Item = &'a MentionRef> + '_ {
        self.ents
            .mentions
            .iter()
            .filter(|m| !self.bylines.contains(&m.byte_start))
    }

    fn norm(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| w.norm.as_str())
    }

    /// Grammatical gender of the reporting word at `i`, when its form tells: قالت/تقول/مشيرة are
    /// feminine because قال/يقول/مشيرا exist; لفت stays masculine because لف does not.
    fn feminine(&self, i: usize) -> Option<bool> {
        let n = self.w.get(i)?.norm.as_str();
        let base = ["و", "ف"]
            .iter()
            .find_map(|p| n.strip_prefix(p).filter(|r| self.lex.contains_key(*r)))
            .unwrap_or(n);
        let is = |s: &str| {
            matches!(
                self.lex.get(s),
                Some(Kind::Verb | Kind::Participle | Kind::Quoth)
            )
        };
        if let Some(r) = base.strip_suffix('ت') {
            if is(r) {
                return Some(true);
            }
        }
        if let Some(r) = base.strip_prefix('ت') {
            if is(&format!("ي{r}")) {
                return Some(true);
            }
        }
        if let Some(r) = base.strip_suffix('ه') {
            if is(&format!("{r}ا")) {
                return Some(true);
            }
        }
        if base.ends_with("وا") {
            return None; // plural
        }
        is(base).then_some(false)
    }

    /// Reporting kind of word `i` (a و/ف proclitic allowed) and the byte where it starts without it.
    fn kind(&self, i: usize) -> Option<(Kind, usize)> {
        let w = self.w.get(i).filter(|w| w.kind == WKind::Word)?;
        let n = w.norm.as_str();
        // a form-IV verb of the lexicon (أبان، أعلن) written with إ is its verbal noun or
        // another word (إبان "during"); folding alone would merge them
        let raw = &self.text[w.bs..w.be];
        let (raw, bare) = match (
            raw.strip_prefix('و').or_else(|| raw.strip_prefix('ف')),
            n.get(2..),
        ) {
            (Some(r), Some(b)) if !self.lex.contains_key(n) => (r, b),
            _ => (raw, n),
        };
        if raw.starts_with('إ') && hamza_above().iter().any(|h| h == bare) {
            return None;
        }
        if let Some(k) = self.lex.get(n) {
            if joined_only().iter().any(|j| j == n) {
                // «حالت بينها وبين استخراج الهوية»: «وبين» is "and between" unless it opens a
                // sentence or a clause after a comma
                let opens = i == 0
                    || self.w[i - 1].kind == WKind::Newline
                    || self.is_sentence_end(i - 1)
                    || matches!(self.norm(i - 1), "،" | "," | "؛" | ";");
                return opens.then(|| (*k, skip_chars(self.text, w.bs, 1)));
            }
            return Some((*k, w.bs));
        }
        for p in ["و", "ف"] {
            if let Some(k) = n.strip_prefix(p).and_then(|r| self.lex.get(r)) {
                if matches!(k, Kind::Verb | Kind::Participle | Kind::Attribution) {
                    return Some((*k, skip_chars(self.text, w.bs, 1)));
                }
            }
        }
        None
    }

    fn line_end(&self, i: usize) -> usize {
        self.lines[self.line_of.get(i).copied().unwrap_or(self.lines.len() - 1)].end
    }
    fn line_start(&self, i: usize) -> usize {
        self.lines[self.line_of.get(i).copied().unwrap_or(self.lines.len() - 1)].start
    }

    /// Classify a quotation mark at word `i`.
    fn mark(&self, i: usize, depth: usize) -> Option<Mark> {
        let w = self.w.get(i).filter(|w| w.kind == WKind::Punct)?;
        match w.norm.as_str() {
            "«" | "“" | "„" => Some(Mark::Open),
            "»" | "”" => Some(Mark::Close),
            "\"" => {
                let before = self.text[..w.bs].chars().next_back();
                let after = self.text[w.be..].chars().next();
                let space_or = |c: Option<char>, extra: &str| {
                    c.is_none_or(|c| c.is_whitespace() || extra.contains(c))
                };
                let open_ctx = space_or(before, ":(-–—[«");
                let close_ctx = space_or(after, ".,،؛;:!?؟)]»-–—");
                Some(match (open_ctx, close_ctx) {
                    (true, false) => Mark::Open,
                    (false, true) => Mark::Close,
                    // glued on both sides (بـ"أهميتها): a letter follows, so it opens
                    (false, false) => {
                        if after.is_some_and(|c| c.is_alphanumeric()) {
                            Mark::Open
                        } else {
                            Mark::Close
                        }
                    }
                    (true, true) => {
                        if depth > 0 {
                            Mark::Close
                        } else {
                            Mark::Open
                        }
                    }
                })
            }
            _ => None,
        }
    }

    /// Index of the mark closing the one opened at `o`, within the paragraph.
    fn closing(&self, o: usize) -> Option<usize> {
        let end = self.line_end(o);
        let mut depth = 1usize;
        for i in o + 1..end {
            match self.mark(i, depth) {
                Some(Mark::Open) => depth += 1,
                Some(Mark::Close) => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                None => {}
            }
        }
        None
    }

    fn is_sentence_end(&self, i: usize) -> bool {
        let Some(w) = self.w.get(i) else { return true };
        match w.kind {
            WKind::Newline => true,
            WKind::Punct => match w.norm.as_str() {
                "!" | "?" | "؟" => true,
                "." => {
                    // 3.5 is a number
                    let num = |k: Option<&Word>| k.is_some_and(|x| x.kind == WKind::Num);
                    let decimal = i > 0
                        && num(self.w.get(i - 1))
                        && num(self.w.get(i + 1))
                        && self.w[i + 1].bs == w.be;
                    // د. خالد المطيري: a one-letter abbreviation (not 2015 م.), as the analysis
                    // sentences read it
                    let initial = i > 0 && {
                        let p = &self.w[i - 1];
                        p.kind == WKind::Word
                            && p.be == w.bs
                            && p.norm.chars().count() == 1
                            && !(i > 1 && num(self.w.get(i - 2)))
                    };
                    !(decimal || initial)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Does a new quote start at `i` (a participle, or a verb right after a comma)?
    fn starts_quote(&self, i: usize) -> bool {
        match self.kind(i) {
            Some((Kind::Participle, _)) => true,
            Some((Kind::Verb, bs)) => {
                let joined = bs > self.w[i].bs; // و/ف + verb: a new clause
                (joined || (i > 0 && matches!(self.norm(i - 1), "،" | ",")))
                    && self.marker_ahead(i + 1, (i + 8).min(self.line_end(i)))
            }
            _ => false,
        }
    }

    /// End (exclusive word index) of reported content starting at `s`: the sentence end outside
    /// quotation marks, or the comma before the next quote.
    fn reported_end(&self, s: usize) -> usize {
        let end = self.line_end(s);
        let mut depth = 0usize;
        let mut i = s;
        while i < end {
            match self.mark(i, depth) {
                Some(Mark::Open) => depth += 1,
                Some(Mark::Close) => depth = depth.saturating_sub(1),
                None => {
                    if depth == 0 {
                        if self.is_sentence_end(i) {
                            return i;
                        }
                        if i > s && self.starts_quote(i) {
                            return if matches!(self.norm(i - 1), "،" | ",") {
                                i - 1
                            } else {
                                i
                            };
                        }
                    }
                }
            }
            i += 1;
        }
        end
    }

    /// End of unmarked content after a colon: the paragraph, or the sentence before one that opens
    /// with a reporting word.
    fn colon_end(&self, s: usize) -> usize {
        let end = self.line_end(s);
        for i in s..end {
            if self.is_sentence_end(i)
                && i + 1 < end
                && self.kind(i + 1).is_some_and(|k| k.0 != Kind::Frame)
            {
                return i;
            }
        }
        end
    }

    /// Byte range of words `s..e`, trimmed of punctuation and quotation marks at both ends.
    fn content_bytes(&self, mut s: usize, mut e: usize) -> Option<Range<usize>> {
        let trim = |w: &Word| {
            w.kind == WKind::Newline || (w.kind == WKind::Punct && w.norm != "(" && w.norm != ")")
        };
        while s < e && trim(&self.w[s]) {
            s += 1;
        }
        // the complementiser is frame, even when written inside the marks ("إن الهيئة …")
        if s + 1 < e && self.is_complementiser(s) {
            s += 1;
        }
        while e > s && trim(&self.w[e - 1]) {
            e -= 1;
        }
        (s < e).then(|| self.w[s].bs..self.w[e - 1].be)
    }

    /// Find the content marker in the frame after word `v`: returns (frame end, content range, direct,
    /// word index after the content).
    fn content_after(&self, v: usize) -> Option<(usize, Range<usize>, bool, usize)> {
        let end = self.line_end(v).min(v + 1 + FRAME_WINDOW);
        let mut i = v + 1;
        while i < end {
            let n = self.norm(i);
            if self.w[i].kind == WKind::Punct && self.is_sentence_end(i) {
                return None;
            }
            if i > v + 1
                && self
                    .kind(i)
                    .is_some_and(|k| matches!(k.0, Kind::Verb | Kind::Participle))
            {
                return None; // another reporting word takes over
            }
            if let Some(Mark::Open) = self.mark(i, 0) {
                let close = self.closing(i);
                // a short quoted name inside the frame (صحيفة "ليكسبريسيون" الجزائرية، … إن): skip it
                if let Some(c) = close {
                    let words = self.w[i + 1..c]
                        .iter()
                        .filter(|w| w.kind == WKind::Word)
                        .count();
                    // a quoted name right after the verb, then the complementiser or a colon,
                    // is the speaker (أكد «المرصد السوري لحقوق الإنسان»، أن …)
                    let named = i == v + 1 && words <= 6 && {
                        let mut k = c + 1;
                        while k < end && matches!(self.norm(k), "،" | ",") {
                            k += 1;
                        }
                        k < end && (self.is_complementiser(k) || self.norm(k) == ":")
                    };
                    if words < 3
                        || named
                        || (c - i <= 4
                            && c + 1 < end
                            && !self.is_sentence_end(c + 1)
                            && self.marker_ahead(c + 1, end))
                    {
                        i = c + 1;
                        continue;
                    }
                }
                return self.marked(i, close).map(|(r, next)| (i, r, true, next));
            }
            if n == ":"
                && !(self.w.get(i + 1).is_some_and(|x| x.kind == WKind::Num)
                    && i > 0
                    && self.w[i - 1].kind == WKind::Num)
            {
                let s = i + 1;
                if let Some(Mark::Open) = self.mark(s, 0) {
                    let close = self.closing(s);
                    return self.marked(s, close).map(|(r, next)| (i, r, true, next));
                }
                let e = self.colon_end(s);
                return self.content_bytes(s, e).map(|r| (i, r, true, e));
            }
            let comp = if self.is_complementiser(i) {
                Some(i + 1)
            } else if (n == "الي" || n == "علي") && self.is_complementiser(i + 1) {
                Some(i + 2)
            } else {
                None
            };
            if let Some(s) = comp {
                if let Some(Mark::Open) = self.mark(s, 0) {
                    let close = self.closing(s);
                    if let Some(c) = close {
                        // the whole reported content is quoted: إن "…".
                        let after = c + 1;
                        if self.is_sentence_end(after)
                            || matches!(self.norm(after), "،" | ",")
                            || after >= self.line_end(s)
                        {
                            return self.marked(s, close).map(|(r, next)| (i, r, true, next));
                        }
                    }
                }
                let e = self.reported_end(s);
                return self.content_bytes(s, e).map(|r| (i, r, false, e));
            }
            i += 1;
        }
        None
    }

    fn marker_ahead(&self, from: usize, end: usize) -> bool {
        (from..end).any(|k| {
            let n = self.norm(k);
            n == ":"
                || self.is_complementiser(k)
                || ((n == "الي" || n == "علي") && self.is_complementiser(k + 1))
                || self.mark(k, 0) == Some(Mark::Open)
        })
    }

    /// Content inside the marks opened at `o` (to the paragraph end when unclosed).
    fn marked(&self, o: usize, close: Option<usize>) -> Option<(Range<usize>, usize)> {
        let (e, next) = match close {
            Some(c) => (c, c + 1),
            None => (self.line_end(o), self.line_end(o)),
        };
        // one or two quoted words are a name or a scare quote («عدوان»), not a statement
        if self.w[o + 1..e]
            .iter()
            .filter(|w| w.kind == WKind::Word)
            .count()
            < 3
        {
            return None;
        }
        self.content_bytes(o + 1, e).map(|r| (r, next))
    }

    fn word_before(&self, byte: usize) -> Option<usize> {
        let i = self.w.partition_point(|w| w.be <= byte);
        i.checked_sub(1)
    }
    fn word_at(&self, byte: usize) -> usize {
        self.w.partition_point(|w| w.be <= byte)
    }

    /// A complementiser word (ان، بان) that is not the first word of a person's name: «قال بان
    /// كي مون إن …» names its speaker before the content starts.
    fn is_complementiser(&self, i: usize) -> bool {
        COMPLEMENTISERS.contains(&self.norm(i))
            && !self.w.get(i).is_some_and(|w| {
                self.ents.mentions.iter().any(|m| {
                    m.byte_start == w.bs
                        && m.byte_end > w.be
                        && self.kind_of(m) == Some(EntityKind::Person)
                })
            })
    }

    fn kind_of(&self, m: &MentionRef) -> Option<EntityKind> {
        self.ents.list.get(m.entity).and_then(|e| e.kind)
    }

    /// The subject mention in the frame `bytes` (VSO), skipping objects and companions.
    fn subject_in(&self, bytes: Range<usize>) -> Option<&'a MentionRef> {
        let ms: Vec<&MentionRef> = self
            .speakers()
            .filter(|m| {
                m.byte_start >= bytes.start
                    && m.byte_end <= bytes.end
                    && m.entity < self.ents.list.len()
            })
            .collect();
        let first = self.word_at(bytes.start);
        let mut soft = false;
        let mut spoken_for = None;
        let mut possessor = None;
        for (j, &m) in ms.iter().enumerate() {
            // blockers between the frame start and this mention
            let upto = self.word_before(m.byte_start).map_or(first, |x| x + 1);
            let kind = self.kind_of(m);
            // «وقال الكرواتي زلاتكو داليتش»: a nisba right before a person's name is his
            // nationality, not a second speaker
            if kind == Some(EntityKind::Country)
                && ms.get(j + 1).is_some_and(|n| {
                    self.kind_of(n) == Some(EntityKind::Person)
                        && self.word_at(n.byte_start) == self.word_at(m.byte_end)
                })
            {
                continue;
            }
            // «وأشار المتحدث الأمني في وزارة الداخلية»، «المتحدث الرسمي لوزارة الصحة»: a
            // spokesman speaks for the body he is named after, whatever words stand between.
            // (a name after the body is the spokesman himself and speaks: المتحدث باسم الحكومة
            // اليمنية راجح بادي)
            if !matches!(kind, Some(EntityKind::Person | EntityKind::Location) | None)
                && self.spokesman_for(first, upto, m.byte_start)
            {
                spoken_for = spoken_for.or(Some(m));
                continue;
            }
            let mut strong = false;
            for k in first..upto {
                let n = self.norm(k);
                // (على and عن inside an office are no new circumstance: المشرف العام على
                // البرنامج، المسؤول عن الملف)
                let office = k > first && {
                    let p = self.norm(k - 1);
                    let pp = if k > first + 1 { self.norm(k - 2) } else { "" };
                    match n {
                        "علي" => {
                            matches!(p, "المشرف" | "مشرف" | "المشرفه")
                                || (p == "العام" && matches!(pp, "المشرف" | "مشرف"))
                        }
                        "عن" => matches!(p, "المسؤول" | "مسؤول" | "المسؤوله"),
                        _ => false,
                    }
                };
                if STRONG_BLOCKERS.contains(&n) && !office {
                    strong = true;
                }
                if SOFT_BLOCKERS.contains(&n) {
                    soft = true;
                }
            }
            // «وقال في مؤتمر صحفي عقده ونظيره الألماني شتاينماير»: a counterpart, itself a
            // mention, is the speaker's companion
            let counterpart = self.w.get(self.word_at(m.byte_start)).is_some_and(|w| {
                let b = w.norm.strip_prefix('و').unwrap_or(&w.norm);
                b.starts_with("نظير") || b.starts_with("نظرائ")
            });
            if strong || counterpart {
                return spoken_for;
            }
            if spoken_for.is_some() && kind != Some(EntityKind::Person) {
                continue;
            }
            if kind == Some(EntityKind::Location) {
                continue;
            }
            // «قال البرتغالي جوزيه مورينيو»: a masculine nisba alone names a man of that
            // country (whose name the entities may have missed), never its state
            if kind == Some(EntityKind::Country) && {
                let n = rasid_analysis::fold(&self.text[m.byte_start..m.byte_end]);
                n.starts_with("ال") && n.ends_with('ي')
            } {
                continue;
            }
            if soft && kind != Some(EntityKind::Person) {
                continue;
            }
            // words before the mention that are not adverbials: a country or an organisation after
            // them modifies that noun (المتحدث العسكري المصري، شركة لوكهيد مارتن الأمريكية) rather
            // than speaking itself
            let lead = (first..upto)
                .filter(|&k| {
                    self.w[k].kind == WKind::Word
                        && self.lex.get(self.norm(k)) != Some(&Kind::Frame)
                })
                .count();
            let max_lead = match kind {
                Some(EntityKind::Person) => usize::MAX,
                Some(EntityKind::Organization) => 2,
                _ => 0,
            };
            if lead > max_lead {
                continue;
            }
            // «وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن»: a body named after a role
            // noun is where the person named next holds that role; he is the one speaking
            if kind == Some(EntityKind::Organization)
                && lead > 0
                && self.holder_follows(m, &ms[j + 1..])
            {
                continue;
            }
            // "لرويترز", "للصحفيين": the addressee, unless a statement noun heads it (بيان لوزارة …)
            let wi = self.word_at(m.byte_start);
            let wb = self
                .w
                .get(wi)
                .map_or(m.byte_start, |w| w.bs.min(m.byte_start));
            let prefix = rasid_analysis::fold(&self.text[wb..m.byte_start]);
            // (an opening quotation mark may stand between: «وأوضح لـ “واس” مدير عام …»)
            let mut before = wi.wrapping_sub(1);
            while before > first
                && before < self.w.len()
                && matches!(self.norm(before), "“" | "\"" | "«")
            {
                before -= 1;
            }
            let addressed = prefix.ends_with('ل') || self.norm(before) == "ل";
            if addressed && !(wi > first && STATEMENT_NOUNS.contains(&self.norm(wi - 1))) {
                continue;
            }
            // «وقال خايمي تابيا محامي تشافيز»: a person after a relation noun is its possessor,
            // not who speaks; the speaker is a name after it (مستشار خامنئي علي أكبر ولايتي) or
            // one the model missed before it. (باسم only after a spokesman: باسم is a name too.)
            if kind == Some(EntityKind::Person) && wi > first && {
                let rel = self.norm(wi - 1);
                (RELATION_NOUNS.contains(&rel) || KIN_NOUNS.contains(&rel))
                    && (rel != "باسم" || wi > first + 1 && SPOKESMEN.contains(&self.norm(wi - 2)))
                    || self.relation_before_titles(first, wi)
            } {
                possessor = Some(m.entity);
                continue;
            }
            // (منتقدو الرئيس التركي رجب طيب اردوغان: the possessor named again in apposition)
            if possessor == Some(m.entity) {
                continue;
            }
            return Some(m);
        }
        spoken_for
    }

    /// «وتأتي المبادرة إثر التعاون بين الجمعية والفريق، ونوه أمين عام الجمعية محمد بلو بها،
    /// مشيرا إلى أن …»: the subject of the last clause joined with «، و» and a verb before word
    /// `v` (the participle hangs on that verb), when the sentence's own subject search stopped
    /// at an object or a companion before it.
    fn joined_clause_subject(&self, s: usize, v: usize) -> Option<&'a MentionRef> {
        // (the participle opens its own phrase after a comma: «وكل المسؤولين لاهتمامهم بأسرة
        // الشهيد ومتابعة أحوالهم» is a noun)
        if v == 0 || !matches!(self.norm(v - 1), "،" | ",") {
            return None;
        }
        let k = (s + 1..v).rev().find(|&k| self.joined_verb_at(k))?;
        let m = self.subject_in(self.w[k].be..self.w[v].bs)?;
        // the subject stands right after the verb, a title at most before it (أمين عام
        // الجمعية): «وجاء توقيع اللاعب بحضور أمين عام النادي علي الشايعي» names a guest
        let at = self.word_at(m.byte_start);
        let lead = k + 1..at;
        (lead.len() <= 4
            && lead.clone().all(|j| {
                let n = self.norm(j);
                self.w[j].kind == WKind::Word && !n.starts_with('ب') && !n.starts_with('ل')
            }))
        .then_some(m)
    }

    /// Whether word `k` opens a clause joined with «، و» and a verb (، ونوه، ، وكشف), not a
    /// noun (، ووزير، ، والأمير), a pronoun or an adverbial (، وفي، ، وذلك).
    fn joined_verb_at(&self, k: usize) -> bool {
        let n = self.norm(k);
        let Some(rest) = n.strip_prefix('و') else {
            return false;
        };
        k > 0
            && matches!(self.norm(k - 1), "،" | ",")
            && self.w[k].kind == WKind::Word
            && rest.chars().count() >= 3
            && !rest.starts_with("ال")
            && !ROLE_NOUNS.contains(&rest)
            && !KIN_NOUNS.contains(&rest)
            && !RELATION_NOUNS.contains(&rest)
            && !STRONG_BLOCKERS.contains(&rest)
            && !SOFT_BLOCKERS.contains(&rest)
            && !TOPIC_OPENERS.contains(&n)
            && !CLAUSE_PARTICLES.contains(&n)
            && !matches!(
                rest,
                "ذلك" | "هذا" | "هذه" | "هو" | "هي" | "هم" | "كان" | "كانت"
            )
            && !self
                .ents
                .mentions
                .iter()
                .any(|m| m.byte_start == self.w[k].bs)
    }

    /// «قال أحد أقارب الشهيد العريف عبدالله العسيري»: a kin noun before two titles of a name
    /// (الشهيد العريف) makes him the possessor too. (With one title the name may be the kin's
    /// own: «والد الشهيد أحمد آل عواض» is the father.)
    fn relation_before_titles(&self, first: usize, wi: usize) -> bool {
        let mut j = wi;
        while j > first && wi - j < 3 && self.norm(j - 1).starts_with("ال") {
            j -= 1;
        }
        wi - j >= 2 && j > first && KIN_NOUNS.contains(&self.norm(j - 1))
    }

    /// Whether a person's name follows the mention `m` within a few words (an honorific or a
    /// title: المهندس، الدكتور), with no preposition or content marker between them.
    fn holder_follows(&self, m: &MentionRef, rest: &[&MentionRef]) -> bool {
        let Some(n) = rest
            .iter()
            .find(|n| self.kind_of(n) == Some(EntityKind::Person))
        else {
            return false;
        };
        let (from, to) = (self.word_at(m.byte_end), self.word_at(n.byte_start));
        let between = from..to;
        // the body's place and a second office may stand between (مدير عام الهيئة … في الطائف
        // عبدالله السواط، مدير فرع الهيئة بالمنطقة الشرقية أمين مجلس التنمية المهندس …), not
        // an occasion (خلال زيارة الأمير …)
        between.clone().all(|k| {
            let w = self.norm(k);
            !STRONG_BLOCKERS.contains(&w)
                && (w == "في" || !SOFT_BLOCKERS.contains(&w))
                && !self.is_complementiser(k)
                && self.mark(k, 0).is_none()
        }) && between.filter(|&k| self.w[k].kind == WKind::Word).count() <= HOLDER_GAP
    }

    /// Whether words `first..upto` before a mention starting at byte `at` name a spokesman of
    /// it: frame words, a spokesman noun, at most two adjectives (الرسمي، الأمني) and a
    /// linking word (باسم، في) or a ل glued to the mention.
    fn spokesman_for(&self, first: usize, upto: usize, at: usize) -> bool {
        let Some(s) = (first..upto).find(|&k| SPOKESMEN.contains(&self.norm(k))) else {
            return false;
        };
        if (first..s).any(|k| {
            self.w[k].kind == WKind::Word && self.lex.get(self.norm(k)) != Some(&Kind::Frame)
        }) {
            return false;
        }
        let mut k = s + 1;
        let mut adjectives = 0;
        while k < upto && adjectives < 2 && self.norm(k).starts_with("ال") {
            adjectives += 1;
            k += 1;
        }
        let linked = k + 1 == upto && matches!(self.norm(k), "باسم" | "في" | "ب");
        let glued = k == upto
            && self.w.get(k).is_some_and(|w| w.bs < at)
            && rasid_analysis::fold(&self.text[self.w[k].bs..at]) == "ل";
        linked || glued
    }

    /// A mention right before the verb at word `v` (SVO: لافروف قال، وكان لافروف قد قال).
    fn subject_before(&self, v: usize) -> Option<&'a MentionRef> {
        let vb = self.w[v].bs;
        let ls = self.w.get(self.line_start(v)).map_or(0, |w| w.bs);
        let m = self
            .speakers()
            .rfind(|m| m.byte_end <= vb && m.byte_start >= ls)?;
        let after = self.word_at(m.byte_end);
        // «… حرق الرضيع الفلسطيني وذكر …»: a و/ف glued to the verb opens a new clause, so what
        // stands right before it ends the last one; only a person there (أوضح ذلك المتحدث فلان
        // وقال) is still the one who goes on speaking
        let joined = self.kind(v).is_some_and(|(_, bs)| bs > vb);
        if joined && after >= v && self.kind_of(m) != Some(EntityKind::Person) {
            return None;
        }
        (after..v)
            .all(|k| {
                matches!(
                    self.norm(k),
                    "قد" | "كان" | "وكان" | "فقد" | "بدوره" | "بدورها"
                )
            })
            .then_some(m)
            .filter(|m| self.kind_of(m) != Some(EntityKind::Location))
            // «وفي تصريح لوكالة الصحافة الفرنسية ذكر أن»: the addressee, not who speaks; «وحول
            // السياحة الداخلية بالمملكة قال»: a place or a topic
            .filter(|m| !self.glued_preposition(m))
            // «وحول تأثير التفجيرات على الشعب السعودي قال»: a mention inside a topic or after a
            // preposition is what the sentence is about
            .filter(|m| {
                let wi = self.word_at(m.byte_start);
                !(self.sentence_start(v)..wi).any(|k| {
                    let n = self.norm(k);
                    STRONG_BLOCKERS.contains(&n) || TOPIC_OPENERS.contains(&n)
                })
            })
    }

    /// The person named by the words between عن and `قوله` at word `q` when the entities did
    /// not mark them (at most four words, up to a comma): one of `last`'s names, or the
    /// surname of a person named before.
    fn quoted_missed_name(&self, q: usize, last: Option<usize>) -> Option<usize> {
        let k = (self.line_start(q)..q)
            .rev()
            .take(8)
            .find(|&k| self.norm(k) == "عن")?;
        let end = (k + 1..q)
            .find(|&j| self.w[j].kind != WKind::Word)
            .unwrap_or(q);
        let run = k + 1..end;
        (!run.is_empty() && run.len() <= 4)
            .then(|| self.missed_name_speaker(run, last, q))
            .flatten()
    }

    /// Source of `قوله` at word `q`: `Some(mention)` after the closest preceding عن in the sentence,
    /// `Some(None)` when عن has no known mention after it, `None` for عنه/عنها (the last speaker).
    fn quoted_from(&self, q: usize) -> Option<Option<&'a MentionRef>> {
        let mut k = q;
        while k > self.line_start(q) && q - k < 12 && !self.is_sentence_end(k - 1) {
            k -= 1;
            match self.norm(k) {
                "عن" => {
                    let (from, to) = (self.w[k].be, self.w[q].bs);
                    return Some(self.speakers().find(|m| {
                        m.byte_start >= from
                            && m.byte_end <= to
                            && matches!(
                                self.kind_of(m),
                                Some(EntityKind::Person | EntityKind::Organization)
                            )
                    }));
                }
                "عنه" | "عنها" => return None,
                _ => {}
            }
        }
        Some(None)
    }

    /// Content of a quotation closed right before the verb at `v` (`«…»، قال`), opened in the
    /// same paragraph at or after word `min`.
    fn quote_before(&self, v: usize, min: usize) -> Option<Range<usize>> {
        let mut c = v.checked_sub(1)?;
        if matches!(self.norm(c), "،" | ",") {
            c = c.checked_sub(1)?;
        }
        if self.mark(c, 1) != Some(Mark::Close) {
            return None;
        }
        let start = self.line_start(v).max(min);
        let mut depth = 1usize;
        let mut k = c;
        while k > start {
            k -= 1;
            match self.mark(k, depth) {
                Some(Mark::Close) => depth += 1,
                Some(Mark::Open) => {
                    depth -= 1;
                    if depth == 0 {
                        // the quotation must open its sentence, else it is a name or a phrase
                        let opens = k == self.line_start(v)
                            || self.is_sentence_end(k - 1)
                            || self.norm(k - 1) == ":";
                        return opens
                            .then(|| self.marked(k, Some(c)).map(|(r, _)| r))
                            .flatten();
                    }
                }
                None => {}
            }
        }
        None
    }

    /// The first person mentioned in the sentence of word `v` before it, not as an object.
    /// The dignitary an honorific pronoun after verb `v` stands for (وقال سماحته، وأكد سموه،
    /// وأضاف معاليه); see [`honorific_holder`].
    fn honorific_holder(&self, v: usize, prev: Option<usize>) -> Option<usize> {
        honorific_holder(self.text, self.ents, self.norm(v + 1), self.w[v].bs, prev)
    }

    fn sentence_person(&self, v: usize) -> Option<&'a MentionRef> {
        self.person_between(self.sentence_start(v), v)
    }

    /// The first word of the sentence holding word `v`, within its line.
    fn sentence_start(&self, v: usize) -> usize {
        let mut s = v;
        while s > self.line_start(v) && !self.is_sentence_end(s - 1) {
            s -= 1;
        }
        s
    }

    /// The subject of the sentence before `v`'s, in the same paragraph: a zero-subject «وقال
    /// أمام الصحافيين» opening a sentence, with no quote before it, continues «ونسب رئيس
    /// الوزراء احمد داود اوغلو الهجوم …». Only a person among the first words of that sentence
    /// is its subject (VSO or SVO, a title first); one named further on is an object or an aside.
    fn previous_sentence_person(&self, v: usize) -> Option<&'a MentionRef> {
        // verb, then at most a particle (لكن) or a title word before the name
        const SUBJECT_AT: usize = 2;
        let s = self.sentence_start(v);
        let titled = self.lex.get(self.norm(v + 1)) == Some(&Kind::Title);
        // only a verb opening its sentence has no subject of its own («مسؤول ليبي قال إن»)
        if s != v || s <= self.line_start(v) || titled {
            return None;
        }
        let p = self.sentence_start(s - 1);
        // (a sentence inside a quotation is the quoted speaker's, and its names are his topic)
        let unquoted = |from: usize| (from..s).all(|k| self.mark(k, 0).is_none());
        // «…، وأكد مدير سياحية المهندس صالح قدح على ضرورة …. ولفت إلى أن»: the subject of the
        // sentence's last clause joined with «، و» and a verb, a title at most before it
        if let Some(c) = (p + 1..s - 1)
            .rev()
            .find(|&k| self.joined_verb_at(k))
            .filter(|&c| unquoted(c))
        {
            if let Some(m) = self
                .person_between(c, s - 1)
                .filter(|m| self.title_run(c + 1, self.word_at(m.byte_start)))
            {
                return Some(m);
            }
        }
        let m = self.person_between(p, s - 1)?;
        let at = self.w[p..s]
            .iter()
            .take_while(|w| w.bs < m.byte_start)
            .count();
        // (or after a long title: «أكد الدكتور سامي بن عبدالله الصالح سفير خادم الحرمين
        // الشريفين لدى الأردن، متانة العلاقات …. وقال في تصريح …»)
        // (the sentence opening with a verb, not «ولصاحب السمو الملكي الأمير خالد الفيصل دور»)
        let verb_first = {
            let n = self.norm(p);
            let bare = n
                .strip_prefix('و')
                .filter(|b| b.chars().count() >= 3)
                .unwrap_or(n);
            bare.chars().count() >= 3
                && !["ال", "ل", "ب", "ك"].iter().any(|x| bare.starts_with(x))
                && !ROLE_NOUNS.contains(&bare)
                && !self
                    .ents
                    .mentions
                    .iter()
                    .any(|m| m.byte_start == self.w[p].bs)
        };
        (at <= SUBJECT_AT
            || unquoted(p) && verb_first && self.title_run(p + 1, self.word_at(m.byte_start)))
        .then_some(m)
    }

    /// Whether words `from..to` can be a title or the parts of a name between a verb and its
    /// subject (المهندس، الدكتور سامي بن عبدالله، أمين عام الجمعية): at most six words, none
    /// a preposition, a word with ب or ل written on it, a complementiser or punctuation.
    fn title_run(&self, from: usize, to: usize) -> bool {
        const TITLE_WORDS: usize = 6;
        // a noun in construct right before the name makes it a body's or a place's (جامعة
        // الملك فيصل، مستشفى الملك فهد, مطار الملك خالد), not its holder's
        let construct = to > from && {
            let n = self.norm(to - 1);
            !n.starts_with("ال")
                && (n.ends_with('ه')
                    || matches!(
                        n,
                        "مستشفي"
                            | "مركز"
                            | "مطار"
                            | "مجمع"
                            | "شارع"
                            | "مسجد"
                            | "جامع"
                            | "قصر"
                            | "ملعب"
                            | "مدينه"
                    ))
        };
        to >= from
            && !construct
            && to - from <= TITLE_WORDS
            && (from..to).all(|k| {
                let n = self.norm(k);
                self.w[k].kind == WKind::Word
                    && !STRONG_BLOCKERS.contains(&n)
                    && !SOFT_BLOCKERS.contains(&n)
                    && !TOPIC_OPENERS.contains(&n)
                    && !n.starts_with('ب')
                    && !n.starts_with('ل')
                    && !self.is_complementiser(k)
                    && self.lex.get(n).is_none()
            })
    }

    /// The first person mention in words `s..v` that is not the object of a preposition.
    fn person_between(&self, s: usize, v: usize) -> Option<&'a MentionRef> {
        let (from, to) = (self.w[s].bs, self.w[v].bs);
        self.speakers().find(|m| {
            m.byte_start >= from
                && m.byte_end <= to
                && self.kind_of(m) == Some(EntityKind::Person)
                && self.word_before(m.byte_start).is_none_or(|k| {
                    // (ما حدث للساعدي القذافي: a name after a preposition with the article)
                    k < s
                        || !STRONG_BLOCKERS.contains(&self.norm(k))
                            && !self.norm(k).starts_with('ب')
                            && !self.norm(k).starts_with("لل")
                })
                && !self.glued_preposition(m)
        })
    }

    /// Whether a ل or ب is glued to the front of the mention (لوزير الخارجية، بالرئيس).
    fn glued_preposition(&self, m: &MentionRef) -> bool {
        let wi = self.word_at(m.byte_start);
        let wb = self
            .w
            .get(wi)
            .map_or(m.byte_start, |w| w.bs.min(m.byte_start));
        let prefix = rasid_analysis::fold(&self.text[wb..m.byte_start]);
        prefix.ends_with('ل') || prefix.ends_with('ب')
    }

    /// «لكن التاريخ يؤكد أن …», «لكن سليمان الذي …، قال: …»: a verb inside its sentence after a
    /// noun (not an adverbial, a topic or a title) has that noun as its subject, so a speaker we
    /// could not name is talking, not the last one.
    fn noun_subject_before(&self, v: usize) -> bool {
        if self.kind(v).is_some_and(|(_, bs)| bs > self.w[v].bs) {
            return false; // وقال: a new clause after the last one
        }
        let s = self.sentence_start(v);
        let Some(f) = (s..v).find(|&k| {
            self.w[k].kind == WKind::Word
                && !CLAUSE_PARTICLES.contains(&self.norm(k))
                && !matches!(self.norm(k), "كان" | "وكان" | "فقد")
        }) else {
            return false; // the verb opens its sentence
        };
        let n = self.norm(f);
        let bare = n
            .strip_prefix('و')
            .filter(|b| b.chars().count() > 1)
            .unwrap_or(n);
        let opener = |w: &str| {
            matches!(
                self.lex.get(w),
                Some(Kind::Frame | Kind::Title | Kind::Participle | Kind::Attribution)
            ) || TOPIC_OPENERS.contains(&w)
                || STRONG_BLOCKERS.contains(&w)
                || SOFT_BLOCKERS.contains(&w)
                || w.starts_with('ب')
                || w.starts_with('ل')
        };
        !(opener(n) || opener(bare))
    }

    /// With no subject mention: is the frame zero-subject (adverbials only) or a bare title
    /// ([`Opening::Continues`]), or does it open with a word the entities did not name
    /// ([`Opening::Unnamed`])?
    /// Whether the frame of verb `v` opens with an unnamed source (وقال مصدر، وذكر مسؤول).
    fn unnamed_after(&self, v: usize) -> bool {
        self.lex.get(self.norm(v + 1)) == Some(&Kind::Unnamed)
    }

    /// Whether subject `m` of verb `v` is the person an unnamed source is close to or works for
    /// (وقال مصدر قريب من رئيس الوزراء …، وقال مسؤول كبير بإدارة أوباما), not the speaker.
    fn tied_to_unnamed(&self, v: usize, m: &MentionRef) -> bool {
        let at = self.word_at(m.byte_start);
        self.unnamed_after(v)
            && self.kind_of(m) == Some(EntityKind::Person)
            && (v + 2..at.min(v + 6)).any(|k| SOURCE_TIES.contains(&self.norm(k)))
    }

    /// Whether mention `m` is only an unnamed source's noun with the article (المسؤول).
    fn source_again(&self, m: &MentionRef) -> bool {
        SOURCE_AGAIN.contains(&rasid_analysis::fold(&self.text[m.byte_start..m.byte_end]).as_str())
    }

    /// «وقالت الشركة إن»، «وأوضحت المنظمة أنها»: a body's bare head noun with the article is
    /// the last organisation before verb `v` named in full with that head (الشركة السعودية
    /// للصناعات الأساسية، منظمة هيومن رايتس ووتش), when the entities did not tie it themselves.
    fn body_named_before(&self, k: usize, v: usize) -> Option<usize> {
        let head = self.norm(k);
        let bare = head
            .strip_prefix("ال")
            .filter(|_| BODY_HEADS.contains(&head))?;
        let before = self.w[v].bs;
        self.speakers()
            .rev()
            .filter(|m| m.byte_end <= before && self.kind_of(m) == Some(EntityKind::Organization))
            .find(|m| {
                let first = self.text[m.byte_start..m.byte_end]
                    .split_whitespace()
                    .next()
                    .map(rasid_analysis::fold)
                    .unwrap_or_default();
                first == head || first == bare
            })
            .map(|m| m.entity)
    }

    fn frame_opening(&self, v: usize, frame_end: usize) -> Opening {
        if frame_end <= v + 1 {
            return Opening::Continues;
        }
        let first = v + 1;
        let n = self.norm(first);
        if self.w[first].kind != WKind::Word {
            return Opening::Continues;
        }
        match self.lex.get(n) {
            Some(Kind::Frame | Kind::Participle) => Opening::Continues,
            Some(Kind::Title) => {
                let next = first + 1;
                if next >= frame_end
                    || self.w[next].kind != WKind::Word
                    || self.lex.get(self.norm(next)) == Some(&Kind::Frame)
                {
                    Opening::Continues
                } else {
                    Opening::Other
                }
            }
            Some(_) => Opening::Other,
            None if self.addressee_word(first) => Opening::Continues,
            // «وشدد على ضرورة …»، «ولفت إلى وجود …»: a prepositional object, no subject (على
            // as written with ى: علي is a name)
            None if matches!(
                &self.text[self.w[first].bs..self.w[first].be],
                "على" | "إلى" | "الى"
            ) =>
            {
                Opening::Continues
            }
            None => Opening::Unnamed(first),
        }
    }

    /// Whether word `k`, glued to a ل or ب, is a prepositional phrase of the frame (لرويترز،
    /// للصحفيين، لوكالة، له، بصراحة) rather than a name that begins with that letter (لودفيج،
    /// بيلوتشي، بن صقر), which the entities missed.
    fn addressee_word(&self, k: usize) -> bool {
        let n = self.norm(k);
        let Some(rest) = n.strip_prefix('ل').or_else(|| n.strip_prefix('ب')) else {
            return false;
        };
        let w = &self.w[k];
        // (لم، لن، لا: a particle)
        rest.chars().count() < 2
            || rest.starts_with("ل")
            || rest.starts_with("ال")
            || rest.starts_with('ـ')
            // a noun with a pronoun or a ta marbuta (لوالديها، لوكالة، بصراحة): no foreign name
            || ["ه", "ها", "هم", "هما", "كم", "نا"].iter().any(|s| rest.ends_with(s))
            // an outlet or a body named after the preposition
            || self
                .ents
                .mentions
                .iter()
                .any(|m| m.byte_start > w.bs && m.byte_start < w.be)
    }

    /// The words from `k` on that are neither frame, marker nor a mention: the subject the
    /// entities did not name (المستشار عبد الكريم، لودفيج، الخبير الأمني إسماعيل محمد).
    fn unnamed_run(&self, k: usize, frame_end: usize) -> Range<usize> {
        let mut e = k;
        while e < frame_end.min(k + 6)
            && self.w[e].kind == WKind::Word
            && !self.lex.contains_key(self.norm(e))
            && !self.is_complementiser(e)
            && (e == k || !self.addressee_word(e))
        {
            e += 1;
        }
        k..e.max(k + 1)
    }

    /// Whether the run names entity `sp`: one of its words is a word of `sp`'s mentions (وقال
    /// لودفيج after «إدريان لودفيج», وقال المرصد) and every word without the article is (not
    /// «وقال المغرد عبدالله» after «المغرد نبيل الصافي»).
    fn run_names(&self, run: Range<usize>, sp: usize) -> bool {
        // (spelt with a letter doubled or not: بيلوتشي، بيللوتشي)
        let undoubled = |s: &str| {
            let mut c: Vec<char> = s.chars().collect();
            c.dedup();
            c
        };
        let of_sp = |k: usize| {
            let n = undoubled(self.norm(k));
            n.len() > 2
                && self.ents.mentions.iter().any(|m| {
                    let (a, b) = (self.word_at(m.byte_start), self.word_at(m.byte_end));
                    // the word after the mention too: a surname the entities left out
                    // (قال فينسن لابرون رئيس …)
                    let after = (b < self.w.len() && self.bare_name(b)).then_some(b);
                    m.entity == sp && (a..b).chain(after).any(|j| undoubled(&self.w[j].norm) == n)
                })
        };
        run.clone().any(of_sp) && run.filter(|&k| self.bare_name(k)).all(of_sp)
    }

    /// Who a run of missed name words is: the last speaker `last` when it names him, else the
    /// person last mentioned before word `v` whose surname it holds (وقدم مرسي شكره after «هشام
    /// مرسي»).
    fn missed_name_speaker(
        &self,
        run: Range<usize>,
        last: Option<usize>,
        v: usize,
    ) -> Option<usize> {
        last.filter(|&sp| self.run_names(run.clone(), sp))
            .or_else(|| {
                let before = self.w[v].bs;
                self.speakers()
                    .rev()
                    .filter(|m| m.byte_end <= before && self.kind_of(m) == Some(EntityKind::Person))
                    .find(|m| {
                        let (a, b) = (self.word_at(m.byte_start), self.word_at(m.byte_end));
                        // its surname, or the word right after a one-word mention: the
                        // surname the entities left out (جوردون ديريك … وقال ديريك)
                        let surname = if b > a + 1 {
                            Some(b - 1)
                        } else {
                            (b < self.w.len()
                                && self.w[b].kind == WKind::Word
                                && self.w[b].bs == m.byte_end + 1
                                && self.bare_name(b))
                            .then_some(b)
                        };
                        surname.is_some_and(|s| {
                            run.clone()
                                .any(|k| self.bare_name(k) && self.norm(k) == self.norm(s))
                        })
                    })
                    .map(|m| m.entity)
                    .filter(|&sp| self.run_names(run.clone(), sp))
            })
    }

    /// A sentence opening at `s` with a verb and a two-word name the entities missed (وأشاد
    /// جعفر حسين، وتمنى سامر مرزوق): its subject run. Two bare words are asked for, since one
    /// after a verb is as often its object (واعتبر قرار المنع).
    fn sentence_missed_name(&self, s: usize) -> Option<Range<usize>> {
        let v = s + usize::from(CLAUSE_PARTICLES.contains(&self.norm(s)));
        let k = v + 1;
        let function_word = |n: &str| {
            STRONG_BLOCKERS.contains(&n)
                || SOFT_BLOCKERS.contains(&n)
                || TOPIC_OPENERS.contains(&n)
                || matches!(n, "من" | "عندما" | "حينما" | "ردا" | "بعد" | "قبل")
        };
        let verb = self.norm(v);
        let bare_verb = verb.strip_prefix('و').unwrap_or(verb);
        let name = |j: usize| {
            self.w.get(j).is_some_and(|w| w.kind == WKind::Word)
                && self.bare_name(j)
                && !function_word(self.norm(j))
                && !self.lex.contains_key(self.norm(j))
                && !self.is_complementiser(j)
                && !self.norm(j).starts_with('ب')
                && !self.norm(j).starts_with('ل')
                && !self
                    .ents
                    .mentions
                    .iter()
                    .any(|m| m.byte_start == self.w[j].bs)
        };
        (self.w[v].kind == WKind::Word
            && bare_verb.chars().count() > 2
            && !function_word(verb)
            && !function_word(bare_verb)
            && name(k)
            && name(k + 1))
        .then_some(k..k + 1)
    }

    /// Whether a run holds a word that can only be a name: no article, no role noun (وزير،
    /// مدير), no particle (لم، لن), so someone the entities missed is speaking. A run opening
    /// with a role noun is a title (وزير حقوق الإنسان اليمني), not a name.
    /// Only titles and adjectives with the article may precede the name (الخبير الأمني المصري
    /// إسماعيل محمد); a preposition opens an adverbial (وشدد على وجوب رحيل بلاتر).
    fn bare_name_in(&self, run: Range<usize>) -> bool {
        let first = self.norm(run.start);
        if ROLE_NOUNS.contains(&first)
            || STRONG_BLOCKERS.contains(&first)
            || SOFT_BLOCKERS.contains(&first)
        {
            return false;
        }
        run.clone()
            .find(|&k| self.bare_name(k))
            .is_some_and(|j| (run.start..j).all(|k| self.norm(k).starts_with("ال")))
    }

    /// (an accusative adverb ends in ا: وشدد مجددا، وقال لاحقا)
    fn bare_name(&self, k: usize) -> bool {
        let n = self.norm(k);
        n.chars().count() > 2
            && !n.starts_with("ال")
            && !n.ends_with('ا')
            && !ROLE_NOUNS.contains(&n)
    }
}

/// Find the quotes of a document and resolve their speakers against `ents`.
pub fn find(cx: &Doc<'_>, ents: &Entities) -> Vec<QuoteFound> {
    find_words(cx.text, cx.words(), ents)
}

/// [`find`] on a bare text.
pub fn find_text(text: &str, ents: &Entities) -> Vec<QuoteFound> {
    find_words(text, &lex(text), ents)
}

fn find_words(text: &str, words: &[Word], ents: &Entities) -> Vec<QuoteFound> {
    let sc = Scan::new(text, words, ents);
    let mut out: Vec<QuoteFound> = Vec::new();
    // last speaker and the paragraph (counting non-empty lines) of its quote: a zero-subject verb
    // continues it only a few paragraphs on, not across the whole article
    let mut last: Option<(usize, usize, Option<bool>)> = None;
    // the last speaker heard, even once someone unnamed took the floor: a name the entities missed
    // (وقال دريك) may still be his
    let mut heard: Option<usize> = None;
    // whether an unnamed source (or a name the entities missed) spoke after the last named
    // speaker: «وقال المسؤول» then takes it up again
    let mut unnamed_floor = false;
    let para: Vec<usize> = sc
        .lines
        .iter()
        .scan(0usize, |n, r| {
            let here = *n;
            if sc.w[r.clone()].iter().any(|w| w.kind != WKind::Newline) {
                *n += 1;
            }
            Some(here)
        })
        .collect();
    // word index up to which text is already quoted content
    let mut covered = 0usize;
    let mut skip_line = usize::MAX;
    let mut i = 0;
    while i < sc.w.len() {
        let line = sc.line_of[i];
        if i == sc.lines[line].start {
            let first = sc.norm(i);
            if SKIP_LINE_STARTS.contains(&first)
                && sc.w[i..sc.lines[line].end].iter().any(|w| w.norm == ":")
            {
                skip_line = line;
            }
            if let Some(q) = headline(&sc, i) {
                if let Some(sp) = q.speaker {
                    last = Some((sp, para[line], None));
                }
                covered = sc.line_end(i);
                out.push(q);
                i = covered;
                continue;
            }
        }
        if line == skip_line || i < covered {
            i += 1;
            continue;
        }
        let Some((kind, vbs)) = sc.kind(i) else {
            i += 1;
            continue;
        };
        // «لا يأتي على ذكر الفلسطينيين»، «إضافة إلى متابعة القوى العاملة»: after a preposition
        // the form is a verbal noun, not a reporting verb
        if matches!(kind, Kind::Verb | Kind::Participle)
            && vbs == sc.w[i].bs
            && i > 0
            && sc.w[i - 1].kind == WKind::Word
            && VERBAL_NOUN_PREPOSITIONS.contains(&sc.norm(i - 1))
        {
            i += 1;
            continue;
        }
        // a feminine verb does not continue a speaker last heard with a masculine one (and back)
        let fem = sc.feminine(i);
        // … nor do several (وأضافوا، وقالوا) continue one person
        let plural = sc.norm(i).ends_with("وا");
        let prev = last
            .filter(|&(_, p, g)| {
                para[line] <= p + MAX_CONTINUATION
                    && !matches!((g, fem), (Some(a), Some(b)) if a != b)
            })
            .map(|(sp, _, _)| sp)
            .filter(|&sp| {
                !(plural && sc.ents.list.get(sp).and_then(|e| e.kind) == Some(EntityKind::Person))
            });
        let verb = vbs..sc.w[i].be;
        // set when the verb's subject is a name the entities missed and not the last speaker's
        let mut missed_name = false;
        // يذكر أن / يشار إلى أن / يتوقع أن: "it is worth noting", "it is expected", the
        // writer's aside (the marker right after the verb: «ويتوقع الخبير أن» has a speaker)
        if kind == Kind::Verb
            && IMPERSONAL.contains(&sc.norm(i).trim_start_matches('و'))
            && sc.marker_ahead(i + 1, i + 2)
        {
            i += 1;
            continue;
        }
        let found = match kind {
            Kind::Verb | Kind::Participle => {
                sc.content_after(i)
                    .map(|(frame_end, content, direct, next)| {
                        let frame = sc.w[i].be..sc.w.get(frame_end).map_or(text.len(), |w| w.bs);
                        let subject = sc.subject_in(frame);
                        let speaker = if kind == Kind::Verb
                            && subject.is_some_and(|m| {
                                sc.tied_to_unnamed(i, m) || unnamed_floor && sc.source_again(m)
                            }) {
                            // an unnamed source speaks (again): not whom it is close to,
                            // nor the person the entities tied «المسؤول» to
                            missed_name = true;
                            None
                        } else if kind == Kind::Verb {
                            subject
                                .or_else(|| sc.subject_before(i))
                                .map(|m| m.entity)
                                .or_else(|| {
                                    // «ومع هذا فإن البعض يعتبر أن»: someone unnamed speaks
                                    if i > 0 && sc.lex.get(sc.norm(i - 1)) == Some(&Kind::Unnamed) {
                                        missed_name = true;
                                        return None;
                                    }
                                    if let Some(e) = sc.honorific_holder(i, prev) {
                                        return Some(e);
                                    }
                                    match sc.frame_opening(i, frame_end) {
                                        Opening::Continues => {}
                                        // «وقال لودفيج إن»: a name the entities missed is
                                        // the last speaker only when it is one of his names
                                        Opening::Unnamed(k) => {
                                            let run = sc.unnamed_run(k, frame_end);
                                            let sp = sc.missed_name_speaker(
                                                run.clone(),
                                                prev.or(heard),
                                                i,
                                            );
                                            missed_name = sp.is_none() && sc.bare_name_in(run);
                                            return sp.or_else(|| sc.body_named_before(k, i));
                                        }
                                        Opening::Other => return None,
                                    }
                                    if let Some(m) = sc.sentence_person(i) {
                                        return Some(m.entity);
                                    }
                                    if sc.noun_subject_before(i) {
                                        return None;
                                    }
                                    prev.or_else(|| {
                                        // A woman speaking (وأشارت) is not, as a rule,
                                        // the man the sentence before was about.
                                        if fem == Some(true) || plural {
                                            return None;
                                        }
                                        sc.previous_sentence_person(i).map(|m| m.entity)
                                    })
                                })
                        } else {
                            let ls = sc.w[sc.line_start(i)].bs;
                            let same_line = out
                                .last()
                                .filter(|q| q.content.start >= ls)
                                .map(|q| q.speaker);
                            // (the subject of the participle's own sentence: the line may
                            // open with other sentences and their actors)
                            let ss = sc.w[sc.sentence_start(i)].bs;
                            match same_line {
                                Some(s) => s,
                                None => {
                                    sc.subject_in(ss..sc.w[i].bs)
                                        .or_else(|| {
                                            sc.joined_clause_subject(sc.sentence_start(i), i)
                                        })
                                        .map(|m| m.entity)
                                        .or_else(|| {
                                            // «وأشاد جعفر حسين (مستهلك) …، مؤكدا»: the sentence's
                                            // own subject, a name the entities missed, is adding
                                            match sc.sentence_missed_name(sc.sentence_start(i)) {
                                                Some(run) => {
                                                    sc.missed_name_speaker(run, prev.or(heard), i)
                                                }
                                                None => prev.or_else(|| {
                                                    sc.subject_in(ls..sc.w[i].bs).map(|m| m.entity)
                                                }),
                                            }
                                        })
                                }
                            }
                        };
                        (
                            QuoteFound {
                                speaker,
                                verb: verb.clone(),
                                direct,
                                content,
                            },
                            next,
                        )
                    })
            }
            Kind::Attribution => attribution(&sc, i, verb.clone()),
            _ => None,
        };
        // quote first, verb after: «…»، قال الوزير.
        let found = match (found, kind) {
            (None, Kind::Verb) => sc.quote_before(i, covered).map(|content| {
                let end = sc.reported_end(i + 1).max(i + 1);
                let frame = sc.w[i].be..sc.w.get(end).map_or(text.len(), |w| w.bs);
                let speaker = sc.subject_in(frame).map(|m| m.entity).or_else(|| {
                    // "، أضاف." with nothing after: the last speaker
                    (end <= i + 1).then_some(prev).flatten()
                });
                (
                    QuoteFound {
                        speaker,
                        verb: verb.clone(),
                        direct: true,
                        content,
                    },
                    end,
                )
            }),
            (found, _) => found,
        };
        let found = match (found, kind) {
            (Some(f), _) => Some(f),
            (None, Kind::Quoth) => sc.content_after(i).map(|(_, content, direct, next)| {
                let speaker = match sc.quoted_from(i) {
                    None => prev,
                    Some(Some(m)) => Some(m.entity),
                    // «ونقلت وكالة برناما عن نجيب قوله» after «نجيب عبدالرزاق»: a name the
                    // entities missed after عن is one of the last speaker's or a surname
                    Some(None) => sc.quoted_missed_name(i, prev.or(heard)),
                };
                (
                    QuoteFound {
                        speaker,
                        verb,
                        direct,
                        content,
                    },
                    next,
                )
            }),
            _ => None,
        };
        match found {
            Some((q, next)) => {
                if missed_name || kind == Kind::Verb && sc.unnamed_after(i) {
                    unnamed_floor = true;
                } else if q.speaker.is_some() {
                    unnamed_floor = false;
                }
                if let Some(sp) = q.speaker {
                    last = Some((sp, para[line], fem));
                    heard = Some(sp);
                } else if missed_name
                    || kind == Kind::Verb && sc.lex.get(sc.norm(i + 1)) == Some(&Kind::Unnamed)
                {
                    // «وقال مصدر أمني إن …», «وقال لودفيج إن …»: the unnamed source or the
                    // missed name has the floor now, so «وأضاف أن …» after it is not the last
                    // named speaker
                    last = None;
                }
                out.push(q);
                covered = next.max(i + 1);
                i = covered;
            }
            None => i += 1,
        }
    }
    out
}

/// `Name: content` at the start of a line (headlines and subheads).
fn headline(sc: &Scan<'_>, i: usize) -> Option<QuoteFound> {
    let m = sc
        .ents
        .mentions
        .iter()
        .find(|m| m.byte_start == sc.w[i].bs && m.entity < sc.ents.list.len())?;
    if !matches!(
        sc.kind_of(m),
        Some(EntityKind::Person | EntityKind::Organization)
    ) {
        return None;
    }
    let c = sc.word_at(m.byte_end);
    if sc.norm(c) != ":" {
        return None;
    }
    let e = sc.line_end(i);
    let content = sc.content_bytes(c + 1, e)?;
    let at = sc.w[c].bs;
    Some(QuoteFound {
        speaker: Some(m.entity),
        verb: at..at,
        direct: true,
        content,
    })
}

/// `وبحسب الوزير لافروف، فإن …` / `…، وفقا لوزارة الخارجية.`
fn attribution(sc: &Scan<'_>, a: usize, verb: Range<usize>) -> Option<(QuoteFound, usize)> {
    if matches!(sc.norm(a + 1), "ما" | "رايه" | "رايي") {
        return None;
    }
    // the source follows at once (بحسب الوزير، وفقا لـ، نقلا عن): a mention further on is not it
    let link = usize::from(matches!(sc.norm(a + 1), "ل" | "لـ" | "عن"));
    let window_end = sc.w.get(a + 2 + link).map_or(sc.text.len(), |w| w.be);
    let m = sc.speakers().find(|m| {
        m.byte_start >= sc.w[a].be && m.byte_start < window_end && m.entity < sc.ents.list.len()
    })?;
    let direct_after = sc.word_at(m.byte_start) <= a + 1 + link;
    match sc.kind_of(m) {
        Some(EntityKind::Location) => return None,
        Some(EntityKind::Person | EntityKind::Organization) => {}
        _ if !direct_after => return None,
        _ => {}
    }
    // sentence start
    let mut s = a;
    while s > sc.line_start(a) && !sc.is_sentence_end(s - 1) {
        s -= 1;
    }
    let at_start = (s..a).all(|k| sc.w[k].kind != WKind::Word);
    if at_start {
        let after = sc.word_at(m.byte_end);
        let comma = (after..sc.line_end(a))
            .take(8)
            .find(|&k| matches!(sc.norm(k), "،" | ","))?;
        let mut cs = comma + 1;
        if matches!(sc.norm(cs), "فان" | "فانه" | "ان" | "انه" | "فانها") {
            cs += 1;
        }
        let e = sc.reported_end(cs);
        let content = sc.content_bytes(cs, e)?;
        Some((
            QuoteFound {
                speaker: Some(m.entity),
                verb,
                direct: false,
                content,
            },
            e,
        ))
    } else {
        let content = sc.content_bytes(s, a)?;
        let after = sc.word_at(m.byte_end);
        Some((
            QuoteFound {
                speaker: Some(m.entity),
                verb,
                direct: false,
                content,
            },
            after,
        ))
    }
}

#[cfg(test)]
mod tests;

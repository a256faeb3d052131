//! Date expressions, normalised to ISO 8601 and resolved against `published`.
//!
//! Values are as precise as the text: `2020`, `2020-01`, `2020-01-19`, half years `2020-H2`,
//! quarters `2020-Q3`, ISO weeks `2016-W08` (for الأسبوع الماضي …). Explicit ranges
//! (`بين عامي 2011 و2015`, `من 5 إلى 7 يوليو 2020`, `شهري مارس وأبريل 2016`) give ONE mention whose value
//! is an ISO 8601 interval `start/end` (`2011/2015`, `2020-07-05/2020-07-07`).
//!
//! Hijri dates (`15 رمضان 1436هـ`) are converted to the Gregorian calendar with the tabular
//! (arithmetical) Islamic calendar: it can differ by a day or two from sighting-based calendars, which
//! is acceptable for news. A Hijri month without a day gives the Gregorian month of its first day; a
//! Hijri year alone, the Gregorian year holding most of it (that of its middle).
//!
//! Relative expressions (اليوم، أمس، الأسبوع الماضي، العام المقبل، يوم الثلاثاء …) are resolved only when
//! `published` is precise enough; otherwise they are skipped, never guessed. A bare month name needs a
//! cue (a day, a year, شهر, الماضي/المقبل) because several names are also ordinary words (مارس، آب، صفر).
//! `عشية` (eve of) before a day gives the day before (`عشية 19 يناير 2020` → `2020-01-18`); before
//! an event (عشية زيارته) it is not a date.
//!
//! Matching runs over a small lexer of our own ([`lex`]) rather than the analysis tokens, so that digits
//! glued to letters (`1436هـ`, `و2015`) split the same way whatever the tokenizer does; findings are
//! mapped back to analysis tokens by byte offsets.

use crate::context::{DateFound, Doc};
use rasid_analysis::{fold, CompactString, Token};
use rustc_hash::FxHashSet as HashSet;
use std::collections::HashMap;
use std::sync::OnceLock;

const MONTHS_TSV: &str = include_str!("../data/dates/months.tsv");
const RELATIVE_TSV: &str = include_str!("../data/dates/relative.tsv");
const WEEKDAYS_TSV: &str = include_str!("../data/dates/weekdays.tsv");

// ---------------------------------------------------------------------------------------------
// Lexer shared with `quotes`.

/// What a [`Word`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WKind {
    Word,
    Num,
    Punct,
    /// A line break: paragraphs and headlines end there.
    Newline,
}

/// One lexeme with its byte range in the original text and its folded form (inline up to 24
/// bytes: lexing allocates nothing per word).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    pub bs: usize,
    pub be: usize,
    pub kind: WKind,
    pub norm: CompactString,
}

/// Split text into words (letters + harakat), numbers (any digits), punctuation and line breaks.
///
/// Digit/letter transitions split, so `1436هـ` and `و2015` yield a number of their own.
pub(crate) fn lex(text: &str) -> Vec<Word> {
    lex_with(text, &[])
}

/// [`lex`], taking the folded form of a word from the analysis token with the same byte span
/// (`fold(token.text) == token.norm`), so most words are not folded a second time.
///
/// Why tokens drive it: most tokens are plain Arabic words between spaces, and for those the
/// lexer's word is the token itself; only the rest (numbers, punctuation, mixed scripts and the
/// gaps between tokens) goes through the char-by-char state machine ([`Lexer::run`]).
pub(crate) fn lex_with(text: &str, toks: &[Token]) -> Vec<Word> {
    let mut out = SPARE_WORDS.take();
    out.clear();
    out.reserve(toks.len() + toks.len() / 4 + 8);
    let mut lx = Lexer {
        text,
        toks,
        out,
        cur: None,
        next_tok: 0,
    };
    let bytes = text.as_bytes();
    let mut pos = 0;
    // A space is the usual neighbour of a token: it needs no char decoding.
    let apart = |b: u8| b == b' ';
    for (k, t) in toks.iter().enumerate() {
        let (bs, be) = (t.byte_start, t.byte_end);
        if t.kind != rasid_analysis::TokenKind::Word
            || !plain_arabic(&bytes[bs..be])
            || !(bs == 0
                || apart(bytes[bs - 1])
                || text[..bs].chars().next_back().is_some_and(|c| !wordy(c)))
            || !(be == text.len()
                || apart(bytes[be])
                || text[be..].chars().next().is_some_and(|c| !wordy(c)))
        {
            continue;
        }
        // The char before the token ends any run (it is not wordy), so the lexer state is
        // empty when the token starts, and the token is exactly one lexer word. (The state is
        // also empty at `pos`, so a gap of spaces, which emits nothing, needs no lexing.)
        if !bytes[pos..bs].iter().all(|&b| apart(b)) {
            lx.run(pos, bs);
        }
        debug_assert!(lx.cur.is_none());
        debug_assert_eq!(t.norm, fold(t.text(text)));
        if !t.norm.is_empty() {
            lx.out.push(Word {
                bs,
                be,
                kind: WKind::Word,
                norm: t.norm.clone(),
            });
        }
        lx.next_tok = k + 1;
        pos = be;
    }
    lx.run(pos, text.len());
    lx.flush(text.len());
    lx.out
}

/// Is every char of `word` an Arabic letter, a haraka (فتحة … سكون) or tatweel? Such a word is
/// one lexer word: letters are alphanumeric, and harakat and tatweel keep a run going.
fn plain_arabic(word: &[u8]) -> bool {
    word.len().is_multiple_of(2)
        && word.chunks_exact(2).all(|c| {
            let cp = (u32::from(c[0] & 0x1F) << 6) | u32::from(c[1] & 0x3F);
            matches!(c[0], 0xD8 | 0xD9)
                && c[1] & 0xC0 == 0x80
                && matches!(cp, 0x0621..=0x063A | 0x0640..=0x0652)
        })
}

/// Does `c` belong in a lexer word or number (or keep one going)?
#[inline]
fn wordy(c: char) -> bool {
    classify(c).1 || rasid_analysis::fold_char(c).is_none()
}

thread_local! {
    /// The word array of the thread's previous document (see [`recycle`]).
    static SPARE_WORDS: std::cell::Cell<Vec<Word>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Hand the words of a finished document back for the next [`lex_with`] on the thread.
///
/// Why: a fresh array per document (tens of KB) kept taking pages the allocator had just
/// returned to the system, and the kernel zeroed them again: a visible share of the run.
pub(crate) fn recycle(mut words: Vec<Word>) {
    /// Arrays kept at most (words): one huge text should not pin its memory for good.
    const MAX_KEPT: usize = 1 << 20;
    if words.capacity() <= MAX_KEPT {
        words.clear();
        SPARE_WORDS.set(words);
    }
}

/// The char-by-char lexer state (see [`lex_with`]).
struct Lexer<'t> {
    text: &'t str,
    toks: &'t [Token],
    out: Vec<Word>,
    /// The word or number being read: (byte start, is digits).
    cur: Option<(usize, bool)>,
    /// No token before this one can still match a word's span.
    next_tok: usize,
}

impl Lexer<'_> {
    /// End the current word or number (if any) at byte `end`.
    fn flush(&mut self, end: usize) {
        let Some((s, digits)) = self.cur.take() else {
            return;
        };
        let toks = self.toks;
        while self.next_tok < toks.len() && toks[self.next_tok].byte_start < s {
            self.next_tok += 1;
        }
        let norm = match toks.get(self.next_tok) {
            Some(t) if t.byte_start == s && t.byte_end == end => {
                debug_assert_eq!(t.norm, fold(&self.text[s..end]));
                t.norm.clone()
            }
            _ => CompactString::from(fold(&self.text[s..end])),
        };
        if !norm.is_empty() {
            self.out.push(Word {
                bs: s,
                be: end,
                kind: if digits { WKind::Num } else { WKind::Word },
                norm,
            });
        }
    }

    /// Lex the bytes `from..to` of the text char by char.
    fn run(&mut self, from: usize, to: usize) {
        let text = self.text;
        for (i, c) in text[from..to].char_indices() {
            let b = from + i;
            let (digit, alnum) = classify(c);
            let wordy = alnum || rasid_analysis::fold_char(c).is_none();
            if wordy {
                match self.cur {
                    // harakat / tatweel / controls keep the current run, whatever it is
                    Some(_) if !alnum => {}
                    Some((_, d)) if d == digit => {}
                    _ => {
                        self.flush(b);
                        self.cur = Some((b, digit));
                    }
                }
            } else {
                self.flush(b);
                if c == '\n' || c == '\u{2029}' {
                    self.out.push(Word {
                        bs: b,
                        be: b + c.len_utf8(),
                        kind: WKind::Newline,
                        norm: "\n".into(),
                    });
                } else if !c.is_whitespace() {
                    self.out.push(Word {
                        bs: b,
                        be: b + c.len_utf8(),
                        kind: WKind::Punct,
                        norm: CompactString::from(&*c.encode_utf8(&mut [0; 4])),
                    });
                }
            }
        }
    }
}

/// (is a digit, is alphanumeric), with fast paths for ASCII and the Arabic block: the generic
/// Unicode tables were the lexer's main cost.
#[inline]
fn classify(c: char) -> (bool, bool) {
    match c {
        '0'..='9' | '٠'..='٩' | '۰'..='۹' => (true, true),
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => (false, true),
        _ if c.is_ascii() => (false, false),
        // harakat and tatweel are not alphanumeric (they join the run through fold_char)
        '\u{064B}'..='\u{065F}' | '\u{0640}' | '\u{0670}' => (false, false),
        _ => (c.is_numeric(), c.is_alphanumeric()),
    }
}

/// Single-letter proclitics (and their pairs) tolerated before a lexicon word.
const PROCLITICS: [&str; 10] = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

/// Length in chars of the proclitic prefix of `norm` that leaves `target`, if any
/// (`0` when `norm == target`). Handles ل + ال → لل.
pub(crate) fn clitic_match(norm: &str, target: &str) -> Option<usize> {
    if norm == target {
        return Some(0);
    }
    // Every match below ends with `target`, or (لل) with `target` minus its article: refuse the
    // rest without trying each proclitic (this runs for every candidate word and phrase).
    let tail = target.strip_prefix("ال").unwrap_or(target);
    if !norm.ends_with(tail) {
        return None;
    }
    for p in PROCLITICS {
        if let Some(rest) = norm.strip_prefix(p) {
            if rest == target {
                return Some(p.chars().count());
            }
            if p.ends_with('ل')
                && target.starts_with("ال")
                && rest.starts_with('ل')
                && rest[2..] == target[4..]
            {
                // لل + X == ل + الX: the article's alef was dropped; keep the first ل as clitic.
                return Some(p.chars().count());
            }
        }
    }
    None
}

/// Byte offset after skipping `n` letters (and any harakat following them) from `bs`.
pub(crate) fn skip_chars(text: &str, bs: usize, n: usize) -> usize {
    let mut left = n;
    let mut pos = bs;
    for (b, c) in text[bs..].char_indices() {
        if rasid_analysis::fold_char(c).is_none() {
            pos = bs + b + c.len_utf8();
            continue;
        }
        if left == 0 {
            return bs + b;
        }
        left -= 1;
        pos = bs + b + c.len_utf8();
    }
    pos
}

// ---------------------------------------------------------------------------------------------
// Lexicons.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cal {
    Gregorian,
    Hijri,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    /// A phrase that looks relative but is not a date (في أمس الحاجة: "in direst need").
    NotADate,
}

#[derive(Debug)]
struct Lexicon {
    /// (folded words, month, calendar), longest first.
    months: Vec<(Vec<String>, u32, Cal)>,
    /// (folded words, unit, offset), longest first.
    relative: Vec<(Vec<String>, Unit, i64)>,
    weekdays: HashMap<String, u32>,
    /// Every word that can start a date phrase (folded, in all its [`head_forms`]): a cheap filter
    /// so the matchers only run where a date can begin.
    starts: HashSet<String>,
    /// [`Shape`]s of `starts`: most words are refused by one bit, without hashing and probing.
    start_shapes: Shapes,
    /// First words of the month and relative phrases ([`head_forms`]), for the same filter in
    /// their matchers.
    month_heads: HashSet<String>,
    relative_heads: HashSet<String>,
}

impl Lexicon {
    /// Can a date phrase start at a word with this folded form?
    fn may_start(&self, w: &Word) -> bool {
        if w.kind == WKind::Num {
            return true;
        }
        w.kind == WKind::Word
            && self.start_shapes.may_hold(&w.norm)
            && self.starts.contains(w.norm.as_str())
    }
}

/// A set of word shapes (length, first and last two bytes: the first and last Arabic letters),
/// one bit each: a word whose shape is
/// absent is certainly not in the set the shapes were taken from.
#[derive(Debug)]
struct Shapes(Box<[u64]>);

impl Shapes {
    const BITS: usize = 1 << 16;

    fn of<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        let mut bits = vec![0u64; Self::BITS / 64].into_boxed_slice();
        for w in words {
            let k = Self::shape(w);
            bits[k / 64] |= 1 << (k % 64);
        }
        Shapes(bits)
    }

    #[inline]
    fn shape(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let pair = |i: usize| u32::from(b[i]) << 8 | u32::from(b[i + 1]);
        let (first, last) = if n < 2 {
            (0, 0)
        } else {
            (pair(0), pair(n - 2))
        };
        let x = (n as u32).wrapping_mul(0x9E37_79B1) ^ first << 16 ^ last;
        (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let k = Self::shape(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Every form under which a word of `heads` passes [`clitic_match`]: itself, after a proclitic,
/// and لل for ل + ال. Built once, so "can a phrase start here?" is one set lookup per word.
fn head_forms(heads: impl IntoIterator<Item = String>) -> HashSet<String> {
    let mut out = HashSet::default();
    for h in heads {
        for p in PROCLITICS {
            out.insert(format!("{p}{h}"));
            if p.ends_with('ل') {
                if let Some(bare) = h.strip_prefix("ال") {
                    out.insert(format!("{p}ل{bare}"));
                }
            }
        }
        out.insert(h);
    }
    out
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace().map(fold).collect()
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut months: Vec<_> = rows(MONTHS_TSV)
            .filter_map(|r| {
                let m = r.get(1)?.trim().parse().ok()?;
                let cal = if r.get(2).map(|c| c.trim()) == Some("h") {
                    Cal::Hijri
                } else {
                    Cal::Gregorian
                };
                Some((words_of(r[0]), m, cal))
            })
            .collect();
        months.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        months.dedup();
        let mut relative: Vec<_> = rows(RELATIVE_TSV)
            .filter_map(|r| {
                let unit = match r.get(1)?.trim() {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    "none" => Unit::NotADate,
                    _ => return None,
                };
                Some((words_of(r[0]), unit, r.get(2)?.trim().parse().ok()?))
            })
            .collect();
        relative.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        relative.dedup();
        let weekdays: HashMap<String, u32> = rows(WEEKDAYS_TSV)
            .filter_map(|r| Some((fold(r[0].trim()), r.get(1)?.trim().parse().ok()?)))
            .collect();
        let month_heads = head_forms(months.iter().map(|m| m.0[0].clone()));
        let relative_heads = head_forms(relative.iter().map(|r| r.0[0].clone()));
        let mut starts: Vec<String> = months
            .iter()
            .map(|m| m.0[0].clone())
            .chain(relative.iter().map(|r| r.0[0].clone()))
            .chain(weekdays.keys().cloned())
            .collect();
        starts.extend(
            YEAR_NOUNS
                .iter()
                .chain(&STRONG_YEAR_PREPS)
                .chain(&WEAK_YEAR_PREPS)
                .chain(&["النصف", "الربع", "يوم", "غره", "مستهل"])
                .map(|s| s.to_string()),
        );
        let starts = head_forms(starts);
        Lexicon {
            months,
            relative,
            weekdays,
            start_shapes: Shapes::of(&starts),
            starts,
            month_heads,
            relative_heads,
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01, proleptic Gregorian).

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Hijri date → days since 1970-01-01, in the Umm al-Qura calendar, Saudi Arabia's civil one,
/// whose months start on the days KACST tables give (ICU4X carries them): Saudi papers date by
/// it, and the tabular calendar is a day off in many months (25 Shawwal 1436 was Monday 10
/// August 2015, not the 11th). The tabular calendar serves outside the table, or for a day the
/// month does not have.
fn days_from_hijri(y: i64, m: u32, d: u32) -> i64 {
    use icu_calendar::{cal::Hijri, types::Month, Date};
    /// Rata Die (days from 0001-01-01, proleptic Gregorian) of 1970-01-01.
    const RD_UNIX_EPOCH: i64 = 719_163;
    if let (Ok(year), Ok(month), Ok(day)) = (i32::try_from(y), u8::try_from(m), u8::try_from(d)) {
        if (1..=12).contains(&month) {
            let date = Date::try_new(
                year.into(),
                Month::new(month),
                day,
                Hijri::new_umm_al_qura(),
            );
            if let Ok(date) = date {
                return date.to_rata_die().to_i64_date() - RD_UNIX_EPOCH;
            }
        }
    }
    days_from_tabular_hijri(y, m, d)
}

/// Tabular Islamic calendar (civil epoch 16 July 622 Julian) → days since 1970-01-01.
fn days_from_tabular_hijri(y: i64, m: u32, d: u32) -> i64 {
    let m = m as i64;
    // Julian day number of the Hijri date.
    let jd =
        d as i64 + ((59 * (m - 1) + 1) / 2) + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1948439;
    jd - 2440588
}

fn iso_day((y, m, d): (i64, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The article's date, as precise as it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Published {
    year: i64,
    month: Option<u32>,
    day: Option<u32>,
}

impl Published {
    fn parse(s: &str) -> Option<Self> {
        let mut it = s.trim().split('-');
        let year: i64 = it.next()?.parse().ok()?;
        let month = it
            .next()
            .and_then(|m| m.parse().ok())
            .filter(|m| (1..=12).contains(m));
        let day = month
            .and(it.next().and_then(|d| d.get(..2).unwrap_or(d).parse().ok()))
            .filter(|&d| d >= 1 && d <= days_in_month(year, month.unwrap_or(1)));
        Some(Self { year, month, day })
    }
    fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }
}

// ---------------------------------------------------------------------------------------------
// Matching.

/// A date being built: byte span and value.
struct Hit {
    /// Index of the word after the match.
    next: usize,
    bs: usize,
    be: usize,
    value: String,
}

struct Scan<'a> {
    text: &'a str,
    w: &'a [Word],
    lex: &'static Lexicon,
    pub_: Option<Published>,
}

const YEAR_NOUNS: [&str; 6] = ["عام", "العام", "سنه", "السنه", "عامي", "سنتي"];
const STRONG_YEAR_PREPS: [&str; 3] = ["منذ", "بحلول", "مطلع"];
/// Prepositions that make a following 4-digit number a year only when the number ends the phrase
/// ("في 2014،" yes; "في 2000 موقع" no).
const WEAK_YEAR_PREPS: [&str; 10] = [
    "في",
    "حتي",
    "خلال",
    "قبل",
    "بعد",
    "اواخر",
    "اوائل",
    "نهايه",
    "بدايه",
    "منتصف",
];
const RANGE_LINKS: [&str; 5] = ["الي", "حتي", "-", "–", "و"];

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&Word> {
        self.w.get(i)
    }
    fn is(&self, i: usize, kind: WKind) -> bool {
        self.w.get(i).is_some_and(|w| w.kind == kind)
    }
    fn norm(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| w.norm.as_str())
    }
    /// Number value of word `i` when it is a number of at most `max_digits` digits.
    fn num(&self, i: usize, max_digits: usize) -> Option<i64> {
        let w = self.w.get(i)?;
        (w.kind == WKind::Num
            && w.norm.len() <= max_digits
            && w.norm.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.norm.parse().ok())
        .flatten()
    }
    fn year_at(&self, i: usize) -> Option<i64> {
        self.num(i, 4)
            .filter(|y| self.norm(i).len() == 4 && (1000..=2100).contains(y))
    }
    /// Match a phrase of folded words at `i` (a proclitic allowed on the first word).
    /// Returns (index after, start byte without the proclitic).
    fn phrase(&self, i: usize, p: &[String]) -> Option<(usize, usize)> {
        let first = self.word(i).filter(|w| w.kind == WKind::Word)?;
        let skip = clitic_match(&first.norm, &p[0])?;
        for (k, pw) in p.iter().enumerate().skip(1) {
            let w = self.word(i + k).filter(|w| w.kind == WKind::Word)?;
            if w.norm != pw {
                return None;
            }
        }
        Some((i + p.len(), skip_chars(self.text, first.bs, skip)))
    }
    /// Can a phrase whose first words are `heads` start at word `i`? ([`Scan::phrase`] needs a
    /// word there whose clitic-stripped form is a first word.)
    fn may_head(&self, i: usize, heads: &HashSet<String>) -> bool {
        self.word(i)
            .is_some_and(|w| w.kind == WKind::Word && heads.contains(w.norm.as_str()))
    }
    fn month_at(&self, i: usize) -> Option<(usize, usize, u32, Cal)> {
        if !self.may_head(i, &self.lex.month_heads) {
            return None;
        }
        self.lex
            .months
            .iter()
            .find_map(|(p, m, c)| self.phrase(i, p).map(|(n, bs)| (n, bs, *m, *c)))
    }
    /// A year phrase at `i`: `[من] [عام|العام|سنة] YYYY [م|هـ]`. Returns (next, end byte, year, hijri?).
    fn year_phrase(&self, mut i: usize) -> Option<(usize, usize, i64, bool)> {
        if self.norm(i) == "من" {
            i += 1;
        }
        if YEAR_NOUNS
            .iter()
            .any(|n| clitic_match(self.norm(i), n).is_some())
        {
            i += 1;
        }
        let y = self.year_at(i)?;
        let (mut next, mut be) = (i + 1, self.w[i].be);
        let mut hijri = false;
        if let Some(w) = self.word(next) {
            if matches!(w.norm.as_str(), "ه" | "هـ" | "هجريه" | "للهجره") {
                hijri = true;
                (next, be) = (next + 1, w.be);
            } else if matches!(w.norm.as_str(), "م" | "ميلاديه" | "للميلاد") {
                (next, be) = (next + 1, w.be);
            }
        }
        // "هـ" may also come as ه + '.' abbreviations: keep it simple, a period is not included.
        Some((next, be, y, hijri))
    }

    fn resolve_month_year(&self, m: u32, modifier: Option<&str>) -> Option<i64> {
        let p = self.pub_?;
        let pm = p.month;
        Some(match modifier {
            Some("الماضي" | "المنصرم" | "الفائت") => match pm {
                Some(pm) if m >= pm => p.year - 1,
                Some(_) => p.year,
                None => return None,
            },
            Some("المقبل" | "القادم") => match pm {
                Some(pm) if m <= pm => p.year + 1,
                Some(_) => p.year,
                None => return None,
            },
            // No modifier: the year putting the month nearest the publication, as news reports
            // the recent past and the near future («25 ديسمبر» in a 5 January article is last year's).
            _ => match pm {
                Some(pm) if m > pm + 6 => p.year - 1,
                Some(pm) if m + 6 < pm => p.year + 1,
                _ => p.year,
            },
        })
    }

    /// `[D [إلى D]] MONTH[/MONTH] [(و|إلى) [D] MONTH] [YEAR]`, plus numeric dates.
    fn month_date(&self, i: usize) -> Option<Hit> {
        let start = self.word(i)?;
        // optional day, or day range
        let mut j = i;
        let mut day: Option<u32> = None;
        let mut day2: Option<u32> = None;
        if let Some(d) = self.num(i, 2).filter(|d| (1..=31).contains(d)) {
            day = Some(d as u32);
            j = i + 1;
            if RANGE_LINKS.contains(&self.norm(j)) {
                if let Some(d2) = self
                    .num(j + 1, 2)
                    .filter(|d2| (1..=31).contains(d2) && *d2 > d)
                {
                    day2 = Some(d2 as u32);
                    j += 2;
                }
            }
            // "الـ19 من كانون الثاني"
            if self.norm(j) == "من" && self.month_at(j + 1).is_some() {
                j += 1;
            }
        } else if matches!(start.norm.as_str(), "غره" | "مستهل") {
            // غرة رمضان: the first day of the month
            day = Some(1);
            j = i + 1;
        }
        let (mut k, mbs, m, cal) = self.month_at(j)?;
        let bs = if day.is_some() { start.bs } else { mbs };
        let mut be = self.w[k - 1].be;
        // "كانون الثاني/ يناير", "إبريل/نيسان", "يوليو (تموز)", "فبراير شباط"
        let glued = usize::from(!matches!(self.norm(k), "/" | "(" | "-"));
        if glued == 0 || self.is(k, WKind::Word) {
            if let Some((k2, _, m2, c2)) = self.month_at(k + 1 - glued) {
                if m2 == m && (glued == 0 || c2 == cal) {
                    k = k2;
                    if self.norm(k) == ")" {
                        k += 1;
                    }
                    be = self.w[k - 1].be;
                }
            }
        }
        // second month of a range: "مارس وأبريل", "من يناير إلى مارس"
        let mut month2: Option<(Option<u32>, u32)> = None;
        {
            let link = self.word(k).map(|w| w.norm.as_str());
            let (d2, at) = match link {
                Some("و" | "الي" | "حتي" | "-" | "–") => {
                    (self.num(k + 1, 2).map(|d| d as u32), k + 1)
                }
                _ => (None, k),
            };
            let at_m = if d2.is_some() { at + 1 } else { at };
            if at != k || self.norm(k).starts_with('و') {
                // glued "وأبريل"
                let probe = if at != k { at_m } else { k };
                if let Some((k2, _, m2, c2)) = self.month_at(probe) {
                    if c2 == cal && m2 != m && day2.is_none() {
                        month2 = Some((d2, m2));
                        k = k2;
                        be = self.w[k - 1].be;
                    }
                }
            }
        }
        let shahr_cue =
            i > 0 && matches!(self.norm(i - 1), "شهر" | "شهري" | "بشهر" | "لشهر" | "خلال");
        let mut value_year: Option<(i64, bool)> = None;
        if let Some((k2, be2, y, hijri)) = self.year_phrase(k) {
            value_year = Some((y, hijri));
            k = k2;
            be = be2;
        }
        let mut modifier = None;
        if value_year.is_none() {
            if let Some(w) = self.word(k) {
                if matches!(
                    w.norm.as_str(),
                    "الماضي"
                        | "المنصرم"
                        | "الفائت"
                        | "المقبل"
                        | "القادم"
                        | "الجاري"
                        | "الحالي"
                ) {
                    modifier = Some(w.norm.as_str());
                    be = w.be;
                    k += 1;
                }
            }
        }
        let (y, hijri_year) = match value_year {
            Some(v) => v,
            None => {
                if cal == Cal::Hijri || (day.is_none() && modifier.is_none() && !shahr_cue) {
                    return None;
                }
                (self.resolve_month_year(m, modifier)?, false)
            }
        };
        let value = if cal == Cal::Hijri || hijri_year {
            if cal != Cal::Hijri {
                return None;
            }
            if !(1..=1700).contains(&y) {
                // "رمضان 2016": a Hijri month named in a Gregorian year; the year is all we know.
                format!("{y:04}")
            } else {
                let conv = |d: u32, m: u32| iso_day(civil_from_days(days_from_hijri(y, m, d)));
                match (day, day2, month2) {
                    (Some(d), Some(d2), _) => format!("{}/{}", conv(d, m), conv(d2, m)),
                    (Some(d), None, None) => conv(d, m),
                    (_, _, Some((_, m2))) => format!("{}/{}", &conv(1, m)[..7], &conv(1, m2)[..7]),
                    _ => conv(1, m)[..7].to_string(),
                }
            }
        } else {
            let ok = |d: u32, m: u32| d <= days_in_month(y, m);
            match (day, day2, month2) {
                (Some(d), Some(d2), _) if ok(d2, m) => {
                    format!("{}/{}", iso_day((y, m, d)), iso_day((y, m, d2)))
                }
                (Some(d), None, Some((Some(d2), m2))) if ok(d, m) && ok(d2, m2) => {
                    format!("{}/{}", iso_day((y, m, d)), iso_day((y, m2, d2)))
                }
                (None, None, Some((None, m2))) => format!("{y:04}-{m:02}/{y:04}-{m2:02}"),
                (Some(d), None, None) if ok(d, m) => iso_day((y, m, d)),
                (None, None, None) => format!("{y:04}-{m:02}"),
                _ => return None,
            }
        };
        Some(Hit {
            next: k,
            bs,
            be,
            value,
        })
    }

    /// `2016-02-29`, `29/2/2016`, `29-02-2016`, `2016/02/29` (written without spaces).
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let w = &self.w;
        if i + 4 >= w.len() {
            return None;
        }
        let sep = self.norm(i + 1);
        if !matches!(sep, "-" | "/" | ".") || self.norm(i + 3) != sep {
            return None;
        }
        // (spaced only with slashes, as Saudi papers write Hijri dates: 25 / 10 / 1436 هـ)
        if sep != "/" && !(i + 1..=i + 4).all(|k| w[k].bs == w[k - 1].be) {
            return None;
        }
        let (a, b, c) = (self.num(i, 4)?, self.num(i + 2, 2)?, self.num(i + 4, 4)?);
        let (y, m, d) = if self.norm(i).len() == 4 {
            (a, b, c)
        } else if self.norm(i + 4).len() == 4 {
            (c, b, a)
        } else {
            return None;
        };
        // a Hijri year (1300..1500, no Gregorian year of the news): its era mark joins the span
        let hijri = (1300..=1500).contains(&y);
        let era = hijri && matches!(self.norm(i + 5), "ه" | "هـ" | "هجريه");
        if !(hijri || (1900..=2100).contains(&y))
            || !(1..=12).contains(&m)
            || d < 1
            || d > if hijri {
                30
            } else {
                days_in_month(y, m as u32) as i64
            }
        {
            return None;
        }
        // a longer run of numbers is a phone number, a version or a score, not a date
        if matches!(self.norm(i + 5), "-" | "/" | ".") && self.is(i + 6, WKind::Num) {
            return None;
        }
        let value = if hijri {
            iso_day(civil_from_days(days_from_hijri(y, m as u32, d as u32)))
        } else {
            iso_day((y, m as u32, d as u32))
        };
        let last = i + 4 + usize::from(era);
        Some(Hit {
            next: last + 1,
            bs: w[i].bs,
            be: w[last].be,
            value,
        })
    }

    /// `عام 2011`, `العام 2011`, `سنة 2011م`, `عامي 2011 و2015`, `منذ 2011`, `2015م`.
    fn year_date(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?;
        let noun = YEAR_NOUNS.iter().find_map(|n| clitic_match(&w.norm, n));
        let (ystart, bs) = if let Some(skip) = noun {
            (i + 1, skip_chars(self.text, w.bs, skip))
        } else if STRONG_YEAR_PREPS.contains(&w.norm.as_str()) {
            (i + 1, self.word(i + 1)?.bs)
        } else if WEAK_YEAR_PREPS.contains(&w.norm.as_str()) {
            let y = self.year_at(i + 1)?;
            let ends = self
                .word(i + 2)
                .is_none_or(|n| n.kind != WKind::Word || n.norm == "و");
            if !(1950..=2035).contains(&y) || !ends {
                return None;
            }
            (i + 1, self.word(i + 1)?.bs)
        } else if w.kind == WKind::Num {
            // a bare year only with an explicit era mark, in a plausible range: "م" is also metres
            let y = self.year_at(i)?;
            let ok = match self.norm(i + 1) {
                "م" | "ميلاديه" => (1900..=2100).contains(&y),
                "ه" | "هـ" | "هجريه" => (1300..=1500).contains(&y),
                _ => false,
            };
            if !ok {
                return None;
            }
            (i, w.bs)
        } else {
            return None;
        };
        if self.numeric_date(ystart).is_some() {
            return None; // "في 2016-02-29": the full date wins
        }
        let (mut next, mut be, y, hijri) = {
            let y = self.year_at(ystart)?;
            let (n, be, y2, h) = self.year_phrase(ystart).filter(|p| p.2 == y)?;
            (n, be, y2, h)
        };
        // A Hijri year alone is the Gregorian year holding most of it: its middle (1 Rajab).
        let conv_year = |y: i64, hijri: bool| {
            if hijri {
                civil_from_days(days_from_hijri(y, 7, 1)).0
            } else {
                y
            }
        };
        let mut value = format!("{:04}", conv_year(y, hijri));
        // range: "و2015", "إلى 2015", "- 2015", "إلى عام 2015"
        if RANGE_LINKS.contains(&self.norm(next)) {
            if let Some((n2, be2, y2, h2)) = self.year_phrase(next + 1) {
                if y2 > y {
                    value = format!("{value}/{:04}", conv_year(y2, h2 || hijri));
                    (next, be) = (n2, be2);
                }
            }
        }
        Some(Hit {
            next,
            bs,
            be,
            value,
        })
    }

    /// `النصف الثاني من عام 2020`, `الربع الثالث من العام الجاري`.
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?;
        let (skip, half) = if let Some(s) = clitic_match(&w.norm, "النصف") {
            (s, true)
        } else {
            (clitic_match(&w.norm, "الربع")?, false)
        };
        let ord = match self.norm(i + 1) {
            "الاول" => 1,
            "الثاني" => 2,
            "الثالث" if !half => 3,
            "الرابع" if !half => 4,
            "الاخير" => {
                if half {
                    2
                } else {
                    4
                }
            }
            _ => return None,
        };
        let mut k = i + 2;
        if self.norm(k) == "من" {
            k += 1;
        }
        let (next, be, y) = if let Some((n, be, y, hijri)) = self.year_phrase(k) {
            if hijri {
                return None;
            }
            (n, be, y)
        } else {
            let (n, be, y) = self.relative_year(k)?;
            (n, be, y)
        };
        let tag = if half { 'H' } else { 'Q' };
        Some(Hit {
            next,
            bs: skip_chars(self.text, w.bs, skip),
            be,
            value: format!("{y:04}-{tag}{ord}"),
        })
    }

    /// A relative year phrase at `i` (هذا العام، العام المقبل …) resolved against `published`.
    fn relative_year(&self, i: usize) -> Option<(usize, usize, i64)> {
        let p = self.pub_?;
        if !self.may_head(i, &self.lex.relative_heads) {
            return None;
        }
        self.lex
            .relative
            .iter()
            .filter(|r| r.1 == Unit::Year)
            .find_map(|(ph, _, off)| {
                self.phrase(i, ph)
                    .map(|(n, _)| (n, self.w[n - 1].be, p.year + off))
            })
    }

    /// اليوم، أمس، الأسبوع الماضي، الشهر المقبل، العام الماضي …
    fn relative(&self, i: usize) -> Option<Hit> {
        let p = self.pub_?;
        if !self.may_head(i, &self.lex.relative_heads) {
            return None;
        }
        let (ph, unit, off) = self
            .lex
            .relative
            .iter()
            .find(|(ph, _, _)| self.phrase(i, ph).is_some())?;
        let (next, bs) = self.phrase(i, ph)?;
        // a phrase that is no date, starting a word before, holds this one (عين اليوم: a news site)
        let held = i > 0
            && self.may_head(i - 1, &self.lex.relative_heads)
            && self.lex.relative.iter().any(|(ph, u, _)| {
                *u == Unit::NotADate
                    && ph.len() > 1
                    && self.phrase(i - 1, ph).is_some_and(|(n, _)| n > i)
            });
        // a day word in quotation marks is a name (قال لـ«اليوم»: the newspaper)
        let quoted = *unit == Unit::Day && next == i + 1 && {
            let before = self.text[..bs].chars().next_back();
            let after = self.text[self.w[i].be..].chars().next();
            matches!(before, Some('«' | '"' | '“')) && matches!(after, Some('»' | '"' | '”'))
        };
        // a day word before a weekday (اليوم الأحد، أمس الأربعاء): the weekday names the day, and
        // a paper dated the day after says «today» of the day before
        let named_day = *unit == Unit::Day
            && self.word(next).is_some_and(|w| {
                self.lex
                    .weekdays
                    .iter()
                    .any(|(n, _)| clitic_match(&w.norm, n).is_some())
            });
        if held || quoted || named_day {
            return None;
        }
        // "العام الماضي 2015" is a year with a redundant cue: the year stated wins (the whole
        // phrase is its mention: مطلع العام الفائت 2014)
        // (only a year agreeing with the cue: «العام الحالي 1190 دولارا» is a price)
        let cued = p.year + off;
        if let Some(y) = self.year_at(next).filter(|&y| (y - cued).abs() <= 1) {
            return (*unit == Unit::Year).then(|| Hit {
                next: next + 1,
                bs,
                be: self.w[next].be,
                value: format!("{y:04}"),
            });
        }
        let value = match unit {
            Unit::Day => iso_day(civil_from_days(p.days()? + off)),
            Unit::Week => {
                let z = p.days()? + 7 * off;
                let (y, m, d) = civil_from_days(z);
                iso_week(y, m, d)
            }
            Unit::Month => {
                let total = p.year * 12 + (p.month? as i64 - 1) + off;
                let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
                // a day of that month before it (في 12 الشهر الجاري، 20 من الشهر المقبل): the day
                let of = usize::from(i >= 1 && self.norm(i - 1) == "من");
                let day = i
                    .checked_sub(1 + of)
                    .and_then(|d| Some((d, self.num(d, 2)?)))
                    .filter(|&(_, n)| (1..=days_in_month(y, m as u32) as i64).contains(&n));
                if let Some((d, n)) = day {
                    return Some(Hit {
                        next,
                        bs: self.w[d].bs,
                        be: self.w[next - 1].be,
                        value: format!("{y:04}-{m:02}-{n:02}"),
                    });
                }
                format!("{y:04}-{m:02}")
            }
            Unit::Year => format!("{:04}", p.year + off),
            Unit::NotADate => return None,
        };
        Some(Hit {
            next,
            bs,
            be: self.w[next - 1].be,
            value,
        })
    }

    /// `يوم الثلاثاء`, `الثلاثاء`, `الخميس المقبل` → the date of that weekday.
    fn weekday(&self, i: usize) -> Option<Hit> {
        let p = self.pub_?;
        let today = p.days()?;
        let (day_word, j) = match clitic_match(self.norm(i), "يوم") {
            Some(s) => (Some(s), i + 1),
            None => (None, i),
        };
        let w = self.word(j).filter(|w| w.kind == WKind::Word)?;
        let (skip, wd) = self
            .lex
            .weekdays
            .iter()
            .find_map(|(n, wd)| clitic_match(&w.norm, n).map(|s| (s, *wd)))?;
        // an explicit date follows ("الثلاثاء 19 يناير"): that one is the date
        if self.is(j + 1, WKind::Num) {
            return None;
        }
        let modifier = self.norm(j + 1);
        let time_cue = j > 0
            && matches!(
                self.norm(j - 1),
                "صباح" | "مساء" | "ليل" | "ليله" | "فجر" | "ظهر" | "عصر"
            );
        let ambiguous = matches!(w.norm.as_str(), "الاحد" | "الجمعه");
        // «غدا الأربعاء»: tomorrow names the weekday ahead, not the one just past; «اليوم
        // الأربعاء» the nearest one (a paper dated the evening before says «today» of the next)
        let tomorrow = i > 0 && matches!(self.norm(i - 1), "غدا" | "وغدا" | "غد" | "الغد");
        let today_cue = i > 0 && matches!(self.norm(i - 1), "اليوم" | "واليوم");
        let has_mod = matches!(modifier, "الماضي" | "المقبل" | "القادم") || tomorrow;
        if ambiguous && day_word.is_none() && !time_cue && !has_mod && !today_cue {
            return None;
        }
        // ISO weekday of `today` (1970-01-01 was a Thursday = 4)
        let cur = (today + 3).rem_euclid(7) + 1;
        let back = (cur - wd as i64).rem_euclid(7);
        let (z, next, be) = match modifier {
            _ if tomorrow => (today + (wd as i64 - cur).rem_euclid(7), j + 1, w.be),
            _ if today_cue && !has_mod && (wd as i64 - cur).rem_euclid(7) <= 3 => {
                (today + (wd as i64 - cur).rem_euclid(7), j + 1, w.be)
            }
            "المقبل" | "القادم" => {
                let fwd = (wd as i64 - cur).rem_euclid(7);
                (
                    today + if fwd == 0 { 7 } else { fwd },
                    j + 2,
                    self.w[j + 1].be,
                )
            }
            "الماضي" => (
                today - if back == 0 { 7 } else { back },
                j + 2,
                self.w[j + 1].be,
            ),
            _ => (today - back, j + 1, w.be),
        };
        // the day word before joins the mention (اليوم الأحد، أمس الخميس، بعد غد الأربعاء): it
        // gave way to the weekday in `relative`
        let lead = (day_word.is_none() && i > 0)
            .then(|| {
                ["اليوم", "امس", "الامس", "غدا", "غد", "الغد"]
                    .iter()
                    .find_map(|b| clitic_match(self.norm(i - 1), b))
            })
            .flatten()
            .map(|s| match i.checked_sub(2) {
                Some(k) if clitic_match(self.norm(k), "بعد").is_some() => (k, 0),
                _ => (i - 1, s),
            });
        let bs = match (lead, day_word) {
            (Some((k, s)), _) => skip_chars(self.text, self.w[k].bs, s),
            (None, Some(s)) => skip_chars(self.text, self.w[i].bs, s),
            (None, None) => skip_chars(self.text, w.bs, skip),
        };
        Some(Hit {
            next,
            bs,
            be,
            value: iso_day(civil_from_days(z)),
        })
    }
}

fn iso_week(y: i64, m: u32, d: u32) -> String {
    let z = days_from_civil(y, m, d);
    let wd = (z + 3).rem_euclid(7) + 1; // 1 = Monday
    let thursday = z - wd + 4;
    let (ty, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(ty, 1, 1)) / 7 + 1;
    format!("{ty:04}-W{week:02}")
}

/// Find and normalise the dates of a document.
pub fn find(cx: &Doc<'_>) -> Vec<DateFound> {
    let published = cx.doc.published.as_deref().and_then(Published::parse);
    find_in(cx.text, cx.words(), published)
        .into_iter()
        .map(|(bs, be, value)| {
            let toks = &cx.analysis.tokens;
            let ts = toks.partition_point(|t| t.byte_end <= bs);
            let te = toks.partition_point(|t| t.byte_start < be).max(ts);
            DateFound {
                tokens: ts..te,
                byte_start: bs,
                byte_end: be,
                value,
            }
        })
        .collect()
}

/// Drops the dates that are the family name of a person (أحمد الخميس، بدر الخميس): a weekday
/// inside a person mention, after its first word. The entities stage has already cut names at
/// time words (فيصل بن خالد أمس), so what stays inside a name is part of it.
pub fn drop_inside_names(
    dates: &mut Vec<DateFound>,
    ents: &crate::context::Entities,
    tokens: &[rasid_analysis::Token],
) {
    let weekdays = &lexicon().weekdays;
    dates.retain(|d| {
        let weekday = d.tokens.len() == 1
            && tokens
                .get(d.tokens.start)
                .is_some_and(|t| weekdays.contains_key(t.norm.as_str()));
        !weekday
            || !ents.mentions.iter().any(|m| {
                m.byte_start < d.byte_start
                    && d.byte_end <= m.byte_end
                    && ents.list.get(m.entity).and_then(|e| e.kind)
                        == Some(rasid_core::EntityKind::Person)
            })
    });
}

/// The dates of a text as (byte start, byte end, value); `published` is `YYYY[-MM[-DD]]`.
pub fn find_text(text: &str, published: Option<&str>) -> Vec<(usize, usize, String)> {
    find_in(text, &lex(text), published.and_then(Published::parse))
}

fn find_in(text: &str, w: &[Word], pub_: Option<Published>) -> Vec<(usize, usize, String)> {
    let sc = Scan {
        text,
        w,
        lex: lexicon(),
        pub_,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if !sc.lex.may_start(&w[i]) {
            i += 1;
            continue;
        }
        let hit = sc
            .numeric_date(i)
            .or_else(|| sc.month_date(i))
            .or_else(|| sc.part_of_year(i))
            .or_else(|| sc.year_date(i))
            .or_else(|| sc.relative(i))
            .or_else(|| sc.weekday(i));
        match hit {
            Some(mut h) if h.next > i && h.bs < h.be => {
                // عشية (the eve of) a day: the day before, the word included
                if i > 0 && clitic_match(&w[i - 1].norm, "عشيه").is_some() && h.value.len() == 10
                {
                    let eve = h
                        .value
                        .split('-')
                        .map(|x| x.parse::<i64>().ok())
                        .collect::<Vec<_>>();
                    if let [Some(y), Some(m), Some(d)] = eve[..] {
                        let z = days_from_civil(y, m as u32, d as u32) - 1;
                        h.value = iso_day(civil_from_days(z));
                        let skip = clitic_match(&w[i - 1].norm, "عشيه").unwrap_or(0);
                        h.bs = skip_chars(text, w[i - 1].bs, skip);
                    }
                }
                out.push((h.bs, h.be, h.value));
                i = h.next;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, published: Option<&str>) -> Vec<(String, String)> {
        find_text(text, published)
            .into_iter()
            .map(|(s, e, v)| (text[s..e].to_string(), v))
            .collect()
    }
    fn one(text: &str, published: Option<&str>) -> (String, String) {
        let d = dates(text, published);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        d[0].clone()
    }
    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn day_month_year_egyptian() {
        assert_eq!(
            one("29 فبراير 2016", None),
            pair("29 فبراير 2016", "2016-02-29")
        );
    }

    #[test]
    fn combined_levantine_and_egyptian_names() {
        let t = "وانعقد مؤتمر برلين حول ليبيا في 19 كانون الثاني/ يناير 2020. وكانت نتيجته";
        assert_eq!(
            one(t, None),
            pair("19 كانون الثاني/ يناير 2020", "2020-01-19")
        );
        let t = "بموجب البيان الذي وقع عليه رئيساهما في إبريل/نيسان 2001.";
        assert_eq!(one(t, None), pair("إبريل/نيسان 2001", "2001-04"));
        let t = "بعد انعقاد الدورة السابعة للجنة المختلطة الجزائرية/الروسية بموسكو، في يوليو/تموز 2015.";
        assert_eq!(one(t, None), pair("يوليو/تموز 2015", "2015-07"));
    }

    #[test]
    fn day_of_month_with_min() {
        assert_eq!(
            one("في الـ19 من كانون الثاني 2020", None),
            pair("19 من كانون الثاني 2020", "2020-01-19")
        );
    }

    #[test]
    fn maghrebi_months_and_arabic_indic_digits() {
        assert_eq!(one("يوم ١٢ جويلية ٢٠١٩ بالعاصمة", None).1, "2019-07-12");
        assert_eq!(one("في 3 أفريل 2021", None).1, "2021-04-03");
        assert_eq!(one("منتصف شهر أوت 2018", None).1, "2018-08");
    }

    #[test]
    fn halves_and_quarters() {
        let t = "اللجنة للتعاون العسكري التقني سيعقد في النصف الثاني من عام 2020.";
        assert_eq!(one(t, None), pair("النصف الثاني من عام 2020", "2020-H2"));
        assert_eq!(
            one("خلال الربع الثالث من العام الجاري", Some("2019-05-02")).1,
            "2019-Q3"
        );
        // relative year without a published date: nothing rather than a guess
        assert!(dates("في النصف الثاني من هذا العام.", None).is_empty());
        assert_eq!(
            one("في النصف الثاني من هذا العام.", Some("2020-06-24")).1,
            "2020-H2"
        );
    }

    #[test]
    fn year_with_cue_only() {
        assert_eq!(
            one("مغامرة حلف شمال الأطلسي في العام 2011 في انتهاك", None),
            pair("العام 2011", "2011")
        );
        assert_eq!(
            one("بين عامي 2011 و2015", None),
            pair("عامي 2011 و2015", "2011/2015")
        );
        assert_eq!(one("منذ 2014 لم تتغير", None).1, "2014");
        assert_eq!(
            one("وتوقف اللعب في 2014، ثم عاد", None),
            pair("2014", "2014")
        );
        assert!(dates("تم تركيب الأجهزة في 2000 موقع", None).is_empty());
        assert!(dates("ضمن رؤية 2030 الطموحة", None).is_empty());
        // plain numbers are not years
        assert!(dates("قتل 2015 شخصا وأصيب 300 آخرون", None).is_empty());
        assert!(dates("بلغ عدد السكان 1500 نسمة في 12 مدينة", None).is_empty());
        // "عام" before a count is a count
        assert!(dates("خلال عام 25 مرة", None).is_empty());
        // "م" after a number is also metres
        assert!(dates("تم إنشاؤه بمساحة 1600م، ويعد", None).is_empty());
        assert_eq!(one("في 2015م", None).1, "2015");
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(one("بتاريخ 2016-02-29 أعلن", None).1, "2016-02-29");
        assert_eq!(one("في 2016-02-29، أعلن", None).1, "2016-02-29");
        assert_eq!(one("بتاريخ 29/2/2016 أعلن", None).1, "2016-02-29");
        assert!(dates("بتاريخ 30/2/2016 أعلن", None).is_empty());
        assert!(dates("رقم الهاتف 12-05-2016-44", None).is_empty());
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("من 5 إلى 7 يوليو 2020", None).1,
            "2020-07-05/2020-07-07"
        );
        assert_eq!(one("بين شهري مارس وأبريل 2016", None).1, "2016-03/2016-04");
    }

    #[test]
    fn hijri_dates_convert_with_umm_al_qura() {
        // 15 Ramadan 1436 AH = 2 July 2015; 1 Muharram 1441 AH = 31 August 2019 in the Umm al-Qura
        // calendar (1 September in the tabular one, which rasid used until session 9)
        assert_eq!(
            one("في 15 رمضان 1436هـ الموافق", None),
            pair("15 رمضان 1436هـ", "2015-07-02")
        );
        assert_eq!(
            one("غرة محرم 1441 هـ", None),
            pair("غرة محرم 1441 هـ", "2019-08-31")
        );
        // 1436 AH runs from October 2014 to October 2015; 1433 AH is «الموافق لعام 2012م».
        assert_eq!(one("عام 1436 هـ", None).1, "2015");
        assert_eq!(one("منذ عام 1433هـ الموافق", None).1, "2012");
        // a Hijri month without a year is not resolved
        assert!(dates("في شهر رمضان المبارك", None).is_empty());
    }

    #[test]
    fn relative_expressions_need_published() {
        assert!(dates("قال أمس إن", None).is_empty());
        assert_eq!(one("قال أمس إن", Some("2016-03-01")).1, "2016-02-29");
        assert_eq!(one("صرح اليوم", Some("2016-02-29")).1, "2016-02-29");
        assert_eq!(one("العام الماضي", Some("2016-02-29")).1, "2015");
        assert_eq!(one("الشهر المقبل", Some("2016-12-10")).1, "2017-01");
        assert_eq!(one("قبل نهاية العام", Some("2020-06-24")).1, "2020");
        assert_eq!(one("الأسبوع الماضي", Some("2016-02-29")).1, "2016-W08");
        assert_eq!(one("في يناير الماضي", Some("2016-02-29")).1, "2016-01");
        assert_eq!(one("في مارس المقبل", Some("2016-03-29")).1, "2017-03");
        // The two names of a month side by side, then the modifier (SaudiNewsNet).
        assert_eq!(
            one("يوم 26 فبراير شباط القادم في زيوريخ", Some("2015-07-21")),
            pair("26 فبراير شباط القادم", "2016-02-26")
        );
        // SaudiNewsNet: «أمس الاول» was yesterday, «في أمس الحاجة» ("in direst need") a date.
        assert_eq!(
            one("زار أمس الاول المرضى", Some("2016-03-01")).1,
            "2016-02-28"
        );
        assert!(dates("الأمة في أمس الحاجة إلى الوحدة", Some("2016-03-01")).is_empty());
    }

    #[test]
    fn a_bare_day_and_month_takes_the_year_nearest_the_publication() {
        // «28 ديسمبر» in an article of 5 January 2015 was 2015-12-28, a year ahead.
        assert_eq!(one("عقد في 28 ديسمبر", Some("2015-01-05")).1, "2014-12-28");
        assert_eq!(one("يعقد في 3 يناير", Some("2014-12-20")).1, "2015-01-03");
        assert_eq!(one("عقد في 3 يوليو", Some("2015-01-05")).1, "2015-07-03");
    }

    #[test]
    fn weekdays_resolve_to_most_recent() {
        // 2016-02-29 was a Monday
        assert_eq!(
            one("وصل يوم الثلاثاء إلى", Some("2016-02-29")),
            pair("يوم الثلاثاء", "2016-02-23")
        );
        assert_eq!(one("أعلن الاثنين", Some("2016-02-29")).1, "2016-02-29");
        assert_eq!(one("الخميس المقبل", Some("2016-02-29")).1, "2016-03-03");
        assert!(dates("الأحد عشر", Some("2016-02-29")).is_empty());
        assert!(dates("يوم الثلاثاء", None).is_empty());
    }

    #[test]
    fn spaced_hijri_numeric_dates_convert() {
        // SaudiNewsNet: «اليوم الاثنين 25 / 10 / 1436 هـ» (a Monday, 10 August 2015) gave only the
        // year 1436 AH; «4 / 11 / 1426هـ» only 2005.
        assert_eq!(
            one("أقيم الحد اليوم الاثنين 25 / 10 / 1436 هـ بمحافظة", None),
            pair("25 / 10 / 1436 هـ", "2015-08-10")
        );
        assert_eq!(one("في 4/11/1426هـ، لإصدار", None).1, "2005-12-06");
        assert!(dates("نتيجة 3 / 4 / 1436 هدفا", None).len() <= 1);
    }

    #[test]
    fn a_day_word_in_a_name_or_in_quotes_is_no_date() {
        // SaudiNewsNet: the news site «عين اليوم» and the paper «اليوم» were dated as today.
        assert!(dates("حنان الحامدي – عين اليوم أثارت نسبة", Some("2015-07-27")).is_empty());
        assert!(dates("من جهته قال لـ«اليوم» مدير عام فرع", Some("2015-08-10")).is_empty());
        assert_eq!(one("قال اليوم إن", Some("2015-08-10")).1, "2015-08-10");
        // and «today» as «nowadays»
        assert!(dates("أما اليوم فالأمور تغيرت كثيراً", Some("2015-07-21")).is_empty());
    }

    #[test]
    fn today_or_tomorrow_before_a_weekday_takes_the_weekday() {
        // SaudiNewsNet: «اليوم الأحد» in a paper dated Tuesday 21 July 2015 is Sunday the 19th,
        // not the 21st; «يوم غد الثلاثاء» in a paper dated Monday 10 August is the 11th.
        assert_eq!(
            dates(
                "قام تنظيم داعش، اليوم الأحد، بتدمير ملعب",
                Some("2015-07-21")
            ),
            vec![pair("اليوم الأحد", "2015-07-19")]
        );
        assert_eq!(
            one("ستبدأ بعد غدٍ الخميس، باستكمال", Some("2015-08-04")),
            pair("بعد غدٍ الخميس", "2015-08-06")
        );
        assert_eq!(
            one("محددةً يوم غد الثلاثاء موعدًا", Some("2015-08-10")).1,
            "2015-08-11"
        );
    }

    #[test]
    fn today_before_a_weekday_is_the_nearest_one() {
        // SaudiNewsNet: «اليوم الأربعاء» in a paper dated Tuesday was the Wednesday six days
        // before; the end of last year is last year.
        let got = dates("قالت الشركة اليوم الأربعاء إن", Some("2015-07-21"));
        assert!(
            got.iter()
                .any(|d| d == &pair("اليوم الأربعاء", "2015-07-22")),
            "{got:?}"
        );
        assert_eq!(
            one("في نهاية العام الماضي", Some("2015-07-21")),
            pair("نهاية العام الماضي", "2014")
        );
        assert_eq!(
            one("مطلع العام الفائت", Some("2015-07-21")),
            pair("مطلع العام الفائت", "2014")
        );
        assert_eq!(
            one("مطلع العام الفائت 2014، حيث", Some("2015-07-21")),
            pair("مطلع العام الفائت 2014", "2014")
        );
    }

    #[test]
    fn the_day_before_an_ordinal_or_adjective_is_not_today() {
        // SaudiNewsNet: «اليوم الأول»، «اليوم الوطني»، «واليوم المفتوح» were the publication date.
        for t in [
            "في اليوم الأول من المهرجان",
            "احتفالات اليوم الوطني",
            "واليوم المفتوح للأسر",
        ] {
            assert!(dates(t, Some("2015-07-21")).is_empty(), "{t}");
        }
        let today = dates("أعلن اليوم الاثنين", Some("2015-07-20"));
        assert!(today.iter().all(|d| d.1 == "2015-07-20") && !today.is_empty());
    }

    #[test]
    fn a_weekday_after_tomorrow_is_the_one_ahead() {
        // SaudiNewsNet: «يوم غدا الأربعاء» in a Tuesday paper was the Wednesday before.
        let got = dates("ينطلق يوم غدا الأربعاء المهرجان", Some("2015-07-21"));
        assert!(got.iter().all(|d| d.1 == "2015-07-22"), "{got:?}");
        assert!(got.iter().any(|d| d.0 == "غدا الأربعاء"), "{got:?}");
    }

    #[test]
    fn bare_month_names_need_a_cue() {
        assert!(dates("مارس الضغط على الحكومة", Some("2016-02-29")).is_empty());
        assert!(dates("آب الرجل إلى بيته", Some("2016-02-29")).is_empty());
        assert_eq!(one("يوم 19 يناير", Some("2016-02-29")).1, "2016-01-19");
    }

    #[test]
    fn eve_of_a_day_is_the_day_before() {
        assert_eq!(
            one("عشية 1 مارس 2016", None),
            pair("عشية 1 مارس 2016", "2016-02-29")
        );
        assert!(dates("عشية زيارته إلى الجزائر", Some("2016-02-29")).is_empty());
    }

    #[test]
    fn find_maps_dates_to_analysis_tokens() {
        let doc = rasid_core::Document {
            text: "وانعقد المؤتمر في 19 كانون الثاني/ يناير 2020 في برلين.".into(),
            ..Default::default()
        };
        let cx = Doc::new(&doc);
        let found = find(&cx);
        assert_eq!(found.len(), 1);
        let d = &found[0];
        let toks = &cx.analysis.tokens[d.tokens.clone()];
        assert_eq!(toks.first().map(|t| t.byte_start), Some(d.byte_start));
        assert_eq!(toks.last().map(|t| t.byte_end), Some(d.byte_end));
        assert_eq!(d.value, "2020-01-19");
    }

    #[test]
    fn calendar_round_trip() {
        for z in [-1000, 0, 16861, 18281, 40000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(iso_week(2021, 1, 1), "2020-W53");
    }

    #[test]
    fn a_weekday_family_name_is_no_date() {
        // 6,000-article read: «بيان أحمد الخميس», «مهاجم التعاون بدر الخميس» gave a Thursday;
        // all 6 weekdays inside a model-found name were a family name (or «الاثنين», "the two").
        let doc = rasid_core::Document {
            text: "وماذا عن بيان أحمد الخميس الذي أكد أن الفيديو شخصي؟ ووصل الوفد الخميس.".into(),
            published: Some("2015-05-10".into()),
            ..Default::default()
        };
        let ex = crate::Extractor::new(crate::ExtractOptions::default()).unwrap();
        let r = ex.extract(&doc);
        let dates: Vec<(&str, usize)> =
            r.dates.iter().map(|d| (d.text.as_str(), d.start)).collect();
        assert_eq!(dates, [("الخميس", 63)], "{dates:?}");
    }

    /// The token fast path of [`lex_with`] must give exactly the words of the char lexer.
    fn same_words_as_char_lexer(text: &str) {
        let a = rasid_analysis::analyze(text);
        assert_eq!(lex_with(text, &a.tokens), lex(text), "{text:?}");
    }

    #[test]
    fn lex_with_tokens_equals_char_lexer_on_the_examples() {
        for name in [
            "2016-lavrov-algiers-visit.txt",
            "2020-lavrov-boukadoum-moscow.txt",
        ] {
            let path = format!(
                "{}/../../../shared/examples/{name}",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).expect(&path);
            same_words_as_char_lexer(&text);
        }
    }

    #[test]
    fn lex_with_tokens_equals_char_lexer_at_script_and_digit_joints() {
        for text in [
            "عربيabc و2015 1436هـ G20 قمةG20 مَدْرَسَةٌ ـــالوزير الوزيرـ",
            "كلمة\u{200B}كلمة «الرياض»،جدة\nمكة\u{2029}المدينة ٢٠٢٠م",
            "ً  ـ قال:\"نعم\" (السعودية)-الرياض",
        ] {
            same_words_as_char_lexer(text);
        }
    }

    #[test]
    fn start_shapes_hold_every_start_and_refuse_two_thirds_of_other_words() {
        let lx = lexicon();
        assert!(lx.starts.iter().all(|w| lx.start_shapes.may_hold(w)));
        let text = std::fs::read_to_string(format!(
            "{}/../../../shared/examples/2016-lavrov-algiers-visit.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let others: Vec<_> = lex(&text)
            .into_iter()
            .filter(|w| w.kind == WKind::Word && !lx.starts.contains(w.norm.as_str()))
            .collect();
        let passed = others
            .iter()
            .filter(|w| lx.start_shapes.may_hold(&w.norm))
            .count();
        assert!(passed * 3 < others.len(), "{passed} of {}", others.len());
    }

    #[test]
    fn harakat_and_tatweel_are_dropped_by_fold() {
        // `plain_arabic` relies on it: they keep a lexer run going.
        for c in ('\u{064B}'..='\u{0652}').chain(['\u{0640}']) {
            assert!(wordy(c) && !classify(c).1, "{c:?}");
        }
    }

    #[test]
    fn a_day_of_this_month_is_that_day() {
        // Session 11 random sample: «يلتقي خوجة لافروف في موسكو في 12 الشهر الجاري» was dated
        // August 2015, so the meeting a week ahead was reported as done.
        assert_eq!(
            one("في موسكو في 12 الشهر الجاري", Some("2015-08-05")),
            pair("12 الشهر الجاري", "2015-08-12")
        );
        assert_eq!(
            one("يوم 3 من الشهر المقبل", Some("2015-12-20")).1,
            "2016-01-03"
        );
        // (no day 31 in September: the month alone)
        assert_eq!(one("31 الشهر الجاري", Some("2015-09-02")).1, "2015-09");
    }

    proptest::proptest! {
        #[test]
        fn lex_with_tokens_equals_char_lexer(text in "[ \n،.«»a-z0-9٠-٩ء-يًـ-ْ\u{200B}\u{0670}]{0,60}") {
            same_words_as_char_lexer(&text);
        }
    }
}

//! Coded events: who did what to whom, when and where, in CAMEO and PLOVER.
//!
//! Pipeline per document, all linear in the number of tokens:
//! 1. every word yields a few *candidate bases* by slicing off clitics (و ف، س، ب ل ك، ال، pronoun
//!    suffixes, accusative alef) — slices of the folded token, so no allocation;
//! 2. candidates are looked up in one hash map keyed by the first word of every trigger form; multiword
//!    forms are checked against the following tokens' candidates; the longest form wins;
//! 3. each match gets its mode (cues before/after it), refinements, context filters, participants
//!    (subject/object by position and preposition frame, possessor of verbal nouns, quote speakers for
//!    first-person forms and "we"), location (في + place) and date (nearest date of the clause).
//!
//! Precision over recall: events need an actor (or, for protests and violence, a stated place), verbal
//! nouns governed by a verbal trigger (دعا إلى وقف إطلاق النار) are the topic of that trigger, not events
//! of their own, and sports/figurative contexts drop or recode violent words.

mod codebook;
#[cfg(test)]
mod tests;

pub use codebook::{quad_class, Codebook};

use crate::context::{
    honorific_holder, ActorFound, DateFound, Doc, Entities, EventFound, MentionRef, MentionVia,
    QuoteFound, TOPIC_OPENERS,
};
use codebook::{class, ContextRule, CueMode, Frame, Kind, Person};
use rasid_analysis::{fold, PartRole, TokenKind};
use rasid_core::{EntityKind, Mode};
use std::collections::hash_map::Entry;
use std::ops::Range;

/// How many tokens around a trigger its participants, cues and dates may lie.
/// A subject after its verb stands first, after time words and quantities only.
const SUBJ_FILLED: usize = 6;
const SUBJ_BEFORE: usize = 4;
const TARGET_WINDOW: usize = 10;
const CUE_BEFORE: usize = 8;
/// Negation scopes over the next few words only (لم تحاول روسيا أبدا القيام ...).
const NEG_BEFORE: usize = 5;
const CUE_AFTER: usize = 9;
const GOVERN_WINDOW: usize = 6;
const DATE_WINDOW: usize = 20;
/// Segments of a document's opening (the headline and the lead's first sentences), where the
/// headline's event is restated in other words.
const LEAD: u32 = 3;

/// A candidate base of one token.
#[derive(Debug, Clone, Copy)]
struct Cand<'t> {
    s: &'t str,
    /// A future prefix سـ was removed.
    future: bool,
    /// A pronoun suffix was removed.
    enclitic: Option<Encl>,
    /// A ل proclitic was removed (purpose or name: لجنة ... للتعاون).
    lam: bool,
    /// A suffix was removed (cue words are matched without: بعدما is no عدم).
    suffix: bool,
    /// The article, ب, ك or لل was removed: the word is a noun (بقصف is a verbal noun, not a verb).
    nominal: bool,
    /// `s` is in one of the codebook's word tables ([`Codebook::knows`]); the tables are only
    /// searched for such bases.
    known: bool,
}

/// Pronoun suffix of a verbal noun: its possessor, with the gender that picks it (زيارته: a man,
/// مساعدتها: a country or woman).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encl {
    Masc,
    Fem,
    Plural,
    /// نا: the speaker's side.
    Our,
}

/// Candidate bases of a folded word, most literal first.
fn candidates<'t>(w: &'t str, out: &mut Vec<Cand<'t>>) {
    out.clear();
    // Arabic letters are two bytes: byte length / 2 is the letter count without a scan
    let len = |s: &str| s.len() / 2;
    out.push(Cand {
        s: w,
        future: false,
        enclitic: None,
        lam: false,
        suffix: false,
        nominal: false,
        known: false,
    });
    // conjunctions
    for c in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(c) {
            if len(r) >= 2 {
                out.push(Cand {
                    s: r,
                    future: false,
                    enclitic: None,
                    lam: false,
                    suffix: false,
                    nominal: false,
                    known: false,
                });
            }
        }
    }
    // future سـ before an imperfect prefix
    let n = out.len();
    for i in 0..n {
        let s = out[i].s;
        if let Some(r) = s.strip_prefix('س') {
            if len(r) >= 3 && r.starts_with(['ي', 'ت', 'ن', 'ا']) {
                out.push(Cand {
                    s: r,
                    future: true,
                    enclitic: None,
                    lam: false,
                    suffix: false,
                    nominal: false,
                    known: false,
                });
            }
        }
    }
    // prepositions and article
    let n = out.len();
    for i in 0..n {
        let c = out[i];
        // (s, ل removed, nominal)
        let mut rs: [(Option<&str>, bool, bool); 4] = [(None, false, false); 4];
        if let Some(r) = c.s.strip_prefix("لل") {
            rs[0] = (Some(r), true, true);
        }
        if let Some(r) = c.s.strip_prefix("ال") {
            rs[1] = (Some(r), false, true);
        }
        if let Some(r) = c.s.strip_prefix(['ب', 'ل', 'ك']) {
            // (ل alone also introduces a verb of purpose: ليقصف)
            let lam = c.s.starts_with('ل');
            rs[2] = (Some(r), lam, !lam);
            rs[3] = (r.strip_prefix("ال"), lam, true);
        }
        for (r, lam, nominal) in rs {
            if let Some(r) = r.filter(|r| len(r) >= 2) {
                out.push(Cand {
                    s: r,
                    lam: c.lam || lam,
                    nominal: c.nominal || nominal,
                    ..c
                });
            }
        }
    }
    // pronoun suffixes and the accusative alef
    let n = out.len();
    for i in 0..n {
        let c = out[i];
        if c.enclitic.is_some() {
            continue;
        }
        for (suf, p) in [
            ("هما", Encl::Plural),
            ("هم", Encl::Plural),
            ("ها", Encl::Fem),
            ("ه", Encl::Masc),
            ("نا", Encl::Our),
        ] {
            if let Some(r) = c.s.strip_suffix(suf) {
                if len(r) >= 3 {
                    out.push(Cand {
                        s: r,
                        future: c.future,
                        enclitic: Some(p),
                        suffix: true,
                        known: false,
                        ..c
                    });
                }
                break;
            }
        }
        // (never after the article or a preposition, which take no accusative: بدأنا is no
        // «ب + دان + ا»)
        if let Some(r) = c.s.strip_suffix('ا').filter(|_| !c.nominal) {
            if len(r) >= 3 {
                out.push(Cand {
                    s: r,
                    suffix: true,
                    ..c
                });
            }
        }
    }
}

thread_local! {
    /// The candidate buffer of the thread's previous document: a large allocation made fresh for
    /// every document was a third of the events stage (allocator slow path, page faults).
    static SPARE_CANDS: std::cell::Cell<Vec<Cand<'static>>> = const { std::cell::Cell::new(Vec::new()) };
}

/// An emptied buffer, reused for candidates of another lifetime (the in-place `collect` keeps
/// the allocation; the closure never runs).
fn recycle<'x, 'y>(mut v: Vec<Cand<'x>>) -> Vec<Cand<'y>> {
    v.clear();
    v.into_iter().map(|_| unreachable!()).collect()
}

/// Token-level view of the document used by every step.
struct View<'a> {
    cx: &'a Doc<'a>,
    /// Candidate bases of all tokens, flat; token `j` owns `cands[offs[j]..offs[j + 1]]`.
    cands: Vec<Cand<'a>>,
    offs: Vec<u32>,
    /// Hard segment (sentence-like) id of each token.
    seg: Vec<u32>,
    /// Soft clause id of each token (commas, colons and quotes also break).
    clause: Vec<u32>,
}

impl Drop for View<'_> {
    fn drop(&mut self) {
        SPARE_CANDS.set(recycle(std::mem::take(&mut self.cands)));
    }
}

impl<'a> View<'a> {
    fn new(cx: &'a Doc<'a>, book: &Codebook) -> Self {
        let toks = &cx.analysis.tokens;
        let mut cands = recycle(SPARE_CANDS.take());
        cands.reserve(toks.len() * 6);
        let mut offs = Vec::with_capacity(toks.len() + 1);
        let mut scratch = Vec::with_capacity(16);
        let mut seen: rustc_hash::FxHashMap<&str, (u32, u32)> = Default::default();
        let mut seg = Vec::with_capacity(toks.len());
        let mut clause = Vec::with_capacity(toks.len());
        let (mut s, mut c) = (0u32, 0u32);
        let mut sent = 0usize;
        let sents = &cx.analysis.sentences;
        for (i, t) in toks.iter().enumerate() {
            // a new analysis sentence or a line break starts a segment
            while sent < sents.len() && sents[sent].tokens.end <= i {
                sent += 1;
            }
            let starts_sentence = sents.get(sent).is_some_and(|x| x.tokens.start == i) && i > 0;
            let gap = if i > 0 {
                &cx.text[toks[i - 1].byte_end..t.byte_start]
            } else {
                ""
            };
            if starts_sentence || gap.contains('\n') {
                s += 1;
                c += 1;
            }
            seg.push(s);
            clause.push(c);
            offs.push(cands.len() as u32);
            if t.kind == TokenKind::Word {
                // a word seen before in the document has the same candidates: copy them
                let at = cands.len() as u32;
                match seen.entry(t.norm.as_str()) {
                    Entry::Occupied(e) => {
                        let (from, to) = *e.get();
                        cands.extend_from_within(from as usize..to as usize);
                    }
                    Entry::Vacant(e) => {
                        candidates(&t.norm, &mut scratch);
                        for c in &mut scratch {
                            c.known = book.knows(c.s);
                        }
                        cands.extend_from_slice(&scratch);
                        e.insert((at, cands.len() as u32));
                    }
                }
            } else {
                match t.norm.as_str() {
                    "." | "؟" | "?" | "!" | "؛" | ";" => {
                        s += 1;
                        c += 1;
                    }
                    "،" | "," | ":" | "\"" | "«" | "»" | "“" | "”" | "(" | ")" | "-" | "–" => {
                        c += 1
                    }
                    _ => {}
                }
            }
        }
        offs.push(cands.len() as u32);
        Self {
            cx,
            cands,
            offs,
            seg,
            clause,
        }
    }

    /// Candidate bases of token `j` (empty for punctuation).
    fn cands(&self, j: usize) -> &[Cand<'a>] {
        &self.cands[self.offs[j] as usize..self.offs[j + 1] as usize]
    }

    fn len(&self) -> usize {
        self.offs.len() - 1
    }

    /// Whether token `j` has candidate `w`.
    fn has(&self, j: usize, w: &str) -> bool {
        j < self.len() && self.cands(j).iter().any(|c| c.s == w)
    }

    /// Whether the words `rest` follow from token `j` on, in the same segment; returns the end token.
    fn follows(&self, j: usize, rest: &[String]) -> Option<usize> {
        let seg = self.seg.get(j.checked_sub(1)?)?;
        let mut k = j;
        for w in rest {
            let wild = w == "*" && k < self.len() && !self.cands(k).is_empty();
            if k >= self.len() || self.seg[k] != *seg || !(wild || self.has(k, w)) {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    fn norm(&self, j: usize) -> &str {
        &self.cx.analysis.tokens[j].norm
    }

    /// Whether token `j` (after clitics are cut) is a `syntax.tsv` word of class `bit`.
    /// (A word written with ta marbuta has no pronoun ه: بعثة is a mission, not بعث + ه.)
    fn is(&self, j: usize, book: &Codebook, bit: u64) -> bool {
        j < self.len()
            && self.cands(j).iter().any(|c| {
                c.known
                    && book.is(c.s, bit)
                    && (c.enclitic != Some(Encl::Masc) || !self.ta_marbuta(j))
            })
    }

    /// Whether token `j` is a support verb (or, with `announce`, a verb of announcing) that can
    /// govern a noun after it. (Not one with an object pronoun after a relative: in «الائتلاف الذي
    /// تقوده واشنطن، ضربات» the pronoun is the coalition, the strikes are not led.)
    fn support(&self, j: usize, book: &Codebook, announce: bool) -> bool {
        let bits = if announce {
            class::LIGHT | class::ANNOUNCE
        } else {
            class::LIGHT
        };
        let after_relative = j > 0 && self.is(j - 1, book, class::RELATIVE);
        j < self.len()
            && self.cands(j).iter().any(|c| {
                c.known
                    && book.is(c.s, bits)
                    && (c.enclitic != Some(Encl::Masc) || !self.ta_marbuta(j))
                    && !(after_relative && c.enclitic.is_some())
            })
    }

    /// Whether token `j` carries a preposition written on it (بجهود، للشعب، كممثل).
    fn clitic_prep(&self, j: usize) -> bool {
        self.cx.analysis.tokens[j]
            .parts()
            .iter()
            .any(|p| p.role == PartRole::Proclitic && matches!(p.norm, "ب" | "ل" | "ك"))
    }

    /// Whether token `j` carries the conjunction و (a second verb or noun joined to the one before).
    fn conj(&self, j: usize) -> bool {
        self.cx.analysis.tokens[j]
            .parts()
            .iter()
            .any(|p| p.role == PartRole::Proclitic && p.norm == "و")
    }

    /// Whether token `j` is a preposition or carries one: a phrase opens there.
    fn prepped(&self, j: usize) -> bool {
        PREPS.contains(&self.norm(j)) || self.clitic_prep(j)
    }

    fn ta_marbuta(&self, j: usize) -> bool {
        let t = &self.cx.analysis.tokens[j];
        self.cx.text[t.byte_start..t.byte_end].ends_with('ة')
    }

    /// Whether tokens `from..to` are a person's office and honorifics, with time words (معالي وزير
    /// الخارجية الأستاذ): they stand between a verb and the name of its subject.
    fn title_gap(&self, book: &Codebook, from: usize, to: usize) -> bool {
        (from..to).all(|j| {
            self.cx.analysis.tokens[j].kind == TokenKind::Word
                && self.is(
                    j,
                    book,
                    class::FILLER | class::TITLE | class::OFFICE | class::RANK | class::RESUMPTIVE,
                )
        })
    }

    /// Whether tokens `from..to` may stand between a verb and its subject: time words, quantities,
    /// numbers, brackets, the head noun of an agent phrase (تظاهر أمس آلاف العراقيين، شنت طائرات
    /// التحالف) and a relative clause's resumptive pronoun (ما دعا إليه الرئيس). Any other word is the subject itself (انتقدت جماعة بيئية الدنمارك).
    fn filler_gap(&self, book: &Codebook, from: usize, to: usize) -> bool {
        (from..to).all(|j| {
            let t = &self.cx.analysis.tokens[j];
            match t.kind {
                TokenKind::Number => true,
                TokenKind::Word => self.is(
                    j,
                    book,
                    class::FILLER | class::HEAD | class::STRIKE | class::OFFICE | class::RESUMPTIVE,
                ),
                _ => matches!(t.norm.as_str(), "(" | ")" | "«" | "»" | "\"" | "“" | "”"),
            }
        })
    }
}

/// A trigger found in the text.
#[derive(Debug, Clone)]
struct Match {
    /// The trigger is an imperfect verb form (ي/ت/ن prefix), where news Arabic puts the subject first
    /// as often as after.
    imperfect: bool,
    tokens: Range<usize>,
    trigger: u32,
    person: Person,
    future: bool,
    enclitic: Option<Encl>,
    lam: bool,
    /// Written with the article or a preposition: a verb trigger used as a verbal noun.
    nominal: bool,
}

/// A verb trigger joined by و (ودعمتها، ويدعو): a clause of its own. Not a bare three-letter form,
/// as often a verbal noun in a list (وطرد قوات الحوثيين).
fn joined_verb(v: &View<'_>, n: &Match, book: &Codebook) -> bool {
    let w = v.norm(n.tokens.start);
    book.triggers[n.trigger as usize].kind == Kind::Verb
        && !n.nominal
        && w.strip_prefix('و').is_some_and(|r| !len3(r))
}

/// A word of three letters: the simple past form, the one its verbal noun is written like (قتل،
/// قصف، طرد; not استهدفت، قتلوا).
fn len3(s: &str) -> bool {
    s.chars().count() == 3
}

fn find_matches(v: &View<'_>, book: &Codebook) -> Vec<Match> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let mut best: Option<Match> = None;
        for c in v.cands(i) {
            let Some(vars) = c.known.then(|| book.index.get(c.s)).flatten() else {
                continue;
            };
            for var in vars {
                let Some(end) = v.follows(i + 1, &var.rest) else {
                    continue;
                };
                let longer = best.as_ref().is_none_or(|b| end > b.tokens.end);
                // a bare past form governed by the noun before is its verbal noun (محاولة قتل
                // السفير، بشن أعنف قصف): written alike for the simple verbs, where it matters
                let governed = end == i + 1
                    && !c.suffix
                    && !c.lam
                    && !c.future
                    && c.enclitic.is_none()
                    && len3(c.s)
                    && book.triggers[var.trigger as usize].kind == Kind::Verb
                    && i.checked_sub(1)
                        .is_some_and(|p| v.seg[p] == v.seg[i] && v.is(p, book, class::GOVERNS));
                if longer {
                    best = Some(Match {
                        imperfect: c.s.starts_with(['ي', 'ت', 'ن']),
                        tokens: i..end,
                        trigger: var.trigger,
                        person: var.person,
                        future: c.future,
                        enclitic: c.enclitic,
                        lam: c.lam,
                        nominal: c.nominal || governed,
                    });
                }
            }
        }
        match best {
            Some(m) => {
                i = m.tokens.end;
                if book.triggers[m.trigger as usize].code.is_some() {
                    out.push(m);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// Mentions of the same actor standing side by side (وزير الخارجية الروسي، سيرغي لافروف) act as one.
#[derive(Debug, Clone)]
struct Group {
    tokens: Range<usize>,
    entity: usize,
    /// The preposition attached to or standing before the group (folded), if any.
    prep: Option<String>,
    /// First token of the phrase: the preposition's token when it stands apart (لـ #ميليشيا_الحوثي),
    /// else the group's first token.
    phrase_start: usize,
    /// How the group's first mention refers (a bare nisba adjective is weak evidence of a participant).
    via: MentionVia,
}

/// Rank of an entity as an event actor: a person holding office is the most specific code.
fn actor_rank(ents: &Entities, e: usize) -> u8 {
    let d = &ents.list[e];
    match d.kind {
        Some(EntityKind::Person) if d.code.is_some() || d.role.is_some() => 4,
        Some(EntityKind::Person) => 3,
        Some(EntityKind::Organization) => 2,
        Some(EntityKind::Country) => 1,
        _ => 0,
    }
}

const PREPS: &[&str] = &[
    "مع", "الي", "علي", "ضد", "بين", "من", "عن", "في", "امام", "تجاه", "حول", "بشان", "لدي", "ل",
    "ب", "جنوب", "شمال", "شرق", "غرب", "وسط", "قرب", "داخل", "خارج",
];

fn groups(v: &View<'_>, ents: &Entities, book: &Codebook) -> Vec<Group> {
    let toks = &v.cx.analysis.tokens;
    let mut ms: Vec<&MentionRef> = ents
        .mentions
        .iter()
        .filter(|m| {
            m.tokens.start < m.tokens.end
                && m.tokens.end <= toks.len()
                && m.entity < ents.list.len()
        })
        .collect();
    ms.sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
    let mut out: Vec<Group> = Vec::new();
    for m in ms {
        if let Some(g) = out.last_mut() {
            // (another actor of the same country joined by و after بين is the other side: بين
            // طالبان والحكومة الأفغانية)
            let joined = || {
                g.prep.as_deref() == Some("بين") && {
                    let t = &toks[m.tokens.start];
                    t.parts().first().is_some_and(|p| {
                        p.role == rasid_analysis::PartRole::Proclitic
                            && v.cx.text[p.byte_start..].starts_with('و')
                    })
                }
            };
            let same = g.entity == m.entity || {
                let (a, b) = (&ents.list[g.entity], &ents.list[m.entity]);
                a.country.is_some() && a.country == b.country && !joined()
            };
            let gap_ok = m.tokens.start <= g.tokens.end
                || (m.tokens.start == g.tokens.end + 1
                    && toks[g.tokens.end].kind == TokenKind::Punct
                    && matches!(toks[g.tokens.end].norm.as_str(), "،" | "," | "-"));
            let same_seg = v.seg[m.tokens.start] == v.seg[g.tokens.start.min(v.len() - 1)];
            if same && gap_ok && same_seg {
                g.tokens.end = g.tokens.end.max(m.tokens.end);
                if actor_rank(ents, m.entity) > actor_rank(ents, g.entity) {
                    g.entity = m.entity;
                }
                continue;
            }
            if m.tokens.start < g.tokens.end {
                continue; // nested mention of another entity: the outer one stands
            }
        }
        let (prep, phrase_start) = match prep_before(v, m, book) {
            Some((p, at)) => (Some(p), at),
            None => (None, m.tokens.start),
        };
        // (the body something belongs to is no participant: الوكالة الدولية للطاقة الذرية
        // التابعة للأمم المتحدة)
        // (only after an actor: مواقع تابعة للحوثيين are the Houthis' own, struck with them)
        let affiliated = phrase_start.checked_sub(1).is_some_and(|p| {
            v.seg[p] == v.seg[m.tokens.start]
                && matches!(
                    v.norm(p),
                    "التابع" | "التابعه" | "التابعين" | "التابعون" | "تابع" | "تابعه"
                )
                && out.last().is_some_and(|g| g.tokens.end == p)
        });
        if (prep.is_none() && state_possessor(v, ents, m, book))
            || credited(v, ents, m, book)
            || affiliated
        {
            continue;
        }
        out.push(Group {
            tokens: m.tokens.clone(),
            entity: m.entity,
            prep,
            phrase_start,
            via: m.via,
        });
    }
    out
}

/// An outlet the news is credited to (وبحسب وكالة "رويترز" قال كيري، نقلا عن صحيفة): it reports
/// the events of its sentence, it takes no part in them.
fn credited(v: &View<'_>, ents: &Entities, m: &MentionRef, book: &Codebook) -> bool {
    let outlet = ents.list[m.entity]
        .code
        .as_deref()
        .is_some_and(|c| c.ends_with("MED"));
    let seg = v.seg[m.tokens.start];
    outlet
        && (m.tokens.start.saturating_sub(3)..m.tokens.start)
            .any(|j| v.seg[j] == seg && v.is(j, book, class::CREDIT))
}

/// A country named by its state noun (المملكة: a title mention of a country) right after a
/// noun that is neither a trigger nor a syntax word is that noun's possessor, no participant:
/// «مفتي عام المملكة»، «على مستوى المملكة»، «بقيادة المملكة». The noun after a verb
/// (تستقبل المملكة) stays, and so does the possessor of an effort, role or stance (class `deed`:
/// أشاد بجهود المملكة), who is the one praised or blamed.
fn state_possessor(v: &View<'_>, ents: &Entities, m: &MentionRef, book: &Codebook) -> bool {
    if m.via != MentionVia::Title || ents.list[m.entity].kind != Some(EntityKind::Country) {
        return false;
    }
    let Some(p) = m.tokens.start.checked_sub(1) else {
        return false;
    };
    let t = &v.cx.analysis.tokens[p];
    t.kind == TokenKind::Word
        && v.seg[p] == v.seg[m.tokens.start]
        && !t.norm.trim_start_matches(['و', 'ف']).starts_with("ال")
        && !v.is(p, book, class::DEED)
        && !v.cands(p).iter().any(|c| c.known)
        && !book.knows(t.norm.as_str())
}

/// The preposition governing a mention: a proclitic cut off by the mention span (لـروسيا), a proclitic
/// kept inside the span (للجزائر، بموسكو), or a preposition word before it (مع الجزائر).
fn prep_before(v: &View<'_>, m: &MentionRef, book: &Codebook) -> Option<(String, usize)> {
    let t = &v.cx.analysis.tokens[m.tokens.start];
    let clitic = |s: &str| -> Option<String> {
        let s = s.trim_start_matches(['و', 'ف']);
        if s.starts_with("لل") || s.starts_with('ل') {
            Some("ل".to_string())
        } else if s.starts_with('ب') {
            Some("ب".to_string())
        } else {
            None
        }
    };
    // the body of an office: الأمين العام للأمم المتحدة (its holder acts for it)
    let office = m
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|p| v.seg[p] == v.seg[m.tokens.start] && v.is(p, book, class::OFFICE));
    if m.byte_start > t.byte_start && m.byte_start <= t.byte_end {
        let gap = fold(&v.cx.text[t.byte_start..m.byte_start]);
        if office && gap.trim_start_matches(['و', 'ف']).starts_with('ل') {
            return None;
        }
        if gap != "ال" {
            if let Some(p) = clitic(&gap) {
                return Some((p, m.tokens.start));
            }
        }
    } else {
        let n = t.norm.trim_start_matches(['و', 'ف']);
        if office && n.starts_with("لل") {
            return None;
        }
        if n.starts_with("لل") || n.starts_with("بال") {
            return clitic(n).map(|p| (p, m.tokens.start));
        }
    }
    let mut p = m.tokens.start.checked_sub(1)?;
    // a quotation mark between (من «داعش») does not hide the preposition, nor does a hashtag
    // (لـ #ميليشيا_الحوثي: the head noun too)
    loop {
        let n = v.norm(p);
        let mark = v.cands(p).is_empty() && matches!(n, "\"" | "«" | "»" | "“" | "”" | "(" | "#");
        let tagged = n == "_" && p >= 1 && v.is(p - 1, book, class::HEAD);
        if mark {
            p = p.checked_sub(1)?;
        } else if tagged {
            p = p.checked_sub(2)?;
        } else {
            break;
        }
    }
    if v.seg[p] != v.seg[m.tokens.start] {
        return None;
    }
    // a side's positions (على مواقع داعش، بمعاقل الحوثيين): the preposition before them is the side's
    // (not a ل on them: لمواقع داعش is as often the positions' owner)
    if v.is(p, book, class::SITE) {
        let n = v.norm(p).trim_start_matches(['و', 'ف']);
        if n.starts_with('ل') {
            return None;
        }
        if let Some(c) = n.starts_with('ب').then(|| clitic(n)).flatten() {
            return Some((c, p));
        }
        let q = p.checked_sub(1)?;
        let qn = v.norm(q);
        return (v.seg[q] == v.seg[p] && PREPS.contains(&qn)).then(|| (qn.to_string(), q));
    }
    // a side's forces or men (ضد قوات الحوثي، مع عناصر داعش): the preposition before them is the
    // side's
    // (not a nationality describing them: لقصف بدبابات تركية, the arms' country)
    if v.is(p, book, class::HEAD) && m.via != MentionVia::Nisba {
        let n = v.norm(p).trim_start_matches(['و', 'ف']);
        // (an office of the body's head noun acts for it: المتحدث الرسمي لمديرية الدفاع المدني)
        let of_office = p
            .checked_sub(1)
            .is_some_and(|q| v.seg[q] == v.seg[p] && v.is(q, book, class::OFFICE));
        if of_office && n.starts_with('ل') {
            return None;
        }
        if let Some(c) = n.starts_with(['ب', 'ل']).then(|| clitic(n)).flatten() {
            return Some((c, p));
        }
        let q = p.checked_sub(1)?;
        let qn = v.norm(q);
        if v.seg[q] == v.seg[p] && PREPS.contains(&qn) {
            return Some((qn.to_string(), q));
        }
    }
    let pn = v.norm(p);
    // a title with the preposition on it: برقية تهنئة لفخامة الرئيس، اتصالا بالرئيس السيسي
    let titled = pn.trim_start_matches(['و', 'ف']);
    if let Some(rest) = titled
        .strip_prefix("بال")
        .or_else(|| titled.strip_prefix("لل"))
        .or_else(|| titled.strip_prefix(['ب', 'ل']))
    {
        let whole = |w: &str| book.is(w, class::TITLE);
        if whole(rest) || whole(&format!("ال{rest}")) {
            return clitic(titled).map(|c| (c, p));
        }
    }
    let pn = pn
        .strip_prefix('و')
        .filter(|r| PREPS.contains(r))
        .unwrap_or(pn);
    // إلى/على fold to الي/علي; a pronoun on them (عليه) is not followed by a mention anyway
    PREPS.contains(&pn).then(|| (pn.to_string(), p))
}

/// Actor of an entity: its CAMEO code, or a derived one (country of a person in office → GOV).
fn actor_of(ents: &Entities, e: usize) -> ActorFound {
    let d = &ents.list[e];
    let code = d.code.clone().or_else(|| match (d.kind, &d.country) {
        (Some(EntityKind::Person), Some(c)) if d.role.is_some() => Some(format!("{c}GOV")),
        (Some(EntityKind::Country), Some(c)) => Some(c.clone()),
        (_, Some(c)) => Some(c.clone()),
        _ => None,
    });
    ActorFound {
        entity: Some(e),
        code,
        country: d.country.clone(),
    }
}

/// The speaker's side ("we", "our countries"): the speaker's country, as its government when the
/// speaker holds office.
fn side_of_speaker(ents: &Entities, speaker: usize) -> Option<ActorFound> {
    let d = ents.list.get(speaker)?;
    let country = d.country.clone()?;
    let code = match d.code.as_deref() {
        Some(c) if c.len() >= 3 && c.starts_with(&country) => c.to_string(),
        _ if d.role.is_some() => format!("{country}GOV"),
        _ => country.clone(),
    };
    Some(ActorFound {
        entity: None,
        code: Some(code),
        country: Some(country),
    })
}

fn country_of(ents: &Entities, a: &ActorFound) -> Option<String> {
    a.country
        .clone()
        .or_else(|| a.entity.and_then(|e| ents.list[e].country.clone()))
}

/// Code, source entity, target entity, mode and date: one event per document.
type DedupKey = (String, Option<usize>, Option<usize>, Mode, Option<String>);

/// Find the coded events of a document.
pub fn find(
    cx: &Doc<'_>,
    ents: &Entities,
    dates: &[DateFound],
    quotes: &[QuoteFound],
    book: &Codebook,
) -> Vec<EventFound> {
    if cx.analysis.tokens.is_empty() {
        return Vec::new();
    }
    let v = View::new(cx, book);
    let matches = find_matches(&v, book);
    if matches.is_empty() {
        return Vec::new();
    }
    let groups = groups(&v, ents, book);
    // tokens inside an actor's mention: a long named subject between a verb and the noun it
    // governs (دان رئيس الجامعة الدكتور أحمد بن يوسف الدريويش التفجير) is no distance
    let mut named = vec![false; v.len()];
    for g in &groups {
        for j in g.tokens.clone() {
            named[j] = true;
        }
    }
    // segments opened by a tag-line word (سمات انفجار حركة الشباب فندق بمقديشو): keywords, no text
    let tags: Vec<u32> = (0..v.len())
        .filter(|&j| (j == 0 || v.seg[j - 1] != v.seg[j]) && v.is(j, book, class::TAGS))
        .map(|j| v.seg[j])
        .collect();
    let ctx = context_hits(&v, book);
    let genre = genre_report(&v, &ctx);
    let mut out: Vec<EventFound> = Vec::new();
    let mut seen: Vec<DedupKey> = Vec::new();
    // matches that became events, with the index of their event
    let mut emitted: Vec<(&Match, usize)> = Vec::new();
    // coded matches with their CAMEO root that became an event, joined one or (verbs) found no actor:
    // a verbal trigger still governs the noun after it (أعربت الكويت عن إدانتها لحادث التفجير، دانت
    // مملكة البحرين التفجير)
    let mut governors: Vec<(&Match, [u8; 2])> = Vec::new();
    // codes of deeds named only as the topic of a governing verb (دان الرئيس التفجير): a later
    // «هذا التفجير» points back to them
    let mut topics: Vec<String> = Vec::new();
    // the segment and source of the last verb that had one
    let mut last_subject: Option<(u32, ActorFound)> = None;
    let mut segs: Vec<u32> = Vec::new();
    // trigger entry of each event
    let mut trig_of: Vec<u32> = Vec::new();
    for m in &matches {
        // a word of a person's name is no trigger (وشدد التقي: the surname of سمير التقي, not «met»);
        // a present-tense verb is the tagger running a name on (بندر بن عبدالله يزور الوفد)
        if !m.imperfect
            && ents.mentions.iter().any(|p| {
                p.via == MentionVia::Name
                    && p.tokens.contains(&m.tokens.start)
                    && ents.list[p.entity].kind == Some(EntityKind::Person)
            })
        {
            continue;
        }
        let trig = &book.triggers[m.trigger as usize];
        // no verb ends in ta marbuta: للطلبة is "for the students", ودانة a woman's name (folding
        // makes them طلبه "his request" and دانه "condemned him")
        if trig.kind == Kind::Verb && m.tokens.len() == 1 && v.ta_marbuta(m.tokens.start) {
            continue;
        }
        // a verb written with the article or a preposition, or governed by the noun before, is
        // its verbal noun (بقصف، القصف، بشن أعنف قصف)
        let kind = if m.nominal { Kind::Noun } else { trig.kind };
        let Some(mut code) = trig.code.clone() else {
            continue;
        };
        if trig.frame.needprep && kind == Kind::Verb && !prep_follows(&v, m, &trig.frame.preps) {
            continue;
        }
        // a first-person form of a verb that takes ب is an elative without it (آفاق أرحب، مديرية
        // أرحب: «wider», a district), «I welcome» only before ب (أرحب بهذه الخطوة)
        // (after a noun or adjective without the article: إنني أندد والعن is the speaker's)
        if m.person == Person::FirstSingular
            && kind == Kind::Verb
            && trig.frame.preps.iter().any(|p| p == "ب")
            && !(m.tokens.end < v.len() && v.norm(m.tokens.end).starts_with('ب'))
            && m.tokens.start.checked_sub(1).is_some_and(|p| {
                v.seg[p] == v.seg[m.tokens.start]
                    && v.cx.analysis.tokens[p].kind == TokenKind::Word
                    && !definite(v.norm(p).trim_start_matches(['و', 'ف', 'ل', 'ب']))
                    && !matches!(
                        v.norm(p),
                        "انني"
                            | "اني"
                            | "انا"
                            | "وانا"
                            | "فانا"
                            | "نحن"
                            | "اذ"
                            | "واذ"
                            | "كما"
                            | "لذا"
                            | "ولذا"
                            | "لا"
                            | "لن"
                            | "لم"
                            | "ثم"
                            | "هنا"
                            | "وهنا"
                            | "لكني"
                            | "لكنني"
                            | "ولكني"
                            | "ولكنني"
                    )
            })
        {
            continue;
        }
        // a transfer verb with the thing given right after it is passive, what was equipped
        // unnamed (وزودت بألعاب الأطفال); a pronoun on ب is fronted (زودت بها سورية)
        if trig.frame.xfer
            && kind == Kind::Verb
            && m.enclitic.is_none()
            && m.tokens.end < v.len()
            && v.seg[m.tokens.end] == v.seg[m.tokens.start]
            && v.norm(m.tokens.end).starts_with('ب')
            && v.clitic_prep(m.tokens.end)
            && !matches!(v.norm(m.tokens.end), "به" | "بها" | "بهم" | "بهما")
        {
            continue;
        }
        if trig.frame.needplace && !place_follows(&v, ents, m, book) {
            continue;
        }
        // (a force noun a few words before in the clause: التفجير الذي استهدف، غارات استهدفت; or
        // any deed a relative clause describes: العمل الإرهابي الذي استهدف)
        if trig.frame.aims
            && kind == Kind::Verb
            && (m.tokens.start.checked_sub(1).is_some_and(|p| {
                v.seg[p] == v.seg[m.tokens.start] && v.is(p, book, class::RELATIVE)
            }) || matches.iter().any(|n| {
                n.tokens.end <= m.tokens.start
                    && n.tokens.end + 4 >= m.tokens.start
                    && v.clause[n.tokens.start] == v.clause[m.tokens.start]
                    && {
                        let t = &book.triggers[n.trigger as usize];
                        (t.kind == Kind::Noun || n.nominal)
                            && t.code.as_deref().is_some_and(|c| c >= "18")
                    }
            }))
        {
            continue;
        }
        // a verbal noun governed by a preceding verbal trigger is that trigger's topic (and so is a
        // verb after إلى: داعين الكونغرس إلى رفض الاتفاق)
        let after_ila = m
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|p| v.has(p, "الي"));
        if (kind == Kind::Noun || after_ila) && governed(&v, &governors, m, (book, &named)) {
            topics.push(code);
            continue;
        }
        if tags.contains(&v.seg[m.tokens.start])
            || (kind == Kind::Noun && institution_name(&v, m, book))
            || background(&v, m, kind, book)
            || almanac(&v, m)
            || record(&v, m, book, dates, (&groups, ents))
            || (kind == Kind::Noun && purpose(&v, m, book, &groups))
            || (kind == Kind::Verb && described(&v, m, book, &groups))
        {
            continue;
        }
        // a protest noun in the accusative (احتجاجًا على) after a protest in its segment gives that
        // protest's motive (نفذ ألف شخص اعتصامًا … احتجاجًا على قتل العقيد): no second protest
        if kind == Kind::Noun
            && code.starts_with("14")
            && m.enclitic.is_none()
            && !definite(v.norm(m.tokens.start))
            && v.norm(m.tokens.start).ends_with('ا')
            && matches[..matches.partition_point(|n| n.tokens.start < m.tokens.start)]
                .iter()
                .rev()
                .take_while(|n| v.seg[n.tokens.start] == v.seg[m.tokens.start])
                .any(|n| {
                    book.triggers[n.trigger as usize]
                        .code
                        .as_deref()
                        .is_some_and(|c| c.starts_with("14"))
                })
        {
            continue;
        }
        // a definite verbal noun after a demonstrative points back to an event already coded (وعلى
        // هامش هذا اللقاء): not a new one
        if kind == Kind::Noun
            && v.norm(m.tokens.start).starts_with("ال")
            && m.tokens.start.checked_sub(1).is_some_and(|p| {
                v.seg[p] == v.seg[m.tokens.start] && v.is(p, book, class::DEMONSTRATIVE)
            })
            && (out.iter().any(|e| same_family(&e.cameo, &code))
                || topics.iter().any(|c| same_family(c, &code)))
        {
            continue;
        }
        // a cooperative verbal noun after ل names a purpose or a body (لجنة ... للتعاون)
        if kind == Kind::Noun
            && m.lam
            && m.enclitic.is_none()
            && matches!(&code[..2], "03" | "04" | "05" | "06" | "07" | "08")
        {
            continue;
        }
        // a disapproval or rejection noun with ل and a pronoun gives the reason for something else
        // (محبوسا لاتهامه بالانضمام إلى تحالف، لرفضه)
        if kind == Kind::Noun && m.lam && m.enclitic.is_some() && matches!(&code[..2], "11" | "12")
        {
            continue;
        }
        // the same kind of event continued right after (تزويدها بمعدات طبية): one event, the more
        // specific code
        if let Some(&(p, ei)) = emitted.last() {
            let e = &mut out[ei];
            if p.tokens.end <= m.tokens.start
                && m.tokens.start - p.tokens.end <= 2
                && e.cameo[..2] == code[..2]
                && v.seg[p.tokens.start] == v.seg[m.tokens.start]
            {
                // keep the first trigger's participants, take the more specific code
                if code != e.cameo && !code.ends_with('0') {
                    e.goldstein = book
                        .code_info(&code)
                        .map(|i| i.goldstein)
                        .unwrap_or(e.goldstein);
                    e.plover = book.plover_of(&code).to_string();
                    e.cameo = code;
                }
                continue;
            }
        }
        if genre.is_some_and(|r| r.roots.iter().any(|x| code.starts_with(x.as_str()))) {
            continue;
        }
        match context_action(&v, &ctx, m, &code) {
            Some(None) => continue,
            Some(Some(c)) => code = c,
            None => {}
        }
        if let Some(c) = refine(&v, m, &code, book) {
            code = c;
        }
        let (mut mode, wish) = mode_of(&v, m, &groups, book);
        // an intention to meet, cooperate or help is itself CAMEO 03 (express intent), which happened
        if wish {
            if let Some(c) = intent_code(&code) {
                code = c.to_string();
                mode = Mode::Done;
            }
        }
        // force only wished for or aimed at (أريد أن تتوقف تركيا عن قتل الأكراد، بهدف رفع الحصار) is
        // neither done nor threatened by anyone: no event
        if mode == Mode::Intended && code.as_str() >= "17" {
            continue;
        }
        let at = cx.analysis.tokens[m.tokens.start].byte_start;
        let speaker = quotes
            .iter()
            .find(|q| q.content.start <= at && at < q.content.end)
            .and_then(|q| q.speaker);
        // only actors within reach of the trigger are looked at (groups are in text order)
        // (and none past the next verb joined by و, which opens a clause of its own: طلبت
        // الحكومة اليمنية المساعدة ودعمتها السعودية)
        let stop = matches
            .iter()
            .find(|n| {
                n.tokens.start >= m.tokens.end
                    && v.seg[n.tokens.start] == v.seg[m.tokens.start]
                    && joined_verb(&v, n, book)
            })
            .map_or(usize::MAX, |n| n.tokens.start);
        let a = groups.partition_point(|g| g.tokens.end + 40 < m.tokens.start);
        let b = groups.partition_point(|g| g.tokens.start < (m.tokens.end + 40).min(stop));
        let near = &groups[a..b.max(a)];
        // the subject of the last verb of the segment, which a verb joined to it by و shares (رحبت
        // الأمم المتحدة بالهدنة ... ، ودعت المتمردين إلى احترامها)
        let seg = v.seg[m.tokens.start];
        // (not a bare three-letter form, as often a verbal noun: وتعول روسيا على دعم الجزائر ... ورفض
        // التدخل الغربي is Algeria's rejection)
        let word = v.norm(m.tokens.start);
        let bare = word
            .strip_prefix('و')
            .is_some_and(|w| w.chars().count() == 3 && !w.ends_with(['ا', 'ي', 'ت']));
        // (so does a support verb with و and no subject before its noun: ورفع تعازيه لخادم
        // الحرمين، ورفع باسمه واسم أعضاء اللجنة الشكر)
        let light_joined = (kind == Kind::Noun)
            .then(|| {
                (m.tokens.start.saturating_sub(8)..m.tokens.start)
                    .rev()
                    .take_while(|&j| v.seg[j] == seg && !near.iter().any(|g| g.tokens.contains(&j)))
                    .find(|&j| v.support(j, book, false))
                    // (its noun, a preposition or a word with one right after it: a plain word
                    // there is a subject the entities missed, ورفع مجلس الوزراء الشكر)
                    .filter(|&l| {
                        v.norm(l).starts_with('و') && (l + 1 == m.tokens.start || v.prepped(l + 1))
                    })
            })
            .flatten();
        // (a verb with an object pronoun and a name right after it has its own subject: the
        // pronoun is the one before, وكانت الحكومة قد طلبت المساعدة ودعمتها المملكة)
        let own_subject = kind == Kind::Verb
            && matches!(m.enclitic, Some(Encl::Masc | Encl::Fem | Encl::Plural))
            && near.iter().any(|g| {
                g.prep.is_none()
                    && g.tokens.start >= m.tokens.end
                    && g.tokens.start <= m.tokens.end + 2
                    && v.filler_gap(book, m.tokens.end, g.tokens.start)
            });
        let shared = last_subject
            .as_ref()
            .filter(|(s, _)| {
                *s == seg
                    && !own_subject
                    && ((kind == Kind::Verb && word.starts_with('و') && !bare)
                        || light_joined.is_some())
            })
            .map(|(_, a)| a);
        // a verb opening its sentence with كما or و (كما اتهم …، ودعا …) goes on with the one who
        // spoke in the sentence before (أكد الرئيس التركي أن …. كما اتهم حزب العمال … بأن): that
        // speaker, when the verb finds no subject of its own
        let continued = if shared.is_some() {
            None
        } else if let Some(l) = light_joined {
            continued_speaker(&v, (l, None), (quotes, near, &code), ents, book)
        } else if kind == Kind::Verb && m.person == Person::Third {
            continued_speaker(
                &v,
                (m.tokens.start, Some(m.tokens.end)),
                (quotes, near, &code),
                ents,
                book,
            )
        } else {
            None
        };
        let shared = shared.or(continued.as_ref());
        let (source, target) = participants(
            &v,
            ents,
            near,
            m,
            (&trig.frame, kind, &code),
            (speaker, shared),
            book,
        );
        // the one who underwent a deed of force told by its noun is its target, never its doer
        // (تعرض القيادي في حركة فتح العقيد طلال الاردني لإطلاق نار من مجهولين)
        let (source, target) = match undergone(&v, near, m, book) {
            Some(p) if kind == Kind::Noun && code.as_str() >= "18" => {
                let p = Some(actor_of(ents, p.entity));
                let source = source.filter(|s| !one_party(&Some(s.clone()), &p));
                (source, p)
            }
            _ => (source, target),
        };
        // a verbal noun after the passive «تم» names no doer before it (الاتفاق، الذي تم توقيعه
        // بين إيران ودول مجموعة الست: not the one who spoke of it): only one named after it
        let passive_aux = m.tokens.start.checked_sub(1).is_some_and(|p| {
            v.seg[p] == v.seg[m.tokens.start]
                && matches!(v.norm(p), "تم" | "وتم" | "يتم" | "ويتم" | "سيتم" | "وسيتم")
        });
        let source = source.filter(|s| {
            !passive_aux
                || s.entity.is_none_or(|e| {
                    ents.mentions.iter().any(|x| {
                        x.entity == e
                            && x.tokens.start >= m.tokens.end
                            && v.seg[x.tokens.start] == v.seg[m.tokens.start]
                    })
                })
        });
        // the one who foils an attack is the one it was aimed at, not its doer (إحباط الجيش السوري
        // هجومًا للمسلحين، أحبطت القوات السعودية هجوما للحوثيين)
        let (source, target) = match foiler(&v, ents, m, book) {
            Some(f) if kind == Kind::Noun && code.as_str() >= "18" => {
                let f = Some(f);
                let source = source.filter(|s| !one_party(&Some(s.clone()), &f));
                (source, target.or(f))
            }
            _ => (source, target),
        };
        // a meeting with a newspaper or a channel is an interview, no consultation (في لقاء مع قناة
        // بلومبيرغ، في حوار مع «الشرق الأوسط»)
        let media = |a: &Option<ActorFound>| {
            a.as_ref()
                .and_then(|a| a.code.as_deref())
                .is_some_and(|c| c.ends_with("MED"))
        };
        // (an outlet named elsewhere in the sentence only reports the meeting: its other side is
        // unknown, وأوضح التلفزيون الحكومي الباكستاني أن الجانبين ركزا خلال الاجتماع)
        let interview = tokens_after(&v, m)
            .take(2)
            .any(|j| v.norm(j) == "مع" || v.cands(j).iter().any(|c| c.lam));
        if code.starts_with("04")
            && ((media(&target) && interview) || (media(&source) && target.is_none()))
        {
            continue;
        }
        let target = if code.starts_with("04") && media(&target) {
            None
        } else {
            target
        };
        // a meeting "where" the subject of the verb before went (زار المبعوث بكين، حيث التقى مع
        // نائب الوزير): that subject meets; a name taken as the subject is the one met
        let (source, target) = match last_subject.as_ref() {
            Some((s, sub))
                if *s == seg
                    && kind == Kind::Verb
                    && code.starts_with("04")
                    && m.tokens.start.checked_sub(1).is_some_and(|p| {
                        v.seg[p] == seg && matches!(v.norm(p), "حيث" | "وحيث")
                    })
                    && !one_party(&source, &Some(sub.clone())) =>
            {
                let target = target
                    .or(source)
                    .filter(|t| !one_party(&Some(t.clone()), &Some(sub.clone())));
                (Some(sub.clone()), target)
            }
            _ => (source, target),
        };
        // a deed of force told by its noun with its agent after من قبل / على يد (تعرضت المدينة الى
        // قصف عنيف من قبل قوات صالح): that agent did it, it is not the one struck
        // (a verb form too: after a preposition it is the noun, الى قصف)
        // (so does the one a verbal noun's deed was carried out by: خلال زيارة إلى بنغلادش قام بها
        // رئيس الحكومة الهندية)
        let agent = near
            .iter()
            .find(|g| {
                g.tokens.start > m.tokens.end
                    && g.tokens.start < m.tokens.end + TARGET_WINDOW
                    && v.seg[g.tokens.start] == seg
                    && ((code.as_str() >= "17" && agent_word(&v, g.tokens.start - 1, book))
                        || (kind == Kind::Noun
                            && performed_by(&v, g.tokens.start - 1, book)
                            // (a place it went to is no doer: أثناء زيارة قام بها لكينيا)
                            && g.prep.is_none()
                            // (of this verbal noun, not of one joined after it: احتجاز الرهينة،
                            // والاتصالات التي قام بها الوزير)
                            // (nor of "what": تأييدهم لما قام به خادم الحرمين)
                            && (m.tokens.end..g.tokens.start).all(|j| {
                                v.clause[j] == v.clause[m.tokens.start]
                                    && !v.norm(j).starts_with('و')
                                    && !matches!(v.norm(j), "ما" | "لما" | "بما" | "مما" | "كما")
                            })))
            })
            .map(|g| actor_of(ents, g.entity));
        let named = agent.is_some();
        let (source, target) = match agent {
            Some(a) => {
                let target = target.filter(|t| !one_party(&Some(t.clone()), &Some(a.clone())));
                (Some(a), target)
            }
            None => (source, target),
        };
        // a deed of force told impersonally (انه تم طرد الحوثيين من معسكري لبوزة): the side right
        // after the noun underwent it, and no doer is named but by an agent phrase
        // (a bare form after تم is its verbal noun: تم طرد)
        let impersonal = code.as_str() >= "17"
            && m.tokens.start.checked_sub(1).is_some_and(|p| {
                v.seg[p] == seg
                    && matches!(
                        v.norm(p).trim_start_matches(['و', 'ف']),
                        "تم" | "يتم" | "سيتم" | "تتم" | "ستتم"
                    )
            });
        let (source, target) = match impersonal {
            true => {
                let patient = near
                    .iter()
                    .find(|g| {
                        (g.tokens.start == m.tokens.end && g.prep.is_none())
                            || (partitive(&v, g, book) && g.tokens.start <= m.tokens.end + 4)
                    })
                    .map(|g| actor_of(ents, g.entity));
                let source = source.filter(|_| named);
                (source, patient.or(target))
            }
            false => (source, target),
        };
        // lifting sanctions told by its noun with one side named (إيران ستستعيد الأموال إثر رفع
        // العقوبات عنها): that side is the one sanctioned, not the one lifting them
        let (source, target) = match (&source, &target) {
            (Some(_), None) if code.starts_with("085") && kind == Kind::Noun => (None, source),
            _ => (source, target),
        };
        // a deed of force whose aim is told by استهدف right after it (غارات استهدفت مواقع الحوثيين،
        // التفجير الذي استهدف مسجد قوات الطوارئ): the one aimed at is struck
        // a deed of force whose responsibility is claimed (أعلنت حركة طالبان المسؤولية عن قتل القاضي،
        // تبنى التنظيم مسؤولية الهجوم): the claimant did it
        // (a denied claim says nothing of who did it: لم تعلن الحركة مسؤوليتها عن هجوم)
        let source = match source {
            // (a bare verb form after «المسؤولية عن» is its verbal noun: عن قتل القاضي)
            None if code.as_str() >= "18" && mode != Mode::Negated => {
                claimant(&v, near, m).map(|g| actor_of(ents, g.entity))
            }
            s => s,
        };
        // (not its doer: هجوم انتحاري استهدف الجيش الأفغاني)
        let aim = (kind == Kind::Noun && code.as_str() >= "18" && target.is_none())
            .then(|| aimed(&v, near, m, book))
            .flatten()
            .map(|g| Some(actor_of(ents, g.entity)));
        let (source, target) = match aim {
            Some(t) if one_party(&t, &source) => (None, t),
            Some(t) => (source, t),
            None => (source, target),
        };
        // a visit to a city of another country (زيارة إلى بغداد، يقوم بها البدري لموسكو): that
        // country hosts it
        let target = match target {
            None if code.starts_with("042") => near
                .iter()
                .find(|g| {
                    let d = &ents.list[g.entity];
                    g.tokens.start >= m.tokens.end
                        && g.tokens.start < m.tokens.end + TARGET_WINDOW
                        && v.seg[g.tokens.start] == seg
                        && matches!(g.prep.as_deref(), Some("الي" | "ل"))
                        && d.kind == Some(EntityKind::Location)
                        && d.country.is_some()
                        && source
                            .as_ref()
                            .is_some_and(|s| country_of(ents, s) != d.country)
                })
                .map(|g| actor_of(ents, g.entity)),
            t => t,
        };
        // a condemnation of a deed (تدين بشدة التفجير الإرهابي في سوروج التركية): who is named after
        // the deed is its victim or place, not the condemned
        // (the condemned named before the deed stays: سيول تتهم كوريا الشمالية بتفجير ألغام)
        // (matches are in text order: only the few right after are looked at)
        let next = matches.partition_point(|n| n.tokens.start < m.tokens.end);
        let deed_after = matches[next..].iter().any(|n| {
            n.tokens.start <= m.tokens.end + 2
                && !near
                    .iter()
                    .any(|g| g.tokens.start >= m.tokens.end && g.tokens.start < n.tokens.start)
                && book.triggers[n.trigger as usize]
                    .code
                    .as_deref()
                    .is_some_and(|c| c >= "18")
        });
        let target = target.filter(|_| !(code.starts_with("11") && deed_after));
        // a civilian office holder's "attack" is words (شن عون هجوما عنيفا على الحكومة): criticism
        // (his own verb, his possessive or his support verb: هاجم، هجومه، شن سلفاكير هجوما — not a
        // noun naming him, هجوم لميليشيات صالح)
        let clause = v.clause[m.tokens.start];
        let supported = (m.tokens.start.saturating_sub(8)..m.tokens.start)
            .any(|j| v.clause[j] == clause && v.is(j, book, class::LIGHT));
        if code == "190"
            && (kind == Kind::Verb || m.enclitic.is_some() || supported)
            && source.as_ref().is_some_and(|s| civic_person(ents, s))
        {
            code = "111".to_string();
        }
        // a council or committee holding a meeting of its own (عقد مجلس الشؤون الاقتصادية اجتماعاً) is
        // a session of one body, no consultation between two sides
        if code.starts_with("04")
            && kind == Kind::Noun
            && supported
            && target.is_none()
            && source
                .as_ref()
                .and_then(|s| s.entity)
                .is_some_and(|e| assembly(ents, e, book))
        {
            continue;
        }
        // "in cooperation with" (يقام المعرض بالتعاون مع الهيئة) is the manner of another deed: with no
        // partner named it says nothing of who cooperates
        if code.starts_with("06")
            && kind == Kind::Noun
            && source.is_none()
            && v.norm(m.tokens.start)
                .trim_start_matches('و')
                .starts_with('ب')
        {
            continue;
        }
        // security forces do not protest: they are where the protest is (أطلقت الشرطة التركية الغاز
        // لتفريق متظاهرين تجمعوا للاحتجاج)
        let source = source.filter(|s| {
            !(code.starts_with("14")
                && s.code.as_deref().is_some_and(|c| {
                    (3..c.len())
                        .step_by(3)
                        .any(|i| matches!(c.get(i..i + 3), Some("COP" | "MIL" | "SPY")))
                }))
        });
        // thanks for a deed (أشكر روسيا على المساعدة، ممتنة لروسيا لتزويدها): the thanked did it to the
        // one who thanks
        let (source, target) = match thanked(&v, &emitted, m, &out) {
            Some(t) if kind == Kind::Noun && t.target.is_some() => {
                (t.target.clone(), t.source.clone())
            }
            _ => (source, target),
        };
        // the deed welcomed or praised right before is someone else's (الأمم المتحدة ترحب بالهدنة:
        // the UN did not declare the truce)
        let welcomed = kind == Kind::Noun
            && emitted.last().is_some_and(|&(p, ei)| {
                out[ei].cameo.starts_with("05")
                    && p.tokens.end + 1 >= m.tokens.start
                    && v.seg[p.tokens.start] == v.seg[m.tokens.start]
                    && out[ei].source.as_ref().map(|a| (a.entity, &a.code))
                        == source.as_ref().map(|a| (a.entity, &a.code))
            });
        let source = source.filter(|_| !welcomed);
        // an intent voiced in a quote without a stated agent is the speaker's side's
        let source = match (source, code.starts_with("03"), speaker) {
            (None, true, Some(sp)) => side_of_speaker(ents, sp),
            (s, _, _) => s,
        };
        // an actor does not act on itself
        let target = if same_actor(&source, &target) {
            None
        } else {
            target
        };
        let root = code
            .as_bytes()
            .get(..2)
            .and_then(|r| r.try_into().ok())
            .unwrap_or([0; 2]);
        // a threat needs a threatener: a threatening verb with no actor for subject has a thing there
        // (الفراغ الرئاسي والنفايات يهددان حكومة لبنان، حكم قضائي يهدد مسيرة القصبي)
        if code.starts_with("13") && kind == Kind::Verb && source.is_none() {
            governors.push((m, root));
            continue;
        }
        // (a verb found with no actor still governs its complement: دانت مملكة البحرين التفجير; a
        // noun does not: في بداية الاجتماع تعازي)
        // (nor does a demand, whose content it governs: للمطالبة باعدام سليمان الأسد)
        let appeal = matches!(&code[..2], "02" | "10");
        if trig.frame.needtgt && target.is_none() {
            if kind == Kind::Verb || appeal {
                governors.push((m, root));
            }
            continue;
        }
        let location = location_of(&v, ents, near, m, code.starts_with("14"));
        // an event needs an actor; a protest or an attack with only a place stated gets the place's
        // people: its civilians protest, its country is attacked
        // (not when the victim is named right after a patient noun: مقتل الفضلي ... في سوريا)
        // (or counted and described: مقتل 51 داعشيا في سوريا)
        let word_at = |j: usize| {
            j < v.len()
                && v.cx.analysis.tokens[j].kind == TokenKind::Word
                && !PREPS.contains(&v.norm(j))
                && !v.is(j, book, class::FILLER)
        };
        let e = m.tokens.end;
        let named_patient = kind == Kind::Noun
            && trig.frame.patient
            && (word_at(e)
                || (e < v.len()
                    && v.cx.analysis.tokens[e].kind == TokenKind::Number
                    && word_at(e + 1)));
        // (nor when the killed stand named before a passive verb, unless they are just people:
        // محسن الفضلي قتل في ضربة، ثلاثين متمردة كردية قتلوا — but ثلاثة أشخاص قتلوا)
        let named_before = kind == Kind::Verb
            && passive(&v, m, book)
            && m.tokens.start.checked_sub(1).is_some_and(|p| {
                v.seg[p] == v.seg[m.tokens.start]
                    && word_at(p)
                    && !v.is(p, book, class::PEOPLE | class::RELATIVE)
            });
        // (nor fighting in the plural with no side named: هجمات متفرقة بالعراق، سلسلة من الهجمات التي
        // شهدتها تركيا — a trend or a toll's background, not one clash)
        let plural_fighting = kind == Kind::Noun && code.starts_with("19") && {
            let w = v.norm(m.tokens.end - 1);
            let w = ["هما", "هم", "ها"]
                .iter()
                .find_map(|s| w.strip_suffix(s))
                .unwrap_or(w);
            w.ends_with("ات")
        };
        let placed = match (source, target) {
            (None, None) if named_patient || named_before || plural_fighting => None,
            (None, None) => location
                .filter(|_| trig.frame.loc)
                .and_then(|l| place_actor(ents, l, &code)),
            st => Some(st),
        };
        let Some((source, target)) = placed else {
            if kind == Kind::Verb || appeal {
                governors.push((m, root));
            }
            continue;
        };
        // a definite noun of force naming no doer, after a deed of its root already told in that mode,
        // is that deed again (تفجيرات تهز العراق … وكان الهجوم الأعنف، سقطوا في الهجوم)
        if kind == Kind::Noun
            && definite(v.norm(m.tokens.start))
            && code.as_str() >= "18"
            && source.is_none()
            && out
                .iter()
                .any(|e| e.cameo.get(..2) == code.get(..2) && e.mode == mode)
        {
            governors.push((m, root));
            continue;
        }
        if let (Kind::Verb, Some(s)) = (kind, &source) {
            last_subject = Some((seg, s.clone()));
        }
        let date = date_of(&v, dates, m);
        // a deed told in the present or by its noun on a day after the article's own (يلتقي خوجة
        // لافروف في موسكو في 12 الشهر الجاري) is still to come
        // (or in a month after the article's: زيارة من المتوقع أن يقوم بها كيري الشهر المقبل; a
        // year alone is as often an occasion's than the deed's: لحماية مونديال 2018)
        if mode == Mode::Done
            && (m.imperfect || kind == Kind::Noun)
            && date.as_deref().is_some_and(|d| {
                matches!(d.len(), 7 | 10)
                    && d.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                    && cx
                        .doc
                        .published
                        .as_deref()
                        .is_some_and(|p| p.len() == 10 && p.get(..d.len()).is_some_and(|p| d > p))
            })
        {
            mode = Mode::Planned;
        }
        // one event per code, actors, mode and date in a document (a repeated headline, the talks
        // mentioned again and again)
        let key = (
            code.clone(),
            source.as_ref().and_then(|a| a.entity),
            target.as_ref().and_then(|a| a.entity),
            mode,
            date.clone(),
        );
        if seen.contains(&key) {
            governors.push((m, root));
            continue;
        }
        // the same trigger word for the same sides again (the headline restated in the lead, the visit
        // named again by the visitor's country): one event, completed with what the repetition adds
        // (a side the repetition leaves unsaid is the same; the headline's code said again in other
        // words in the lead is the same event: القيادة تهنئ ... أعرب الملك عن أصدق التهاني)
        // a definite or possessed noun of a meeting or a visit names an occasion already told in
        // that mode again, whoever it names (عمان تستقبل المعلم … خلال الاجتماع اتفق المعلم وبن علوي;
        // ختام مباحثات … إلى أن الاجتماع; عقب اللقاء، لقاءه مع نظيره)
        let again = kind == Kind::Noun
            && code.starts_with("04")
            && (m.enclitic.is_some() || definite(v.norm(m.tokens.start)));
        if let Some(i) = (0..out.len()).find(|&i| {
            let e = &out[i];
            let headline = segs[i] == 0;
            let occasion = again && occasion_again(&e.cameo, &code);
            // (a verbal noun naming the event again may add the side left unsaid: في اليوم الأول من
            // زيارة إلى كينيا … احتلت زيارة أوباما الصفحات الأولى)
            // (an occasion, not a deed of force or a statement: two attacks or protests in one
            // report are as often two)
            let loose = headline || (kind == Kind::Noun && code.as_str() < "10");
            (trig_of[i] == m.trigger
                || occasion
                || (headline && seg <= LEAD && restated(&e.cameo, &code)))
                && e.mode == mode
                && (occasion || source.is_none() || same_side(ents, &e.source, &source, loose))
                && (occasion || target.is_none() || same_side(ents, &e.target, &target, loose))
                // (never with the sides swapped: the Houthis' shelling, then Houthis killed; but
                // the guest of a hosting may stand first in the meeting)
                && ((occasion && e.cameo != code)
                    || !one_party(&e.target, &source) && !one_party(&e.source, &target))
                && (e.date == date || date.is_none() || (e.date.is_none() && headline))
        }) {
            governors.push((m, root));
            // (an occasion named again in other words adds no side: those it names may only have
            // attended, حضر الاجتماع مساعد وزير الدفاع)
            if again && trig_of[i] != m.trigger {
                continue;
            }
            let e = &mut out[i];
            // (never a side acting on itself: الحوثيون … محاولة الحوثيين الهجوم)
            if e.source.is_none() && !one_party(&source, &e.target) {
                e.source = source;
            }
            if e.target.is_none() && !one_party(&target, &e.source) {
                e.target = target;
            }
            if e.date.is_none() {
                e.date = date;
            }
            if e.location.is_none() {
                e.location = location;
            }
            continue;
        }
        // the same kind of event between the same sides in one sentence (متظاهرين ... احتجاجا): one
        // event, with the more specific code
        if let Some(i) = (0..out.len()).find(|&i| {
            segs[i] == seg
                && same_family(&out[i].cameo, &code)
                && out[i].mode == mode
                && same_side(ents, &out[i].source, &source, true)
                && same_side(ents, &out[i].target, &target, true)
        }) {
            governors.push((m, root));
            if out[i].cameo.ends_with('0') && !code.ends_with('0') {
                out[i].goldstein = book.code_info(&code).map(|i| i.goldstein).unwrap_or(0.0);
                out[i].plover = book.plover_of(&code).to_string();
                out[i].cameo = code;
            }
            // (never a side acting on itself: يتأهب مقاتلو المقاومة لاقتحام القاعدة بعد حصارهم لها)
            if out[i].source.is_none() && !one_party(&source, &out[i].target) {
                out[i].source = source;
            }
            if out[i].target.is_none() && !one_party(&target, &out[i].source) {
                out[i].target = target;
            }
            continue;
        }
        seen.push(key);
        segs.push(seg);
        trig_of.push(m.trigger);
        let toks = &cx.analysis.tokens;
        let info = book.code_info(&code);
        emitted.push((m, out.len()));
        governors.push((m, root));
        out.push(EventFound {
            source,
            target,
            plover: book.plover_of(&code).to_string(),
            quad_class: quad_class(&code),
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            cameo: code,
            mode,
            date,
            location,
            trigger: toks[m.tokens.start].byte_start..toks[m.tokens.end - 1].byte_end,
            sentence: cx.sentence_of_token(m.tokens.start).unwrap_or(0),
        });
    }
    out
}

/// The colon after a name that opens the trigger's segment (only honorifics or a quotation mark
/// before it), when the trigger after it is in the third person and not an interjection (شكراً).
fn outlet_colon(v: &View<'_>, groups: &[Group], m: &Match, book: &Codebook) -> Option<usize> {
    let seg = v.seg[m.tokens.start];
    if m.person != Person::Third || m.enclitic == Some(Encl::Our) {
        return None;
    }
    let c = (m.tokens.start.saturating_sub(15)..m.tokens.start)
        .rev()
        .take_while(|&j| v.seg[j] == seg)
        .find(|&j| v.norm(j) == ":")?;
    let start = (0..c).rev().take_while(|&j| v.seg[j] == seg).last()?;
    let quote = |j: usize| matches!(v.norm(j), "«" | "»" | "\"" | "“" | "”");
    let opening = groups.iter().any(|g| {
        v.seg[g.tokens.start] == seg
            && g.tokens.start >= start
            && g.tokens.end <= c
            && (g.tokens.end..c).all(quote)
            && (start..g.tokens.start).all(|j| quote(j) || v.title_gap(book, j, j + 1))
    });
    let interjection = m.tokens.start == c + 1 && v.norm(m.tokens.start).ends_with('ا');
    (opening && !interjection).then_some(c)
}

/// Whether entity `e` is a body that meets as itself (class `assembly`: مجلس، لجنة), by the first
/// word of its name.
fn assembly(ents: &Entities, e: usize, book: &Codebook) -> bool {
    let d = &ents.list[e];
    d.kind == Some(EntityKind::Organization)
        && d.name.split_whitespace().next().is_some_and(|w| {
            let w = fold(w);
            book.is(w.strip_prefix("ال").unwrap_or(&w), class::ASSEMBLY)
        })
}

/// Whether a meeting or visit noun (code `b`) may name the occasion of an earlier event (code `a`)
/// again: the same code, or a meeting at a hosting (a call is no occasion; a meeting during a
/// visit is an event of its own).
fn occasion_again(a: &str, b: &str) -> bool {
    a == b || (b == "040" && matches!(a, "043" | "044"))
}

/// Whether a folded word bears the article, after و/ف and ب (الاجتماع، وبالاجتماع).
fn definite(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    w.starts_with("ال") || w.starts_with("بال")
}

/// Whether a group is the complement of the deed an appeal asks for, not a side of the appeal:
/// the name right after a verbal noun introduced by إلى or ب after the trigger (ودعا المعتصمون إلى
/// إعدام سليمان الأسد، ومطالبة بإعدام سليمان الأسد).
fn demanded(v: &View<'_>, m: &Match, g: &Group, book: &Codebook) -> bool {
    let Some(p) = g.phrase_start.checked_sub(1) else {
        return false;
    };
    let toks = &v.cx.analysis.tokens;
    if p < m.tokens.end || v.seg[p] != v.seg[g.tokens.start] || toks[p].kind != TokenKind::Word {
        return false;
    }
    let w = v.norm(p).trim_start_matches(['و', 'ف']);
    if PREPS.contains(&w) || v.is(p, book, class::TITLE | class::RANK | class::OFFICE) {
        return false;
    }
    let by = toks[p]
        .parts()
        .iter()
        .any(|s| s.role == PartRole::Proclitic && s.norm == "ب");
    by || p
        .checked_sub(1)
        .is_some_and(|q| q >= m.tokens.end - 1 && matches!(v.norm(q), "الي" | "والي"))
}

/// Whether an entity is an organisation of a country whose code names only civilian roles (an
/// embassy, a ministry, a company: USAGOV, GBRMED), which an attack strikes rather than makes.
fn civic_body(ents: &Entities, e: usize) -> bool {
    const CIVIC: &[&str] = &[
        "GOV", "LEG", "JUD", "MED", "BUS", "EDU", "HLH", "NGO", "LAB",
    ];
    let d = &ents.list[e];
    let Some(code) = d.code.as_deref().filter(|c| c.len() == 6) else {
        return false;
    };
    d.kind == Some(EntityKind::Organization)
        && d.country.as_deref() == code.get(..3)
        && code.get(3..).is_some_and(|r| CIVIC.contains(&r))
}

/// Whether an actor is a person whose code names only civilian roles (government, party, judiciary,
/// media, business …), who does not wield force himself.
fn civic_person(ents: &Entities, a: &ActorFound) -> bool {
    const ARMED: &[&str] = &["MIL", "REB", "INS", "IMG", "COP", "SPY", "UAF", "SEP"];
    const CIVIC: &[&str] = &[
        "GOV", "LEG", "PTY", "JUD", "MED", "BUS", "EDU", "HRI", "NGO", "CVL", "LAB",
    ];
    let person = a
        .entity
        .is_some_and(|e| ents.list[e].kind == Some(EntityKind::Person));
    let Some(code) = a.code.as_deref().filter(|c| person && c.len() >= 6) else {
        return false;
    };
    let roles = || {
        (3..code.len())
            .step_by(3)
            .filter_map(|i| code.get(i..i + 3))
    };
    roles().any(|r| CIVIC.contains(&r)) && !roles().any(|r| ARMED.contains(&r))
}

/// Codes the lead may use to restate the headline's event: the same code, or another of the same
/// root except consultations, whose codes are different acts of one occasion (the headline's
/// meeting, the lead's visit).
/// (A deed of force may be told as its outcome: غارة أمريكية تقتل قيادياً.)
fn restated(a: &str, b: &str) -> bool {
    a == b || (same_family(a, b) && a.get(..2) != Some("04"))
}

/// Codes of one happening when said in one sentence: the same root, or killing, attack and bombing
/// (قتل 12 في هجوم انتحاري).
fn same_family(a: &str, b: &str) -> bool {
    let assault = |c: &str| matches!(c.get(..2), Some("18" | "19" | "20"));
    a.get(..2) == b.get(..2) || (assault(a) && assault(b))
}

/// Whether two actors are the same side: the same entity or code, or the same country (أوباما and
/// الولايات المتحدة); `loose` also accepts a side that is missing from either.
fn same_side(ents: &Entities, a: &Option<ActorFound>, b: &Option<ActorFound>, loose: bool) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            one_party(a, b) || country_of(ents, x).is_some_and(|c| Some(c) == country_of(ents, y))
        }
        _ => loose,
    }
}

/// Whether two actors given are one: the same entity with the same code (not merely of one
/// country: a president and his country's people may stand on two sides).
fn same_actor(a: &Option<ActorFound>, b: &Option<ActorFound>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.entity == b.entity && a.code == b.code)
}

/// Whether two actors given are one party: the same entity or the same code (a country named and
/// a country known by its place).
fn one_party(a: &Option<ActorFound>, b: &Option<ActorFound>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            (a.entity.is_some() && a.entity == b.entity) || (a.code.is_some() && a.code == b.code)
        }
        _ => false,
    }
}

/// The actor of an event known only by its place: a protest's source is the place's civilians, an
/// attack's target is the place's country (not for air or artillery strikes).
fn place_actor(
    ents: &Entities,
    place: usize,
    code: &str,
) -> Option<(Option<ActorFound>, Option<ActorFound>)> {
    let place = ents.list.get(place)?;
    let country = place.country.clone()?;
    let root = code.get(..2)?;
    // (an attack's target not from a city: it names where, not whom — nine rebels killed in Aden
    // are no attack on Yemen; a protest in a city is still its country's people)
    let city = place.city;
    if root == "14" {
        let a = ActorFound {
            entity: None,
            code: Some(format!("{country}CVL")),
            country: Some(country),
        };
        Some((Some(a), None))
    } else if (root >= "18" || code.starts_with("172"))
        && !(code.starts_with("194") || code.starts_with("195"))
        && !city
    {
        // (air and artillery strikes in a country hit armed groups there far more often than the
        // country itself: غارات التحالف في سوريا; an arrest or a seizure there is of someone in
        // it: القبض على «صاحب الألف وجه» في كولومبيا; but a state of emergency or a curfew is
        // imposed on the country: تمديد حالة الطوارئ في تونس)
        let a = ActorFound {
            entity: None,
            code: Some(country.clone()),
            country: Some(country),
        };
        Some((None, Some(a)))
    } else {
        None
    }
}

/// Background, not a report: an imperfect verb describing its noun after a relative pronoun
/// (العلويون الذين يدعمون الأسد), after "whoever" or "what" (من يهاجم، ما يهددنا), or a noun after a verb of undergoing
/// (بلد يشهد هجمات); what most do (وتتهم أغلب دول الخليج طهران، معظم الهجمات).
fn background(v: &View<'_>, m: &Match, kind: Kind, book: &Codebook) -> bool {
    // (most, the majority: what usually happens)
    let clause = v.clause[m.tokens.start];
    let generic = |j: usize| v.clause[j] == clause && v.is(j, book, class::GENERIC);
    if kind == Kind::Verb
        && m.imperfect
        && !m.future
        && ((m.tokens.end < v.len() && generic(m.tokens.end))
            || (m.tokens.start.saturating_sub(4)..m.tokens.start).any(generic))
    {
        return true;
    }
    let Some(p) = m.tokens.start.checked_sub(1) else {
        return false;
    };
    if v.seg[p] != v.seg[m.tokens.start] {
        return false;
    }
    match kind {
        Kind::Verb => {
            m.imperfect
                && !m.future
                && (v.is(p, book, class::RELATIVE)
                    || matches!(v.norm(p), "من" | "ومن" | "ما" | "وما"))
        }
        Kind::Noun => (p.saturating_sub(1)..=p)
            .any(|j| v.seg[j] == v.seg[p] && (v.is(j, book, class::HABITUAL) || generic(j))),
    }
}

/// A verbal noun that names an institution's field (وزير حقوق الإنسان والإغاثة، لجنة التحقيق): right
/// after an institution word (class `institution`), or joined by و to the words after one, with no
/// preposition or punctuation between.
fn institution_name(v: &View<'_>, m: &Match, book: &Codebook) -> bool {
    if m.enclitic.is_some() {
        return false;
    }
    let s = m.tokens.start;
    let joined = v.norm(s).starts_with('و');
    // (the institution word in construct, without the article: وقدم الوزير التهنئة is the minister's)
    (s.saturating_sub(4)..s).rev().any(|p| {
        v.is(p, book, class::INSTITUTION)
            && !v.norm(p).trim_start_matches(['و', 'ف']).starts_with("ال")
            && (p + 1 == s || joined)
            && (p + 1..=s).all(|j| {
                v.seg[j] == v.seg[p]
                    && v.cx.analysis.tokens[j].kind == TokenKind::Word
                    && !PREPS.contains(&v.norm(j))
            })
    })
}

/// A deed told right after a relative pronoun, undated (حركة الشباب التي شنت هجمات كبيرة في كينيا،
/// الاعتداء الذي أدى إلى مقتل السفير): the record that describes someone, not the news. The deed is
/// the relative's own verb or the noun right after its support verb; a date near makes it news
/// again (هاموند الذي زار إسرائيل الأسبوع الماضي، الذي اختطف الأربعاء الماضي).
fn record(
    v: &View<'_>,
    m: &Match,
    book: &Codebook,
    dates: &[DateFound],
    (groups, ents): (&[Group], &Entities),
) -> bool {
    let s = m.tokens.start;
    let relative = |j: usize| v.seg[j] == v.seg[s] && v.is(j, book, class::RELATIVE);
    let r = if s >= 1 && relative(s - 1) {
        s - 1
    } else if s >= 2 && relative(s - 2) && v.is(s - 1, book, class::LIGHT) {
        s - 2
    } else {
        return false;
    };
    // (a person named before the relative is most often doing it in the scene reported: نظيره
    // اوهورو كينياتا الذي رحب به، الزهراني الذي قدم شكره)
    let i = groups.partition_point(|g| g.tokens.end < r);
    let person = groups[i..]
        .iter()
        .take_while(|g| g.tokens.end <= r)
        .any(|g| ents.list[g.entity].kind == Some(EntityKind::Person));
    !person && !m.imperfect && date_of(v, dates, m).is_none()
}

/// A verbal noun a few words after an aim (class `purpose`) whose holder is a thing, not an actor
/// (الهدنة تهدف إلى ضمان وصول المساعدات، المبادرة الرامية إلى وقف القتال): what the thing is for,
/// not an event. An actor right before the aim states an intention (السعودية تهدف إلى ...), which the
/// mode cues code.
fn purpose(v: &View<'_>, m: &Match, book: &Codebook, groups: &[Group]) -> bool {
    let s = m.tokens.start;
    let Some(j) = (s.saturating_sub(5)..s)
        .rev()
        .take_while(|&j| v.clause[j] == v.clause[s])
        .find(|&j| v.is(j, book, class::PURPOSE))
    else {
        return false;
    };
    // (a participle describes the noun before it: المبادرة الرامية إلى)
    let participle = v.norm(j).starts_with("ال");
    let thing = j.checked_sub(1).is_some_and(|p| {
        v.clause[p] == v.clause[j]
            && v.cx.analysis.tokens[p].kind == TokenKind::Word
            && !groups.iter().any(|g| g.tokens.contains(&p))
    });
    participle || thing
}

/// A present verb right after an indefinite common noun describes that noun (a clause as its
/// adjective: شكوى تطالب بإجلاء المحامين، دعوى تطالب بتعويضات): what the thing says, not a deed.
/// The noun is a plain word: no article, no name the entities know, no word of the codebook.
fn described(v: &View<'_>, m: &Match, book: &Codebook, groups: &[Group]) -> bool {
    if !m.imperfect || m.future || m.nominal {
        return false;
    }
    let Some(p) = m.tokens.start.checked_sub(1) else {
        return false;
    };
    let t = &v.cx.analysis.tokens[p];
    let n = v.norm(p);
    let i = groups.partition_point(|g| g.tokens.end <= p);
    let named = groups.get(i).is_some_and(|g| g.tokens.start <= p);
    // (not a verb joined by و to the one before, قوات الحوثي تقصف عدن وتقتل, nor after the first word
    // of a headline or sentence, which is its subject: أوروبا تدعو، مخربون يهاجمون)
    let joined = v.norm(m.tokens.start).starts_with('و');
    let opens = p == 0 || v.seg[p - 1] != v.seg[p];
    !joined
        && !opens
        && v.seg[p] == v.seg[m.tokens.start]
        && t.kind == TokenKind::Word
        && !n.starts_with("ال")
        && !n.starts_with(['و', 'ف', 'ب', 'ل'])
        && !PREPS.contains(&n)
        && !CLAUSE_OPENERS.contains(&n)
        // (a writ is described even when the codebook knows its word: دعوى تطالب بتعويضات)
        && (v.is(p, book, class::WRIT) || (!book.knows(n) && !v.cands(p).iter().any(|c| c.known)))
        && !named
}

/// Words after which a verb opens its own clause (بعد أن التزمت، خلال تفاوضهم): no noun to describe.
const CLAUSE_OPENERS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "خلال",
    "بعد",
    "قبل",
    "عندما",
    "حين",
    "قد",
    "لقد",
];

/// An almanac entry (1956- أزمة السويس: فرنسا وبريطانيا … تدعو): history listed by year under «this
/// day in history», not a report. The entry opens its segment (or follows a colon) with a year and
/// a dash.
fn almanac(v: &View<'_>, m: &Match) -> bool {
    let seg = v.seg[m.tokens.start];
    let toks = &v.cx.analysis.tokens;
    let lo = m.tokens.start.saturating_sub(40);
    (lo..m.tokens.start)
        .rev()
        .take_while(|&j| v.seg[j] == seg)
        .any(|j| {
            let year = toks[j].kind == TokenKind::Number
                && toks[j].norm.chars().count() == 4
                && toks[j].norm.chars().all(|c| c.is_ascii_digit());
            let opens = j == 0 || v.seg[j - 1] != seg || matches!(v.norm(j - 1), ":");
            year && opens && j + 1 < v.len() && matches!(v.norm(j + 1), "-" | "–")
        })
}

/// A praise or thanks event ending shortly before `m` in the same segment.
fn thanked<'e>(
    v: &View<'_>,
    before: &[(&Match, usize)],
    m: &Match,
    events: &'e [EventFound],
) -> Option<&'e EventFound> {
    let &(p, ei) = before.last()?;
    (events[ei].cameo.starts_with("05")
        && p.tokens.end <= m.tokens.start
        && m.tokens.start - p.tokens.end <= GOVERN_WINDOW
        && v.seg[p.tokens.start] == v.seg[m.tokens.start])
        .then(|| &events[ei])
}

/// Whether a verbal trigger whose complement is a topic, not a deed (appeal, intent, consult, demand,
/// criticism, rejection, threat), ends shortly before `m` in the same segment. Praise and thanks are
/// not included: one thanks for a deed that happened (شكر روسيا على المساعدة).
/// The side claiming a deed of force: the trigger after «المسؤولية عن» or «مسؤولية» (a pronoun on
/// it too: مسؤوليتها عن), and the nearest actor without a preposition before that word in its clause.
fn claimant<'g>(v: &View<'_>, near: &'g [Group], m: &Match) -> Option<&'g Group> {
    let p = m.tokens.start.checked_sub(1)?;
    let word = if v.norm(p) == "عن" {
        p.checked_sub(1)?
    } else {
        p
    };
    let w = v
        .norm(word)
        .trim_start_matches('و')
        .replace("مسئولي", "مسؤولي");
    // (not «المسؤولين عن»: those responsible, whom the sentence seeks)
    if !(w == "المسؤوليه" || w.starts_with("مسؤوليه") || w.starts_with("مسؤوليت"))
    {
        return None;
    }
    let clause = v.clause[word];
    // (a blamer is no claimant: حمل داود أوغلو التنظيم مسؤولية الهجوم)
    let blame = |j: usize| {
        matches!(
            v.norm(j).trim_start_matches(['و', 'ف']),
            "حمل"
                | "حملت"
                | "حملوا"
                | "يحمل"
                | "تحمل"
                | "يحملون"
                | "تحميل"
                | "محملا"
                | "محمله"
        )
    };
    near.iter().rev().find(|g| {
        g.tokens.end <= word
            && g.tokens.end + 8 > word
            && g.prep.is_none()
            && (g.tokens.start..word).all(|j| v.clause[j] == clause && !blame(j))
    })
}

/// The side a force noun aimed at, told by a form of استهدف within four words after it (its
/// adjectives and a relative pronoun between): the actor right after the verb, or the owner of the
/// site right after it (استهدفت مواقع الحوثيين، استهدف مسجدا لقوات الطوارئ).
fn aimed<'g>(v: &View<'_>, near: &'g [Group], m: &Match, book: &Codebook) -> Option<&'g Group> {
    let clause = v.clause[m.tokens.start];
    let verb = (m.tokens.end..(m.tokens.end + 4).min(v.len()))
        .take_while(|&j| v.clause[j] == clause)
        .find(|&j| {
            matches!(
                v.norm(j).trim_start_matches('و'),
                "استهدف"
                    | "استهدفت"
                    | "استهدفا"
                    | "استهدفتا"
                    | "استهدفوا"
                    | "يستهدف"
                    | "تستهدف"
            )
        })?;
    let site = v.is(verb + 1, book, class::SITE);
    near.iter().find(|g| {
        v.clause.get(g.tokens.start) == Some(&clause)
            && ((g.tokens.start == verb + 1 && g.prep.is_none())
                || (site
                    && g.tokens.start == verb + 2
                    && matches!(g.prep.as_deref(), None | Some("ل"))))
    })
}

/// The actor who foils the force noun `m`: named between a `foil` word and the noun, in one
/// clause (أحبطت القوات السعودية هجوما).
fn foiler(v: &View<'_>, ents: &Entities, m: &Match, book: &Codebook) -> Option<ActorFound> {
    let clause = v.clause[m.tokens.start];
    let f = (m.tokens.start.saturating_sub(7)..m.tokens.start)
        .rev()
        .take_while(|&j| v.clause[j] == clause)
        .find(|&j| v.is(j, book, class::FOIL))?;
    ents.mentions
        .iter()
        .find(|p| {
            let s = p.tokens.start;
            // (the foiler is the subject, bare: التصدي لحركة طالبان names the one repelled)
            s > f
                && p.tokens.end <= m.tokens.start
                && ents.list[p.entity].kind != Some(EntityKind::Location)
                && !PREPS.contains(&v.norm(s - 1))
                && !v.clitic_prep(s)
        })
        .map(|p| actor_of(ents, p.entity))
}

/// Whether a place is the trigger's object: in the three words after it, before any preposition,
/// a place word or a site (مدينة، مطار، مواقع) or a mention of a place or state the entities know.
fn place_follows(v: &View<'_>, ents: &Entities, m: &Match, book: &Codebook) -> bool {
    let clause = v.clause[m.tokens.start];
    (m.tokens.end..(m.tokens.end + 3).min(v.len()))
        .take_while(|&j| v.clause[j] == clause && !PREPS.contains(&v.norm(j)))
        .any(|j| {
            v.is(j, book, class::PLACE | class::SITE)
                || ents.mentions.iter().any(|p| {
                    p.tokens.contains(&j)
                        && matches!(
                            ents.list[p.entity].kind,
                            Some(EntityKind::Location | EntityKind::Country)
                        )
                })
        })
}

/// Whether a word introduced by one of `preps` follows the trigger within four words of its
/// clause (a subject may stand between: تشيد الصحف الأميركية بالاتفاق).
fn prep_follows(v: &View<'_>, m: &Match, preps: &[String]) -> bool {
    let clause = v.clause[m.tokens.start];
    (m.tokens.end..(m.tokens.end + 4).min(v.len()))
        .take_while(|&j| v.clause[j] == clause)
        .any(|j| {
            let w = v.norm(j);
            let w = w
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(w);
            // (or the letter alone before a quotation mark: تشيد ب"معجزة المصريين")
            preps.iter().any(|p| {
                if p.chars().count() == 1 {
                    (w.starts_with(p.as_str()) && w.chars().count() >= 3) || w == p
                } else {
                    w == p
                }
            })
        })
}

fn governed(
    v: &View<'_>,
    before: &[(&Match, [u8; 2])],
    m: &Match,
    (book, named): (&Codebook, &[bool]),
) -> bool {
    before.iter().rev().take(2).any(|&(p, root)| {
        let verbal = matches!(&root, b"02" | b"03" | b"04" | b"10" | b"11" | b"12" | b"13");
        // (an appeal reaches further, over its addressee, within its clause: ودعت بريطانيا وفرنسا
        // أمس الأحد دولا أخرى في الاتحاد الأوروبي لمساعدتهما)
        // (not past a new circumstance: طالبت الحكومة مجلس الأمن بتحرك ضد الحوثيين بعد خرقهم للهدنة)
        // (nor is a name any distance past a support verb, whose object the noun then is: اتصالاً
        // هاتفياً من الرئيس فرانسوا هولاند … جدد خلاله ترحيبه)
        let circumstance = (p.tokens.end..m.tokens.start)
            .any(|j| v.is(j, book, class::LINK) || v.is(j, book, class::LIGHT));
        let reach = if matches!(&root, b"02" | b"10")
            && v.clause[p.tokens.start] == v.clause[m.tokens.start]
            && !circumstance
        {
            2 * GOVERN_WINDOW
        } else {
            GOVERN_WINDOW
        };
        verbal
            && p.tokens.end <= m.tokens.start
            && (p.tokens.end..m.tokens.start)
                .filter(|&j| circumstance || !named[j])
                .count()
                <= reach
            && v.seg[p.tokens.start] == v.seg[m.tokens.start]
    })
}

/// Sports and figurative cues: `Some(None)` drops the trigger, `Some(Some(code))` recodes it.
fn context_action(
    v: &View<'_>,
    hits: &[(usize, &ContextRule)],
    m: &Match,
    code: &str,
) -> Option<Option<String>> {
    let root = code.get(..2)?;
    let seg = v.seg[m.tokens.start];
    let lo = m.tokens.start.saturating_sub(40);
    let first = hits.partition_point(|(j, _)| *j < lo);
    for &(j, r) in &hits[first..] {
        if j >= m.tokens.end + 40 {
            break;
        }
        if v.seg[j] != seg || !r.roots.iter().any(|x| x == root) {
            continue;
        }
        let near_after = j >= m.tokens.end && j < m.tokens.end + 3;
        if r.sentence || near_after {
            return Some(r.recode.clone());
        }
    }
    None
}

/// A sports or fiction report: a cue of the kind that drops even appeals (مباراة، اللاعب، فيلم) in
/// the headline and three in the document, or `SPORTS_CUES` in the document. Its meetings, requests, attacks and expulsions are games
/// and plots even in sentences without a cue (ستلتقي أنجولا مع جنوب إفريقيا، الاتحاد البرتغالي يطلب).
/// (Without the headline, politics has its players too: اللاعبين الدوليين.)
fn genre_report<'b>(v: &View<'_>, hits: &[(usize, &'b ContextRule)]) -> Option<&'b ContextRule> {
    let mut cues = hits
        .iter()
        .filter(|(_, r)| r.sentence && r.recode.is_none() && r.roots.iter().any(|x| x == "02"));
    let &(j, first) = cues.next()?;
    // (the headline is the first line, whatever its punctuation: «فيفا» .. 851 مباراة)
    let headline = v.cx.text.find('\n').unwrap_or(v.cx.text.len());
    let more = cues.count();
    // (or a cue in almost every sentence, under a headline of names: الجيل يوقّع مع البرازيلي
    // «دوجلاس»، القريني يرفض رئاسة الشباب)
    ((v.cx.analysis.tokens[j].byte_start < headline && more >= 2) || more + 1 >= SPORTS_CUES)
        .then_some(first)
}

/// Sports cues that make a whole report a sports report without one in its headline: on 6,000
/// articles, reports with this many are all sports, fiction or sports governance.
const SPORTS_CUES: usize = 9;

/// Every context cue of the document, found once (token, rule), in token order.
fn context_hits<'b>(v: &View<'_>, book: &'b Codebook) -> Vec<(usize, &'b ContextRule)> {
    let mut out = Vec::new();
    for j in 0..v.len() {
        for c in v.cands(j).iter().filter(|c| !c.suffix) {
            if let Some(rules) = c.known.then(|| book.context.get(c.s)).flatten() {
                for r in rules {
                    if v.follows(j + 1, &r.rest).is_some() {
                        out.push((j, r));
                    }
                }
            }
        }
    }
    out
}

/// A more specific code from a keyword following the trigger (appeal + ceasefire → 0256).
fn refine(v: &View<'_>, m: &Match, code: &str, book: &Codebook) -> Option<String> {
    let clause = v.clause[m.tokens.start];
    let seg = v.seg[m.tokens.start];
    for j in m.tokens.end..(m.tokens.end + 8).min(v.len()) {
        if v.seg[j] != seg || (v.clause[j] != clause && j > m.tokens.end + 1) {
            break;
        }
        for c in v.cands(j) {
            let Some(ids) = c.known.then(|| book.refine_first.get(c.s)).flatten() else {
                continue;
            };
            for &i in ids {
                let r = &book.refine[i];
                if code.starts_with(r.parent.as_str()) && v.follows(j + 1, &r.words[1..]).is_some()
                {
                    return Some(r.code.clone());
                }
            }
        }
    }
    None
}

/// CAMEO 03x for an expressed intention to do a cooperative act.
fn intent_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "062" => "0312",
        "061" => "0311",
        "063" => "0313",
        "064" => "0314",
        "073" => "0333",
        "072" => "0332",
        "071" => "0331",
        c if c.starts_with("07") => "033",
        c if c.starts_with("04") => "036",
        c if c.starts_with("06") || c.starts_with("05") => "030",
        c if c.starts_with("087") => "0356",
        c if c.starts_with("08") => "035",
        _ => return None,
    })
}

/// The mode from the nearest cue before (or, for `after` cues, just after) the trigger in its clause.
/// Also says whether the cue expresses a wish or intention (as opposed to an obligation, يجب).
/// A cue word inside a name is none (كي in بان كي مون).
fn mode_of(v: &View<'_>, m: &Match, names: &[Group], book: &Codebook) -> (Mode, bool) {
    let in_name = |j: usize| {
        let i = names.partition_point(|g| g.tokens.end <= j);
        names.get(i).is_some_and(|g| g.tokens.start <= j)
    };
    let seg = v.seg[m.tokens.start];
    let clause = v.clause[m.tokens.start];
    let noun = m.nominal || book.triggers[m.trigger as usize].kind == Kind::Noun;
    let mut best: Option<(usize, CueMode)> = None;
    let mut consider = |dist: usize, mode: CueMode| {
        if best.is_none_or(|(d, b)| dist < d || (dist == d && rank(mode) > rank(b))) {
            best = Some((dist, mode));
        }
    };
    // before: scan back within the clause, then a little across a comma
    // (a visit or meeting noun: the circumstance of a movement verb, سيغادر إلى مصر في زيارة)
    let occasion = noun
        && book.triggers[m.trigger as usize]
            .code
            .as_deref()
            .is_some_and(|c| c.starts_with("04"));
    scan_before(
        v,
        m.tokens.start,
        (noun, occasion),
        in_name,
        book,
        &mut consider,
    );
    // a support verb's noun across a comma has the verb's mode (من المقرر أن يعقد كيري، الاثنين،
    // أيضا اجتماعا)
    if noun {
        let light =
            light_across_commas(v, m, in_name, book, false).filter(|&l| v.clause[l] != clause);
        if let Some(l) = light {
            let gap = m.tokens.start - l;
            if v.cands(l).iter().any(|c| c.future && c.known) {
                consider(gap, CueMode::Planned);
            }
            scan_before(v, l, (false, false), in_name, book, &mut |d, c| {
                consider(d + gap, c)
            });
        }
    }
    // after: future verbs and "next" adjectives
    let hi = (m.tokens.end + CUE_AFTER).min(v.len());
    for j in m.tokens.end..hi {
        if v.seg[j] != seg || (v.clause[j] != clause && j > m.tokens.end + 1) {
            break;
        }
        for c in v.cands(j).iter().filter(|c| !c.suffix) {
            if let Some(cues) = c.known.then(|| book.cues.get(c.s)).flatten() {
                for cue in cues.iter().filter(|c| c.after) {
                    if v.follows(j + 1, &cue.rest).is_some() {
                        consider(j + 1 - m.tokens.end + CUE_BEFORE, cue.mode);
                    }
                }
            }
        }
    }
    // (a question or a condition still holds over a future verb: هل سيعتذر الشيحي؟)
    if m.future && !best.is_some_and(|b| b.1 == CueMode::Hypothetical) {
        best = Some((0, CueMode::Planned));
    }
    let mode = match best.map(|b| b.1) {
        Some(CueMode::Negated | CueMode::NegatedPhrase) => Mode::Negated,
        Some(CueMode::Planned) => Mode::Planned,
        Some(CueMode::Intended | CueMode::Obliged) => Mode::Intended,
        Some(CueMode::Hypothetical) => Mode::Hypothetical,
        Some(CueMode::None) | None => Mode::Done,
    };
    (mode, best.is_some_and(|b| b.1 == CueMode::Intended))
}

/// Mode cues before token `at` (a trigger, or the support verb of a noun trigger), passed to
/// `consider` with their distance: within its clause, then a little across a comma.
fn scan_before(
    v: &View<'_>,
    at: usize,
    (noun, occasion): (bool, bool),
    in_name: impl Fn(usize) -> bool,
    book: &Codebook,
    consider: &mut dyn FnMut(usize, CueMode),
) {
    let seg = v.seg[at];
    let clause = v.clause[at];
    let lo = at.saturating_sub(CUE_BEFORE);
    // a complementiser between a phrase's negation and the trigger opens the clause the trigger
    // is in (طلب عدم نشر اسمه أن الزيارة جرت), unless it is the particle's own (دون أن يكون)
    let mut complementiser: Option<usize> = None;
    for j in (lo..at).rev() {
        if v.seg[j] != seg || (v.clause[j] != clause && at - j > 3) {
            break;
        }
        // a future support verb: سيجري محادثات، ستعقد اجتماعا; any future verb right before a
        // verbal noun, whose object it is (سيعزز التعاون بين المملكة ومصر, سيبحث الطرفان التعاون):
        // the analysis cuts off only a future س (not that of سياسة، سيارة)
        // (further back when the noun is the verb's circumstance: سيغادر إلى جمهورية مصر العربية
        // في زيارة عمل)
        let reach = if occasion && at > 0 && v.norm(at - 1) == "في" {
            8
        } else {
            3
        };
        let future_verb = || {
            noun && at - j <= reach
                && v.clause[j] == clause
                && v.cx.analysis.tokens[j]
                    .parts()
                    .iter()
                    .any(|s| s.role == PartRole::Proclitic && s.norm == "س")
        };
        if v.cands(j)
            .iter()
            .any(|c| c.future && c.known && book.is(c.s, class::LIGHT))
            || future_verb()
        {
            consider(at - j, CueMode::Planned);
        }
        for c in v.cands(j).iter().filter(|c| !c.suffix) {
            if let Some(cues) = c.known.then(|| book.cues.get(c.s)).flatten() {
                // the longest cue phrase at a word is the one written (لا بد: obliged, not لا)
                let longest = cues
                    .iter()
                    .filter(|c| !c.after && v.follows(j + 1, &c.rest).is_some())
                    .map(|c| c.rest.len())
                    .max();
                for cue in cues
                    .iter()
                    .filter(|c| !c.after && Some(c.rest.len()) == longest)
                {
                    if let Some(end) = v.follows(j + 1, &cue.rest) {
                        // (nor across a comma: جرى التعديل بدون مشاورات، داعيا للتوافق)
                        let far = matches!(cue.mode, CueMode::Negated | CueMode::NegatedPhrase)
                            && (at - j > NEG_BEFORE || v.clause[j] != clause);
                        let other_clause = cue.mode == CueMode::NegatedPhrase
                            && complementiser.is_some_and(|k| k > end);
                        if end <= at && !far && !other_clause && !in_name(j) {
                            consider(at - j, cue.mode);
                        }
                    }
                }
            }
        }
        if complementiser.is_none() && COMPLEMENTISERS.contains(&v.norm(j)) {
            complementiser = Some(j);
        }
    }
}

fn rank(m: CueMode) -> u8 {
    match m {
        CueMode::None => 5,
        CueMode::Hypothetical => 4,
        CueMode::Negated | CueMode::NegatedPhrase => 3,
        CueMode::Planned => 2,
        CueMode::Obliged => 1,
        CueMode::Intended => 1,
    }
}

/// Source and target of a trigger.
#[allow(clippy::too_many_arguments)]
fn participants(
    v: &View<'_>,
    ents: &Entities,
    groups: &[Group],
    m: &Match,
    (frame, kind, code): (&Frame, Kind, &str),
    (speaker, shared): (Option<usize>, Option<&ActorFound>),
    book: &Codebook,
) -> (Option<ActorFound>, Option<ActorFound>) {
    let seg = v.seg[m.tokens.start];
    let violent = code.get(..2).is_some_and(|r| r >= "14");
    // a nationality adjective near force names victims or places far more often than perpetrators
    // (but "thousands of Iraqis" are the protesters)
    let forceful = code.get(..2).is_some_and(|r| r >= "15");
    // (except after "forces of": قوات الاحتلال الإسرائيلي، الطيران التركي; or a strike: غارة
    // جوية أمريكية تقتل)
    let headed = |g: &Group| {
        (g.tokens.start.saturating_sub(2)..g.tokens.start)
            .any(|j| v.is(j, book, class::HEAD | class::STRIKE))
    };
    let bare_src =
        |g: &&Group| g.prep.is_none() && !(forceful && g.via == MentionVia::Nisba && !headed(g));
    // places (cities, regions) are where things happen, not who does them
    // (nor a relative's kin: أحد أقارب الأسد is not Assad; with the article the word is an adjective,
    // لحكومة السودان الشقيقة والرئيس عمر البشير)
    let kin = |g: &Group| {
        let s = g.tokens.start;
        (s.saturating_sub(2)..s).any(|j| {
            v.seg[j] == seg
                && v.is(j, book, class::KIN)
                && !v.norm(j).trim_start_matches(['و', 'ف']).starts_with("ال")
        })
    };
    let appeal = matches!(code.get(..2), Some("02" | "10"));
    // a capital right after a meeting or visit noun is where it is held or goes (محادثات فيينا، اجتماع
    // جنيف، لقاء الدوحة؛ زيارة القاهرة): no side of the meeting, the host of the visit
    let venue = |g: &Group| {
        kind == Kind::Noun
            && code.starts_with("04")
            && g.via == MentionVia::Capital
            && g.prep.is_none()
            && g.tokens.start == m.tokens.end
    };
    let destination = groups
        .iter()
        .find(|g| code.starts_with("042") && venue(g))
        .map(|g| actor_of(ents, g.entity));
    // a name opening its segment before a colon is the outlet of what follows (المرصد السوري:
    // اللاذقية تطالب …): a third-person clause after the colon has its own subject (but the name
    // speaks a first-person form or an interjection: عبدالرحمن بن مساعد: شكراً، «أمانة الرياض»: نعتذر)
    let colon = outlet_colon(v, groups, m, book);
    let in_seg: Vec<&Group> = groups
        .iter()
        .filter(|g| {
            v.seg[g.tokens.start] == seg
                && colon.is_none_or(|c| g.tokens.start > c)
                && ents.list[g.entity].kind != Some(EntityKind::Location)
                && !kin(g)
                && !(appeal && demanded(v, m, g, book))
                && !venue(g)
        })
        .collect();
    let after: Vec<&Group> = in_seg
        .iter()
        .copied()
        .filter(|g| g.tokens.start >= m.tokens.end)
        .collect();
    let before: Vec<&Group> = in_seg
        .iter()
        .copied()
        .filter(|g| g.tokens.end <= m.tokens.start)
        .collect();
    let bare = |g: &&Group| g.prep.is_none();
    let we = speaker.and_then(|s| side_of_speaker(ents, s));

    let mut source: Option<ActorFound> = None;
    let mut src_group: Option<&Group> = None;
    let mut target: Option<ActorFound> = destination;
    // loose fallbacks do not reach back over a complementiser: in "قال المتحدث إن الهدنة ..." the
    // one who speaks is not the one who acts
    let comp = (m.tokens.start.saturating_sub(12)..m.tokens.start)
        .rev()
        .find(|&j| COMPLEMENTISERS.iter().any(|w| v.norm(j) == *w));

    // a passive verb (اعتُقل، قتل في غارة): its subject is the one it happened to, the agent follows
    // على يد / من قبل
    if kind == Kind::Verb && code.get(..2).is_some_and(|r| r >= "17") && passive(v, m, book) {
        let patient = after
            .iter()
            .find(|g| {
                g.tokens.start <= m.tokens.end + SUBJ_FILLED
                    && v.filler_gap(book, m.tokens.end, g.tokens.start)
            })
            .or(before.iter().rev().find(|g| {
                // (not the one reporting it, nor a name before the people it happened to: أعلنت
                // الوزارة أن 30 شخصا قتلوا; a complementiser with a pronoun points back to a name
                // before it: يدعى أبو مالك لكنه قتل; a count of a side is that side: نحو 30 من
                // ميليشيا الحوثي وقوات صالح قتلوا)
                (g.prep.is_none() || partitive(v, g, book))
                    && g.tokens.end + SUBJ_BEFORE >= m.tokens.start
                    && !nisba_in_phrase(v, groups, g)
                    && comp.is_none_or(|k| {
                        g.tokens.start > k || v.norm(k).ends_with('ه') || v.norm(k).ends_with("ها")
                    })
                    && !(g.tokens.end..m.tokens.start).any(|j| v.is(j, book, class::PEOPLE))
            }));
        // (a span holding a kinship noun runs two people together, and the clause is about the
        // last: سليمان الأسد ابن هلال الأسد الذي قتل في معارك)
        let patient = patient.filter(|g| {
            (g.prep.is_none() || partitive(v, g, book))
                && !(g.tokens.start + 1..g.tokens.end).any(|j| v.is(j, book, class::KIN))
        });
        // (or the nation of the strike right after the verb: استهدف بضربة جوية أمريكية)
        let by_strike =
            v.norm(m.tokens.end).starts_with('ب') && v.is(m.tokens.end, book, class::PASSIVE);
        let agent = after.iter().find(|g| {
            g.tokens.start < m.tokens.end + TARGET_WINDOW
                && (g
                    .tokens
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| agent_word(v, p, book))
                    || (by_strike
                        && g.via == MentionVia::Nisba
                        && g.prep.is_none()
                        && g.tokens.start <= m.tokens.end + 2))
                && Some(g.entity) != patient.map(|p| p.entity)
        });
        return (
            agent.map(|g| actor_of(ents, g.entity)),
            patient.map(|g| actor_of(ents, g.entity)),
        );
    }
    // patient nouns (مقتل X، اعتقاله، اغتيال النائب العام): the complement or possessor is the target;
    // so is a transitive verb's object when the verb is written as its verbal noun (نجحت مجموعة
    // أميركية بقتل أبو سياف: Abu Sayyaf is killed, not the killer)
    // (deeds of force only: a request or a refusal written so is most often a plain noun, للطلبة،
    // برفض من قبل)
    // (with a pronoun, اتهم بوتين بإصدار أوامر بقتله, the one before is as often the doer; with
    // the article it takes no complement, جماعات القتل الطائفية; and a target preposition of the
    // verb keeps its reading, بقصف لـ #ميليشيا_الحوثي على دار سعد)
    let nominal_obj = m.nominal
        && frame.obj
        && frame.preps.is_empty()
        && m.enclitic.is_none()
        && !v
            .norm(m.tokens.start)
            .trim_start_matches(['و', 'ف'])
            .starts_with("ال")
        && !v.norm(m.tokens.start).starts_with("لل")
        && violent_code(code)
        && book.triggers[m.trigger as usize].kind == Kind::Verb;
    if kind == Kind::Noun && (frame.patient || nominal_obj) {
        // (or after a number: مقتل 5 من رجال الشرطة)
        let idafa = after.iter().find(|g| {
            (bare(g)
                && (g.tokens.start <= m.tokens.end + 1
                    || (g.tokens.start <= m.tokens.end + 8
                        && v.filler_gap(book, m.tokens.end, g.tokens.start))))
                // (a verb's object counted out of a side: بقتل عنصرين من بوكو حرام; or a count of
                // them: مقتل 13 من قوات البيشمركة، مقتل العشرات من تنظيم داعش)
                || (nominal_obj
                    && g.prep.as_deref() == Some("من")
                    && g.tokens.start <= m.tokens.end + 3)
                || (partitive(v, g, book) && g.tokens.start <= m.tokens.end + 4)
        });
        // (ه is a man: not the organisation that reports his arrest, منذ توقيفه)
        let poss = m.enclitic.is_some().then(|| {
            before.iter().rev().find(|g| {
                g.tokens.end + 15 >= m.tokens.start
                    && (m.enclitic != Some(Encl::Masc)
                        || ents.list[g.entity].kind == Some(EntityKind::Person))
            })
        });
        // ... unless the one it befell follows after ل: then the complement is the doer (عمليات هدم
        // الاحتلال الإسرائيلي لمباني الفلسطينيين)
        if let Some(g) = idafa.filter(|_| nominal_obj) {
            let e = g.tokens.end;
            if e < v.len() && v.seg[e] == seg && lam_object(v, e) {
                let to = after
                    .iter()
                    .find(|h| h.tokens.start >= e && h.tokens.start <= e + 2)
                    .filter(|h| h.entity != g.entity);
                return (
                    Some(actor_of(ents, g.entity)),
                    to.map(|h| actor_of(ents, h.entity)),
                );
            }
        }
        // ... unless a quantity follows it: إعدام تنظيم داعش أكثر من 2000 شخص (the agent, then the victims)
        if let Some(g) = idafa.filter(|g| {
            let e = g.tokens.end;
            e < v.len()
                && v.seg[e] == seg
                && (v.cx.analysis.tokens[e].kind == TokenKind::Number
                    || v.is(e, book, class::FILLER)
                        && !v.is(e, book, class::LIGHT)
                        && !PREPS.contains(&v.norm(e))
                    || (nominal_obj && g.via != MentionVia::Nisba && bare_object(v, e)))
        }) {
            return (Some(actor_of(ents, g.entity)), None);
        }
        // (the subject of a support verb did it: قامت القوات الأمريكية بقتل زعيم داعش; a pronoun
        // on the noun is then someone else, never that subject: المتمردين الحوثيين قاموا
        // باختطافهم)
        let light = (violent && (nominal_obj || m.enclitic.is_some()))
            .then(|| light_subject(v, &before, m, book, true).map(|(_, g)| *g))
            .flatten();
        let poss = poss.flatten();
        // a pronoun on the noun with the one it befell after ل is the doer (بعد أن أكملوا حصارهم
        // لها، قتلهم له)
        let done_to = m.tokens.end < v.len()
            && v.seg[m.tokens.end] == seg
            && matches!(v.norm(m.tokens.end), "له" | "لها" | "لهم" | "لهما");
        if let Some(g) = poss.filter(|_| done_to && idafa.is_none()) {
            return (Some(actor_of(ents, g.entity)), None);
        }
        let own = poss.is_some_and(|p| light.is_some_and(|l| l.entity == p.entity));
        let poss = poss.filter(|_| !own);
        let patient = idafa.or(poss);
        if let Some(g) = patient {
            target = Some(actor_of(ents, g.entity));
        }
        // the words before are most often the reporter (أعلن الجيش مقتل ...), not the doer; but a
        // relative clause's name is its subject (البشير، الذي حرص على اتخاذ قرار بالإفراج عن)
        if !violent {
            source = antecedent(v, &before, m, book).map(|g| actor_of(ents, g.entity));
        } else if nominal_obj || own {
            source = light
                .filter(|g| patient.is_none_or(|p| p.entity != g.entity))
                .map(|g| actor_of(ents, g.entity));
        }
        return (source, target);
    }

    // a perfect verb whose subject is people unnamed, in the nominative (دعا ناشطون، تظاهر مواطنون،
    // فجرت انتحاريتان):
    // no name before the verb is its subject (على مستوى العراق، دعا ناشطون إلى), only one qualifying
    // them after (an accusative is the object: اختطفت آلاف المدنيين)
    let unnamed = kind == Kind::Verb
        && !m.imperfect
        && !frame.objfirst
        && (m.tokens.end..(m.tokens.end + 3).min(v.len()))
            .take_while(|&j| v.seg[j] == seg)
            .find(|&j| !v.is(j, book, class::FILLER))
            .is_some_and(|j| {
                // (a nominative plural or dual: فجرت انتحاريتان نفسيهما; but a nationality right
                // after names them: استهدف المتمردون الحوثيون مطار عدن)
                v.is(j, book, class::PEOPLE)
                    && (v.norm(j).ends_with("ون") || v.norm(j).ends_with("ان"))
                    && !groups
                        .iter()
                        .any(|g| g.tokens.start == j + 1 && g.prep.is_none())
            });
    let before: Vec<&Group> = if unnamed { Vec::new() } else { before };
    let shared = shared.filter(|_| !unnamed);
    // first person: the speaker (singular) or the speaker's side (plural)
    match (m.person, m.enclitic) {
        (Person::FirstSingular, _) if speaker.is_some() => {
            source = speaker.map(|s| actor_of(ents, s))
        }
        (Person::FirstPlural, _) | (_, Some(Encl::Our)) if we.is_some() => source = we.clone(),
        _ => {}
    }
    // an honorific pronoun right after the verb is its subject, the dignitary named before it
    // (واستقبل معاليه وزير الخارجية البريطاني، وأدان سموه العمل الإرهابي)
    if source.is_none() && kind == Kind::Verb && m.person == Person::Third {
        let e = m.tokens.end;
        if let Some(h) = (e < v.len() && v.seg[e] == seg)
            .then(|| {
                let at = v.cx.analysis.tokens[m.tokens.start].byte_start;
                honorific_holder(v.cx.text, ents, v.norm(e), at, None)
            })
            .flatten()
        {
            source = Some(actor_of(ents, h));
        }
    }
    // a source named by a preposition after the trigger (مساعدات من السعودية، بطلب من تركيا)
    if source.is_none() && !frame.src_preps.is_empty() {
        if let Some(g) = after.iter().find(|g| {
            g.tokens.start < m.tokens.end + 6
                && g.prep
                    .as_ref()
                    .is_some_and(|p| frame.src_preps.iter().any(|x| x == p))
        }) {
            source = Some(actor_of(ents, g.entity));
            src_group = Some(*g);
        }
    }
    // "between A and B" (بين الجزائر وروسيا، بين موسكو وواشنطن: capitals stand for their states)
    let sides: Vec<&Group> = groups
        .iter()
        .filter(|g| {
            v.seg[g.tokens.start] == seg
                && g.tokens.start >= m.tokens.end
                && (ents.list[g.entity].kind != Some(EntityKind::Location)
                    || ents.list[g.entity].country.is_some())
                && !venue(g)
        })
        .collect();
    let between = sides
        .iter()
        .position(|g| {
            g.prep.as_deref() == Some("بين") && g.tokens.start < m.tokens.end + TARGET_WINDOW
        })
        .and_then(|i| {
            let b = sides
                .get(i + 1)
                .filter(|b| b.tokens.start <= sides[i].tokens.end + 2)?;
            // (sides told «من جهة … من جهة أخرى»: the second is the one after the first «من جهة»,
            // بين الحوثيين والقوات الموالية لصالح من جهة والمقاومة الشعبية من جهة أخرى)
            let side_mark = |j: usize| {
                j + 1 < v.len() && v.norm(j) == "من" && matches!(v.norm(j + 1), "جهه" | "ناحيه")
            };
            let b = sides[i + 1..]
                .iter()
                .enumerate()
                .take_while(|(_, h)| h.tokens.start < m.tokens.end + 2 * TARGET_WINDOW)
                .find_map(|(k, h)| {
                    let mark = (h.tokens.end..h.tokens.end + 2).find(|&j| side_mark(j))?;
                    sides
                        .get(i + k + 2)
                        .filter(|c| c.tokens.start > mark && c.tokens.start <= mark + 4)
                })
                .copied()
                .unwrap_or(b);
            Some((sides[i], b))
        });
    // ... or just before a noun (اتصالات بين حماس وإسرائيل للتوصل إلى هدنة)
    let between_before = || {
        // (not over a new circumstance: حوار بين إيران ودول الخليج بعد توقيع الاتفاق)
        let i = before.iter().position(|g| {
            g.prep.as_deref() == Some("بين")
                && g.tokens.start + GOVERN_WINDOW + 2 >= m.tokens.start
                && !(g.tokens.end..m.tokens.start).any(|j| v.is(j, book, class::LINK))
        })?;
        let b = before
            .get(i + 1)
            .filter(|b| b.tokens.start <= before[i].tokens.end + 2)?;
        Some((before[i], *b))
    };
    // (two places are where, not who: لقطع الإمدادات بين عدن وتعز)
    // (a capital there stands for its government: بين موسكو والرياض)
    // (but a city's tribes or people are a side: بين قبائل مأرب والميليشيات الحوثية)
    let place = |g: &Group| {
        ents.list[g.entity].city
            && !g
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| v.seg[p] == seg && v.is(p, book, class::HEAD))
    };
    let pair = match kind {
        Kind::Noun => between.or_else(between_before),
        Kind::Verb => None,
    }
    .filter(|(a, b)| !place(a) && !place(b));
    // (the two sides of a symmetrical deed are its parties, whoever hosts it: استضافت باكستان
    // مفاوضات بين طالبان والحكومة الأفغانية)
    if let Some((a, b)) = pair.filter(|_| source.is_none() || frame.recip) {
        source = Some(actor_of(ents, a.entity));
        src_group = Some(a);
        target = Some(actor_of(ents, b.entity));
    }
    // a symmetrical noun followed by both sides (اجتماع اللجنة الروسية الجزائرية)
    if source.is_none() && kind == Kind::Noun && frame.recip {
        let near: Vec<&Group> = after
            .iter()
            .copied()
            .filter(|g| g.tokens.start < m.tokens.end + 8 && g.prep.as_deref() != Some("في"))
            .collect();
        // the first side stands bare (محادثات مع وزير الخارجية is one side only; so is «مع زعيمي
        // روسيا وأوكرانيا», the preposition a word before)
        // (one's counterpart is the one met, not a side that meets another: بلقاء نظيره السعودي
        // وأمير قطر)
        if let Some(a) = near.first().filter(|a| {
            a.prep.is_none()
                && !counterpart(v, a)
                && (m.tokens.end..a.tokens.start)
                    .all(|j| v.norm(j) == "بين" || !PREPS.contains(&v.norm(j)))
        }) {
            let ca = &ents.list[a.entity].country;
            // (a second side of no known country is as often the first one's name cut in two: اللقاء
            // الذي حضره نائب الرئيس اليمني رئيس مجلس الوزراء، خالد محفوظ بحاح)
            if let Some(b) = near.iter().find(|b| {
                ca.is_some()
                    && ents.list[b.entity].country.is_some()
                    && ents.list[b.entity].country != *ca
            }) {
                source = Some(actor_of(ents, a.entity));
                src_group = Some(a);
                target = Some(actor_of(ents, b.entity));
            }
        }
    }
    // a definite noun that is no actor right before an imperfect verb is its subject (القيادة تهنئ
    // الرئيس): the actor after the verb is then its object
    let definite_before = kind == Kind::Verb
        && m.tokens.start.checked_sub(1).is_some_and(|p| {
            v.clause[p] == v.clause[m.tokens.start]
                && v.cx.analysis.tokens[p].kind == TokenKind::Word
                && v.norm(p).trim_start_matches(['و', 'ف']).starts_with("ال")
                && !v.is(p, book, class::RELATIVE | class::FILLER)
                && !before.iter().any(|g| g.tokens.end == m.tokens.start)
        });
    // after كان the subject stands between it and the verb (وكان زعيم الحزب صلاح الدين دمرتاش دعا
    // الحكومة التركية): a name after the verb is then its object
    // (a verb form after a preposition is a verbal noun: احتجاجا على قمع الرئيس)
    let copula = kind == Kind::Verb
        && m.tokens
            .start
            .checked_sub(1)
            .is_some_and(|p| !PREPS.contains(&v.norm(p)))
        && (m.tokens.start.saturating_sub(12)..m.tokens.start.saturating_sub(1)).any(|j| {
            v.clause[j] == v.clause[m.tokens.start]
                && v.is(j, book, class::COPULA)
                // (not over a complementiser or a relative: كان من المفترض أن يلتقي ظريف، كانت
                // تتعلق بالرسالة التي طلبت الإدارة الأميركية)
                && (j + 1..m.tokens.start).all(|k| {
                    !COMPLEMENTISERS.contains(&v.norm(k)) && !v.is(k, book, class::RELATIVE)
                })
        });
    // a pronoun on the complementiser right before an imperfect verb that agrees with it is the
    // verb's subject (أعلن شتاينماير أنه سيزور المملكة): the name after the verb is its object
    let pronoun_subject = kind == Kind::Verb
        && m.imperfect
        && m.tokens.start.checked_sub(1).is_some_and(|p| {
            let verb = v.norm(m.tokens.start).trim_start_matches(['و', 'ف']);
            let verb = verb.strip_prefix('س').unwrap_or(verb);
            match v.norm(p).trim_start_matches(['و', 'ل', 'ب']) {
                "انه" => verb.starts_with('ي'),
                "انها" => verb.starts_with('ت'),
                _ => false,
            }
        });
    // forces or fighters no entity names, right before the verb (وأضاف أن قوات برية استهدفت مسلحي
    // حزب العمال): they are its subject, the side after it is the object
    let unnamed_force = kind == Kind::Verb
        && (m.tokens.start.saturating_sub(2)..m.tokens.start).any(|j| {
            v.clause[j] == v.clause[m.tokens.start]
                && v.is(j, book, class::HEAD)
                && !v.norm(j).starts_with("ال")
                && !v.clitic_prep(j)
                && !groups
                    .iter()
                    .any(|g| g.tokens.contains(&j) || g.tokens.start == j + 1)
        })
        && m.tokens.start.checked_sub(1).is_some_and(|p| {
            v.cx.analysis.tokens[p].kind == TokenKind::Word && !PREPS.contains(&v.norm(p))
        });
    let noun_subject =
        (definite_before && m.imperfect) || copula || pronoun_subject || unnamed_force;
    // a participle (داعيا) continues its sentence: its subject is the sentence's, named at its start
    // (وأعربت وزارة الخارجية الإسبانية عن تضامنها مع الشعب السعودي، داعية إلى), not the nearest name
    let participle = kind == Kind::Verb && frame.objfirst;
    // a perfect verb right after "a delegation from X" is a relative clause on the delegation (وفد
    // من حزب ميرتس زاره في مكتبه): X acts, and the verb's object pronoun is the one named just before
    // the delegation (تعهد الرئيس عباس أمام وفد …)
    let delegation = (kind == Kind::Verb && !m.imperfect && source.is_none())
        .then(|| {
            // (its head may be named between: وفودا من حركة «حماس» برئاسة خالد مشعل زارت)
            let led = |g: &Group| {
                (g.tokens.end..m.tokens.start).all(|j| {
                    matches!(v.norm(j), "«" | "»" | "\"" | "برئاسه" | "بقياده")
                        || before.iter().any(|h| h.tokens.contains(&j))
                })
            };
            before.iter().rev().take(2).find(|g| {
                g.tokens.end + 6 >= m.tokens.start
                    && led(g)
                    // (من may stand two words before the name: وفودا من حركة «حماس»)
                    && (g.tokens.start.saturating_sub(3)..g.tokens.start).any(|p| {
                        v.norm(p) == "من"
                            && p.checked_sub(1)
                                .is_some_and(|d| v.is(d, book, class::DELEGATION))
                            && (p + 1..g.tokens.start)
                                .all(|j| !before.iter().any(|h| h.tokens.contains(&j)))
                    })
            })
        })
        .flatten();
    if let Some(g) = delegation {
        source = Some(actor_of(ents, g.entity));
        src_group = Some(*g);
        if target.is_none() && matches!(m.enclitic, Some(Encl::Masc | Encl::Fem)) {
            target = before
                .iter()
                .rev()
                .skip(1)
                .find(|h| h.prep.is_none() && h.tokens.end + 4 >= g.phrase_start)
                .map(|h| actor_of(ents, h.entity));
        }
    }
    if source.is_none() && participle {
        let start = (m.tokens.start.saturating_sub(80)..m.tokens.start)
            .find(|&j| v.seg[j] == seg)
            .unwrap_or(m.tokens.start);
        // (not a name in the sentence's topic: وبخصوص أزمة جنوب السودان، طالب أوباما …، داعيا)
        let topical = |g: &Group| {
            (g.tokens.start.saturating_sub(3)..g.tokens.start)
                .any(|j| v.seg[j] == seg && TOPIC_OPENERS.contains(&v.norm(j)))
        };
        if let Some(g) = before
            .iter()
            .find(|g| bare_src(g) && !topical(g) && g.tokens.start <= start + 8)
        {
            source = Some(actor_of(ents, g.entity));
            src_group = Some(*g);
        }
    }
    if source.is_none() {
        // (a person after his office and honorifics: التقى معالي وزير الخارجية الأستاذ عادل الجبير;
        // not after a first-person verb, أشكر الدكتور زاهر، nor where the sentence goes on with its
        // subject unsaid: حيث التقى الشيخ الدكتور وليد الصمعاني)
        let third = m.person == Person::Third
            && !m
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| matches!(v.norm(p), "حيث" | "كما" | "ثم" | "وحيث" | "وكما"));
        let titled_subject =
            |g: &Group| third && ents.list[g.entity].kind == Some(EntityKind::Person);
        // (the title may name its country: استقبل أمير دولة قطر الشيخ تميم)
        let titled_gap = |from: usize, to: usize| {
            let country_at = |j: usize| {
                after.iter().any(|c| {
                    c.tokens.contains(&j)
                        && c.prep.is_none()
                        && ents.list[c.entity].kind == Some(EntityKind::Country)
                })
            };
            (from..to).all(|j| v.title_gap(book, j, j + 1) || country_at(j))
                // (or an office and its field, after a verb that stands first: ودعا مدير المستودعات
                // الأستاذ منصور الدريويش، ودعا مدير التعليم محمد العقيبي)
                || (!m.imperfect
                    && to > from
                    && to - from <= 4
                    && {
                        // (the office word itself, with no preposition: لمدير مشروع التطوير الدكتور
                        // بريكان is the one thanked)
                        // (و may be the word's own first letter: وزير)
                        let office = |w: &str| {
                            book.is(w.strip_prefix("ال").unwrap_or(w), class::RANK | class::OFFICE)
                        };
                        let w = v.norm(from);
                        office(w) || w.strip_prefix('و').is_some_and(office)
                    }
                    && (from + 1..to).all(|j| {
                        v.cx.analysis.tokens[j].kind == TokenKind::Word
                            && !PREPS.contains(&v.norm(j))
                            && !v.norm(j).starts_with("لل")
                            && !v.norm(j).starts_with("بال")
                    }))
        };
        // the one accused or called on right after the verb, its subject unsaid (كما اتهم حزب العمال
        // الكردستاني وتنظيم داعش بأن …، ودعا الشعب اليمني إلى …): the object, no subject
        let addressee = |g: &Group| {
            kind == Kind::Verb
                && m.person == Person::Third
                && addressee(v, ents, &after, g, code, book)
        };
        // «قد» + a perfect verb after a relative clause goes back to the clause's head (قائد فيلق
        // القدس الذي يخضع لحظر من جانب المنظمة الدولية قد زار روسيا): the head is the subject,
        // not a name inside the relative clause, nor the name after the verb
        let resumed = (kind == Kind::Verb && !m.imperfect && !m.nominal)
            .then(|| m.tokens.start.checked_sub(1))
            .flatten()
            .filter(|&p| v.seg[p] == seg && v.norm(p) == "قد")
            .and_then(|p| resumed_head(v, &before, p, book));
        // a perfect verb in the plural (وطالبوا وزارة التجارة) has its subject in it: a verb before
        // its subject stays singular, so the name after is its object
        let plural = kind == Kind::Verb
            && !m.imperfect
            && !m.nominal
            && m.enclitic.is_none()
            && v.norm(m.tokens.end - 1).ends_with("وا");
        // the subject after a verb comes first, after time words and quantities only
        // a country named right after a visiting verb is where the visit goes (وزار فرنسا وعقد معها
        // اتفاقية): states are visited, officials visit
        // (or its capital: ستزور موغيريني طهران)
        let visited = |g: &&Group| {
            code.starts_with("042")
                && ents.list[g.entity].kind == Some(EntityKind::Country)
                && matches!(g.via, MentionVia::Name | MentionVia::Capital)
        };
        // a nation's arms or forces right after the verb, an adjective between (وقصفت طائرات حربية
        // تركية أهدافا): the nation acts
        let armed_nation = |g: &Group| {
            kind == Kind::Verb
                // (السعودية is both the adjective and the state's name)
                && (g.via == MentionVia::Nisba
                    || ents.list[g.entity].kind == Some(EntityKind::Country))
                && g.tokens.start > m.tokens.end
                && g.tokens.start <= m.tokens.end + 3
                && v.is(m.tokens.end, book, class::HEAD)
                // (no word between with a preposition on it: وأشاد بالقوات الخاصة العراقية، تعهد
                // القادة بتوطيد العلاقات الأمريكية)
                && (m.tokens.end..g.tokens.start).all(|j| {
                    v.cx.analysis.tokens[j].kind == TokenKind::Word
                        && !v.prepped(j)
                        && !groups.iter().any(|h| h.tokens.contains(&j))
                })
        };
        // (an indefinite accusative of people is an object: اعتقلت الشرطة شابا سعودي الجنسية)
        let accusative = |g: &Group| {
            actor_of(ents, g.entity)
                .code
                .is_some_and(|c| c.ends_with("CVL"))
                && v.norm(g.tokens.start).ends_with('ا')
                && !definite(v.norm(g.tokens.start))
        };
        // (a first-person verb has its subject in it: أناشد القيادة الرشيدة names the one called on)
        // (a verb right after a relative pronoun has the clause's head for subject: a name
        // after it is its object, الصحفي محمد حسنين هيكل الذي هاجم السعودية; not with an
        // object pronoun on the verb, التي أطلقها الرئيس)
        // (nor when the verb's gender is not the pronoun's, الفريق الذي طلبت الصين تشكيله, or
        // a preposition with the head's pronoun comes a few words on, والتي اختطفت جبهة النصرة
        // 13 عنصرا منها: the name is then the subject)
        let after_relative = m.enclitic.is_none()
            && m.tokens.start.checked_sub(1).is_some_and(|p| {
                let verb = v.norm(m.tokens.start).trim_start_matches(['و', 'ف']);
                let fem = if m.imperfect {
                    verb.starts_with('ت')
                } else {
                    verb.ends_with('ت')
                };
                let agrees = match v.norm(p).trim_start_matches('و') {
                    "الذي" => !fem,
                    "التي" => fem,
                    _ => true,
                };
                v.seg[p] == seg && v.is(p, book, class::RELATIVE) && agrees
            })
            && !(m.tokens.end..(m.tokens.end + 10).min(v.len()))
                .take_while(|&j| v.seg[j] == seg)
                .any(|j| {
                    matches!(
                        v.norm(j),
                        "منها"
                            | "منه"
                            | "منهم"
                            | "لها"
                            | "له"
                            | "لهم"
                            | "عليها"
                            | "عليه"
                            | "فيها"
                            | "فيه"
                            | "بها"
                            | "به"
                    )
                });
        let vso = after.iter().find(|g| {
            bare_src(g)
                && !after_relative
                && m.person == Person::Third
                && !accusative(g)
                && !visited(g)
                && !plural
                && resumed.is_none()
                && !addressee(g)
                && !noun_subject
                && !frame.objfirst
                && g.tokens.start <= m.tokens.end + SUBJ_FILLED
                && (v.filler_gap(book, m.tokens.end, g.tokens.start)
                    || (titled_subject(g) && titled_gap(m.tokens.end, g.tokens.start))
                    // (after an object pronoun, a ب with the thing's pronoun: زودتها بها دول
                    // التحالف; without it the name is the object, زودت بها سورية)
                    || (matches!(m.enclitic, Some(Encl::Masc | Encl::Fem | Encl::Plural))
                        && matches!(v.norm(m.tokens.end), "به" | "بها" | "بهم")
                        && v.filler_gap(book, m.tokens.end + 1, g.tokens.start))
                    || armed_nation(g)
                    // (a people named by the side right after them: استهدف المتمردون الحوثيون)
                    || (g.tokens.start == m.tokens.end + 1
                        && v.is(m.tokens.end, book, class::PEOPLE)
                        && (v.norm(m.tokens.end).ends_with("ون")
                            || v.norm(m.tokens.end).ends_with("ان"))))
        });
        // (not over a complementiser: قال عوض إن قوات الاحتلال اعتقلت ...; nor a news agency right
        // before a perfect verb, the dateline's credit, nor the dateline before it: الرياض 25 شوال
        // ... م واس أشاد رائد الفضاء)
        let credit_end = before
            .last()
            .filter(|g| {
                !m.imperfect
                    && g.tokens.end == m.tokens.start
                    && actor_of(ents, g.entity)
                        .code
                        .is_some_and(|c| c.ends_with("MED"))
            })
            .map_or(0, |g| g.tokens.end);
        let credit = |g: &&&Group| g.tokens.start < credit_end;
        // a nationality inside a prepositional phrase qualifies the phrase's noun and is no
        // subject of a verb joined by و (السعودية تجدد إدانتها لحادثة حرق رضيع فلسطيني وتناشد
        // المجتمع الدولي); right before a verb without و it may head its relative clause
        // (على اقتراح أمريكي يطلب، إلى تصريحات روسية انتقدت)
        // (a word opening its clause is a verb as often: برأت محكمة سودانية قسين … وأطلقت)
        let joined = kind == Kind::Verb && v.conj(m.tokens.start);
        let in_phrase = |g: &&&Group| joined && nisba_in_phrase(v, groups, g);
        let svo = before.iter().rev().find(|g| {
            bare_src(g)
                && !credit(g)
                && !in_phrase(g)
                && !participle
                && g.tokens.end + SUBJ_BEFORE >= m.tokens.start
                && comp.is_none_or(|k| g.tokens.start > k)
        });
        let svo = resumed.or(svo);
        // a subject noun with its nationality (ناشد مواطن يمني الملك): the nationality's country
        // (or two words on after a perfect verb, which stands first: أشاد رائد الفضاء الأمريكي)
        let definite = |j: usize| v.norm(j).trim_start_matches(['و', 'ف']).starts_with("ال");
        // (a count or a time word may come first: رفضت عدة قبائل يمنية، أشاد أمس رائد الفضاء)
        let e0 = (m.tokens.end..(m.tokens.end + 2).min(v.len()))
            .take_while(|&j| {
                v.seg[j] == seg
                    && v.cx.analysis.tokens[j].kind == TokenKind::Word
                    && v.is(j, book, class::FILLER)
                    && !PREPS.contains(&v.norm(j))
            })
            .last()
            .map_or(m.tokens.end, |j| j + 1);
        let vso = vso.or_else(|| {
            after.iter().find(|g| {
                kind == Kind::Verb
                    && !plural
                    && !forceful
                    && !noun_subject
                    && !frame.objfirst
                    && !addressee(g)
                    && g.via == MentionVia::Nisba
                    && g.prep.is_none()
                    && g.tokens.start > e0
                    && g.tokens.start <= e0 + if m.imperfect { 1 } else { 2 }
                    && (e0..g.tokens.start).all(|j| {
                        // (nor a word a preposition is written on: وأشاد بجهود الشعب السعودي)
                        v.cx.analysis.tokens[j].kind == TokenKind::Word
                            && !v.prepped(j)
                    })
                    // (the two words a construct, the head without the article and the second
                    // with it: رائد الفضاء الأمريكي; two definite nouns are subject and object, دعت
                    // الجوازات الأشقاء اليمنيين; a preposition makes another phrase, شكره وامتنانه
                    // للشعب السعودي)
                    && (g.tokens.start == e0 + 1 || (!definite(e0) && definite(e0 + 1)))
            })
        });
        // a subject right before the verb (headlines, أن + subject + verb) beats a word after it
        // (perfect verbs stand first in news Arabic: ورفض المصريين is the Egyptians' rejection)
        // (and after a complementiser: أن طيران التحالف قصف)
        // (a definite noun right after a name is the object of another verb: وصف نتنياهو الهجوم)
        let adjacent = svo.filter(|g| {
            g.tokens.end + 2 >= m.tokens.start
                && (m.imperfect
                    || (kind == Kind::Noun && !m.nominal)
                    || comp.is_some_and(|k| g.tokens.start > k && g.tokens.start <= k + 3))
        });
        let near_before = before.iter().rev().find(|g| {
            bare_src(g)
                && !credit(g)
                && !in_phrase(g)
                && !participle
                && g.tokens.end + 12 >= m.tokens.start
                && comp.is_none_or(|k| g.tokens.start > k)
        });
        // possessive suffix: the possessor was named before, and agrees in gender: a man for ه
        // (محادثاته ← لافروف), a country or organisation for ها (لروسيا لتزويدها)
        let recent = || {
            before
                .iter()
                .rev()
                .filter(|g| g.tokens.end + 15 >= m.tokens.start)
        };
        let is_person = |g: &&&Group| ents.list[g.entity].kind == Some(EntityKind::Person);
        // (a name after a preposition is rarely a possessor: عبر في تصريح لوكالة الأنباء عن استنكاره)
        let possessor = match m.enclitic {
            Some(Encl::Masc) => recent()
                .find(is_person)
                .or_else(|| recent().find(|g| g.prep.is_none())),
            Some(Encl::Fem) => recent().find(|g| !is_person(g)).or_else(|| recent().next()),
            // (a plural possessor is no one something was sent to: وبعثهم إلى هيئة التحقيق
            // والادعاء العام بعد أن تمكن أحد عشر وافداً ممن تعرضوا لاعتداءاتهم)
            Some(Encl::Plural) => {
                recent().find(|g| !matches!(g.prep.as_deref(), Some("الي" | "ل" | "لدي")))
            }
            _ => recent().next(),
        };
        let pick = if matches!(m.enclitic, Some(Encl::Masc | Encl::Fem | Encl::Plural))
            && kind == Kind::Noun
        {
            possessor
        } else if kind == Kind::Noun {
            // idafa: زيارة لافروف; violence needs its doer close (a name further back is most often
            // a victim, a reporter or a place)
            // (a nationality one word further describes that word: التهنئة للشعب المصري; a name after
            // a word with a preposition names that word's person: بزيارة للمصاب محسن الدوسري)
            // (or after honorifics: في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان للقاهرة)
            let honorifics = |g: &&&Group| {
                g.via != MentionVia::Nisba
                    && g.tokens.start <= m.tokens.end + 5
                    && (m.tokens.end..g.tokens.start)
                        .all(|j| v.is(j, book, class::FILLER | class::TITLE))
            };
            let idafa = after.iter().find(|g| {
                bare_src(g)
                    && (g.tokens.start == m.tokens.end
                        || (g.tokens.start == m.tokens.end + 1
                            && !v.norm(m.tokens.end).starts_with("لل")
                            && (g.via != MentionVia::Nisba
                                || v.is(m.tokens.end, book, class::FILLER)))
                        || honorifics(g))
            });
            // an aid noun's complement is the one helped, unless a recipient follows (مساعدة إيران
            // للأسد) or the noun is "with the help of" (بمساعدة قوات التحالف: the helper)
            // (an indefinite noun in construct; a nationality after it is the giver: مساعدات سعودية;
            // so is a recipient pronoun after: مساعدة الاتحاد الأوروبي لها)
            let aid_patient = code.starts_with("07")
                && m.enclitic.is_none()
                && !definite(m.tokens.start)
                && !v
                    .norm(m.tokens.start)
                    .trim_start_matches('و')
                    .starts_with('ب')
                && !tokens_after(v, m).any(|j| {
                    matches!(
                        v.norm(j),
                        "له" | "لها" | "لهم" | "لهما" | "اليه" | "اليها" | "اليهم"
                    )
                })
                && !after.iter().any(|g| {
                    g.tokens.start < m.tokens.end + TARGET_WINDOW
                        && g.prep
                            .as_ref()
                            .is_some_and(|p| frame.preps.iter().any(|x| x == p))
                });
            // force by a nation: الغارات التركية، قصف إسرائيلي
            // (or of the weapons it is done with: لقصف بدبابات تركية)
            let with_arms =
                v.is(m.tokens.end, book, class::HEAD) && v.norm(m.tokens.end).starts_with('ب');
            let nisba_agent = after.iter().find(|g| {
                forceful
                    && g.prep.is_none()
                    && g.via == MentionVia::Nisba
                    && (g.tokens.start == m.tokens.end
                        || (with_arms && g.tokens.start == m.tokens.end + 1))
            });
            // force on a side's building (بتفجير مسجد قوات الطوارئ، لتفجير مسجد لقوات الطوارئ): the
            // side named after the building is struck, it is not the one who struck
            let owner = after.iter().find(|g| {
                forceful
                    && v.is(m.tokens.end, book, class::SITE)
                    && (g.tokens.start == m.tokens.end + 1
                        || (g.tokens.start == m.tokens.end + 2
                            && v.is(m.tokens.end + 1, book, class::PEOPLE | class::HEAD)))
                    && matches!(g.prep.as_deref(), None | Some("ل"))
            });
            if let Some(g) = owner {
                target = Some(actor_of(ents, g.entity));
            }
            let idafa = idafa.filter(|_| owner.is_none());
            // force by someone: قصف لميليشيا الحوثي، هجوم للمقاومة
            let lam_agent = after.iter().find(|g| {
                forceful
                    && owner.is_none()
                    && g.prep.as_deref() == Some("ل")
                    && g.phrase_start <= m.tokens.end + 1
            });
            // the agent in a relative clause after the noun: الغارات التي يشنها الجيش التركي
            let e = m.tokens.end;
            let verb = if v.is(e, book, class::RELATIVE) {
                e + 1
            } else {
                e
            };
            let rel_agent = v.is(verb, book, class::LIGHT).then(|| {
                after
                    .iter()
                    .find(|g| g.prep.is_none() && g.tokens.start == verb + 1)
            });
            if lam_agent.is_some() {
                lam_agent
            } else if nisba_agent.is_some() {
                nisba_agent
            } else if let Some(Some(g)) = rel_agent {
                Some(g)
            } else if forceful {
                let org = |g: &&&Group| {
                    matches!(
                        ents.list[g.entity].kind,
                        Some(EntityKind::Person | EntityKind::Organization)
                    )
                };
                // a civic body right after the noun is what was struck (تفجير القنصلية الإيطالية،
                // اقتحام السفارة), not who struck
                let struck = idafa.filter(|g| civic_body(ents, g.entity));
                if let Some(g) = struck {
                    target = Some(actor_of(ents, g.entity));
                }
                // (or the subject of a support verb: متشددو داعش نفذوا سلسلة من التفجيرات)
                idafa
                    .filter(org)
                    .filter(|_| struck.is_none())
                    .or(adjacent.filter(|g| g.tokens.end == m.tokens.start))
                    .or_else(|| {
                        let assault = code.get(..2).is_some_and(|r| r >= "18");
                        light_subject(v, &before, m, book, assault).map(|(_, g)| g)
                    })
            } else if let Some(g) = idafa.filter(|g| aid_patient && g.via != MentionVia::Nisba) {
                // aid to the one named after it (في مساعدة اليمن، تكاليف إغاثة اليمنيين): the one
                // helped; the helper is the clause's subject
                target = Some(actor_of(ents, g.entity));
                light_subject(v, &before, m, book, false)
                    .map(|(_, g)| g)
                    .or_else(|| clause_subject(v, &before, m, comp, violent))
                    .filter(|s| s.entity != g.entity)
            } else if let Some(g) = idafa.filter(|g| code.starts_with("04") && counterpart(v, g)) {
                // one's counterpart is the one met, by the one his pronoun names (بدأ كيري نهاره
                // بلقاء نظيره السعودي)
                target = Some(actor_of(ents, g.entity));
                light_subject(v, &before, m, book, false)
                    .map(|(_, g)| g)
                    .or_else(|| {
                        before.iter().rev().find(|h| {
                            h.prep.is_none()
                                && h.via != MentionVia::Nisba
                                && v.seg[h.tokens.start] == seg
                                && h.tokens.end + 12 >= m.tokens.start
                        })
                    })
                    .filter(|s| s.entity != g.entity)
            } else if idafa.is_some() {
                idafa
            } else if let Some((l, subj)) = light_subject(v, &before, m, book, false) {
                // the one who receives is the target, the giver after من the source
                match giver(v, &after, m).filter(|_| v.is(l, book, class::RECEIVE)) {
                    Some(g) if g.entity != subj.entity => {
                        target = Some(actor_of(ents, subj.entity));
                        Some(g)
                    }
                    _ => Some(subj),
                }
            } else {
                clause_subject(v, &before, m, comp, violent)
                    .or_else(|| circumstance_subject(v, ents, &before, m, (code, comp), book))
            }
        } else {
            adjacent.or(vso).or(svo)
        };
        // the topic after «أما» is the subject of the verb after «فقد» (أما مصر التي باتت تستشعر
        // الخطر بعد تفجير القنصلية الإيطالية، فقد طلبت من الولايات المتحدة أسلحة)
        let topic = (kind == Kind::Verb && m.person == Person::Third)
            .then(|| {
                let s = m.tokens.start;
                s.checked_sub(1)
                    .filter(|&p| {
                        v.seg[p] == seg
                            && matches!(v.norm(p), "فقد" | "فانه" | "فانها" | "فهي" | "فهو")
                    })
                    .and_then(|_| {
                        (s.saturating_sub(40)..s)
                            .rev()
                            .take_while(|&j| v.seg[j] == seg)
                            .find(|&j| matches!(v.norm(j), "اما" | "واما"))
                    })
                    .and_then(|j| {
                        before
                            .iter()
                            .find(|g| g.tokens.start == j + 1 && g.prep.is_none())
                    })
            })
            .flatten();
        let pick = topic.or(pick);
        // a nationality with the person it qualifies named right after it (أشاد رائد الفضاء
        // الأميركي الدكتور باز ألدرين): that person
        let pick = pick.map(|g| {
            let country = &ents.list[g.entity].country;
            let named = (g.via == MentionVia::Nisba)
                .then(|| {
                    after.iter().find(|p| {
                        (g.tokens.end..=g.tokens.end + 1).contains(&p.tokens.start)
                            && p.prep.is_none()
                            && ents.list[p.entity].kind == Some(EntityKind::Person)
                            && ents.list[p.entity].country == *country
                    })
                })
                .flatten();
            named.unwrap_or(g)
        });
        if let Some(g) = pick {
            source = Some(actor_of(ents, g.entity));
            src_group = Some(*g);
        } else if let Some(w) = we_word(v, m, seg, book).and(we.clone()) {
            source = Some(w);
        } else if speaker.is_some()
            && m.person == Person::Third
            && kind == Kind::Verb
            && !forceful
            && !definite_before
        {
            // inside a quote, an unexpressed subject is most often the speaker's side (not when a
            // noun stands as the subject: قال ظريف إن العالم رحب بالاتفاق)
            source = we.clone();
        } else if let Some(a) = shared.filter(|_| !violent) {
            source = Some(a.clone());
        } else if let Some(g) = antecedent(v, &before, m, book).filter(|_| !violent) {
            // the subject of a relative clause is the name it hangs on (والرئيس عمر البشير، الذي
            // حرص على اتخاذ قرار بالإفراج عن الصيادين), before any name further back
            source = Some(actor_of(ents, g.entity));
            src_group = Some(*g);
        } else if let Some(g) = near_before.filter(|_| !violent && kind == Kind::Verb) {
            source = Some(actor_of(ents, g.entity));
            src_group = Some(*g);
        }
    }
    let src_entity = src_group
        .map(|g| g.entity)
        .or(source.as_ref().and_then(|s| s.entity));
    // (nor the holder named right after a body introduced by its office: الأمين العام للأمم
    // المتحدة بان كي مون)
    let apposed = |g: &Group| {
        src_group.is_some_and(|s| {
            s.tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| v.is(p, book, class::OFFICE))
                && ents.list[g.entity].kind == Some(EntityKind::Person)
                && (g.tokens.start == s.tokens.end
                    || (g.tokens.start == s.tokens.end + 1
                        && matches!(v.norm(s.tokens.end), "،" | "," | "-")))
        })
    };
    // (nor the country an envoy is sent to, part of his title: زار مبعوث الأمم المتحدة الخاص إلى
    // سوريا ستيفان دي ميستورا بكين)
    let envoy_to = |g: &Group| {
        matches!(g.prep.as_deref(), Some("الي" | "لدي"))
            && (g.phrase_start.saturating_sub(4)..g.phrase_start).any(|j| {
                v.clause[j] == v.clause[g.phrase_start] && ENVOYS.iter().any(|w| v.has(j, w))
            })
    };
    // (nor a co-actor joined to the source by و, who acts with it: وطالبت الولايات المتحدة ودول
    // آسيان الصين; but both sides of a symmetrical deed)
    let mut co_actors: Vec<usize> = Vec::new();
    if let Some(s) = src_group.filter(|s| !frame.recip && s.prep.is_none()) {
        let mut last = s;
        for h in groups.iter().filter(|h| h.tokens.start >= s.tokens.end) {
            if !coordinated(v, ents, last, h, book) {
                break;
            }
            co_actors.push(h.entity);
            last = h;
        }
    }
    let co_actor = |g: &Group| co_actors.contains(&g.entity);
    // (nor one inside a relative clause on the source, between commas: استهدفت طائرات التحالف،
    // الذي تقوده المملكة، مركبات تابعة للحوثيين)
    let comma = |j: usize| matches!(v.norm(j), "،" | ",");
    // (the trigger before it; the clause closed by a comma, after which the object stands)
    let relative = src_group
        .filter(|s| s.tokens.start >= m.tokens.end && s.tokens.end < v.len())
        .map(|s| s.tokens.end + usize::from(comma(s.tokens.end)))
        .filter(|&r| v.is(r, book, class::RELATIVE))
        .and_then(|r| Some((r, (r..(r + 8).min(v.len())).find(|&j| comma(j))?)));
    let on_source =
        |g: &Group| relative.is_some_and(|(r, c)| r < g.tokens.start && g.tokens.start < c);
    let reach = relative.map_or(m.tokens.end, |(_, c)| (c + 1).max(m.tokens.end));
    let other = |g: &&Group| {
        Some(g.entity) != src_entity
            && !apposed(g)
            && !envoy_to(g)
            && !co_actor(g)
            && !on_source(g)
            && src_group
                .is_none_or(|s| s.tokens.end <= g.tokens.start || g.tokens.end <= s.tokens.start)
    };
    if target.is_none() {
        // (counted from the subject when it stands after the verb with its titles: التقى ولي ولي
        // العهد وزير الدفاع السعودي، الأمير محمد بن سلمان، بالرئيس الروسي)
        let window = src_group
            // (and from a visitor's titles after a visit noun: زيارة صاحب السمو الملكي الأمير محمد
            // بن سلمان … وزير الدفاع لجمهورية مصر العربية)
            .filter(|s| {
                (kind == Kind::Verb || code.starts_with("042")) && s.tokens.start >= m.tokens.end
            })
            .map_or(m.tokens.end, |s| s.tokens.end.max(m.tokens.end))
            + TARGET_WINDOW;
        // (an investigation "in" a country is held there: تحقيقات في الولايات المتحدة)
        // (nor a meeting's ب-country, where it is held: ستعقد بإثيوبيا)
        let held_in = |g: &&&Group| {
            let prep = g.prep.as_deref();
            ((code.starts_with("09") && prep == Some("في"))
                || (code.starts_with("04") && prep == Some("ب")))
                && ents.list[g.entity].kind == Some(EntityKind::Country)
        };
        // (an appeal's ل-phrase further on is what is called for: داعيا للشروع بحوار ... لإعادة
        // الاعتبار لمنظمة التحرير)
        let called_for = |g: &&&Group| {
            code.starts_with("02")
                && g.prep.as_deref() == Some("ل")
                && g.phrase_start > m.tokens.end + 1
        };
        let with_prep = after
            .iter()
            .filter(|g| other(g) && g.tokens.start < window && !held_in(g) && !called_for(g))
            .find(|g| {
                g.prep
                    .as_ref()
                    .is_some_and(|p| frame.preps.iter().any(|x| x == p))
            });
        let obj = (frame.obj && kind == Kind::Verb)
            .then(|| {
                after
                    .iter()
                    .find(|g| other(g) && bare(g) && g.tokens.start < reach + 6)
            })
            .flatten();
        // the accused, before the charge's ب, may stand after an accuser with a long title (واتهم
        // وزير الأوقاف والشؤون الدينية الفلسطينية يوسف ادعيس إسرائيل بأنها)
        let charged = (code.starts_with("112") && kind == Kind::Verb)
            .then(|| {
                after.iter().find(|g| {
                    other(g)
                        && bare(g)
                        && g.tokens.start < m.tokens.end + 14
                        && accused(v, ents, &after, g, book)
                })
            })
            .flatten();
        // the one met or received after a place and time told between commas (استقبل خادم
        // الحرمين الشريفين في مكتبه بقصر السلام اليوم، وزيرة خارجية جمهورية إندونيسيا): the first
        // bare name after a comma that closes the adjunct, its title between
        // (the subject named after the verb: the pattern is verb, subject, adjunct, object)
        // (a second title of the subject is the subject again: التقى نائب الرئيس اليمني رئيس
        // مجلس الوزراء خالد محفوظ بحاح)
        let src_country = src_group.and_then(|s| ents.list[s.entity].country.as_ref());
        let same_one = |h: &Group| {
            ents.list[h.entity].kind == Some(EntityKind::Person)
                && ents.list[h.entity]
                    .country
                    .as_ref()
                    .is_none_or(|c| Some(c) == src_country)
        };
        let apposed_obj = obj.is_some_and(|g| {
            same_one(g)
                && src_group.is_some_and(|s| {
                    g.tokens.start == s.tokens.end
                        || (g.tokens.start == s.tokens.end + 1
                            && matches!(v.norm(s.tokens.end), "،" | ","))
                })
        });
        let met = (code.starts_with("04")
            && kind == Kind::Verb
            && frame.obj
            && (obj.is_none() || apposed_obj)
            && src_group.is_some_and(|s| s.tokens.start >= m.tokens.end))
        .then(|| {
            let from = src_group.map_or(m.tokens.end, |s| s.tokens.end.max(m.tokens.end));
            let hi = (m.tokens.end + 30).min(v.len());
            // (names inside the adjunct are its places: في مقر الحكومة اليمنية)
            let adjunct = (from..hi)
                .take_while(|&j| v.seg[j] == seg && !COMPLEMENTISERS.contains(&v.norm(j)))
                .find(|&j| v.norm(j).starts_with("في"));
            after.iter().find(|g| {
                adjunct.is_some_and(|a| a < g.tokens.start)
                    && other(g)
                    && bare(g)
                    && g.tokens.start > from
                    && g.tokens.start < hi
                    && (from..g.tokens.start).all(|j| !COMPLEMENTISERS.contains(&v.norm(j)))
                    && (from..adjunct.unwrap_or(from)).all(|j| {
                        !after
                            .iter()
                            .any(|h| h.prep.is_none() && h.tokens.contains(&j) && !same_one(h))
                    })
                    && (g.tokens.start.saturating_sub(5)..g.tokens.start)
                        .rev()
                        .find(|&j| matches!(v.norm(j), "،" | ","))
                        .is_some_and(|c| {
                            c > from
                                && (c + 1..g.tokens.start).all(|j| {
                                    v.cx.analysis.tokens[j].kind == TokenKind::Word && !v.prepped(j)
                                })
                        })
            })
        })
        .flatten();
        let obj = charged.or(met).or(obj);
        // last resort for object frames: a person or organisation just after, whatever its preposition
        // (after a noun only a prepositional complement: a bare name there is its agent)
        let any = frame
            .obj
            .then(|| {
                after
                    .iter()
                    .filter(|g| other(g) && g.tokens.start < reach + 6)
                    .filter(|g| kind == Kind::Verb || g.prep.is_some())
                    .filter(|g| g.via != MentionVia::Nisba)
                    // (nor a body in the title of the subject named after the verb: استقبل
                    // المستشار بالديوان الملكي … الدكتور عبدالله الربيعة وزيرة الإعلام اليمنية)
                    .filter(|g| {
                        g.prep.is_none()
                            || !g
                                .phrase_start
                                .checked_sub(1)
                                .is_some_and(|p| v.is(p, book, class::OFFICE))
                    })
                    .find(|g| match ents.list[g.entity].kind {
                        Some(EntityKind::Person | EntityKind::Organization) => true,
                        // a country after في، ب or a direction (شمال العراق) is where, not whom
                        // (nor, with no known doer, a mere topic: حشد الدعم بشأن سورية)
                        Some(EntityKind::Country) => !g.prep.as_deref().is_some_and(|p| {
                            p == "في"
                                || p == "ب"
                                || DIRECTIONS.contains(&p)
                                || (source.is_none() && matches!(p, "بشان" | "حول" | "عن" | "تجاه"))
                        }),
                        _ => false,
                    })
            })
            .flatten();
        // "between A and B" after a verb: the side that is not the source
        let src_country = source.as_ref().and_then(|s| country_of(ents, s));
        let betw = between.and_then(|(a, b)| {
            [a, b]
                .into_iter()
                .find(|g| other(g) && ents.list[g.entity].country != src_country)
        });
        if let Some(g) = with_prep
            .copied()
            .or(obj.copied())
            .or(any.copied())
            .or(betw)
        {
            // "between A and" someone unnamed, with no source known: A is a side, not the target
            // (الاشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي)
            // (not for a third party: جهود الوساطة الإيرانية بين العبادي والمالكي)
            if source.is_none() && frame.recip && g.prep.as_deref() == Some("بين") {
                source = Some(actor_of(ents, g.entity));
            } else {
                target = Some(actor_of(ents, holder(ents, &after, g).entity));
            }
        }
    }
    // the other side is only inferred once one side is known
    if target.is_none() && source.is_some() && (frame.recip || frame.xfer) && !frame.needtgt {
        let src_country = source.as_ref().and_then(|s| country_of(ents, s));
        let diff = |a: &ActorFound| {
            let c = country_of(ents, a);
            c.is_some() && c != src_country
        };
        // not a topic (في اليمن، حول سوريا) nor a bare adjective (الساحة اللبنانية)
        let topic = |g: &&&Group| {
            g.via == MentionVia::Nisba
                || matches!(
                    g.prep.as_deref(),
                    Some("في" | "ب" | "حول" | "بشان" | "عن" | "تجاه")
                )
        };
        // (nor one inside a clause reported after the trigger: لدى اجتماعه مع نشطاء، قوله إن «صفقة
        // … مع أوكرانيا»)
        let reported = (m.tokens.end..v.len())
            .take_while(|&j| v.seg[j] == seg)
            .find(|&j| COMPLEMENTISERS.contains(&v.norm(j)) || v.norm(j) == "«");
        target = in_seg
            .iter()
            .filter(|g| {
                other(g)
                    && !topic(g)
                    && comp.is_none_or(|k| g.tokens.start > k)
                    && reported.is_none_or(|k| g.tokens.start < k)
            })
            .map(|g| actor_of(ents, holder(ents, &in_seg, g).entity))
            .find(|a| diff(a))
            .or_else(|| we.clone().filter(|w| diff(w)));
    }
    if let (Some(s), Some(t)) = (&source, &target) {
        if s.entity.is_some() && s.entity == t.entity {
            target = None;
        }
    }
    // a person named right after the person who acts, of no other country, is the same one in other
    // words (اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين; التقى نائب الرئيس اليمني رئيس مجلس
    // الوزراء خالد محفوظ بحاح): no target
    if let (Some(sg), Some(t)) = (src_group, &target) {
        let person = |e: usize| ents.list[e].kind == Some(EntityKind::Person);
        let apposed = person(sg.entity)
            && t.entity.is_some_and(|te| {
                let (a, b) = (&ents.list[sg.entity].country, &ents.list[te].country);
                person(te)
                    && (a.is_none() || b.is_none() || a == b)
                    && groups.iter().any(|g| {
                        // (not a second one joined by و: بين دي كابريو وسكورسيزي)
                        g.entity == te
                            && !v.conj(g.tokens.start)
                            && (g.tokens.start == sg.tokens.end
                                || (g.tokens.start == sg.tokens.end + 1
                                    && matches!(v.norm(sg.tokens.end), "،" | ",")))
                    })
            });
        if apposed {
            target = None;
        }
    }
    // co-actors joined by و act together (أدانت الحكومتان الألمانية والإسبانية): the second is not
    // the target of the first, except for symmetrical events (التقى أردوغان وبوتين) and "between"
    if let (Some(s), Some(t)) = (src_group, &target) {
        let joined = !frame.recip
            && s.prep.as_deref() != Some("بين")
            && groups
                .iter()
                .any(|g| Some(g.entity) == t.entity && coordinated(v, ents, s, g, book));
        if joined {
            target = None;
        }
    }
    (source, target)
}

/// The subject of a past verb of undergoing before a deed's noun, the noun after ل or إلى (تعرض
/// القيادي … لإطلاق نار، تعرضت المدينة إلى قصف، تعرضت كينيا لسلسلة من هجمات): after the verb, or
/// right before it (a relative pronoun between: المواقع التي تعرضت). Not when the noun only dates
/// what was undergone (تعرضت الحكومة منذ هجوم سوروتش لانتقادات).
fn undergone<'g>(v: &View<'_>, near: &'g [Group], m: &Match, book: &Codebook) -> Option<&'g Group> {
    let clause = v.clause[m.tokens.start];
    let u = (m.tokens.start.saturating_sub(12)..m.tokens.start)
        .rev()
        .take_while(|&j| v.clause[j] == clause)
        .find(|&j| v.is(j, book, class::UNDERGO))?;
    let to = |k: usize| {
        v.norm(k) == "الي"
            || v.cx.analysis.tokens[k]
                .parts()
                .iter()
                .any(|p| p.role == PartRole::Proclitic && p.norm == "ل")
            || v.norm(k).starts_with("لل")
    };
    (m.tokens.start.saturating_sub(3).max(u + 1)..=m.tokens.start).find(|&k| to(k))?;
    let bare = |g: &&Group| g.prep.is_none() && !nisba_in_phrase(v, near, g);
    near.iter()
        .find(|g| bare(g) && g.tokens.start > u && g.tokens.end <= m.tokens.start)
        .or_else(|| {
            near.iter().rev().find(|g| {
                bare(g)
                    && g.tokens.end <= u
                    && (g.tokens.end == u
                        || (g.tokens.end + 1 == u && v.is(u - 1, book, class::RELATIVE)))
            })
        })
}

/// Whether `g` is a nationality qualifying a noun inside a prepositional phrase (لحادثة حرق رضيع
/// فلسطيني، في شركة فرنسية): it names no one who acts or undergoes. (A word opening its clause is
/// a verb as often as a preposition's noun: برأت محكمة سودانية.)
fn nisba_in_phrase(v: &View<'_>, groups: &[Group], g: &Group) -> bool {
    g.via == MentionVia::Nisba && {
        let s = g.tokens.start;
        (s.saturating_sub(4)..s)
            .rev()
            .take_while(|&j| {
                j > 0
                    && v.clause[j - 1] == v.clause[s]
                    && v.cx.analysis.tokens[j].kind == TokenKind::Word
                    && !groups.iter().any(|h| h.tokens.contains(&j))
            })
            .any(|j| v.prepped(j) && !COMPLEMENTISERS.contains(&v.norm(j)))
    }
}

/// Whether a group opens with «نظير» (his counterpart): the one met by the one its pronoun names.
fn counterpart(v: &View<'_>, g: &Group) -> bool {
    v.norm(g.tokens.start)
        .trim_start_matches(['و', 'ب', 'ل'])
        .starts_with("نظير")
}

/// The office holder a country names when it is part of his title (وزير الخارجية بجمهورية ألمانيا
/// الاتحادية فرانك فالتر شتاينماير): the person of that country named within two words after it.
fn holder<'g>(ents: &Entities, after: &[&'g Group], g: &'g Group) -> &'g Group {
    let d = &ents.list[g.entity];
    if d.kind != Some(EntityKind::Country) || d.country.is_none() {
        return g;
    }
    after
        .iter()
        .find(|p| {
            p.tokens.start >= g.tokens.end
                && p.tokens.start <= g.tokens.end + 2
                && ents.list[p.entity].kind == Some(EntityKind::Person)
                && ents.list[p.entity].country == d.country
        })
        .copied()
        .unwrap_or(g)
}

/// Whether group `b` follows group `a` joined by و, as a word of its own or cut off the name
/// (حزب العمال الكردستاني وتنظيم داعش).
fn coordinated(v: &View<'_>, ents: &Entities, a: &Group, b: &Group, book: &Codebook) -> bool {
    // (a head noun may carry the و: وطالبت الولايات المتحدة ودول آسيان الصين)
    if b.tokens.start == a.tokens.end + 1 {
        let j = a.tokens.end;
        if v.norm(j) == "و" || (v.conj(j) && v.is(j, book, class::HEAD)) {
            return true;
        }
    }
    // (a comma may stand before it in a list: دول مصر، والأردن، وتونس)
    let end = if b.tokens.start == a.tokens.end + 1 && matches!(v.norm(a.tokens.end), "،" | ",") {
        a.tokens.end + 1
    } else {
        a.tokens.end
    };
    let t = &v.cx.analysis.tokens[b.tokens.start];
    b.tokens.start == end
        && ents.mentions.iter().any(|m| {
            m.entity == b.entity
                && m.tokens.start == b.tokens.start
                && m.byte_start > t.byte_start
                && v.cx.text[t.byte_start..m.byte_start.min(t.byte_end)] == *"و"
        })
}

/// The speaker of a quote ending right before `m` (only closing marks and a full stop between), when
/// `m` opens its own sentence with كما or و: a sentence that goes on with the same actor.
fn continued_speaker(
    v: &View<'_>,
    (s, end): (usize, Option<usize>),
    (quotes, groups, code): (&[QuoteFound], &[Group], &str),
    ents: &Entities,
    book: &Codebook,
) -> Option<ActorFound> {
    let opens = |j: usize| j == 0 || v.seg[j - 1] != v.seg[j];
    let word = v.norm(s);
    let joined = (word.starts_with('و') && opens(s))
        || (s >= 1 && matches!(v.norm(s - 1), "كما" | "وكما") && opens(s - 1));
    if !joined {
        return None;
    }
    // (and to have no subject after it: a preposition or the one addressed follows, ودعا إلى …،
    // كما اتهم حزب العمال … بأن; not ورحبت منظمات المجتمع المدني, واتفق الرئيسان; a support
    // verb, `end` None, was checked by the caller to have none before its noun)
    let bare_next = end.is_none_or(|next| {
        next < v.len() && {
            let after: Vec<&Group> = groups[groups.partition_point(|g| g.tokens.start < next)..]
                .iter()
                .collect();
            let w = v.norm(next);
            PREPS.contains(&w)
                || w.starts_with('ب')
                || after.first().is_some_and(|g| {
                    g.tokens.start <= next + 1 && addressee(v, ents, &after, g, code, book)
                })
        }
    });
    if !bare_next {
        return None;
    }
    let tokens = &v.cx.analysis.tokens;
    let at = tokens[s].byte_start;
    let q = quotes
        .iter()
        .filter(|q| q.speaker.is_some() && q.content.end <= at)
        .max_by_key(|q| q.content.end)?;
    let end = tokens.partition_point(|t| t.byte_start < q.content.end);
    let speaker = q.speaker?;
    // (only the quote's closing marks and the full stop between)
    let first = if word.starts_with('و') { s } else { s - 1 };
    (end..first)
        .all(|j| tokens[j].kind != TokenKind::Word && tokens[j].kind != TokenKind::Number)
        .then(|| actor_of(ents, speaker))
}

/// Whether `g`, right after an accusation or appeal verb, is the one accused or called on rather
/// than the subject: followed by the charge's ب (see [`accused`]), or a people as a whole (class
/// `populace`: ودعا الشعب اليمني إلى).
fn addressee(
    v: &View<'_>,
    ents: &Entities,
    after: &[&Group],
    g: &Group,
    code: &str,
    book: &Codebook,
) -> bool {
    (code.starts_with("112") && accused(v, ents, after, g, book))
        || (code.starts_with("02")
            && (g.tokens.start.saturating_sub(1)..=g.tokens.start)
                .any(|j| v.is(j, book, class::POPULACE)))
}

/// Whether `g` (with the names joined to it by و) is followed by a ب complement: the accused of an
/// accusation verb, which stands first when the accuser is unsaid (اتهم حزب العمال وتنظيم داعش بأن).
fn accused(v: &View<'_>, ents: &Entities, after: &[&Group], g: &Group, book: &Codebook) -> bool {
    let mut last = g;
    for h in after.iter().filter(|h| h.tokens.start >= g.tokens.end) {
        if !coordinated(v, ents, last, h, book) {
            break;
        }
        last = h;
    }
    let e = last.tokens.end;
    e < v.len() && v.seg[e] == v.seg[g.tokens.start] && v.norm(e).starts_with('ب')
}

/// The subject of a support verb before a verbal noun: عقد السيسي اجتماعا (after the verb), الجيش شن
/// غارات (before it).
fn light_subject<'b, 'g>(
    v: &View<'_>,
    before: &'b [&'g Group],
    m: &Match,
    book: &Codebook,
    force: bool,
) -> Option<(usize, &'b &'g Group)> {
    let clause = v.clause[m.tokens.start];
    // a long title may stand between (تلقى صاحب السمو الملكي الأمير ... وزير الدفاع اتصالا)
    let lo = m.tokens.start.saturating_sub(25);
    // (not over a complementiser, أعلنت الوزارة أن الطيران قصف, nor over a new circumstance,
    // أعلنت مصر حالة الطوارئ إثر هجوم; a time phrase is none, يشن الجيش منذ 11 يوليو حملة قصف)
    let time = |j: usize| {
        j + 1 < v.len()
            && (v.cx.analysis.tokens[j + 1].kind == TokenKind::Number
                || v.is(j + 1, book, class::FILLER))
    };
    let l = (lo..m.tokens.start)
        .rev()
        .take_while(|&j| {
            v.clause[j] == clause
                && !COMPLEMENTISERS.contains(&v.norm(j))
                && (!v.is(j, book, class::LINK) || time(j))
        })
        .find(|&j| v.support(j, book, !force))
        .or_else(|| {
            light_across_commas(
                v,
                m,
                |j| before.iter().any(|g| g.tokens.contains(&j)),
                book,
                !force,
            )
        })?;
    let bare = |g: &&&Group| {
        g.prep.is_none()
            && (g.via != MentionVia::Nisba
                || (g.tokens.start.saturating_sub(2)..g.tokens.start)
                    .any(|j| v.is(j, book, class::HEAD)))
    };
    // (or a name right after the verb, its titles between, however long the phrase before the
    // noun: عبر الملحق الثقافي السعودي بكوالالمبور الأستاذ الدكتور زايد الحارثي باسمه ونيابة عن
    // الطلاب … عن أحر التعازي)
    let titled = |l: usize, g: &Group| {
        g.via == MentionVia::Name
            && g.tokens.start <= l + 8
            && (l + 1..g.tokens.start).any(|j| v.is(j, book, class::RANK | class::OFFICE))
            && (l + 1..g.tokens.start).all(|j| {
                v.cx.analysis.tokens[j].kind == TokenKind::Word
                    && !PREPS.contains(&v.norm(j))
                    && !before.iter().any(|h| h.tokens.contains(&j))
            })
    };
    let subject_of = |l: usize| {
        before
            .iter()
            .find(|g| {
                bare(g)
                    && g.tokens.start > l
                    && g.tokens.end <= m.tokens.start
                    && (m.tokens.start - l <= 12
                        || v.filler_gap(book, l + 1, g.tokens.start)
                        || titled(l, g))
            })
            .or_else(|| {
                before.iter().rev().find(|g| {
                    bare(g)
                        && g.tokens.end <= l
                        && (g.tokens.end + 1 >= l
                            || (g.tokens.end + 2 == l && v.is(l - 1, book, class::RELATIVE)))
                })
            })
    };
    if let Some(g) = subject_of(l) {
        return Some((l, g));
    }
    // a support verb governed by another (حزب العمال واصل من جهته شن هجمات): the first one's
    // subject
    let outer = (l.saturating_sub(4)..l)
        .rev()
        .take_while(|&j| v.clause[j] == clause)
        .find(|&j| v.is(j, book, class::LIGHT))?;
    subject_of(outer).map(|g| (outer, g))
}

/// A support verb before `m` across commas, with only its subject (`named` tokens), time words
/// and punctuation between (يعقد كيري، الاثنين، أيضا اجتماعا): the noun is its object. With
/// `announce`, a verb of announcing counts too (أعلن الاتحاد الأوروبي في بروكسل، عن التوصل).
fn light_across_commas(
    v: &View<'_>,
    m: &Match,
    named: impl Fn(usize) -> bool,
    book: &Codebook,
    announce: bool,
) -> Option<usize> {
    let seg = v.seg[m.tokens.start];
    let support = |j: usize| v.support(j, book, announce);
    (m.tokens.start.saturating_sub(12)..m.tokens.start)
        .rev()
        .take_while(|&j| {
            v.seg[j] == seg
                && (support(j)
                    || named(j)
                    || v.cx.analysis.tokens[j].kind == TokenKind::Punct
                    || v.is(j, book, class::FILLER)
                    // (a one-word place, and the عن of an announcement: أعلن الاتحاد الأوروبي في
                    // بروكسل، عن التوصل إلى اتفاق)
                    || (j + 1 == m.tokens.start && v.norm(j) == "عن")
                    || v.norm(j) == "في"
                    || j.checked_sub(1).is_some_and(|p| {
                        v.norm(p) == "في" && v.cx.analysis.tokens[j].kind == TokenKind::Word
                    }))
        })
        .find(|&j| support(j) && !named(j))
}

/// The name a relative clause holding `m` hangs on: a group ending right before الذي/التي (or before a
/// comma and it), with no other name, complementiser or clause break between the relative and `m`.
fn antecedent<'b, 'g>(
    v: &View<'_>,
    before: &'b [&'g Group],
    m: &Match,
    book: &Codebook,
) -> Option<&'b &'g Group> {
    let r = (m.tokens.start.saturating_sub(10)..m.tokens.start)
        .rev()
        .take_while(|&j| {
            v.clause[j] == v.clause[m.tokens.start] && !COMPLEMENTISERS.contains(&v.norm(j))
        })
        .find(|&j| v.is(j, book, class::RELATIVE))?;
    let g = before.iter().rev().find(|g| g.tokens.end <= r)?;
    let comma = |j: usize| matches!(v.norm(j), "،" | ",");
    let hangs = g.tokens.end == r || (g.tokens.end + 1 == r && comma(g.tokens.end));
    let between = before
        .iter()
        .any(|h| h.tokens.start > r && h.tokens.start < m.tokens.start);
    // (a head with a preposition on it, right before the pronoun and the verb, is the subject
    // too: للتصريحات غير المسؤولة لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة)
    let adjoined = g.tokens.end == r && r + 1 == m.tokens.start && m.enclitic.is_none();
    (hangs && !between && (g.prep.is_none() || adjoined)).then_some(g)
}

/// The head of the relative clause that ends at the «قد» at `qad`: a group ending right before
/// الذي/التي within a dozen words back, in the same clause, with no complementiser or كان between.
fn resumed_head<'b, 'g>(
    v: &View<'_>,
    before: &'b [&'g Group],
    qad: usize,
    book: &Codebook,
) -> Option<&'b &'g Group> {
    // (not across كان, whose own subject stands before قد: كان الضابط قد قتل)
    let r = (qad.saturating_sub(12)..qad)
        .rev()
        .take_while(|&j| {
            v.clause[j] == v.clause[qad]
                && !COMPLEMENTISERS.contains(&v.norm(j))
                && !v.is(j, book, class::COPULA)
        })
        .find(|&j| v.is(j, book, class::RELATIVE))?;
    let g = before.iter().rev().find(|g| g.tokens.end <= r)?;
    let comma = |j: usize| matches!(v.norm(j), "،" | ",");
    let hangs = g.tokens.end == r || (g.tokens.end + 1 == r && comma(g.tokens.end));
    (hangs && g.prep.is_none()).then_some(g)
}

/// The giver after a verb of receiving: تلقى الأمير اتصالا هاتفيا اليوم من فخامة الرئيس هادي.
fn giver<'b, 'g>(v: &View<'_>, after: &'b [&'g Group], m: &Match) -> Option<&'b &'g Group> {
    let g = after.first()?;
    let seg = v.seg[m.tokens.start];
    (g.tokens.start < m.tokens.end + 8
        && (m.tokens.end..g.tokens.start).any(|j| v.seg[j] == seg && v.has(j, "من")))
    .then_some(g)
}

/// The subject of the clause a noun stands in: the first word of a headline or sentence (موسكو تبحث عن
/// دعم) or the word after a complementiser (أن موسكو مهتمة بتطوير التعاون). Not for protests and force,
/// whose sentence subject is as often a bystander (السعوديون في مدن تظاهرات سيدني بخير).
fn clause_subject<'b, 'g>(
    v: &View<'_>,
    before: &'b [&'g Group],
    m: &Match,
    comp: Option<usize>,
    violent: bool,
) -> Option<&'b &'g Group> {
    if violent || m.lam {
        return None;
    }
    let clause = v.clause[m.tokens.start];
    let seg = v.seg[m.tokens.start];
    before.iter().rev().find(|g| {
        let s = g.tokens.start;
        let opens = match comp {
            Some(k) => s == k + 1,
            None => s == 0 || v.seg[s - 1] != seg,
        };
        opens
            && g.prep.is_none()
            && g.via != MentionVia::Nisba
            && v.clause[s] == clause
            && g.tokens.end + 12 >= m.tokens.start
    })
}

/// The one who meets or visits in a meeting or visit named as the circumstance of the sentence
/// (وقال الرئيس التركي رجب طيب إردوغان، في تصريحات … خلال زيارة إلى قبرص؛ عقد لافروف، في إطار
/// زيارة عمل إلى قطر، لقاء): the sentence's subject, the nearest bare name before (a nationality
/// only after a title: الرئيس التركي).
fn circumstance_subject<'b, 'g>(
    v: &View<'_>,
    ents: &Entities,
    before: &'b [&'g Group],
    m: &Match,
    (code, comp): (&str, Option<usize>),
    book: &Codebook,
) -> Option<&'b &'g Group> {
    let p = m.tokens.start.checked_sub(1)?;
    // (a visit, or a meeting «with» someone, not one whose own sides are most often the body
    // meeting: على هامش الاجتماع الرابع للجنة; an indefinite one, not the occasion told before; not
    // من خلال, "through")
    if !code.starts_with("04")
        || m.lam
        || definite(v.norm(m.tokens.start))
        || !v.is(p, book, class::CIRCUMSTANCE)
        || p.checked_sub(1).is_some_and(|q| v.has(q, "من"))
    {
        return None;
    }
    // (going somewhere: إلى قبرص، لقطر; or meeting with someone: خلال لقاء مع نظيره الأميركي)
    let dest = tokens_after(v, m).any(|j| v.has(j, "الي") || v.cands(j).iter().any(|c| c.lam));
    // (not with an outlet in quotation marks, an interview: في اتصال هاتفي مع «الوطن»)
    let with = m.tokens.end + 1 < v.len()
        && v.norm(m.tokens.end) == "مع"
        && !matches!(v.norm(m.tokens.end + 1), "«" | "\"" | "“");
    if !(code.starts_with("042") && dest || with) {
        return None;
    }
    // (a circumstance after a comma goes with the main clause, whose subject stands before the
    // complementiser: أعلن الوزير أن بلاده ستبدأ بمحاربة داعش …، خلال لقاء مع نظيره)
    let seg = v.seg[m.tokens.start];
    let main = (m.tokens.start.saturating_sub(30)..p)
        .rev()
        .take_while(|&j| v.seg[j] == seg)
        .find(|&j| COMPLEMENTISERS.contains(&v.norm(j)))
        .filter(|&k| (k..p).any(|j| matches!(v.norm(j), "،" | ",")));
    let comp = comp.filter(|_| main.is_none());
    before.iter().rev().find(|g| {
        g.prep.is_none()
            && g.tokens.end + 25 >= m.tokens.start
            && comp.is_none_or(|k| g.tokens.start > k)
            && main.is_none_or(|k| g.tokens.end <= k)
            && ents.list[g.entity].kind != Some(EntityKind::Location)
            && (g.via != MentionVia::Nisba
                || g.tokens
                    .start
                    .checked_sub(1)
                    .is_some_and(|t| v.title_gap(book, t, t + 1)))
    })
}

/// The tokens of the trigger's clause just after it (at most four).
fn tokens_after<'v>(v: &'v View<'_>, m: &Match) -> impl Iterator<Item = usize> + 'v {
    let clause = v.clause[m.tokens.start];
    (m.tokens.end..(m.tokens.end + 4).min(v.len())).take_while(move |&j| v.clause[j] == clause)
}

/// A passive killing or arrest: a damma in the first syllable (اعتُقل، قُتل) or "killed in a raid"
/// (قتل في غارة).
fn passive(v: &View<'_>, m: &Match, book: &Codebook) -> bool {
    if m.imperfect {
        return false;
    }
    let t = &v.cx.analysis.tokens[m.tokens.start];
    let damma = v.cx.text[t.byte_start..t.byte_end]
        .chars()
        .take(6)
        .any(|c| c == '\u{064F}');
    let e = m.tokens.end;
    // (or "in one of the operations": قتل في إحدى العمليات)
    let one_of = usize::from(v.has(e + 1, "احدي") || v.has(e + 1, "احد"));
    // (or a count of some side standing before it: نحو 30 من ميليشيا الحوثي وقوات صالح قتلوا)
    let clause = v.clause[m.tokens.start];
    // or a count of people right before it: ما يقرب من 5000 مدني أفغاني قتل وأصيب)
    let counted = (m.tokens.start.saturating_sub(8)..m.tokens.start).any(|j| {
        let number = || v.cx.analysis.tokens[j - 1].kind == TokenKind::Number;
        j > 0
            && v.clause[j] == clause
            && ((v.norm(j) == "من" && (number() || v.is(j - 1, book, class::FILLER)))
                || (m.tokens.start - j <= 3 && number() && v.is(j, book, class::PEOPLE)))
    });
    // (or by a strike right after it: قد استهدف بضربة جوية أمريكية، قتل بغارة)
    let by_strike = e < v.len()
        && v.seg[e] == v.seg[e - 1]
        && v.norm(e).starts_with('ب')
        && v.is(e, book, class::PASSIVE);
    damma
        || counted
        || by_strike
        || (v.has(e, "في")
            && v.is(e + 1 + one_of, book, class::PASSIVE)
            && v.seg[e] == v.seg[e - 1])
}

/// The word introducing a passive's agent at `j` (من قبل، على يد): قبل alone is "before" (نقل
/// المعركة إلى الكونغرس قبل مجلس الأمن), so a preposition must stand before it.
fn agent_word(v: &View<'_>, j: usize, book: &Codebook) -> bool {
    // (a hand after من is where something is taken from: استعادة السيطرة من أيدي المليشيات)
    let hand = matches!(v.norm(j), "يد" | "ايدي");
    v.is(j, book, class::AGENT)
        && (j.checked_sub(1).is_some_and(|p| {
            v.seg[p] == v.seg[j] && (v.norm(p) == "علي" || (v.norm(p) == "من" && !hand))
        })
            // (or with ب written on the hand: قتل ثمانية آلاف مسلم بأيدي القوات الصربية)
            || matches!(v.norm(j), "بايدي" | "بيد"))
}

/// A group after a partitive من that follows a count (13 من قوات البيشمركة، العشرات من داعش،
/// عدد من الحوثيين): the counted people are of that side.
fn partitive(v: &View<'_>, g: &Group, book: &Codebook) -> bool {
    g.prep.as_deref() == Some("من")
        && g.phrase_start.checked_sub(1).is_some_and(|q| {
            v.seg[q] == v.seg[g.phrase_start]
                && (v.cx.analysis.tokens[q].kind == TokenKind::Number
                    || (v.is(q, book, class::FILLER) && v.norm(q) != "من")
                    || matches!(v.norm(q), "عدد" | "العديد" | "العشرات" | "المئات" | "الالاف"))
        })
}

/// A deed of force (CAMEO 17–20: coerce, assault, fight, mass violence).
/// A word of ل + noun (or pronoun): the object of a verbal noun whose doer stands before it (هدم
/// الاحتلال لمباني، قتل الجيش لهم); not the particles that start with ل.
fn lam_object(v: &View<'_>, j: usize) -> bool {
    const PARTICLES: &[&str] = &[
        "لكن",
        "لكنه",
        "لكنها",
        "لكنهم",
        "لدي",
        "لذلك",
        "لذا",
        "لقد",
        "لم",
        "لن",
        "لا",
        "ليس",
        "ليست",
        "لعل",
        "لو",
        "لولا",
        "لما",
        "لان",
        "لكي",
        "لاسيما",
        "لسنوات",
        "لمده",
        "لفتره",
        "لعده",
        "لحين",
        "لاول",
    ];
    let w = v.norm(j);
    // (a noun with a pronoun on it gives a reason: بقتل الرئيس الإسرائيلي لشجبه حرق العائلة)
    let reason = w.chars().count() > 4
        && (w.ends_with("ها") || w.ends_with("هم") || (w.ends_with('ه') && !v.ta_marbuta(j)));
    w.starts_with('ل') && w.chars().count() >= 3 && !PARTICLES.contains(&w) && !reason
}

fn violent_code(code: &str) -> bool {
    code >= "17"
}

/// An indefinite noun without a preposition at `j`: after a verbal noun and one name it is the
/// object, so the name was the doer (بقصف الجيش التركي مواقعها). Definite words may be the name's
/// own adjectives (بقتل أبو سياف القيادي في داعش).
fn bare_object(v: &View<'_>, j: usize) -> bool {
    const PARTICLES: &[&str] = &[
        "في", "علي", "الي", "من", "عن", "مع", "خلال", "بعد", "قبل", "منذ", "حتي", "ضد", "لدي",
        "عند", "داخل", "قرب", "بين", "اثر", "عقب", "اي", "او", "ثم", "كما", "حيث", "التي", "الذي",
    ];
    let w = v.norm(j);
    v.cx.analysis.tokens[j].kind == TokenKind::Word
        && !["ال", "و", "ف", "ب", "ل", "ك"]
            .iter()
            .any(|p| w.starts_with(p))
        && !PARTICLES.contains(&w)
}

/// "Carried out by" at `j` (قام بها، قامت به، يقوم بها): a support verb with a pronoun after ب that
/// points back to the verbal noun; the name after it is the noun's doer.
fn performed_by(v: &View<'_>, j: usize, book: &Codebook) -> bool {
    j >= 1
        && matches!(v.norm(j), "بها" | "به" | "بهما")
        && v.seg[j - 1] == v.seg[j]
        && v.is(j - 1, book, class::LIGHT)
}

/// A "we" word (نحن، بلداننا) right before or after the trigger.
fn we_word(v: &View<'_>, m: &Match, seg: u32, book: &Codebook) -> Option<()> {
    let lo = m.tokens.start.saturating_sub(3);
    let hi = (m.tokens.end + 3).min(v.len());
    (lo..hi)
        .filter(|&j| v.seg[j] == seg)
        .any(|j| {
            v.cands(j)
                .iter()
                .any(|c| c.known && book.we.contains_key(c.s))
        })
        .then_some(())
}

/// Words that open a reported clause (إن، أن، بأن), or a contrasting one (لكن فصائل الزنتان رفضت):
/// an actor before them is not the subject after them.
const COMPLEMENTISERS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "بان",
    "بانه",
    "بانها",
    "وان",
    "لكن",
    "ولكن",
    "لكنه",
    "لكنها",
    "بينما",
];

/// Words that put a place after them as a location (جنوب تركيا، قرب دمشق).
/// Titles of those sent to a country (مبعوث، سفير، مندوب، ممثل): the country after إلى/لدى is part of
/// the title.
pub(crate) const ENVOYS: &[&str] = &["مبعوث", "سفير", "مندوب", "ممثل"];

const DIRECTIONS: &[&str] = &["جنوب", "شمال", "شرق", "غرب", "وسط", "قرب", "داخل"];

/// Location: a place or country introduced by في (or a ب proclitic) near the trigger.
fn location_of(
    v: &View<'_>,
    ents: &Entities,
    groups: &[Group],
    m: &Match,
    protest: bool,
) -> Option<usize> {
    let seg = v.seg[m.tokens.start];
    // (a place after what is protested against is its topic: تجمعوا في أنقرة للاحتجاج على الضربات
    // العسكرية في سوريا)
    let topic = |g: &&Group| {
        protest && (m.tokens.end..g.tokens.start).any(|j| v.has(j, "علي") || v.has(j, "ضد"))
    };
    let placeish = |g: &Group| {
        let d = &ents.list[g.entity];
        matches!(d.kind, Some(EntityKind::Location | EntityKind::Country))
    };
    // في موسكو، بموسكو، في شوارع القاهرة، في العاصمة موسكو
    let is_loc = |g: &&Group| {
        v.seg[g.tokens.start] == seg
            && placeish(g)
            && (matches!(g.prep.as_deref(), Some("في") | Some("ب"))
                || g.tokens
                    .start
                    .checked_sub(2)
                    .is_some_and(|p| v.seg[p] == seg && v.has(p, "في"))
                || g.tokens
                    .start
                    .checked_sub(1)
                    .is_some_and(|p| v.seg[p] == seg && DIRECTIONS.iter().any(|w| v.has(p, w))))
    };
    groups
        .iter()
        .filter(is_loc)
        .filter(|g| g.tokens.start >= m.tokens.end && g.tokens.start < m.tokens.end + 12)
        .filter(|g| !topic(g))
        .map(|g| g.entity)
        .next()
        .or_else(|| {
            groups
                .iter()
                .filter(is_loc)
                .filter(|g| g.tokens.end <= m.tokens.start && g.tokens.end + 6 >= m.tokens.start)
                .map(|g| g.entity)
                .next_back()
        })
}

/// The nearest stated date in the trigger's segment.
fn date_of(v: &View<'_>, dates: &[DateFound], m: &Match) -> Option<String> {
    let seg = v.seg[m.tokens.start];
    dates
        .iter()
        .filter(|d| d.tokens.start < v.len() && v.seg[d.tokens.start] == seg)
        .map(|d| {
            let dist = if d.tokens.start >= m.tokens.end {
                d.tokens.start - m.tokens.end
            } else {
                m.tokens.start.saturating_sub(d.tokens.end)
            };
            (dist, d)
        })
        .filter(|(dist, _)| *dist <= DATE_WINDOW)
        .min_by_key(|(dist, _)| *dist)
        .map(|(_, d)| d.value.clone())
}

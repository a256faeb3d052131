//! The entity builder: lexicon spans → entities and mentions, with title/name coreference.
//!
//! Rules, in the order they apply to each lexicon span:
//! - a role phrase, optionally followed by a nisba (وزير الخارجية الروسي) and/or a name in
//!   apposition (…، سيرغي لافروف) is a title: with a name it gives the name's entity its role and
//!   country; without one it denotes the person of that country and role already in the
//!   document, else the holder at the publication date (dated role dictionary), else a new
//!   entity named by the title. An indefinite title (مسؤول جزائري) always introduces someone new;
//!   a bare definite one (الوزير، الدبلوماسي) points back to the latest compatible person.
//! - a person's full name or listed variant is a name mention; a bare surname only counts once
//!   the person is named in the document.
//! - a country name is a mention of the country; a nisba standing alone or after a non-role noun
//!   is a [`MentionVia::Nisba`] mention of the country; a capital is the country's government in
//!   political use (موسكو تبحث) and a location after a preposition (في موسكو، بموسكو).
//! - names that are also common words (مالي، القاعدة) need a cue word or an unambiguous
//!   mention of the same entity elsewhere in the document.

use super::fuzzy;
use crate::context::{Doc, Entities, EntityDraft, MentionRef, MentionVia};
use rasid_analysis::{PartRole, TokenKind};
use rasid_core::EntityKind;
use rasid_lexicon::{Entry, EntryId, EntryKind, FormKind, LexMatch, Lexicon, RoleKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// A person name found by the NER model.
#[derive(Debug, Clone)]
pub(crate) struct NerName {
    pub tokens: Range<usize>,
    pub score: f32,
    /// Right after a reporting verb (وقال رافيش كومار،): the speaker's slot.
    pub speaker: bool,
    /// Between a reporting verb and its content (وأوضح المشرف العام … عبدالمحسن بوحمد أن):
    /// the speaker's slot further from the verb (see `in_speaker_frame`).
    pub framed: bool,
}

/// NER person spans below this mean posterior are ignored (precision over recall).
/// Words of praise (folded) after «القيادة» that make it the home country's government.
const LEADERSHIP_PRAISE: &[&str] = &["الرشيده", "الحكيمه"];

const NER_MIN_SCORE: f32 = 0.6;
/// ... except in a speaker's slot, where the reporting verb is evidence of a person.
const NER_SPEAKER_MIN_SCORE: f32 = 0.3;
/// A name standing alone (not in apposition to a title) needs more confidence.
const NER_ALONE_MIN_SCORE: f32 = 0.8;

/// All lexicon matches sharing one token span.
#[derive(Debug, Clone)]
struct Span {
    tokens: Range<usize>,
    bytes: Range<usize>,
    ms: Vec<LexMatch>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Lex(EntryId),
    /// A person known only by a title: (country, role, indefinite).
    Title(String, String, bool),
    /// A ministry or collective agent: (country, role).
    Agent(String, String),
    /// A person known only by an organisation's office: (organisation, role).
    Office(EntryId, String),
    /// A name found by rule or NER, folded.
    Name(String),
}

/// A name in apposition to a title.
#[derive(Debug, Clone)]
enum NameRef {
    /// A lexicon person (index into spans).
    Lex(usize, EntryId),
    /// Tokens of a name the lexicon does not know.
    Unknown(Range<usize>),
}

/// A title phrase found at a span.
#[derive(Debug, Clone)]
struct Title {
    role: EntryId,
    country: Option<String>,
    /// The nisba as written (الروسي), for naming title-only entities.
    nisba_text: Option<String>,
    tokens: Range<usize>,
    bytes: Range<usize>,
    indefinite: bool,
    name: Option<NameRef>,
    /// The organisation whose office it is (الأمين العام للأمم المتحدة): its span and entry.
    org: Option<(usize, EntryId)>,
    /// The country the office holder is sent to (المبعوث الأممي إلى اليمن): its span.
    dest: Option<usize>,
    /// A second country joined to the first by و (سفير … لدى إيطاليا ومالطا).
    dest2: Option<usize>,
    /// Spans (cities) of a place phrase between the title and its name (… بمحافظة جدة العقيد).
    places: Range<usize>,
    /// A former holder (الأمين العام السابق، الرئيس المصري الأسبق): not today's holder, and the
    /// role is not the named person's now.
    former: bool,
    /// Index of the first span after the title (and its name).
    next: usize,
}

/// Words before a capital that make it a place rather than a government.
const LOCATIVE: &[&str] = &[
    "في",
    "الي",
    "من",
    "العاصمه",
    "عاصمه",
    "مدينه",
    "وصل",
    "زار",
    "بين",
];
/// Words before an ambiguous country name that make it the country.
const COUNTRY_CUES: &[&str] = &["دوله", "جمهوريه", "بلد", "سلطنه", "مملكه"];
/// Nouns (folded) before a title that make it a deputy's office (نائب وزير الخارجية).
const DEPUTY: &[&str] = &["نائب", "مساعد", "وكيل", "مستشار", "مساعده", "نائبه"];
/// Adjectives after a title that make it a former office (folded).
const FORMER: &[&str] = &[
    "السابق",
    "السابقه",
    "الاسبق",
    "الاسبقه",
    "المخلوع",
    "المعزول",
    "الراحل",
];
/// Adjectives (folded) of a current office that may stand between a title and its holder's name.
const OFFICE_ADJECTIVES: &[&str] = &[
    "الشرعي",
    "المنتخب",
    "الجديد",
    "الحالي",
    "الانتقالي",
    "المؤقت",
    "الشرعيه",
    "الجديده",
];
/// Roles general enough to denote any more specific office (الوزير → وزير الخارجية).
const GENERIC_ROLES: &[&str] = &["وزير", "مسؤول", "دبلوماسي", "نظير", "مبعوث"];
/// Roles of people who act as diplomats (for الدبلوماسي).
const DIPLOMATIC_ROLES: &[&str] = &[
    "وزير الخارجية",
    "سفير",
    "مبعوث",
    "دبلوماسي",
    "المتحدث باسم الخارجية",
    "نظير",
];
/// Kinship nouns (folded) that introduce a relative by name: ابن هلال الأسد.
const KINSHIP: &[&str] = &[
    "ابن",
    "بن",
    "بنت",
    "نجل",
    "ابنه",
    "نجله",
    "شقيق",
    "شقيقه",
    "اخو",
    "زوجه",
    "والد",
    "والده",
];
/// How far back (in tokens) a bare title may look for its antecedent.
const ANAPHOR_WINDOW: usize = 400;

pub(crate) struct Builder<'a, 'd> {
    cx: &'a Doc<'d>,
    lx: &'a Lexicon,
    spans: Vec<Span>,
    ents: Entities,
    by_key: HashMap<Key, usize>,
    /// Token of the latest mention of each entity.
    last_seen: Vec<Option<usize>>,
    /// Person entries named in full (or by a listed variant) somewhere in the document.
    named: HashSet<EntryId>,
    /// Entries mentioned unambiguously somewhere in the document.
    unambiguous: HashSet<EntryId>,
    date: Option<String>,
    /// NER person spans, in text order.
    ner: Vec<NerName>,
    /// Home country of the document's outlet (`outlets.tsv`), if known.
    home: Option<String>,
    /// Tokens ending in a state noun, collected by the one scan of [`Self::media_names`].
    state_cands: Vec<usize>,
    /// Persons named with an organisation's office (رئيس ناسا تشارلز بولدن), by (organisation,
    /// role): the holder of an unnamed «رئيس ناسا» is one of them, never a person who only
    /// shares the organisation's code (USAGOV: أوباما).
    office_holders: HashMap<(EntryId, String), Vec<usize>>,
}

impl<'a, 'd> Builder<'a, 'd> {
    pub(crate) fn new(cx: &'a Doc<'d>, lx: &'a Lexicon, mut ner: Vec<NerName>) -> Self {
        ner.retain(|n| {
            !n.tokens.is_empty()
                && (n.score >= NER_MIN_SCORE
                    || ((n.speaker || n.framed) && n.score >= NER_SPEAKER_MIN_SCORE))
        });
        ner.sort_by_key(|n| n.tokens.start);
        let mut ms = lx.find(&cx.analysis, cx.text);
        // تركي بن سعود: a nisba without the article before بن is a given name, not Turkey; so
        // is one right after a title of address (الأمير تركي، المهندس تركي اليامي، الأستاذ تركي
        // السديري), which the nisba adjective follows only with its article (المهندس السعودي).
        let toks = &cx.analysis.tokens;
        let addressed = |t: usize| {
            t.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                let n = p.norm.as_str();
                let n = n.strip_prefix('و').unwrap_or(n);
                HONORIFICS.contains(&n)
                    || NAME_RANKS.contains(&n)
                    || GIVEN_RANKS.contains(&n)
                    || NAMED_AFTER.contains(&n)
            })
        };
        ms.retain(|m| {
            !(m.form == FormKind::Nisba
                && !m.article
                && (toks
                    .get(m.tokens.end)
                    .is_some_and(|t| matches!(t.norm.as_str(), "بن" | "ابن"))
                    || addressed(m.tokens.start))
                && lx.entry(m.entry).kind == EntryKind::Country)
        });
        let mut spans: Vec<Span> = Vec::new();
        for m in ms {
            match spans.last_mut() {
                Some(s) if s.tokens == m.tokens => s.ms.push(m),
                _ => spans.push(Span {
                    tokens: m.tokens.clone(),
                    bytes: m.byte_start..m.byte_end,
                    ms: vec![m],
                }),
            }
        }
        let date = cx.doc.published.clone();
        let home = cx
            .doc
            .source
            .as_deref()
            .and_then(|s| lx.outlet_country(s))
            .map(str::to_string);
        Self {
            cx,
            lx,
            spans,
            ents: Entities::default(),
            by_key: HashMap::default(),
            last_seen: Vec::new(),
            named: HashSet::default(),
            unambiguous: HashSet::default(),
            date,
            ner,
            home,
            state_cands: Vec::new(),
            office_holders: HashMap::default(),
        }
    }

    pub(crate) fn run(mut self) -> Entities {
        self.media_names();
        self.honorific_names();
        self.prepass();
        let mut si = 0;
        while si < self.spans.len() {
            si = self.step(si);
        }
        self.org_anaphora();
        self.state_anaphora();
        self.leadership();
        self.ner_names();
        self.nisba_apposition();
        self.short_names();
        self.speaker_surnames();
        self.slot_surnames();
        self.titled_surnames();
        self.fuzzy_names();
        self.named_places();
        self.patronym_countries();
        self.ents
            .mentions
            .sort_by_key(|m| (m.byte_start, m.byte_end));
        self.ents.mentions.dedup_by(|a, b| {
            a.entity == b.entity && a.byte_start == b.byte_start && a.byte_end == b.byte_end
        });
        self.ents
    }

    // ---------------------------------------------------------------- pre-pass

    fn prepass(&mut self) {
        for s in &self.spans {
            for m in &s.ms {
                let e = self.lx.entry(m.entry);
                if e.kind == EntryKind::Person
                    && matches!(m.form, FormKind::Name | FormKind::Variant)
                {
                    self.named.insert(m.entry);
                }
                if !m.ambiguous && m.form != FormKind::Surname && e.kind != EntryKind::Role {
                    self.unambiguous.insert(m.entry);
                }
            }
        }
        // Appositions (وزير الخارجية الروسي سيرغي لافروف) give persons their role and country
        // before any title elsewhere is resolved.
        let mut si = 0;
        while si < self.spans.len() {
            if let Some(t) = self.title_at(si) {
                if let Some(name) = &t.name {
                    let ent = self.person_of_name(name);
                    self.give_title(ent, &t);
                }
                si = t.next.max(si + 1);
            } else {
                si += 1;
            }
        }
    }

    // ---------------------------------------------------------------- main pass

    fn step(&mut self, si: usize) -> usize {
        if let Some(t) = self.title_at(si) {
            self.apply_title(&t);
            return t.next.max(si + 1);
        }
        let span = self.spans[si].clone();
        let pick = |kind: EntryKind, forms: &[FormKind]| {
            span.ms
                .iter()
                .find(|m| self.lx.entry(m.entry).kind == kind && forms.contains(&m.form))
                .cloned()
        };
        if let Some(m) = pick(
            EntryKind::Organization,
            &[FormKind::Name, FormKind::Variant],
        ) {
            // (a short form shared by several bodies names the one the document named in full:
            // التحالف after التحالف العربي)
            let named = span
                .ms
                .iter()
                .find(|o| {
                    self.lx.entry(o.entry).kind == EntryKind::Organization
                        && matches!(o.form, FormKind::Name | FormKind::Variant)
                        && self.unambiguous.contains(&o.entry)
                })
                .cloned();
            let m = named.unwrap_or(m);
            if !m.ambiguous || self.has_cue(&span, &[]) || self.unambiguous.contains(&m.entry) {
                let i = self.entity_for_entry(m.entry);
                self.mention(i, &span, MentionVia::Name);
            }
            return si + 1;
        }
        if let Some(m) = pick(EntryKind::Person, &[FormKind::Name, FormKind::Variant]) {
            // a listed one-word variant is a surname too: ماهر الأسد is not Bashar
            if span.tokens.len() == 1 && self.other_bearer(&span, m.entry) {
                return si + 1;
            }
            // a name after بن is a father's in someone else's chain: الأمير متعب بن عبدالله بن
            // عبدالعزيز is not King Abdullah
            if self.patronym(&span) {
                return si + 1;
            }
            let i = self.entity_for_entry(m.entry);
            self.mention(i, &span, MentionVia::Name);
            return si + 1;
        }
        if let Some(m) = pick(EntryKind::Country, &[FormKind::Name, FormKind::Variant]) {
            // (a damma written on the name settles its reading: عُمان is Oman, عمّان is Amman)
            let voweled = self.cx.text[span.bytes.clone()].contains('\u{064F}');
            // a name with a region adjective after it is a region, not the state (أمريكا
            // اللاتينية، أميركا الجنوبية، إيرلندا الشمالية); listed longer names (كوريا الجنوبية)
            // matched before
            let region = self
                .cx
                .analysis
                .tokens
                .get(span.tokens.end)
                .is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "الجنوبيه" | "الشماليه" | "اللاتينيه" | "الوسطي"
                    )
                });
            if region {
                return si + 1;
            }
            if !m.ambiguous || self.has_cue(&span, COUNTRY_CUES) || voweled {
                let i = self.entity_for_entry(m.entry);
                self.mention(i, &span, MentionVia::Name);
            }
            return si + 1;
        }
        if let Some(m) = pick(EntryKind::Country, &[FormKind::Nisba]) {
            // أبو خليل السوداني: a nom de guerre, the nisba part of the name, no country (the
            // fighters' origin is no state actor).
            if let Some(k) = self.kunya_before(span.tokens.start).filter(|_| m.article) {
                let r = k..span.tokens.end;
                let text = self.cx.text[self.token_bytes(r.clone())].to_string();
                let i = self.name_entity(r.clone(), text);
                let bytes = self.token_bytes(r.clone());
                self.mention_range(i, r, bytes, MentionVia::Name);
                return si + 1;
            }
            // المالي is "the financial", not "the Malian"; an ambiguous nisba counts only with
            // the article (المجري, not مجرى نهر النيل).
            if !m.ambiguous || m.article && !self.lx.entry(m.entry).ambiguous {
                let i = self.entity_for_entry(m.entry);
                self.mention(i, &span, MentionVia::Nisba);
            }
            return si + 1;
        }
        // Another city is a place of its country, never its government (جدة، حلب).
        if let Some(m) = pick(EntryKind::Country, &[FormKind::City]) {
            let i = self.location_for_capital(m.entry, &span);
            self.ents.list[i].city = true;
            self.mention(i, &span, MentionVia::Name);
            return si + 1;
        }
        if let Some(m) = pick(EntryKind::Country, &[FormKind::Capital]) {
            // مسقط رأس والده is a birthplace, not Muscat
            let head = self
                .cx
                .analysis
                .tokens
                .get(span.tokens.end)
                .is_some_and(|t| t.norm.starts_with("راس"));
            // a capital alone in quotation marks is the paper named after it (في اتصال هاتفي مع
            // "الرياض")
            let quoted = |t: Option<&rasid_analysis::Token>| {
                t.is_some_and(|t| matches!(t.norm.as_str(), "\"" | "«" | "»" | "“" | "”"))
            };
            // (not after a preposition of place: يغادر إلى "لندن"، بجلسة الحوار بـ"جنيف")
            let toks = &self.cx.analysis.tokens;
            let open = span.tokens.start.checked_sub(1);
            let placed = open
                .and_then(|p| p.checked_sub(1))
                .and_then(|p| toks.get(p))
                .is_some_and(|t| {
                    matches!(
                        t.norm.trim_start_matches('و'),
                        "في" | "الي" | "من" | "ب" | "بـ" | "حتي" | "نحو"
                    )
                });
            if head
                || (quoted(open.and_then(|p| toks.get(p)))
                    && quoted(toks.get(span.tokens.end))
                    && !placed)
            {
                return si + 1;
            }
            if self.is_locative(&span, &m) {
                let i = self.location_for_capital(m.entry, &span);
                self.mention(i, &span, MentionVia::Name);
            } else {
                let i = self.entity_for_entry(m.entry);
                self.mention(i, &span, MentionVia::Capital);
            }
            return si + 1;
        }
        // A bare surname: only for a person named in full in this document.
        let surnames: Vec<EntryId> = span
            .ms
            .iter()
            .filter(|m| m.form == FormKind::Surname && self.named.contains(&m.entry))
            .map(|m| m.entry)
            .collect();
        if let Some(&e) = surnames.first() {
            if !self.other_bearer(&span, e) {
                let i = self.entity_for_entry(e);
                self.mention(i, &span, MentionVia::Name);
            }
        }
        si + 1
    }

    /// Where a kunya (أبو، أبا، أبي and a name) ends right before token `t`: its first token.
    fn kunya_before(&self, t: usize) -> Option<usize> {
        let toks = &self.cx.analysis.tokens;
        let k = t.checked_sub(2)?;
        let is_word = |j: usize| toks[j].kind == TokenKind::Word;
        let father = toks[k].norm.trim_start_matches(['و', 'ف']);
        // (أبو ظبي is a city)
        (is_word(k)
            && is_word(k + 1)
            && matches!(father, "ابو" | "ابا" | "ابي")
            && toks[k + 1].norm != "ظبي")
            .then_some(k)
    }

    /// A bare surname ending a longer NER name whose other words are not this person's
    /// (سليمان هلال الأسد beside بشار الأسد): a relative sharing the family name, left to
    /// [`Self::ner_names`] as a person of their own.
    fn other_bearer(&self, span: &Span, e: EntryId) -> bool {
        let own: Vec<String> = self
            .lx
            .entry(e)
            .name
            .split_whitespace()
            .map(rasid_analysis::fold)
            .collect();
        let toks = &self.cx.analysis.tokens;
        let foreign = |t: &rasid_analysis::Token| !own.iter().any(|w| w == t.norm.as_str());
        // ابن هلال الأسد: a kinship noun, then a given name that is not this person's.
        let s = span.tokens.start;
        let kin = s >= 2
            && toks[s - 1].kind == TokenKind::Word
            && foreign(&toks[s - 1])
            && KINSHIP.contains(&toks[s - 2].norm.as_str());
        // سليمان الأسد where the model found سليمان … الأسد elsewhere in the document.
        let given = s >= 1
            && foreign(&toks[s - 1])
            && self.ner.iter().any(|n| {
                n.tokens.len() >= 2
                    && toks[n.tokens.start].norm == toks[s - 1].norm
                    && toks[n.tokens.end - 1].norm == toks[span.tokens.end - 1].norm
            });
        // صالح بن عبدالله القحطاني، أحمد بن حلي: a name starting a chain of descent is someone's
        // given name, not the surname of علي عبدالله صالح or ولد الشيخ أحمد. (Not ابن: «ابن
        // السابعة والستين» gives an age.)
        let nasab = toks
            .get(span.tokens.end)
            .is_some_and(|t| matches!(t.norm.as_str(), "بن" | "بنت"))
            && toks
                .get(span.tokens.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Word);
        kin || given
            || nasab
            || self.ner.iter().any(|n| {
                n.tokens.start < s
                    && n.tokens.end >= span.tokens.end
                    && toks[n.tokens.start..s].iter().all(foreign)
            })
    }

    /// A title starting at span `si`: role phrase, then a nisba or country name, then a name.
    fn title_at(&self, si: usize) -> Option<Title> {
        let span = &self.spans[si];
        let rm = span
            .ms
            .iter()
            .find(|m| self.lx.entry(m.entry).kind == EntryKind::Role)?;
        let role = self.lx.entry(rm.entry);
        let toks = &self.cx.analysis.tokens;
        // نائب وزير الخارجية الصيني، مساعد وزير الدفاع: a deputy's office, not the minister's.
        // (an ordinal may stand between: النائب الثاني لرئيس مجلس الوزراء is the second deputy)
        let deputy = |p: usize| {
            let n = toks[p].norm.trim_start_matches(['و', 'ف']);
            DEPUTY.contains(&n.strip_prefix("ال").unwrap_or(n))
        };
        let s = span.tokens.start;
        if role.role_kind == Some(RoleKind::Person)
            && (s.checked_sub(1).is_some_and(deputy)
                || s.checked_sub(2).is_some_and(|p| {
                    matches!(toks[p + 1].norm.as_str(), "الاول" | "الثاني" | "الثالث") && deputy(p)
                }))
        {
            return None;
        }
        // (or an adjective after it: الأمين العام المساعد للجامعة العربية is the assistant)
        if role.role_kind == Some(RoleKind::Person)
            && toks
                .get(span.tokens.end)
                .is_some_and(|t| matches!(t.norm.as_str(), "المساعد" | "المساعده" | "المناوب"))
        {
            return None;
        }
        let mut tokens = span.tokens.clone();
        let mut bytes = span.bytes.clone();
        let mut next = si + 1;
        let mut country = None;
        let mut nisba_text = None;
        // Role phrases start definite (الوزير) or are definite by annexation (وزير الخارجية);
        // only a one-word indefinite role (مسؤول، وزير) makes an indefinite title.
        let first_norm = toks[span.tokens.start].norm.as_str();
        let role_has_article = rasid_analysis::fold(&role.name).starts_with("ال")
            || rm.article
            || span.tokens.len() > 1;
        let mut indefinite = !role_has_article;
        // المتحدث باسم …: the word after باسم names the body spoken for, never the spokesman
        // (المتحدث باسم بوتين), nor a country whose office the title would be.
        let for_body = toks[span.tokens.end - 1].norm == "باسم";
        let spokesman = for_body || role.role.as_deref() == Some(SPOKESMAN_ROLE);
        // An adjective agrees in definiteness with its noun: الرئيس الروسي, مسؤول روسي; الأمير
        // تركي is a prince named Turki. A country name follows only an indefinite head
        // (annexation: رئيس بوليفيا، وزير خارجية روسيا).
        let role_folded = rasid_analysis::fold(&role.name);
        let last_word = role_folded.split_whitespace().last().unwrap_or("");
        let role_definite =
            last_word.starts_with("ال") || rm.article || matches!(last_word, "نظيره" | "نظيرته");
        if let Some(ns) = self
            .spans
            .get(si + 1)
            .filter(|n| n.tokens.start == span.tokens.end && !for_body)
        {
            let nisba_has_article = toks[ns.tokens.start].norm.starts_with("ال");
            let cm = ns.ms.iter().find(|m| {
                self.lx.entry(m.entry).kind == EntryKind::Country
                    && (!m.ambiguous
                        || m.form == FormKind::Nisba
                            && (m.article || nisba_has_article)
                            && !self.lx.entry(m.entry).ambiguous)
                    && !m.proclitic
                    && match m.form {
                        FormKind::Nisba => (m.article || nisba_has_article) == role_definite,
                        FormKind::Name | FormKind::Variant => !role_definite,
                        _ => false,
                    }
            });
            if let Some(cm) = cm {
                country = self.lx.entry(cm.entry).country.clone();
                nisba_text = Some(self.cx.text[ns.bytes.clone()].to_string());
                // ملك السعودية is definite by annexation; مسؤول جزائري is not.
                let nisba_definite = cm.form != FormKind::Nisba
                    || cm.article
                    || toks[ns.tokens.start].norm.starts_with("ال");
                indefinite = !role_has_article && !nisba_definite;
                tokens.end = ns.tokens.end;
                bytes.end = ns.bytes.end;
                next = si + 2;
            }
        }
        // وزير الخارجية بدولة قطر، رئيس الوزراء بمملكة البحرين: a definite title, then ب + a
        // state's style and its name, is that state's office (it went to the outlet's own
        // minister named earlier, the name after it left unread).
        if country.is_none() && role_definite && next == si + 1 {
            if let Some((ci, c)) = self.styled_state_after(tokens.end, next) {
                country = Some(c);
                tokens.end = self.spans[ci].tokens.end;
                bytes.end = self.spans[ci].bytes.end;
                next = ci + 1;
            }
        }
        // وزير خارجية المملكة: an indefinite head annexed to the state noun of the outlet's own
        // kingdom (`state_anaphora` resolves the bare noun elsewhere).
        if country.is_none() && !role_definite && !for_body && next == si + 1 {
            if let Some(t) = toks.get(span.tokens.end) {
                let parts = t.parts();
                let article = parts.iter().any(|p| p.role == PartRole::Article);
                let clitic = parts.iter().any(|p| p.role == PartRole::Proclitic);
                let base = t.base();
                let home = self.home.as_ref().filter(|h| {
                    t.kind == TokenKind::Word
                        && article
                        && !clitic
                        && self
                            .lx
                            .state_noun(base)
                            .is_some_and(|forms| forms.contains(h))
                });
                if let Some(h) = home {
                    country = Some(h.clone());
                    tokens.end += 1;
                    bytes.end = t.byte_end;
                }
            }
        }
        // A title of one country's office (خادم الحرمين الشريفين) needs no nisba.
        if country.is_none() {
            country.clone_from(&role.country);
        }
        let former_word = role.role_kind == Some(RoleKind::Person)
            && toks
                .get(tokens.end)
                .is_some_and(|x| FORMER.contains(&x.norm.as_str()));
        if former_word {
            tokens.end += 1;
            bytes.end = toks[tokens.end - 1].byte_end;
        }
        let former = former_word
            || role.role_kind == Some(RoleKind::Person) && self.past_years_after(tokens.end);
        // سفير خادم الحرمين الشريفين: an envoy of the office named after him is of its country
        // (and that office is no mention of its holder).
        let envoy = role.role_kind == Some(RoleKind::Person)
            && role_folded.split_whitespace().next().is_some_and(|w| {
                crate::events::ENVOYS.contains(&w.strip_prefix("ال").unwrap_or(w))
            });
        // حكومة خادم الحرمين الشريفين: so is a body annexed to that office (the Saudi government,
        // no mention of the king; 240 in the corpus)
        let body = role.role_kind == Some(RoleKind::Group) && !role_definite;
        if (envoy || body) && country.is_none() && next == si + 1 {
            let office = self
                .spans
                .get(next)
                .filter(|n| n.tokens.start == tokens.end)
                .and_then(|n| {
                    n.ms.iter()
                        .find_map(|m| {
                            let e = self.lx.entry(m.entry);
                            (e.kind == EntryKind::Role && e.role_kind == Some(RoleKind::Person))
                                .then(|| e.country.clone())
                                .flatten()
                        })
                        .map(|c| (c, n.tokens.end, n.bytes.end))
                });
            if let Some((c, t_end, b_end)) = office {
                country = Some(c);
                tokens.end = t_end;
                bytes.end = b_end;
                next += 1;
            }
        }
        // An office of an organisation (الأمين العام للأمم المتحدة، أمين عام الجامعة العربية): the
        // organisation follows the role, annexed or after ل.
        let org = (country.is_none() && role.role_kind == Some(RoleKind::Person) && next == si + 1)
            .then(|| {
                let within = role.role.as_deref() == Some(WITHIN_BODY_ROLE);
                self.org_after(si, tokens.end, spokesman, within)
            })
            .flatten();
        // (no known body after باسم: no title, as before the phrase was a role)
        if for_body && org.is_none() {
            return None;
        }
        let mut dest = None;
        let mut dest2 = None;
        if let Some((oi, _)) = org {
            tokens.end = self.spans[oi].tokens.end;
            bytes.end = self.spans[oi].bytes.end;
            next = oi + 1;
        }
        // … إلى اليمن، … لليمن، سفير … لدى إيطاليا: where the office holder is sent.
        if org.is_some() || envoy {
            if let Some((di, t_end, b_end)) = self.destination(next, tokens.end, envoy) {
                dest = Some(di);
                tokens.end = t_end;
                bytes.end = b_end;
                next = di + 1;
                // … ومالطا: a second country joined by و
                let second = self.spans.get(next).filter(|s| {
                    s.tokens.start == t_end
                        && toks[t_end].norm.starts_with('و')
                        && s.ms.iter().any(|m| {
                            self.lx.entry(m.entry).kind == EntryKind::Country
                                && matches!(m.form, FormKind::Name | FormKind::Variant)
                        })
                });
                if let Some(s2) = second {
                    dest2 = Some(next);
                    tokens.end = s2.tokens.end;
                    bytes.end = s2.bytes.end;
                    next += 1;
                }
            }
        }
        // A national outlet's ministry named without a country is its own: «وزارة الداخلية» in
        // a Saudi paper, which names other countries' ministries with their nisba. Not when a
        // country is named just after (وزارة البناء والإسكان الإسرائيلية: the role phrase
        // stopped short of it), nor for ministers, whose unknown names (وزير الخارجية برونو
        // رودريغيز) were as often foreign as not.
        if country.is_none()
            && self.home.is_some()
            && role.role_kind == Some(RoleKind::Ministry)
            && first_norm.ends_with("وزاره")
            && toks[tokens.end - 1]
                .norm
                .trim_start_matches(['و', 'ف', 'ب', 'ل'])
                .starts_with("ال")
            && !self.spans[next.min(self.spans.len())..]
                .iter()
                .take_while(|s| s.tokens.start <= tokens.end + 4)
                .any(|s| {
                    s.ms.iter()
                        .any(|m| self.lx.entry(m.entry).kind == EntryKind::Country)
                })
        {
            country.clone_from(&self.home);
        }
        // Ministries and collective agents need their country to say anything.
        if role.role_kind != Some(RoleKind::Person) && country.is_none() {
            let is_ministry_word = first_norm.ends_with("وزاره");
            if !(role.role_kind == Some(RoleKind::Ministry) && is_ministry_word) {
                return None;
            }
        }
        if role.role_kind == Some(RoleKind::Person)
            && country.is_none()
            && org.is_none()
            && !role.bare
        {
            // وزير/رئيس alone: only useful with a name right after it.
            let name = self.name_after(tokens.end, next);
            name.as_ref()?;
        }
        let mut title = Title {
            role: rm.entry,
            country,
            nisba_text,
            tokens,
            bytes,
            indefinite,
            name: None,
            org,
            dest,
            dest2,
            places: next..next,
            former,
            next,
        };
        if role.role_kind == Some(RoleKind::Person) {
            if let Some((name, after)) = self.name_after(title.tokens.end, title.next) {
                title.name = Some(name);
                title.next = after;
            } else if let Some((name, after, places)) = (title.org.is_some()
                || title.country.is_some() && !title.indefinite)
                // (an organisation's office is definite by annexation: رئيس المقاومة الشعبية
                // في عدن نايف البكري; مسؤول يمني بمحافظة عدن is nobody named)
                .then(|| self.name_past_place(title.tokens.end, title.next))
                .flatten()
            {
                title.name = Some(name);
                title.next = after;
                title.places = places;
            } else if title.country.is_some() || title.org.is_some() {
                let of = title.country.clone().or_else(|| {
                    title
                        .org
                        .and_then(|(_, e)| self.lx.entry(e).country.clone())
                });
                title.name =
                    self.name_before(span.tokens.start, si, of.as_deref(), title.org.is_some());
            }
        }
        Some(title)
    }

    /// Whether a span of past years follows token `tok` (بين 2009 و2013، من عام 2005 إلى 2009،
    /// (2007-2012)): the title is a former office, not today's holder's, though the
    /// role dictionary gives one at the publication date.
    fn past_years_after(&self, tok: usize) -> bool {
        let toks = &self.cx.analysis.tokens;
        let norm = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
        let year = |i: usize| {
            toks.get(i)
                .filter(|t| t.kind == TokenKind::Number && t.norm.len() == 4)
                .and_then(|t| t.norm.parse::<u32>().ok())
        };
        let skip_year_word = |i: usize| i + usize::from(matches!(norm(i), "عام" | "عامي"));
        let joiners: &[&str] = match norm(tok) {
            "بين" => &["و"],
            "من" => &["الي", "حتي", "حتى"],
            "(" => &["-", "–"],
            _ => return false,
        };
        let i = skip_year_word(tok + 1);
        let Some(from) = year(i) else {
            return false;
        };
        if !joiners.contains(&norm(i + 1)) {
            return false;
        }
        let Some(to) = year(skip_year_word(i + 2)) else {
            return false;
        };
        let now = self
            .date
            .as_deref()
            .and_then(|d| d.get(..4)?.parse::<u32>().ok());
        from < to && now.is_none_or(|y| to < y)
    }

    /// The country span of «بدولة قطر» or «بجمهورية مصر العربية» starting at token `tok` (the
    /// style word with ب, the name in the same span or the next one), with its ISO code.
    fn styled_state_after(&self, tok: usize, next: usize) -> Option<(usize, String)> {
        let toks = &self.cx.analysis.tokens;
        let t = toks.get(tok)?;
        // (or with في: وزير الداخلية في دولة الكويت)
        let (tok, t, style) = if t.norm == "في" {
            let u = toks.get(tok + 1)?;
            (tok + 1, u, u.norm.as_str())
        } else {
            (tok, t, t.norm.strip_prefix('ب')?)
        };
        if t.kind != TokenKind::Word
            || !COUNTRY_CUES.contains(&style.strip_prefix("ال").unwrap_or(style))
        {
            return None;
        }
        (next..self.spans.len().min(next + 2))
            .take_while(|&i| self.spans[i].tokens.start <= tok + 1)
            .find_map(|i| {
                let sp = &self.spans[i];
                sp.ms.iter().find_map(|m| {
                    let e = self.lx.entry(m.entry);
                    let named = e.kind == EntryKind::Country
                        && matches!(m.form, FormKind::Name | FormKind::Variant)
                        && (sp.tokens.start == tok || !m.proclitic);
                    named.then(|| e.country.clone()).flatten().map(|c| (i, c))
                })
            })
    }

    /// A name right before a title, a comma between (ألبرت ديل روساريو، وزير خارجية الفلبين):
    /// the title is said of it. Only for a title of a country or an organisation, never after
    /// a conjunction (… ووزير خارجية قطر is someone else).
    /// Without the comma only a known person of the title's own country (الأمير سلطان بن سلمان
    /// رئيس هيئة السياحة): التقى الأمير محمد بن سلمان رئيس وزراء باكستان is a meeting.
    /// An organisation's office (`office`) is said of the model's name after a verb of saying
    /// too, the body having no country (قالت أنيكا برايدهارت المتحدثة باسم المفوضية الأوروبية).
    fn name_before(
        &self,
        tok: usize,
        si: usize,
        of: Option<&str>,
        office: bool,
    ) -> Option<NameRef> {
        let toks = &self.cx.analysis.tokens;
        let conjoined = toks[tok].parts().first().is_some_and(|p| {
            p.role == PartRole::Proclitic && self.cx.text[p.byte_start..].starts_with('و')
        });
        if conjoined {
            return None;
        }
        let before = tok.checked_sub(1)?;
        if !matches!(toks[before].norm.as_str(), "،" | ",") {
            if let Some(k) = self.spans[..si].iter().rposition(|s| s.tokens.end == tok) {
                let person = self.spans[k].ms.iter().find(|m| {
                    let e = self.lx.entry(m.entry);
                    e.kind == EntryKind::Person
                        && matches!(m.form, FormKind::Name | FormKind::Variant)
                });
                if let Some(m) = person {
                    // (right after a verb of saying the name is the speaker's and the title his:
                    // وقال أحمد عسيري المتحدث باسم قوات التحالف)
                    let said =
                        self.spans[k].tokens.start.checked_sub(1).is_some_and(|p| {
                            crate::quotes::is_reporting_verb(toks[p].norm.as_str())
                        });
                    // (not a father's name ending another's: الأمير فيصل بن عبد الله بن عبد
                    // العزيز رئيس هيئة الهلال الأحمر is not King Abdullah)
                    return (((of.is_some() || office) && said
                        || of.is_some() && self.lx.entry(m.entry).country.as_deref() == of)
                        && !self.patronym(&self.spans[k]))
                    .then_some(NameRef::Lex(k, m.entry));
                }
            }
            // (a name the model found, after a preposition or a verb of saying and its honorifics,
            // cannot have the title for object: اتصالا من الشيخ راشد بن عبدالله آل خليفة وزير
            // الداخلية بمملكة البحرين)
            let n = self.ner.iter().find(|n| n.tokens.end == tok)?;
            let mut p = n.tokens.start.checked_sub(1)?;
            while p > 0 && {
                let w = toks[p].norm.as_str();
                HONORIFICS.contains(&w) || RANKS.contains(&w) || matches!(w, "الركن" | "معالي")
            } {
                p -= 1;
            }
            let w = toks[p].norm.as_str();
            let framed = matches!(w, "من" | "مع" | "عن" | "الي" | "لدي")
                || crate::quotes::is_reporting_verb(w);
            let lexical = self
                .naming_spans()
                .any(|s| s.tokens.start < n.tokens.end && s.tokens.end > n.tokens.start);
            return (framed
                && (of.is_some() || office)
                && n.tokens.len() >= 2
                && !lexical
                && self.looks_like_name(n.tokens.clone()))
            .then(|| NameRef::Unknown(n.tokens.clone()));
        }
        let comma = before;
        if let Some(k) = self.spans[..si].iter().rposition(|s| s.tokens.end == comma) {
            let s = &self.spans[k];
            return s
                .ms
                .iter()
                .find(|m| {
                    self.lx.entry(m.entry).kind == EntryKind::Person
                        && matches!(m.form, FormKind::Name | FormKind::Variant)
                })
                .map(|m| NameRef::Lex(k, m.entry));
        }
        let n = self.ner.iter().find(|n| n.tokens.end == comma)?;
        let lexical = self
            .naming_spans()
            .any(|s| s.tokens.start < n.tokens.end && s.tokens.end > n.tokens.start);
        (n.tokens.len() >= 2 && !lexical && self.looks_like_name(n.tokens.clone()))
            .then(|| NameRef::Unknown(n.tokens.clone()))
    }

    /// A country the title sends its holder to, starting at token `tok` (after an optional
    /// الخاص): «إلى اليمن» or «لليمن». Returns its span and the title's new token and byte end.
    fn destination(&self, si: usize, tok: usize, envoy: bool) -> Option<(usize, usize, usize)> {
        let toks = &self.cx.analysis.tokens;
        let mut t = tok;
        if toks
            .get(t)
            .is_some_and(|x| matches!(x.norm.as_str(), "الخاص" | "الخاصه"))
        {
            t += 1;
        }
        // (an envoy's post may also be given with في: السفير السعودي في مصر أحمد قطان)
        let to = toks.get(t).is_some_and(|x| {
            matches!(x.norm.as_str(), "الي" | "لدي") || (envoy && x.norm.as_str() == "في")
        });
        let ds = self.spans.get(si)?;
        let first = toks.get(ds.tokens.start)?;
        let country = ds.ms.iter().any(|m| {
            self.lx.entry(m.entry).kind == EntryKind::Country
                && matches!(m.form, FormKind::Name | FormKind::Variant)
                && if to {
                    ds.tokens.start == t + 1 && !m.proclitic
                } else {
                    ds.tokens.start == t
                        && m.proclitic
                        && self.cx.text[first.byte_start..].starts_with('ل')
                }
        });
        country.then_some((si, ds.tokens.end, ds.bytes.end))
    }

    /// The organisation right after the role span `si`, annexed (أمين عام الجامعة العربية) or
    /// after ل (للأمم المتحدة). A spokesman's body may also follow ب and a body's head noun, as
    /// Saudi bodies name their spokesmen (المتحدث الرسمي بمديرية الدفاع المدني، … بهيئة الهلال
    /// الأحمر السعودي). An office held `within` a body names it after في or ب too (مسؤولة
    /// السياسة الخارجية في الاتحاد الأوروبي، … بالاتحاد الأوروبي).
    fn org_after(
        &self,
        si: usize,
        tok: usize,
        spokesman: bool,
        within: bool,
    ) -> Option<(usize, EntryId)> {
        let toks = &self.cx.analysis.tokens;
        // ب and a head noun (بمديرية، بالإدارة العامة): its base, if the token is one
        let head_at = |t: usize| {
            let t = toks.get(t)?;
            let n = t.norm.strip_prefix('ب')?;
            (spokesman
                && t.text(self.cx.text).starts_with('ب')
                && BODY_HEADS.contains(&n.strip_prefix("ال").unwrap_or(n)))
            .then_some(())
        };
        let org_in = |os: &Span, with_b: bool| {
            let first = &toks[os.tokens.start];
            os.ms
                .iter()
                .find(|m| {
                    self.lx.entry(m.entry).kind == EntryKind::Organization
                        && matches!(m.form, FormKind::Name | FormKind::Variant)
                        && !m.ambiguous
                        && (!m.proclitic
                            || self.cx.text[first.byte_start..].starts_with('ل')
                            || within && self.cx.text[first.byte_start..].starts_with('ب')
                            || with_b && head_at(os.tokens.start).is_some())
                })
                .map(|m| m.entry)
        };
        let os = self.spans.get(si + 1)?;
        if os.tokens.start == tok {
            return org_in(os, true).map(|e| (si + 1, e));
        }
        if within && os.tokens.start == tok + 1 && toks.get(tok).is_some_and(|t| t.norm == "في") {
            return org_in(os, false).map(|e| (si + 1, e));
        }
        // (the head noun outside the body's name: بقيادة حرس الحدود، بمديرية الدفاع المدني،
        // بالإدارة العامة للدفاع المدني)
        head_at(tok)?;
        let skip = usize::from(toks.get(tok + 1).is_some_and(|t| t.norm == "العامه"));
        (os.tokens.start == tok + 1 + skip)
            .then(|| org_in(os, false))
            .flatten()
            .map(|e| (si + 1, e))
    }

    /// A person's name right after token `tok` (allowing one comma): a lexicon person span, or
    /// 2–4 unknown words enclosed in commas. Returns the name and the next span index.
    fn name_after(&self, tok: usize, next_span: usize) -> Option<(NameRef, usize)> {
        let toks = &self.cx.analysis.tokens;
        let mut t = tok;
        let comma = toks
            .get(t)
            .is_some_and(|x| x.kind == TokenKind::Punct && matches!(x.norm.as_str(), "،" | ","));
        if comma {
            t += 1;
        }
        // الرئيس الشرعي عبدربه منصور هادي: an adjective of the office stands between.
        if toks
            .get(t)
            .is_some_and(|x| OFFICE_ADJECTIVES.contains(&x.norm.as_str()))
        {
            t += 1;
        }
        // وزير التعليم الدكتور عزام الدخيل: the honorific stands between title and name.
        if let Some(after) = self.after_honorific(t) {
            t = after;
        }
        if let Some(s) = self.spans.get(next_span).filter(|s| s.tokens.start == t) {
            if let Some(m) = s.ms.iter().find(|m| {
                self.lx.entry(m.entry).kind == EntryKind::Person
                    && (m.form != FormKind::Surname || self.named.contains(&m.entry))
                    && !m.proclitic
            }) {
                return Some((NameRef::Lex(next_span, m.entry), next_span + 1));
            }
            // (a surname of someone not named here may still begin a name: الأمير فيصل بن خالد)
            if s.ms.iter().any(|m| m.form != FormKind::Surname) {
                return None;
            }
        }
        // A name the NER model found right there (no lexicon span inside it).
        if let Some(n) = self.ner.iter().find(|n| n.tokens.start == t) {
            let r = self.before_time_word(n.tokens.clone());
            let lexical = self
                .naming_spans()
                .any(|s| s.tokens.start < r.end && s.tokens.end > t);
            if !lexical && self.looks_like_name(r.clone()) {
                let after = self
                    .spans
                    .iter()
                    .position(|s| s.tokens.start >= r.end)
                    .unwrap_or(self.spans.len());
                return Some((NameRef::Unknown(r), after));
            }
        }
        // Unknown name between commas: ، رمطان لعمامرة،
        if comma {
            let mut e = t;
            while e < toks.len() && e - t < 5 && toks[e].kind == TokenKind::Word {
                e += 1;
            }
            let closed = toks.get(e).is_some_and(|x| {
                x.kind == TokenKind::Punct && matches!(x.norm.as_str(), "،" | "," | ".")
            });
            let n = e - t;
            let lexical = self
                .naming_spans()
                .any(|s| s.tokens.start < e && s.tokens.end > t);
            if closed && (2..=4).contains(&n) && !lexical && self.looks_like_name(t..e) {
                let after = self
                    .spans
                    .iter()
                    .position(|s| s.tokens.start >= e)
                    .unwrap_or(self.spans.len());
                return Some((NameRef::Unknown(t..e), after));
            }
        }
        None
    }

    /// The holder's name past a place phrase after an office (المتحدث الرسمي للإدارة العامة
    /// للدفاع المدني بالعاصمة المقدسة الرائد نايف الشريف): ب or في, a place noun and one or two
    /// words of its name (بمنطقة تبوك، بالمنطقة الشرقية، بمنطقة الحدود الشمالية), or a city
    /// (بجدة); the office is the holder's there, not a person of its own. Returns the name, the
    /// next span index and the spans (cities) inside the place phrase.
    fn name_past_place(
        &self,
        tok: usize,
        next_span: usize,
    ) -> Option<(NameRef, usize, Range<usize>)> {
        let toks = &self.cx.analysis.tokens;
        let t = toks.get(tok)?;
        let (noun_tok, word) = if t.norm == "في" {
            (tok + 1, toks.get(tok + 1)?.norm.as_str())
        } else {
            (tok, t.norm.strip_prefix('ب')?)
        };
        if toks[noun_tok].kind != TokenKind::Word {
            return None;
        }
        let city = |s: &Span| {
            s.ms.iter().any(|m| {
                self.lx.entry(m.entry).kind == EntryKind::Country
                    && matches!(m.form, FormKind::City | FormKind::Capital)
            })
        };
        let noun = word.strip_prefix("ال").unwrap_or(word);
        let (from, to) = if PLACE_NOUNS.contains(&noun) {
            (noun_tok + 2, noun_tok + 3)
        } else {
            // (ب/في and a city the lexicon knows: بجدة، في الطائف)
            let s = self
                .spans
                .get(next_span)
                .filter(|s| s.tokens.start == noun_tok && city(s))?;
            (s.tokens.end, s.tokens.end)
        };
        for q in from..=to {
            if (noun_tok + 1..q).any(|k| toks.get(k).is_none_or(|x| x.kind != TokenKind::Word)) {
                break;
            }
            // a rank that heads other phrases opens the name before a common given name
            // (الرائد نايف الشريف), as in `honorific_names`
            let given_rank = toks
                .get(q)
                .is_some_and(|x| GIVEN_RANKS.contains(&x.norm.as_str()))
                && toks
                    .get(q + 1)
                    .is_some_and(|x| self.lx.is_common_given_name(x.norm.as_str()));
            let q = q + usize::from(given_rank);
            let first = self.spans[next_span..]
                .iter()
                .position(|s| s.tokens.start >= q)
                .map_or(self.spans.len(), |k| next_span + k);
            // only cities inside the place phrase (بمنطقة مكة المكرمة)
            if !self.spans[next_span..first].iter().all(city) {
                break;
            }
            // (a name the lexicon, the model or an honorific gives, not any words between
            // commas: مسؤول يمني بمحافظة عدن، جنوب البلاد،)
            let found = self.name_after(q, first).filter(|(name, _)| match name {
                NameRef::Lex(..) => true,
                NameRef::Unknown(r) => self.ner.iter().any(|n| n.tokens.start == r.start),
            });
            if let Some((name, after)) = found {
                return Some((name, after, next_span..first));
            }
        }
        None
    }

    /// Crude guard for names found by rule: no word is a common function word or verb prefix.
    fn looks_like_name(&self, r: Range<usize>) -> bool {
        let toks = &self.cx.analysis.tokens[r.clone()];
        // والوفد المرفق له: a conjoined noun phrase, not a name.
        let first = toks.first().map(|t| t.norm.as_str()).unwrap_or("");
        if ["وال", "فال", "بال", "لل"]
            .iter()
            .any(|p| first.starts_with(p))
        {
            return false;
        }
        // مقاتلون محليون، انتحاريان يرتديان، مندوبان خليجيان: indefinite plurals or duals of
        // nisba adjectives (…يون، …يين، …يان) or of participles (م…ون) throughout are a noun and
        // its agreeing adjective, not a name (transliterated names end so too, but not every
        // word: مورغان شنايدرلان، تغران سوليان، جيسون رضايان).
        if toks.len() >= 2
            && toks.iter().all(|t| {
                let n = t.norm.as_str();
                let len = n.chars().count();
                let nisba = ["يون", "يين", "يان", "يتين", "يتان"]
                    .iter()
                    .any(|x| n.ends_with(x));
                let participle = n.starts_with('م')
                    && len >= 6
                    && ["ون", "ين", "ان"].iter().any(|x| n.ends_with(x));
                !n.starts_with("ال") && len >= 5 && (nisba || participle)
            })
        {
            return false;
        }
        // مساء البارحة الأولى، يوم الخميس الماضي: a time phrase between commas or where the model
        // put a name is no one's name.
        if time_phrase(toks) {
            return false;
        }
        // Bylines (محمد ـ الدمام) and formulas (عمر رضي الله) are not names.
        toks.iter().enumerate().all(|(k, t)| {
            let n = t.norm.as_str();
            // after بن a name may be a function word too (سعد بن علي)
            let father = k > 0 && matches!(toks[k - 1].norm.as_str(), "بن" | "ابن" | "بنت");
            // عبد الله، مال الله: a compound given name (not رحمه الله، رسول الله)
            let compound =
                k > 0 && n == "الله" && GOD_NAME_HEADS.contains(&toks[k - 1].norm.as_str());
            // علي written with ي is the given name Ali, not the preposition على folded like it
            let ali = n == "علي" && t.text(self.cx.text).ends_with('ي');
            t.kind == TokenKind::Word
                && (father || compound || ali || !FUNCTION_WORDS.contains(&n))
                && n.chars().count() >= 2
                && n.chars().all(char::is_alphabetic)
        }) && !self.cx.text[self.token_bytes(r.clone())].contains(['ـ', '-', '—', '–'])
    }

    fn apply_title(&mut self, t: &Title) {
        let role = self.lx.entry(t.role).clone();
        match role.role_kind {
            Some(RoleKind::Person) => self.apply_person_title(t, &role),
            Some(RoleKind::Ministry) | Some(RoleKind::Group) => {
                let country = t.country.clone().unwrap_or_default();
                let role_name = role.role.clone().unwrap_or_else(|| role.name.clone());
                let key = Key::Agent(country.clone(), role_name.clone());
                let i = match self.by_key.get(&key) {
                    Some(&i) => i,
                    None => {
                        let is_org = role.role_kind == Some(RoleKind::Ministry)
                            || matches!(
                                role.code.as_deref(),
                                Some("MIL" | "COP" | "LEG" | "JUD" | "SPY")
                            )
                            || matches!(
                                role_name.as_str(),
                                "الحكومة" | "الرئاسة" | "النظام" | "السلطات"
                            );
                        // Ministries get their full name; groups are named as written.
                        let name = match (&t.nisba_text, role.role_kind) {
                            (Some(n), Some(RoleKind::Ministry)) => {
                                format!("{role_name} {}", strip_clitics(n))
                            }
                            _ => display_name(&self.cx.text[t.bytes.clone()]),
                        };
                        let code = match (&t.country, &role.code) {
                            (Some(c), Some(a)) => Some(format!("{c}{a}")),
                            (None, Some(a)) => Some(a.clone()),
                            (c, None) => c.clone(),
                        };
                        self.push_entity(
                            key,
                            EntityDraft {
                                kind: Some(if is_org {
                                    EntityKind::Organization
                                } else {
                                    EntityKind::Other
                                }),
                                name,
                                name_en: None,
                                country: t.country.clone(),
                                role: None,
                                code,
                                city: false,
                            },
                        )
                    }
                };
                self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
            }
            None => {}
        }
    }

    fn apply_person_title(&mut self, t: &Title, role: &Entry) {
        let role_name = role.role.clone().unwrap_or_else(|| role.name.clone());
        // The cities of a place phrase before the name keep their mentions (بمحافظة جدة).
        for pi in t.places.clone() {
            self.step(pi);
        }
        // The organisation is mentioned too (للأمم المتحدة in الأمين العام للأمم المتحدة).
        let org_code = t.org.and_then(|(oi, e)| {
            let i = self.entity_for_entry(e);
            let span = self.spans[oi].clone();
            self.mention(i, &span, MentionVia::Name);
            self.ents.list[i].code.clone()
        });
        let mut dest_names = [t.dest, t.dest2].into_iter().flatten().filter_map(|di| {
            let span = self.spans[di].clone();
            let m = span
                .ms
                .iter()
                .find(|m| self.lx.entry(m.entry).kind == EntryKind::Country)?;
            let i = self.entity_for_entry(m.entry);
            self.mention(i, &span, MentionVia::Name);
            Some(self.ents.list[i].name.clone())
        });
        let dest = dest_names.next();
        dest_names.for_each(drop);
        // The office is the one to that country: مبعوث إلى اليمن.
        let role_name = match &dest {
            Some(d) => format!("{role_name} إلى {d}"),
            None => role_name,
        };
        // A name in apposition decides.
        if let Some(name) = &t.name {
            let i = self.person_of_name(name);
            self.give_title(i, t);
            self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
            let (tokens, bytes) = match name {
                NameRef::Lex(s, _) => (self.spans[*s].tokens.clone(), self.spans[*s].bytes.clone()),
                NameRef::Unknown(r) => (r.clone(), self.token_bytes(r.clone())),
            };
            self.mention_range(i, tokens, bytes, MentionVia::Name);
            return;
        }
        if t.former {
            // A former holder not named here is nobody the document can point back to.
            return;
        }
        if let Some(code) = org_code {
            self.apply_office_title(t, role, role_name, code);
            return;
        }
        if t.indefinite {
            let Some(country) = t.country.clone() else {
                return;
            };
            let i = self.title_entity(Key::Title(country, role_name, true), t, role);
            self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
            return;
        }
        // نظيره: the counterpart of the latest person, same office, other (or given) country.
        let counterpart = role_name == "نظير";
        let found = if counterpart {
            self.counterpart(t)
        } else {
            self.antecedent(t, &role_name, t.country.as_deref())
        };
        if let Some(i) = found {
            self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
            return;
        }
        // The holder of that office at the publication date.
        if let (Some(c), Some(d)) = (&t.country, &self.date) {
            if !GENERIC_ROLES.contains(&role_name.as_str()) {
                let holders = self.lx.holders(c, &role_name, d);
                if holders.len() == 1 {
                    let i = self.entity_for_entry(holders[0]);
                    self.give_title(i, t);
                    self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
                    return;
                }
            }
        }
        if let Some(c) = &t.country {
            if !counterpart {
                let i = self.title_entity(Key::Title(c.clone(), role_name, false), t, role);
                self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
            }
        }
    }

    /// An organisation's office without a name: the person of the document named with that
    /// organisation's office, else the holder at the publication date, else a person known by
    /// the title. Matched on the organisation, not on its code, which other bodies and
    /// offices share: «رئيس ناسا» is not أوباما (both USAGOV), «رئيس مجلس الشورى» not the
    /// president of another Saudi body, «رئيس الاتحاد الأوروبي لكرة القدم» not FIFA's (NGO).
    fn apply_office_title(&mut self, t: &Title, role: &Entry, role_name: String, code: String) {
        let Some((_, org)) = t.org else {
            return;
        };
        let latest = |b: &Self, ids: &mut dyn Iterator<Item = usize>| {
            ids.max_by_key(|&i| b.last_seen.get(i).copied().flatten())
        };
        // A body that is the state's government itself (نظام الأسد، الإدارة الأمريكية) has the
        // country's offices: its code is the right key (رئيس النظام is بشار الأسد).
        let org_entry = self.lx.entry(org);
        let state = rasid_analysis::fold(&org_entry.name)
            .split_whitespace()
            .next()
            .is_some_and(|w| STATE_BODIES.contains(&w));
        // The lexicon dates offices by code alone: that is the organisation's own only for a
        // body of no country with a code of its own (IGOUNO الأمين العام), not for a country's
        // body (ناسا is USAGOV, the US president's code) nor a bare sector code (NGO).
        let own_code = state || org_entry.country.is_none() && code.len() > 3;
        let date = self.date.clone();
        let holds = |e: &Entry| {
            e.kind == EntryKind::Person
                && e.periods.iter().any(|p| {
                    p.code == code
                        && p.role.as_deref() == Some(role_name.as_str())
                        && date.as_deref().is_none_or(|d| p.covers(d))
                })
        };
        // Those named with this office, and with a code of its own the holders the lexicon
        // knows named without it (الزياني): the latest of them.
        let in_doc = if state {
            // (a person of that country: not another body's head known by his title only,
            // رئيس مجلس الاحتياطي الاتحادي)
            let mut ids = self
                .persons()
                .filter(|(_, e)| {
                    e.code.as_deref() == Some(code.as_str())
                        && e.role.as_deref() == Some(&role_name)
                        && e.country.is_some()
                        && e.country == org_entry.country
                })
                .map(|(i, _)| i);
            latest(self, &mut ids)
        } else {
            let named = self.office_holders.get(&(org, role_name.clone()));
            let mut ids = named.into_iter().flatten().copied().chain(
                self.by_key
                    .iter()
                    .filter(|_| own_code)
                    .filter_map(|(k, &i)| match k {
                        Key::Lex(e) if holds(self.lx.entry(*e)) => Some(i),
                        _ => None,
                    }),
            );
            latest(self, &mut ids)
        };
        let at_date = || {
            let d = self.date.as_deref().filter(|_| own_code)?;
            let h = self.lx.holders_of(&code, &role_name, d);
            (h.len() == 1).then(|| h[0])
        };
        let i = match (in_doc, at_date()) {
            (Some(i), _) => i,
            (None, Some(e)) => {
                let i = self.entity_for_entry(e);
                self.give_title(i, t);
                i
            }
            (None, None) => {
                let key = Key::Office(org, role_name);
                let i = self.title_entity(key, t, role);
                self.ents.list[i].code = Some(code);
                // (the spokesman of a country's body is of that country: المتحدث الرسمي بهيئة
                // الهلال الأحمر السعودي; not a head, see `give_title`)
                if self.ents.list[i].country.is_none()
                    && role.role.as_deref() == Some(SPOKESMAN_ROLE)
                {
                    self.ents.list[i]
                        .country
                        .clone_from(&self.lx.entry(org).country);
                }
                i
            }
        };
        self.mention_range(i, t.tokens.clone(), t.bytes.clone(), MentionVia::Title);
    }

    /// The latest person (within the window) whose role and country fit a definite title.
    fn antecedent(&self, t: &Title, role: &str, country: Option<&str>) -> Option<usize> {
        let start = t.tokens.start;
        let diplomatic = role == "دبلوماسي";
        let fits = |e: &EntityDraft| -> bool {
            if e.kind != Some(EntityKind::Person) {
                return false;
            }
            if let Some(c) = country {
                if e.country.as_deref() != Some(c) {
                    return false;
                }
            }
            let er = e.role.as_deref().unwrap_or("");
            if diplomatic {
                return DIPLOMATIC_ROLES.contains(&er);
            }
            match role {
                "مسؤول" => true,
                "وزير" => er.starts_with("وزير"),
                "مبعوث" => er.starts_with("مبعوث"),
                _ => er == role,
            }
        };
        // A national outlet names other countries' office holders with their country (وزير
        // الخارجية الروسي، بدولة قطر): its bare title is its own country's holder when the
        // document has one in reach, even if a foreign one was named since.
        let home = self.home.as_deref().filter(|h| {
            country.is_none()
                && self.ents.list.iter().enumerate().any(|(i, e)| {
                    e.country.as_deref() == Some(h)
                        && fits(e)
                        && self
                            .last_seen
                            .get(i)
                            .copied()
                            .flatten()
                            .is_some_and(|s| s < start && start - s <= ANAPHOR_WINDOW)
                })
        });
        // With a country, any person of the document fits (titles repeat across the text);
        // without one, only a recent person.
        let mut best: Option<(usize, usize)> = None;
        for (i, e) in self.ents.list.iter().enumerate() {
            if !fits(e) || home.is_some_and(|h| e.country.as_deref() != Some(h)) {
                continue;
            }
            let seen = self.last_seen.get(i).copied().flatten();
            match seen {
                Some(s)
                    if s < start
                        && (country.is_some() || start - s <= ANAPHOR_WINDOW)
                        && best.is_none_or(|b| s > b.1) =>
                {
                    best = Some((i, s));
                }
                // Named later (pre-pass apposition): still the same office holder.
                None if country.is_some() && best.is_none() && e.role.is_some() => {
                    best = Some((i, 0))
                }
                _ => {}
            }
        }
        best.map(|b| b.0)
    }

    /// نظيره (الجزائري): the person holding the latest person's office in another country.
    fn counterpart(&self, t: &Title) -> Option<usize> {
        let start = t.tokens.start;
        let (prev, _) = self
            .persons()
            .filter_map(|(i, _)| {
                self.last_seen
                    .get(i)
                    .copied()
                    .flatten()
                    .filter(|&s| s < start)
                    .map(|s| (i, s))
            })
            .max_by_key(|x| x.1)?;
        let p = &self.ents.list[prev];
        let role = p.role.clone()?;
        let other = |e: &EntityDraft| {
            e.kind == Some(EntityKind::Person)
                && e.role.as_deref() == Some(role.as_str())
                && e.country != p.country
                && t.country
                    .as_ref()
                    .is_none_or(|c| e.country.as_deref() == Some(c.as_str()))
        };
        if let Some(i) = self.ents.list.iter().position(other) {
            return Some(i);
        }
        // Known office holder at the date.
        let (Some(c), Some(d)) = (&t.country, &self.date) else {
            return None;
        };
        let h = self.lx.holders(c, &role, d);
        (h.len() == 1)
            .then(|| self.by_key.get(&Key::Lex(h[0])).copied())
            .flatten()
    }

    fn title_entity(&mut self, key: Key, t: &Title, role: &Entry) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let role_name = role.role.clone().unwrap_or_else(|| role.name.clone());
        // Named as written (رئيس الحكومة التونسية), so gender and wording stay right.
        let name = display_name(&self.cx.text[t.bytes.clone()]);
        let code = match (&t.country, &role.code) {
            (Some(c), Some(a)) => Some(format!("{c}{a}")),
            (None, a) => a.clone(),
            (c, None) => c.clone(),
        };
        self.push_entity(
            key,
            EntityDraft {
                kind: Some(EntityKind::Person),
                name,
                name_en: None,
                country: t.country.clone(),
                role: Some(role_name),
                code,
                city: false,
            },
        )
    }

    /// Entity of a name in apposition (created if needed).
    fn person_of_name(&mut self, name: &NameRef) -> usize {
        match name {
            NameRef::Lex(_, e) => self.entity_for_entry(*e),
            NameRef::Unknown(r) => {
                let text = self.cx.text[self.token_bytes(r.clone())].to_string();
                self.name_entity(r.clone(), text)
            }
        }
    }

    /// The person a name the lexicon does not hold as written refers to: a lexicon person
    /// written with other spacing (عبدالفتاح السيسي), the same name met before, a fuller
    /// form of it, or else someone new.
    fn name_entity(&mut self, r: Range<usize>, text: String) -> usize {
        let folded = rasid_analysis::fold(&text);
        let squeezed: String = folded.split_whitespace().collect();
        // عبداللطيف بن راشد الزياني is عبد اللطيف الزياني with his father's name inserted.
        let mut words = folded.split_whitespace().peekable();
        let mut no_father = String::new();
        while let Some(w) = words.next() {
            if matches!(w, "بن" | "ابن") && words.peek().is_some() && !no_father.is_empty() {
                words.next();
            } else {
                no_father.push_str(w);
            }
        }
        let lex = self
            .spans
            .iter()
            .filter(|s| s.tokens.start >= r.start && s.tokens.end <= r.end)
            .flat_map(|s| &s.ms)
            .map(|m| m.entry)
            .find(|&e| {
                let entry = self.lx.entry(e);
                let name: String = rasid_analysis::fold(&entry.name)
                    .split_whitespace()
                    .collect();
                // the shorter name is only trusted for someone in office at the date: سعود بن
                // خالد الفيصل is not سعود الفيصل
                let in_office = || {
                    self.date
                        .as_deref()
                        .is_some_and(|d| entry.periods.iter().any(|p| p.covers(d)))
                };
                entry.kind == EntryKind::Person
                    && (name == squeezed || name == no_father && in_office())
            });
        if let Some(e) = lex {
            // named in full, if differently: its bare surname now counts (وشدد الدكتور الزياني)
            self.named.insert(e);
            return self.entity_for_entry(e);
        }
        let key = Key::Name(folded.clone());
        if let Some(i) = self
            .by_key
            .get(&key)
            .copied()
            .or_else(|| self.shortened_name(&folded))
        {
            return i;
        }
        // The short name came first (a title's apposition is read before the model's names:
        // «اللواء ناصر العتيبي» late in the text, «ناصر بن غازي العتيبي» early): the same
        // person, now named in full.
        if let Some(i) = self.lengthened_name(&folded) {
            self.ents.list[i].name = text;
            self.by_key.insert(key, i);
            return i;
        }
        self.push_entity(
            key,
            EntityDraft {
                kind: Some(EntityKind::Person),
                name: text,
                ..Default::default()
            },
        )
    }

    /// A person found by name only (no lexicon entry) whose name is `folded` shortened: the
    /// same first and last words, the others a part of its middle (ناصر العتيبي for ناصر بن
    /// غازي العتيبي).
    fn lengthened_name(&self, folded: &str) -> Option<usize> {
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.len() < 3 {
            return None;
        }
        self.ents.list.iter().enumerate().position(|(i, e)| {
            if e.kind != Some(EntityKind::Person) {
                return false;
            }
            let short = rasid_analysis::fold(&e.name);
            let other: Vec<&str> = short.split_whitespace().collect();
            let mut rest = words[1..words.len() - 1].iter();
            other.len() >= 2
                && other.len() < words.len()
                && other.first() == words.first()
                && other.last() == words.last()
                && other[1..other.len() - 1]
                    .iter()
                    .all(|w| rest.any(|o| o == w))
                && self.by_key.get(&Key::Name(short.clone())) == Some(&i)
        })
    }

    /// A title in apposition gives its person a country and, unless generic, a role.
    fn give_title(&mut self, i: usize, t: &Title) {
        let role = self.lx.entry(t.role);
        let role_name = role.role.clone().unwrap_or_else(|| role.name.clone());
        let agent = role.code.clone();
        let e = &mut self.ents.list[i];
        if e.kind != Some(EntityKind::Person) {
            return;
        }
        if e.country.is_none() {
            e.country = t.country.clone();
        }
        if t.former {
            return;
        }
        if !GENERIC_ROLES.contains(&role_name.as_str())
            && e.role.as_deref().is_none_or(|r| GENERIC_ROLES.contains(&r))
        {
            e.role = Some(role_name.clone());
        }
        if e.code.is_none() {
            if let (Some(c), Some(a)) = (&e.country, agent) {
                e.code = Some(format!("{c}{a}"));
            }
        }
        // The secretary-general acts for the organisation (IGOUNO).
        if let Some((_, org)) = t.org {
            // (a spokesman of a country's body is of that country: المتحدث باسم الدفاع المدني
            // العقيد …; not a head, whom «رئيس الإدارة الأمريكية» would then find)
            if e.country.is_none() && role_name == SPOKESMAN_ROLE {
                e.country.clone_from(&self.lx.entry(org).country);
            }
            if e.code.is_none() {
                e.code.clone_from(&self.lx.entry(org).code);
            }
            // … and holds its office: a later «الأمين العام للأمم المتحدة» is he.
            let office = match self.dest_name(t) {
                Some(d) => format!("{role_name} إلى {d}"),
                None => role_name,
            };
            let holders = self.office_holders.entry((org, office)).or_default();
            if !holders.contains(&i) {
                holders.push(i);
            }
        }
    }

    /// The name of the country a title sends its holder to (مبعوث الأمم المتحدة إلى اليمن), as
    /// its office is named (مبعوث إلى اليمن).
    fn dest_name(&self, t: &Title) -> Option<String> {
        let span = &self.spans[t.dest?];
        span.ms.iter().find_map(|m| {
            let e = self.lx.entry(m.entry);
            (e.kind == EntryKind::Country).then(|| e.name.clone())
        })
    }

    // ---------------------------------------------------------------- helpers

    fn has_cue(&self, span: &Span, cues: &[&str]) -> bool {
        const ORG_CUES: &[&str] = &[
            "تنظيم",
            "حركه",
            "حزب",
            "جماعه",
            "قناه",
            "وكاله",
            "شبكه",
            "صحيفه",
        ];
        let Some(p) = span.tokens.start.checked_sub(1) else {
            return false;
        };
        let n = self.cx.analysis.tokens[p].norm.as_str();
        let n = n.strip_prefix('و').unwrap_or(n);
        cues.contains(&n) || (cues.is_empty() && ORG_CUES.contains(&n))
    }

    fn is_locative(&self, span: &Span, m: &LexMatch) -> bool {
        let tok = &self.cx.analysis.tokens[span.tokens.start];
        let clitic_b = m.proclitic && {
            let skipped = &self.cx.text[tok.byte_start..span.bytes.start];
            skipped.ends_with('ب')
        };
        clitic_b || self.has_cue(span, LOCATIVE)
    }

    fn location_for_capital(&mut self, country: EntryId, span: &Span) -> usize {
        // A span after ل keeps the article's ل (للدمام = ل + الدمام); the name is الدمام.
        let surface = &self.cx.text[span.bytes.clone()];
        let text = match surface.strip_prefix("لل") {
            Some(rest) => format!("ال{rest}"),
            None => surface.to_string(),
        };
        let key = Key::Name(format!("loc:{}", rasid_analysis::fold(&text)));
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let c = self.lx.entry(country).country.clone();
        self.push_entity(
            key,
            EntityDraft {
                kind: Some(EntityKind::Location),
                name: text,
                country: c,
                ..Default::default()
            },
        )
    }

    fn entity_for_entry(&mut self, id: EntryId) -> usize {
        if let Some(&i) = self.by_key.get(&Key::Lex(id)) {
            return i;
        }
        let e = self.lx.entry(id);
        let draft = match e.kind {
            EntryKind::Country => EntityDraft {
                kind: Some(EntityKind::Country),
                name: e.name.clone(),
                name_en: e.name_en.clone(),
                country: e.country.clone(),
                role: None,
                code: e.code.clone(),
                city: false,
            },
            EntryKind::Organization => EntityDraft {
                kind: Some(EntityKind::Organization),
                name: e.name.clone(),
                name_en: e.name_en.clone(),
                country: e.country.clone(),
                role: None,
                code: e.code.clone(),
                city: false,
            },
            EntryKind::Person | EntryKind::Role => {
                let p = e.period_at(self.date.as_deref());
                // Out of every office by the article's date (علي عبدالله صالح in 2015): a former
                // leader, CAMEO's elite (YEMELI), not the government he once led.
                let former = match (self.date.as_deref(), p.and_then(|p| p.to.as_deref())) {
                    (Some(d), Some(to)) => d > to && e.periods.iter().all(|q| !q.covers(d)),
                    _ => false,
                };
                let (role, code) = match (&e.country, former) {
                    (Some(c), true) => (None, Some(format!("{c}ELI"))),
                    _ => (
                        p.and_then(|p| p.role.clone()).or_else(|| e.role.clone()),
                        p.map(|p| p.code.clone()).or_else(|| e.code.clone()),
                    ),
                };
                EntityDraft {
                    kind: Some(EntityKind::Person),
                    name: e.name.clone(),
                    name_en: e.name_en.clone(),
                    country: e.country.clone(),
                    role,
                    code,
                    city: false,
                }
            }
        };
        self.push_entity(Key::Lex(id), draft)
    }

    fn push_entity(&mut self, key: Key, d: EntityDraft) -> usize {
        self.ents.list.push(d);
        self.last_seen.push(None);
        let i = self.ents.list.len() - 1;
        self.by_key.insert(key, i);
        i
    }

    fn mention(&mut self, i: usize, span: &Span, via: MentionVia) {
        self.mention_range(i, span.tokens.clone(), span.bytes.clone(), via);
    }

    fn mention_range(
        &mut self,
        i: usize,
        tokens: Range<usize>,
        bytes: Range<usize>,
        via: MentionVia,
    ) {
        self.last_seen[i] = Some(tokens.start);
        self.ents.mentions.push(MentionRef {
            entity: i,
            tokens,
            byte_start: bytes.start,
            byte_end: bytes.end,
            via,
        });
    }

    fn token_bytes(&self, r: Range<usize>) -> Range<usize> {
        let t = &self.cx.analysis.tokens;
        t[r.start].byte_start..t[r.end - 1].byte_end
    }

    /// Tokens inside a mention or one of `spans`, by token index.
    fn taken_tokens<'s>(&self, spans: impl Iterator<Item = &'s Span>) -> Vec<bool> {
        let mut taken = vec![false; self.cx.analysis.tokens.len()];
        let ranges = self.ents.mentions.iter().map(|m| &m.tokens);
        for r in ranges.chain(spans.map(|s| &s.tokens)) {
            if r.end > taken.len() {
                taken.resize(r.end, false);
            }
            taken[r.clone()].fill(true);
        }
        taken
    }

    /// NER person names no mention covers: a person entity each; a one-word name that is the
    /// last word of a person already found is that person (بوقادوم after صبري بوقادوم).
    fn ner_names(&mut self) {
        // (a bare surname inside the name does not stop it, see `naming_spans`)
        let taken = self.taken_tokens(self.naming_spans());
        let names: Vec<NerName> = self.ner.clone();
        for mut n in names {
            // A name does not end in a name beginning: the model's span ran on (سليمان هلال
            // الأسد ابن ابن، محمد أبو).
            while n.tokens.len() > 1 {
                let last = self.cx.analysis.tokens[n.tokens.end - 1].norm.as_str();
                if !INCOMPLETE.contains(&last) {
                    break;
                }
                n.tokens.end -= 1;
            }
            n.tokens = self.before_time_word(n.tokens);
            // جندي متدرب فلاح جابر سعد، اللواء متقاعد أحمد سمباوة: a rank or state word the
            // model ran into opens no name
            while n.tokens.len() > 1
                && LEADING_RANKS.contains(&self.cx.analysis.tokens[n.tokens.start].norm.as_str())
            {
                n.tokens.start += 1;
            }
            // عاطي بن عطية | القرشي: after a father's name, a family name of the nisba shape the
            // model left out ends the name
            if n.tokens.len() >= 3
                && matches!(
                    self.cx.analysis.tokens[n.tokens.end - 2].norm.as_str(),
                    "بن" | "ابن" | "بنت"
                )
                && self.family_after(n.tokens.end - 1, &taken)
            {
                n.tokens.end += 1;
            }
            // A plural of people is no name (الدبلوماسيين الأوروبيين) nor part of the name
            // after it (الدوليين شكري الحنفوش). Written with ال: إليون ماسك is a name.
            let plural = |t: usize| {
                let tok = &self.cx.analysis.tokens[t];
                tok.text(self.cx.text).starts_with("ال") && common_plural(tok.norm.as_str())
            };
            if n.tokens.len() >= 3 && plural(n.tokens.start) {
                n.tokens.start += 1;
            }
            if plural(n.tokens.start) {
                continue;
            }
            // A phrase after لل ends the name (فيصل بن بندر للأورام، مورينيو للصحافيين); not
            // بال, which opens names too (بالهول، بالاسيو).
            if let Some(k) = (n.tokens.start + 1..n.tokens.end).find(|&k| {
                self.cx.analysis.tokens[k]
                    .text(self.cx.text)
                    .starts_with("لل")
            }) {
                n.tokens.end = k;
            }
            if n.tokens
                .clone()
                .any(|t| taken.get(t).copied().unwrap_or(false))
            {
                continue;
            }
            if !self.looks_like_name(n.tokens.clone()) || self.named_after(n.tokens.start) {
                continue;
            }
            if n.tokens.len() >= 2 && n.score < NER_ALONE_MIN_SCORE && !n.speaker && !n.framed {
                continue;
            }
            let mut bytes = self.token_bytes(n.tokens.clone());
            // وهلال بن مساعد: the conjunction is not part of the name (but right after قال
            // there is none: واتسون، ويتمان).
            let first = &self.cx.analysis.tokens[n.tokens.start];
            if let (Some(p), Some(q)) = (first.parts().first(), first.parts().get(1)) {
                if p.role == rasid_analysis::PartRole::Proclitic
                    && !n.speaker
                    && self.clitic_before_name(first.byte_start..q.byte_start, q.byte_start)
                {
                    bytes.start = q.byte_start;
                }
            }
            // لعبدالرحيم سليلي، لمارسيلو غالاردو: a long name the analysis left glued to its
            // particle; a common given name after ل or ب says it is one.
            if bytes.start == first.byte_start && !n.speaker {
                let w = first.text(self.cx.text);
                if let Some(rest) = w.strip_prefix(['ل', 'ب']) {
                    let whole = rasid_analysis::fold(w);
                    if !self.lx.is_given_name(&whole)
                        && !self.lx.is_common_given_name(&whole)
                        && self.lx.is_common_given_name(&rasid_analysis::fold(rest))
                    {
                        bytes.start += w.len() - rest.len();
                    }
                }
            }
            let text = display_name(&self.cx.text[bytes.clone()]);
            let folded = rasid_analysis::fold(&text);
            let i = if n.tokens.len() == 1 {
                let same_last = self.ents.list.iter().position(|e| {
                    e.kind == Some(EntityKind::Person)
                        && e.name.split_whitespace().count() >= 2
                        && e.name
                            .split_whitespace()
                            .last()
                            .map(rasid_analysis::fold)
                            .as_deref()
                            == Some(folded.as_str())
                });
                match same_last.or_else(|| self.by_key.get(&Key::Name(folded.clone())).copied()) {
                    Some(i) => i,
                    // A lone first or last name of someone never named in full: too unsure,
                    // unless it is who speaks (وقال نسابيمانا:).
                    // (further from the verb, a common given name alone is part of a name the
                    // model cut: الهادي محمد الأمين)
                    None if (n.speaker || n.framed && !self.lx.is_common_given_name(&folded))
                        && !common_plural(&folded)
                        && !INCOMPLETE.contains(&folded.as_str()) =>
                    {
                        self.name_entity(n.tokens.clone(), text)
                    }
                    None => continue,
                }
            } else {
                self.name_entity(n.tokens.clone(), text)
            };
            self.mention_range(i, n.tokens.clone(), bytes, MentionVia::Name);
        }
    }

    /// Whether the word after token `k`, on the same line and free, has the shape of a family
    /// name (ال…ي written with ي: القرشي، القحطاني), not an adjective or a relative pronoun.
    fn family_after(&self, k: usize, taken: &[bool]) -> bool {
        let toks = &self.cx.analysis.tokens;
        let Some(t) = toks.get(k + 1) else {
            return false;
        };
        let n = t.norm.as_str();
        t.kind == TokenKind::Word
            && !taken.get(k + 1).copied().unwrap_or(false)
            && n.starts_with("ال")
            && n.chars().count() >= 5
            && t.text(self.cx.text).ends_with('ي')
            && !NOT_FAMILY.contains(&n)
            && !NOT_NISBA_FAMILY.contains(&n)
            && !FUNCTION_WORDS.contains(&n)
            && !OFFICE_WORDS.contains(&n)
            && !HONORIFICS.contains(&n)
            && !self.cx.text[toks[k].byte_end..t.byte_start].contains('\n')
    }

    /// Whether the name starting at token `start` names a place after someone: a building noun
    /// before it, possibly with a title between (جامعة الإمام محمد بن سعود، جامع الإمام تركي بن
    /// عبدالله، ملعب الأمير فيصل بن فهد): no person in the news.
    fn named_after(&self, start: usize) -> bool {
        let toks = &self.cx.analysis.tokens;
        let word = |k: usize| {
            toks.get(k)
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.base())
        };
        let Some(mut k) = start.checked_sub(1) else {
            return false;
        };
        if word(k).is_some_and(|w| PLACE_TITLES.contains(&w)) {
            let Some(j) = k.checked_sub(1) else {
                return false;
            };
            k = j;
        }
        // (in construct, without the article: رئيس بلدية المدينة جيمس نولز is a mayor; and on
        // the same line: a headline ending «بكأس» is no cup named after the next line's name;
        // «عن طريق» is «by way of»: عن طريق الأمير محمد is the prince himself)
        word(k).is_some_and(|w| BUILDINGS.contains(&w))
            && !toks[k].parts().iter().any(|p| p.role == PartRole::Article)
            && !self.cx.text[toks[k].byte_end..toks[start].byte_start].contains('\n')
            && (toks[k].base() != "طريق" || k.checked_sub(1).and_then(word) != Some("عن"))
    }

    /// A person's name inside the name of a place or body named after him is no mention of
    /// him (مركز الملك سلمان للإغاثة، ملعب الأمير فيصل بن فهد، مطار حميد كرزاي الدولي): in
    /// 2,478 articles 312 person mentions stood there, every one read as the man acting. The
    /// mention goes (lexicon names, titles and model names alike); an entity left without
    /// mentions is not reported.
    fn named_places(&mut self) {
        let toks = &self.cx.analysis.tokens;
        let place_title = |t: usize| {
            toks.get(t)
                .is_some_and(|x| x.kind == TokenKind::Word && PLACE_TITLES.contains(&x.base()))
        };
        let keep: Vec<bool> = self
            .ents
            .mentions
            .iter()
            .map(|m| {
                let s = m.tokens.start;
                self.ents.list[m.entity].kind != Some(EntityKind::Person)
                    || !(self.named_after(s)
                        || place_title(s) && s + 1 < toks.len() && self.named_after(s + 1))
            })
            .collect();
        let mut keep = keep.into_iter();
        self.ents.mentions.retain(|_| keep.next().unwrap_or(true));
    }

    /// Whether the proclitic at `clitic` is a particle before the name starting at `stem` (لهادي،
    /// بسمير جعجع) rather than the name's first letter (فيليب ديونتر، باولو ديبالا، لوسيان فرويد):
    /// the conjunction و always is; ل، ب، ف only when what follows is a known given name or a
    /// word the document also writes on its own.
    fn clitic_before_name(&self, clitic: Range<usize>, stem: usize) -> bool {
        if self.cx.text[clitic].starts_with('و') {
            return true;
        }
        let toks = &self.cx.analysis.tokens;
        let Some(t) = toks
            .iter()
            .find(|t| t.byte_start < stem && stem < t.byte_end)
        else {
            return true;
        };
        let rest = rasid_analysis::fold(&self.cx.text[stem..t.byte_end]);
        self.lx.is_given_name(&rest) || toks.iter().any(|o| o.norm == rest)
    }

    /// A definite head noun standing alone points back to the latest organisation it heads:
    /// «وقالت الوزارة» after «وزارة الخارجية الروسية», «الحركة» after «حركة حماس».
    fn org_anaphora(&mut self) {
        const WINDOW: usize = 300;
        let toks = &self.cx.analysis.tokens;
        let head_of = |i: usize| -> Option<String> {
            let e = &self.ents.list[i];
            if e.kind != Some(EntityKind::Organization) {
                return None;
            }
            let first = rasid_analysis::fold(e.name.split_whitespace().next()?);
            ORG_HEADS.contains(&first.as_str()).then_some(first)
        };
        let mut heads: Vec<(usize, usize, String)> = self
            .ents
            .mentions
            .iter()
            .filter_map(|m| Some((m.tokens.start, m.entity, head_of(m.entity)?)))
            .collect();
        if heads.is_empty() {
            return;
        }
        heads.sort_by_key(|h| h.0);
        let taken = self.taken_tokens(std::iter::empty());
        let mut found = Vec::new();
        for (t, tok) in toks.iter().enumerate() {
            if taken[t] || tok.kind != TokenKind::Word {
                continue;
            }
            let n = tok.norm.as_str();
            let Some(base) = ["وال", "فال", "بال", "لل", "ال"]
                .iter()
                .find_map(|p| n.strip_prefix(p))
            else {
                continue;
            };
            if !ORG_HEADS.contains(&base) {
                continue;
            }
            // الحركة الإسلامية، المجلس الأعلى: an adjective makes another body.
            if toks
                .get(t + 1)
                .is_some_and(|x| x.kind == TokenKind::Word && x.norm.starts_with("ال"))
            {
                continue;
            }
            let before = heads.partition_point(|h| h.0 < t);
            if let Some(h) = heads[..before]
                .iter()
                .rev()
                .take_while(|h| t - h.0 <= WINDOW)
                .find(|h| h.2 == base)
            {
                found.push((h.1, t));
            }
        }
        for (e, t) in found {
            let bytes = self.token_bytes(t..t + 1);
            self.mention_range(e, t..t + 1, bytes, MentionVia::Title);
        }
    }

    /// An outlet named with its nationality (صحيفة واشنطن بوست الأمريكية، وكالة الأنباء
    /// الفرنسية، قناة «سي إن إن» الأمريكية) is a media organisation of that country (USAMED),
    /// not the country and its capital: «ودعت صحيفة ديلي نيشن الكينية الحكومة» is the paper's
    /// call. Its lexicon spans are taken out before the main pass.
    fn media_names(&mut self) {
        let toks = &self.cx.analysis.tokens;
        let mut found: Vec<(Range<usize>, EntryId)> = Vec::new();
        let mut si = 0;
        let mut state_cands = Vec::new();
        let mut quoted_found: Vec<(usize, usize)> = Vec::new();
        let mut bodies: Vec<(Range<usize>, EntryId, &str)> = Vec::new();
        for t in 0..toks.len() {
            // (the few state nouns end the word: a suffix test spares the clitic split later)
            if toks[t].kind == TokenKind::Word && self.lx.ends_with_state_noun(&toks[t].norm) {
                state_cands.push(t);
            }
            if let Some(b) = self.institution_at(t, &mut si) {
                bodies.push(b);
                continue;
            }
            // (every head ends in ه، ن or ع: one char test before the suffix tests)
            if toks[t].kind != TokenKind::Word
                || !toks[t].norm.ends_with(['ه', 'ن', 'ع'])
                || !MEDIA_HEADS.iter().any(|h| toks[t].norm.ends_with(h))
                || !MEDIA_HEADS.contains(&toks[t].base())
            {
                continue;
            }
            let next = toks.get(t + 1).map(|x| x.base());
            // وكالة الأنباء، not وكالة ناسا; قناة الجزيرة, not قناة السويس
            match toks[t].base() {
                "وكاله" if next != Some("انباء") => continue,
                "قناه" if next == Some("سويس") => continue,
                _ => {}
            }
            while si < self.spans.len() && self.spans[si].tokens.start <= t {
                si += 1;
            }
            let Some(nisba) = self.spans[si..]
                .iter()
                .take_while(|s| s.tokens.start <= t + 5)
                .find_map(|s| {
                    let m = s.ms.iter().find(|m| {
                        m.form == FormKind::Nisba
                            && m.article
                            && !m.proclitic
                            && self.lx.entry(m.entry).kind == EntryKind::Country
                    })?;
                    Some((s.tokens.end, m.entry))
                })
            else {
                // صحيفة «واشنطن بوست»، قناة «سي إن إن»: a quoted name is the outlet's (not
                // after وكالة «ناسا» or موقع «تويتر», which are no outlets).
                let quoted = !matches!(toks[t].base(), "وكاله" | "موقع");
                if let Some(end) = self.quoted_name(t + 1).filter(|_| quoted) {
                    quoted_found.push((t, end));
                }
                continue;
            };
            // Only the outlet's own name between: words and quotation marks, no function word,
            // no office, person or organisation of the lexicon (صحيفة عكاظ عن وزير الخارجية
            // السعودي is the minister's nisba).
            let between = t + 1..nisba.0 - 1;
            let plain = between.clone().all(|j| match toks[j].kind {
                TokenKind::Word => !FUNCTION_WORDS.contains(&toks[j].norm.as_str()),
                _ => matches!(toks[j].norm.as_str(), "«" | "»" | "\"" | "“" | "”"),
            }) && self.spans[si..]
                .iter()
                .take_while(|s| s.tokens.end < nisba.0)
                .all(|s| {
                    s.ms.iter().all(|m| {
                        self.lx.entry(m.entry).kind == EntryKind::Country
                            && matches!(m.form, FormKind::Capital | FormKind::Name)
                    })
                });
            if plain && !between.is_empty() {
                found.push((t..nisba.0, nisba.1));
            }
        }
        self.state_cands = state_cands;
        for (head, end) in quoted_found {
            let name = self.cx.text[self.token_bytes(head + 2..end - 1)].to_string();
            let with_head = format!("{} {name}", toks[head].base());
            let country = self
                .lx
                .outlet_country(&name)
                .or_else(|| self.lx.outlet_country(&with_head))
                .map(str::to_string);
            self.media_entity(head..end, Some(name), country);
        }
        for (r, country) in found {
            let iso = self.lx.entry(country).code.clone();
            if iso.is_some() {
                self.media_entity(r, None, iso);
            }
        }
        for (r, country, agent) in bodies {
            if let Some(iso) = self.lx.entry(country).code.clone() {
                self.body_entity(r, None, Some(iso), agent);
            }
        }
    }

    /// An institution the lexicon does not know, named by its country (`institutions.tsv`):
    /// «هيئة السياحة البريطانية», «جامعة أكسفورد البريطانية», «المحكمة العليا الكندية»,
    /// «وزارة خارجية التشيك»: its tokens, its country and its CAMEO agent. `si` is the first
    /// lexicon span starting after the tokens already scanned.
    fn institution_at(&self, t: usize, si: &mut usize) -> Option<(Range<usize>, EntryId, &'a str)> {
        let toks = &self.cx.analysis.tokens;
        let lx: &'a Lexicon = self.lx;
        let tok = &toks[t];
        if tok.kind != TokenKind::Word {
            return None;
        }
        while *si < self.spans.len() && self.spans[*si].tokens.start <= t {
            *si += 1;
        }
        // (a country named within four words first: it rules out nearly every token before
        // the clitic split of `base`)
        if !self.spans[*si..]
            .iter()
            .take_while(|s| s.tokens.start <= t + 4)
            .any(|s| {
                s.ms.iter().any(|m| {
                    let e = self.lx.entry(m.entry);
                    e.kind == EntryKind::Country || e.kind == EntryKind::Role && e.country.is_some()
                })
            })
        {
            return None;
        }
        let next = toks
            .get(t + 1)
            .filter(|x| x.kind == TokenKind::Word)
            .map(|x| x.base());
        let (mut agent, bare) = lx.institution(tok.base(), next)?;
        // A body the lexicon knows (وزارة الداخلية التونسية) is its own; a group role inside
        // the name (المحكمة العليا الكندية، جهاز الأمن الوطني الأوكراني) is part of it.
        let role_only = |s: &Span| {
            s.ms.iter()
                .all(|m| self.lx.entry(m.entry).kind == EntryKind::Role)
        };
        if *si > 0 && self.spans[*si - 1].tokens.end > t {
            let s = &self.spans[*si - 1];
            if s.tokens != (t..t + 1) || !role_only(s) {
                return None;
            }
        }
        let article =
            |x: &rasid_analysis::Token| x.parts().iter().any(|p| p.role == PartRole::Article);
        let head_article = article(tok);
        let (end, country) = self.spans[*si..]
            .iter()
            .take_while(|s| s.tokens.start <= t + 4)
            .find_map(|s| {
                let between = s.tokens.start > t + 1;
                let c = s.ms.iter().find_map(|m| {
                    if self.lx.entry(m.entry).kind != EntryKind::Country || m.proclitic {
                        return None;
                    }
                    match m.form {
                        // هيئة السياحة البريطانية; the head alone only where it is the body
                        FormKind::Nisba if m.article && (bare || between) => Some(m.entry),
                        // وزارة خارجية التشيك، جامعة الكويت: a construct ending in the name
                        FormKind::Name | FormKind::Variant if !head_article && !m.article => {
                            Some(m.entry)
                        }
                        _ => None,
                    }
                });
                // سفارة خادم الحرمين الشريفين: annexed to one country's office, the body is
                // that country's (and no mention of the office holder)
                let office = || {
                    (s.tokens.start == t + 1)
                        .then(|| {
                            s.ms.iter().find_map(|m| {
                                let e = self.lx.entry(m.entry);
                                (e.kind == EntryKind::Role && e.role_kind == Some(RoleKind::Person))
                                    .then(|| e.country.as_deref().and_then(|c| self.lx.country(c)))
                                    .flatten()
                            })
                        })
                        .flatten()
                };
                match c.or_else(|| office().filter(|_| bare && !head_article)) {
                    Some(c) => Some(Some((s.tokens.clone(), c))),
                    None if role_only(s) => None,
                    None => Some(None),
                }
            })??;
        let between = t + 1..end.start;
        // اللجنة الحكومية الروسية الجزائرية: a joint body of two countries is neither's own
        let nisba_at = |k: usize| {
            let i = self.spans.partition_point(|s| s.tokens.start < k);
            self.spans.get(i).is_some_and(|s| {
                s.tokens.start == k
                    && s.ms.iter().any(|m| {
                        m.form == FormKind::Nisba
                            && self.lx.entry(m.entry).kind == EntryKind::Country
                    })
            })
        };
        if nisba_at(end.end) {
            return None;
        }
        let is_mark = |j: usize| matches!(toks[j].norm.as_str(), "«" | "»" | "\"" | "“" | "”");
        let marks = between.clone().filter(|&j| is_mark(j)).count();
        let by_name = !nisba_at(end.start);
        // A name in quotation marks is whole (not شركة "قطر للبترول" nor شركة "الملابس
        // الأمريكية"); a construct ends at the country's name right after the head or one word
        // (وزارة خارجية التشيك), not inside a foreign name (معهد سانترال سانت مارتن).
        // (a school named after a place is no country's: جامعة كولومبيا، معهد جورجيا)
        if marks % 2 == 1 || by_name && (marks > 0 || between.len() > 1 || agent == "EDU") {
            return None;
        }
        // وكالة «تسنيم» الإيرانية، وكالة كيودو اليابانية: an agency with a proper name, quoted
        // or without the article, is an outlet (the state's own agencies are named by nouns:
        // وكالة الفضاء الأوروبية)
        if tok.base() == "وكاله"
            && (marks > 0 || toks.get(t + 1).is_some_and(|x| !article(x)))
            && agent == "GOV"
        {
            agent = "MED";
        }
        // Only the body's own words between: no function word, preposition or conjunction
        // glued on (الجهاز الفني بقيادة المدرب السويسري), and after a head with the article only
        // adjectives with it (المجلس الوزاري الأوروبي; not الوزارة بأن السفارة الإيطالية).
        let plain = between.clone().all(|j| {
            let x = &toks[j];
            match x.kind {
                TokenKind::Word => {
                    !FUNCTION_WORDS.contains(&x.norm.as_str())
                        && !x.parts().iter().any(|p| p.role == PartRole::Proclitic)
                        && (!head_article || article(x))
                }
                _ => !head_article && is_mark(j),
            }
        });
        plain.then_some((t..end.end, country, agent))
    }

    /// A media organisation over tokens `r` (named `name`, else as written) of `country`:
    /// coded ISO+MED, its tokens taken from the lexicon's spans.
    fn media_entity(&mut self, r: Range<usize>, name: Option<String>, country: Option<String>) {
        self.body_entity(r, name, country, "MED");
    }

    /// An organisation over tokens `r` (named `name`, else as written) of `country`, coded
    /// ISO + `agent`; its tokens are taken from the lexicon's spans.
    fn body_entity(
        &mut self,
        r: Range<usize>,
        name: Option<String>,
        country: Option<String>,
        agent: &str,
    ) {
        let bytes = self.token_bytes(r.clone());
        let mut from = self.after_proclitics(r.start);
        // للقنصلية التونسية: the preposition swallowed the article's alif; the name gets it
        // back and the mention keeps the preposition rather than start at half an article.
        let parts = self.cx.analysis.tokens[r.start].parts();
        let lil = parts
            .iter()
            .position(|p| p.role == PartRole::Article && p.norm == "ل")
            .and_then(|i| parts.get(i + 1))
            .map(|p| p.byte_start);
        if lil.is_some() {
            from = bytes.start;
        }
        let name = name.unwrap_or_else(|| match lil {
            Some(b) => format!("ال{}", &self.cx.text[b..bytes.end]),
            None => self.cx.text[from..bytes.end].to_string(),
        });
        let key = Key::Name(rasid_analysis::fold(&name));
        let i = match self.by_key.get(&key) {
            Some(&i) => i,
            None => self.push_entity(
                key,
                EntityDraft {
                    kind: Some(EntityKind::Organization),
                    name,
                    name_en: None,
                    code: Some(format!("{}{agent}", country.as_deref().unwrap_or(""))),
                    country,
                    role: None,
                    city: false,
                },
            ),
        };
        self.mention_range(i, r.clone(), from..bytes.end, MentionVia::Name);
        self.spans
            .retain(|s| s.tokens.end <= r.start || s.tokens.start >= r.end);
    }

    /// Where token `t` starts without its proclitics: a mention of an outlet leaves them out
    /// (ونقلت لصحيفة …).
    fn after_proclitics(&self, t: usize) -> usize {
        let tok = &self.cx.analysis.tokens[t];
        tok.parts()
            .iter()
            .find(|p| p.role != PartRole::Proclitic)
            .map_or(tok.byte_start, |p| p.byte_start)
    }

    /// A name in quotation marks opening at token `open` («واشنطن بوست»): the token after its
    /// closing mark, when it holds one to five words and nothing else.
    fn quoted_name(&self, open: usize) -> Option<usize> {
        let toks = &self.cx.analysis.tokens;
        let is = |j: usize, marks: &[&str]| {
            toks.get(j)
                .is_some_and(|x| x.kind != TokenKind::Word && marks.contains(&x.norm.as_str()))
        };
        if !is(open, &["«", "\"", "“"]) {
            return None;
        }
        let close = (open + 2..=open + 6).find(|&k| is(k, &["»", "\"", "”"]))?;
        (open + 1..close)
            .all(|j| toks[j].kind == TokenKind::Word)
            .then_some(close + 1)
    }

    /// A state noun standing alone (المملكة، السلطنة; `state_nouns.tsv`) is the country of that
    /// form named last before it, by name, nisba or a person's or body's country: «وأدانت
    /// المملكة» after «وزير الخارجية السعودي». When the outlet's home country has the form
    /// (`outlets.tsv`), it is that country: a Saudi paper's «المملكة» is Saudi Arabia, and a
    /// Reuters copy's is no one until a kingdom is named.
    fn state_anaphora(&mut self) {
        if self.state_cands.is_empty() {
            return;
        }
        let toks = &self.cx.analysis.tokens;
        let taken = self.taken_tokens(std::iter::empty());
        let mut found: Vec<(usize, &[String], usize)> = Vec::new();
        for &t in &self.state_cands {
            let tok = &toks[t];
            if taken[t] {
                continue;
            }
            let parts = tok.parts();
            let mut article = None;
            let mut base = None;
            let mut prev = tok.byte_start;
            for p in parts.iter() {
                match p.role {
                    // لل: the mention keeps the preposition rather than start at half an article.
                    PartRole::Article if p.norm == "ل" => article = Some(prev),
                    PartRole::Article => article = Some(p.byte_start),
                    PartRole::Base => base = Some(p.norm),
                    _ => {}
                }
                prev = p.byte_start;
            }
            let (Some(from), Some(base)) = (article, base) else {
                continue;
            };
            let Some(forms) = self.lx.state_noun(base) else {
                continue;
            };
            // المملكة المتحدة، المملكة القابضة: an adjective makes another name.
            if toks
                .get(t + 1)
                .is_some_and(|x| x.kind == TokenKind::Word && x.norm.starts_with("ال"))
            {
                continue;
            }
            found.push((t, forms, from));
        }
        if found.is_empty() {
            return;
        }
        let mut named: Vec<(usize, String)> = self
            .ents
            .mentions
            .iter()
            .filter_map(|m| {
                let c = self.ents.list[m.entity].country.clone()?;
                Some((m.tokens.start, c))
            })
            .collect();
        named.sort_by_key(|n| n.0);
        let outlet = self.home.clone();
        for (t, forms, from) in found {
            // An outlet writes «المملكة» of its own kingdom even after naming others (a Saudi
            // paper's «خارج المملكة» in a story set in Britain, «العراق والشام والمملكة»): on
            // 6,000 SaudiNewsNet articles, most resolutions to another kingdom named earlier,
            // even in the same sentence, were wrong.
            let country = match outlet.as_ref().filter(|o| forms.contains(o)) {
                Some(home) => Some(home.clone()),
                None => {
                    let before = named.partition_point(|n| n.0 < t);
                    named[..before]
                        .iter()
                        .rev()
                        .find(|n| forms.contains(&n.1))
                        .map(|n| n.1.clone())
                }
            };
            let Some(id) = country.and_then(|c| self.lx.country(&c)) else {
                continue;
            };
            let i = self.entity_for_entry(id);
            self.mention_range(i, t..t + 1, from..toks[t].byte_end, MentionVia::Title);
        }
    }

    /// «القيادة» (the leadership) with a word of praise (القيادة الرشيدة، للقيادة الحكيمة) is the
    /// government of the outlet's home country: a Saudi paper's leadership is the King and the
    /// Crown Prince. (Any other adjective names another one: القيادة الفلسطينية، القيادة العامة.)
    fn leadership(&mut self) {
        let Some(home) = self.home.clone() else {
            return;
        };
        let toks = &self.cx.analysis.tokens;
        let taken = self.taken_tokens(std::iter::empty());
        let mut found = Vec::new();
        for t in 0..toks.len() {
            let tok = &toks[t];
            if tok.kind != TokenKind::Word
                || taken[t]
                || tok.base() != "قياده"
                || !tok.parts().iter().any(|p| p.role == PartRole::Article)
            {
                continue;
            }
            if toks
                .get(t + 1)
                .is_some_and(|x| LEADERSHIP_PRAISE.contains(&x.norm.as_str()))
            {
                found.push(t..t + 2);
            }
        }
        for r in found {
            self.body_entity(r, Some("القيادة".to_string()), Some(home.clone()), "GOV");
        }
    }

    /// A person named right after a nationality (رائد الفضاء الأمريكي الدكتور باز ألدرين، الكاتب
    /// المصري نجيب محفوظ) is of that country when nothing else gave them one.
    fn nisba_apposition(&mut self) {
        let mut by_end: HashMap<usize, usize> = HashMap::default();
        for m in &self.ents.mentions {
            let e = &self.ents.list[m.entity];
            // (or a people noun with it: المعتمر المصري حسين فوزي is an Egyptian civilian)
            let people = m.via == MentionVia::Title
                && e.kind == Some(EntityKind::Other)
                && e.country.is_some()
                && e.code.as_deref().is_some_and(|c| {
                    c.ends_with("CVL") || c.ends_with("EDU") || c.ends_with("LAB")
                });
            if (m.via == MentionVia::Nisba && e.kind == Some(EntityKind::Country)) || people {
                by_end.insert(m.tokens.end, m.entity);
            }
        }
        if by_end.is_empty() {
            return;
        }
        let mut give = Vec::new();
        for m in &self.ents.mentions {
            let e = &self.ents.list[m.entity];
            if m.via != MentionVia::Name
                || e.kind != Some(EntityKind::Person)
                || e.country.is_some()
            {
                continue;
            }
            let s = m.tokens.start;
            let nisba = by_end.get(&s).or_else(|| {
                // (an honorific between: الأميركي الدكتور باز ألدرين)
                s.checked_sub(1)
                    .filter(|&h| self.after_honorific(h) == Some(s))
                    .and_then(|h| by_end.get(&h))
            });
            if let Some(&c) = nisba {
                give.push((m.entity, c));
            }
        }
        for (p, c) in give {
            let country = self.ents.list[c].country.clone();
            let code = match self.ents.list[c].kind {
                Some(EntityKind::Country) => country.clone(),
                _ => self.ents.list[c].code.clone(),
            };
            let e = &mut self.ents.list[p];
            if e.country.is_none() {
                e.country.clone_from(&country);
                if e.code.is_none() {
                    e.code = code;
                }
            }
        }
    }

    /// Where an honorific opens a name (الدكتور، السيدة، المهندس، د.): the token after it.
    fn after_honorific(&self, i: usize) -> Option<usize> {
        let toks = &self.cx.analysis.tokens;
        let n = toks.get(i)?.norm.as_str();
        // Every honorific starts with the article: most words are refused without a compare.
        if !(n.starts_with("ال") || n.starts_with("وال") || n == "د") {
            return None;
        }
        let n = n
            .strip_prefix('و')
            .filter(|r| HONORIFICS.contains(r))
            .unwrap_or(n);
        if HONORIFICS.contains(&n) || NAME_RANKS.contains(&n) {
            Some(i + 1)
        } else {
            // د. (doctor) only with its period: a bare د is too short to trust.
            (n == "د" && toks.get(i + 1).is_some_and(|t| t.norm == ".")).then_some(i + 2)
        }
    }

    /// Names after an honorific that the model missed (وذكر الدكتور وديع أزهر أن، قالت السيدة
    /// توملينسون في، وزير التعليم الدكتور عزام الدخيل): added to the model's names when the
    /// honorific stands in a speaker's slot (after a verb of saying) or in apposition to a title,
    /// and the name ends where a function word, punctuation, a verb of saying or a lexicon span
    /// begins, or with a family name with the article (after بن it is a father's name).
    fn honorific_names(&mut self) {
        let toks = &self.cx.analysis.tokens;
        let taken = self.taken_tokens(self.naming_spans());
        // the end of a lexicon span: a title with its nisba or organisation
        let span_end: Vec<usize> = self.spans.iter().map(|s| s.tokens.end).collect();
        let boundary = |k: usize| {
            toks.get(k).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || taken[k]
                    || NAME_ENDS.contains(&t.norm.as_str())
                    || OFFICE_WORDS.contains(&t.norm.as_str())
                    || FUNCTION_WORDS.contains(&t.norm.as_str())
                        && !(t.norm == "الله"
                            && k > 0
                            && GOD_NAME_HEADS.contains(&toks[k - 1].norm.as_str()))
                        && !written_ali(t, self.cx.text)
                    || TIME_WORDS.contains(&t.norm.as_str())
                    || crate::quotes::is_reporting_verb(t.norm.as_str())
            })
        };
        let mut found = Vec::new();
        for i in 0..toks.len() {
            // After an honorific, or a known given name right after a reporting verb (قال سلطان
            // اللويحق، رئيس …): the speaker's slot holds a name the model may have missed.
            // (the verb test first: its small table stays in cache, where a probe of the large
            // given-name set missed it for nearly every token)
            let given = || {
                crate::quotes::is_reporting_verb(toks[i].norm.as_str())
                    && toks.get(i + 1).is_some_and(|t| {
                        t.kind == TokenKind::Word && self.lx.is_common_given_name(t.norm.as_str())
                    })
            };
            // (a rank that heads other phrases as often opens a name only here, before a
            // common given name: not between a title and its name, رئيس الرائد وعبدالله)
            let given_rank = || {
                let n = toks[i].norm.as_str();
                GIVEN_RANKS
                    .contains(&n.strip_prefix('و').unwrap_or(n))
                    .then_some(i + 1)
            };
            let (start, speaker, by_given) = match self.after_honorific(i).or_else(given_rank) {
                Some(start) => (
                    start,
                    i.checked_sub(1)
                        .is_some_and(|p| crate::quotes::is_reporting_verb(toks[p].norm.as_str())),
                    false,
                ),
                None if given() => (i + 1, true, true),
                None => continue,
            };
            // Elsewhere a common given name after the honorific says it opens a name (يراقب
            // العميد عادل العمدة، هذه التطورات); the name then needs a second word.
            let given_next = !by_given
                && toks
                    .get(start)
                    .is_some_and(|t| self.lx.is_common_given_name(t.norm.as_str()));
            if !speaker && !given_next && span_end.binary_search(&i).is_err()
                || given_rank().is_some()
                    && (!given_next || toks[start].text(self.cx.text).starts_with('و'))
            {
                continue;
            }
            let loose = given_next && !speaker && span_end.binary_search(&i).is_err();
            let by_given = by_given || loose;
            // The model found the name: the honorific puts it in the speaker's slot, and the
            // family name the model left out is the name's end (عبداللطيف بن راشد | الزياني).
            let model = self.ner.iter().position(|n| n.tokens.contains(&start));
            match model {
                Some(k) if self.ner[k].tokens.start != start => continue,
                Some(k) => self.ner[k].speaker |= speaker,
                None => {}
            }
            let word =
                |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word) && !boundary(k);
            if !word(start) {
                continue;
            }
            // A first word with the article is a family name alone when the name ends there
            // (وقال د. السمحان إن); السيد الرئيس is a lexicon role, never reached here.
            // (after a rank the family name alone is left to the one named in full with it,
            // `speaker_surnames` and `titled_surnames`: وأوضح العقيد البقمي)
            if toks[start].norm.starts_with("ال") {
                if boundary(start + 1)
                    && !by_given
                    && !NAME_RANKS.contains(&toks[i].norm.as_str())
                    && model.is_none()
                    && !NOT_FAMILY.contains(&toks[start].norm.as_str())
                    && !HONORIFICS.contains(&toks[start].norm.as_str())
                {
                    found.push(NerName {
                        tokens: start..start + 1,
                        score: 1.0,
                        speaker,
                        framed: false,
                    });
                }
                continue;
            }
            // The name runs to a boundary, or through a family name with the article.
            let mut end = start + 1;
            let mut family = false;
            loop {
                let kin = INCOMPLETE.contains(&toks[end - 1].norm.as_str());
                // after بن a name word may also be a function word (سعد بن علي: علي = على)
                let next = toks
                    .get(end)
                    .filter(|t| t.kind == TokenKind::Word && (word(end) || kin && !taken[end]));
                let Some(t) = next.filter(|_| end - start < 5) else {
                    break;
                };
                let n = t.norm.as_str();
                // واهتمام، عملها: a conjunction or a possessive inside the name ends the guess
                let possessive = ["ها", "هم", "هما", "كم"]
                    .iter()
                    .any(|x| n.ends_with(x) && n.chars().count() > 3);
                if (n.starts_with('و') || possessive) && !kin && !self.lx.is_given_name(n) {
                    end = start;
                    break;
                }
                end += 1;
                // مال الله العبيدي: الله completes a compound given name
                if n.starts_with("ال") && !kin && n != "الله" {
                    family = true;
                    break;
                }
            }
            while end > start && INCOMPLETE.contains(&toks[end - 1].norm.as_str()) {
                end -= 1;
            }
            // After a rank that heads other phrases, a third word with the article that is no
            // nisba is what follows the name (مدرب الفريق جميل قاسم | الشوط الأول).
            if family
                && end == start + 3
                && given_rank().is_some()
                && !toks[end - 1].norm.ends_with('ي')
                && !INCOMPLETE.contains(&toks[start + 1].norm.as_str())
            {
                end -= 1;
                family = false;
            }
            // Outside a speaker's or a title's slot, and after a rank outside a speaker's, the
            // guess stays short and clean: two words, or three ending in a family name, none
            // with a particle (الدكتور طاهر بقص الشريط، المهندس حامد سبيه مهرجان، العميد
            // عبدالله صبيحي أحداث are a name and what follows it); a model name is left as is.
            let rank = NAME_RANKS.contains(&toks[i].norm.as_str()) || given_rank().is_some();
            if (loose || rank && !speaker) && model.is_some() {
                continue;
            }
            // A surname alone after a rank (وأكد العقيد سرحان، ووجه العميد سمير رسالة) is the
            // one named in full, matched later by `speaker_surnames`, not a new name.
            if rank
                && (end == start + 1
                    || self.ner.iter().any(|n| {
                        n.tokens.len() > 1 && toks[n.tokens.end - 1].norm == toks[start].norm
                    }))
            {
                continue;
            }
            // (three words are given, father's and family name: حسن أحمد الهيج، إسماعيل عز الدين)
            let middle_named = |k: usize| {
                let n = toks[k].norm.as_str();
                self.lx.is_given_name(n)
                    || self.lx.is_common_given_name(n)
                    || matches!(toks[k + 1].norm.as_str(), "الدين" | "الله")
            };
            if (loose || rank && !speaker)
                && (end - start > 2 + usize::from(family)
                    || end - start == 3 && !middle_named(start + 1)
                    || (start + 1..end).any(|k| {
                        toks[k]
                            .parts()
                            .iter()
                            .any(|p| p.role == PartRole::Proclitic)
                    }))
            {
                continue;
            }
            if let Some(k) = model {
                let n = &mut self.ner[k];
                if family && end > n.tokens.end {
                    n.tokens.end = end;
                }
                continue;
            }
            // (a given name alone is no one in particular: قال محمد)
            if end > start + usize::from(by_given) && (family || boundary(end)) {
                // the model's overlapping guess gives way (سعيد باشويعر inside خالد سعيد باشويعر)
                self.ner
                    .retain(|n| n.tokens.end <= start || n.tokens.start >= end);
                found.push(NerName {
                    tokens: start..end,
                    score: 1.0,
                    speaker,
                    framed: false,
                });
            }
        }
        self.given_family_names(&taken, &mut found);
        self.frame_names(&taken, &mut found);
        self.spokesman_names(&taken, &mut found);
        if !found.is_empty() {
            self.ner.extend(found);
            self.ner.sort_by_key(|n| n.tokens.start);
        }
    }

    /// A common given name right before a family name of the nisba shape (ال…ي) is a person
    /// wherever it stands (اللواء منصور التركي، المتحدث باسم المقاومة علي الأحمدي): on 1,458
    /// articles 157 such pairs had no person mention, nearly all of them real people. A given
    /// name or two before it belong to the name (محمد عبدالله الشهري). After a royal title or a
    /// building (مطار الملك خالد الدولي) or inside a longer name (بن، أبو) it is not one.
    fn given_family_names(&mut self, taken: &[bool], found: &mut Vec<NerName>) {
        let toks = &self.cx.analysis.tokens;
        let mut added: Vec<Range<usize>> = Vec::new();
        let free = |k: usize| {
            toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && !taken.get(k).copied().unwrap_or(false)
        };
        let text = self.cx.text;
        // (folding makes على the given name علي and الكبرى a nisba: the written ى tells them apart)
        let written_ya = |k: usize| toks[k].text(text).ends_with('ي');
        let given = |k: usize| {
            free(k) && {
                let n = toks[k].norm.as_str();
                let n = n
                    .strip_prefix('و')
                    .filter(|r| self.lx.is_common_given_name(r))
                    .unwrap_or(n);
                self.lx.is_common_given_name(n)
                    && if n.ends_with('ي') {
                        written_ya(k)
                    } else {
                        !FUNCTION_WORDS.contains(&n)
                    }
                    && !crate::quotes::is_reporting_verb(toks[k].norm.as_str())
            }
        };
        // A country's nisba with the article is a family name too (محمد السويدي، عبدالله
        // التركي): after a common given name it is the person's, not the country's.
        let nisba_family = |f: usize| {
            let i = self.spans.partition_point(|s| s.tokens.start < f);
            self.spans.get(i).is_some_and(|s| {
                s.tokens == (f..f + 1)
                    && s.ms.iter().all(|m| {
                        m.form == FormKind::Nisba
                            && m.article
                            && !m.proclitic
                            && self.lx.entry(m.entry).kind == EntryKind::Country
                    })
            })
        };
        let mut family_nisbas: Vec<usize> = Vec::new();
        for f in 1..toks.len() {
            // the cheap shape test first: it fails for most words
            let fam = toks[f].norm.as_str();
            if !(fam.starts_with("ال") && fam.ends_with('ي') && fam.chars().count() >= 5)
                || NOT_FAMILY.contains(&fam)
                || NOT_NISBA_FAMILY.contains(&fam)
                || FUNCTION_WORDS.contains(&fam)
                || HONORIFICS.contains(&fam)
                || OFFICE_WORDS.contains(&fam)
                || !written_ya(f)
            {
                continue;
            }
            // after بن the word before the family name is the father's, and the name opens
            // with the given name before it (الدكتور عبدالله بن عبدالمحسن التركي: the honorific's
            // name stopped at the nisba, which stayed Turkey)
            let mut start = f - 1;
            while start >= 2
                && f - start < 5
                && free(start)
                && matches!(toks[start - 1].norm.as_str(), "بن" | "ابن")
            {
                start -= 2;
            }
            if !given(start) {
                continue;
            }
            let nisba = !free(f);
            if nisba && !nisba_family(f) {
                continue;
            }
            // (a conjunction opens a name only as its first word: وعلي الأحمدي)
            while start > 0
                && f - start < 3
                && !toks[start].norm.starts_with('و')
                && given(start - 1)
            {
                start -= 1;
            }
            if start > 0 {
                let before = toks[start - 1].norm.as_str();
                if INCOMPLETE.contains(&before)
                    || NAMED_AFTER.contains(&before)
                    || BUILDINGS.contains(&before)
                {
                    continue;
                }
            }
            // (a byline is the reporter, no one in the news: سعود الدعجاني- سبق- الطائف)
            // (the dash glued to the name: «العنزي - من» with spaces is an aside)
            if text[toks[f].byte_end..].starts_with(['-', 'ـ', '–', '—']) {
                continue;
            }
            let r = start..f + 1;
            let overlaps = |n: &NerName| n.tokens.start < r.end && r.start < n.tokens.end;
            // (a name an honorific opened that stopped before the family nisba is this one:
            // المهندس محمد | السويدي)
            if nisba {
                found.retain(|n| !(r.start <= n.tokens.start && n.tokens.end <= f));
            }
            if found.iter().any(overlaps)
                || self
                    .ner
                    .iter()
                    .any(|n| overlaps(n) && (n.tokens.start < r.start || n.tokens.end > r.end))
            {
                continue;
            }
            added.push(r.clone());
            if nisba {
                family_nisbas.push(f);
            }
            found.push(NerName {
                tokens: r,
                score: 1.0,
                speaker: false,
                framed: false,
            });
        }
        if !family_nisbas.is_empty() {
            self.spans
                .retain(|s| !(s.tokens.len() == 1 && family_nisbas.contains(&s.tokens.start)));
        }
        // the model's guesses inside one of these names give way (ner_names reads them all)
        self.ner.retain(|n| {
            !added
                .iter()
                .any(|r| r.start <= n.tokens.start && n.tokens.end <= r.end)
        });
    }

    /// A common given name and the word after it closing a speaker's frame (verb, office,
    /// name, then أن، إن، a colon or the addressee لـ) are the speaker's name, which the model
    /// missed in the office's shadow: «وأوضح المتحدث الرسمي للمركز رأفت الصباغ، أن»، «وأكد
    /// الناطق الإعلامي لأمانة منطقة جازان طارق رفاعي أن». A father's name after بن belongs to
    /// it (محمد بن علي الشهري).
    fn frame_names(&mut self, taken: &[bool], found: &mut Vec<NerName>) {
        let toks = &self.cx.analysis.tokens;
        const REACH: usize = 14;
        let free = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !taken.get(k).copied().unwrap_or(false)
                    && (!FUNCTION_WORDS.contains(&t.norm.as_str()) || written_ali(t, self.cx.text))
                    && !NAME_ENDS.contains(&t.norm.as_str())
                    && !OFFICE_WORDS.contains(&t.norm.as_str())
            })
        };
        let mut added = Vec::new();
        for v in 0..toks.len() {
            if !crate::quotes::is_reporting_verb(toks[v].norm.as_str()) {
                continue;
            }
            // the frame's end: the complementiser, a colon, or the addressee (لـ«الوطن»)
            let mut end = None;
            for k in v + 1..(v + REACH).min(toks.len()) {
                let t = &toks[k];
                let n = t.norm.as_str();
                if t.kind == TokenKind::Word {
                    if crate::quotes::is_complementiser_word(n)
                        || t.text(self.cx.text).starts_with("لـ")
                    {
                        end = Some(k);
                        break;
                    }
                } else if n == ":" {
                    end = Some(k);
                    break;
                } else if matches!(n, "،" | ",") {
                    // (a comma then the complementiser: «رأفت الصباغ، أن»)
                    if toks.get(k + 1).is_some_and(|x| {
                        x.kind == TokenKind::Word
                            && crate::quotes::is_complementiser_word(x.norm.as_str())
                    }) {
                        end = Some(k);
                    }
                    break;
                } else {
                    break;
                }
            }
            let Some(p) = end else { continue };
            // an office stands between the verb and the name
            if p < v + 4 || !free(p - 1) || !free(p - 2) {
                continue;
            }
            let mut start = p - 2;
            // A family name of the nisba shape (ال…ي) closing the frame lets a given name the
            // table lacks open the name (أكد رئيس البعثة بتال العتيبي أن، قال عضو المفوضية
            // فاضل الغراوي إن): an office's indefinite noun before a definite adjective would
            // not agree. The given name is a bare word: no article, conjunction, clitic nor ة.
            let fam = toks[p - 1].norm.as_str();
            let nisba_family = fam.starts_with("ال")
                && fam.ends_with('ي')
                && fam.chars().count() >= 5
                && toks[p - 1].text(self.cx.text).ends_with('ي')
                && !NOT_FAMILY.contains(&fam)
                && !NOT_NISBA_FAMILY.contains(&fam)
                && !self.lx.is_nisba_word(fam);
            let opens = |k: usize| {
                let n = toks[k].norm.as_str();
                self.lx.is_common_given_name(n)
                    || nisba_family
                        && !n.starts_with("ال")
                        && !n.starts_with('و')
                        && n.chars().count() >= 3
                        && !toks[k].text(self.cx.text).ends_with(['ة', 'ه'])
                        && !toks[k].parts().iter().any(|x| {
                            x.role == PartRole::Enclitic
                                || x.role == PartRole::Proclitic
                        })
                        && !crate::quotes::is_reporting_verb(n)
                        && !common_plural(n)
                        // (بريك: read later as ب and the given name ريك, the name would lose
                        // its first letter)
                        && !n
                            .strip_prefix(['ل', 'ب'])
                            .is_some_and(|r| self.lx.is_common_given_name(r))
            };
            if !opens(start) {
                continue;
            }
            while start >= v + 4
                && matches!(toks[start - 1].norm.as_str(), "بن" | "ابن")
                && free(start - 2)
            {
                start -= 2;
            }
            // (the new rule's name stands in apposition after the office's last noun, which is
            // definite or a named place or body: «رئيس البعثة بتال»; not «لاعب وسط الأهلي»,
            // «تقريره نصف السنوي», «من يوليو الجاري»; a common given name before the word is
            // the name's start: عماد منسي الزهراني)
            let unknown = !self.lx.is_common_given_name(toks[start].norm.as_str());
            if unknown
                && start == p - 2
                && start > v + 4
                && free(start - 1)
                && self.lx.is_common_given_name(toks[start - 1].norm.as_str())
            {
                start -= 1;
            }
            if unknown && {
                let b = toks[start - 1].norm.as_str();
                // (a title's span is no named body: «نائب رئيس نادي الطائي»)
                let named = || {
                    let i = self.spans.partition_point(|s| s.tokens.end < start);
                    self.spans.get(i).is_some_and(|s| {
                        s.tokens.contains(&(start - 1))
                            && s.ms
                                .iter()
                                .all(|m| self.lx.entry(m.entry).kind != EntryKind::Role)
                    })
                };
                !(b.starts_with("ال") || b.starts_with("لل") || taken[start - 1] && named())
                    || b == "الى"
            } {
                continue;
            }
            if !opens(start)
                || INCOMPLETE.contains(&toks[start - 1].norm.as_str())
                || NAMED_AFTER.contains(&toks[start - 1].norm.as_str())
                || common_plural(toks[p - 1].norm.as_str())
            {
                continue;
            }
            let r = start..p;
            let overlaps = |n: &NerName| n.tokens.start < r.end && r.start < n.tokens.end;
            if found.iter().any(overlaps) || self.ner.iter().any(overlaps) {
                continue;
            }
            added.push(r.clone());
            found.push(NerName {
                tokens: r,
                score: 1.0,
                speaker: false,
                framed: true,
            });
        }
    }

    /// Two or three words between a reporting verb and a spokesman's title, a comma or nothing
    /// between, are the speaker's name (وقالت أولجا جيروفاسيلي الناطقة باسم الحكومة اليونانية
    /// إن، وقال أيوب قاسم، المتحدث باسم البحرية الليبية): the model, which finds names by the
    /// words around them, misses them before the title, and the quote went to the title or to
    /// nobody. A title that forms takes the name as its holder (`name_before`).
    fn spokesman_names(&mut self, taken: &[bool], found: &mut Vec<NerName>) {
        let toks = &self.cx.analysis.tokens;
        let mut add = Vec::new();
        for s in &self.spans {
            let first = toks[s.tokens.start].norm.as_str();
            if !SPOKESMEN.contains(&first.strip_prefix('و').unwrap_or(first))
                || !s
                    .ms
                    .iter()
                    .any(|m| self.lx.entry(m.entry).kind == EntryKind::Role)
            {
                continue;
            }
            // (the conjoined «والمتحدث» is someone else's title)
            if first.starts_with('و') {
                continue;
            }
            let mut end = s.tokens.start;
            if end > 0 && matches!(toks[end - 1].norm.as_str(), "،" | ",") {
                end -= 1;
            }
            let Some(start) = (2..=3).find_map(|len: usize| {
                let v = end.checked_sub(len + 1)?;
                crate::quotes::is_reporting_verb(toks[v].norm.as_str()).then_some(v + 1)
            }) else {
                continue;
            };
            let r = start..end;
            let plain = r.clone().all(|k| {
                let t = &toks[k];
                let n = t.norm.as_str();
                t.kind == TokenKind::Word
                    && !taken[k]
                    && !NAME_ENDS.contains(&n)
                    && !OFFICE_WORDS.contains(&n)
                    && !TIME_WORDS.contains(&n)
                    && !HONORIFICS.contains(&n)
                    && !crate::quotes::is_reporting_verb(n)
                    // (a pronoun glued on is no name's: «وأكد بيان أصدره المتحدث باسم المجلس»)
                    && !t.parts().iter().any(|p| p.role == PartRole::Enclitic)
            });
            // (a name opens with no article nor conjunction: «ذكر التلفزيون البلجيكي الناطق»)
            let opening = toks[start].text(self.cx.text);
            if !plain
                || opening.starts_with("ال")
                || opening.starts_with('و')
                || !self.looks_like_name(r.clone())
            {
                continue;
            }
            let overlaps = |n: &NerName| n.tokens.start < r.end && r.start < n.tokens.end;
            // (a known person's word inside is the lexicon's to read: ديميتري بيسكوف is بيسكوف)
            if found.iter().any(overlaps)
                || self.ner.iter().any(overlaps)
                || self.spans.iter().any(|s| {
                    s.tokens.start < r.end
                        && r.start < s.tokens.end
                        && s.ms.iter().any(|m| {
                            self.lx.entry(m.entry).kind == EntryKind::Person
                                && matches!(m.form, FormKind::Name | FormKind::Variant)
                        })
                })
            {
                continue;
            }
            add.push(NerName {
                tokens: r,
                score: 1.0,
                speaker: true,
                framed: false,
            });
        }
        found.extend(add);
    }

    /// A time word or an office ends a name: the model ran on into the adverb (فيصل بن خالد أمس
    /// الأول، خالد الفالح صباح الجمعة) or the apposition (العصيمي مدير الإدارة).
    fn before_time_word(&self, mut r: Range<usize>) -> Range<usize> {
        if let Some(k) = (r.start + 1..r.end).find(|&k| {
            let n = self.cx.analysis.tokens[k].norm.as_str();
            // (after بن it is a father's name: عبدالرحمن بن مساعد، إياد بن أمين مدني)
            let father = INCOMPLETE.contains(&self.cx.analysis.tokens[k - 1].norm.as_str());
            // (a plural adjective with the article describes what came before: حراس سليمان
            // الشخصيين, the model's «سليمان الشخصيين»)
            let plural_adjective =
                n.starts_with("ال") && (n.ends_with("يين") || n.ends_with("يون")) && !father;
            TIME_WORDS.contains(&n) || OFFICE_WORDS.contains(&n) && !father || plural_adjective
        }) {
            r.end = k;
        }
        r
    }

    /// A person of no known country whose name holds a known person's as his father's (الأمير
    /// متعب بن عبدالله بن عبدالعزيز): of the father's country, a family being of one state.
    fn patronym_countries(&mut self) {
        let fathers: Vec<(Range<usize>, String)> = self
            .spans
            .iter()
            .filter(|s| self.patronym(s))
            .filter_map(|s| {
                let c = s.ms.iter().find_map(|m| {
                    let e = self.lx.entry(m.entry);
                    (e.kind == EntryKind::Person)
                        .then(|| e.country.clone())
                        .flatten()
                })?;
                Some((s.tokens.clone(), c))
            })
            .collect();
        for (tokens, c) in fathers {
            let son = self.ents.mentions.iter().find(|m| {
                m.via == MentionVia::Name
                    && m.tokens.start < tokens.start
                    && m.tokens.end >= tokens.end
            });
            if let Some(i) = son.map(|m| m.entity) {
                let d = &mut self.ents.list[i];
                if d.kind == Some(EntityKind::Person) && d.country.is_none() {
                    d.country = Some(c);
                }
            }
        }
    }

    /// Whether a span is a person's name right after بن: a father's in someone else's chain
    /// (الأمير متعب بن عبدالله بن عبدالعزيز is not King Abdullah).
    fn patronym(&self, span: &Span) -> bool {
        span.tokens
            .start
            .checked_sub(1)
            .and_then(|p| self.cx.analysis.tokens.get(p))
            .is_some_and(|t| matches!(t.norm.as_str(), "بن" | "ابن" | "بنت"))
            && span.ms.iter().any(|m| {
                self.lx.entry(m.entry).kind == EntryKind::Person
                    && matches!(m.form, FormKind::Name | FormKind::Variant)
            })
    }

    /// Lexicon spans that name something by themselves: a bare surname inside a longer
    /// name (فيصل بن خالد بن عبدالعزيز, سليمان هلال الأسد) does not stop the model's name.
    fn naming_spans(&self) -> impl Iterator<Item = &Span> {
        // (a one-word variant of a person is a listed surname, بوتين: a longer name the model
        // found around it may be a relative's, سليمان هلال الأسد)
        // (nor does a father's name in a chain: متعب بن عبدالله بن عبدالعزيز)
        self.spans.iter().filter(|s| {
            !self.patronym(s)
                && s.ms.iter().any(|m| {
                    m.form != FormKind::Surname
                        && !(m.form == FormKind::Variant
                            && s.tokens.len() == 1
                            && self.lx.entry(m.entry).kind == EntryKind::Person)
                })
        })
    }

    /// Person entities with their indices.
    fn persons(&self) -> impl Iterator<Item = (usize, &EntityDraft)> {
        self.ents
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == Some(EntityKind::Person))
    }

    /// A surname alone in the speaker's slot (وقال بيكار إن، يضيف نسيرة) is the person named in
    /// full in the document with that last word, when only one is: on 1,458 articles 70
    /// quotes had no speaker for want of it, the model having left the lone word untagged.
    fn speaker_surnames(&mut self) {
        let lasts = self.person_lasts();
        if lasts.is_empty() {
            return;
        }
        let taken = self.taken_tokens(std::iter::empty());
        let toks = &self.cx.analysis.tokens;
        // The verb right before, or before a rank or an honorific and a quotation mark (وأضاف
        // العقيد "البقمي").
        let verb_before = |t: usize| {
            let mut k = t;
            if k > 0 && matches!(toks[k - 1].norm.as_str(), "\"" | "«" | "“") {
                k -= 1;
            }
            if k > 0 && {
                let n = toks[k - 1].norm.as_str();
                HONORIFICS.contains(&n) || RANKS.contains(&n)
            } {
                k -= 1;
            }
            k > 0 && crate::quotes::is_reporting_verb(toks[k - 1].norm.as_str())
        };
        // An honorific or a rank right before, in any slot (ورفع الدكتور الربيعة الشكر، ورفع د.
        // الربيعة، وباشر العقيد البقمي): the title says a person, the document named him in full.
        let titled_before = |t: usize| {
            let n = |k: usize| toks[k].norm.as_str();
            t > 0 && {
                let p = n(t - 1);
                let p = p
                    .strip_prefix('و')
                    .filter(|r| r.starts_with("ال"))
                    .unwrap_or(p);
                HONORIFICS.contains(&p) || RANKS.contains(&p)
            } || t > 1 && n(t - 1) == "." && n(t - 2) == "د"
        };
        // (the small map of last words first: it rules out nearly every token)
        let found: Vec<(usize, usize)> = (1..toks.len())
            .filter_map(|t| Some(((*lasts.get(toks[t].norm.as_str())?)?, t)))
            .filter(|&(_, t)| {
                toks[t].kind == TokenKind::Word
                    && !taken.get(t).copied().unwrap_or(false)
                    && (verb_before(t)
                        || titled_before(t)
                            // (not a given name, nor one going on: الأستاذ علي آل حمود،
                            // المهندس خالد، الشيخ مهنا أبا الخيل)
                            && !self.lx.is_common_given_name(toks[t].norm.as_str())
                            && !self.lx.is_given_name(toks[t].norm.as_str())
                            && toks.get(t + 1).is_none_or(|x| {
                                !INCOMPLETE.contains(&x.norm.as_str())
                                    && !matches!(x.norm.as_str(), "ابا" | "ابي")
                            }))
            })
            .collect();
        for (i, t) in found {
            let bytes = self.token_bytes(t..t + 1);
            self.mention_range(i, t..t + 1, bytes, MentionVia::Name);
        }
    }

    /// A single word alone in the speaker's slot (وأكد كوتون أن، تقول براون إنها) that the
    /// document also writes after another name-like word (السيناتور الجمهوري توم كوتون) is
    /// that person, named in full there, when the model missed both.
    fn slot_surnames(&mut self) {
        let toks = &self.cx.analysis.tokens;
        let taken = self.taken_tokens(std::iter::empty());
        let free_word =
            |k: usize| toks[k].kind == TokenKind::Word && !taken.get(k).copied().unwrap_or(false);
        let has_proclitic = |k: usize| {
            toks[k]
                .parts()
                .iter()
                .any(|p| p.role == PartRole::Proclitic)
        };
        let mut found: Vec<(usize, usize)> = Vec::new();
        for t in 1..toks.len().saturating_sub(1) {
            // (the content marker first: a cheap test that rules out most tokens)
            let n1 = toks[t + 1].norm.as_str();
            if !(n1 == ":"
                || (n1.starts_with('ا') || n1.starts_with('ب'))
                    && crate::quotes::is_complementiser_word(n1))
                || !free_word(t)
                || !crate::quotes::is_reporting_verb(toks[t - 1].norm.as_str())
            {
                continue;
            }
            let w = toks[t].norm.as_str();
            if w.chars().count() < 3
                || FUNCTION_WORDS.contains(&w)
                || NOT_SLOT_NAMES.contains(&w)
                || ["ها", "هم", "هما", "كم", "نا"]
                    .iter()
                    .any(|x| w.ends_with(x))
                || toks[t].text(self.cx.text).ends_with('ه')
                || has_proclitic(t)
                || INCOMPLETE.contains(&w)
                || common_plural(w)
                // (a time word there is an adverb: قالوا أمس إن, with «صباح أمس» elsewhere)
                || time_phrase(&toks[t..t + 1])
                || w.starts_with("ال") && (!w.ends_with('ي') || self.lx.is_nisba_word(w))
                || self.lx.is_common_given_name(w)
            {
                continue;
            }
            let Some(k) = (1..toks.len()).find(|&k| {
                k != t && toks[k].norm == toks[t].norm && free_word(k) && free_word(k - 1) && {
                    let x = toks[k - 1].norm.as_str();
                    // a given name, or a word opening its phrase after a mark, a title or an
                    // adjective (السيناتور الجمهوري توم كوتون), and no pronoun on it (حارسه)
                    let opens = k >= 2
                        && toks[k - 2].kind == TokenKind::Word
                        && (taken.get(k - 2).copied().unwrap_or(false)
                            || toks[k - 2].norm.starts_with("ال"));
                    !x.starts_with("ال")
                        && !x.starts_with('و')
                        && x.chars().count() >= 2
                        && !toks[k - 1].text(self.cx.text).ends_with('ه')
                        && !FUNCTION_WORDS.contains(&x)
                        && !NOT_SLOT_NAMES.contains(&x)
                        && !crate::quotes::is_reporting_verb(x)
                        && !crate::quotes::is_complementiser_word(x)
                        && !has_proclitic(k - 1)
                        // (a feminine past verb: جلست ساشا، تزوجت فاتن)
                        && (!toks[k - 1].text(self.cx.text).ends_with('ت')
                            || self.lx.is_given_name(x))
                        && (opens || self.lx.is_given_name(x) || self.lx.is_common_given_name(x))
                }
            }) else {
                continue;
            };
            found.push((t, k));
        }
        for (t, k) in found {
            let full = self.token_bytes(k - 1..k + 1);
            let text = display_name(&self.cx.text[full.clone()]);
            let i = self.name_entity(k - 1..k + 1, text);
            self.mention_range(i, k - 1..k + 1, full, MentionVia::Name);
            let one = self.token_bytes(t..t + 1);
            self.mention_range(i, t..t + 1, one, MentionVia::Name);
        }
    }

    /// Last word (folded) → the one person named in full that it ends (None: several do).
    fn person_lasts(&self) -> HashMap<String, Option<usize>> {
        let mut lasts: HashMap<String, Option<usize>> = HashMap::default();
        for (i, e) in self.persons() {
            let mut words = e.name.split_whitespace();
            let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
                continue;
            };
            if titled_name(first) {
                continue;
            }
            let last = rasid_analysis::fold(last);
            if last.chars().count() < 3 || INCOMPLETE.contains(&last.as_str()) {
                continue;
            }
            lasts
                .entry(last)
                .and_modify(|v| {
                    if *v != Some(i) {
                        *v = None;
                    }
                })
                .or_insert(Some(i));
        }
        lasts
    }

    /// A rank or an honorific before a family name of the nisba shape (اللواء التركي، الدكتور
    /// التركي) is the person named in full with it (اللواء منصور التركي), not «the Turkish
    /// general» nor Turkey: the mention moves to that person.
    fn titled_surnames(&mut self) {
        let lasts = self.person_lasts();
        if lasts.is_empty() {
            return;
        }
        let toks = &self.cx.analysis.tokens;
        let titled = |k: usize| {
            let n = toks[k].norm.as_str();
            let n = n
                .strip_prefix('و')
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(n);
            HONORIFICS.contains(&n) || RANKS.contains(&n)
        };
        let mut moved = Vec::new();
        for (mi, m) in self.ents.mentions.iter().enumerate() {
            // (a person here is a title's: «اللواء التركي» read as a Turkish general)
            let e = &self.ents.list[m.entity];
            if e.kind == Some(EntityKind::Person)
                && !e.name.split_whitespace().next().is_some_and(titled_name)
            {
                continue;
            }
            let r = m.tokens.clone();
            let title = match r.len() {
                2 if titled(r.start) => r.start,
                1 if r.start > 0 && titled(r.start - 1) => r.start - 1,
                // «وأكد السويدي أن» after «محمد السويدي»: the family name alone in the
                // speaker's slot
                1 if r.start > 0
                    && e.kind == Some(EntityKind::Country)
                    && toks[r.start].norm.starts_with("ال")
                    && crate::quotes::is_reporting_verb(toks[r.start - 1].norm.as_str()) =>
                {
                    if let Some(&Some(i)) = lasts.get(toks[r.start].norm.as_str()) {
                        moved.push((mi, i, r));
                    }
                    continue;
                }
                _ => continue,
            };
            let word = toks[title + 1].norm.as_str();
            if !word.starts_with("ال") {
                continue;
            }
            if let Some(&Some(i)) = lasts.get(word) {
                moved.push((mi, i, title..title + 2));
            }
        }
        for (mi, i, r) in moved {
            let bytes = self.token_bytes(r.clone());
            let from = self.after_proclitics(r.start);
            let m = &mut self.ents.mentions[mi];
            m.entity = i;
            m.tokens = r;
            m.byte_start = from;
            m.byte_end = bytes.end;
            m.via = MentionVia::Name;
        }
    }

    /// First and last name of a person named in full with a middle name elsewhere in the
    /// document (سليمان الأسد for سليمان هلال الأسد), where no mention covers them yet.
    fn short_names(&mut self) {
        // first word → (last word, entity)
        let mut pairs: HashMap<String, Vec<(String, usize)>> = HashMap::default();
        for (i, e) in self.persons() {
            let w: Vec<String> = e
                .name
                .split_whitespace()
                .map(rasid_analysis::fold)
                .collect();
            if w.len() >= 3 {
                pairs
                    .entry(w[0].clone())
                    .or_default()
                    .push((w[w.len() - 1].clone(), i));
            }
        }
        if pairs.is_empty() {
            return;
        }
        let taken = self.taken_tokens(std::iter::empty());
        let toks = &self.cx.analysis.tokens;
        let found: Vec<(usize, usize)> = toks
            .windows(2)
            .enumerate()
            .filter(|(t, _)| !taken[*t] && !taken[t + 1])
            .filter_map(|(t, w)| {
                let lasts = pairs.get(w[0].norm.as_str())?;
                let &(_, i) = lasts.iter().find(|(l, _)| *l == w[1].norm.as_str())?;
                Some((i, t))
            })
            .collect();
        for (i, t) in found {
            let bytes = self.token_bytes(t..t + 2);
            self.mention_range(i, t..t + 2, bytes, MentionVia::Name);
        }
    }

    /// A person already found whose name is this one with middle names added (سليمان الأسد
    /// after سليمان هلال الأسد): same first and last word, the rest in order; or with given
    /// names before a family name of two words or more (داود اوغلو after احمد داود اوغلو).
    fn shortened_name(&self, folded: &str) -> Option<usize> {
        let words: Vec<&str> = folded.split_whitespace().collect();
        self.ents.list.iter().position(|e| {
            if e.kind != Some(EntityKind::Person) {
                return false;
            }
            let full = rasid_analysis::fold(&e.name);
            let other: Vec<&str> = full.split_whitespace().collect();
            if other.len() <= words.len() || other.last() != words.last() {
                return false;
            }
            if other.first() != words.first() {
                // داود اوغلو for احمد داود اوغلو: a family name of two words or more. Not when
                // the shorter name is a father's: after بن (خالد الفيصل in بندر بن خالد الفيصل),
                // opening with a given name (محمد القصير in عبد العزيز محمد القصير), or with an
                // Arabic family name (ال…), where the words before it are given names too.
                let cut = other.len() - words.len();
                return words.len() >= 2
                    && other[cut..] == words[..]
                    && !INCOMPLETE.contains(&other[cut - 1])
                    && !INCOMPLETE.contains(&words[0])
                    && !self.lx.is_given_name(words[0])
                    && !words[words.len() - 1].starts_with("ال");
            }
            let mut rest = other.iter();
            words.iter().all(|w| rest.any(|o| o == w))
        })
    }

    /// The surname of a person in the document standing alone, as written or one edit away
    /// (بوقادم ~ بوقادوم).
    fn fuzzy_names(&mut self) {
        // (a person known by a title has no surname: رئيس الهيئة العامة للسياحة والتراث الوطني
        // is not named «الوطني»)
        let titled: HashSet<usize> = self
            .by_key
            .iter()
            .filter(|(k, _)| matches!(k, Key::Title(..) | Key::Office(..)))
            .map(|(_, &i)| i)
            .collect();
        let surnames: Vec<(usize, String, usize, char)> = self
            .persons()
            .filter(|(i, _)| !titled.contains(i))
            .filter_map(|(i, e)| {
                let words: Vec<&str> = e.name.split_whitespace().collect();
                let f = rasid_analysis::fold(words.last()?);
                // محمد بن سلمان: سلمان is the father's name; short names are too common.
                let penult = rasid_analysis::fold(words.get(words.len().wrapping_sub(2))?);
                let compound =
                    matches!(penult.as_str(), "بن" | "ابن" | "بنت" | "عبد" | "ال" | "ابو");
                let (len, first) = (f.chars().count(), f.chars().next()?);
                (len >= 6 && !compound).then_some((i, f, len, first))
            })
            .collect();
        if surnames.is_empty() {
            return;
        }
        let taken = self.taken_tokens(self.spans.iter());
        let toks = &self.cx.analysis.tokens;
        let mut found = Vec::new();
        for (ti, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word || taken.get(ti).copied().unwrap_or(false) {
                continue;
            }
            let n = t.norm.as_str();
            let bare = n.strip_prefix('و').unwrap_or(n);
            // `is_variant` needs five letters and the name's first letter: most words fail that
            // before any name is tried.
            let (first, bare_first) = (n.chars().next(), bare.chars().next());
            // (first letters before the letter count: counting is the dearer test)
            let may_start = |c: Option<char>| surnames.iter().any(|x| Some(x.3) == c);
            if !may_start(first) && !may_start(bare_first) {
                continue;
            }
            let len = n.chars().count();
            if len < 5 || first.is_none() {
                continue;
            }
            for (i, s, s_len, s_first) in &surnames {
                let may = |w_len: usize, w_first: Option<char>| {
                    w_len >= 5 && w_len.abs_diff(*s_len) <= 1 && w_first == Some(*s_first)
                };
                if !may(len, first) && (bare == n || !may(len - 1, bare_first)) {
                    continue;
                }
                // The surname itself (وذكر اليوسف for يوسف اليوسف), unless a definite word
                // before makes it an adjective (الحرم الشريف).
                // Nor after a given name that is not this person's, or one the model reads as
                // a name with it (أم علي العسيري، فيدل كاسترو beside راوول كاسترو).
                let exact = (n == s || bare == s)
                    && !(s.starts_with("ال")
                        && ti > 0
                        && toks[ti - 1].norm.trim_start_matches('و').starts_with("ال"))
                    && !(ti > 0 && {
                        let before = toks[ti - 1].norm.as_str();
                        let foreign = !self.ents.list[*i]
                            .name
                            .split_whitespace()
                            .any(|w| rasid_analysis::fold(w) == before);
                        foreign
                            && (self.lx.is_given_name(before)
                                || self
                                    .ner
                                    .iter()
                                    .any(|m| m.tokens.start < ti && ti < m.tokens.end))
                    });
                if exact || fuzzy::is_variant(n, s) || (bare != n && fuzzy::is_variant(bare, s)) {
                    let skip = if bare != n && n != s && !fuzzy::is_variant(n, s) {
                        'و'.len_utf8()
                    } else {
                        0
                    };
                    found.push((*i, ti, t.byte_start + skip, t.byte_end));
                    break;
                }
            }
        }
        for (i, ti, b0, b1) in found {
            self.mention_range(i, ti..ti + 1, b0..b1, MentionVia::Name);
        }
    }
}

/// Words that only begin a name (أبو …، عبد …).
/// Function words, verbs and formulas (folded) that are never part of a name.
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "او",
    "ثم",
    "قد",
    "لقد",
    "الذي",
    "التي",
    "هذا",
    "هذه",
    "كان",
    "قال",
    "اكد",
    "اعلن",
    "وقال",
    "حيث",
    "كما",
    "بعد",
    "قبل",
    "خلال",
    "لا",
    "لم",
    "لن",
    "ما",
    "له",
    "لها",
    "لهم",
    "الذين",
    "ضد",
    "بين",
    "حول",
    "لدي",
    "تجاه",
    "امام",
    "منذ",
    "عند",
    "دون",
    "بان",
    "وهو",
    "وهي",
    "هو",
    "هي",
    "رضي",
    "صلي",
    "الله",
    "عليه",
    "وسلم",
    "عنه",
    "عمي",
    "ابي",
    "امي",
];
/// First halves (folded) of given names compounded with الله (عبد الله، مال الله، غرم الله);
/// other words before it make a formula (رحمه الله، رسول الله، أحمد الله), not a name.
const GOD_NAME_HEADS: &[&str] = &[
    "عبد",
    "عبيد",
    "العبد",
    "مال",
    "نصر",
    "فضل",
    "سيف",
    "ضيف",
    "غرم",
    "حبيب",
    "رجا",
    "دخيل",
    "ذبيح",
    "جار",
    "الجار",
    "عوض",
    "عطا",
    "خير",
    "فتح",
    "حرز",
    "رزق",
    "جاد",
    "ولي",
    "هبه",
];
/// Head nouns (folded) of organisation names that also stand alone for the organisation
/// named before (الوزارة، الحركة، المنظمة).
const ORG_HEADS: &[&str] = &[
    "وزاره",
    "منظمه",
    "حركه",
    "حزب",
    "جماعه",
    "تنظيم",
    "حلف",
    "مجلس",
    "هيئه",
    "اتحاد",
    "صحيفه",
    "وكاله",
    "مفوضيه",
    "صندوق",
    "جبهه",
    "ميليشيا",
    "ميليشيات",
];
/// Head nouns (folded, without clitics and article) of a media outlet's name.
const MEDIA_HEADS: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "تلفزيون",
    "اذاعه",
    "وكاله",
    "موقع",
];
/// First words (folded) of the canonical names of organisations that are a state's government
/// itself, whose head holds the country's office: نظام الأسد، الإدارة الأمريكية، السلطة
/// الفلسطينية، الكرملين.
const STATE_BODIES: &[&str] = &[
    "نظام",
    "الاداره",
    "السلطه",
    "حكومه",
    "الحكومه",
    "الكرملين",
    "البيت",
];
/// Place nouns (folded, without the article) of a place phrase that may stand between an office
/// and its holder's name: المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة تبوك خالد مرضي العنزي.
const PLACE_NOUNS: &[&str] = &["منطقه", "محافظه", "عاصمه", "مدينه"];
/// Honorifics (folded) that announce a person's name: الدكتور وديع أزهر.
const HONORIFICS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "الاستاذ",
    "الاستاذه",
    "المهندس",
    "المهندسه",
    "السيد",
    "السيده",
    "الانسه",
    "الشيخ",
    "الشيخه",
];
/// Military and police ranks (folded) that announce a name as an honorific does (وقال العميد
/// بسام عطية، إن): not الفريق (a team), الرائد (a pioneer) nor المقدم (a presenter), which
/// head other phrases as often.
const NAME_RANKS: &[&str] = &["اللواء", "العميد", "العقيد", "النقيب", "الملازم"];
/// Ranks (folded) that head other phrases as often as names (الفريق a team, الرائد a pioneer or
/// the club, المقدم what is offered): they announce a name only when a common given name
/// follows (الرائد نايف الشريف، المقدم محمد الحربي، الفريق مهاب مميش); a team's captain
/// named after الفريق (قائد الفريق محمد نور) is a person all the same.
const GIVEN_RANKS: &[&str] = &["الفريق", "الرائد", "المقدم"];
/// Words (folded) that stand alone after a reporting verb without being anyone's name: adverbs,
/// participles and anonymous sources (وأوضح قائلا:، يقول أيضا إن، قالت آنذاك إنها).
const NOT_SLOT_NAMES: &[&str] = &[
    "ايضا",
    "قائلا",
    "قائله",
    "انذاك",
    "حينها",
    "مصادر",
    "مصدر",
    "مسؤول",
    "مسؤولون",
    "اخر",
    "اخرون",
    "فيه",
    "فيها",
    "بعض",
    "كانت",
    "كان",
    "مجموعه",
    "سياره",
    "شركه",
    "قرار",
    "بدا",
    "ظل",
    "بات",
    "صار",
    "اصبح",
    "باسم",
];
/// Particles (folded) that also end a name after an honorific, besides [`FUNCTION_WORDS`].
const NAME_ENDS: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "امام",
    "لدي",
    "عبر",
    "و",
    "حول",
    "بان",
    "بانه",
    "ضمن",
    "صاحب",
    // participles of the frame after the name (قال حسين قائلا، مشيرا) and «one of» (أحد المتحدثين)
    "قائلا",
    "قائله",
    "مشيرا",
    "مضيفا",
    "موضحا",
    "مؤكدا",
    "احد",
    "احدي",
];
/// Offices and occupations (folded) in apposition after a name: they end it (سمير توكل مساعد
/// أمين العاصمة، عيد بن عبد الله العصيمي مدير الإدارة).
const OFFICE_WORDS: &[&str] = &[
    "مساعد",
    "مندوب",
    "استاذ",
    "مدير",
    "رئيس",
    "نائب",
    "وكيل",
    "امين",
    "عضو",
    "عميد",
    "مستشار",
    "المتحدث",
    "الباحث",
    "الخبير",
    "المدير",
    "الرئيس",
    "الامين",
    "المستشار",
    "المدرب",
    "اللاعب",
    "الكاتب",
    "الطبيب",
    "المحلل",
    "استشاري",
    "الاستشاري",
    "الناطق",
    "المسؤول",
    "القيادي",
];
/// Adjectives (folded) that follow an honorific without being a family name (الدكتور الجامعي).
const NOT_FAMILY: &[&str] = &[
    "الاول",
    "الاولي",
    "الجديد",
    "الجديده",
    "الجامعي",
    "الكبير",
    "الراحل",
    "المذكور",
    "المتخصص",
    "المختص",
    "المشرف",
    "المعالج",
    "المساعد",
    "الزائر",
    "المستشار",
    "الفاضل",
    "الشاب",
    "المعروف",
];
/// Time adverbs (folded) that end a name the model ran on into.
const TIME_WORDS: &[&str] = &[
    "امس",
    "اليوم",
    "صباح",
    "مساء",
    "ظهر",
    "فجر",
    "عصر",
    "غدا",
    "الليله",
];
/// Heads (folded) of a time phrase besides [`TIME_WORDS`], weekdays and months (البارحة، ليلة).
const TIME_HEADS: &[&str] = &["البارحه", "بارحه", "الامس", "ليله", "ضحي", "منتصف"];
/// Words (folded) that only date a time phrase's head (يوم الخميس، الأولى، الماضي): alone
/// they may be a family name (محمد الماضي، عبدالله المقبل).
const TIME_MODIFIERS: &[&str] = &[
    "يوم",
    "ليل",
    "اول",
    "من",
    "صباحا",
    "مساءا",
    "ظهرا",
    "عصرا",
    "ليلا",
    "فجرا",
    "الاول",
    "الاولي",
    "الماضي",
    "الماضيه",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "الجاري",
    "الفائت",
    "الفائته",
];

/// Whether tokens are all time words with a head among them (مساء البارحة الأولى، الخميس
/// الماضي، أمس الأول): no name is made of them. A month alone may be a given name (رمضان،
/// رجب), so it heads only a longer phrase (رمضان الماضي).
fn time_phrase(toks: &[rasid_analysis::Token]) -> bool {
    static WORDS: std::sync::OnceLock<(HashSet<String>, HashSet<String>)> =
        std::sync::OnceLock::new();
    let (days, months) = WORDS.get_or_init(|| {
        let words = |tsv: &str| -> HashSet<String> {
            tsv.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next())
                .flat_map(str::split_whitespace)
                .map(rasid_analysis::fold)
                .collect()
        };
        let days = words(include_str!("../../data/dates/weekdays.tsv"));
        (days, words(include_str!("../../data/dates/months.tsv")))
    });
    let norm = |k: usize, t: &rasid_analysis::Token| {
        let n = t.norm.as_str();
        // (a conjunction may open the phrase: ومساء أمس)
        if k == 0 {
            n.strip_prefix('و').unwrap_or(n).to_string()
        } else {
            n.to_string()
        }
    };
    // (a weekday with or without its article: الخميس، خميس)
    let day = |n: &str| days.contains(n) || days.contains(&format!("ال{n}"));
    let head = |n: &str| {
        TIME_WORDS.contains(&n)
            || TIME_HEADS.contains(&n)
            || day(n)
            || toks.len() > 1 && months.contains(n)
    };
    let words: Vec<String> = toks.iter().enumerate().map(|(k, t)| norm(k, t)).collect();
    words.iter().any(|n| head(n))
        && words
            .iter()
            .all(|n| head(n) || TIME_MODIFIERS.contains(&n.as_str()) || months.contains(n))
}

/// The role of a spokesman (المتحدث الرسمي، المتحدث باسم): his body may follow ب and a head noun.
const SPOKESMAN_ROLE: &str = "المتحدث الرسمي";
/// Head nouns (folded, without the article) of a body after which a spokesman's body is named
/// (المتحدث الرسمي بقيادة …، بمديرية …، بالإدارة العامة …).
const BODY_HEADS: &[&str] = &[
    "قياده",
    "اداره",
    "مديريه",
    "هيئه",
    "امانه",
    "رئاسه",
    "مؤسسه",
];
/// The EU's foreign-policy chief (roles.tsv): an office within the Union, whose name may follow
/// في or ب (مسؤولة السياسة الخارجية في الاتحاد الأوروبي).
const WITHIN_BODY_ROLE: &str = "الممثل الأعلى للسياسة الخارجية";
/// A spokesman's title's first word (folded): the words before it, after a reporting verb, are
/// his name (`spokesman_names`).
const SPOKESMEN: &[&str] = &["المتحدث", "المتحدثه", "الناطق", "الناطقه"];
/// Military and police ranks (folded) that stand before a surname in the speaker's slot.
const RANKS: &[&str] = &[
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الملازم",
    "الفريق",
];
/// Royal and religious titles (folded) after which a given name and a family name are part of
/// something named after someone (مستشفى الملك فيصل التخصصي); see also [`BUILDINGS`].
const NAMED_AFTER: &[&str] = &["الملك", "الامير", "الاميره", "السلطان", "الامام"];
/// Nouns (folded bases) of places named after someone (جامعة الإمام محمد بن سعود، مستشفى الملك
/// فهد).
const BUILDINGS: &[&str] = &[
    "جامعه",
    "جامع",
    "مسجد",
    "مطار",
    "مستشفي",
    "مركز",
    "مدينه",
    "شارع",
    "قاعده",
    "مجمع",
    "مؤسسه",
    "جائزه",
    "كاس",
    "مدرسه",
    "كليه",
    "معهد",
    "قاعه",
    "ملعب",
    "استاد",
    "برج",
    "قصر",
    "طريق",
    "ميناء",
    "مكتبه",
    "حي",
    "ميدان",
    "دار",
];
/// Titles (folded bases) that may stand between such a noun and the name.
const PLACE_TITLES: &[&str] = &["امام", "ملك", "امير", "اميره", "شيخ", "سلطان"];
/// Words of the family-name shape (ال…ي) that are adjectives or common nouns after a given
/// name (folded): ordinals, the fem. -ى endings folded to ي, occupations of defective roots.
const NOT_NISBA_FAMILY: &[&str] = &[
    "الذي",
    "الثاني",
    "الكبري",
    "الصغري",
    "الاعلي",
    "الاولي",
    "الاخري",
    "الوسطي",
    "العظمي",
    "المستشفي",
    "القاضي",
    "المحامي",
    "الجاني",
    "الداعي",
    "المدعي",
    "الحالي",
    "التالي",
    "الدولي",
    "العالمي",
    "الاجتماعي",
    "التخصصي",
    "الرسمي",
    "الشخصي",
    "الصحفي",
    "الاعلامي",
    "الرياضي",
    "التجاري",
    "الالي",
];
/// Ranks and states (folded) written before a name without the article, which the model takes
/// into it (lists of the fallen: «جندي متدرب فلاح جابر سعد»، «اللواء متقاعد أحمد سمباوة»).
const LEADING_RANKS: &[&str] = &[
    "جندي",
    "متدرب",
    "متقاعد",
    "عريف",
    "رقيب",
    "الشهيد",
    "العريف",
    "الجندي",
    "الرقيب",
];
const INCOMPLETE: &[&str] = &["ابو", "ابن", "بن", "عبد", "ام", "بنت", "ال"];

/// A plural noun of people (المحللين، دبلوماسيون، المراقبون), which the model sometimes takes
/// for a name after قال. Kept narrow: family names end in ون/ين too (السعدون، زين العابدين).
/// Whether a name's first word is a rank or an honorific: the entity is a title's
/// (اللواء التركي), not a person named in full.
fn titled_name(first: &str) -> bool {
    let f = rasid_analysis::fold(first);
    HONORIFICS.contains(&f.as_str()) || RANKS.contains(&f.as_str())
}

/// Whether a token is the given name علي as written (with ي), which folds to the preposition
/// على: «قال الدكتور علي الخشيبان إن» lost its name to the function word.
fn written_ali(t: &rasid_analysis::Token, text: &str) -> bool {
    t.norm == "علي" && t.text(text).ends_with('ي')
}

fn common_plural(folded: &str) -> bool {
    let w = folded.trim_start_matches(['و', 'ف']);
    let w = w.strip_prefix("ال").unwrap_or(w);
    let sound = w.ends_with("ون") || w.ends_with("ين");
    (sound && (w.starts_with('م') || w.ends_with("يون") || w.ends_with("يين")))
        || ["العرب", "عرب"].contains(&w)
}

/// A phrase as written without a leading conjunction or preposition (للمعارضة السورية →
/// المعارضة السورية), for naming entities.
fn display_name(s: &str) -> String {
    let s = s.trim();
    for p in ["ولل", "لل", "وال", "بال", "فال"] {
        if let Some(rest) = s.strip_prefix(p) {
            return format!("ال{rest}");
        }
    }
    s.to_string()
}

/// A nisba as written minus a leading conjunction or preposition (والروسي → الروسي).
fn strip_clitics(s: &str) -> &str {
    for p in ["وال", "بال", "فال", "لل"] {
        if let Some(rest) = s.strip_prefix(p) {
            return if p == "لل" {
                s
            } else {
                &s[p.len() - "ال".len()..][..rest.len() + "ال".len()]
            };
        }
    }
    s
}

//! Lexicons and gazetteers (countries, organisations, persons with dated roles, role nouns),
//! loaded from TSV data files and matched over analysed tokens in linear time.
//!
//! Every surface form is folded ([`rasid_analysis::fold`]) and split into tokens, then stored in
//! a token trie. Matching walks the trie from each token of the text, so the cost is
//! `O(tokens × longest form)`, independent of the lexicon's size. The first token of a match may
//! carry proclitics (و ف ب ك ل) and the article (ال), so وروسيا، بالجزائر، والجزائريين and
//! الروسي all match; the [`LexMatch`] says which were stripped, because the article decides
//! between a country name (سورية) and a nisba adjective (السورية).
//!
//! The embedded defaults come from `data/lexicon/*.tsv` (see `data/SOURCES.md`); users extend
//! them with directories holding files of the same formats ([`Lexicon::load_dir`]).

mod parse;

use rasid_analysis::{Analysis, CompactString, PartRole, Token, TokenKind};
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

pub use parse::FileKind;

/// Errors loading lexicon files; parse errors name the file and the 1-based line.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("reading {path}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {msg}")]
    Parse {
        file: String,
        line: usize,
        msg: String,
    },
}

/// Index of an [`Entry`] in its [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Country,
    Organization,
    Person,
    /// A role noun or agent (وزير الخارجية، الجيش، الخارجية).
    Role,
}

/// How a role noun refers (see `roles.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleKind {
    /// One office holder: وزير الخارجية، الرئيس، نظيره.
    Person,
    /// A collective agent: الجيش، الشرطة، المتظاهرون.
    Group,
    /// An office standing for a government: وزارة الخارجية، الخارجية.
    Ministry,
}

/// How a surface form refers to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// The canonical name.
    Name,
    /// Another spelling or alias (أمريكا، الناتو، بوقادوم).
    Variant,
    /// A nisba adjective or demonym of a country (الروسي، الجزائريين).
    Nisba,
    /// A capital city (موسكو).
    Capital,
    /// Another city (جدة، حلب، الموصل): a place of its country, never a stand-in for its government.
    City,
    /// The last word of a person's full name: only trustworthy once the full name was seen.
    Surname,
    /// A role phrase.
    Role,
}

/// A dated role of a person (from the actor dictionary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// CAMEO code, e.g. `RUSGOV`.
    pub code: String,
    /// Normalised role, when known (وزير الخارجية).
    pub role: Option<String>,
    /// `YYYY-MM-DD`, `None` = open.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Period {
    /// Whether the period covers `date` (`YYYY-MM-DD` or a prefix of it).
    pub fn covers(&self, date: &str) -> bool {
        let after = self
            .from
            .as_deref()
            .is_none_or(|f| date >= &f[..f.len().min(date.len())]);
        let before = self
            .to
            .as_deref()
            .is_none_or(|t| date <= &t[..t.len().min(date.len())]);
        after && before
    }
}

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntryKind,
    /// Canonical Arabic name (or the role phrase for [`EntryKind::Role`]).
    pub name: String,
    pub name_en: Option<String>,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<String>,
    /// CAMEO actor code (RUS, IGOUNO, RUSGOV) or, for roles, the agent code (GOV, MIL).
    pub code: Option<String>,
    /// Normalised role (roles, and persons with a known role).
    pub role: Option<String>,
    pub role_kind: Option<RoleKind>,
    /// The name is also a common word: needs a cue or an earlier unambiguous mention.
    pub ambiguous: bool,
    /// A role that can stand alone as an anaphor (الوزير، المسؤول).
    pub bare: bool,
    /// Dated roles of a person.
    pub periods: Vec<Period>,
}

impl Entry {
    fn new(kind: EntryKind, name: &str) -> Self {
        Self {
            kind,
            name: name.to_string(),
            name_en: None,
            country: None,
            code: None,
            role: None,
            role_kind: None,
            ambiguous: false,
            bare: false,
            periods: Vec::new(),
        }
    }

    /// The period in force at `date` (of several, the one begun last: Merkel's 2005 office over
    /// her open-ended 1998 party post), else the latest one.
    pub fn period_at(&self, date: Option<&str>) -> Option<&Period> {
        if let Some(d) = date {
            let covering = self.periods.iter().filter(|p| p.covers(d));
            if let Some(p) = covering.max_by(|a, b| a.from.cmp(&b.from)) {
                return Some(p);
            }
        }
        self.periods.iter().max_by(|a, b| a.from.cmp(&b.from))
    }
}

/// A match of a lexicon form in an analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexMatch {
    /// Token range in the [`Analysis`].
    pub tokens: Range<usize>,
    /// Byte span in the original text, clitics stripped from the first token excluded.
    pub byte_start: usize,
    pub byte_end: usize,
    pub entry: EntryId,
    pub form: FormKind,
    /// The first token carried the article that the form lacks (الروسي for روسي).
    pub article: bool,
    /// The first token carried proclitics (و ف ب ك ل).
    pub proclitic: bool,
    /// The form itself is ambiguous with a common word.
    pub ambiguous: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Payload {
    entry: EntryId,
    form: FormKind,
    ambiguous: bool,
}

#[derive(Debug, Default, Clone)]
struct Node {
    /// Looked up for every token (FxHash: SipHash was a visible share of matching).
    children: rustc_hash::FxHashMap<Box<str>, u32>,
    payload: Vec<Payload>,
}

/// Loaded lexicons plus the token trie over all their forms.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// (entry, form text, form kind, ambiguous) as loaded, to rebuild the trie after a merge.
    forms: Vec<(EntryId, String, FormKind, bool)>,
    nodes: Vec<Node>,
    /// Identity of `nodes` (new at every rebuild): the per-thread word candidate cache
    /// ([`Memo`]) belongs to one trie.
    trie_id: u64,
    /// Persons by normalised role, for resolving a title by date.
    by_role: HashMap<(String, String), Vec<EntryId>>,
    /// Persons by (period code, normalised role): the office of an organisation (IGOUNO, الأمين
    /// العام) has no country of its own to key `by_role` with.
    by_office: HashMap<(String, String), Vec<EntryId>>,
    /// Folded first words of the persons' canonical names: given names (محمد، جون), which
    /// tell a patronymic from a family name inside a longer name.
    given: rustc_hash::FxHashSet<String>,
    /// Outlet or agency (folded, lower-cased) → its home country (`outlets.tsv`).
    outlets: HashMap<String, String>,
    /// Folded state noun without the article (مملكه) → the countries of that form
    /// (`state_nouns.tsv`), in file order.
    state_nouns: HashMap<String, Vec<String>>,
    /// Last chars of the state nouns.
    state_noun_ends: Vec<char>,
    /// Folded given names mined from news (`given_names.tsv`): open a speaker's name.
    given_names: rustc_hash::FxHashSet<String>,
    /// Folded head without the article → its rows (`institutions.tsv`).
    institutions: rustc_hash::FxHashMap<String, InstitutionHead>,
    /// Last chars of the institution heads.
    institution_ends: Vec<char>,
    /// Folded country nisbas with the article (التركي): a person's last word of this form is no
    /// surname to match alone (منصور التركي is not every «التركي»).
    pub(crate) nisba_words: rustc_hash::FxHashSet<String>,
}

/// The rows of one institution head: its own agent (None = none or not listed) and flag, and
/// the agents for particular next words (None = not an institution: مجلس إدارة).
#[derive(Debug, Clone, Default)]
pub(crate) struct InstitutionHead {
    pub(crate) agent: Option<String>,
    pub(crate) bare: bool,
    /// The head has a row of its own (else only rows for particular next words).
    pub(crate) listed: bool,
    pub(crate) next: Vec<(String, Option<String>)>,
}

/// The key an institution's head or next word is found by: folded, without the article.
pub(crate) fn institution_key(word: &str) -> String {
    let f = rasid_analysis::fold(word.trim());
    f.strip_prefix("ال").map_or(f.clone(), str::to_string)
}

/// The key an outlet is found by: folded (Arabic) and lower-cased (Latin ids), inner
/// whitespace collapsed.
pub(crate) fn outlet_key(name: &str) -> String {
    rasid_analysis::fold(name)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn push_unique(
    map: &mut HashMap<(String, String), Vec<EntryId>>,
    key: (String, String),
    id: EntryId,
) {
    let v = map.entry(key).or_default();
    if !v.contains(&id) {
        v.push(id);
    }
}

const EMBEDDED: [(FileKind, &str, &str); 9] = [
    (
        FileKind::Countries,
        "countries.tsv",
        include_str!("../../../data/lexicon/countries.tsv"),
    ),
    (
        FileKind::Cities,
        "cities.tsv",
        include_str!("../../../data/lexicon/cities.tsv"),
    ),
    (
        FileKind::Organizations,
        "organizations.tsv",
        include_str!("../../../data/lexicon/organizations.tsv"),
    ),
    (
        FileKind::Persons,
        "persons.tsv",
        include_str!("../../../data/lexicon/persons.tsv"),
    ),
    (
        FileKind::Roles,
        "roles.tsv",
        include_str!("../../../data/lexicon/roles.tsv"),
    ),
    (
        FileKind::Outlets,
        "outlets.tsv",
        include_str!("../../../data/lexicon/outlets.tsv"),
    ),
    (
        FileKind::StateNouns,
        "state_nouns.tsv",
        include_str!("../../../data/lexicon/state_nouns.tsv"),
    ),
    (
        FileKind::GivenNames,
        "given_names.tsv",
        include_str!("../../../data/lexicon/given_names.tsv"),
    ),
    (
        FileKind::Institutions,
        "institutions.tsv",
        include_str!("../../../data/lexicon/institutions.tsv"),
    ),
];

impl Lexicon {
    /// An empty lexicon.
    pub fn empty() -> Self {
        Self {
            entries: Vec::new(),
            forms: Vec::new(),
            nodes: vec![Node::default()],
            trie_id: next_trie_id(),
            by_role: HashMap::new(),
            by_office: HashMap::new(),
            given: Default::default(),
            outlets: HashMap::new(),
            state_nouns: HashMap::new(),
            state_noun_ends: Vec::new(),
            given_names: Default::default(),
            institutions: Default::default(),
            institution_ends: Vec::new(),
            nisba_words: Default::default(),
        }
    }

    /// The lexicons shipped with rasid (`data/lexicon/*.tsv`, compiled in).
    pub fn embedded() -> Self {
        let mut lx = Self::empty();
        for (kind, name, text) in EMBEDDED {
            // The embedded files are tested (`embedded_files_parse`), so a failure is a build bug.
            if let Err(e) = lx.add_text(kind, name, text) {
                panic!("embedded lexicon is malformed: {e}");
            }
        }
        lx.rebuild();
        lx
    }

    /// The embedded lexicons plus every known file found in `dirs`.
    pub fn with_dirs(dirs: &[PathBuf]) -> Result<Self, LexiconError> {
        let mut lx = Self::embedded();
        for d in dirs {
            lx.merge(Self::load_dir(d)?);
        }
        Ok(lx)
    }

    /// Load the known files ([`FileKind::ALL`]: `countries.tsv`, `cities.tsv`, `organizations.tsv`,
    /// `persons.tsv`, `roles.tsv`, `outlets.tsv`, `state_nouns.tsv`, `given_names.tsv`,
    /// `institutions.tsv`) from
    /// `dir` (each optional).
    pub fn load_dir(dir: &Path) -> Result<Self, LexiconError> {
        let mut lx = Self::empty();
        if !dir.is_dir() {
            return Err(LexiconError::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            });
        }
        for kind in FileKind::ALL {
            let path = dir.join(kind.file_name());
            if !path.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|source| LexiconError::Io {
                path: path.clone(),
                source,
            })?;
            lx.add_text(kind, &path.display().to_string(), &text)?;
        }
        lx.rebuild();
        Ok(lx)
    }

    /// Parse one file's text of the given kind and add its entries (call [`Lexicon::rebuild`]
    /// or use the loading constructors afterwards).
    pub fn add_text(&mut self, kind: FileKind, file: &str, text: &str) -> Result<(), LexiconError> {
        parse::add(self, kind, file, text)
    }

    /// Add all entries of `other`; both remain valid (ids of `other` are shifted).
    pub fn merge(&mut self, other: Lexicon) {
        let base = self.entries.len() as u32;
        self.entries.extend(other.entries);
        self.outlets.extend(other.outlets);
        self.given_names.extend(other.given_names);
        self.nisba_words.extend(other.nisba_words);
        for (head, h) in other.institutions {
            let mine = self.institutions.entry(head).or_default();
            if h.listed {
                mine.agent = h.agent;
                mine.bare = h.bare;
                mine.listed = true;
            }
            mine.next.extend(h.next);
        }
        for c in other.institution_ends {
            if !self.institution_ends.contains(&c) {
                self.institution_ends.push(c);
            }
        }
        for c in other.state_noun_ends {
            if !self.state_noun_ends.contains(&c) {
                self.state_noun_ends.push(c);
            }
        }
        for (noun, cs) in other.state_nouns {
            let v = self.state_nouns.entry(noun).or_default();
            for c in cs {
                if !v.contains(&c) {
                    v.push(c);
                }
            }
        }
        self.forms.extend(
            other
                .forms
                .into_iter()
                .map(|(e, f, k, a)| (EntryId(e.0 + base), f, k, a)),
        );
        self.rebuild();
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    pub fn entries(&self) -> impl Iterator<Item = (EntryId, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .map(|(i, e)| (EntryId(i as u32), e))
    }

    /// Whether a folded word opens the canonical name of a person in the lexicon (محمد، جون).
    pub fn is_given_name(&self, folded: &str) -> bool {
        self.given.contains(folded)
    }

    /// The first entry of `kind` whose canonical name folds to `name`'s folded form.
    pub fn lookup(&self, kind: EntryKind, name: &str) -> Option<EntryId> {
        let key = rasid_analysis::fold(name);
        self.entries()
            .find(|(_, e)| e.kind == kind && rasid_analysis::fold(&e.name) == key)
            .map(|(id, _)| id)
    }

    /// The home country of an outlet or agency as a document names it (`aawsat`, واس).
    pub fn outlet_country(&self, outlet: &str) -> Option<&str> {
        if self.outlets.is_empty() {
            return None;
        }
        self.outlets.get(&outlet_key(outlet)).map(String::as_str)
    }

    /// The CAMEO agent of an institution headed by `head` with `next` after it (both folded
    /// bases, without the article), and whether the head alone before a nisba already names it
    /// (`institutions.tsv`). `None`: no institution head, or listed as none (مجلس إدارة).
    pub fn institution(&self, head: &str, next: Option<&str>) -> Option<(&str, bool)> {
        if !head
            .chars()
            .next_back()
            .is_some_and(|c| self.institution_ends.contains(&c))
        {
            return None;
        }
        let h = self.institutions.get(head)?;
        // (a later row, e.g. a user's file, wins over an earlier one)
        let agent = match next.and_then(|n| h.next.iter().rev().find(|(w, _)| w == n)) {
            Some((_, a)) => a.as_deref(),
            None => h.agent.as_deref(),
        };
        agent.map(|a| (a, h.bare))
    }

    /// Whether a folded word is a country's nisba with the article (التركي، الروسية).
    pub fn is_nisba_word(&self, folded: &str) -> bool {
        self.nisba_words.contains(folded)
    }

    /// Whether a folded word is a given name common in news (`given_names.tsv`), so that it
    /// may open a name the model missed.
    pub fn is_common_given_name(&self, folded: &str) -> bool {
        self.given_names.contains(folded)
    }

    /// Whether a folded word ends with a state noun (a cheap test before splitting clitics).
    #[inline]
    pub fn ends_with_state_noun(&self, folded: &str) -> bool {
        // (a map of two or three keys: the last char rules most words out before iterating it)
        folded
            .chars()
            .next_back()
            .is_some_and(|c| self.state_noun_ends.contains(&c))
            && self
                .state_nouns
                .keys()
                .any(|k| folded.ends_with(k.as_str()))
    }

    /// The countries a state noun (folded, without the article: مملكه) may stand for.
    pub fn state_noun(&self, folded: &str) -> Option<&[String]> {
        self.state_nouns.get(folded).map(Vec::as_slice)
    }

    /// The country entry of an ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<EntryId> {
        self.entries()
            .find(|(_, e)| e.kind == EntryKind::Country && e.code.as_deref() == Some(iso3))
            .map(|(i, _)| i)
    }

    /// Persons who held normalised `role` for `country` at `date` (the dated role dictionary).
    pub fn holders(&self, country: &str, role: &str, date: &str) -> Vec<EntryId> {
        self.holders_in(&self.by_role, country, role, date, |_| true)
    }

    /// Persons who held normalised `role` in the body coded `code` (IGOUNO, IGOGCC) at `date`:
    /// the secretary-general of an organisation, named when only the title is.
    pub fn holders_of(&self, code: &str, role: &str, date: &str) -> Vec<EntryId> {
        self.holders_in(&self.by_office, code, role, date, |p| p.code == code)
    }

    fn holders_in(
        &self,
        index: &HashMap<(String, String), Vec<EntryId>>,
        key: &str,
        role: &str,
        date: &str,
        office: impl Fn(&Period) -> bool,
    ) -> Vec<EntryId> {
        let Some(ids) = index.get(&(key.to_string(), role.to_string())) else {
            return Vec::new();
        };
        ids.iter()
            .copied()
            .filter(|&id| {
                self.entry(id)
                    .periods
                    .iter()
                    .any(|p| p.role.as_deref() == Some(role) && office(p) && p.covers(date))
            })
            .collect()
    }

    pub(crate) fn push_entry(&mut self, e: Entry) -> EntryId {
        self.entries.push(e);
        EntryId(self.entries.len() as u32 - 1)
    }

    pub(crate) fn entry_mut(&mut self, id: EntryId) -> &mut Entry {
        &mut self.entries[id.0 as usize]
    }

    pub(crate) fn push_form(&mut self, id: EntryId, form: &str, kind: FormKind, ambiguous: bool) {
        if !form.trim().is_empty() {
            self.forms
                .push((id, form.trim().to_string(), kind, ambiguous));
        }
    }

    /// Rebuild the trie and the role index from the loaded forms.
    pub fn rebuild(&mut self) {
        let mut nodes = vec![Node::default()];
        for (id, form, kind, amb) in &self.forms {
            let folded = rasid_analysis::fold(form);
            // Names with عبد are written both ways (عبد الفتاح، عبدالفتاح): index both.
            let other = (self.entries[id.0 as usize].kind == EntryKind::Person)
                .then(|| joined_or_spaced_abd(&folded))
                .flatten();
            for folded in std::iter::once(folded).chain(other) {
                let keys = form_tokens(&folded);
                if keys.is_empty() {
                    continue;
                }
                let mut n = 0u32;
                for k in keys {
                    let next = nodes.len() as u32;
                    let child = *nodes[n as usize].children.entry(k.into()).or_insert(next);
                    if child == next {
                        nodes.push(Node::default());
                    }
                    n = child;
                }
                let p = Payload {
                    entry: *id,
                    form: *kind,
                    ambiguous: *amb,
                };
                let payload = &mut nodes[n as usize].payload;
                // A name beats a nisba of the same spelling (سورية is the country, السورية the adjective).
                if !payload.iter().any(|q| q.entry == p.entry) {
                    payload.push(p);
                }
            }
        }
        self.nodes = nodes;
        self.trie_id = next_trie_id();
        let mut by_role: HashMap<(String, String), Vec<EntryId>> = HashMap::new();
        let mut by_office: HashMap<(String, String), Vec<EntryId>> = HashMap::new();
        self.given.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind != EntryKind::Person {
                continue;
            }
            if let Some(first) = e.name.split_whitespace().next() {
                self.given.insert(rasid_analysis::fold(first));
            }
            let id = EntryId(i as u32);
            for p in &e.periods {
                let Some(r) = &p.role else { continue };
                if let Some(c) = &e.country {
                    push_unique(&mut by_role, (c.clone(), r.clone()), id);
                }
                push_unique(&mut by_office, (p.code.clone(), r.clone()), id);
            }
        }
        self.by_role = by_role;
        self.by_office = by_office;
    }

    /// All lexicon matches in the analysed `text`, leftmost-longest, non-overlapping spans (one
    /// [`LexMatch`] per entry when several entries share a span).
    pub fn find(&self, text_analysis: &Analysis, text: &str) -> Vec<LexMatch> {
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
        }
        MEMO.with(|m| match m.try_borrow_mut() {
            Ok(mut m) => self.find_with(text_analysis, text, &mut m),
            // Only reachable if matching re-entered itself; stay correct anyway.
            Err(_) => self.find_with(text_analysis, text, &mut Memo::default()),
        })
    }

    /// [`Lexicon::find`] with the thread's word candidate cache.
    fn find_with(&self, text_analysis: &Analysis, text: &str, memo: &mut Memo) -> Vec<LexMatch> {
        memo.start(self.trie_id);
        let toks = &text_analysis.tokens;
        // A word's candidates depend on its text alone (its analysis does): they are computed
        // once per distinct word the thread has seen. Every word's candidates first, in one
        // loop: the lookups are independent, so the CPU
        // overlaps their cache misses (the memo is megabytes) instead of meeting each one in
        // the middle of a trie walk.
        let mut ranges = std::mem::take(&mut memo.ranges);
        ranges.clear();
        ranges.extend(toks.iter().map(|t| {
            if t.kind == TokenKind::Word {
                memo.range(t, text, &self.nodes[0].children)
            } else {
                (0, 0)
            }
        }));
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.longest_at(toks, i, ranges[i], memo) {
                Some((end, node, cand)) => {
                    for p in &self.nodes[node as usize].payload {
                        let e = self.entry(p.entry);
                        // An article the form lacks only fits adjectives (الروسي) and multi-word
                        // names (الحلف الأطلسي); السيول is floods, not Seoul.
                        let country_name = e.kind == EntryKind::Country
                            && matches!(p.form, FormKind::Name | FormKind::Variant);
                        if cand.article
                            && end - i == 1
                            && p.form != FormKind::Nisba
                            && !country_name
                        {
                            continue;
                        }
                        // السورية is the adjective even though سورية is also the name.
                        let form = if cand.article
                            && e.kind == EntryKind::Country
                            && matches!(p.form, FormKind::Name | FormKind::Variant)
                        {
                            FormKind::Nisba
                        } else {
                            p.form
                        };
                        out.push(LexMatch {
                            tokens: i..end,
                            byte_start: toks[i].byte_start + cand.skip_bytes,
                            byte_end: toks[end - 1].byte_end,
                            entry: p.entry,
                            form,
                            article: cand.article,
                            proclitic: cand.proclitic,
                            ambiguous: p.ambiguous,
                        });
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
        memo.ranges = ranges;
        out
    }

    /// The longest form starting at token `i` whose candidates are `memo.cands[range]`:
    /// (end token, trie node, first-token candidate).
    fn longest_at(
        &self,
        toks: &[Token],
        i: usize,
        (from, to): (u32, u32),
        memo: &Memo,
    ) -> Option<(usize, u32, Candidate)> {
        if toks[i].kind != TokenKind::Word {
            return None;
        }
        let (from, to) = (from as usize, to as usize);
        let mut best: Option<(usize, u32, Candidate)> = None;
        for cand in &memo.cands[from..to] {
            let mut n = cand.node;
            let mut j = i + 1;
            let mut found = (!self.nodes[n as usize].payload.is_empty()).then_some((j, n));
            while j < toks.len() && toks[j].kind == TokenKind::Word {
                match self.nodes[n as usize].children.get(toks[j].norm.as_str()) {
                    Some(&c) => {
                        n = c;
                        j += 1;
                        if !self.nodes[n as usize].payload.is_empty() {
                            found = Some((j, n));
                        }
                    }
                    None => break,
                }
            }
            if let Some((end, node)) = found {
                // Longer wins; on a tie the candidate that stripped less (earlier) wins.
                if best.as_ref().is_none_or(|b| end > b.0) {
                    best = Some((end, node, cand.clone()));
                }
            }
        }
        best
    }
}

/// Candidates of the words a thread has matched, by word (see [`Lexicon::longest_at`]).
///
/// Why across texts: most words of a news article were seen in earlier ones, and computing a
/// word's candidates (and a per-text map of them) was half of matching.
///
/// Words with a [`rasid_analysis::WordId`] (nearly all) are found by id in a direct-mapped
/// table first: one memory access, no hashing or string compare (the map by text, with its
/// probes and key compares on a table of megabytes, was most of matching). Misses go by text.
#[derive(Default)]
struct Memo {
    /// [`Lexicon::trie_id`] the candidates were computed with.
    trie: u64,
    /// Slot `id & (len - 1)`: (word id, range in `cands`); id 0 marks an empty slot. A word
    /// evicted by another is found again by text.
    by_id: Vec<(u32, u32, u32)>,
    seen: rustc_hash::FxHashMap<Box<str>, (u32, u32)>,
    cands: Vec<Candidate>,
    /// Per token of the current text: its range in `cands` (scratch reused across texts).
    ranges: Vec<(u32, u32)>,
}

impl Memo {
    /// Words cached by text before the cache is emptied (a few MB): bounds memory on endless
    /// input.
    const MAX_WORDS: usize = 1 << 18;
    /// Slots of the table by id (a power of two, 768 KB): as many as the analyser caches forms.
    const ID_SLOTS: usize = 1 << 16;

    /// Ready the cache for a text matched against trie `trie`.
    fn start(&mut self, trie: u64) {
        if self.trie != trie || self.seen.len() > Self::MAX_WORDS {
            self.trie = trie;
            self.seen.clear();
            self.cands.clear();
            self.by_id.clear();
        }
        if self.by_id.is_empty() {
            self.by_id.resize(Self::ID_SLOTS, (0, 0, 0));
            // Room for the most words kept (and the new words of the text that crosses the
            // bound) from the start: growing by doubling rehashed the table into fresh memory
            // each time, and those first touches (huge-page zeroing in the kernel) were over
            // half of the page faults of a whole extraction run. Buckets are only touched as
            // words arrive.
            self.seen.reserve(Self::MAX_WORDS + Self::MAX_WORDS / 8);
        }
    }

    /// The range in `cands` of the candidates of token `t` (computed on first sight).
    #[inline]
    fn range(
        &mut self,
        t: &Token,
        text: &str,
        root: &rustc_hash::FxHashMap<Box<str>, u32>,
    ) -> (u32, u32) {
        let slot = t.word_id().map(|id| {
            let slot = id.index() & (self.by_id.len() - 1);
            (slot, id.index() as u32)
        });
        if let Some((slot, id)) = slot {
            let (seen, from, to) = self.by_id[slot];
            if seen == id {
                return (from, to);
            }
        }
        // A word gets a new id each time the analyser caches it again: fall back to the text,
        // so candidates are computed once per word whatever its ids.
        let word = text.get(t.byte_start..t.byte_end).unwrap_or("");
        let r = match self.seen.get(word) {
            Some(&r) => r,
            None => {
                let from = self.cands.len() as u32;
                self.cands.extend(candidates(t, text, root));
                let r = (from, self.cands.len() as u32);
                self.seen.insert(word.into(), r);
                r
            }
        };
        if let Some((slot, id)) = slot {
            self.by_id[slot] = (id, r.0, r.1);
        }
        r
    }
}

/// A new [`Lexicon::trie_id`].
fn next_trie_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// One reading of the first token of a match: its key after stripping clitics.
#[derive(Debug, Clone)]
struct Candidate {
    /// Trie node of `key` under the root.
    node: u32,
    /// Inline up to 24 bytes: candidates allocate nothing for ordinary words.
    key: CompactString,
    /// Bytes of the ORIGINAL token before the key starts (stripped proclitics).
    skip_bytes: usize,
    article: bool,
    proclitic: bool,
}

/// Folded forms split on whitespace and punctuation-free tokens.
fn form_tokens(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Readings of a token that start some form: as is, without proclitics, without the article;
/// least stripping first. Only readings found among the trie's first tokens are kept, so the
/// common case (no form starts here) allocates nothing.
///
/// Uses the analysis' clitic segmentation when it has one and also strips by rule, because a
/// segmenter cannot know that بلجيكا starts with a root letter while بالجزائر starts with ب.
fn candidates(
    t: &Token,
    text: &str,
    root: &rustc_hash::FxHashMap<Box<str>, u32>,
) -> Vec<Candidate> {
    let original = text.get(t.byte_start..t.byte_end).unwrap_or("");
    let norm = t.norm.as_str();
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |key: &str, skip_chars: usize, article: bool, proclitic: bool| {
        if key.chars().nth(1).is_none() || out.iter().any(|c| c.key == key) {
            return;
        }
        let Some(&node) = root.get(key) else {
            return;
        };
        out.push(Candidate {
            node,
            key: CompactString::from(key),
            skip_bytes: skip_bytes(original, skip_chars),
            article,
            proclitic,
        });
    };
    push(norm, 0, false, false);
    // From the analysis: base with/without article.
    // (not with a pronoun suffix: names take none, وقطره is "and towing it", not Qatar)
    let suffixed = t.parts().iter().any(|p| p.role == PartRole::Enclitic);
    if t.parts().len() > 1 && !suffixed {
        let pro: usize = t
            .parts()
            .iter()
            .filter(|p| p.role == PartRole::Proclitic)
            .map(|p| p.norm.chars().count())
            .sum();
        let art = t.parts().iter().find(|p| p.role == PartRole::Article);
        let base = t.base();
        // The article is always read as ال: after ل it is written ل alone (للحج), and
        // ل + حج would be the city لحج, not الحج. Its ل then stays in the span (للجزائر).
        if let Some(a) = art {
            let skip = if a.norm == "ل" {
                pro.saturating_sub(1)
            } else {
                pro
            };
            push(&concat("ال", base), skip, false, pro > 0);
        }
        push(base, pro, art.is_some(), pro > 0);
    }
    // By rule: up to two conjunction letters, one preposition, then the article.
    // `starts` holds (char index, byte index) of each possible start of the rest.
    // (Fixed arrays: this runs for every word of every document.)
    let mut idx = [(0usize, '\0'); 6];
    let mut n_idx = 0;
    for (x, slot) in norm.char_indices().zip(idx.iter_mut()) {
        *slot = x;
        n_idx += 1;
    }
    let idx = &idx[..n_idx];
    let byte_at = |ci: usize| idx.get(ci).map_or(norm.len(), |x| x.0);
    let ch = |ci: usize| idx.get(ci).map(|x| x.1);
    let mut starts = [0usize; 6];
    let mut n_starts = 1;
    let mut k = 0;
    while k < 2 && matches!(ch(k), Some('و' | 'ف')) {
        k += 1;
        starts[n_starts] = k;
        n_starts += 1;
    }
    let before_prepositions = n_starts;
    for i in 0..before_prepositions {
        let s = starts[i];
        if matches!(ch(s), Some('ب' | 'ك' | 'ل')) {
            starts[n_starts] = s + 1;
            n_starts += 1;
        }
    }
    // Spans keep the article (الروسي) but leave out proclitics (و ب ل …).
    for &s in &starts[..n_starts] {
        let rest = &norm[byte_at(s)..];
        if s > 0 && !short_name_after_lil(ch(s - 1), rest) {
            push(rest, s, false, true);
        }
        // لل = ل + ال with the alef dropped (للجزائر): the span keeps the ل.
        if s > 0 && ch(s - 1) == Some('ل') && ch(s) == Some('ل') {
            push(&concat("ا", rest), s - 1, false, true);
            push(&norm[byte_at(s + 1)..], s - 1, true, true);
        }
        if let Some(bare) = rest.strip_prefix("ال") {
            push(bare, s, true, s > 0);
        }
    }
    out
}

/// Whether `rest`, read as a name after the preposition ل (`before`), is more likely the
/// article's ل of a common word: a لل word is far more often ل + ال + word (للحج "for the
/// Hajj") than ل + a name starting with ل, and a three-letter remainder (لحج) is the case
/// where that other reading is a common noun. Longer names (للبنان، لليبيا، للندن) keep
/// their reading: ال + بنان/يبيا/ندن is no word.
fn short_name_after_lil(before: Option<char>, rest: &str) -> bool {
    before == Some('ل') && rest.starts_with('ل') && rest.chars().nth(3).is_none()
}

/// `a` then `b`, inline when short (no allocation for ordinary words).
fn concat(a: &str, b: &str) -> CompactString {
    let mut s = CompactString::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

/// Bytes of the token's original text taken by its first `n` folded chars (and the harakat
/// that follow them), so a stripped clitic is left out of the reported span.
fn skip_bytes(original: &str, n: usize) -> usize {
    let mut seen = 0;
    for (b, c) in original.char_indices() {
        if rasid_analysis::fold_char(c).is_some() {
            if seen == n {
                return b;
            }
            seen += 1;
        }
    }
    original.len()
}

/// The other spelling of a folded name with عبد: "عبد الفتاح" ↔ "عبدالفتاح" (None without one).
fn joined_or_spaced_abd(folded: &str) -> Option<String> {
    if folded.contains("عبد ال") {
        Some(folded.replace("عبد ال", "عبدال"))
    } else if folded.contains("عبدال") {
        Some(folded.replace("عبدال", "عبد ال"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests;

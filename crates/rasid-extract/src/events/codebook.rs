//! Code tables and trigger lexicon, parsed from the TSV data files under `data/events/`.
//!
//! Everything linguistic is data: the embedded defaults plus any `events/*.tsv` (or `*.tsv` named like
//! the defaults) found in `--lexicon` directories, appended after the defaults.

use crate::ExtractError;
use rasid_analysis::fold;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const CAMEO: &str = include_str!("../../data/events/cameo.tsv");
const PLOVER: &str = include_str!("../../data/events/plover.tsv");
const TRIGGERS: &str = include_str!("../../data/events/triggers.tsv");
const MODES: &str = include_str!("../../data/events/modes.tsv");
const CONTEXT: &str = include_str!("../../data/events/context.tsv");
const REFINE: &str = include_str!("../../data/events/refine.tsv");
const PRONOUNS: &str = include_str!("../../data/events/pronouns.tsv");
const SYNTAX: &str = include_str!("../../data/events/syntax.tsv");

/// Word classes of `syntax.tsv` (bit flags: a word may be in several).
pub mod class {
    pub const LIGHT: u64 = 1;
    pub const FILLER: u64 = 2;
    pub const HEAD: u64 = 4;
    pub const RELATIVE: u64 = 8;
    pub const HABITUAL: u64 = 16;
    pub const RECEIVE: u64 = 32;
    pub const PASSIVE: u64 = 64;
    pub const AGENT: u64 = 128;
    pub const LINK: u64 = 256;
    pub const ANNOUNCE: u64 = 512;
    pub const TITLE: u64 = 1024;
    pub const OFFICE: u64 = 2048;
    pub const KIN: u64 = 4096;
    pub const PEOPLE: u64 = 8192;
    pub const RANK: u64 = 16384;
    pub const COPULA: u64 = 32768;
    pub const DEMONSTRATIVE: u64 = 65536;
    pub const DEED: u64 = 131072;
    pub const GENERIC: u64 = 262144;
    pub const ASSEMBLY: u64 = 524288;
    pub const TAGS: u64 = 1 << 20;
    pub const INSTITUTION: u64 = 1 << 21;
    pub const CIRCUMSTANCE: u64 = 1 << 22;
    pub const PURPOSE: u64 = 1 << 23;
    pub const DELEGATION: u64 = 1 << 24;
    pub const POPULACE: u64 = 1 << 25;
    pub const RESUMPTIVE: u64 = 1 << 26;
    pub const CREDIT: u64 = 1 << 27;
    pub const SITE: u64 = 1 << 28;
    pub const WRIT: u64 = 1 << 29;
    pub const STRIKE: u64 = 1 << 30;
    pub const PLACE: u64 = 1 << 31;
    pub const FOIL: u64 = 1 << 32;
    pub const UNDERGO: u64 = 1 << 33;
    pub const GOVERNS: u64 = 1 << 34;
}

/// FxHash: the keys are short Arabic words looked up several times per token, where SipHash's
/// DoS resistance buys nothing; Fx hashes eight bytes a step where FNV-1a took one.
pub type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

/// Grammatical person of a matched verb form, when the form shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    Third,
    /// أشكر: the speaker.
    FirstSingular,
    /// نشكر، شكرنا: the speaker's side (country).
    FirstPlural,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Verb,
    Noun,
}

/// How a trigger finds its participants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// Folded prepositions that introduce the target (مع، الي، ل، ب، علي ...).
    pub preps: Vec<String>,
    /// Folded prepositions that introduce the source after the trigger (مساعدات من السعودية، بطلب من تركيا).
    pub src_preps: Vec<String>,
    /// A following actor (direct object) may be the target.
    pub obj: bool,
    /// Symmetrical events: the other actor of the sentence is the other side.
    pub recip: bool,
    /// Transfers: the other actor of the sentence is the recipient.
    pub xfer: bool,
    /// Allowed without actors when a location is stated.
    pub loc: bool,
    /// Dropped unless a target is found.
    pub needtgt: bool,
    /// A verb dropped unless a word with one of `preps` follows within a few words: the form is
    /// shared with another verb that takes no preposition (يشيد بالدور "praises", يشيد جدارا
    /// "builds").
    pub needprep: bool,
    /// A noun whose complement or possessor is the one it happens to (مقتل، اعتقال).
    pub patient: bool,
    /// A participle (داعيا): the actor right after it is its object, its subject stands before.
    pub objfirst: bool,
    /// A verb that, after a noun of force in its clause, only names that deed's target (التفجير
    /// الذي استهدف مسجدا): no event of its own there.
    pub aims: bool,
    /// Dropped unless a place is its object (سيطرت المقاومة على المفرق, not السيطرة على الحريق).
    pub needplace: bool,
}

/// One trigger entry (all its forms share code and frame).
#[derive(Debug, Clone)]
pub struct Trigger {
    /// CAMEO code; `None` blocks the phrase.
    pub code: Option<String>,
    pub kind: Kind,
    pub frame: Frame,
}

/// One surface form of a trigger: its first word is the index key, `rest` the following words.
#[derive(Debug, Clone)]
pub struct Variant {
    pub rest: Vec<String>,
    pub trigger: u32,
    pub person: Person,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueMode {
    Negated,
    /// A particle negating the noun phrase after it (عدم، دون): its scope ends at a complementiser
    /// past that phrase (طلب عدم نشر اسمه أن الزيارة جرت: the visit took place), where a negated
    /// verb's reaches into the clause it governs (لا أود أن أطلب، نفى أن يكون زار).
    NegatedPhrase,
    Planned,
    Intended,
    Hypothetical,
    /// An obligation (يجب، ينبغي): not done, but no expressed intent either.
    Obliged,
    /// A phrase that contains a cue word but is no cue (لا سيما، ما زال، إلا).
    None,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub rest: Vec<String>,
    pub mode: CueMode,
    pub after: bool,
}

#[derive(Debug, Clone)]
pub struct ContextRule {
    pub rest: Vec<String>,
    pub roots: Vec<String>,
    /// `None`: drop; else recode to this CAMEO code.
    pub recode: Option<String>,
    /// Anywhere in the sentence (true) or just after the trigger (false).
    pub sentence: bool,
}

#[derive(Debug, Clone)]
pub struct Refinement {
    pub parent: String,
    pub words: Vec<String>,
    pub code: String,
}

#[derive(Debug, Clone)]
pub struct CodeInfo {
    pub goldstein: f32,
    pub name: String,
}

/// Event triggers and code tables, loaded once and shared by all threads.
#[derive(Debug, Default)]
pub struct Codebook {
    pub(crate) codes: FastMap<String, CodeInfo>,
    /// (CAMEO prefix, PLOVER type), longest prefix first.
    pub(crate) plover: Vec<(String, String)>,
    pub(crate) triggers: Vec<Trigger>,
    pub(crate) index: FastMap<String, Vec<Variant>>,
    pub(crate) cues: FastMap<String, Vec<Cue>>,
    pub(crate) context: FastMap<String, Vec<ContextRule>>,
    pub(crate) refine: Vec<Refinement>,
    /// First words of refinement keywords, to skip the scan for most tokens.
    pub(crate) refine_first: FastMap<String, Vec<usize>>,
    /// Words standing for the speaker's side inside a quote (نحن، بلداننا).
    pub(crate) we: FastMap<String, ()>,
    /// Closed-class words by [`class`] (support verbs, fillers, relative pronouns ...).
    pub(crate) syntax: FastMap<String, u64>,
    /// Every key of the word tables above: most candidate bases of a text are in none, and one
    /// lookup here per base (in [`Codebook::knows`]) spares the lookups in each table.
    pub(crate) vocab: rustc_hash::FxHashSet<String>,
}

fn bad(path: &str, line: usize, msg: &str) -> ExtractError {
    ExtractError::Lexicon {
        path: path.to_string(),
        source: format!("line {line}: {msg}").into(),
    }
}

/// Data lines of a TSV: no blank lines, no `#` comments; fields trimmed.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            return None;
        }
        Some((i + 1, l.split('\t').map(str::trim).collect()))
    })
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Regular conjugations of a `PAST/PRESENT` pair (3rd masc. sing.), with the person they show.
///
/// Weak verbs do not follow these patterns; the data lists their forms literally instead.
fn conjugate(past: &str, present: &str) -> Vec<(String, Person)> {
    let mut out = Vec::new();
    for suf in ["", "ت", "ا", "وا", "تا", "تم"] {
        out.push((format!("{past}{suf}"), Person::Third));
    }
    out.push((format!("{past}نا"), Person::FirstPlural));
    if let Some(stem) = present.strip_prefix('ي') {
        for (pre, suf) in [
            ("ي", ""),
            ("ت", ""),
            ("ي", "ون"),
            ("ت", "ون"),
            ("ي", "ان"),
            ("ت", "ان"),
            ("ي", "وا"),
        ] {
            out.push((format!("{pre}{stem}{suf}"), Person::Third));
        }
        out.push((format!("ن{stem}"), Person::FirstPlural));
        out.push((format!("ا{stem}"), Person::FirstSingular));
    }
    // a past form wins over a homograph 1st-person present (انتقد = he criticised, not I criticise)
    let mut seen = std::collections::HashSet::new();
    out.retain(|(f, _)| seen.insert(f.clone()));
    out
}

impl Codebook {
    /// The embedded tables, then `events/*.tsv` from every extra directory.
    pub fn load(extra_dirs: &[PathBuf]) -> Result<Self, ExtractError> {
        let mut b = Codebook::default();
        b.add("cameo.tsv", CAMEO)?;
        b.add("plover.tsv", PLOVER)?;
        b.add("triggers.tsv", TRIGGERS)?;
        b.add("modes.tsv", MODES)?;
        b.add("context.tsv", CONTEXT)?;
        b.add("refine.tsv", REFINE)?;
        b.add("pronouns.tsv", PRONOUNS)?;
        b.add("syntax.tsv", SYNTAX)?;
        for dir in extra_dirs {
            for name in [
                "cameo.tsv",
                "plover.tsv",
                "triggers.tsv",
                "modes.tsv",
                "context.tsv",
                "refine.tsv",
                "pronouns.tsv",
                "syntax.tsv",
            ] {
                for p in [dir.join("events").join(name), dir.join(name)] {
                    if p.is_file() {
                        b.add_file(&p, name)?;
                    }
                }
            }
        }
        b.plover.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        b.vocab = (b.index.keys())
            .chain(b.cues.keys())
            .chain(b.context.keys())
            .chain(b.refine_first.keys())
            .chain(b.we.keys())
            .chain(b.syntax.keys())
            .cloned()
            .collect();
        Ok(b)
    }

    fn add_file(&mut self, p: &Path, name: &str) -> Result<(), ExtractError> {
        let text = std::fs::read_to_string(p).map_err(|e| ExtractError::Lexicon {
            path: p.display().to_string(),
            source: Box::new(e),
        })?;
        self.add_named(&p.display().to_string(), name, &text)
    }

    fn add(&mut self, name: &str, text: &str) -> Result<(), ExtractError> {
        self.add_named(&format!("(embedded) data/events/{name}"), name, text)
    }

    fn add_named(&mut self, path: &str, name: &str, text: &str) -> Result<(), ExtractError> {
        match name {
            "cameo.tsv" => self.parse_cameo(path, text),
            "plover.tsv" => self.parse_plover(path, text),
            "triggers.tsv" => self.parse_triggers(path, text),
            "modes.tsv" => self.parse_modes(path, text),
            "context.tsv" => self.parse_context(path, text),
            "refine.tsv" => self.parse_refine(path, text),
            "pronouns.tsv" => {
                for (_, f) in rows(text) {
                    self.we.insert(fold(f[0]), ());
                }
                Ok(())
            }
            "syntax.tsv" => self.parse_syntax(path, text),
            _ => Ok(()),
        }
    }

    fn parse_syntax(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [word, cls, ..] = f[..] else {
                return Err(bad(path, n, "want word, class"));
            };
            let bit = match cls {
                "light" => class::LIGHT,
                "filler" => class::FILLER,
                "head" => class::HEAD,
                "relative" => class::RELATIVE,
                "habitual" => class::HABITUAL,
                "receive" => class::RECEIVE,
                "passive" => class::PASSIVE,
                "agent" => class::AGENT,
                "link" => class::LINK,
                "announce" => class::ANNOUNCE,
                "title" => class::TITLE,
                "office" => class::OFFICE,
                "kin" => class::KIN,
                "people" => class::PEOPLE,
                "rank" => class::RANK,
                "copula" => class::COPULA,
                "demonstrative" => class::DEMONSTRATIVE,
                "deed" => class::DEED,
                "generic" => class::GENERIC,
                "assembly" => class::ASSEMBLY,
                "tags" => class::TAGS,
                "institution" => class::INSTITUTION,
                "circumstance" => class::CIRCUMSTANCE,
                "purpose" => class::PURPOSE,
                "delegation" => class::DELEGATION,
                "populace" => class::POPULACE,
                "resumptive" => class::RESUMPTIVE,
                "credit" => class::CREDIT,
                "site" => class::SITE,
                "writ" => class::WRIT,
                "strike" => class::STRIKE,
                "place" => class::PLACE,
                "foil" => class::FOIL,
                "undergo" => class::UNDERGO,
                "governs" => class::GOVERNS,
                _ => return Err(bad(path, n, "unknown class")),
            };
            *self.syntax.entry(fold(word)).or_default() |= bit;
        }
        Ok(())
    }

    /// Whether the folded word `w` is in the `syntax.tsv` class `bit`.
    /// Whether `w` is a key of any word table (trigger index, cues, context, refinements,
    /// pronouns, syntax classes).
    pub(crate) fn knows(&self, w: &str) -> bool {
        self.vocab.contains(w)
    }

    pub(crate) fn is(&self, w: &str, bit: u64) -> bool {
        self.syntax.get(w).is_some_and(|c| c & bit != 0)
    }

    fn parse_cameo(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [code, g, name, ..] = f[..] else {
                return Err(bad(path, n, "want code, goldstein, name"));
            };
            let goldstein: f32 = g
                .parse()
                .map_err(|_| bad(path, n, "goldstein is not a number"))?;
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(path, n, "CAMEO code must be 2-4 digits"));
            }
            self.codes.insert(
                code.to_string(),
                CodeInfo {
                    goldstein,
                    name: name.to_string(),
                },
            );
        }
        Ok(())
    }

    fn parse_plover(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [prefix, plover, ..] = f[..] else {
                return Err(bad(path, n, "want cameo_prefix, plover"));
            };
            self.plover.retain(|(p, _)| p != prefix);
            self.plover.push((prefix.to_string(), plover.to_string()));
        }
        Ok(())
    }

    fn parse_triggers(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            if f.len() < 3 {
                return Err(bad(path, n, "want forms, code, kind[, frame]"));
            }
            let code = match f[1] {
                "-" => None,
                c if self.codes.contains_key(c) => Some(c.to_string()),
                c => return Err(bad(path, n, &format!("unknown CAMEO code {c}"))),
            };
            let kind = match f[2] {
                "v" => Kind::Verb,
                "n" => Kind::Noun,
                k => return Err(bad(path, n, &format!("kind must be v or n, not {k}"))),
            };
            let mut frame = Frame::default();
            for opt in f
                .get(3)
                .copied()
                .unwrap_or("")
                .split(',')
                .map(str::trim)
                .filter(|o| !o.is_empty())
            {
                match opt {
                    "obj" => frame.obj = true,
                    "recip" => frame.recip = true,
                    "xfer" => frame.xfer = true,
                    "loc" => frame.loc = true,
                    "needtgt" => frame.needtgt = true,
                    "needprep" => frame.needprep = true,
                    "objfirst" => frame.objfirst = true,
                    "aims" => frame.aims = true,
                    "needplace" => frame.needplace = true,
                    o if o.starts_with("src=") => {
                        frame.src_preps.extend(o[4..].split('/').map(fold))
                    }
                    "patient" => frame.patient = true,
                    o if o.starts_with("tgt=") => frame.preps.extend(o[4..].split('/').map(fold)),
                    o => return Err(bad(path, n, &format!("unknown frame option {o}"))),
                }
            }
            let id = self.triggers.len() as u32;
            self.triggers.push(Trigger { code, kind, frame });
            for form in f[0].split('|').map(str::trim).filter(|s| !s.is_empty()) {
                let (forms, literal) = match form.split_once('/') {
                    Some((past, present)) => {
                        (conjugate(&fold(past.trim()), &fold(present.trim())), false)
                    }
                    None => (vec![(words(form).join(" "), Person::Third)], true),
                };
                for (form, person) in forms {
                    let mut w = words(&form);
                    if w.is_empty() {
                        continue;
                    }
                    let first = w.remove(0);
                    // 1st-person present forms of a single literal word: أشكر، نشكر (a conjugated
                    // form already knows its person: ناشد is «he appealed», not «we …»)
                    let person = if literal && w.is_empty() {
                        person_of_literal(&first)
                    } else {
                        person
                    };
                    self.insert_variant(
                        first,
                        Variant {
                            rest: w,
                            trigger: id,
                            person,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    fn insert_variant(&mut self, first: String, v: Variant) {
        // a noun in ة (folded ه) takes ت before a pronoun suffix: زيارة → زيارته
        if let Some(stem) = first.strip_suffix('ه') {
            if stem.chars().count() >= 2 {
                self.index
                    .entry(format!("{stem}ت"))
                    .or_default()
                    .push(v.clone());
            }
        }
        self.index.entry(first).or_default().push(v);
    }

    fn parse_modes(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [cue, mode, where_, ..] = f[..] else {
                return Err(bad(path, n, "want cue, mode, where"));
            };
            let mode = match mode {
                "negated" => CueMode::Negated,
                "negated-phrase" => CueMode::NegatedPhrase,
                "planned" => CueMode::Planned,
                "intended" => CueMode::Intended,
                "hypothetical" => CueMode::Hypothetical,
                "none" => CueMode::None,
                "obliged" => CueMode::Obliged,
                m => return Err(bad(path, n, &format!("unknown mode {m}"))),
            };
            let after = match where_ {
                "before" => false,
                "after" => true,
                w => {
                    return Err(bad(
                        path,
                        n,
                        &format!("where must be before or after, not {w}"),
                    ))
                }
            };
            let mut w = words(cue);
            if w.is_empty() {
                continue;
            }
            let first = w.remove(0);
            self.cues.entry(first).or_default().push(Cue {
                rest: w,
                mode,
                after,
            });
        }
        Ok(())
    }

    fn parse_context(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [cue, roots, action, scope, ..] = f[..] else {
                return Err(bad(path, n, "want cue, roots, action, scope"));
            };
            let recode = match action {
                "drop" => None,
                c if self.codes.contains_key(c) => Some(c.to_string()),
                c => {
                    return Err(bad(
                        path,
                        n,
                        &format!("action must be drop or a CAMEO code, not {c}"),
                    ))
                }
            };
            let sentence = match scope {
                "sentence" => true,
                "after" => false,
                s => {
                    return Err(bad(
                        path,
                        n,
                        &format!("scope must be sentence or after, not {s}"),
                    ))
                }
            };
            let mut w = words(cue);
            if w.is_empty() {
                continue;
            }
            let first = w.remove(0);
            let roots = roots
                .split(',')
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect();
            self.context.entry(first).or_default().push(ContextRule {
                rest: w,
                roots,
                recode,
                sentence,
            });
        }
        Ok(())
    }

    fn parse_refine(&mut self, path: &str, text: &str) -> Result<(), ExtractError> {
        for (n, f) in rows(text) {
            let [parent, kw, code, ..] = f[..] else {
                return Err(bad(path, n, "want parent, keyword, code"));
            };
            if !self.codes.contains_key(code) {
                return Err(bad(path, n, &format!("unknown CAMEO code {code}")));
            }
            let w = words(kw);
            if w.is_empty() {
                continue;
            }
            let i = self.refine.len();
            self.refine_first.entry(w[0].clone()).or_default().push(i);
            self.refine.push(Refinement {
                parent: parent.to_string(),
                words: w,
                code: code.to_string(),
            });
        }
        Ok(())
    }

    /// Goldstein score and name of a CAMEO code (falling back to its parent codes).
    pub fn code_info(&self, code: &str) -> Option<&CodeInfo> {
        (2..=code.len())
            .rev()
            .find_map(|n| self.codes.get(&code[..n]))
    }

    /// PLOVER type of a CAMEO code (longest prefix in the crosswalk).
    pub fn plover_of(&self, code: &str) -> &str {
        self.plover
            .iter()
            .find(|(p, _)| code.starts_with(p.as_str()))
            .map(|(_, t)| t.as_str())
            .unwrap_or("OTHER")
    }

    /// Number of trigger entries (for reports and tests).
    pub fn trigger_count(&self) -> usize {
        self.triggers.len()
    }
}

/// Person shown by a literal single-word verb form (only the unambiguous present prefixes; a
/// past in ت or of the form فاعل stays third: نددت، ناقشا).
fn person_of_literal(w: &str) -> Person {
    let mut cs = w.chars();
    match (cs.next(), cs.next(), w.chars().count()) {
        (Some('ن'), Some(second), n) if n >= 4 && second != 'ا' && !w.ends_with('ت') => {
            Person::FirstPlural
        }
        _ => Person::Third,
    }
}

/// Quad class of a CAMEO code from its root: 1 verbal coop, 2 material coop, 3 verbal conflict,
/// 4 material conflict.
pub fn quad_class(code: &str) -> u8 {
    match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load() {
        let b = Codebook::load(&[]).unwrap();
        assert!(b.trigger_count() > 80);
        assert_eq!(b.code_info("043").unwrap().goldstein, 2.8);
        assert_eq!(b.code_info("190").unwrap().goldstein, -10.0);
        assert_eq!(b.code_info("0874").unwrap().goldstein, 10.0);
        assert_eq!(b.plover_of("043"), "CONSULT");
        assert_eq!(b.plover_of("057"), "AGREE");
        assert_eq!(b.plover_of("0871"), "RETREAT");
        assert_eq!(b.plover_of("173"), "COERCE");
        assert_eq!(quad_class("051"), 1);
        assert_eq!(quad_class("073"), 2);
        assert_eq!(quad_class("111"), 3);
        assert_eq!(quad_class("183"), 4);
    }

    #[test]
    fn every_cameo_code_has_a_plover_type() {
        let b = Codebook::load(&[]).unwrap();
        for code in b.codes.keys() {
            assert_ne!(b.plover_of(code), "", "{code}");
        }
        assert!(
            b.codes.len() > 300,
            "every CAMEO 1.1b3 code incl. the 20 roots: {}",
            b.codes.len()
        );
    }

    #[test]
    fn conjugation_prefers_past_over_homograph_present() {
        let forms = conjugate("انتقد", "ينتقد");
        let p = forms.iter().find(|(f, _)| f == "انتقد").unwrap().1;
        assert_eq!(p, Person::Third);
        assert!(forms
            .iter()
            .any(|(f, p)| f == "ننتقد" && *p == Person::FirstPlural));
        assert!(forms.iter().any(|(f, _)| f == "ينتقدون"));
    }

    #[test]
    fn a_past_verb_in_nun_is_third_person() {
        // Session 13: «ناشد» (he appealed), «ناقش» and «نددت» were read as first-person plural
        // presents, so «ناشد المواطن …» lost its subject.
        let b = Codebook::load(&[]).unwrap();
        for w in ["ناشد", "ناقش", "ناقشا", "نددت"] {
            let vs = b.index.get(w).unwrap();
            assert!(vs.iter().all(|v| v.person == Person::Third), "{w}");
        }
        let vs = b.index.get("نطالب").unwrap();
        assert!(vs.iter().all(|v| v.person == Person::FirstPlural));
    }

    #[test]
    fn extra_lexicon_dir_adds_triggers() {
        let dir = tempdir();
        std::fs::create_dir_all(dir.join("events")).unwrap();
        std::fs::write(dir.join("events/triggers.tsv"), "قاطع/يقاطع\t143\tv\tobj\n").unwrap();
        let base = Codebook::load(&[]).unwrap().trigger_count();
        let b = Codebook::load(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(b.trigger_count(), base + 1);
        assert!(b.index.contains_key("يقاطعون"));
        std::fs::write(dir.join("events/triggers.tsv"), "قاطع\t999\tv\n").unwrap();
        assert!(
            Codebook::load(std::slice::from_ref(&dir)).is_err(),
            "unknown codes are reported"
        );
        std::fs::remove_dir_all(dir).ok();
    }

    fn tempdir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("rasid-events-test-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }
}

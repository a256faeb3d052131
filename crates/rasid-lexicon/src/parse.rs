//! TSV readers for the four lexicon files: a header line naming the columns, `#` comments,
//! `|` between alternatives inside a cell. Columns are found by header name, so files may
//! reorder them or add columns of their own.

use crate::{Entry, EntryId, EntryKind, FormKind, Lexicon, LexiconError, Period, RoleKind};
use std::collections::HashMap;

/// The known lexicon files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Countries,
    /// Cities other than capitals, each of its country (`iso3`): places, never governments.
    Cities,
    Organizations,
    Persons,
    Roles,
    /// Outlets and agencies with their home country (`aawsat`, واس → SAU).
    Outlets,
    /// Common nouns of a form of state that stand for a country named before (المملكة).
    StateNouns,
    /// Given names that open persons' names (سلطان، فيصل، جون), mined from news.
    GivenNames,
    /// Head nouns of institutions named by a country (هيئة … البريطانية) and their agent code.
    Institutions,
}

impl FileKind {
    pub const ALL: [FileKind; 9] = [
        FileKind::Countries,
        FileKind::Cities,
        FileKind::Organizations,
        FileKind::Persons,
        FileKind::Roles,
        FileKind::Outlets,
        FileKind::StateNouns,
        FileKind::GivenNames,
        FileKind::Institutions,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Countries => "countries.tsv",
            FileKind::Cities => "cities.tsv",
            FileKind::Organizations => "organizations.tsv",
            FileKind::Persons => "persons.tsv",
            FileKind::Roles => "roles.tsv",
            FileKind::Outlets => "outlets.tsv",
            FileKind::StateNouns => "state_nouns.tsv",
            FileKind::GivenNames => "given_names.tsv",
            FileKind::Institutions => "institutions.tsv",
        }
    }

    fn required(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => &["iso3", "name_ar"],
            FileKind::Cities => &["iso3", "name_ar"],
            FileKind::Organizations => &["code", "name_ar"],
            FileKind::Persons => &["name_ar"],
            FileKind::Roles => &["phrase", "agent", "role", "kind"],
            FileKind::Outlets => &["outlet", "country"],
            FileKind::StateNouns => &["noun", "countries"],
            FileKind::GivenNames => &["name"],
            FileKind::Institutions => &["head", "agent"],
        }
    }
}

struct Row<'a> {
    cols: &'a HashMap<String, usize>,
    cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    fn get(&self, name: &str) -> Option<&'a str> {
        self.cols
            .get(name)
            .and_then(|&i| self.cells.get(i))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
    fn list(&self, name: &str) -> Vec<&'a str> {
        self.get(name)
            .map(|s| {
                s.split('|')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
    fn flag(&self, f: &str) -> bool {
        self.get("flags")
            .is_some_and(|s| s.split([' ', ',', '|']).any(|x| x == f))
    }
}

fn err(file: &str, line: usize, msg: impl Into<String>) -> LexiconError {
    LexiconError::Parse {
        file: file.to_string(),
        line,
        msg: msg.into(),
    }
}

/// Parse `text` (the contents of `file`, of kind `kind`) into `lx`.
pub(crate) fn add(
    lx: &mut Lexicon,
    kind: FileKind,
    file: &str,
    text: &str,
) -> Result<(), LexiconError> {
    let mut cols: Option<HashMap<String, usize>> = None;
    // Persons: rows with the same name merge into one entry.
    let mut persons: HashMap<String, EntryId> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let lineno = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(c) = &cols else {
            let header: HashMap<String, usize> = line
                .split('\t')
                .enumerate()
                .map(|(i, h)| (h.trim().to_string(), i))
                .collect();
            for r in kind.required() {
                if !header.contains_key(*r) {
                    return Err(err(
                        file,
                        lineno,
                        format!("header lacks column `{r}` (a {} file)", kind.file_name()),
                    ));
                }
            }
            cols = Some(header);
            continue;
        };
        let row = Row {
            cols: c,
            cells: line.split('\t').collect(),
        };
        for r in kind.required() {
            if row.get(r).is_none() {
                return Err(err(file, lineno, format!("empty required column `{r}`")));
            }
        }
        match kind {
            FileKind::Countries => country(lx, &row, file, lineno)?,
            FileKind::Cities => city(lx, &row, file, lineno)?,
            FileKind::Organizations => organization(lx, &row),
            FileKind::Persons => person(lx, &row, &mut persons, file, lineno)?,
            FileKind::Roles => role(lx, &row, file, lineno)?,
            FileKind::Outlets => outlet(lx, &row, file, lineno)?,
            FileKind::StateNouns => state_noun(lx, &row, file, lineno)?,
            FileKind::GivenNames => {
                let name = rasid_analysis::fold(row.get("name").unwrap_or_default());
                lx.given_names.insert(name);
            }
            FileKind::Institutions => institution(lx, &row, file, lineno)?,
        }
    }
    if cols.is_none() && !text.trim().is_empty() {
        return Err(err(file, 1, "no header line"));
    }
    Ok(())
}

fn country(lx: &mut Lexicon, row: &Row<'_>, file: &str, line: usize) -> Result<(), LexiconError> {
    let iso = row.get("iso3").unwrap_or_default();
    if iso.len() != 3 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(err(
            file,
            line,
            format!("iso3 `{iso}` is not three capital letters"),
        ));
    }
    let name = row.get("name_ar").unwrap_or_default();
    let mut e = Entry::new(EntryKind::Country, name);
    e.name_en = row.get("name_en").map(str::to_string);
    e.country = Some(iso.to_string());
    e.code = Some(iso.to_string());
    e.ambiguous = row.flag("ambiguous");
    let amb = e.ambiguous;
    let id = lx.push_entry(e);
    lx.push_form(id, name, FormKind::Name, amb);
    for v in row.list("variants") {
        // Only the bare short name is ambiguous (مالي), not جمهورية مالي.
        let a = amb && rasid_analysis::fold(v) == rasid_analysis::fold(name);
        lx.push_form(id, v, FormKind::Variant, a);
    }
    // (an ambiguous nisba counts only where the text gives it the article: المجري, not مجرى)
    let nisba_amb = row.flag("nisba_ambiguous");
    for v in row.list("nisba") {
        lx.push_form(id, v, FormKind::Nisba, nisba_amb);
        lx.nisba_words
            .insert(format!("ال{}", rasid_analysis::fold(v)));
    }
    for v in row.list("capitals") {
        lx.push_form(id, v, FormKind::Capital, false);
    }
    Ok(())
}

/// A city row: its forms point at its country's entry (a bare stub when the country is not in
/// the same lexicon, e.g. a user's `cities.tsv` alone), so a mention carries the country's code.
fn city(lx: &mut Lexicon, row: &Row<'_>, file: &str, line: usize) -> Result<(), LexiconError> {
    let iso = row.get("iso3").unwrap_or_default();
    if iso.len() != 3 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(err(
            file,
            line,
            format!("iso3 `{iso}` is not three capital letters"),
        ));
    }
    let found = lx
        .entries()
        .find(|(_, e)| e.kind == EntryKind::Country && e.country.as_deref() == Some(iso))
        .map(|(id, _)| id);
    let id = found.unwrap_or_else(|| {
        let mut e = Entry::new(EntryKind::Country, iso);
        e.country = Some(iso.to_string());
        e.code = Some(iso.to_string());
        lx.push_entry(e)
    });
    let name = row.get("name_ar").unwrap_or_default();
    for v in std::iter::once(name).chain(row.list("variants")) {
        lx.push_form(id, v, FormKind::City, false);
    }
    Ok(())
}

fn organization(lx: &mut Lexicon, row: &Row<'_>) {
    let name = row.get("name_ar").unwrap_or_default();
    let mut e = Entry::new(EntryKind::Organization, name);
    e.name_en = row.get("name_en").map(str::to_string);
    e.country = row.get("country").map(str::to_string);
    e.code = row.get("code").map(str::to_string);
    e.ambiguous = row.flag("ambiguous");
    let amb = e.ambiguous;
    let id = lx.push_entry(e);
    lx.push_form(id, name, FormKind::Name, amb);
    for v in row.list("aliases") {
        // `?` marks a short alias that is also a common word (التحالف): it names this
        // organisation only once the document has named it in full
        let (v, short) = v.strip_prefix('?').map_or((v, false), |r| (r, true));
        lx.push_form(
            id,
            v,
            FormKind::Variant,
            short || (amb && rasid_analysis::fold(v) == rasid_analysis::fold(name)),
        );
    }
}

fn iso3(code: &str, file: &str, line: usize) -> Result<String, LexiconError> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code.to_string())
    } else {
        Err(err(
            file,
            line,
            format!("`{code}` is not an ISO 3166-1 alpha-3 code"),
        ))
    }
}

fn outlet(lx: &mut Lexicon, row: &Row<'_>, file: &str, line: usize) -> Result<(), LexiconError> {
    let country = iso3(row.get("country").unwrap_or_default(), file, line)?;
    for name in row.list("outlet") {
        lx.outlets.insert(crate::outlet_key(name), country.clone());
    }
    Ok(())
}

fn institution(
    lx: &mut Lexicon,
    row: &Row<'_>,
    file: &str,
    line: usize,
) -> Result<(), LexiconError> {
    let agent = row.get("agent").unwrap_or_default();
    if agent != "-" && (agent.len() != 3 || !agent.chars().all(|c| c.is_ascii_uppercase())) {
        return Err(err(
            file,
            line,
            format!("agent `{agent}` is neither a three-letter CAMEO agent code nor `-`"),
        ));
    }
    let head = crate::institution_key(row.get("head").unwrap_or_default());
    let next = row
        .get("next")
        .map(crate::institution_key)
        .unwrap_or_default();
    if let Some(c) = head.chars().next_back() {
        if !lx.institution_ends.contains(&c) {
            lx.institution_ends.push(c);
        }
    }
    let agent = (agent != "-").then(|| agent.to_string());
    let h = lx.institutions.entry(head).or_default();
    if next.is_empty() {
        h.agent = agent;
        h.bare = row.flag("bare");
        h.listed = true;
    } else {
        h.next.push((next, agent));
    }
    Ok(())
}

fn state_noun(
    lx: &mut Lexicon,
    row: &Row<'_>,
    file: &str,
    line: usize,
) -> Result<(), LexiconError> {
    let noun = rasid_analysis::fold(row.get("noun").unwrap_or_default());
    let noun = noun.strip_prefix("ال").unwrap_or(&noun).to_string();
    let mut countries = Vec::new();
    for c in row.list("countries") {
        countries.push(iso3(c, file, line)?);
    }
    if let Some(c) = noun.chars().next_back() {
        if !lx.state_noun_ends.contains(&c) {
            lx.state_noun_ends.push(c);
        }
    }
    lx.state_nouns.entry(noun).or_default().extend(countries);
    Ok(())
}

fn date(s: Option<&str>, file: &str, line: usize) -> Result<Option<String>, LexiconError> {
    match s {
        None => Ok(None),
        Some(d) => {
            let ok = d.len() >= 4 && d.chars().all(|c| c.is_ascii_digit() || c == '-');
            if ok {
                Ok(Some(d.to_string()))
            } else {
                Err(err(file, line, format!("date `{d}` is not YYYY[-MM[-DD]]")))
            }
        }
    }
}

/// Regnal numbers (folded) ending a monarch's name: ordinals, never a surname by themselves.
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاولي",
    "الثانيه",
    "الثالثه",
];

fn person(
    lx: &mut Lexicon,
    row: &Row<'_>,
    seen: &mut HashMap<String, EntryId>,
    file: &str,
    line: usize,
) -> Result<(), LexiconError> {
    let name = row.get("name_ar").unwrap_or_default();
    let key = rasid_analysis::fold(name);
    let id = match seen.get(&key) {
        Some(&id) => id,
        None => {
            let mut e = Entry::new(EntryKind::Person, name);
            e.name_en = row.get("name_en").map(str::to_string);
            e.country = row.get("country").map(str::to_string);
            let id = lx.push_entry(e);
            lx.push_form(id, name, FormKind::Name, false);
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 2 {
                let last = words[words.len() - 1];
                // سلمان بن عبد العزيز: العزيز is part of the father's name, not a surname.
                let penult = rasid_analysis::fold(words[words.len() - 2]);
                let compound = matches!(
                    penult.as_str(),
                    "بن" | "ابن" | "بنت" | "عبد" | "ال" | "ابو" | "ابي" | "ام"
                ) || matches!(
                    rasid_analysis::fold(last).as_str(),
                    "الله" | "الدين" | "الرحمن" | "العزيز"
                );
                // (a nisba as a family name is no surname to match alone: منصور التركي; nor a
                // regnal number, عبد الله الثاني: النائب الثاني is someone else)
                let nisba = lx.nisba_words.contains(&rasid_analysis::fold(last));
                let regnal = REGNAL.contains(&rasid_analysis::fold(last).as_str());
                if rasid_analysis::fold(last).chars().count() >= 4 && !compound && !nisba && !regnal
                {
                    lx.push_form(id, last, FormKind::Surname, false);
                }
            }
            seen.insert(key, id);
            id
        }
    };
    for v in row.list("variants") {
        // A surname also listed as a variant matches alone, named in full or not (بوتين).
        match lx.forms.iter_mut().find(|(e, f, _, _)| *e == id && f == v) {
            Some(form) => {
                if form.2 == FormKind::Surname {
                    form.2 = FormKind::Variant;
                }
            }
            None => lx.push_form(id, v, FormKind::Variant, false),
        }
    }
    let from = date(row.get("from"), file, line)?;
    let to = date(row.get("to"), file, line)?;
    let role = row.get("role").map(str::to_string);
    let e = lx.entry_mut(id);
    if e.name_en.is_none() {
        e.name_en = row.get("name_en").map(str::to_string);
    }
    if e.country.is_none() {
        e.country = row.get("country").map(str::to_string);
    }
    if let Some(code) = row.get("code") {
        e.periods.push(Period {
            code: code.to_string(),
            role,
            from,
            to,
        });
    }
    // The entry's own code/role: the latest period's.
    if let Some(p) = e.periods.iter().max_by(|a, b| a.from.cmp(&b.from)).cloned() {
        e.code = Some(p.code);
        if p.role.is_some() {
            e.role = p.role;
        }
    }
    Ok(())
}

fn role(lx: &mut Lexicon, row: &Row<'_>, file: &str, line: usize) -> Result<(), LexiconError> {
    let phrase = row.get("phrase").unwrap_or_default();
    let kind = match row.get("kind").unwrap_or_default() {
        "person" => RoleKind::Person,
        "group" => RoleKind::Group,
        "ministry" => RoleKind::Ministry,
        k => {
            return Err(err(
                file,
                line,
                format!("role kind `{k}` is not person, group or ministry"),
            ))
        }
    };
    let mut e = Entry::new(EntryKind::Role, phrase);
    e.code = row.get("agent").map(str::to_string);
    e.role = row.get("role").map(str::to_string);
    e.role_kind = Some(kind);
    e.bare = row.flag("bare");
    // a title only one country's office holder bears (خادم الحرمين الشريفين: the Saudi king)
    e.country = row.get("country").map(str::to_string);
    let id = lx.push_entry(e);
    lx.push_form(id, phrase, FormKind::Role, false);
    Ok(())
}

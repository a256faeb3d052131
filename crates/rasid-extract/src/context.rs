//! The per-document working state shared by all stages, and the final assembly of the record.
//!
//! Stages exchange token- and char-addressed findings ([`MentionRef`], [`DateFound`],
//! [`QuoteFound`], [`EventFound`]); only [`assemble`] turns them into public record types, so
//! entity ids (`e1`, `e2` …) are assigned in one place.

use rasid_analysis::Analysis;
use rasid_core::{
    DateMention, Document, Entity, EntityKind, Event, EventActor, Mention, Mode, Quote, Record,
    RecordDocument, SentenceSpan,
};
use std::ops::Range;

/// One document under extraction: original text, its analysis and a byte→char index.
#[derive(Debug)]
pub struct Doc<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub analysis: Analysis,
    pub chars: CharCounts,
    /// The dates/quotes lexer's words, made once for both stages.
    words: std::cell::OnceCell<Vec<crate::dates::Word>>,
}

impl<'a> Doc<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let text = doc.text.as_str();
        Self {
            doc,
            text,
            analysis: rasid_analysis::analyze(text),
            chars: CharCounts::new(text),
            words: std::cell::OnceCell::new(),
        }
    }
    /// The text's words as [`crate::dates::lex`] splits them (computed on first use).
    pub(crate) fn words(&self) -> &[crate::dates::Word] {
        self.words
            .get_or_init(|| crate::dates::lex_with(self.text, &self.analysis.tokens))
    }
    /// Hand the document's reusable buffers (tokens, lexer words) back to the thread for the
    /// next document.
    pub fn recycle(self) {
        rasid_analysis::recycle(self.analysis);
        if let Some(words) = self.words.into_inner() {
            crate::dates::recycle(words);
        }
    }
    /// Exact original text of a byte range.
    pub fn slice(&self, bytes: Range<usize>) -> &'a str {
        &self.text[bytes]
    }
    /// Index of the sentence containing token `tok`.
    pub fn sentence_of_token(&self, tok: usize) -> Option<usize> {
        let s = &self.analysis.sentences;
        let i = s.partition_point(|x| x.tokens.end <= tok);
        (i < s.len() && s[i].tokens.contains(&tok)).then_some(i)
    }
}

/// Byte → char offsets: the char count at every 64-byte block, then a count within the block.
///
/// Why not [`rasid_core::CharIndex`]: that stores one `u32` per char, and building it cost as much
/// as a third of the analysis; a record only converts a few hundred offsets.
#[derive(Debug, Clone)]
pub struct CharCounts {
    /// Chars starting before byte `64 * k`.
    blocks: Vec<u32>,
    /// Chars in the whole text.
    total: usize,
}

impl CharCounts {
    const BLOCK: usize = 64;

    pub fn new(text: &str) -> Self {
        let mut blocks = Vec::with_capacity(text.len() / Self::BLOCK + 1);
        let mut n = 0u32;
        for chunk in text.as_bytes().chunks(Self::BLOCK) {
            blocks.push(n);
            n += chunk
                .iter()
                .map(|&b| u32::from(is_char_start(b)))
                .sum::<u32>();
        }
        Self {
            blocks,
            total: n as usize,
        }
    }

    /// Char offset of a byte offset of `text` (the text this was built from) on a char boundary,
    /// or of the char containing it: as [`rasid_core::CharIndex::char_of_byte`].
    pub fn char_of_byte(&self, text: &str, byte: usize) -> usize {
        if byte >= text.len() {
            return self.total;
        }
        let k = byte / Self::BLOCK;
        let bytes = text.as_bytes();
        let before = bytes[k * Self::BLOCK..byte]
            .iter()
            .filter(|&&b| is_char_start(b))
            .count();
        let inside = !is_char_start(bytes[byte]);
        self.blocks[k] as usize + before - usize::from(inside)
    }
}

/// Whether a UTF-8 byte starts a char (is not a continuation byte).
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// How a mention refers to its entity (useful for choosing canonical names and for coreference).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionVia {
    /// A name (full or partial): سيرغي لافروف، لافروف، الجزائر.
    Name,
    /// A title or role phrase: وزير الخارجية الروسي، الوزير الروسي، نظيره الجزائري.
    Title,
    /// A nisba adjective or demonym standing for a country: الجزائري، الروس.
    Nisba,
    /// A capital or seat standing for a government: موسكو، واشنطن.
    Capital,
}

/// One mention of an entity, addressed both by tokens and by offsets in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRef {
    /// Index into [`Entities::list`].
    pub entity: usize,
    /// Token range in [`Doc::analysis`].
    pub tokens: Range<usize>,
    pub byte_start: usize,
    pub byte_end: usize,
    pub via: MentionVia,
}

/// An entity under construction.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityDraft {
    pub kind: Option<EntityKind>,
    pub name: String,
    pub name_en: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// CAMEO actor code (RUSGOV, DZA, IGOUNO, …).
    pub code: Option<String>,
    /// A city other than a capital (`cities.tsv`): it says where, never whom (an attack there is
    /// not by itself an attack on its country).
    pub city: bool,
}

/// Entities of a document with all their mentions (sorted by `byte_start`).
#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub list: Vec<EntityDraft>,
    pub mentions: Vec<MentionRef>,
}

impl Entities {
    /// The mention covering token `tok`, if any.
    pub fn at_token(&self, tok: usize) -> Option<&MentionRef> {
        self.mentions.iter().find(|m| m.tokens.contains(&tok))
    }
    /// Mentions lying entirely within a token range, in text order.
    pub fn within(&self, tokens: Range<usize>) -> impl Iterator<Item = &MentionRef> {
        self.mentions
            .iter()
            .filter(move |m| m.tokens.start >= tokens.start && m.tokens.end <= tokens.end)
    }
}

/// A normalised date expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFound {
    pub tokens: Range<usize>,
    pub byte_start: usize,
    pub byte_end: usize,
    /// `2020`, `2020-01`, `2020-01-19`, `2020-H2`.
    pub value: String,
}

/// A quote: content span, reporting verb, speaker entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFound {
    pub speaker: Option<usize>,
    /// Byte range of the reporting verb as written.
    pub verb: Range<usize>,
    pub direct: bool,
    /// Byte range of the content (without the reporting frame).
    pub content: Range<usize>,
}

/// One side of an event: an entity of the document and/or a code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorFound {
    pub entity: Option<usize>,
    pub code: Option<String>,
    pub country: Option<String>,
}

/// A coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFound {
    pub source: Option<ActorFound>,
    pub target: Option<ActorFound>,
    pub cameo: String,
    pub plover: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub mode: Mode,
    pub date: Option<String>,
    /// Entity index of the location.
    pub location: Option<usize>,
    /// Byte range of the trigger words.
    pub trigger: Range<usize>,
    /// Index into the analysis' sentences.
    pub sentence: usize,
}

/// Turn the stages' findings into the public record.
pub fn assemble(
    cx: &Doc<'_>,
    document: RecordDocument,
    ents: &Entities,
    dates: &[DateFound],
    quotes: &[QuoteFound],
    events: &[EventFound],
) -> Record {
    let span = |b: Range<usize>| Mention {
        start: cx.chars.char_of_byte(cx.text, b.start),
        end: cx.chars.char_of_byte(cx.text, b.end),
        text: cx.text[b].to_string(),
    };
    // Entities without mentions are dropped; ids follow order of first mention.
    let mut first: Vec<(usize, usize)> = Vec::new();
    for (i, _) in ents.list.iter().enumerate() {
        if let Some(m) = ents
            .mentions
            .iter()
            .filter(|m| m.entity == i)
            .map(|m| m.byte_start)
            .min()
        {
            first.push((m, i));
        }
    }
    first.sort();
    let mut id_of = vec![None; ents.list.len()];
    let mut entities = Vec::with_capacity(first.len());
    for (n, &(_, i)) in first.iter().enumerate() {
        let id = format!("e{}", n + 1);
        id_of[i] = Some(id.clone());
        let d = &ents.list[i];
        let mut mentions: Vec<Mention> = ents
            .mentions
            .iter()
            .filter(|m| m.entity == i)
            .map(|m| span(m.byte_start..m.byte_end))
            .collect();
        mentions.sort_by_key(|m| (m.start, m.end));
        mentions.dedup();
        entities.push(Entity {
            id,
            kind: d.kind.unwrap_or(EntityKind::Other),
            name: d.name.clone(),
            name_en: d.name_en.clone(),
            country: d.country.clone(),
            role: d.role.clone(),
            code: d.code.clone(),
            mentions,
        });
    }
    let entity_id = |e: Option<usize>| e.and_then(|i| id_of.get(i).cloned().flatten());
    let actor = |a: &Option<ActorFound>| {
        a.as_ref().map(|a| EventActor {
            entity: entity_id(a.entity),
            code: a.code.clone(),
            country: a.country.clone(),
        })
    };
    Record {
        document,
        entities,
        quotes: quotes
            .iter()
            .map(|q| {
                let c = span(q.content.clone());
                Quote {
                    speaker: entity_id(q.speaker),
                    verb: cx.text[q.verb.clone()].to_string(),
                    direct: q.direct,
                    text: c.text,
                    start: c.start,
                    end: c.end,
                }
            })
            .collect(),
        events: events
            .iter()
            .map(|e| {
                let s = &cx.analysis.sentences[e.sentence];
                Event {
                    source: actor(&e.source),
                    target: actor(&e.target),
                    cameo: e.cameo.clone(),
                    plover: e.plover.clone(),
                    quad_class: e.quad_class,
                    goldstein: e.goldstein,
                    mode: e.mode,
                    date: e.date.clone(),
                    location: entity_id(e.location),
                    trigger: span(e.trigger.clone()),
                    sentence: SentenceSpan {
                        start: s.start,
                        end: s.end,
                    },
                }
            })
            .collect(),
        dates: dates
            .iter()
            .map(|d| {
                let m = span(d.byte_start..d.byte_end);
                DateMention {
                    text: m.text,
                    value: d.value.clone(),
                    start: m.start,
                    end: m.end,
                }
            })
            .collect(),
    }
}

/// Words opening a sentence's topic (وحول …، وعن …، وبشأن …، وبخصوص …) before its verb: a name
/// inside the topic is neither a quote's speaker nor the subject of the sentence's deeds.
pub(crate) const TOPIC_OPENERS: &[&str] = &[
    "حول",
    "وحول",
    "وعن",
    "بشان",
    "وبشان",
    "حيال",
    "وحيال",
    "عما",
    "وعما",
    "وفيما",
    "بخصوص",
    "وبخصوص",
];

/// Honorific pronouns (his eminence, his highness, his excellency …), folded, with the honorifics
/// and offices that introduce their holder: after a reporting verb the pronoun is that dignitary.
pub(crate) const HONORIFIC_PRONOUNS: &[(&str, &[&str])] = &[
    ("سموه", &["سمو", "الأمير", "الامير", "أمير"]),
    ("سموها", &["سمو", "الأميرة", "الاميرة"]),
    ("معاليه", &["معالي", "الوزير", "وزير"]),
    ("معاليها", &["معالي", "الوزيرة", "وزيرة"]),
    ("سماحته", &["سماحة", "المفتي", "مفتي"]),
    ("فضيلته", &["فضيلة", "الشيخ"]),
    ("سعادته", &["سعادة"]),
    ("سعادتها", &["سعادة"]),
    ("دولته", &["دولة", "رئيس الوزراء", "رئيس مجلس الوزراء"]),
    ("فخامته", &["فخامة", "الرئيس"]),
    ("جلالته", &["جلالة", "الملك"]),
];

/// How many characters before a person's mention may hold the honorific that introduced him
/// (سماحة المفتي العام للمملكة رئيس هيئة كبار العلماء الشيخ عبدالعزيز …).
const HONORIFIC_WINDOW: usize = 60;

/// How far back (bytes) an honorific pronoun looks for its dignitary: a few paragraphs.
const HONORIFIC_REACH: usize = 2000;

/// The dignitary the honorific pronoun `pronoun` (folded) at byte `at` stands for (وقال سماحته،
/// وأكد سموه، وأضاف معاليه، واستقبل معاليه): the one last heard (`prev`) or else the last person
/// named before, whichever was introduced by the matching honorific or office (سماحة المفتي، سمو
/// الأمير، معالي الوزير). The pronoun points back however far the sentences run on about the deed
/// he spoke of; a person named without that honorific (the bereaved, a soldier praised) or after
/// a preposition (ولسمو ولي ولي العهد: condolences went to him) is not him. Quotes and events
/// both resolve it here.
pub(crate) fn honorific_holder(
    text: &str,
    ents: &Entities,
    pronoun: &str,
    at: usize,
    prev: Option<usize>,
) -> Option<usize> {
    let cues = HONORIFIC_PRONOUNS.iter().find(|(p, _)| *p == pronoun)?.1;
    let person = |e: usize| ents.list.get(e).and_then(|x| x.kind) == Some(EntityKind::Person);
    // (a whole word: سموه itself holds سمو, معاليه holds معالي; not written on ل; and no comma or
    // full stop after it, which closes the dignitary's title: أمير منطقة نجران، العريف …)
    let introduced = |m: &MentionRef| {
        let from = text[..m.byte_start]
            .char_indices()
            .rev()
            .nth(HONORIFIC_WINDOW)
            .map_or(0, |(i, _)| i);
        let before = &text[from..m.byte_start];
        cues.iter().any(|c| {
            before.rfind(&format!("{c} ")).is_some_and(|k| {
                let lead = before[..k].trim_end_matches('و');
                (lead.is_empty() || lead.ends_with(char::is_whitespace))
                    && !before[k..].contains(['،', ',', '.', ':'])
            })
        })
    };
    // (a name with ل or ب written on it is an object: لخادم الحرمين الشريفين الملك سلمان)
    let glued = |m: &MentionRef| {
        let word = text[..m.byte_start]
            .rfind(char::is_whitespace)
            .map_or(0, |k| k + 1);
        let prefix = rasid_analysis::fold(&text[word..m.byte_start]);
        prefix.ends_with('ل') || prefix.ends_with('ب')
    };
    let named: Vec<&MentionRef> = ents
        .mentions
        .iter()
        .filter(|m| {
            m.byte_end <= at && at - m.byte_end <= HONORIFIC_REACH && person(m.entity) && !glued(m)
        })
        .collect();
    // (the dignitary leads his sentence: not one of those the condolences went to, إلى خادم
    // الحرمين الشريفين … وسمو ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان, nor the one he
    // received, استقبل الأمير فيصل بن خالد أمير منطقة عسير … أمين منطقة عسير صالح القاضي)
    let leads = |m: &MentionRef| {
        let start = text[..m.byte_start]
            .rfind(['.', '\n', '؟', '!'])
            .map_or(0, |k| k + 1);
        !ents.mentions.iter().any(|x| {
            x.byte_start >= start
                && x.byte_end <= m.byte_start
                && x.entity != m.entity
                && person(x.entity)
        })
    };
    let honoured = |e: usize| named.iter().any(|m| m.entity == e && introduced(m));
    let nearest = named.iter().rev().find(|m| introduced(m) && leads(m));
    match prev.filter(|&p| person(p)) {
        // the last speaker goes on, unless another dignitary was introduced since he was last
        // named
        Some(p) if honoured(p) => Some(p),
        Some(p) => {
            let last = named.iter().rev().find(|m| m.entity == p);
            match (nearest, last) {
                (Some(h), Some(l)) if h.byte_start > l.byte_start => Some(h.entity),
                (Some(h), None) => Some(h.entity),
                _ => Some(p),
            }
        }
        None => nearest.map(|m| m.entity),
    }
}

#[cfg(test)]
mod tests {
    use super::CharCounts;
    use rasid_core::CharIndex;

    #[test]
    fn char_counts_agree_with_char_index() {
        let base = "قال لافروف: نعم، the 3 \u{1F600} ٍّ";
        for n in [0, 1, 2, 3, 10, 40] {
            let t = base.repeat(n);
            let (a, b) = (CharIndex::new(&t), CharCounts::new(&t));
            for byte in 0..=t.len() {
                assert_eq!(a.char_of_byte(byte), b.char_of_byte(&t, byte), "{n} {byte}");
            }
        }
    }
}

//! Query filters and result rows shared by every backend (and serialised as the CLI's JSON).

use serde::Serialize;
use std::collections::BTreeMap;

/// Filter of `rasid events`.
///
/// `source`/`target` match a CAMEO actor code prefix (`RUS` matches `RUSGOV`), an ISO3 country,
/// or (folded, substring) an entity name. `kind` is a PLOVER type (`CONSULT`) or a CAMEO code
/// prefix (`04`). `from`/`to` compare date prefixes, so `--to 2021` includes all of 2021.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub source: Option<String>,
    pub target: Option<String>,
    pub kind: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
}

/// One side of an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActorRef {
    pub code: Option<String>,
    pub country: Option<String>,
    pub name: Option<String>,
}

impl ActorRef {
    /// Short label for tables: the code, else the country, else the name.
    pub fn label(&self) -> String {
        self.code
            .clone()
            .or_else(|| self.country.clone())
            .or_else(|| self.name.clone())
            .unwrap_or_default()
    }
}

/// One report of an event: which article said it, where.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventSource {
    pub doc_id: String,
    pub url: Option<String>,
    /// Outlet of the article.
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub trigger: String,
    pub trigger_start: usize,
    pub trigger_end: usize,
}

/// A deduplicated event with all the articles that reported it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub id: i64,
    /// The day the event is dated to: the event's own full date, else the article's date.
    pub day: Option<String>,
    /// The event's own date as extracted (any precision), when it had one.
    pub date: Option<String>,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub cameo: String,
    pub plover: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub mode: String,
    pub location: Option<String>,
    /// Story cluster of the first article that reported it.
    pub story: Option<i64>,
    pub num_mentions: usize,
    pub num_articles: usize,
    pub num_sources: usize,
    pub sources: Vec<EventSource>,
}

/// Filter of `rasid quotes`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteFilter {
    /// Folded substring of the speaker's canonical name, English name or any mention.
    pub speaker: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub id: i64,
    pub doc_id: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub speaker: Option<String>,
    pub speaker_en: Option<String>,
    pub speaker_country: Option<String>,
    pub verb: String,
    pub direct: bool,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// An entity across the whole store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    pub id: i64,
    pub name: String,
    pub name_en: Option<String>,
    pub kind: String,
    pub country: Option<String>,
    pub code: Option<String>,
    pub mentions: usize,
    pub documents: usize,
    /// Distinct roles stated for it, most frequent first.
    pub roles: Vec<String>,
}

/// A cluster of near-duplicate articles (syndicated copies of one story).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryRow {
    pub id: i64,
    pub size: usize,
    pub outlets: Vec<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub titles: Vec<String>,
    pub doc_ids: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub documents: usize,
    pub entities: usize,
    pub mentions: usize,
    pub quotes: usize,
    /// Deduplicated events.
    pub events: usize,
    /// Event reports before deduplication.
    pub event_mentions: usize,
    /// Stories with at least two articles.
    pub stories: usize,
    /// Articles that belong to such a story.
    pub story_documents: usize,
}

/// Where one event of a timeline bucket was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineRef {
    pub event_id: i64,
    pub doc_id: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineBucket {
    /// `YYYY-MM`.
    pub month: String,
    pub events: usize,
    /// Events per quad class: verbal coop, material coop, verbal conflict, material conflict.
    pub quad: [usize; 4],
    pub mean_goldstein: f32,
    pub event_ids: Vec<i64>,
    pub sources: Vec<TimelineRef>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Timeline {
    pub buckets: Vec<TimelineBucket>,
    /// Events whose day is unknown or coarser than a month (not in any bucket).
    pub undated: usize,
}

/// `YYYY-MM…`: a day or month value, not a half year or quarter (`2020-H2`, `2020-Q3`).
fn is_month_prefix(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() >= 7 && b[4] == b'-' && b[..4].iter().chain(&b[5..7]).all(u8::is_ascii_digit)
}

/// Group events per month. Only events dated at least to the month are bucketed.
pub(crate) fn build_timeline(rows: &[EventRow]) -> Timeline {
    let mut buckets: BTreeMap<String, TimelineBucket> = BTreeMap::new();
    let mut undated = 0;
    for r in rows {
        let month = match r.day.as_deref() {
            Some(d) if is_month_prefix(d) => d[..7].to_string(),
            _ => {
                undated += 1;
                continue;
            }
        };
        let b = buckets
            .entry(month.clone())
            .or_insert_with(|| TimelineBucket {
                month,
                events: 0,
                quad: [0; 4],
                mean_goldstein: 0.0,
                event_ids: Vec::new(),
                sources: Vec::new(),
            });
        b.events += 1;
        if (1..=4).contains(&r.quad_class) {
            b.quad[usize::from(r.quad_class) - 1] += 1;
        }
        // running sum for now; divided below
        b.mean_goldstein += r.goldstein;
        b.event_ids.push(r.id);
        for s in &r.sources {
            b.sources.push(TimelineRef {
                event_id: r.id,
                doc_id: s.doc_id.clone(),
                sentence_start: s.sentence_start,
                sentence_end: s.sentence_end,
            });
        }
    }
    let buckets = buckets
        .into_values()
        .map(|mut b| {
            b.mean_goldstein /= b.events.max(1) as f32;
            b
        })
        .collect();
    Timeline { buckets, undated }
}

#[cfg(test)]
mod timeline_tests {
    use super::is_month_prefix;

    #[test]
    fn half_year_is_not_a_month_bucket() {
        assert!(is_month_prefix("2020-01-19"));
        assert!(is_month_prefix("2015-07"));
        assert!(!is_month_prefix("2020-H2"));
        assert!(!is_month_prefix("2020-Q3"));
        assert!(!is_month_prefix("2020"));
    }
}

//! Arabic-aware full-text search for rasid.
//!
//! Plain engines tokenise Arabic badly: "للفلسطينيين" is one opaque word to them, and harakat or alef
//! variants split or miss matches. Here rasid's own analysis ([`rasid_analysis::analyze`]) produces
//! the term keys at index AND query time (see [`analyzer`]), and a real engine (tantivy, BM25,
//! positions for phrases) does the rest behind the [`SearchIndex`] trait.
//!
//! CONTRACT with `rasid-store` (keep these names): [`IndexDoc`], [`SearchIndex`], [`SearchQuery`],
//! [`Hit`], [`SearchResults`], [`open_index`]. The store (SQLite) is the source of truth: after each
//! committed batch it feeds every document with `key > index.high_water()` and calls
//! [`SearchIndex::commit`], so a crash between the two is healed on the next run.

pub mod analyzer;
pub mod query;
mod safe_phrase;
pub mod snippet;
mod tantivy_index;

use std::path::{Path, PathBuf};

pub use tantivy_index::TantivyIndex;

/// Directory of the index inside a rasid data directory (`<data>/search`).
pub const INDEX_DIR: &str = "search";

/// Where the index of a data directory lives, so the store and the CLI agree.
pub fn index_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(INDEX_DIR)
}

/// One document to index, borrowed from the store's row.
#[derive(Debug, Clone, Copy)]
pub struct IndexDoc<'a> {
    /// The store's document rowid; increasing, so it doubles as the catch-up cursor.
    pub key: i64,
    pub doc_id: &'a str,
    pub title: Option<&'a str>,
    pub text: &'a str,
    /// `YYYY-MM-DD` (longer strings are cut to their first 10 chars).
    pub published: Option<&'a str>,
    pub source: Option<&'a str>,
    /// Entity canonical names + CAMEO codes + ISO3 codes, matched exactly (folded, lowercased).
    pub actors: &'a [String],
}

/// A full-text index the store can feed and the CLI can query.
pub trait SearchIndex: Send {
    /// Adds one document (replacing an earlier one with the same key).
    fn add(&mut self, doc: &IndexDoc<'_>) -> Result<(), SearchError>;
    /// Durably commits everything added so far; records the highest key committed.
    fn commit(&mut self) -> Result<(), SearchError>;
    /// Highest store key durably in the index (None when empty): the store re-feeds every key above it.
    fn high_water(&self) -> Option<i64>;
    /// Runs a query against the last committed state.
    fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError>;
    /// Removes every document, durably (for `rasid reindex`); `high_water` becomes None.
    fn clear(&mut self) -> Result<(), SearchError>;
}

/// A search request. `text` syntax: words (all required), `"exact phrases"` (also «…»), `-word` or
/// `-"phrase"` to exclude. Empty `text` with filters lists the newest documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    pub text: String,
    /// Inclusive lower date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Inclusive upper date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Exact source (outlet) name, case- and variant-insensitive.
    pub source: Option<String>,
    /// Exact actor name or code, case- and variant-insensitive.
    pub actor: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            from: None,
            to: None,
            source: None,
            actor: None,
            limit: 10,
            offset: 0,
        }
    }
}

impl SearchQuery {
    /// A plain text query with the default limit.
    pub fn text(text: impl Into<String>) -> Self {
        SearchQuery {
            text: text.into(),
            ..SearchQuery::default()
        }
    }
}

/// One ranked result.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    pub key: i64,
    pub doc_id: String,
    /// BM25 score (0 when the query has no text).
    pub score: f32,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    /// A window of the text, matched words wrapped in «…»; `…` marks a cut.
    pub snippet: String,
    /// Char ranges of the matched words in `snippet` (inside the « » marks).
    pub highlights: Vec<(usize, usize)>,
}

/// Results of one query page.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SearchResults {
    /// Number of matching documents (all pages).
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search engine: {0}")]
    Engine(#[from] tantivy::TantivyError),
    #[error("cannot create index directory {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid date {0:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate(String),
    #[error("index at {0} has an incompatible layout; rebuild it with `rasid reindex`")]
    Incompatible(PathBuf),
    #[error("index commit data is corrupt: {0:?}")]
    BadPayload(String),
}

/// Opens the index in `dir`, creating it when absent. Opening takes no lock: the writer lock is taken
/// at the first `add`/`clear`, so `rasid search` can run while an ingest is writing.
pub fn open_index(dir: &Path) -> Result<Box<dyn SearchIndex>, SearchError> {
    Ok(Box::new(TantivyIndex::open(dir)?))
}

/// Parses a date bound into a sortable `YYYYMMDD` number; `upper` fills missing parts with the max.
pub(crate) fn date_bound(s: &str, upper: bool) -> Result<u64, SearchError> {
    let bad = || SearchError::BadDate(s.to_string());
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| -> Result<u64, SearchError> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = match parts.as_slice() {
        [y] => (num(y, 4)?, None, None),
        [y, m] => (num(y, 4)?, Some(num(m, 2)?), None),
        [y, m, d] => (num(y, 4)?, Some(num(m, 2)?), Some(num(d, 2)?)),
        _ => return Err(bad()),
    };
    let fill = if upper { 99 } else { 0 };
    Ok(y * 10_000 + m.unwrap_or(fill) * 100 + d.unwrap_or(fill))
}

/// The `YYYYMMDD` number of a stored `published` value, when it starts with a date.
pub(crate) fn published_day(published: &str) -> Option<u64> {
    let head = published.get(..10)?;
    date_bound(head, false).ok()
}

/// Folded, lowercased form used for exact filters (source, actor).
pub(crate) fn filter_key(s: &str) -> String {
    rasid_analysis::fold(s.trim()).to_lowercase()
}

/// The shared example articles, `(file name, text)`: real text for unit tests.
#[cfg(test)]
pub(crate) fn example_articles() -> Vec<(&'static str, String)> {
    [
        "2016-lavrov-algiers-visit.txt",
        "2020-lavrov-boukadoum-moscow.txt",
    ]
    .into_iter()
    .map(|name| {
        let path = format!(
            "{}/../../../shared/examples/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("shared example article");
        (name, text)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_accept_partial_dates() {
        assert_eq!(date_bound("2015", false).unwrap(), 20150000);
        assert_eq!(date_bound("2015", true).unwrap(), 20159999);
        assert_eq!(date_bound("2015-03", true).unwrap(), 20150399);
        assert_eq!(date_bound("2015-03-07", false).unwrap(), 20150307);
        assert!(date_bound("15-3-7", false).is_err());
        assert!(date_bound("yesterday", false).is_err());
        assert_eq!(published_day("2015-03-07T10:00:00"), Some(20150307));
        assert_eq!(published_day("n/a"), None);
    }

    #[test]
    fn filter_keys_ignore_case_and_variants() {
        assert_eq!(filter_key(" Alriyadh "), "alriyadh");
        assert_eq!(filter_key("إيران"), filter_key("ايران"));
    }
}

//! The embedded store of rasid: documents and their extraction records, stories
//! (syndicated copies), deduplicated events, analyst queries and exports.
//!
//! SQLite is the source of truth (one file, `rasid.sqlite`, in the data directory; schema in
//! `docs/store.md`). Everything above it speaks the [`Store`] trait so a PostgreSQL backend can
//! be added without touching extraction or the CLI.
//!
//! Write path: the caller extracts records in parallel, wraps each in a [`PreparedDoc`] (content
//! hash and MinHash signature computed there too, in parallel), and hands batches to ONE writer:
//! [`Store::write_batch`] stores a batch in one transaction, so a crash never leaves half a
//! document and everything reported stored survives.

pub mod export;
pub mod minhash;
mod query;
mod schema;
mod sqlite;

pub use minhash::Signature;
pub use query::*;
pub use sqlite::{OpenMode, SqliteStore, DB_FILE};

use rasid_core::{Document, Record};
use std::path::Path;

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not a rasid data directory ({reason}); refusing to write into it")]
    Foreign { path: String, reason: String },
    #[error("{path}: the store is corrupt or not a database: {source}")]
    Corrupt {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: store schema version {found} is newer than this rasid ({supported}); upgrade rasid")]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("{path}: no rasid store here (run `rasid ingest --data {path} FILE...` first)")]
    Missing { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("export: {0}")]
    Export(String),
    #[error("{0}")]
    Callback(Box<dyn std::error::Error + Send + Sync>),
}

/// A document ready to be written: the record plus what the single writer must not compute.
#[derive(Debug, Clone)]
pub struct PreparedDoc {
    pub doc: Document,
    pub record: Record,
    /// [`Document::content_id`] of the text: a second copy under another id is a duplicate.
    pub content_hash: String,
    /// `None` for texts too short to compare.
    pub signature: Option<Signature>,
}

impl PreparedDoc {
    /// Hashes and signs the document; meant to run on worker threads.
    pub fn new(doc: Document, record: Record) -> Self {
        let content_hash = Document::content_id(&doc.text);
        let signature = Signature::of_text(&doc.text);
        Self {
            doc,
            record,
            content_hash,
            signature,
        }
    }
}

/// What happened to one batch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// `(doc_id, key)` of every document stored by this batch.
    pub stored: Vec<(String, i64)>,
    /// Ids of documents skipped because the same id or the same text was already stored.
    pub duplicates: Vec<String>,
}

/// One stored document as handed to the search index (see `rasid_search::IndexDoc`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    pub key: i64,
    pub doc_id: String,
    pub path: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub text: String,
    pub story: i64,
    /// Entity canonical names, CAMEO actor codes and ISO3 countries found in the document.
    pub actors: Vec<String>,
}

/// Callback type for streaming documents out of the store.
pub type DocFn<'a> = dyn FnMut(&StoredDocument) -> Result<(), StoreError> + 'a;

/// Storage backend. SQLite ([`SqliteStore`]) is the one shipped.
pub trait Store: Send {
    /// Whether a document with this id or this content hash is already stored.
    fn contains(&self, doc_id: &str, content_hash: &str) -> Result<bool, StoreError>;
    /// Store a batch atomically: either every new document of the batch (with all its rows,
    /// story and event links) is durably stored, or none is.
    fn write_batch(&mut self, batch: Vec<PreparedDoc>) -> Result<BatchOutcome, StoreError>;
    /// Highest document key stored (keys only increase, never reused).
    fn max_key(&self) -> Result<Option<i64>, StoreError>;
    /// Stream documents with key > `after` in key order (all when `None`).
    fn for_each_document(&self, after: Option<i64>, f: &mut DocFn<'_>)
        -> Result<usize, StoreError>;
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError>;
    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>, StoreError>;
    /// Entities by number of mentions (all when `limit` is `None`).
    fn actors(&self, limit: Option<usize>) -> Result<Vec<ActorRow>, StoreError>;
    fn stories(&self, min_size: usize, limit: Option<usize>) -> Result<Vec<StoryRow>, StoreError>;
    fn stats(&self) -> Result<Stats, StoreError>;

    /// Per-month buckets of the events between `a` and `b` (both directions), or involving `a`.
    fn timeline(&self, a: &str, b: Option<&str>) -> Result<Timeline, StoreError> {
        let mut rows = Vec::new();
        let mut f = EventFilter {
            source: Some(a.to_string()),
            target: b.map(str::to_string),
            ..Default::default()
        };
        rows.extend(self.events(&f)?);
        match b {
            Some(b) => {
                f.source = Some(b.to_string());
                f.target = Some(a.to_string());
            }
            None => {
                f.source = None;
                f.target = Some(a.to_string());
            }
        }
        rows.extend(self.events(&f)?);
        rows.sort_by_key(|r| r.id);
        rows.dedup_by_key(|r| r.id);
        Ok(query::build_timeline(&rows))
    }
}

/// Open (or, with [`OpenMode::Create`], create) the store of a data directory.
pub fn open(dir: &Path, mode: OpenMode) -> Result<Box<dyn Store>, StoreError> {
    Ok(Box::new(SqliteStore::open(dir, mode)?))
}

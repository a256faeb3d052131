//! The SQLite schema (documented for users in `docs/store.md`).
//!
//! `PRAGMA application_id` marks the file as rasid's and `PRAGMA user_version` carries the
//! schema version, so a foreign or newer database is refused instead of being written into.

/// `PRAGMA application_id`: "RSID" in ASCII.
pub const APPLICATION_ID: i64 = 0x5253_4944;
/// `PRAGMA user_version` written by this rasid.
pub const SCHEMA_VERSION: i64 = 1;

pub const SCHEMA: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article. `key` only increases (AUTOINCREMENT: never reused), the search
-- index records the highest key it holds and catches up from there.
CREATE TABLE documents (
    key          INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id       TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    path         TEXT,
    title        TEXT,
    published    TEXT,
    source       TEXT,
    url          TEXT,
    text         TEXT NOT NULL,
    story        INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_story ON documents(story);
CREATE INDEX documents_published ON documents(published);

-- MinHash signature (64 × u32 little-endian) of each document long enough to have one.
CREATE TABLE signatures (
    doc_key INTEGER PRIMARY KEY REFERENCES documents(key),
    minhash BLOB NOT NULL
);

-- Entities across documents, identified by (kind, canonical name).
CREATE TABLE entities (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    name_fold TEXT NOT NULL,
    name_en   TEXT,
    country   TEXT,
    code      TEXT,
    UNIQUE (kind, name)
);

-- An entity as it appears in one document (the record's entity, with its local id `e3`).
CREATE TABLE doc_entities (
    doc_key   INTEGER NOT NULL REFERENCES documents(key),
    local_id  TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role      TEXT,
    country   TEXT,
    code      TEXT,
    PRIMARY KEY (doc_key, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE mentions (
    doc_key    INTEGER NOT NULL REFERENCES documents(key),
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    local_id   TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_doc ON mentions(doc_key);

CREATE TABLE quotes (
    id             INTEGER PRIMARY KEY,
    doc_key        INTEGER NOT NULL REFERENCES documents(key),
    speaker_local  TEXT,
    speaker_entity INTEGER REFERENCES entities(id),
    -- folded canonical name, English name and mentions of the speaker, '|'-separated
    speaker_fold   TEXT,
    verb           TEXT NOT NULL,
    direct         INTEGER NOT NULL,
    text           TEXT NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_key);

CREATE TABLE dates (
    doc_key    INTEGER NOT NULL REFERENCES documents(key),
    text       TEXT NOT NULL,
    value      TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);
CREATE INDEX dates_doc ON dates(doc_key);

-- Deduplicated events: one row per (source, target, CAMEO code, mode) on one day or in one
-- story, however many articles reported it.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    dedup_key      TEXT NOT NULL,
    day            TEXT,
    date           TEXT,
    story          INTEGER,
    source_code    TEXT,
    source_country TEXT,
    source_name    TEXT,
    source_fold    TEXT,
    target_code    TEXT,
    target_country TEXT,
    target_name    TEXT,
    target_fold    TEXT,
    cameo          TEXT NOT NULL,
    plover         TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    mode           TEXT NOT NULL,
    location       TEXT,
    first_doc_key  INTEGER NOT NULL REFERENCES documents(key)
);
CREATE INDEX events_dedup ON events(dedup_key);
CREATE INDEX events_day ON events(day);

-- Every report of an event by one article, exactly as extracted (offsets in chars).
CREATE TABLE event_mentions (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events(id),
    doc_key         INTEGER NOT NULL REFERENCES documents(key),
    idx             INTEGER NOT NULL,
    source_entity   TEXT,
    source_code     TEXT,
    source_country  TEXT,
    target_entity   TEXT,
    target_code     TEXT,
    target_country  TEXT,
    cameo           TEXT NOT NULL,
    plover          TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    mode            TEXT NOT NULL,
    date            TEXT,
    location_entity TEXT,
    location_name   TEXT,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    trigger_text    TEXT NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_doc ON event_mentions(doc_key);
"#;

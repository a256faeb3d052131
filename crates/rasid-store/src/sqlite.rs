//! The SQLite backend: one `rasid.sqlite` file (WAL) in the data directory.

use crate::minhash::{LshIndex, Signature};
use crate::query::*;
use crate::schema::{APPLICATION_ID, SCHEMA, SCHEMA_VERSION};
use crate::{BatchOutcome, DocFn, PreparedDoc, Store, StoreError, StoredDocument};
use rasid_analysis::fold;
use rasid_core::{Entity, EventActor, Record};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

/// Name of the database file inside the data directory.
pub const DB_FILE: &str = "rasid.sqlite";

/// Files a data directory may hold besides the database (the search index lives in `index/`).
const KNOWN_ENTRIES: &[&str] = &[
    "search",
    "index",
    "rasid.sqlite-wal",
    "rasid.sqlite-shm",
    "rasid.sqlite-journal",
    ".lock",
];

/// How [`SqliteStore::open`] treats a missing store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the directory and database when absent (ingest).
    Create,
    /// Fail with [`StoreError::Missing`] when absent (queries, exports).
    Existing,
}

/// The SQLite store. Not `Sync`: one writer; open another for concurrent reads.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: String,
    /// Loaded on the first write: signatures of every stored document.
    lsh: Option<LshIndex>,
    /// `(kind, name)` → entity id, so a batch does not upsert the same entity many times.
    entity_ids: HashMap<(String, String), i64>,
}

impl SqliteStore {
    /// Open the store in `dir`, refusing foreign, corrupt or newer databases.
    pub fn open(dir: &Path, mode: OpenMode) -> Result<Self, StoreError> {
        let dstr = dir.display().to_string();
        match std::fs::metadata(dir) {
            Ok(m) if !m.is_dir() => {
                return Err(StoreError::Foreign {
                    path: dstr,
                    reason: "it is not a directory".into(),
                })
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if mode == OpenMode::Existing {
                    return Err(StoreError::Missing { path: dstr });
                }
                std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                    path: dstr.clone(),
                    source,
                })?;
            }
            Err(source) => return Err(StoreError::Io { path: dstr, source }),
        }
        let db = dir.join(DB_FILE);
        if !db.exists() {
            if mode == OpenMode::Existing {
                return Err(StoreError::Missing { path: dstr });
            }
            let entries = std::fs::read_dir(dir).map_err(|source| StoreError::Io {
                path: dstr.clone(),
                source,
            })?;
            for entry in entries {
                let entry = entry.map_err(|source| StoreError::Io {
                    path: dstr.clone(),
                    source,
                })?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if !KNOWN_ENTRIES.contains(&name.as_str()) {
                    return Err(StoreError::Foreign {
                        path: dstr,
                        reason: format!("it holds `{name}` but no {DB_FILE}"),
                    });
                }
            }
        }
        let dbs = db.display().to_string();
        let corrupt = |source| StoreError::Corrupt {
            path: dbs.clone(),
            source,
        };
        let conn = Connection::open(&db).map_err(corrupt)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(corrupt)?;
        let app: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(corrupt)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(corrupt)?;
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(corrupt)?;
        let fresh = app == 0 && version == 0 && tables == 0;
        if fresh && mode == OpenMode::Existing {
            return Err(StoreError::Missing { path: dstr });
        }
        if !fresh && app != APPLICATION_ID {
            return Err(StoreError::Foreign {
                path: dbs,
                reason: format!("{DB_FILE} is an SQLite database of another application (application_id {app:#x})"),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: dbs,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let _: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(corrupt)?;
        // FULL: every committed batch is on disk before it is reported stored.
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(corrupt)?;
        conn.pragma_update(None, "cache_size", -64_000)
            .map_err(corrupt)?;
        let mut store = Self {
            conn,
            path: dbs,
            lsh: None,
            entity_ids: HashMap::new(),
        };
        if fresh {
            store.init()?;
        }
        Ok(store)
    }

    fn init(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(SCHEMA)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('created_by', ?1), ('schema_version', ?2)",
            params![
                format!("rasid {}", env!("CARGO_PKG_VERSION")),
                SCHEMA_VERSION.to_string()
            ],
        )?;
        tx.commit()?;
        log::info!("created store {}", self.path);
        Ok(())
    }

    /// Path of the database file.
    pub fn db_path(&self) -> &str {
        &self.path
    }

    /// The underlying connection, for ad-hoc SQL (read-only use recommended).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn load_lsh(&self) -> Result<LshIndex, StoreError> {
        let mut ix = LshIndex::new();
        let mut stmt = self
            .conn
            .prepare("SELECT doc_key, minhash FROM signatures")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let key: i64 = r.get(0)?;
            let blob: Vec<u8> = r.get(1)?;
            if let Some(sig) = Signature::from_bytes(&blob) {
                ix.insert(key, sig);
            }
        }
        Ok(ix)
    }

    fn sources_of(&self, event_id: i64) -> Result<Vec<EventSource>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.url, d.source, d.published, m.sentence_start, m.sentence_end,
                    m.trigger_text, m.trigger_start, m.trigger_end
             FROM event_mentions m JOIN documents d ON d.key = m.doc_key
             WHERE m.event_id = ?1 ORDER BY m.doc_key, m.idx",
        )?;
        let rows = stmt.query_map([event_id], |r| {
            Ok(EventSource {
                doc_id: r.get(0)?,
                url: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                sentence_start: r.get::<_, i64>(4)? as usize,
                sentence_end: r.get::<_, i64>(5)? as usize,
                trigger: r.get(6)?,
                trigger_start: r.get::<_, i64>(7)? as usize,
                trigger_end: r.get::<_, i64>(8)? as usize,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn actors_of(&self, key: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.name, coalesce(de.code, e.code), coalesce(de.country, e.country)
             FROM doc_entities de JOIN entities e ON e.id = de.entity_id
             WHERE de.doc_key = ?1 ORDER BY de.rowid",
        )?;
        let mut out: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        let mut rows = stmt.query([key])?;
        while let Some(r) = rows.next()? {
            for i in 0..3 {
                if let Some(v) = r.get::<_, Option<String>>(i)? {
                    if seen.insert(v.clone()) {
                        out.push(v);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A full `YYYY-MM-DD` date, or `None`.
fn full_day(d: Option<&str>) -> Option<&str> {
    d.filter(|d| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
}

/// The day an event is attributed to: its own full date; else the article's date when it is
/// consistent with the event's (coarser) date; else the event's own coarse date.
fn event_day(event_date: Option<&str>, published: Option<&str>) -> Option<String> {
    if let Some(d) = full_day(event_date) {
        return Some(d.to_string());
    }
    match (event_date, full_day(published)) {
        (None, Some(p)) => Some(p.to_string()),
        (Some(e), Some(p)) if p.starts_with(e) => Some(p.to_string()),
        (Some(e), _) => Some(e.to_string()),
        (None, None) => published.map(str::to_string),
    }
}

/// Resolved view of one event side.
struct Side {
    code: Option<String>,
    country: Option<String>,
    name: Option<String>,
    fold: Option<String>,
}

impl Side {
    fn of(actor: Option<&EventActor>, ents: &HashMap<&str, &Entity>) -> Self {
        let Some(a) = actor else {
            return Side {
                code: None,
                country: None,
                name: None,
                fold: None,
            };
        };
        let ent = a.entity.as_deref().and_then(|id| ents.get(id));
        let name = ent.map(|e| e.name.clone());
        let fold = ent.map(|e| {
            let mut f = fold(&e.name);
            if let Some(en) = &e.name_en {
                f.push('|');
                f.push_str(&en.to_lowercase());
            }
            f
        });
        let country = a
            .country
            .clone()
            .or_else(|| ent.and_then(|e| e.country.clone()));
        let code = a.code.clone().or_else(|| ent.and_then(|e| e.code.clone()));
        Side {
            code,
            country,
            name,
            fold,
        }
    }

    /// Identity of the actor for deduplication: code, else country, else folded name.
    fn key(&self) -> String {
        self.code
            .clone()
            .or_else(|| self.country.clone())
            .or_else(|| self.name.as_deref().map(fold))
            .unwrap_or_else(|| "-".into())
    }
}

fn write_doc(
    tx: &Transaction<'_>,
    lsh: &mut LshIndex,
    entity_ids: &mut HashMap<(String, String), i64>,
    p: &PreparedDoc,
) -> Result<i64, StoreError> {
    let d = &p.doc;
    tx.prepare_cached(
        "INSERT INTO documents(doc_id, content_hash, path, title, published, source, url, text, story)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0)",
    )?
    .execute(params![d.id, p.content_hash, d.path, d.title, d.published, d.source, d.url, d.text])?;
    let key = tx.last_insert_rowid();

    // Story: join the oldest story among near-duplicates, merging stories this document bridges.
    let mut story = key;
    if let Some(sig) = &p.signature {
        let mut stories = BTreeSet::new();
        for (k, _) in lsh.query(sig) {
            let s: Option<i64> = tx
                .prepare_cached("SELECT story FROM documents WHERE key = ?1")?
                .query_row([k], |r| r.get(0))
                .optional()?;
            stories.extend(s);
        }
        if let Some(&min) = stories.first() {
            story = min;
            for &s in stories.iter().skip(1) {
                tx.prepare_cached("UPDATE documents SET story = ?1 WHERE story = ?2")?
                    .execute([min, s])?;
                tx.prepare_cached("UPDATE events SET story = ?1 WHERE story = ?2")?
                    .execute([min, s])?;
            }
        }
        tx.prepare_cached("INSERT INTO signatures(doc_key, minhash) VALUES (?1, ?2)")?
            .execute(params![key, sig.to_bytes()])?;
        lsh.insert(key, sig.clone());
    }
    tx.prepare_cached("UPDATE documents SET story = ?1 WHERE key = ?2")?
        .execute([story, key])?;

    let rec: &Record = &p.record;
    let ents: HashMap<&str, &Entity> = rec.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut gids: HashMap<&str, i64> = HashMap::new();
    for e in &rec.entities {
        let ck = (e.kind.as_str().to_string(), e.name.clone());
        let gid = match entity_ids.get(&ck) {
            Some(&id) => id,
            None => {
                let id: i64 = tx
                    .prepare_cached(
                        "INSERT INTO entities(kind, name, name_fold, name_en, country, code)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT(kind, name) DO UPDATE SET
                           name_en = coalesce(entities.name_en, excluded.name_en),
                           country = coalesce(entities.country, excluded.country),
                           code = coalesce(entities.code, excluded.code)
                         RETURNING id",
                    )?
                    .query_row(
                        params![ck.0, e.name, fold(&e.name), e.name_en, e.country, e.code],
                        |r| r.get(0),
                    )?;
                entity_ids.insert(ck, id);
                id
            }
        };
        gids.insert(e.id.as_str(), gid);
        tx.prepare_cached(
            "INSERT OR IGNORE INTO doc_entities(doc_key, local_id, entity_id, role, country, code)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![key, e.id, gid, e.role, e.country, e.code])?;
        let mut ins = tx.prepare_cached(
            "INSERT INTO mentions(doc_key, entity_id, local_id, char_start, char_end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for m in &e.mentions {
            ins.execute(params![
                key,
                gid,
                e.id,
                m.start as i64,
                m.end as i64,
                m.text
            ])?;
        }
    }

    for q in &rec.quotes {
        let ent = q.speaker.as_deref().and_then(|s| ents.get(s));
        let speaker_fold = ent.map(|e| {
            let mut parts = vec![fold(&e.name)];
            if let Some(en) = &e.name_en {
                parts.push(en.to_lowercase());
            }
            parts.extend(e.mentions.iter().map(|m| fold(&m.text)));
            parts.join("|")
        });
        let gid = q.speaker.as_deref().and_then(|s| gids.get(s)).copied();
        tx.prepare_cached(
            "INSERT INTO quotes(doc_key, speaker_local, speaker_entity, speaker_fold, verb, direct, text,
                                char_start, char_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![key, q.speaker, gid, speaker_fold, q.verb, q.direct, q.text, q.start as i64, q.end as i64])?;
    }

    for dm in &rec.dates {
        tx.prepare_cached("INSERT INTO dates(doc_key, text, value, char_start, char_end) VALUES (?1, ?2, ?3, ?4, ?5)")?
            .execute(params![key, dm.text, dm.value, dm.start as i64, dm.end as i64])?;
    }

    for (idx, ev) in rec.events.iter().enumerate() {
        let src = Side::of(ev.source.as_ref(), &ents);
        let tgt = Side::of(ev.target.as_ref(), &ents);
        let mode = ev.mode.as_str();
        let dedup_key = format!("{}|{}|{}|{}", src.key(), tgt.key(), ev.cameo, mode);
        let day = event_day(ev.date.as_deref(), d.published.as_deref());
        let location = ev
            .location
            .as_deref()
            .and_then(|l| ents.get(l))
            .map(|e| e.name.clone());
        let existing: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM events WHERE dedup_key = ?1 AND ((?2 IS NOT NULL AND day = ?2) OR story = ?3)
                 ORDER BY id LIMIT 1",
            )?
            .query_row(params![dedup_key, day, story], |r| r.get(0))
            .optional()?;
        let event_id = match existing {
            Some(id) => id,
            None => {
                tx.prepare_cached(
                    "INSERT INTO events(dedup_key, day, date, story, source_code, source_country, source_name,
                        source_fold, target_code, target_country, target_name, target_fold, cameo, plover,
                        quad_class, goldstein, mode, location, first_doc_key)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                )?
                .execute(params![
                    dedup_key,
                    day,
                    ev.date,
                    story,
                    src.code,
                    src.country,
                    src.name,
                    src.fold,
                    tgt.code,
                    tgt.country,
                    tgt.name,
                    tgt.fold,
                    ev.cameo,
                    ev.plover,
                    ev.quad_class,
                    f64::from(ev.goldstein),
                    mode,
                    location,
                    key
                ])?;
                tx.last_insert_rowid()
            }
        };
        let (se, sc, sn) = ev.source.as_ref().map_or((None, None, None), |a| {
            (a.entity.clone(), a.code.clone(), a.country.clone())
        });
        let (te, tc, tn) = ev.target.as_ref().map_or((None, None, None), |a| {
            (a.entity.clone(), a.code.clone(), a.country.clone())
        });
        tx.prepare_cached(
            "INSERT INTO event_mentions(event_id, doc_key, idx, source_entity, source_code, source_country,
                target_entity, target_code, target_country, cameo, plover, quad_class, goldstein, mode, date,
                location_entity, location_name, trigger_start, trigger_end, trigger_text, sentence_start,
                sentence_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                ?21, ?22)",
        )?
        .execute(params![
            event_id,
            key,
            idx as i64,
            se,
            sc,
            sn,
            te,
            tc,
            tn,
            ev.cameo,
            ev.plover,
            ev.quad_class,
            f64::from(ev.goldstein),
            mode,
            ev.date,
            ev.location,
            location,
            ev.trigger.start as i64,
            ev.trigger.end as i64,
            ev.trigger.text,
            ev.sentence.start as i64,
            ev.sentence.end as i64
        ])?;
    }
    Ok(key)
}

/// SQL condition matching one event side against a user's actor query (see [`EventFilter`]).
fn actor_condition(side: &str, q: &str, params: &mut Vec<Value>) -> String {
    let upper = q.trim().to_uppercase();
    let mut folded = fold(q.trim()).to_lowercase();
    if folded.is_empty() {
        folded = "\u{0}".into();
    }
    params.push(Value::Text(upper));
    let i = params.len();
    params.push(Value::Text(folded));
    let j = params.len();
    format!(
        "(substr({side}_code, 1, length(?{i})) = ?{i} OR {side}_country = ?{i} OR instr({side}_fold, ?{j}) > 0)"
    )
}

/// SQL condition on a date column for `--from`/`--to` prefixes.
fn date_conditions(
    col: &str,
    from: Option<&str>,
    to: Option<&str>,
    params: &mut Vec<Value>,
    conds: &mut Vec<String>,
) {
    if let Some(f) = from {
        params.push(Value::Text(f.to_string()));
        let i = params.len();
        conds.push(format!(
            "({col} IS NOT NULL AND substr({col}, 1, length(?{i})) >= ?{i})"
        ));
    }
    if let Some(t) = to {
        params.push(Value::Text(t.to_string()));
        let i = params.len();
        conds.push(format!(
            "({col} IS NOT NULL AND substr({col}, 1, length(?{i})) <= ?{i})"
        ));
    }
}

fn limit_clause(limit: Option<usize>) -> String {
    limit.map(|l| format!(" LIMIT {l}")).unwrap_or_default()
}

fn uz(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}

impl Store for SqliteStore {
    fn contains(&self, doc_id: &str, content_hash: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE doc_id = ?1 UNION ALL SELECT 1 FROM documents WHERE content_hash = ?2 LIMIT 1")?
            .exists(params![doc_id, content_hash])?)
    }

    fn write_batch(&mut self, batch: Vec<PreparedDoc>) -> Result<BatchOutcome, StoreError> {
        let mut lsh = match self.lsh.take() {
            Some(l) => l,
            None => self.load_lsh()?,
        };
        let mut out = BatchOutcome::default();
        let result = (|| {
            let tx = self.conn.transaction()?;
            for p in &batch {
                let dup = tx
                    .prepare_cached(
                        "SELECT 1 FROM documents WHERE doc_id = ?1 UNION ALL
                         SELECT 1 FROM documents WHERE content_hash = ?2 LIMIT 1",
                    )?
                    .exists(params![p.doc.id, p.content_hash])?;
                if dup {
                    out.duplicates.push(p.doc.id.clone());
                    continue;
                }
                let key = write_doc(&tx, &mut lsh, &mut self.entity_ids, p)?;
                out.stored.push((p.doc.id.clone(), key));
            }
            tx.commit()?;
            Ok::<(), StoreError>(())
        })();
        match result {
            Ok(()) => {
                self.lsh = Some(lsh);
                Ok(out)
            }
            Err(e) => {
                // The transaction rolled back: in-memory caches may name rows that do not exist.
                self.entity_ids.clear();
                Err(e)
            }
        }
    }

    fn max_key(&self) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT max(key) FROM documents", [], |r| r.get(0))?)
    }

    fn for_each_document(
        &self,
        after: Option<i64>,
        f: &mut DocFn<'_>,
    ) -> Result<usize, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT key, doc_id, path, title, published, source, url, text, story
             FROM documents WHERE key > ?1 ORDER BY key",
        )?;
        let mut rows = stmt.query([after.unwrap_or(i64::MIN)])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let key: i64 = r.get(0)?;
            let doc = StoredDocument {
                key,
                doc_id: r.get(1)?,
                path: r.get(2)?,
                title: r.get(3)?,
                published: r.get(4)?,
                source: r.get(5)?,
                url: r.get(6)?,
                text: r.get(7)?,
                story: r.get(8)?,
                actors: self.actors_of(key)?,
            };
            f(&doc)?;
            n += 1;
        }
        Ok(n)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let mut params: Vec<Value> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        if let Some(s) = &filter.source {
            conds.push(actor_condition("source", s, &mut params));
        }
        if let Some(t) = &filter.target {
            conds.push(actor_condition("target", t, &mut params));
        }
        if let Some(k) = &filter.kind {
            let k = k.trim();
            params.push(Value::Text(k.to_uppercase()));
            let i = params.len();
            if k.chars().all(|c| c.is_ascii_digit()) {
                conds.push(format!("substr(cameo, 1, length(?{i})) = ?{i}"));
            } else {
                conds.push(format!("upper(plover) = ?{i}"));
            }
        }
        date_conditions(
            "day",
            filter.from.as_deref(),
            filter.to.as_deref(),
            &mut params,
            &mut conds,
        );
        let where_ = if conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conds.join(" AND "))
        };
        let sql = format!(
            "SELECT id, day, date, source_code, source_country, source_name, target_code, target_country,
                    target_name, cameo, plover, quad_class, goldstein, mode, location, story
             FROM events{where_} ORDER BY day IS NULL, day, id{}",
            limit_clause(filter.limit)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let side = |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<Option<ActorRef>> {
            let a = ActorRef {
                code: r.get(i)?,
                country: r.get(i + 1)?,
                name: r.get(i + 2)?,
            };
            Ok((a.code.is_some() || a.country.is_some() || a.name.is_some()).then_some(a))
        };
        let rows: Vec<EventRow> = stmt
            .query_map(params_from_iter(params), |r| {
                Ok(EventRow {
                    id: r.get(0)?,
                    day: r.get(1)?,
                    date: r.get(2)?,
                    source: side(r, 3)?,
                    target: side(r, 6)?,
                    cameo: r.get(9)?,
                    plover: r.get(10)?,
                    quad_class: r.get(11)?,
                    goldstein: r.get::<_, f64>(12)? as f32,
                    mode: r.get(13)?,
                    location: r.get(14)?,
                    story: r.get(15)?,
                    num_mentions: 0,
                    num_articles: 0,
                    num_sources: 0,
                    sources: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|mut e| {
                e.sources = self.sources_of(e.id)?;
                e.num_mentions = e.sources.len();
                e.num_articles = e
                    .sources
                    .iter()
                    .map(|s| &s.doc_id)
                    .collect::<HashSet<_>>()
                    .len();
                e.num_sources = e
                    .sources
                    .iter()
                    .map(|s| s.outlet.as_ref().unwrap_or(&s.doc_id))
                    .collect::<HashSet<_>>()
                    .len();
                Ok(e)
            })
            .collect()
    }

    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>, StoreError> {
        let mut params: Vec<Value> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        if let Some(s) = &filter.speaker {
            let mut f = fold(s.trim()).to_lowercase();
            if f.is_empty() {
                f = "\u{0}".into();
            }
            params.push(Value::Text(f));
            conds.push(format!("instr(q.speaker_fold, ?{}) > 0", params.len()));
        }
        date_conditions(
            "d.published",
            filter.from.as_deref(),
            filter.to.as_deref(),
            &mut params,
            &mut conds,
        );
        let where_ = if conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conds.join(" AND "))
        };
        let sql = format!(
            "SELECT q.id, d.doc_id, d.published, d.source, d.url, e.name, e.name_en, e.country, q.verb, q.direct,
                    q.text, q.char_start, q.char_end
             FROM quotes q JOIN documents d ON d.key = q.doc_key LEFT JOIN entities e ON e.id = q.speaker_entity
             {where_} ORDER BY d.published IS NULL, d.published, q.id{}",
            limit_clause(filter.limit)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            Ok(QuoteRow {
                id: r.get(0)?,
                doc_id: r.get(1)?,
                published: r.get(2)?,
                outlet: r.get(3)?,
                url: r.get(4)?,
                speaker: r.get(5)?,
                speaker_en: r.get(6)?,
                speaker_country: r.get(7)?,
                verb: r.get(8)?,
                direct: r.get(9)?,
                text: r.get(10)?,
                start: uz(r.get(11)?),
                end: uz(r.get(12)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn actors(&self, limit: Option<usize>) -> Result<Vec<ActorRow>, StoreError> {
        let sql = format!(
            "SELECT e.id, e.name, e.name_en, e.kind, e.country, e.code,
                    (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n,
                    (SELECT count(*) FROM doc_entities de WHERE de.entity_id = e.id) AS docs
             FROM entities e ORDER BY n DESC, docs DESC, e.id{}",
            limit_clause(limit)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows: Vec<ActorRow> = stmt
            .query_map([], |r| {
                Ok(ActorRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    name_en: r.get(2)?,
                    kind: r.get(3)?,
                    country: r.get(4)?,
                    code: r.get(5)?,
                    mentions: uz(r.get(6)?),
                    documents: uz(r.get(7)?),
                    roles: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut roles = self.conn.prepare_cached(
            "SELECT role, count(*) AS c FROM doc_entities WHERE entity_id = ?1 AND role IS NOT NULL
             GROUP BY role ORDER BY c DESC, role LIMIT 5",
        )?;
        rows.into_iter()
            .map(|mut a| {
                a.roles = roles
                    .query_map([a.id], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                Ok(a)
            })
            .collect()
    }

    fn stories(&self, min_size: usize, limit: Option<usize>) -> Result<Vec<StoryRow>, StoreError> {
        let sql = format!(
            "SELECT story, count(*) AS c, min(published), max(published) FROM documents
             GROUP BY story HAVING c >= ?1 ORDER BY c DESC, story{}",
            limit_clause(limit)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let heads: Vec<(i64, i64, Option<String>, Option<String>)> = stmt
            .query_map([min_size.max(1) as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut members = self.conn.prepare_cached(
            "SELECT doc_id, source, title FROM documents WHERE story = ?1 ORDER BY published IS NULL, published, key",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (id, size, first, last) in heads {
            let mut outlets = Vec::new();
            let mut titles = Vec::new();
            let mut doc_ids = Vec::new();
            let mut rows = members.query([id])?;
            while let Some(r) = rows.next()? {
                doc_ids.push(r.get::<_, String>(0)?);
                if let Some(s) = r.get::<_, Option<String>>(1)? {
                    if !outlets.contains(&s) {
                        outlets.push(s);
                    }
                }
                if let Some(t) = r.get::<_, Option<String>>(2)? {
                    if !titles.contains(&t) {
                        titles.push(t);
                    }
                }
            }
            out.push(StoryRow {
                id,
                size: uz(size),
                outlets,
                first_published: first,
                last_published: last,
                titles,
                doc_ids,
            });
        }
        Ok(out)
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let count = |sql: &str| -> Result<usize, StoreError> {
            Ok(uz(self.conn.query_row(sql, [], |r| r.get(0))?))
        };
        let (stories, story_documents): (i64, Option<i64>) = self.conn.query_row(
            "SELECT count(*), sum(c) FROM (SELECT count(*) AS c FROM documents GROUP BY story HAVING c >= 2)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            entities: count("SELECT count(*) FROM entities")?,
            mentions: count("SELECT count(*) FROM mentions")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            events: count("SELECT count(*) FROM events")?,
            event_mentions: count("SELECT count(*) FROM event_mentions")?,
            stories: uz(stories),
            story_documents: uz(story_documents.unwrap_or(0)),
        })
    }
}

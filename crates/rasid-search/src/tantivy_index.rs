//! The tantivy backend: BM25 over title and body term keys, positions for phrases, exact filter
//! fields, the store's key as catch-up cursor in the commit payload.

use std::collections::HashSet;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

use crate::analyzer::{RasidTokenizer, TOKENIZER_NAME};
use crate::query::{parse, Clause};
use crate::safe_phrase::SafeSeek;
use crate::snippet::{make_snippet, Snippet, SNIPPET_CHARS};
use crate::{
    date_bound, filter_key, published_day, Hit, IndexDoc, SearchError, SearchIndex, SearchQuery,
    SearchResults,
};

/// Bumped when the schema or the commit payload changes; an index of another layout is refused.
const LAYOUT: &str = "rasid-search/1";
/// Title matches count double: a word in the headline says more about the article.
const TITLE_BOOST: f32 = 2.0;
/// Indexing memory budget shared by the writer threads.
const WRITER_MEMORY: usize = 200_000_000;

#[derive(Debug, Clone, Copy)]
struct Fields {
    key: Field,
    doc_id: Field,
    title: Field,
    body: Field,
    published: Field,
    day: Field,
    source: Field,
    source_key: Field,
    actor: Field,
}

fn schema() -> Schema {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    b.add_i64_field("key", INDEXED | STORED | FAST);
    b.add_text_field("doc_id", STRING | STORED);
    b.add_text_field("title", text.clone());
    b.add_text_field("body", text);
    b.add_text_field("published", STORED);
    b.add_u64_field("day", INDEXED | FAST);
    b.add_text_field("source", STORED);
    b.add_text_field("source_key", STRING);
    b.add_text_field("actor", STRING);
    b.build()
}

fn fields(schema: &Schema) -> Option<Fields> {
    let f = |n: &str| schema.get_field(n).ok();
    Some(Fields {
        key: f("key")?,
        doc_id: f("doc_id")?,
        title: f("title")?,
        body: f("body")?,
        published: f("published")?,
        day: f("day")?,
        source: f("source")?,
        source_key: f("source_key")?,
        actor: f("actor")?,
    })
}

fn payload_of(high: Option<i64>) -> String {
    match high {
        Some(k) => format!("{LAYOUT} high_water={k}"),
        None => format!("{LAYOUT} high_water="),
    }
}

fn parse_payload(p: &str) -> Result<Option<i64>, SearchError> {
    let bad = || SearchError::BadPayload(p.to_string());
    let rest = p.strip_prefix(LAYOUT).ok_or_else(bad)?;
    let v = rest.trim().strip_prefix("high_water=").ok_or_else(bad)?;
    if v.is_empty() {
        Ok(None)
    } else {
        v.parse().map(Some).map_err(|_| bad())
    }
}

/// A tantivy index in a directory (see the crate docs for the contract).
pub struct TantivyIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    f: Fields,
    /// Highest key durably committed.
    committed: Option<i64>,
    /// Highest key added since the last commit.
    pending: Option<i64>,
}

impl std::fmt::Debug for TantivyIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TantivyIndex")
            .field("dir", &self.dir)
            .field("committed", &self.committed)
            .field("pending", &self.pending)
            .finish_non_exhaustive()
    }
}

impl TantivyIndex {
    /// Opens the index in `dir`, creating the directory and an empty index when absent.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir).map_err(|source| SearchError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let index = if dir.join("meta.json").exists() {
            Index::open_in_dir(dir)?
        } else {
            Index::create_in_dir(dir, schema())?
        };
        let f = fields(&index.schema()).ok_or_else(|| SearchError::Incompatible(dir.into()))?;
        index.tokenizers().register(TOKENIZER_NAME, RasidTokenizer);
        let committed = match index.load_metas()?.payload {
            Some(p) => parse_payload(&p).map_err(|_| SearchError::Incompatible(dir.into()))?,
            None => None,
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(TantivyIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            writer: None,
            f,
            committed,
            pending: None,
        })
    }

    /// Keys of every matching document, unranked and without snippets: for measurements (recall)
    /// and bulk tools that need the full result set.
    pub fn matching_keys(&self, q: &SearchQuery) -> Result<Vec<i64>, SearchError> {
        let parsed = parse(&q.text);
        let query = self.build_query(q, &parsed)?;
        let searcher = self.reader.searcher();
        let addrs = searcher.search(&query, &DocSetCollector)?;
        let mut cols = Vec::with_capacity(searcher.segment_readers().len());
        for seg in searcher.segment_readers() {
            cols.push(seg.fast_fields().i64("key")?);
        }
        let mut keys: Vec<i64> = addrs
            .into_iter()
            .filter_map(|a| cols[a.segment_ord as usize].first(a.doc_id))
            .collect();
        keys.sort_unstable();
        Ok(keys)
    }

    /// [`SearchIndex::search`], optionally without snippets (for callers that show only titles,
    /// and to measure what snippets cost).
    pub fn search_with(
        &self,
        q: &SearchQuery,
        snippets: bool,
    ) -> Result<SearchResults, SearchError> {
        let parsed = parse(&q.text);
        let query = self.build_query(q, &parsed)?;
        let searcher = self.reader.searcher();
        // Top docs and the total are two passes on purpose: a `(TopDocs, Count)` pair must score
        // every matching document, while `TopDocs` alone skips blocks that cannot enter the top
        // (block-WAND) and `count` walks postings without scoring.
        let total = query.count(&searcher)?;
        if q.limit == 0 || total <= q.offset {
            return Ok(SearchResults {
                total,
                hits: Vec::new(),
            });
        }
        let top = TopDocs::with_limit(q.limit).and_offset(q.offset);
        let addrs: Vec<(f32, tantivy::DocAddress)> = if parsed.is_empty() {
            // No text: newest first by store key.
            let docs =
                searcher.search(&query, &top.order_by_fast_field::<i64>("key", Order::Desc))?;
            docs.into_iter().map(|(_, a)| (0.0, a)).collect()
        } else {
            searcher.search(&query, &top.order_by_score())?
        };
        let keys: HashSet<&str> = parsed.positive_keys().collect();
        let mut hits = Vec::with_capacity(addrs.len());
        for (score, addr) in addrs {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let snippet = match (
                snippets,
                doc.get_first(self.f.body).and_then(|v| v.as_str()),
            ) {
                (true, Some(body)) => make_snippet(body, &keys, SNIPPET_CHARS),
                _ => Snippet::default(),
            };
            hits.push(Hit {
                key: doc
                    .get_first(self.f.key)
                    .and_then(|v| v.as_i64())
                    .unwrap_or_default(),
                doc_id: first_str(&doc, self.f.doc_id).unwrap_or_default(),
                score,
                title: first_str(&doc, self.f.title),
                published: first_str(&doc, self.f.published),
                source: first_str(&doc, self.f.source),
                snippet: snippet.text,
                highlights: snippet.highlights,
            });
        }
        Ok(SearchResults { total, hits })
    }

    fn writer(&mut self) -> Result<&mut IndexWriter, SearchError> {
        if self.writer.is_none() {
            let threads = std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .clamp(1, 4);
            self.writer = Some(self.index.writer_with_num_threads(threads, WRITER_MEMORY)?);
        }
        Ok(self.writer.as_mut().expect("writer just created"))
    }

    fn commit_with(&mut self, high: Option<i64>) -> Result<(), SearchError> {
        let payload = payload_of(high);
        let writer = self.writer()?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.committed = high;
        self.pending = None;
        self.reader.reload()?;
        Ok(())
    }

    fn text_query(&self, field: Field, clause: &Clause) -> Box<dyn Query> {
        let terms: Vec<Term> = clause
            .keys()
            .iter()
            .map(|k| Term::from_field_text(field, k))
            .collect();
        if terms.len() == 1 {
            let t = terms.into_iter().next().expect("one term");
            Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs))
        } else {
            Box::new(SafeSeek(Box::new(PhraseQuery::new(terms))))
        }
    }

    /// A clause matches in the title or in the body.
    fn clause_query(&self, clause: &Clause) -> Box<dyn Query> {
        Box::new(BooleanQuery::new(vec![
            (
                Occur::Should,
                Box::new(BoostQuery::new(
                    self.text_query(self.f.title, clause),
                    TITLE_BOOST,
                )),
            ),
            (Occur::Should, self.text_query(self.f.body, clause)),
        ]))
    }

    fn build_query(
        &self,
        q: &SearchQuery,
        parsed: &crate::query::ParsedQuery,
    ) -> Result<Box<dyn Query>, SearchError> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for c in &parsed.must {
            clauses.push((Occur::Must, self.clause_query(c)));
        }
        for c in &parsed.must_not {
            clauses.push((Occur::MustNot, self.clause_query(c)));
        }
        if parsed.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        let filter = |q: Box<dyn Query>| -> (Occur, Box<dyn Query>) {
            (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
        };
        if q.from.is_some() || q.to.is_some() {
            let lo = match &q.from {
                Some(d) => Bound::Included(Term::from_field_u64(self.f.day, date_bound(d, false)?)),
                None => Bound::Unbounded,
            };
            let hi = match &q.to {
                Some(d) => Bound::Included(Term::from_field_u64(self.f.day, date_bound(d, true)?)),
                None => Bound::Unbounded,
            };
            clauses.push(filter(Box::new(RangeQuery::new(lo, hi))));
        }
        if let Some(s) = &q.source {
            let t = Term::from_field_text(self.f.source_key, &filter_key(s));
            clauses.push(filter(Box::new(TermQuery::new(
                t,
                IndexRecordOption::Basic,
            ))));
        }
        if let Some(a) = &q.actor {
            let t = Term::from_field_text(self.f.actor, &filter_key(a));
            clauses.push(filter(Box::new(TermQuery::new(
                t,
                IndexRecordOption::Basic,
            ))));
        }
        if clauses.len() == 1 && clauses[0].0 == Occur::Must {
            // A lone clause unwrapped: a one-word query is then a plain union of term scorers,
            // which tantivy prunes with block-WAND.
            return Ok(clauses.pop().expect("one clause").1);
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }
}

fn first_str(doc: &TantivyDocument, f: Field) -> Option<String> {
    doc.get_first(f)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

impl SearchIndex for TantivyIndex {
    fn add(&mut self, doc: &IndexDoc<'_>) -> Result<(), SearchError> {
        let f = self.f;
        let mut d = TantivyDocument::default();
        d.add_i64(f.key, doc.key);
        d.add_text(f.doc_id, doc.doc_id);
        if let Some(t) = doc.title {
            d.add_text(f.title, t);
        }
        d.add_text(f.body, doc.text);
        if let Some(p) = doc.published {
            d.add_text(f.published, p);
            if let Some(day) = published_day(p) {
                d.add_u64(f.day, day);
            }
        }
        if let Some(s) = doc.source {
            d.add_text(f.source, s);
            d.add_text(f.source_key, filter_key(s));
        }
        let mut seen = HashSet::new();
        for a in doc.actors {
            let k = filter_key(a);
            if !k.is_empty() && seen.insert(k.clone()) {
                d.add_text(f.actor, k);
            }
        }
        // Keys only repeat when the store re-feeds what is already committed: replace, never duplicate.
        let replace = self.committed.is_some_and(|c| doc.key <= c);
        let writer = self.writer()?;
        if replace {
            writer.delete_term(Term::from_field_i64(f.key, doc.key));
        }
        writer.add_document(d)?;
        self.pending = self.pending.max(Some(doc.key));
        Ok(())
    }

    fn commit(&mut self) -> Result<(), SearchError> {
        let high = self.committed.max(self.pending);
        self.commit_with(high)
    }

    fn high_water(&self) -> Option<i64> {
        self.committed
    }

    fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        self.search_with(q, true)
    }

    fn clear(&mut self) -> Result<(), SearchError> {
        self.writer()?.delete_all_documents()?;
        self.commit_with(None)
    }
}

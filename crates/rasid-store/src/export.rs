//! Exports: events, quotes, entities and documents as JSON Lines, CSV or Parquet.
//!
//! Events use GDELT 2.0 event column names where a column means the same thing (so existing
//! GDELT notebooks work), plus rasid's own (`plover`, `mode`, `trigger`, `sources`). JSON Lines
//! of events are the nested [`EventRow`]s (every source with its sentence offsets).
//! Parquet files carry their own Arrow schema: DuckDB and pandas read them without hints.

use crate::{EventFilter, EventRow, QuoteFilter, Store, StoreError};
use arrow::array::{ArrayRef, BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::record_batch::RecordBatch;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Events,
    Quotes,
    Entities,
    Documents,
}

/// File format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Parquet,
}

/// Column type of a flat export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Int,
    Float,
    Text,
    Bool,
}

/// One cell of a flat export row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
    Bool(bool),
}

impl From<Option<String>> for Cell {
    fn from(v: Option<String>) -> Self {
        v.map_or(Cell::Null, Cell::Text)
    }
}

impl From<String> for Cell {
    fn from(v: String) -> Self {
        Cell::Text(v)
    }
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn ex<E: std::fmt::Display>(e: E) -> StoreError {
    StoreError::Export(e.to_string())
}

/// Columns of the flat events table (GDELT 2.0 names first, then rasid's).
pub const EVENT_COLUMNS: &[(&str, ColType)] = &[
    ("GLOBALEVENTID", ColType::Int),
    ("SQLDATE", ColType::Int),
    ("MonthYear", ColType::Int),
    ("Year", ColType::Int),
    ("Actor1Code", ColType::Text),
    ("Actor1Name", ColType::Text),
    ("Actor1CountryCode", ColType::Text),
    ("Actor2Code", ColType::Text),
    ("Actor2Name", ColType::Text),
    ("Actor2CountryCode", ColType::Text),
    ("IsRootEvent", ColType::Int),
    ("EventCode", ColType::Text),
    ("EventBaseCode", ColType::Text),
    ("EventRootCode", ColType::Text),
    ("QuadClass", ColType::Int),
    ("GoldsteinScale", ColType::Float),
    ("NumMentions", ColType::Int),
    ("NumSources", ColType::Int),
    ("NumArticles", ColType::Int),
    ("ActionGeo_FullName", ColType::Text),
    ("DATEADDED", ColType::Int),
    ("SOURCEURL", ColType::Text),
    ("plover", ColType::Text),
    ("mode", ColType::Text),
    ("trigger", ColType::Text),
    ("day", ColType::Text),
    ("date", ColType::Text),
    ("story", ColType::Int),
    ("doc_ids", ColType::Text),
    ("sources", ColType::Text),
];

fn digits(s: &str) -> Option<i64> {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    d.parse().ok()
}

/// One event as a flat GDELT-style row.
pub fn event_cells(e: &EventRow) -> Vec<Cell> {
    let day = e.day.as_deref().unwrap_or("");
    let sqldate = (day.len() == 10).then(|| digits(day)).flatten();
    let month_year = day.get(..7).and_then(digits);
    let year = day.get(..4).and_then(digits);
    let side = |a: &Option<crate::ActorRef>| {
        a.as_ref()
            .map_or((Cell::Null, Cell::Null, Cell::Null), |a| {
                (
                    a.code.clone().into(),
                    a.name.clone().into(),
                    a.country.clone().into(),
                )
            })
    };
    let (a1c, a1n, a1k) = side(&e.source);
    let (a2c, a2n, a2k) = side(&e.target);
    let prefix = |n: usize| Cell::Text(e.cameo.chars().take(n).collect());
    let first = e.sources.first();
    // GDELT's "root event" is one from an article's lead; rasid: reported in a first sentence.
    let is_root = e.sources.iter().any(|s| s.sentence_start == 0);
    let mut doc_ids: Vec<&str> = e.sources.iter().map(|s| s.doc_id.as_str()).collect();
    doc_ids.dedup();
    let sources: Vec<String> = e
        .sources
        .iter()
        .map(|s| format!("{}:{}-{}", s.doc_id, s.sentence_start, s.sentence_end))
        .collect();
    let added = first.and_then(|s| s.published.as_deref()).and_then(digits);
    vec![
        Cell::Int(e.id),
        sqldate.map_or(Cell::Null, Cell::Int),
        month_year.map_or(Cell::Null, Cell::Int),
        year.map_or(Cell::Null, Cell::Int),
        a1c,
        a1n,
        a1k,
        a2c,
        a2n,
        a2k,
        Cell::Int(i64::from(is_root)),
        Cell::Text(e.cameo.clone()),
        prefix(3),
        prefix(2),
        Cell::Int(i64::from(e.quad_class)),
        // via the shortest decimal of the f32, so 2.8 stays 2.8 (not 2.799999952…)
        Cell::Float(
            e.goldstein
                .to_string()
                .parse()
                .unwrap_or(f64::from(e.goldstein)),
        ),
        Cell::Int(e.num_mentions as i64),
        Cell::Int(e.num_sources as i64),
        Cell::Int(e.num_articles as i64),
        e.location.clone().into(),
        added.map_or(Cell::Null, Cell::Int),
        first.and_then(|s| s.url.clone()).into(),
        Cell::Text(e.plover.clone()),
        Cell::Text(e.mode.clone()),
        first.map(|s| s.trigger.clone()).into(),
        e.day.clone().into(),
        e.date.clone().into(),
        e.story.map_or(Cell::Null, Cell::Int),
        Cell::Text(doc_ids.join(";")),
        Cell::Text(sources.join(";")),
    ]
}

const QUOTE_COLUMNS: &[(&str, ColType)] = &[
    ("id", ColType::Int),
    ("doc_id", ColType::Text),
    ("published", ColType::Text),
    ("outlet", ColType::Text),
    ("url", ColType::Text),
    ("speaker", ColType::Text),
    ("speaker_en", ColType::Text),
    ("speaker_country", ColType::Text),
    ("verb", ColType::Text),
    ("direct", ColType::Bool),
    ("text", ColType::Text),
    ("start", ColType::Int),
    ("end", ColType::Int),
];

const ENTITY_COLUMNS: &[(&str, ColType)] = &[
    ("id", ColType::Int),
    ("name", ColType::Text),
    ("name_en", ColType::Text),
    ("kind", ColType::Text),
    ("country", ColType::Text),
    ("code", ColType::Text),
    ("mentions", ColType::Int),
    ("documents", ColType::Int),
    ("roles", ColType::Text),
];

const DOCUMENT_COLUMNS: &[(&str, ColType)] = &[
    ("key", ColType::Int),
    ("doc_id", ColType::Text),
    ("path", ColType::Text),
    ("title", ColType::Text),
    ("published", ColType::Text),
    ("source", ColType::Text),
    ("url", ColType::Text),
    ("story", ColType::Int),
    ("actors", ColType::Text),
    ("text", ColType::Text),
];

/// Receives flat rows and writes them in one format.
trait Sink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<(), StoreError>;
    fn finish(self: Box<Self>) -> Result<(), StoreError>;
}

struct JsonlSink<'p> {
    cols: &'static [(&'static str, ColType)],
    w: BufWriter<File>,
    path: &'p Path,
}

impl Sink for JsonlSink<'_> {
    fn row(&mut self, cells: Vec<Cell>) -> Result<(), StoreError> {
        let mut m = serde_json::Map::new();
        for ((name, _), c) in self.cols.iter().zip(cells) {
            let v = match c {
                Cell::Null => serde_json::Value::Null,
                Cell::Int(i) => i.into(),
                Cell::Float(f) => {
                    serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
                }
                Cell::Text(s) => s.into(),
                Cell::Bool(b) => b.into(),
            };
            m.insert((*name).to_string(), v);
        }
        serde_json::to_writer(&mut self.w, &m).map_err(ex)?;
        self.w.write_all(b"\n").map_err(io_err(self.path))
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.w.flush().map_err(io_err(self.path))
    }
}

struct CsvSink {
    w: csv::Writer<File>,
}

impl Sink for CsvSink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<(), StoreError> {
        let rec: Vec<String> = cells
            .into_iter()
            .map(|c| match c {
                Cell::Null => String::new(),
                Cell::Int(i) => i.to_string(),
                Cell::Float(f) => f.to_string(),
                Cell::Text(s) => s,
                Cell::Bool(b) => u8::from(b).to_string(),
            })
            .collect();
        self.w.write_record(&rec).map_err(ex)
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.w.flush().map_err(ex)
    }
}

/// Rows per Parquet record batch (one row group each, at most).
const PARQUET_BATCH: usize = 8192;

struct ParquetSink {
    cols: &'static [(&'static str, ColType)],
    schema: Arc<Schema>,
    rows: Vec<Vec<Cell>>,
    w: parquet::arrow::ArrowWriter<File>,
}

impl ParquetSink {
    fn flush_rows(&mut self) -> Result<(), StoreError> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(self.cols.len());
        for (i, (_, t)) in self.cols.iter().enumerate() {
            let col = self.rows.iter().map(|r| &r[i]);
            let a: ArrayRef = match t {
                ColType::Int => {
                    let mut b = Int64Builder::new();
                    for c in col {
                        b.append_option(if let Cell::Int(v) = c { Some(*v) } else { None });
                    }
                    Arc::new(b.finish())
                }
                ColType::Float => {
                    let mut b = Float64Builder::new();
                    for c in col {
                        b.append_option(if let Cell::Float(v) = c {
                            Some(*v)
                        } else {
                            None
                        });
                    }
                    Arc::new(b.finish())
                }
                ColType::Bool => {
                    let mut b = BooleanBuilder::new();
                    for c in col {
                        b.append_option(if let Cell::Bool(v) = c {
                            Some(*v)
                        } else {
                            None
                        });
                    }
                    Arc::new(b.finish())
                }
                ColType::Text => {
                    let mut b = StringBuilder::new();
                    for c in col {
                        b.append_option(if let Cell::Text(v) = c {
                            Some(v.as_str())
                        } else {
                            None
                        });
                    }
                    Arc::new(b.finish())
                }
            };
            arrays.push(a);
        }
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(ex)?;
        self.w.write(&batch).map_err(ex)?;
        self.rows.clear();
        Ok(())
    }
}

impl Sink for ParquetSink {
    fn row(&mut self, cells: Vec<Cell>) -> Result<(), StoreError> {
        self.rows.push(cells);
        if self.rows.len() >= PARQUET_BATCH {
            self.flush_rows()?;
        }
        Ok(())
    }
    fn finish(mut self: Box<Self>) -> Result<(), StoreError> {
        self.flush_rows()?;
        self.w.close().map_err(ex)?;
        Ok(())
    }
}

/// The Arrow schema of a flat table.
pub fn arrow_schema(cols: &[(&str, ColType)]) -> Schema {
    Schema::new(
        cols.iter()
            .map(|(n, t)| {
                let dt = match t {
                    ColType::Int => DataType::Int64,
                    ColType::Float => DataType::Float64,
                    ColType::Text => DataType::Utf8,
                    ColType::Bool => DataType::Boolean,
                };
                Field::new(*n, dt, true)
            })
            .collect::<Vec<_>>(),
    )
}

fn sink<'p>(
    format: Format,
    cols: &'static [(&'static str, ColType)],
    path: &'p Path,
) -> Result<Box<dyn Sink + 'p>, StoreError> {
    let file = File::create(path).map_err(io_err(path))?;
    Ok(match format {
        Format::Jsonl => Box::new(JsonlSink {
            cols,
            w: BufWriter::new(file),
            path,
        }),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(file);
            w.write_record(cols.iter().map(|(n, _)| *n)).map_err(ex)?;
            Box::new(CsvSink { w })
        }
        Format::Parquet => {
            let schema = Arc::new(arrow_schema(cols));
            let props = parquet::file::properties::WriterProperties::builder()
                .set_compression(parquet::basic::Compression::SNAPPY)
                .build();
            let w = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), Some(props))
                .map_err(ex)?;
            Box::new(ParquetSink {
                cols,
                schema,
                rows: Vec::new(),
                w,
            })
        }
    })
}

/// Export one kind of row to `path`; returns the number of rows written.
pub fn export(
    store: &dyn Store,
    kind: Kind,
    format: Format,
    path: &Path,
) -> Result<usize, StoreError> {
    let mut n = 0usize;
    match kind {
        Kind::Events => {
            let rows = store.events(&EventFilter::default())?;
            if format == Format::Jsonl {
                let file = File::create(path).map_err(io_err(path))?;
                let mut w = BufWriter::new(file);
                for r in &rows {
                    serde_json::to_writer(&mut w, r).map_err(ex)?;
                    w.write_all(b"\n").map_err(io_err(path))?;
                }
                w.flush().map_err(io_err(path))?;
                return Ok(rows.len());
            }
            let mut s = sink(format, EVENT_COLUMNS, path)?;
            for r in &rows {
                s.row(event_cells(r))?;
                n += 1;
            }
            s.finish()?;
        }
        Kind::Quotes => {
            let mut s = sink(format, QUOTE_COLUMNS, path)?;
            for q in store.quotes(&QuoteFilter::default())? {
                s.row(vec![
                    Cell::Int(q.id),
                    q.doc_id.into(),
                    q.published.into(),
                    q.outlet.into(),
                    q.url.into(),
                    q.speaker.into(),
                    q.speaker_en.into(),
                    q.speaker_country.into(),
                    q.verb.into(),
                    Cell::Bool(q.direct),
                    q.text.into(),
                    Cell::Int(q.start as i64),
                    Cell::Int(q.end as i64),
                ])?;
                n += 1;
            }
            s.finish()?;
        }
        Kind::Entities => {
            let mut s = sink(format, ENTITY_COLUMNS, path)?;
            for a in store.actors(None)? {
                s.row(vec![
                    Cell::Int(a.id),
                    a.name.into(),
                    a.name_en.into(),
                    a.kind.into(),
                    a.country.into(),
                    a.code.into(),
                    Cell::Int(a.mentions as i64),
                    Cell::Int(a.documents as i64),
                    a.roles.join("; ").into(),
                ])?;
                n += 1;
            }
            s.finish()?;
        }
        Kind::Documents => {
            let mut s = sink(format, DOCUMENT_COLUMNS, path)?;
            store.for_each_document(None, &mut |d| {
                s.row(vec![
                    Cell::Int(d.key),
                    d.doc_id.clone().into(),
                    d.path.clone().into(),
                    d.title.clone().into(),
                    d.published.clone().into(),
                    d.source.clone().into(),
                    d.url.clone().into(),
                    Cell::Int(d.story),
                    d.actors.join("; ").into(),
                    d.text.clone().into(),
                ])?;
                n += 1;
                Ok(())
            })?;
            s.finish()?;
        }
    }
    Ok(n)
}

//! Extraction: a [`Document`] in, the public [`Record`] out.
//!
//! Stages run in a fixed order over one shared [`context::Doc`]:
//! entities (lexicon + NER + coreference) → dates → quotes (speakers resolved to entities) →
//! events (CAMEO/PLOVER, sources/targets from entities, speakers of quotes, dates, locations).
//! Each stage lives in its own module and owns the resources (lexicons, models, codebooks) it loads.

pub mod context;
pub mod dates;
pub mod entities;
pub mod events;
pub mod quotes;
pub mod timings;

use rasid_core::{Document, Record, RecordDocument};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("loading lexicon {path}")]
    Lexicon {
        path: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("loading model {path}")]
    Model {
        path: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Options for building an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Extra lexicon directories (`--lexicon DIR`), loaded on top of the embedded defaults.
    pub lexicon_dirs: Vec<PathBuf>,
    /// Include `document.text` in every record (always included for derived text, e.g. HTML).
    pub with_text: bool,
}

/// Loaded once, shared by all worker threads (`Sync`), applied to many documents.
#[derive(Debug)]
pub struct Extractor {
    opts: ExtractOptions,
    entities: entities::Resources,
    events: events::Codebook,
}

impl Extractor {
    pub fn new(opts: ExtractOptions) -> Result<Self, ExtractError> {
        let entities = entities::Resources::load(&opts.lexicon_dirs)?;
        let events = events::Codebook::load(&opts.lexicon_dirs)?;
        Ok(Self {
            opts,
            entities,
            events,
        })
    }

    /// Extract the full record of one document.
    pub fn extract(&self, doc: &Document) -> Record {
        use timings::{time, Stage};
        let cx = time(Stage::Analysis, || context::Doc::new(doc));
        let ents = entities::find(&cx, &self.entities);
        let dates = time(Stage::Dates, || {
            let mut found = dates::find(&cx);
            dates::drop_inside_names(&mut found, &ents, &cx.analysis.tokens);
            found
        });
        let quotes = time(Stage::Quotes, || quotes::find(&cx, &ents));
        let events = time(Stage::Events, || {
            events::find(&cx, &ents, &dates, &quotes, &self.events)
        });
        let record = time(Stage::Assemble, || {
            context::assemble(
                &cx,
                record_document(doc, self.opts.with_text),
                &ents,
                &dates,
                &quotes,
                &events,
            )
        });
        cx.recycle();
        record
    }
}

/// Build the record's `document` part.
pub fn record_document(doc: &Document, with_text: bool) -> RecordDocument {
    RecordDocument {
        id: doc.id.clone(),
        path: doc.path.clone(),
        title: doc.title.clone(),
        published: doc.published.clone(),
        source: doc.source.clone(),
        url: doc.url.clone(),
        text: (with_text || doc.text_is_derived).then(|| doc.text.clone()),
    }
}

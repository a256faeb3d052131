//! A guard around tantivy's phrase queries.
//!
//! Why: tantivy 0.27's `PhraseScorer::seek_danger` asserts `target >= self.doc()`, which does not
//! hold when a phrase is used as an exclusion (`-"وزير الخارجية"`): `Exclude` probes it with every
//! candidate, and once the phrase docset is exhausted its `doc()` is `TERMINATED`. Debug builds
//! panic; release builds rely on the intersection happening to cope. The wrapper answers
//! `seek_danger` with plain, always-valid `seek` semantics, which is what an exclusion probe needs.

use std::fmt;

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

/// Wraps any query; its scorers never move backwards and never enter tantivy's "danger" state.
pub(crate) struct SafeSeek(pub(crate) Box<dyn Query>);

impl Clone for SafeSeek {
    fn clone(&self) -> Self {
        SafeSeek(self.0.box_clone())
    }
}

impl fmt::Debug for SafeSeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SafeSeek").field(&self.0).finish()
    }
}

impl Query for SafeSeek {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(SafeWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct SafeWeight(Box<dyn Weight>);

impl Weight for SafeWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(SafeScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct SafeScorer(Box<dyn Scorer>);

impl DocSet for SafeScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if doc >= target {
            return doc;
        }
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }

    fn cost(&self) -> u64 {
        self.0.cost()
    }
}

impl Scorer for SafeScorer {
    fn score(&mut self) -> Score {
        if self.0.doc() == TERMINATED {
            return 0.0;
        }
        self.0.score()
    }
}

//! rasid-ner: a statistical named-entity tagger for Arabic, trained and run in pure Rust.
//!
//! It finds PER/LOC/ORG/MIS names that no lexicon holds. The model is a structured averaged
//! perceptron (a linear-chain CRF is the alternative objective, [`Objective::Crf`]) with a
//! first-order Viterbi decoder constrained to valid IOB2, over hashed
//! lexical features (folded word, clitic-stripped base, affixes, shape, neighbours), word
//! clusters learned without labels from SaudiNewsNet ([`clusters`]), and gazetteer features
//! that lexicons can extend at run time ([`Model::add_gazetteer`]).
//!
//! ```no_run
//! let model = rasid_ner::Model::embedded().unwrap();
//! let text = "زار باراك أوباما القاهرة.";
//! let spans = model.tag(&rasid_analysis::analyze(text), text);
//! ```

pub mod clusters;
mod doc;
mod emit;
pub mod eval;
mod features;
mod gazetteer;
mod model;
mod tags;
pub mod train;

pub use clusters::{train_clusters, ClusterOptions, Clusters};
pub use eval::{evaluate, score, Report, TypeScore};
pub use gazetteer::Gazetteer;
pub use model::{Model, NerSpan};
pub use tags::{spans, NerKind, Tag};
pub use train::{
    read_conll, train, CrfOptions, EpochReport, Objective, Partial, Sentence, TrainOptions,
    ANY_TAG, DOC_SENTENCES,
};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad model encoding: {0}")]
    Decode(#[from] postcard::Error),
    #[error("bad format: {0}")]
    Format(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

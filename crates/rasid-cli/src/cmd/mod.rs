//! One module per subcommand.

pub mod actors;
pub mod analyze;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod ner;
pub mod quotes;
pub mod reindex;
pub mod search;
pub mod stats;
pub mod stories;
pub mod timeline;

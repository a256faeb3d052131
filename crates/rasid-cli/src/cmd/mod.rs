//! One module per subcommand.

pub mod analyze;
pub mod extract;
pub mod ner;
pub mod search;

//! One module per subcommand.

pub mod analyze;
pub mod extract;
pub mod search;

/// Errors of the analysis crate. Analysis itself never fails; only user-supplied word lists can.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A word list line holds more than one word.
    #[error("{list}: line {line}: entry {entry:?} is not a single word")]
    BadListEntry {
        list: String,
        line: usize,
        entry: String,
    },
}

use super::{CharFilter, Mapped};

/// Tatweel (kashida) only stretches letters for layout: `الـجـزائر` is `الجزائر`.
#[derive(Debug, Clone, Copy)]
pub struct Tatweel;

impl CharFilter for Tatweel {
    fn name(&self) -> &'static str {
        "tatweel"
    }
    fn map(&self, c: char) -> Mapped {
        if c == '\u{0640}' {
            Mapped::Drop
        } else {
            Mapped::Keep
        }
    }
}

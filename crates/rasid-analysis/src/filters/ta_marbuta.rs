use super::{CharFilter, Level, Mapped};

/// Ta marbuta → ha: lossy (it merges the feminine ending with the pronoun ه), so it is only
/// used for matching, never for segmentation.
#[derive(Debug, Clone, Copy)]
pub struct TaMarbuta;

impl CharFilter for TaMarbuta {
    fn name(&self) -> &'static str {
        "ta_marbuta"
    }
    fn level(&self) -> Level {
        Level::Matching
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            'ة' | 'ۃ' => Mapped::Char('ه'),
            _ => Mapped::Keep,
        }
    }
}

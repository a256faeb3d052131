use super::{CharFilter, Level, Mapped};

/// Alef maqsura → ya: Egyptian and Sudanese spelling writes final ي as ى and vice versa.
#[derive(Debug, Clone, Copy)]
pub struct AlefMaqsura;

impl CharFilter for AlefMaqsura {
    fn name(&self) -> &'static str {
        "alef_maqsura"
    }
    fn level(&self) -> Level {
        Level::Matching
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            'ى' | 'ی' | 'ې' => Mapped::Char('ي'),
            _ => Mapped::Keep,
        }
    }
}

use super::{CharFilter, Level, Mapped};

/// Hamza-carrying and wasla alefs → bare alef: writers drop or misplace the hamza
/// (`الى`/`إلى`, `اكد`/`أكد`).
#[derive(Debug, Clone, Copy)]
pub struct AlefVariants;

impl CharFilter for AlefVariants {
    fn name(&self) -> &'static str {
        "alef"
    }
    fn level(&self) -> Level {
        Level::Matching
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' | '\u{0675}' => Mapped::Char('ا'),
            _ => Mapped::Keep,
        }
    }
}

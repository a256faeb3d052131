use super::{CharFilter, Mapped};

/// Harakat and other Arabic combining marks: vocalisation is rare and inconsistent in news, so
/// `كَتَبَ` must match `كتب`.
#[derive(Debug, Clone, Copy)]
pub struct Harakat;

impl CharFilter for Harakat {
    fn name(&self) -> &'static str {
        "harakat"
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'
            | '\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{08D3}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}' => Mapped::Drop,
            _ => Mapped::Keep,
        }
    }
}

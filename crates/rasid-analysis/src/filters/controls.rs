use super::{CharFilter, Mapped};

/// Invisible format chars (zero-width, bidi controls, BOM, soft hyphen): web text is full of
/// them and they would make equal words compare unequal.
#[derive(Debug, Clone, Copy)]
pub struct InvisibleControls;

impl CharFilter for InvisibleControls {
    fn name(&self) -> &'static str {
        "controls"
    }
    fn map(&self, c: char) -> Mapped {
        if is_invisible(c) {
            Mapped::Drop
        } else {
            Mapped::Keep
        }
    }
}

/// Format chars the tokenizer treats as part of the surrounding word.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

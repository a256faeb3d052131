use super::{CharFilter, Mapped};

/// Persian and Urdu letter shapes → their Arabic letters: Arabic typed on a Persian keyboard
/// writes keheh for kaf and Farsi yeh for ya (أکد، الرئیس), which no lexicon word or reporting
/// verb would otherwise match. Orthographic: the letters are the same, only the code point differs.
#[derive(Debug, Clone, Copy)]
pub struct PersianLetters;

impl CharFilter for PersianLetters {
    fn name(&self) -> &'static str {
        "persian_letters"
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            // keheh, swash kaf
            'ک' | 'ڪ' => Mapped::Char('ك'),
            // Farsi yeh: both ي and ى in such text; ي is what the segmenter expects inside words
            'ی' => Mapped::Char('ي'),
            // heh goal (Urdu)
            'ہ' => Mapped::Char('ه'),
            _ => Mapped::Keep,
        }
    }
}

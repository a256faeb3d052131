use super::{CharFilter, Mapped};

/// Lowercase Latin (and other cased scripts) so `Getty` matches `GETTY`. Only chars whose
/// lowercase is a single char are mapped, which keeps the rule 1→1.
#[derive(Debug, Clone, Copy)]
pub struct Lowercase;

impl CharFilter for Lowercase {
    fn name(&self) -> &'static str {
        "lowercase"
    }
    fn map(&self, c: char) -> Mapped {
        if c.is_ascii() {
            return if c.is_ascii_uppercase() {
                Mapped::Char(c.to_ascii_lowercase())
            } else {
                Mapped::Keep
            };
        }
        if !c.is_uppercase() {
            return Mapped::Keep;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x != c => Mapped::Char(x),
            _ => Mapped::Keep,
        }
    }
}

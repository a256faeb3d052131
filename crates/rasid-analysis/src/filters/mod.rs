//! Character filters: the first stage of the pipeline (char filter → tokenizer → token filter).
//!
//! Each rule lives in its own file and implements [`CharFilter`]; [`REGISTRY`] lists them in the
//! order they run. A filter maps ONE original char to zero, one or several chars, so offsets of
//! every output char point back to exactly one original char and never move. The only N→1 case,
//! canonical composition of a combining mark with the char before it (و + U+0654 → ؤ), is handled
//! by the folding loop in [`crate::fold`] because it needs the previous char.
//!
//! To add a rule: write `src/filters/my_rule.rs` with a unit struct implementing [`CharFilter`],
//! declare the module below and put it in [`REGISTRY`]. The lookup table picks it up.

mod alef;
mod alef_maqsura;
mod controls;
mod digits;
mod harakat;
mod lowercase;
mod nfkc;
mod persian_letters;
mod ta_marbuta;
mod tatweel;

pub use alef::AlefVariants;
pub use alef_maqsura::AlefMaqsura;
pub use controls::InvisibleControls;
pub use digits::Digits;
pub use harakat::Harakat;
pub use lowercase::Lowercase;
pub use nfkc::PresentationForms;
pub use persian_letters::PersianLetters;
pub use ta_marbuta::TaMarbuta;
pub use tatweel::Tatweel;

/// What a filter does with one char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mapped {
    /// Leave the char for the next filter.
    Keep,
    /// Remove the char (harakat, tatweel, invisible controls).
    Drop,
    /// Replace by one char (أ → ا).
    Char(char),
    /// Replace by several chars (ﻻ → لا); each goes through the remaining filters.
    Str(&'static str),
}

/// How lossy a filter is: segmentation and stemming look at the [`Level::Orthographic`] view,
/// matching ([`crate::fold`]) applies every level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Removes only what never carries meaning for segmentation (marks, tatweel, controls,
    /// compatibility forms, digit shapes, case).
    Orthographic,
    /// Merges letters that writers confuse (أ/ا, ى/ي, ة/ه): good for matching, loses
    /// information the clitic segmenter and stemmer need.
    Matching,
}

/// One character-level normalisation rule.
pub trait CharFilter: Sync {
    /// Short name, for docs and tests.
    fn name(&self) -> &'static str;
    /// Which view this rule belongs to.
    fn level(&self) -> Level {
        Level::Orthographic
    }
    /// Map one char.
    fn map(&self, c: char) -> Mapped;
}

/// Every filter in the order it runs. Compatibility decomposition runs first so that the chars
/// it produces (ligature halves, marks) meet the other rules.
pub static REGISTRY: &[&dyn CharFilter] = &[
    &InvisibleControls,
    &PresentationForms,
    &Harakat,
    &Tatweel,
    &Digits,
    &Lowercase,
    &PersianLetters,
    &AlefVariants,
    &AlefMaqsura,
    &TaMarbuta,
];

/// Run the registry chain on one char, pushing the chars it becomes.
///
/// Slow path: the analyzer uses a lookup table built from this (see [`crate::table`]).
pub fn apply_chain(c: char, max_level: Level, out: &mut Vec<char>) {
    apply_from(0, c, max_level, out);
}

fn apply_from(first: usize, c: char, max_level: Level, out: &mut Vec<char>) {
    for (i, f) in REGISTRY.iter().enumerate().skip(first) {
        if f.level() > max_level {
            continue;
        }
        match f.map(c) {
            Mapped::Keep => {}
            Mapped::Drop => return,
            Mapped::Char(r) => return apply_from(i + 1, r, max_level, out),
            Mapped::Str(s) => {
                for r in s.chars() {
                    apply_from(i + 1, r, max_level, out);
                }
                return;
            }
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(c: char, level: Level) -> String {
        let mut v = Vec::new();
        apply_chain(c, level, &mut v);
        v.into_iter().collect()
    }

    /// One generated test per rule: input char, expected output under Matching and Orthographic.
    macro_rules! chain_cases {
        ($($name:ident: $c:expr => $matching:expr, $ortho:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(run($c, Level::Matching), $matching, "matching view of {:?}", $c);
                assert_eq!(run($c, Level::Orthographic), $ortho, "orthographic view of {:?}", $c);
            }
        )*};
    }

    chain_cases! {
        fatha_is_dropped: '\u{064E}' => "", "";
        shadda_is_dropped: '\u{0651}' => "", "";
        superscript_alef_is_dropped: '\u{0670}' => "", "";
        quranic_mark_is_dropped: '\u{06D6}' => "", "";
        tatweel_is_dropped: 'ـ' => "", "";
        alef_hamza_above: 'أ' => "ا", "أ";
        alef_hamza_below: 'إ' => "ا", "إ";
        alef_madda: 'آ' => "ا", "آ";
        alef_wasla: 'ٱ' => "ا", "ٱ";
        alef_maqsura: 'ى' => "ي", "ى";
        persian_keheh: 'ک' => "ك", "ك";
        persian_yeh: 'ی' => "ي", "ي";
        urdu_heh_goal: 'ہ' => "ه", "ه";
        ta_marbuta: 'ة' => "ه", "ة";
        arabic_indic_digit: '٧' => "7", "7";
        persian_digit: '۴' => "4", "4";
        arabic_decimal_separator: '٫' => ".", ".";
        lam_alef_ligature: '\u{FEFB}' => "لا", "لا";
        lam_alef_hamza_ligature: '\u{FEF7}' => "لا", "لأ";
        isolated_beh_form: '\u{FE8F}' => "ب", "ب";
        final_ta_marbuta_form: '\u{FE94}' => "ه", "ة";
        allah_ligature: '\u{FDF2}' => "الله", "الله";
        shadda_dammatan_ligature_keeps_nothing: '\u{FC5E}' => "", "";
        zero_width_joiner: '\u{200D}' => "", "";
        right_to_left_mark: '\u{200F}' => "", "";
        bidi_isolate: '\u{2067}' => "", "";
        byte_order_mark: '\u{FEFF}' => "", "";
        soft_hyphen: '\u{00AD}' => "", "";
        latin_upper: 'G' => "g", "g";
        fullwidth_latin: 'Ａ' => "a", "a";
        plain_arabic_letter: 'ب' => "ب", "ب";
        hamza_on_waw_is_kept: 'ؤ' => "ؤ", "ؤ";
    }
}

//! Document parts read from an article's own text: headline, dateline, credited source.
//!
//! They are read, never cut: the text keeps every character so offsets stay true.
//! Each rule errs towards `None`: a missing date is better than an invented one.

use regex::Regex;
use std::sync::LazyLock;

/// How many non-empty lines from the top may hold a dateline.
const DATELINE_LINES: usize = 8;
/// A dateline is a short line; a date inside a long sentence is an event date, not the article's.
const DATELINE_MAX_CHARS: usize = 90;
/// Lines from the bottom searched for "المصدر: ...".
const SOURCE_LINES: usize = 4;
const SOURCE_MAX_CHARS: usize = 60;
const SOURCE_MAX_WORDS: usize = 6;

/// Non-empty lines, trimmed.
fn lines(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The headline: the first non-empty line, unless it reads like a lead paragraph (long and
/// ending in a full stop), in which case the article has no separate headline.
pub(crate) fn headline(text: &str) -> Option<String> {
    let first = lines(text).next()?;
    let words = first.split_whitespace().count();
    let sentence_end = first.ends_with(['.', '۔', '!', '؟', '?', '"', '»']);
    if first.chars().count() > 250 || (sentence_end && words > 18) {
        return None;
    }
    Some(first.to_string())
}

/// The article's date from a dateline near the top: a short line holding a full date.
pub(crate) fn dateline(text: &str) -> Option<String> {
    lines(text)
        .take(DATELINE_LINES)
        .filter(|l| l.chars().count() <= DATELINE_MAX_CHARS)
        .find_map(crate::dates::find_date)
}

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let labels = include_str!("../data/source_labels.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|");
    // Whole line "المصدر: X" or "(المصدر : X)", or a line ending with "(المصدر: X)".
    Regex::new(&format!(
        r"(?i)(?:^|[(\[])\s*(?:{labels})\s*[:：]\s*([^()\[\]:]+?)\s*[)\]]?\s*[.。]?\s*$"
    ))
    .expect("source regex")
});

/// The outlet or agency credited at the end: "المصدر: نوفوستي".
pub(crate) fn source_line(text: &str) -> Option<String> {
    lines(text).rev().take(SOURCE_LINES).find_map(|l| {
        let c = SOURCE_LINE.captures(l)?;
        let v = c[1].trim().trim_end_matches(['.', '،', ',']).trim();
        let ok = !v.is_empty()
            && v.chars().count() <= SOURCE_MAX_CHARS
            && v.split_whitespace().count() <= SOURCE_MAX_WORDS;
        ok.then(|| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_variants() {
        assert_eq!(
            source_line("نص\nالمصدر: نوفوستي").as_deref(),
            Some("نوفوستي")
        );
        assert_eq!(
            source_line("نص\nالمصدر : رويترز.").as_deref(),
            Some("رويترز")
        );
        assert_eq!(
            source_line("نص\n(المصدر: وكالة الأنباء الجزائرية)").as_deref(),
            Some("وكالة الأنباء الجزائرية")
        );
        assert_eq!(
            source_line("وقال إن الاتفاق صامد. (المصدر: فرانس برس)").as_deref(),
            Some("فرانس برس")
        );
        assert_eq!(source_line("لا مصدر هنا\nنص عادي"), None);
    }

    #[test]
    fn headline_is_not_a_lead_paragraph() {
        assert_eq!(
            headline("\n\nعنوان قصير\nنص").as_deref(),
            Some("عنوان قصير")
        );
        let lead = "أكد وزير الخارجية الروسي سيرغي لافروف خلال محادثاته مع وزير الخارجية الجزائري صبري بوقادوم، أن موسكو مهتمة بتطوير مختلف مجالات التعاون مع الجزائر، بما في ذلك في مجال الدفاع.";
        assert_eq!(headline(lead), None);
    }

    #[test]
    fn dateline_only_on_short_lines_near_the_top() {
        assert_eq!(
            dateline("عنوان\n\n29 فبراير 2016\nنص").as_deref(),
            Some("2016-02-29")
        );
        let body = "وانعقد مؤتمر برلين حول ليبيا في 19 كانون الثاني/ يناير 2020. وكانت نتيجته الرئيسية دعوة المشاركين فيها إلى وقف إطلاق النار.";
        assert_eq!(dateline(body), None);
    }
}

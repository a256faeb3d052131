//! Dates of documents: datelines ("29 فبراير 2016", "19 كانون الثاني/ يناير 2020", "2016-02-29",
//! "29/02/2016", Arabic-Indic digits) and metadata values (ISO 8601, RFC 2822), all normalised
//! to `YYYY-MM-DD` and validated (no 30 February).

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

static MONTHS: LazyLock<Vec<(String, u32)>> = LazyLock::new(|| {
    let mut v: Vec<(String, u32)> = include_str!("../data/months.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (name, n) = l.split_once('\t')?;
            Some((name.trim().to_lowercase(), n.trim().parse().ok()?))
        })
        .collect();
    // Longest first so that "كانون الثاني" wins over a shorter prefix in the alternation.
    v.sort_by_key(|m| std::cmp::Reverse(m.0.chars().count()));
    v
});

fn month_number(name: &str) -> Option<u32> {
    let name = name.trim().to_lowercase();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

static MONTH_ALT: LazyLock<String> = LazyLock::new(|| {
    MONTHS
        .iter()
        .map(|(n, _)| regex::escape(n).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
});

/// `29 فبراير 2016`, `19 كانون الثاني/ يناير 2020`, `الاثنين 29 شباط (فبراير) 2016`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let m = &*MONTH_ALT;
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}\d])(\d{{1,2}})\s*(?:-\s*)?({m})(?:\s*[/\\(،,-]\s*({m})\s*\)?)?\s*[،,.]?\s*(\d{{4}})(?:[^\d]|$)"
    ))
    .expect("day-month-year regex")
});

/// `February 29, 2016` (metadata in English pages).
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let m = &*MONTH_ALT;
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}\d])({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:[^\d]|$)"
    ))
    .expect("month-day-year regex")
});

static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)").expect("ymd regex")
});

static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[^\d]|$)").expect("dmy regex")
});

/// Replace Arabic-Indic and Extended Arabic-Indic digits with ASCII digits (length may change
/// in bytes, so only for values, never for offsets).
pub(crate) fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0x0660..=0x0669 => char::from(b'0' + (c as u32 - 0x0660) as u8),
            0x06F0..=0x06F9 => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    let y: i32 = y.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    Some(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month(),
        date.day()
    ))
}

/// The first full date (day, month, year) written anywhere in `s`, as `YYYY-MM-DD`.
pub(crate) fn find_date(s: &str) -> Option<String> {
    let s = ascii_digits(s);
    let mut best: Option<(usize, String)> = None;
    let mut consider = |pos: usize, v: Option<String>| {
        if let Some(v) = v {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, v));
            }
        }
    };
    for c in DAY_MONTH_YEAR.captures_iter(&s) {
        let m = month_number(&c[2]);
        consider(
            c.get(1).map_or(0, |g| g.start()),
            m.and_then(|m| ymd(&c[4], m, &c[1])),
        );
    }
    for c in MONTH_DAY_YEAR.captures_iter(&s) {
        let m = month_number(&c[1]);
        consider(
            c.get(1).map_or(0, |g| g.start()),
            m.and_then(|m| ymd(&c[3], m, &c[2])),
        );
    }
    for c in YMD.captures_iter(&s) {
        let m = c[2].parse().ok();
        consider(
            c.get(1).map_or(0, |g| g.start()),
            m.and_then(|m| ymd(&c[1], m, &c[3])),
        );
    }
    for c in DMY.captures_iter(&s) {
        let m = c[2].parse().ok();
        consider(
            c.get(1).map_or(0, |g| g.start()),
            m.and_then(|m| ymd(&c[3], m, &c[1])),
        );
    }
    best.map(|(_, v)| v)
}

/// A metadata date value (`2016-02-29T10:00:00+03:00`, `2016-02`, `Mon, 29 Feb 2016 ...`) as
/// precise as it is: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. `None` when it is not a date.
pub(crate) fn normalise_date_value(v: &str) -> Option<String> {
    let t = ascii_digits(v.trim());
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4) && b.get(4).is_none_or(|c| !c.is_ascii_digit()) {
        if b.len() >= 10
            && matches!(b[4], b'-' | b'/')
            && digits(5..7)
            && b[7] == b[4]
            && digits(8..10)
            && b.get(10).is_none_or(|c| !c.is_ascii_digit())
        {
            return ymd(&t[0..4], t[5..7].parse().ok()?, &t[8..10]);
        }
        if b.len() == 7 && b[4] == b'-' && digits(5..7) {
            let m: u32 = t[5..7].parse().ok()?;
            let y: i32 = t[0..4].parse().ok()?;
            return ((1..=12).contains(&m) && (1900..=2100).contains(&y)).then(|| t.clone());
        }
        if b.len() == 4 {
            let y: i32 = t.parse().ok()?;
            return (1900..=2100).contains(&y).then(|| t.clone());
        }
    }
    if let Ok(d) = chrono::DateTime::parse_from_rfc2822(&t) {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    find_date(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(find_date("29 فبراير 2016").as_deref(), Some("2016-02-29"));
        assert_eq!(
            find_date("في 19 كانون الثاني/ يناير 2020.").as_deref(),
            Some("2020-01-19")
        );
        assert_eq!(
            find_date("الاثنين ٢٩ شباط ٢٠١٦").as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(find_date("2016-02-29").as_deref(), Some("2016-02-29"));
        assert_eq!(
            find_date("29/02/2016 - 10:30").as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(
            find_date("12 تشرين الأول 2019").as_deref(),
            Some("2019-10-12")
        );
        assert_eq!(
            find_date("February 29, 2016").as_deref(),
            Some("2016-02-29")
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(find_date("30 فبراير 2016"), None);
        assert_eq!(find_date("29/02/2015"), None);
        assert_eq!(find_date("في عام 2011"), None);
    }

    #[test]
    fn metadata_values() {
        assert_eq!(
            normalise_date_value("2016-02-29T09:12:00+03:00").as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(normalise_date_value("2016-02").as_deref(), Some("2016-02"));
        assert_eq!(
            normalise_date_value("Mon, 29 Feb 2016 10:00:00 GMT").as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(normalise_date_value("غير معروف"), None);
    }
}

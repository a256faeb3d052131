//! Shared output helpers: one place decides how errors and JSON lines are written.

use std::io::{self, Write};

/// Print an error and its cause chain on one line to stderr: `rasid: error: a: b: c`.
pub fn report_error(e: &anyhow::Error) {
    let mut line = String::from("rasid: error: ");
    let mut first = true;
    for cause in e.chain() {
        if !first {
            line.push_str(": ");
        }
        line.push_str(&cause.to_string());
        first = false;
    }
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// Print one line to stderr (used for per-document errors that do not stop the run).
pub fn warn_line(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "rasid: {msg}");
}

/// Write a value as one JSON line.
pub fn json_line<W: Write, T: serde::Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// `--format` for every command that prints a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
}

/// Cut a cell to `max` chars, on one line.
fn cell(s: &str, max: usize) -> String {
    let one: String = s
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    if one.chars().count() <= max {
        one
    } else {
        let mut t: String = one.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Print an aligned plain-text table (widths in chars; cells cut at 60 chars).
pub fn print_table(headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c, 60)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut first = true;
        for (c, w) in cells.zip(&widths) {
            if !first {
                out.write_all(b"  ")?;
            }
            first = false;
            write!(
                out,
                "{c}{}",
                " ".repeat(w.saturating_sub(c.chars().count()))
            )?;
        }
        writeln!(out)
    };
    line(&mut out, &mut headers.iter().copied())?;
    let rules: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    line(&mut out, &mut rules.iter().map(String::as_str))?;
    for r in &rows {
        line(&mut out, &mut r.iter().map(String::as_str))?;
    }
    out.flush()
}

/// Print JSON Lines to stdout.
pub fn print_json_lines<T: serde::Serialize>(rows: &[T]) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for r in rows {
        json_line(&mut out, r)?;
    }
    out.flush()
}

/// Print rows as JSON lines (`--format json`) or as an aligned table of `cells`.
pub fn emit<T: serde::Serialize>(
    format: Format,
    rows: &[T],
    headers: &[&str],
    cells: impl Fn(&T) -> Vec<String>,
) -> io::Result<()> {
    match format {
        Format::Json => print_json_lines(rows),
        Format::Table => {
            let table: Vec<Vec<String>> = rows.iter().map(cells).collect();
            print_table(headers, &table)
        }
    }
}

/// Display of an optional value in a table.
pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

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

//! Print the segmentation and stem of every word read from stdin, one per line, to review the
//! segmenter on real text: `cargo run -p rasid-analysis --example segment < words.txt`.

use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        for t in rasid_analysis::analyze(&line)
            .tokens
            .iter()
            .filter(|t| t.is_word())
        {
            let parts: Vec<String> = t
                .parts()
                .iter()
                .map(|p| format!("{:?}:{}", p.role, &line[p.byte_start..p.byte_end]))
                .collect();
            writeln!(out, "{}\t{}\t{}", t.text(&line), parts.join(" "), t.stem)?;
        }
    }
    Ok(())
}

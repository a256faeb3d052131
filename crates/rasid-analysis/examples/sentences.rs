//! Print the sentences of stdin (one document), one per line with `H`/`qN` markers, to review
//! the splitter on real text: `cargo run -p rasid-analysis --example sentences < article.txt`.

use std::io::{Read, Write};

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let mut out = std::io::stdout().lock();
    for s in rasid_analysis::analyze(&text).sentences {
        let mark = format!("{}{}", if s.headline { "H" } else { "-" }, s.quote_depth);
        writeln!(
            out,
            "{mark}\t{}",
            text[s.byte_start..s.byte_end].replace('\n', "⏎")
        )?;
    }
    Ok(())
}

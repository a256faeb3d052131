//! Every entity span the shipped model finds in a text file, with its kind and score:
//! `ner_spans FILE.txt`. For reading why a name is or is not found.

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: ner_spans FILE.txt")?;
    let text = std::fs::read_to_string(path)?;
    let analysis = rasid_analysis::analyze(&text);
    let model = rasid_ner::Model::embedded()?;
    let mut out = std::io::stdout().lock();
    for s in model.tag_kinds(&analysis, &text, |_| true) {
        writeln!(
            out,
            "{:?}\t{:.2}\t{}",
            s.kind,
            s.score,
            &text[s.byte_start..s.byte_end]
        )?;
    }
    Ok(())
}

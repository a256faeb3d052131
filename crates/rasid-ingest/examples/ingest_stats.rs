//! Read inputs with rasid-ingest and report counts, formats and throughput on stderr:
//! `cargo run --release -p rasid-ingest --example ingest_stats -- FILE...`

use std::io::Write;
use std::time::Instant;

fn main() {
    let mut err = std::io::stderr().lock();
    for arg in std::env::args().skip(1) {
        let t = Instant::now();
        let (mut docs, mut errors, mut chars, mut titled, mut dated, mut sourced) =
            (0, 0, 0usize, 0, 0, 0);
        match rasid_ingest::read_path(std::path::Path::new(&arg)) {
            Ok(stream) => {
                for item in stream {
                    match item {
                        Ok(d) => {
                            docs += 1;
                            chars += d.text.chars().count();
                            titled += usize::from(d.title.is_some());
                            dated += usize::from(d.published.is_some());
                            sourced += usize::from(d.source.is_some());
                        }
                        Err(e) => {
                            errors += 1;
                            let _ = writeln!(err, "{e}");
                        }
                    }
                }
            }
            Err(e) => {
                let _ = writeln!(err, "{e}");
                continue;
            }
        }
        let secs = t.elapsed().as_secs_f64();
        let _ = writeln!(
            err,
            "{arg}: {docs} docs ({errors} errors), {chars} chars, title {titled}, published {dated}, source {sourced}; {secs:.2}s = {:.0} docs/s, {:.1} Mchars/s",
            docs as f64 / secs,
            chars as f64 / secs / 1e6
        );
    }
}

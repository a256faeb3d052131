//! Digest of the complete analysis (tokens, parts, stems, sentences, streamed tokens, folds) of
//! the whole SaudiNewsNet corpus: speed work must leave it unchanged.
//! `cargo run --release -p rasid-analysis --example digest [max_docs]`

use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Write};

/// 128-bit FNV-1a over the serialised output: stable across runs and Rust versions.
struct Digest(u128);

impl Hasher for Digest {
    fn finish(&self) -> u64 {
        self.0 as u64
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u128::from(b);
            self.0 = self
                .0
                .wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
        }
    }
}

fn main() -> std::io::Result<()> {
    let max: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz"
    );
    let file = std::fs::File::open(path)?;
    let mut h = Digest(0x6c62_272e_07bb_0142_62b8_2175_6295_c58d);
    let mut an = rasid_analysis::Analyzer::new();
    let (mut docs, mut tokens) = (0usize, 0usize);
    for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?).expect("json");
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        for text in [text, v.get("title").and_then(|t| t.as_str()).unwrap_or("")] {
            let a = an.analyze(text);
            tokens += a.tokens.len();
            serde_json::to_string(&a).expect("json").hash(&mut h);
            for t in &a.tokens {
                t.base().hash(&mut h);
                t.is_latin().hash(&mut h);
                for k in t.search_keys() {
                    k.hash(&mut h);
                }
            }
            let mut i = 0;
            an.for_each_token(text, |t| {
                let o = &a.tokens[i];
                assert_eq!(
                    (
                        t.start,
                        t.end,
                        t.byte_start,
                        t.byte_end,
                        t.kind,
                        t.norm,
                        t.stem
                    ),
                    (
                        o.start,
                        o.end,
                        o.byte_start,
                        o.byte_end,
                        o.kind,
                        &*o.norm,
                        &*o.stem
                    )
                );
                assert!(t.parts().iter().eq(o.parts().iter()));
                i += 1;
            });
            assert_eq!(i, a.tokens.len());
            rasid_analysis::fold(text).hash(&mut h);
            rasid_analysis::fold_orthographic(text).hash(&mut h);
            let f = rasid_analysis::fold_with_offsets(text);
            f.text.hash(&mut h);
            for i in 0..f.text.len() {
                f.original_bytes(i..i + 1).hash(&mut h);
            }
        }
        docs += 1;
        if docs >= max {
            break;
        }
    }
    writeln!(
        std::io::stdout().lock(),
        "{docs} documents, {tokens} tokens, digest {:032x}",
        h.0
    )
}

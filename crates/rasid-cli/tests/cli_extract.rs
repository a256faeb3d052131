//! `rasid extract` end to end: the real binary on real articles in every input format.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `shared/examples/` sits beside the repository (CI) or at `/work/shared` (development).
fn example(name: &str) -> PathBuf {
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
    loop {
        let p = dir.join("shared/examples").join(name);
        if p.exists() {
            return p;
        }
        assert!(
            dir.pop(),
            "shared/examples/{name} not found above the crate"
        );
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../rasid-ingest/tests/fixtures")
        .join(name)
}

fn records(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {e}: {l}")))
        .collect()
}

fn rasid() -> Command {
    Command::cargo_bin("rasid").unwrap()
}

#[test]
fn examples_give_their_document_parts() {
    let a = example("2016-lavrov-algiers-visit.txt");
    let b = example("2020-lavrov-boukadoum-moscow.txt");
    let out = rasid()
        .args(["extract", "--format", "json"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 2);
    let d = &recs[0]["document"];
    assert_eq!(d["path"], a.to_str().unwrap());
    assert_eq!(d["title"], "موسكو تبحث عن دعم موقفها تجاه سورية في الجزائر");
    assert_eq!(d["published"], "2016-02-29");
    assert_eq!(d["source"], Value::Null);
    assert!(
        d.get("text").is_none(),
        "plain text is not repeated without --with-text"
    );
    let d = &recs[1]["document"];
    assert_eq!(d["path"], b.to_str().unwrap());
    assert_eq!(d["source"], "نوفوستي");
    assert_eq!(d["published"], Value::Null);
    for r in &recs {
        for key in ["entities", "quotes", "events", "dates"] {
            assert!(r[key].is_array(), "{key} missing");
        }
    }
}

#[test]
fn with_text_carries_the_exact_original() {
    let a = example("2016-lavrov-algiers-visit.txt");
    let out = rasid()
        .args(["extract", "--with-text"])
        .arg(&a)
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(
        recs[0]["document"]["text"],
        std::fs::read_to_string(&a).unwrap()
    );
}

#[test]
fn html_and_legacy_encodings() {
    let out = rasid()
        .arg("extract")
        .arg(fixture("lavrov-2016.html"))
        .arg(fixture("lavrov-2020.cp1256.html"))
        .arg(fixture("lavrov-2016.cp1256.txt"))
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 3);
    let d = &recs[0]["document"];
    assert_eq!(d["published"], "2016-02-29");
    assert_eq!(
        d["url"],
        "https://www.alaraby.co.uk/politics/2016/2/29/moscow-algiers"
    );
    let text = d["text"]
        .as_str()
        .expect("HTML records carry their derived text");
    assert!(
        text.contains("سيرغي لافروف") && !text.contains("+ الخط -") && !text.contains("اقرأ أيضاً")
    );
    assert_eq!(recs[1]["document"]["source"], "نوفوستي");
    assert_eq!(recs[2]["document"]["published"], "2016-02-29");
}

#[test]
fn jsonl_gzip_keeps_input_order() {
    let p = fixture("snn-sample.jsonl.gz");
    let out = rasid()
        .args(["extract", "-j", "3"])
        .arg(&p)
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["document"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "snn-9d15b1a7faf3cd6f",
            "snn-174681a398dfdb3c",
            "snn-b25c44d02a930d09",
            "snn-a934eb6b50b9363f",
            "snn-ff346c70a57105b7"
        ]
    );
    assert_eq!(recs[2]["document"]["path"], format!("{}#3", p.display()));
    assert_eq!(recs[0]["document"]["published"], "2015-07-21");
}

/// Many documents over several batches and threads come out in exactly the input order.
#[test]
fn parallel_batches_keep_input_order() {
    let base = std::fs::read_to_string(example("2020-lavrov-boukadoum-moscow.txt")).unwrap();
    let paras: Vec<&str> = base.lines().collect();
    let mut input = String::new();
    let n = 400;
    for i in 0..n {
        // Documents of very different lengths so workers finish out of order.
        let text = paras[..1 + (i * 7) % paras.len()].join("\n");
        input.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        input.push('\n');
    }
    let out = rasid()
        .args(["extract", "-j", "4", "--input-format", "jsonl", "-"])
        .write_stdin(input)
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), n);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["document"]["id"], format!("doc-{i}"));
    }
}

#[test]
fn stdin_is_detected_by_content() {
    let text = std::fs::read(example("2016-lavrov-algiers-visit.txt")).unwrap();
    let out = rasid()
        .args(["extract", "-"])
        .write_stdin(text)
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs[0]["document"]["published"], "2016-02-29");
    assert_eq!(recs[0]["document"]["path"], "-");
}

#[test]
fn analyze_reads_any_format() {
    let out = rasid()
        .arg("analyze")
        .arg(fixture("snn-sample.jsonl.gz"))
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["id"], "snn-9d15b1a7faf3cd6f");
    assert!(!v["sentences"].as_array().unwrap().is_empty());
}

//! Bad inputs mixed with good ones: one clear error line per bad input (or record), every good
//! record still printed, exit status 1.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../rasid-ingest/tests/fixtures")
        .join(name)
}

#[test]
fn bad_inputs_are_reported_and_good_ones_still_extracted() {
    let dir = tempdir();
    let missing = dir.join("missing.txt");
    let good = fixture("lavrov-2016.cp1256.txt");
    let out = Command::cargo_bin("rasid")
        .unwrap()
        .arg("extract")
        .arg(fixture("empty.txt"))
        .arg(&good)
        .arg(fixture("binary.bin"))
        .arg(&missing)
        .arg(fixture("truncated.jsonl.gz"))
        .arg(fixture("snn-mixed.jsonl"))
        .assert()
        .code(1);
    let o = out.get_output();
    let stdout = String::from_utf8(o.stdout.clone()).unwrap();
    let stderr = String::from_utf8(o.stderr.clone()).unwrap();
    let paths: Vec<String> = stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["document"]["path"].as_str().unwrap().to_string()
        })
        .collect();
    let mixed = fixture("snn-mixed.jsonl").display().to_string();
    // Good records in input order, whatever failed around them.
    assert_eq!(paths[0], good.display().to_string());
    let tail: Vec<&str> = paths
        .iter()
        .skip(1)
        .filter(|p| p.starts_with(&mixed))
        .map(|p| &p[mixed.len()..])
        .collect();
    assert_eq!(tail, ["#1", "#2", "#4", "#6"]);

    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("rasid: "))
        .collect();
    let expect = [
        format!("rasid: {}: empty input", fixture("empty.txt").display()),
        format!(
            "rasid: {}: binary data, not text",
            fixture("binary.bin").display()
        ),
        format!("rasid: {}: ", missing.display()),
        format!("rasid: {}:", fixture("truncated.jsonl.gz").display()),
        format!("rasid: {mixed}:3: invalid JSON: "),
    ];
    for e in &expect {
        assert!(
            lines.iter().any(|l| l.starts_with(e.as_str())),
            "no line starting with {e:?} in:\n{stderr}"
        );
    }
    assert!(
        lines.iter().any(|l| l.contains("gzip")),
        "truncated gzip named as such:\n{stderr}"
    );
    assert_eq!(lines.len(), expect.len(), "one line per failure:\n{stderr}");
}

#[test]
fn all_good_exits_zero_and_nothing_on_stderr() {
    Command::cargo_bin("rasid")
        .unwrap()
        .arg("extract")
        .arg(fixture("lavrov-2016.html"))
        .assert()
        .success()
        .stderr("");
}

fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("rasid-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

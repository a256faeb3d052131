//! `rasid search` end to end: the real binary over an index of real SaudiNewsNet articles (built
//! through the library, as the store's ingest does), and ingest → search when ingest is built.

use assert_cmd::Command;
use rasid_search::IndexDoc;
use std::io::{BufRead, BufReader};
use std::path::Path;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz"
);
const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples");

/// Indexes the first `n` SaudiNewsNet articles into `<data>/search`.
fn build_index(data: &Path, n: usize) {
    let file = std::fs::File::open(CORPUS).expect("corpus");
    let lines = BufReader::new(flate2::read::GzDecoder::new(file)).lines();
    let mut index = rasid_search::open_index(&rasid_search::index_dir(data)).expect("index");
    for (i, line) in lines.take(n).enumerate() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let s = |k: &str| v[k].as_str().map(str::to_string);
        let actors = vec![s("source").unwrap_or_default().to_uppercase()];
        index
            .add(&IndexDoc {
                key: i as i64 + 1,
                doc_id: &s("id").expect("id"),
                title: s("title").as_deref(),
                text: &s("text").expect("text"),
                published: s("published").as_deref(),
                source: s("source").as_deref(),
                actors: &actors,
            })
            .expect("add");
    }
    index.commit().expect("commit");
}

fn search_json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::cargo_bin("rasid")
        .expect("binary")
        .arg("search")
        .arg("--data")
        .arg(data)
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("run");
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{out:?}"
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn total(v: &serde_json::Value) -> u64 {
    v["total"].as_u64().expect("total")
}

#[test]
fn inflected_query_finds_and_highlights_other_inflections() {
    let tmp = tempfile::tempdir().expect("tmp");
    build_index(tmp.path(), 400);
    let v = search_json(tmp.path(), &["الفلسطينيين", "--limit", "50"]);
    assert!(total(&v) > 0, "{v}");
    let hits = v["hits"].as_array().expect("hits");
    let mut marked = Vec::new();
    for h in hits {
        let snippet: Vec<char> = h["snippet"].as_str().expect("snippet").chars().collect();
        for r in h["highlights"].as_array().expect("highlights") {
            let (a, b) = (
                r[0].as_u64().unwrap() as usize,
                r[1].as_u64().unwrap() as usize,
            );
            assert_eq!(snippet[a - 1], '«');
            assert_eq!(snippet[b], '»');
            marked.push(snippet[a..b].iter().collect::<String>());
        }
    }
    // The query's exact form is not all that is found.
    assert!(marked.iter().any(|w| w != "الفلسطينيين"), "{marked:?}");
}

#[test]
fn regression_harakat_query_finds_the_same_as_plain() {
    let tmp = tempfile::tempdir().expect("tmp");
    build_index(tmp.path(), 400);
    let plain = search_json(tmp.path(), &["الحكومة"]);
    let voweled = search_json(tmp.path(), &["الحُكُومَة"]);
    assert!(total(&plain) > 0);
    assert_eq!(total(&plain), total(&voweled));
}

#[test]
fn filters_and_phrases() {
    let tmp = tempfile::tempdir().expect("tmp");
    build_index(tmp.path(), 400);
    let all = search_json(tmp.path(), &["وزير", "الخارجية", "--limit", "100"]);
    let phrase = search_json(tmp.path(), &["\"وزير الخارجية\"", "--limit", "100"]);
    assert!(total(&phrase) > 0 && total(&phrase) <= total(&all));
    let by_source = search_json(tmp.path(), &["--source", "aawsat", "--limit", "100"]);
    assert!(total(&by_source) > 0);
    for h in by_source["hits"].as_array().unwrap() {
        assert_eq!(h["source"], "aawsat");
    }
    let by_date = search_json(
        tmp.path(),
        &[
            "السعودية",
            "--from",
            "2015-07",
            "--to",
            "2015-07-31",
            "--limit",
            "100",
        ],
    );
    for h in by_date["hits"].as_array().unwrap() {
        assert!(
            h["published"].as_str().unwrap().starts_with("2015-07"),
            "{h}"
        );
    }
    let by_actor = search_json(tmp.path(), &["--actor", "aawsat"]);
    assert_eq!(total(&by_actor), total(&by_source));
}

#[test]
fn table_output_and_exit_codes() {
    let tmp = tempfile::tempdir().expect("tmp");
    build_index(tmp.path(), 100);
    Command::cargo_bin("rasid")
        .unwrap()
        .args(["search", "السعودية", "--limit", "3", "--data"])
        .arg(tmp.path())
        .assert()
        .success()
        .stdout(predicates::str::contains("«"))
        .stdout(predicates::str::contains("results 1–3 of"));
    // No match: exit 1 like grep, "no results" on stdout.
    Command::cargo_bin("rasid")
        .unwrap()
        .args(["search", "xyzzyplugh", "--data"])
        .arg(tmp.path())
        .assert()
        .code(1)
        .stdout(predicates::str::contains("no results"));
    // No index: an error, exit 2.
    let empty = tempfile::tempdir().unwrap();
    Command::cargo_bin("rasid")
        .unwrap()
        .args(["search", "السعودية", "--data"])
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no search index"));
}

#[test]
fn ingest_then_search() {
    // `rasid ingest` is built by the store work; until it is in the binary there is nothing to test.
    let has_ingest = Command::cargo_bin("rasid")
        .unwrap()
        .args(["ingest", "--help"])
        .output()
        .unwrap();
    if !has_ingest.status.success() {
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    Command::cargo_bin("rasid")
        .unwrap()
        .arg("ingest")
        .arg("--data")
        .arg(&data)
        .arg(format!("{EXAMPLES}/2016-lavrov-algiers-visit.txt"))
        .arg(format!("{EXAMPLES}/2020-lavrov-boukadoum-moscow.txt"))
        .assert()
        .success();
    // "الجزائري" (2020 article) and "الجزائر" (both) share a stem.
    let v = search_json(&data, &["والجزائرية"]);
    assert_eq!(total(&v), 2, "{v}");
    let v = search_json(&data, &["\"وزير الخارجية الروسي\""]);
    assert_eq!(total(&v), 2, "{v}");
}

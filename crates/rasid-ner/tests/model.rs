//! The shipped model on real data: accuracy on the AQMAR test split, valid IOB2 output,
//! robustness on arbitrary input, and offsets of spans in running text.

use proptest::prelude::*;
use rasid_ner::{Model, NerKind, Tag};
use std::sync::OnceLock;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::embedded().expect("embedded model loads"))
}

const TEST: &str = "/work/shared/data/aqmar_liu2019/test.txt";

/// Entity-level F1 of the shipped model on the held-out test split. The figure reported in
/// the README is 62.2; this pins it to within one point.
#[test]
fn embedded_model_scores_on_aqmar_test() {
    let f = std::fs::File::open(TEST).expect("AQMAR test split in /work/shared/data");
    let sents = rasid_ner::read_conll(std::io::BufReader::new(f)).unwrap();
    assert_eq!(sents.len(), 605);
    let r = rasid_ner::evaluate(model(), &sents);
    assert_eq!(r.overall.support, 1574);
    assert!(r.overall.f1 >= 0.612, "test F1 {:.2}", r.overall.f1 * 100.0);
}

fn assert_valid_iob2(tags: &[Tag]) {
    let mut prev = None;
    for &t in tags {
        assert!(t.may_follow(prev), "{t} after {prev:?} in {tags:?}");
        prev = Some(t);
    }
}

#[test]
fn tags_a_news_sentence() {
    let toks = [
        "وقال",
        "الرئيس",
        "الأمريكي",
        "باراك",
        "أوباما",
        "في",
        "واشنطن",
        "إن",
        "الولايات",
        "المتحدة",
        "ستدعم",
        "العراق",
        ".",
    ];
    let tags = model().tag_tokens(&toks);
    assert_eq!(tags.len(), toks.len());
    assert_valid_iob2(&tags);
    let spans = rasid_ner::spans(&tags);
    // (The Wikipedia-trained model misses some news-style person names here; the lexicon
    // covers well-known ones, so only places are pinned.)
    assert!(
        spans
            .iter()
            .any(|&(a, b, k)| k == NerKind::Loc && (a, b) == (11, 12)),
        "{tags:?}"
    );
    assert!(
        spans
            .iter()
            .any(|&(a, b, k)| k == NerKind::Loc && (a, b) == (6, 7)),
        "{tags:?}"
    );
}

#[test]
fn spans_in_running_text_point_at_original_bytes() {
    let text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت يوم الخميس.\nوالتقى ماكرون في بيروت بالرئيس اللبناني.";
    let analysis = rasid_analysis::analyze(text);
    let spans = model().tag(&analysis, text);
    assert!(!spans.is_empty());
    for s in &spans {
        assert!(s.byte_start < s.byte_end && s.byte_end <= text.len());
        assert_eq!(s.byte_start, analysis.tokens[s.tokens.start].byte_start);
        assert_eq!(s.byte_end, analysis.tokens[s.tokens.end - 1].byte_end);
        assert!((0.0..=1.0).contains(&s.score), "{s:?}");
    }
    assert!(
        spans
            .iter()
            .any(|s| s.kind == NerKind::Loc && &text[s.byte_start..s.byte_end] == "بيروت"),
        "{spans:?}"
    );
}

#[test]
fn add_gazetteer_changes_nothing_for_empty_list_and_loads_names() {
    let mut m = model().clone();
    let toks = ["زار", "الوفد", "مدينة", "زفتى"];
    let before = m.tag_tokens(&toks);
    m.add_gazetteer(std::iter::empty());
    assert_eq!(m.tag_tokens(&toks), before);
    m.add_gazetteer([("زفتى", NerKind::Loc)]);
    let after = m.tag_tokens(&toks);
    assert_valid_iob2(&after);
}

#[test]
fn model_bytes_round_trip() {
    let bytes = model().to_bytes(0.0).unwrap();
    let m = Model::from_bytes(&bytes).unwrap();
    let toks = ["التقى", "محمد", "بن", "سلمان", "في", "الرياض"];
    assert_eq!(m.tag_tokens(&toks), model().tag_tokens(&toks));
    assert!(Model::from_bytes(b"not a model").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_and_output_is_valid(toks in proptest::collection::vec("\\PC{0,8}", 0..30)) {
        let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
        let tags = model().tag_tokens(&refs);
        prop_assert_eq!(tags.len(), refs.len());
        assert_valid_iob2(&tags);
    }

    #[test]
    fn running_text_never_panics(text in "[\\p{Arabic} .،\\n0-9a-z]{0,120}") {
        let analysis = rasid_analysis::analyze(&text);
        for s in model().tag(&analysis, &text) {
            prop_assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
            prop_assert!(s.tokens.start < s.tokens.end && s.tokens.end <= analysis.tokens.len());
        }
    }
}

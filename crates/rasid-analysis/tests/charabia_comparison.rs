//! Where rasid's segmentation beats meilisearch's charabia on Arabic (the examples):
//! charabia cuts `ال` off every word starting with it, including إلى, الذي, التي, الله, and never
//! separates the proclitics و/ب/ل.

use charabia::Tokenize;
use rasid_analysis::{analyze, PartRole};

fn charabia_words(text: &str) -> Vec<String> {
    text.tokenize()
        .filter(|t| t.is_word())
        .map(|t| t.lemma().to_string())
        .collect()
}

fn rasid_parts(word: &str) -> Vec<(PartRole, String)> {
    let a = analyze(word);
    assert_eq!(a.tokens.len(), 1, "{word}");
    a.tokens[0]
        .parts()
        .iter()
        .map(|p| (p.role, word[p.byte_start..p.byte_end].to_string()))
        .collect()
}

#[test]
fn charabia_splits_article_off_function_words_rasid_does_not() {
    for w in ["إلى", "الذي", "التي", "الله", "الذين"] {
        let c = charabia_words(w);
        assert!(
            c.len() > 1
                || c.first()
                    .is_some_and(|x| x.chars().count() < w.chars().count()),
            "charabia on {w}: {c:?}"
        );
        assert_eq!(
            rasid_parts(w),
            vec![(PartRole::Base, w.to_string())],
            "rasid keeps {w} whole"
        );
    }
}

#[test]
fn charabia_leaves_proclitics_attached_rasid_splits_them() {
    for (w, want) in [
        (
            "والجزائر",
            vec![
                (PartRole::Proclitic, "و"),
                (PartRole::Article, "ال"),
                (PartRole::Base, "جزائر"),
            ],
        ),
        (
            "بالرئيس",
            vec![
                (PartRole::Proclitic, "ب"),
                (PartRole::Article, "ال"),
                (PartRole::Base, "رئيس"),
            ],
        ),
        (
            "للفلسطينيين",
            vec![
                (PartRole::Proclitic, "ل"),
                (PartRole::Article, "ل"),
                (PartRole::Base, "فلسطينيين"),
            ],
        ),
        (
            "وقال",
            vec![(PartRole::Proclitic, "و"), (PartRole::Base, "قال")],
        ),
    ] {
        let c = charabia_words(w);
        assert!(
            c.iter()
                .all(|x| x != "جزائر" && x != "رئيس" && x != "قال" && x != "فلسطينيين"),
            "charabia on {w}: {c:?}"
        );
        let want: Vec<(PartRole, String)> =
            want.into_iter().map(|(r, s)| (r, s.to_string())).collect();
        assert_eq!(rasid_parts(w), want, "{w}");
    }
}

#[test]
fn rasid_stems_share_a_search_key_where_charabia_lemmas_differ() {
    let words = ["فلسطين", "الفلسطينيين", "للفلسطينيين", "فلسطينية"];
    let stems: Vec<String> = words
        .iter()
        .map(|w| analyze(w).tokens[0].stem.to_string())
        .collect();
    assert!(stems.iter().all(|s| s == "فلسطين"), "{stems:?}");
    let lemmas: Vec<Vec<String>> = words.iter().map(|w| charabia_words(w)).collect();
    let last: Vec<&String> = lemmas.iter().filter_map(|l| l.last()).collect();
    assert!(
        last.windows(2).any(|p| p[0] != p[1]),
        "charabia lemmas {lemmas:?}"
    );
}

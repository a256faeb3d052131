//! The `SearchIndex` contract on a real on-disk index: catch-up (`high_water`), replacement,
//! filters, phrases, snippets, harakat.

use rasid_search::{open_index, IndexDoc, SearchIndex, SearchQuery};

struct Doc {
    key: i64,
    title: &'static str,
    text: &'static str,
    published: &'static str,
    source: &'static str,
    actors: Vec<String>,
}

fn docs() -> Vec<Doc> {
    vec![
        Doc {
            key: 1,
            title: "الحكومة تعلن خطة جديدة",
            text: "أعلنت الحكومة السعودية اليوم خطة لدعم الفلسطينيين في غزة.",
            published: "2015-03-01",
            source: "aawsat",
            actors: vec!["Saudi Arabia".into(), "SAU".into()],
        },
        Doc {
            key: 2,
            title: "مؤتمر في الرياض",
            text: "وقال وزير الخارجية إن المملكة تقف مع الشعب الفلسطيني وللفلسطينيين حق العودة.",
            published: "2015-04-10",
            source: "alriyadh",
            actors: vec!["SAU".into(), "PSE".into()],
        },
        Doc {
            key: 3,
            title: "أخبار الاقتصاد",
            text: "ارتفعت أسعار النفط وقالت الخارجية الأمريكية إن الوزير سيزور المنطقة.",
            published: "2016-01-05",
            source: "alriyadh",
            actors: vec!["USA".into()],
        },
    ]
}

fn feed(index: &mut dyn SearchIndex, docs: &[Doc]) {
    for d in docs {
        index
            .add(&IndexDoc {
                key: d.key,
                doc_id: &format!("doc{}", d.key),
                title: Some(d.title),
                text: d.text,
                published: Some(d.published),
                source: Some(d.source),
                actors: &d.actors,
            })
            .unwrap();
    }
}

fn keys(index: &dyn SearchIndex, q: SearchQuery) -> Vec<i64> {
    let mut k: Vec<i64> = index
        .search(&q)
        .unwrap()
        .hits
        .iter()
        .map(|h| h.key)
        .collect();
    k.sort();
    k
}

fn q(text: &str) -> SearchQuery {
    SearchQuery::text(text)
}

#[test]
fn high_water_tracks_only_committed_keys() {
    let dir = tempfile::tempdir().unwrap();
    let all = docs();
    {
        let mut index = open_index(dir.path()).unwrap();
        assert_eq!(index.high_water(), None);
        feed(index.as_mut(), &all[..2]);
        // Added but not committed: not durable, not counted.
        assert_eq!(index.high_water(), None);
        index.commit().unwrap();
        assert_eq!(index.high_water(), Some(2));
        // A crash after adding key 3 but before commit...
        feed(index.as_mut(), &all[2..]);
    }
    // ...is healed: reopening reports 2, and the store re-feeds key 3.
    let mut index = open_index(dir.path()).unwrap();
    assert_eq!(index.high_water(), Some(2));
    assert_eq!(keys(index.as_ref(), q("الخارجية")), vec![2]);
    feed(index.as_mut(), &all[2..]);
    index.commit().unwrap();
    assert_eq!(index.high_water(), Some(3));
    assert_eq!(keys(index.as_ref(), q("الخارجية")), vec![2, 3]);
}

#[test]
fn refeeding_a_committed_key_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut index = open_index(dir.path()).unwrap();
    let all = docs();
    feed(index.as_mut(), &all);
    index.commit().unwrap();
    feed(index.as_mut(), &all[..1]);
    index.commit().unwrap();
    assert_eq!(index.search(&q("الحكومة")).unwrap().total, 1);
    assert_eq!(index.high_water(), Some(3));
}

#[test]
fn clear_empties_the_index_durably() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut index = open_index(dir.path()).unwrap();
        feed(index.as_mut(), &docs());
        index.commit().unwrap();
        index.clear().unwrap();
        assert_eq!(index.high_water(), None);
    }
    let index = open_index(dir.path()).unwrap();
    assert_eq!(index.high_water(), None);
    assert_eq!(index.search(&q("الحكومة")).unwrap().total, 0);
}

fn built() -> (tempfile::TempDir, Box<dyn SearchIndex>) {
    let dir = tempfile::tempdir().unwrap();
    let mut index = open_index(dir.path()).unwrap();
    feed(index.as_mut(), &docs());
    index.commit().unwrap();
    (dir, index)
}

#[test]
fn inflected_and_vocalised_queries_match() {
    let (_d, index) = built();
    // "الفلسطينيين" must find "الفلسطينيين" (doc 1) and "للفلسطينيين" (doc 2).
    assert_eq!(keys(index.as_ref(), q("الفلسطينيين")), vec![1, 2]);
    // Regression: harakat in the query never matter.
    assert_eq!(keys(index.as_ref(), q("الحُكُومَةُ")), vec![1]);
    assert_eq!(keys(index.as_ref(), q("الحكومه")), vec![1]);
}

#[test]
fn phrases_require_adjacent_words() {
    let (_d, index) = built();
    assert_eq!(keys(index.as_ref(), q("وزير الخارجية")), vec![2, 3]);
    assert_eq!(keys(index.as_ref(), q("\"وزير الخارجية\"")), vec![2]);
    assert_eq!(
        keys(index.as_ref(), q("الخارجية -\"وزير الخارجية\"")),
        vec![3]
    );
}

#[test]
fn filters_restrict_hits() {
    let (_d, index) = built();
    let all = SearchQuery { limit: 10, ..q("") };
    assert_eq!(keys(index.as_ref(), all.clone()), vec![1, 2, 3]);
    let by_source = SearchQuery {
        source: Some("AlRiyadh".into()),
        ..all.clone()
    };
    assert_eq!(keys(index.as_ref(), by_source), vec![2, 3]);
    let by_date = SearchQuery {
        from: Some("2015-04".into()),
        to: Some("2015".into()),
        ..all.clone()
    };
    assert_eq!(keys(index.as_ref(), by_date), vec![2]);
    let by_actor = SearchQuery {
        actor: Some("sau".into()),
        ..q("الخارجية")
    };
    assert_eq!(keys(index.as_ref(), by_actor), vec![2]);
    let bad = SearchQuery {
        from: Some("last week".into()),
        ..all
    };
    assert!(index.search(&bad).is_err());
}

#[test]
fn empty_text_lists_newest_first_with_paging() {
    let (_d, index) = built();
    let r = index.search(&SearchQuery { limit: 2, ..q("") }).unwrap();
    assert_eq!(r.total, 3);
    assert_eq!(r.hits.iter().map(|h| h.key).collect::<Vec<_>>(), vec![3, 2]);
    let r = index
        .search(&SearchQuery {
            limit: 2,
            offset: 2,
            ..q("")
        })
        .unwrap();
    assert_eq!(r.hits.iter().map(|h| h.key).collect::<Vec<_>>(), vec![1]);
}

#[test]
fn hits_carry_stored_fields_and_highlighted_snippets() {
    let (_d, index) = built();
    let r = index.search(&q("فلسطين")).unwrap();
    let hit = r.hits.iter().find(|h| h.key == 2).unwrap();
    assert_eq!(hit.doc_id, "doc2");
    assert_eq!(hit.title.as_deref(), Some("مؤتمر في الرياض"));
    assert_eq!(hit.published.as_deref(), Some("2015-04-10"));
    assert_eq!(hit.source.as_deref(), Some("alriyadh"));
    let chars: Vec<char> = hit.snippet.chars().collect();
    let marked: Vec<String> = hit
        .highlights
        .iter()
        .map(|&(a, b)| chars[a..b].iter().collect())
        .collect();
    assert!(
        marked.contains(&"وللفلسطينيين".to_string()),
        "{marked:?} in {}",
        hit.snippet
    );
    assert!(hit.snippet.contains("«وللفلسطينيين»"), "{}", hit.snippet);
}

#[test]
fn title_matches_rank_first() {
    let (_d, index) = built();
    let r = index.search(&q("الحكومة")).unwrap();
    assert_eq!(r.hits[0].key, 1);
    assert!(r.hits[0].score > 0.0);
}

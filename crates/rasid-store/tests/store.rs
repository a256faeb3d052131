//! Store-level tests with hand-built records: dedup, stories, queries, timeline, exports,
//! foreign/corrupt stores. They do not depend on the extraction's current quality.

use rasid_core::{
    Document, Entity, EntityKind, Event, EventActor, Mention, Mode, Quote, Record, RecordDocument,
    SentenceSpan,
};
use rasid_store::export::{self, Format, Kind};
use rasid_store::{
    EventFilter, OpenMode, PreparedDoc, QuoteFilter, SqliteStore, Store, StoreError,
};

const LAVROV: &str =
    "وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر العاصمة في زيارة رسمية تستغرق يومين \
    يجري خلالها محادثات مع نظيره الجزائري رمطان لعمامرة حول العلاقات الثنائية والأوضاع في ليبيا ومالي \
    ومنطقة الساحل، وقال لافروف إن بلاده تدعم الحل السياسي في ليبيا وترفض أي تدخل عسكري أجنبي.";

const OIL: &str = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج بمقدار \
    مليون برميل يوميا اعتبارا من الشهر المقبل، وسط توقعات بتعافي الطلب في آسيا وأوروبا خلال الربع الأخير.";

#[allow(clippy::too_many_arguments)]
fn ent(
    id: &str,
    kind: EntityKind,
    name: &str,
    en: Option<&str>,
    country: Option<&str>,
    code: Option<&str>,
    role: Option<&str>,
    mentions: &[(usize, usize, &str)],
) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        name_en: en.map(Into::into),
        country: country.map(Into::into),
        role: role.map(Into::into),
        code: code.map(Into::into),
        mentions: mentions
            .iter()
            .map(|&(s, e, t)| Mention {
                start: s,
                end: e,
                text: t.into(),
            })
            .collect(),
    }
}

fn consult_event(date: Option<&str>, sentence_start: usize) -> Event {
    Event {
        source: Some(EventActor {
            entity: Some("e1".into()),
            code: Some("RUSGOV".into()),
            country: Some("RUS".into()),
        }),
        target: Some(EventActor {
            entity: Some("e2".into()),
            code: Some("DZA".into()),
            country: Some("DZA".into()),
        }),
        cameo: "043".into(),
        plover: "CONSULT".into(),
        quad_class: 1,
        goldstein: 2.8,
        mode: Mode::Done,
        date: date.map(Into::into),
        location: Some("e2".into()),
        trigger: Mention {
            start: 0,
            end: 3,
            text: "وصل".into(),
        },
        sentence: SentenceSpan {
            start: sentence_start,
            end: sentence_start + 100,
        },
    }
}

/// A Lavrov-in-Algiers article as outlet `source` published on `published`.
fn lavrov_doc(
    id: &str,
    source: &str,
    published: &str,
    lead: &str,
    event_date: Option<&str>,
) -> PreparedDoc {
    let text = format!("{lead}{LAVROV}");
    let doc = Document {
        id: id.into(),
        title: Some(format!("لافروف في الجزائر ({source})")),
        published: Some(published.into()),
        source: Some(source.into()),
        url: Some(format!("https://{source}.example/{id}")),
        text,
        ..Default::default()
    };
    let record = Record {
        document: RecordDocument {
            id: id.into(),
            ..Default::default()
        },
        entities: vec![
            ent(
                "e1",
                EntityKind::Person,
                "سيرغي لافروف",
                Some("Sergey Lavrov"),
                Some("RUS"),
                Some("RUSGOV"),
                Some("وزير الخارجية"),
                &[(20, 32, "سيرغي لافروف"), (150, 156, "لافروف")],
            ),
            ent(
                "e2",
                EntityKind::Country,
                "الجزائر",
                Some("Algeria"),
                Some("DZA"),
                Some("DZA"),
                None,
                &[(37, 44, "الجزائر")],
            ),
        ],
        quotes: vec![Quote {
            speaker: Some("e1".into()),
            verb: "قال".into(),
            direct: false,
            text: "بلاده تدعم الحل السياسي في ليبيا".into(),
            start: 160,
            end: 190,
        }],
        events: vec![consult_event(event_date, 0)],
        dates: vec![],
    };
    PreparedDoc::new(doc, record)
}

fn oil_doc(id: &str, published: &str) -> PreparedDoc {
    let doc = Document {
        id: id.into(),
        published: Some(published.into()),
        source: Some("spa".into()),
        text: OIL.into(),
        ..Default::default()
    };
    PreparedDoc::new(doc, Record::default())
}

fn fresh() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("data"), OpenMode::Create).unwrap();
    (dir, store)
}

#[test]
fn syndicated_copies_form_one_story_and_one_event() {
    let (_d, mut s) = fresh();
    let out = s
        .write_batch(vec![
            lavrov_doc("a1", "aawsat", "2016-02-29", "", None),
            oil_doc("o1", "2016-02-29"),
        ])
        .unwrap();
    assert_eq!(out.stored.len(), 2);
    // A second outlet a day later, different lead, in a later batch: same story, same event.
    s.write_batch(vec![lavrov_doc(
        "a2",
        "alriyadh",
        "2016-03-01",
        "الجزائر (واس) - ",
        None,
    )])
    .unwrap();
    // A third copy the same day as the first but by another outlet.
    s.write_batch(vec![lavrov_doc(
        "a3",
        "okaz",
        "2016-02-29",
        "الجزائر - أ ف ب: ",
        None,
    )])
    .unwrap();

    let stories = s.stories(2, None).unwrap();
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(stories[0].size, 3);
    assert_eq!(stories[0].doc_ids, vec!["a1", "a3", "a2"]);
    assert!(stories[0].outlets.contains(&"alriyadh".to_string()));

    let events = s.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 1, "{events:#?}");
    let e = &events[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (3, 3, 3));
    assert_eq!(e.day.as_deref(), Some("2016-02-29"));
    assert_eq!(e.location.as_deref(), Some("الجزائر"));
    let st = s.stats().unwrap();
    assert_eq!(
        (
            st.documents,
            st.events,
            st.event_mentions,
            st.stories,
            st.story_documents
        ),
        (4, 1, 3, 1, 3)
    );
}

#[test]
fn same_event_on_different_days_outside_a_story_stays_separate() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![lavrov_doc(
        "a1",
        "aawsat",
        "2016-02-29",
        "",
        Some("2016-02-29"),
    )])
    .unwrap();
    // Unrelated text (no story link), explicit different date: a separate event.
    let mut other = oil_doc("o1", "2016-05-01");
    other.record = lavrov_doc("x", "x", "2016-05-01", "", Some("2016-05-01")).record;
    s.write_batch(vec![other]).unwrap();
    assert_eq!(s.events(&EventFilter::default()).unwrap().len(), 2);
}

#[test]
fn ingest_is_idempotent_by_id_and_by_content() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![lavrov_doc("a1", "aawsat", "2016-02-29", "", None)])
        .unwrap();
    let again = s
        .write_batch(vec![lavrov_doc("a1", "aawsat", "2016-02-29", "", None)])
        .unwrap();
    assert_eq!(again.duplicates, vec!["a1"]);
    // Same text under another id: also a duplicate. Duplicates inside one batch too.
    let out = s
        .write_batch(vec![
            lavrov_doc("other-id", "aawsat", "2016-02-29", "", None),
            oil_doc("o1", "2016-01-01"),
            oil_doc("o1", "2016-01-01"),
        ])
        .unwrap();
    assert_eq!(out.duplicates, vec!["other-id", "o1"]);
    assert_eq!(out.stored.len(), 1);
    assert!(s.contains("o1", "nope").unwrap());
    assert_eq!(s.stats().unwrap().documents, 2);
}

#[test]
fn event_filters_match_codes_countries_names_types_and_dates() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![lavrov_doc("a1", "aawsat", "2016-02-29", "", None)])
        .unwrap();
    let q = |f: EventFilter| s.events(&f).unwrap().len();
    let f = |src: Option<&str>,
             tgt: Option<&str>,
             kind: Option<&str>,
             from: Option<&str>,
             to: Option<&str>| EventFilter {
        source: src.map(Into::into),
        target: tgt.map(Into::into),
        kind: kind.map(Into::into),
        from: from.map(Into::into),
        to: to.map(Into::into),
        limit: None,
    };
    assert_eq!(
        q(f(
            Some("RUS"),
            Some("DZA"),
            Some("CONSULT"),
            Some("2015"),
            Some("2021")
        )),
        1
    );
    assert_eq!(
        q(f(Some("rus"), None, Some("04"), None, Some("2016-02"))),
        1
    );
    assert_eq!(q(f(Some("لافروف"), None, None, None, None)), 1);
    assert_eq!(q(f(Some("lavrov"), None, None, None, None)), 1);
    assert_eq!(q(f(Some("DZA"), Some("RUS"), None, None, None)), 0);
    assert_eq!(q(f(None, None, Some("ASSAULT"), None, None)), 0);
    assert_eq!(q(f(None, None, Some("19"), None, None)), 0);
    assert_eq!(q(f(None, None, None, Some("2017"), None)), 0);
    assert_eq!(q(f(None, None, None, None, Some("2015"))), 0);
}

#[test]
fn quotes_match_folded_speaker_names_and_mentions() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![lavrov_doc("a1", "aawsat", "2016-02-29", "", None)])
        .unwrap();
    for q in ["لافروف", "سيرغي لافروف", "سيرغى لافروف", "Lavrov", "لَافْرُوف"]
    {
        let rows = s
            .quotes(&QuoteFilter {
                speaker: Some(q.into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(rows.len(), 1, "query {q}");
        assert_eq!(rows[0].speaker.as_deref(), Some("سيرغي لافروف"));
    }
    assert!(s
        .quotes(&QuoteFilter {
            speaker: Some("بوتين".into()),
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn actors_rank_by_mentions_with_roles() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![
        lavrov_doc("a1", "aawsat", "2016-02-29", "", None),
        lavrov_doc("a2", "okaz", "2016-02-29", "نص مختلف تماما عن الخبر ", None),
    ])
    .unwrap();
    let a = s.actors(Some(10)).unwrap();
    assert_eq!(a[0].name, "سيرغي لافروف");
    assert_eq!((a[0].mentions, a[0].documents), (4, 2));
    assert_eq!(a[0].roles, vec!["وزير الخارجية"]);
    assert_eq!(a[1].country.as_deref(), Some("DZA"));
}

#[test]
fn timeline_buckets_by_month_and_traces_sentences() {
    let (_d, mut s) = fresh();
    s.write_batch(vec![lavrov_doc(
        "a1",
        "aawsat",
        "2016-02-29",
        "",
        Some("2016-02-29"),
    )])
    .unwrap();
    let mut b = oil_doc("o1", "2016-03-10");
    b.record = lavrov_doc("x", "x", "2016-03-10", "", Some("2016-03-10")).record;
    b.record.events[0].goldstein = 1.0;
    b.record.events.push(Event {
        cameo: "112".into(),
        plover: "ACCUSE".into(),
        quad_class: 3,
        goldstein: -2.0,
        ..consult_event(Some("2016-03-11"), 200)
    });
    s.write_batch(vec![b]).unwrap();
    let t = s.timeline("DZA", Some("RUS")).unwrap();
    assert_eq!(t.buckets.len(), 2);
    assert_eq!(t.buckets[0].month, "2016-02");
    assert_eq!(t.buckets[1].quad, [1, 0, 1, 0]);
    assert!((t.buckets[1].mean_goldstein - (-0.5)).abs() < 1e-6);
    let r = &t.buckets[1].sources[1];
    assert_eq!(
        (r.doc_id.as_str(), r.sentence_start, r.sentence_end),
        ("o1", 200, 300)
    );
}

#[test]
fn documents_stream_after_a_key_with_actors() {
    let (_d, mut s) = fresh();
    let out = s
        .write_batch(vec![
            lavrov_doc("a1", "aawsat", "2016-02-29", "", None),
            oil_doc("o1", "2016-02-29"),
        ])
        .unwrap();
    let first = out.stored[0].1;
    let mut seen = Vec::new();
    s.for_each_document(Some(first), &mut |d| {
        seen.push(d.doc_id.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, vec!["o1"]);
    let mut actors = Vec::new();
    s.for_each_document(None, &mut |d| {
        actors.push(d.actors.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(
        actors[0],
        vec!["سيرغي لافروف", "RUSGOV", "RUS", "الجزائر", "DZA"]
    );
    assert_eq!(s.max_key().unwrap(), Some(out.stored[1].1));
}

#[test]
fn exports_write_all_formats_and_parquet_reads_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let (d, mut s) = fresh();
    s.write_batch(vec![
        lavrov_doc("a1", "aawsat", "2016-02-29", "", None),
        lavrov_doc("a2", "okaz", "2016-02-29", "الجزائر - ", None),
    ])
    .unwrap();
    for kind in [Kind::Events, Kind::Quotes, Kind::Entities, Kind::Documents] {
        for fmt in [Format::Jsonl, Format::Csv, Format::Parquet] {
            let p = d.path().join(format!("{kind:?}.{fmt:?}"));
            let n = export::export(&s, kind, fmt, &p).unwrap();
            assert!(n > 0, "{kind:?} {fmt:?}");
            if fmt == Format::Parquet {
                let r = SerializedFileReader::new(std::fs::File::open(&p).unwrap()).unwrap();
                assert_eq!(r.metadata().file_metadata().num_rows() as usize, n);
            }
        }
    }
    let csv = std::fs::read_to_string(d.path().join("Events.Csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with(
        "GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code,Actor1Name,Actor1CountryCode"
    ));
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",20160229,201602,2016,RUSGOV,سيرغي لافروف,RUS,DZA,"),
        "{row}"
    );
    assert!(row.contains(",043,043,04,1,2.8"), "{row}");
    assert_eq!(csv.lines().count(), 2);
    // Parquet events: read rows back and check a value.
    let r =
        SerializedFileReader::new(std::fs::File::open(d.path().join("Events.Parquet")).unwrap())
            .unwrap();
    let row = r.get_row_iter(None).unwrap().next().unwrap().unwrap();
    let s = row.to_string();
    assert!(s.contains("NumArticles: 2"), "{s}");
}

#[test]
fn foreign_and_corrupt_stores_are_refused_never_overwritten() {
    let d = tempfile::tempdir().unwrap();
    // A directory with unrelated files.
    let foreign = d.path().join("photos");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("cat.jpg"), b"meow").unwrap();
    assert!(matches!(
        SqliteStore::open(&foreign, OpenMode::Create),
        Err(StoreError::Foreign { .. })
    ));
    // A corrupt database file.
    let corrupt = d.path().join("corrupt");
    std::fs::create_dir(&corrupt).unwrap();
    std::fs::write(corrupt.join("rasid.sqlite"), vec![7u8; 8192]).unwrap();
    let e = SqliteStore::open(&corrupt, OpenMode::Create).unwrap_err();
    assert!(matches!(e, StoreError::Corrupt { .. }), "{e}");
    assert_eq!(
        std::fs::read(corrupt.join("rasid.sqlite")).unwrap(),
        vec![7u8; 8192]
    );
    // Another application's SQLite database.
    let other = d.path().join("other");
    std::fs::create_dir(&other).unwrap();
    {
        let c = rusqlite_free_db(&other.join("rasid.sqlite"));
        drop(c);
    }
    let e = SqliteStore::open(&other, OpenMode::Create).unwrap_err();
    assert!(matches!(e, StoreError::Foreign { .. }), "{e}");
    // A file where the directory should be.
    let file = d.path().join("file");
    std::fs::write(&file, b"x").unwrap();
    assert!(matches!(
        SqliteStore::open(&file, OpenMode::Create),
        Err(StoreError::Foreign { .. })
    ));
    // Queries on a missing store.
    assert!(matches!(
        SqliteStore::open(&d.path().join("none"), OpenMode::Existing),
        Err(StoreError::Missing { .. })
    ));
    assert!(!d.path().join("none").exists());
}

/// Make a foreign SQLite database through our own store's connection type (no extra dev-dependency).
fn rusqlite_free_db(path: &std::path::Path) -> SqliteStore {
    // Create a rasid store elsewhere, then copy a non-rasid database made with plain SQL into `path`.
    let tmp = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(&tmp.path().join("x"), OpenMode::Create).unwrap();
    s.connection()
        .execute(
            &format!("ATTACH DATABASE '{}' AS other", path.display()),
            [],
        )
        .unwrap();
    s.connection()
        .execute_batch("CREATE TABLE other.photos(id INTEGER PRIMARY KEY, name TEXT);")
        .unwrap();
    s.connection().execute("DETACH DATABASE other", []).unwrap();
    std::mem::forget(tmp);
    s
}

#[test]
fn reopening_keeps_everything_and_stories_continue() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("data");
    {
        let mut s = SqliteStore::open(&dir, OpenMode::Create).unwrap();
        s.write_batch(vec![lavrov_doc("a1", "aawsat", "2016-02-29", "", None)])
            .unwrap();
    }
    let mut s = SqliteStore::open(&dir, OpenMode::Existing).unwrap();
    s.write_batch(vec![lavrov_doc(
        "a2",
        "okaz",
        "2016-03-01",
        "موسكو - ",
        None,
    )])
    .unwrap();
    assert_eq!(s.stories(2, None).unwrap().len(), 1);
    assert_eq!(
        s.events(&EventFilter::default()).unwrap()[0].num_articles,
        2
    );
}

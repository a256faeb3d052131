use super::*;

fn names(lx: &Lexicon, text: &str) -> Vec<(String, String, FormKind)> {
    let a = rasid_analysis::analyze(text);
    lx.find(&a, text)
        .into_iter()
        .map(|m| {
            (
                text[m.byte_start..m.byte_end].to_string(),
                lx.entry(m.entry).name.clone(),
                m.form,
            )
        })
        .collect()
}

#[test]
fn embedded_files_parse() {
    let lx = Lexicon::embedded();
    assert!(lx.len() > 1400, "{}", lx.len());
    for iso in [
        "RUS", "DZA", "USA", "PSE", "XKX", "TWN", "ESH", "SYR", "LBY", "MLI",
    ] {
        assert!(lx.country(iso).is_some(), "{iso}");
    }
}

#[test]
fn clitics_and_article_on_first_token() {
    let lx = Lexicon::embedded();
    let got = names(
        &lx,
        "تتقارب مواقف الجزائر مع مواقف موسكو وتعول روسيا على دعم بالجزائر والجزائريين",
    );
    let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(texts.contains(&"الجزائر"), "{got:?}");
    assert!(texts.contains(&"موسكو"), "{got:?}");
    assert!(texts.contains(&"روسيا"), "{got:?}");
    assert!(texts.contains(&"الجزائريين"), "{got:?}");
    assert!(got
        .iter()
        .any(|g| g.0 == "الجزائر" && g.2 == FormKind::Name));
}

#[test]
fn longest_match_wins() {
    let lx = Lexicon::embedded();
    let got = names(&lx, "في انتهاك لقرارات مجلس الأمن الدولي.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "مجلس الأمن الدولي");
}

#[test]
fn nisba_with_article_is_a_nisba_not_a_name() {
    let lx = Lexicon::embedded();
    let a = rasid_analysis::analyze("الأوضاع السورية في سورية");
    let t = "الأوضاع السورية في سورية";
    let ms = lx.find(&a, t);
    let first: Vec<_> = ms.iter().filter(|m| m.tokens.start == 1).collect();
    assert!(
        first.iter().any(|m| m.article && m.form == FormKind::Nisba),
        "{first:?}"
    );
    let second: Vec<_> = ms.iter().filter(|m| m.tokens.start == 3).collect();
    assert!(
        second
            .iter()
            .any(|m| !m.article && m.form == FormKind::Variant),
        "{second:?}"
    );
}

#[test]
fn persons_roles_and_orgs_in_real_sentence() {
    let lx = Lexicon::embedded();
    let got = names(
        &lx,
        "أكد وزير الخارجية الروسي سيرغي لافروف خلال محادثاته مع وزير الخارجية الجزائري صبري بوقادوم",
    );
    let kinds: Vec<(&str, FormKind)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert!(
        kinds.contains(&("وزير الخارجية", FormKind::Role)),
        "{got:?}"
    );
    assert!(kinds.contains(&("الروسي", FormKind::Nisba)), "{got:?}");
    assert!(kinds.contains(&("سيرغي لافروف", FormKind::Name)), "{got:?}");
    assert!(kinds.contains(&("صبري بوقادوم", FormKind::Name)), "{got:?}");
    let got = names(
        &lx,
        "مغامرة حلف شمال الأطلسي في العام 2011 والسلوك الإجرامي للزملاء في الناتو",
    );
    assert_eq!(
        got.iter().filter(|g| g.1 == "حلف شمال الأطلسي").count(),
        2,
        "{got:?}"
    );
}

#[test]
fn stripped_clitic_is_outside_the_span() {
    let lx = Lexicon::embedded();
    let got = names(&lx, "وقال بيان لوزارة الخارجية الجزائرية");
    assert!(got.iter().any(|g| g.0 == "وزارة الخارجية"), "{got:?}");
    let got = names(&lx, "وصل للجزائر أمس");
    assert!(got.iter().any(|g| g.0 == "للجزائر"), "{got:?}");
}

#[test]
fn holders_by_date() {
    let lx = Lexicon::embedded();
    let ids = lx.holders("DZA", "وزير الخارجية", "2020-06-01");
    assert_eq!(ids.len(), 1);
    assert_eq!(lx.entry(ids[0]).name, "صبري بوقادوم");
    let ids = lx.holders("DZA", "وزير الخارجية", "2016-02-29");
    assert_eq!(lx.entry(ids[0]).name, "رمطان لعمامرة");
    // Of two periods in force, the one begun last: Merkel's chancellorship (2005), not the
    // open-ended 1998 party post that followed it in the file.
    let mut lx = Lexicon::empty();
    let rows = "name_ar\tcountry\tcode\trole\tfrom\tto\n\
                انجيلا ميركل\tDEU\tDEUGOV\tالمستشار\t2005-11-22\t\n\
                انجيلا ميركل\tDEU\tDEUPTY\t\t1998-11-07\t\n";
    lx.add_text(FileKind::Persons, "p.tsv", rows).unwrap();
    lx.rebuild();
    let (_, merkel) = lx.entries().next().unwrap();
    assert_eq!(merkel.period_at(Some("2015-07-21")).unwrap().code, "DEUGOV");
}

#[test]
fn malformed_file_names_file_and_line() {
    let mut lx = Lexicon::empty();
    let e = lx
        .add_text(
            FileKind::Countries,
            "my/countries.tsv",
            "# c\niso3\tname_ar\nRUS\tروسيا\nru\tروسيا\n",
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "my/countries.tsv:4: iso3 `ru` is not three capital letters"
    );
    let e = lx
        .add_text(FileKind::Roles, "r.tsv", "phrase\tagent\n")
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("r.tsv:1: header lacks column `role`"),
        "{e}"
    );
}

#[test]
fn outlets_and_state_nouns_are_data_a_user_can_extend() {
    let lx = Lexicon::embedded();
    assert_eq!(lx.outlet_country("okaz"), Some("SAU"));
    assert_eq!(lx.outlet_country(" OKAZ "), Some("SAU"));
    assert_eq!(lx.outlet_country("وكالة الأنباء الأردنية"), Some("JOR"));
    assert_eq!(lx.outlet_country("رويترز"), None);
    let kingdoms = lx.state_noun("مملكه").unwrap();
    assert!(kingdoms.iter().any(|c| c == "SAU") && kingdoms.iter().any(|c| c == "MAR"));
    assert_eq!(lx.state_noun("سلطنه").unwrap(), ["OMN", "BRN"]);
    assert!(lx.is_common_given_name("سلطان") && !lx.is_common_given_name("وزير"));
    let mut user = Lexicon::empty();
    user.add_text(
        FileKind::Outlets,
        "o.tsv",
        "outlet\tcountry\nhespress|هسبريس\tMAR\n",
    )
    .unwrap();
    let mut lx = lx;
    lx.merge(user);
    assert_eq!(lx.outlet_country("Hespress"), Some("MAR"));
    let e = Lexicon::empty()
        .add_text(
            FileKind::StateNouns,
            "s.tsv",
            "noun\tcountries\nالإمارة\tKWT|qa\n",
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "s.tsv:2: `qa` is not an ISO 3166-1 alpha-3 code"
    );
}

#[test]
fn user_dir_extends_embedded() {
    let dir = std::env::temp_dir().join(format!("rasid-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("organizations.tsv"),
        "code\tname_ar\tname_en\nMNCXYZ\tشركة المثال\tExample Co\n",
    )
    .unwrap();
    let lx = Lexicon::with_dirs(std::slice::from_ref(&dir)).unwrap();
    let got = names(&lx, "أعلنت شركة المثال عن أرباح");
    assert!(got.iter().any(|g| g.1 == "شركة المثال"), "{got:?}");
    std::fs::remove_dir_all(&dir).ok();
}

mod props {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn lx() -> &'static Lexicon {
        static LX: OnceLock<Lexicon> = OnceLock::new();
        LX.get_or_init(Lexicon::embedded)
    }

    /// Arabic-ish text built from lexicon words, clitics, harakat and punctuation.
    fn arb_text() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "روسيا",
            "والجزائر",
            "بالجزائر",
            "للجزائر",
            "الروسي",
            "وزير",
            "الخارجية",
            "مجلس",
            "الأمن",
            "الدولي",
            "لافروف",
            "سيرغي",
            "مُوسْكو",
            "قال",
            "،",
            ".",
            "\"",
            "الـروسية",
            "ـ",
            "\u{200f}",
            "abc",
            "١٢",
            "ﻻ",
            "لل",
        ]);
        prop::collection::vec(words, 0..30).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_map_back(t in arb_text()) {
            let a = rasid_analysis::analyze(&t);
            for m in lx().find(&a, &t) {
                prop_assert!(t.is_char_boundary(m.byte_start) && t.is_char_boundary(m.byte_end));
                prop_assert!(m.byte_start < m.byte_end);
                prop_assert!(m.byte_start >= a.tokens[m.tokens.start].byte_start);
                prop_assert_eq!(m.byte_end, a.tokens[m.tokens.end - 1].byte_end);
            }
        }

        #[test]
        fn never_panics_on_any_string(t in "\\PC{0,80}") {
            let a = rasid_analysis::analyze(&t);
            let _ = lx().find(&a, &t);
        }
    }
}

#[test]
fn names_with_abd_match_joined_and_spaced() {
    // Held-out sample: الرئيس عبدالفتاح السيسي was not the lexicon's عبد الفتاح السيسي.
    let lx = Lexicon::embedded();
    for text in [
        "التقى الرئيس عبدالفتاح السيسي",
        "التقى الرئيس عبد الفتاح السيسي",
    ] {
        let got = names(&lx, text);
        assert!(
            got.iter()
                .any(|g| g.1 == "عبد الفتاح السيسي" && g.2 == FormKind::Name),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_name_with_a_pronoun_suffix_is_not_the_name() {
    // Held-out sample: وقطره (and towing it) was taken for Qatar.
    let lx = Lexicon::embedded();
    let got = names(&lx, "تم تقديم المساعدة لركابه وقطره إلى مركز النزول");
    assert!(got.iter().all(|g| g.1 != "قطر"), "{got:?}");
    let got = names(&lx, "زار وزير الخارجية قطر وبقطر");
    assert_eq!(got.iter().filter(|g| g.1 == "قطر").count(), 2, "{got:?}");
}

#[test]
fn holders_of_an_organisation_office_by_date() {
    let lx = Lexicon::embedded();
    let name = |code, date| {
        let ids = lx.holders_of(code, "الأمين العام", date);
        assert_eq!(ids.len(), 1, "{code} {date}");
        lx.entry(ids[0]).name.clone()
    };
    assert_eq!(name("IGOUNO", "2015-05-10"), "بان كي مون");
    assert_eq!(name("IGOUNO", "2020-01-19"), "أنطونيو غوتيريش");
    assert_eq!(name("IGOGCC", "2015-05-10"), "عبد اللطيف الزياني");
    assert_eq!(name("IGOARL", "2016-02-29"), "نبيل العربي");
    // The same person's other office is keyed by its own code.
    assert!(lx
        .holders_of("BHRGOV", "الأمين العام", "2015-05-10")
        .is_empty());
}

#[test]
fn a_regnal_number_is_no_surname() {
    // Session 13 random draw: «عبد الله الثاني» made «الثاني» his surname, so «النائب الثاني لرئيس
    // مجلس الوزراء» (the second deputy prime minister) was read as the King of Jordan.
    let lx = Lexicon::embedded();
    let got = names(&lx, "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء");
    assert!(got.iter().all(|g| g.2 != FormKind::Surname), "{got:?}");
}

#[test]
fn a_family_name_that_is_a_nisba_is_no_surname() {
    // «منصور التركي» (the Saudi interior ministry's spokesman) made every «التركي» a surname of his,
    // and «الجيش التركي» lost its Turkey; a city is a place of its country.
    let lx = Lexicon::embedded();
    let got = names(&lx, "وقال منصور التركي إن الجيش التركي انسحب من حلب");
    assert!(
        got.iter()
            .any(|g| g.0 == "منصور التركي" && g.2 == FormKind::Name),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "التركي" && g.2 == FormKind::Nisba && g.1 == "تركيا"),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.2 != FormKind::Surname), "{got:?}");
    assert!(
        got.iter().any(|g| g.0 == "حلب" && g.2 == FormKind::City),
        "{got:?}"
    );
}

#[test]
fn institution_heads_are_data_a_user_can_extend() {
    let lx = Lexicon::embedded();
    assert_eq!(lx.institution("هيئه", Some("سياحه")), Some(("GOV", false)));
    assert_eq!(lx.institution("هيئه", Some("اركان")), Some(("MIL", false)));
    assert_eq!(lx.institution("مجلس", Some("شيوخ")), Some(("LEG", false)));
    assert_eq!(lx.institution("مجلس", Some("اداره")), None);
    assert_eq!(lx.institution("سفاره", None), Some(("GOV", true)));
    assert_eq!(lx.institution("وزير", None), None);
    let mut user = Lexicon::empty();
    user.add_text(
        FileKind::Institutions,
        "i.tsv",
        "head\tnext\tagent\tflags\nمستشفى\t\t-\nنادي\t\tBUS\n",
    )
    .unwrap();
    let mut lx = lx;
    lx.merge(user);
    assert_eq!(lx.institution("مستشفي", None), None);
    assert_eq!(lx.institution("نادي", Some("هلال")), Some(("BUS", false)));
    let e = Lexicon::empty()
        .add_text(
            FileKind::Institutions,
            "bad.tsv",
            "head\tagent\nشركة\tBUSINESS\n",
        )
        .unwrap_err()
        .to_string();
    assert!(e.contains("bad.tsv:2") && e.contains("BUSINESS"), "{e}");
}

/// Bug: «للحج» (ل + الحج, "for the Hajj") was read as ل + the Yemeni city لحج (Lahij).
#[test]
fn lil_hajj_is_not_the_city_lahij() {
    let lx = Lexicon::embedded();
    let got = names(
        &lx,
        "وصل مليون حاج للحج هذا العام، وتوجه وزير الخارجية للبنان ولليبيا ثم للندن، ووصلت قوات إلى لحج ولحج.",
    );
    assert_eq!(
        got.iter().filter(|g| g.0.contains("لحج")).count(),
        2,
        "{got:?}"
    );
    for (surface, entry) in [("لبنان", "لبنان"), ("ليبيا", "ليبيا"), ("لندن", "بريطانيا")]
    {
        assert!(
            got.iter().any(|g| g.0 == surface && g.1 == entry),
            "{surface}: {got:?}"
        );
    }
}

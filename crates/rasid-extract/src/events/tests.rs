//! Event tests on real Arabic news sentences with hand-built entities, quotes and dates (the other
//! stages are tested on their own; here their output is the given).

use super::*;
use crate::context::{EntityDraft, MentionVia};
use rasid_core::Document;
use std::sync::OnceLock;

fn book() -> &'static Codebook {
    static B: OnceLock<Codebook> = OnceLock::new();
    B.get_or_init(|| Codebook::load(&[]).unwrap())
}

/// One entity of a test: every occurrence of each surface form becomes a mention.
struct E<'s> {
    forms: &'s [&'s str],
    kind: EntityKind,
    country: Option<&'s str>,
    code: Option<&'s str>,
    role: Option<&'s str>,
    /// Mentions are nationality adjectives (التركية، الإسرائيلي).
    nisba: bool,
    /// Mentions are a title standing for the entity (a state noun: المملكة).
    title: bool,
    /// Mentions are a capital standing for its state (موسكو، جنيف).
    capital: bool,
    /// A city other than a capital (`cities.tsv`).
    city: bool,
}

fn person<'s>(forms: &'s [&'s str], country: &'s str, role: &'s str) -> E<'s> {
    E {
        forms,
        kind: EntityKind::Person,
        country: Some(country),
        code: None,
        role: Some(role),
        nisba: false,
        title: false,
        capital: false,
        city: false,
    }
}
/// A person the lexicon does not know (a model name: no country, role or code).
fn unknown_person<'s>(forms: &'s [&'s str]) -> E<'s> {
    E {
        forms,
        kind: EntityKind::Person,
        country: None,
        code: None,
        role: None,
        nisba: false,
        title: false,
        capital: false,
        city: false,
    }
}
fn country<'s>(forms: &'s [&'s str], iso: &'s str) -> E<'s> {
    E {
        forms,
        kind: EntityKind::Country,
        country: Some(iso),
        code: Some(iso),
        role: None,
        nisba: false,
        title: false,
        capital: false,
        city: false,
    }
}
fn org<'s>(forms: &'s [&'s str], iso: Option<&'s str>, code: &'s str) -> E<'s> {
    E {
        forms,
        kind: EntityKind::Organization,
        country: iso,
        code: Some(code),
        role: None,
        nisba: false,
        title: false,
        capital: false,
        city: false,
    }
}
fn nationality<'s>(forms: &'s [&'s str], iso: &'s str) -> E<'s> {
    E {
        nisba: true,
        ..country(forms, iso)
    }
}

/// A country named by a state noun (المملكة), as coreference resolves it.
fn state_noun<'s>(forms: &'s [&'s str], iso: &'s str) -> E<'s> {
    E {
        title: true,
        ..country(forms, iso)
    }
}

/// A capital standing for its state (موسكو، جنيف).
fn capital<'s>(forms: &'s [&'s str], iso: &'s str) -> E<'s> {
    E {
        capital: true,
        ..country(forms, iso)
    }
}

fn place<'s>(forms: &'s [&'s str], iso: &'s str) -> E<'s> {
    E {
        forms,
        kind: EntityKind::Location,
        country: Some(iso),
        code: None,
        role: None,
        nisba: false,
        title: false,
        capital: false,
        city: false,
    }
}

fn entities(cx: &Doc<'_>, es: &[E<'_>]) -> Entities {
    let mut out = Entities::default();
    for (i, e) in es.iter().enumerate() {
        out.list.push(EntityDraft {
            kind: Some(e.kind),
            name: e.forms[0].to_string(),
            country: e.country.map(str::to_string),
            code: e.code.map(str::to_string),
            role: e.role.map(str::to_string),
            city: e.city,
            ..Default::default()
        });
        for f in e.forms {
            for (b, _) in cx.text.match_indices(f) {
                let end = b + f.len();
                let toks = &cx.analysis.tokens;
                let first = toks.iter().position(|t| t.byte_end > b).unwrap();
                let last = toks.iter().rposition(|t| t.byte_start < end).unwrap();
                // only whole words (a clitic before the form is fine: للجزائر، بموسكو)
                if toks[last].byte_end != end {
                    continue;
                }
                out.mentions.push(MentionRef {
                    entity: i,
                    tokens: first..last + 1,
                    byte_start: b,
                    byte_end: end,
                    via: if e.nisba {
                        MentionVia::Nisba
                    } else if e.title {
                        MentionVia::Title
                    } else if e.capital {
                        MentionVia::Capital
                    } else {
                        MentionVia::Name
                    },
                });
            }
        }
    }
    out.mentions.sort_by_key(|m| (m.byte_start, m.byte_end));
    out
}

fn quote(text: &str, speaker: usize, content: &str) -> QuoteFound {
    let b = text.find(content).unwrap();
    QuoteFound {
        speaker: Some(speaker),
        verb: 0..0,
        direct: true,
        content: b..b + content.len(),
    }
}

fn date(cx: &Doc<'_>, surface: &str, value: &str) -> DateFound {
    let b = cx.text.find(surface).unwrap();
    let end = b + surface.len();
    let toks = &cx.analysis.tokens;
    let first = toks.iter().position(|t| t.byte_end > b).unwrap();
    let last = toks.iter().rposition(|t| t.byte_start < end).unwrap();
    DateFound {
        tokens: first..last + 1,
        byte_start: b,
        byte_end: end,
        value: value.to_string(),
    }
}

struct Run {
    events: Vec<EventFound>,
    ents: Entities,
    text: String,
}

impl Run {
    fn code_of(&self, a: &Option<ActorFound>) -> String {
        match a {
            Some(a) => a.code.clone().or(a.country.clone()).unwrap_or_default(),
            None => "-".into(),
        }
    }
    /// `cameo source→target mode [trigger]` lines, for readable assertions.
    fn lines(&self) -> Vec<String> {
        self.events
            .iter()
            .map(|e| {
                format!(
                    "{} {}→{} {} [{}]{}",
                    e.cameo,
                    self.code_of(&e.source),
                    self.code_of(&e.target),
                    e.mode.as_str(),
                    &self.text[e.trigger.clone()],
                    e.date
                        .as_ref()
                        .map(|d| format!(" @{d}"))
                        .unwrap_or_default()
                )
            })
            .collect()
    }
    fn has(&self, prefix: &str) -> bool {
        self.lines().iter().any(|l| l.starts_with(prefix))
    }
}

fn run_with(text: &str, es: &[E<'_>], quotes: &[(usize, &str)], dates: &[(&str, &str)]) -> Run {
    let doc = Document {
        id: "t".into(),
        text: text.to_string(),
        ..Default::default()
    };
    let cx = Doc::new(&doc);
    let ents = entities(&cx, es);
    let qs: Vec<QuoteFound> = quotes.iter().map(|(s, c)| quote(text, *s, c)).collect();
    let ds: Vec<DateFound> = dates.iter().map(|(s, v)| date(&cx, s, v)).collect();
    let events = find(&cx, &ents, &ds, &qs, book());
    Run {
        events,
        ents,
        text: text.to_string(),
    }
}

fn run(text: &str, es: &[E<'_>]) -> Run {
    run_with(text, es, &[], &[])
}

fn lavrov() -> E<'static> {
    person(
        &["سيرغي لافروف", "لافروف", "وزير الخارجية الروسي"],
        "RUS",
        "وزير الخارجية",
    )
}

// ---- consult (04) ----

#[test]
fn talks_with_counterpart_are_consult_between_the_two_countries() {
    let r = run(
        "أكد وزير الخارجية الروسي سيرغي لافروف خلال محادثاته مع وزير الخارجية الجزائري صبري بوقادوم، أن موسكو مهتمة بتطوير مختلف مجالات التعاون مع الجزائر.",
        &[lavrov(), person(&["وزير الخارجية الجزائري صبري بوقادوم"], "DZA", "وزير الخارجية"), country(&["موسكو"], "RUS"), country(&["الجزائر"], "DZA")],
    );
    assert!(
        r.has("040 RUSGOV→DZAGOV done [محادثاته]"),
        "{:?}",
        r.lines()
    );
    // "interested in developing cooperation" is an expressed intent to cooperate (03)
    assert!(r.has("030 RUS→DZA done [التعاون مع]"), "{:?}", r.lines());
    assert_eq!(r.events[0].plover, "CONSULT");
    assert_eq!(r.events[0].quad_class, 1);
    assert_eq!(r.events[0].goldstein, 1.0);
}

#[test]
fn visit_noun_takes_possessor_and_destination() {
    let r = run("وقال لافروف، عشية زيارته إلى الجزائر، إن الحرب على الإرهاب لن تتم إلا تحت رعاية الأمم المتحدة.", &[lavrov(), country(&["الجزائر"], "DZA")]);
    assert!(r.has("042 RUSGOV→DZA done [زيارته]"), "{:?}", r.lines());
}

#[test]
fn future_visit_is_planned_and_negated_visit_is_negated() {
    let r = run(
        "سيزور لافروف الجزائر الشهر المقبل.",
        &[lavrov(), country(&["الجزائر"], "DZA")],
    );
    assert_eq!(r.lines(), vec!["042 RUSGOV→DZA planned [سيزور]"]);
    let r = run(
        "لن يزور لافروف الجزائر هذا العام.",
        &[lavrov(), country(&["الجزائر"], "DZA")],
    );
    assert_eq!(r.lines(), vec!["042 RUSGOV→DZA negated [يزور]"]);
}

#[test]
fn commission_meeting_with_future_verb_after_is_planned() {
    let r = run(
        "وقال الوزير لافروف إن اجتماع اللجنة الحكومية الروسية الجزائرية للتعاون العسكري التقني سيعقد في النصف الثاني من عام 2020.",
        &[lavrov(), country(&["الروسية"], "RUS"), country(&["الجزائرية"], "DZA")],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("040 ") && l.contains("planned [اجتماع]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn convening_of_joint_commission_gets_its_date() {
    let text = "وقال بيان لوزارة الخارجية الجزائرية، إن الزيارة ستكون فرصة لتقييم التعاون الثنائي، بعد انعقاد الدورة السابعة للجنة المختلطة الجزائرية/الروسية بموسكو، في يوليو/تموز 2015.";
    let r = run_with(
        text,
        &[
            country(&["الجزائرية"], "DZA"),
            country(&["الروسية"], "RUS"),
            place(&["موسكو"], "RUS"),
        ],
        &[],
        &[("يوليو/تموز 2015", "2015-07")],
    );
    let e = r
        .lines()
        .into_iter()
        .find(|l| l.contains("[انعقاد]"))
        .expect("convening coded");
    assert!(
        e.starts_with("040 DZA→RUS done") && e.ends_with("@2015-07"),
        "{e}"
    );
}

// ---- appeals (02), demands (10) ----

#[test]
fn headline_appeal_for_ceasefire_is_one_refined_event() {
    let r = run(
        "لافروف يدعو أطراف النزاع الليبي إلى وقف إطلاق النار\n",
        &[lavrov(), country(&["الليبي"], "LBY")],
    );
    // the ceasefire is the appeal's content, not an event of its own
    assert_eq!(r.lines(), vec!["0256 RUSGOV→LBY done [يدعو]"]);
    assert_eq!(r.events[0].plover, "REQUEST");
}

#[test]
fn urging_neighbours_to_negotiate() {
    let r = run(
        "لافروف يحث دول الجوار على التفاوض بشأن ليبيا\n",
        &[lavrov(), country(&["ليبيا"], "LBY")],
    );
    assert_eq!(r.lines(), vec!["026 RUSGOV→LBY done [يحث]"]);
}

#[test]
fn seeking_support_is_an_appeal_for_diplomatic_cooperation() {
    let r = run(
        "وتعول روسيا على دعم الجزائر في المحافل الدولية، بشأن الوضع في سورية.",
        &[
            country(&["روسيا"], "RUS"),
            country(&["الجزائر"], "DZA"),
            country(&["سورية"], "SYR"),
        ],
    );
    assert!(r.has("022 RUS→DZA done"), "{:?}", r.lines());
    let r = run(
        "موسكو تبحث عن دعم موقفها تجاه سورية في الجزائر\n",
        &[
            country(&["موسكو"], "RUS"),
            country(&["الجزائر"], "DZA"),
            country(&["سورية"], "SYR"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("022 RUS→")),
        "{:?}",
        r.lines()
    );
    assert!(
        !r.lines().iter().any(|l| l.starts_with("040")),
        "بحث عن is not a discussion: {:?}",
        r.lines()
    );
}

#[test]
fn demand_for_release_is_refined() {
    let r = run(
        "وطالبت منظمة العفو الدولية السلطات الإيرانية بالإفراج عن الصحفي المعتقل.",
        &[
            org(&["منظمة العفو الدولية"], None, "NGOHRIAMN"),
            org(&["السلطات الإيرانية"], Some("IRN"), "IRNGOV"),
        ],
    );
    assert_eq!(r.lines(), vec!["1053 NGOHRIAMN→IRNGOV done [وطالبت]"]);
}

// ---- praise, thanks (05), aid (07) ----

#[test]
fn praise_of_security_coordination() {
    let r = run(
        "وأشاد رئيس الدبلوماسية الروسية بالتنسيق الأمني والاستخباراتي القائم بين الجزائر وروسيا منذ خمس سنوات.",
        &[person(&["رئيس الدبلوماسية الروسية"], "RUS", "وزير الخارجية"), country(&["الجزائر"], "DZA"), country(&["وروسيا", "روسيا"], "RUS")],
    );
    assert!(r.has("051 RUSGOV→DZA done [وأشاد]"), "{:?}", r.lines());
}

#[test]
fn gratitude_for_medical_supplies_gives_thanks_and_aid() {
    let r = run(
        "قال وزير الخارجية الجزائري صبري بوقادوم إن الجزائر ممتنة لروسيا لتزويدها بمعدات طبية لمحاربة فيروس كورونا المستجد.",
        &[person(&["وزير الخارجية الجزائري صبري بوقادوم"], "DZA", "وزير الخارجية"), country(&["الجزائر"], "DZA"), country(&["روسيا"], "RUS")],
    );
    assert!(r.has("051 DZA→RUS done [ممتنة]"), "{:?}", r.lines());
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("07") && l.contains("RUS→DZA")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn first_person_thanks_inside_a_quote_is_the_speaker() {
    let text = "وقال الدبلوماسي \"أود أولا أن أشكر روسيا الاتحادية على المساعدة التي قدمتها\".";
    let r = run_with(
        text,
        &[
            person(&["الدبلوماسي"], "DZA", "وزير الخارجية"),
            country(&["روسيا الاتحادية"], "RUS"),
        ],
        &[(0, "أود أولا أن أشكر روسيا الاتحادية على المساعدة التي قدمتها")],
        &[],
    );
    assert!(r.has("051 DZAGOV→RUS done [أشكر]"), "{:?}", r.lines());
    assert!(r.has("070 RUS→DZAGOV done [المساعدة"), "{:?}", r.lines());
}

#[test]
fn our_countries_in_a_quote_is_the_speakers_country() {
    let text = "وأضاف: بالطبع، تدعو بلداننا إلى حل أي أزمات أو نزاعات بالوسائل السلمية.";
    let r = run_with(
        text,
        &[lavrov()],
        &[(
            0,
            "بالطبع، تدعو بلداننا إلى حل أي أزمات أو نزاعات بالوسائل السلمية.",
        )],
        &[],
    );
    assert_eq!(r.lines().len(), 1, "{:?}", r.lines());
    assert!(r.lines()[0].contains("RUSGOV→-"), "{:?}", r.lines());
}

// ---- criticism (11), rejection (12), threats (13) ----

#[test]
fn criticism_of_nato_headline() {
    let r = run(
        "لافروف ينتقد \"السلوك الإجرامي للزملاء في الناتو\" في ليبيا\n",
        &[
            lavrov(),
            org(&["الناتو"], None, "IGOWSTNAT"),
            country(&["ليبيا"], "LBY"),
        ],
    );
    assert_eq!(r.lines(), vec!["111 RUSGOV→IGOWSTNAT done [ينتقد]"]);
    assert_eq!(r.events[0].plover, "ACCUSE");
    assert_eq!(r.events[0].quad_class, 3);
}

#[test]
fn condemnation_and_accusation() {
    let r = run(
        "وأدانت المملكة العربية السعودية الهجوم الإرهابي الذي استهدف مسجدا في الكويت.",
        &[
            country(&["المملكة العربية السعودية"], "SAU"),
            country(&["الكويت"], "KWT"),
        ],
    );
    // the attack is the condemnation's topic; its perpetrator is not stated
    assert_eq!(r.lines(), vec!["111 SAU→- done [وأدانت]"]);
    let r = run(
        "واتهمت إيران الولايات المتحدة بدعم الإرهاب.",
        &[
            country(&["إيران"], "IRN"),
            country(&["الولايات المتحدة"], "USA"),
        ],
    );
    assert!(r.has("112 IRN→USA done [واتهمت]"), "{:?}", r.lines());
}

#[test]
fn threat_of_sanctions() {
    let r = run(
        "وهدد الاتحاد الأوروبي روسيا بفرض عقوبات جديدة.",
        &[
            org(&["الاتحاد الأوروبي"], None, "IGOEEC"),
            country(&["روسيا"], "RUS"),
        ],
    );
    assert_eq!(r.lines(), vec!["1312 IGOEEC→RUS done [وهدد]"]);
    assert_eq!(r.events[0].plover, "THREATEN");
}

#[test]
fn rejection_verb() {
    let r = run(
        "ورفضت الحكومة السودانية المبادرة الإثيوبية.",
        &[
            org(&["الحكومة السودانية"], Some("SDN"), "SDNGOV"),
            country(&["الإثيوبية"], "ETH"),
        ],
    );
    assert_eq!(r.lines(), vec!["120 SDNGOV→ETH done [ورفضت]"]);
}

// ---- material conflict and protest ----

#[test]
fn protest_with_place_needs_no_actor() {
    let r = run(
        "وخرج آلاف المتظاهرين في شوارع القاهرة احتجاجا على ارتفاع الأسعار.",
        &[place(&["القاهرة"], "EGY")],
    );
    assert_eq!(r.events.len(), 1, "{:?}", r.lines());
    assert!(r.events[0].cameo.starts_with("14"));
    assert_eq!(r.events[0].plover, "PROTEST");
    assert_eq!(r.events[0].location, Some(0));
}

#[test]
fn self_immolation_and_hunger_strike() {
    let r = run(
        "وأضرم شاب النار في نفسه أمام مقر الولاية في سيدي بوزيد.",
        &[place(&["سيدي بوزيد"], "TUN")],
    );
    // no actor is named: the place's civilians are the source
    assert_eq!(
        r.lines(),
        vec!["145 TUNCVL→- done [وأضرم شاب النار في نفسه]"]
    );
    let r = run(
        "ويواصل المعتقلون الإضراب عن الطعام في سجن عوفر.",
        &[place(&["سجن عوفر"], "ISR")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("142 ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn bombing_and_arrest() {
    let r = run(
        "وقتل عشرة أشخاص في تفجير انتحاري استهدف سوقا شعبيا في بغداد.",
        &[place(&["بغداد"], "IRQ")],
    );
    assert_eq!(r.events.len(), 1, "{:?}", r.lines());
    assert_eq!(r.events[0].quad_class, 4);
    assert_eq!(r.events[0].plover, "ASSAULT");
    let r = run(
        "واعتقلت الشرطة التركية عشرات المشتبه بهم في إسطنبول.",
        &[
            org(&["الشرطة التركية"], Some("TUR"), "TURCOP"),
            place(&["إسطنبول"], "TUR"),
        ],
    );
    assert_eq!(r.lines(), vec!["173 TURCOP→- done [واعتقلت]"]);
    assert_eq!(r.events[0].location, Some(1));
}

#[test]
fn an_attack_known_only_by_its_city_has_no_target() {
    // 6,000-article read after cities.tsv: «تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر في
    // وسط عدن» was an attack on Yemen; a capital or a country still gives the target.
    let mut aden = place(&["عدن"], "YEM");
    aden.city = true;
    let r = run("وقتل تسعة متمردين في اشتباكات في عدن.", &[aden]);
    assert!(
        r.events.iter().all(|e| e.target.is_none()),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_sender_of_a_cable_of_congratulations_is_its_source() {
    // 6,000-article read: «بعث خادم الحرمين الشريفين الملك سلمان … برقية تهنئة لفخامة الرئيس
    // إيفو موراليس» had no source (or the next sender's): the sending verb is a support verb.
    let r = run(
        "بعث الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس إيفو موراليس بمناسبة ذكرى استقلال بلاده.",
        &[
            person(&["الملك سلمان بن عبدالعزيز"], "SAU", "ملك"),
            person(&["إيفو موراليس"], "BOL", "رئيس"),
        ],
    );
    assert_eq!(
        r.lines(),
        vec!["051 SAUGOV→BOLGOV done [تهنئة]"],
        "{:?}",
        r.lines()
    );
}

#[test]
fn airstrikes_and_sanctions() {
    let r = run(
        "وشنت طائرات التحالف غارات جوية على مواقع للحوثيين في صعدة.",
        &[
            org(&["التحالف"], None, "IGOARB"),
            org(&["للحوثيين", "الحوثيين"], Some("YEM"), "YEMREB"),
            place(&["صعدة"], "YEM"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("195 IGOARB→YEMREB")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وفرضت الولايات المتحدة عقوبات جديدة على كوريا الشمالية.",
        &[
            country(&["الولايات المتحدة"], "USA"),
            country(&["كوريا الشمالية"], "PRK"),
        ],
    );
    assert_eq!(r.lines(), vec!["163 USA→PRK done [عقوبات جديدة]"]);
    assert_eq!(r.events[0].plover, "SANCTION");
}

#[test]
fn killing_noun_takes_its_victim_as_target_and_no_reporter_as_doer() {
    let r = run(
        "وأعلنت وزارة الدفاع الأمريكية مقتل أبو بكر البغدادي في غارة.",
        &[
            org(&["وزارة الدفاع الأمريكية"], Some("USA"), "USAMIL"),
            person(&["أبو بكر البغدادي"], "IRQ", "زعيم"),
        ],
    );
    assert!(r.has("1823 -→IRQGOV done [مقتل]"), "{:?}", r.lines());
    let r = run(
        "مقتل جنديين تركيين في انفجار سيارة مفخخة جنوب تركيا\n",
        &[country(&["تركيين"], "TUR"), country(&["تركيا"], "TUR")],
    );
    assert!(
        !r.lines().iter().any(|l| l.contains(" TUR→")),
        "nationality of victims is no doer: {:?}",
        r.lines()
    );
}

#[test]
fn hypothetical_attack() {
    let r = run(
        "وقال إنه إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.",
        &[country(&["إسرائيل"], "ISR"), country(&["إيران"], "IRN")],
    );
    assert_eq!(r.lines(), vec!["190 ISR→IRN hypothetical [هاجمت]"]);
}

// ---- precision: figurative, sports, general discussion ----

#[test]
fn sports_attack_is_not_an_event() {
    let r = run(
        "وهاجم لاعبو الهلال مرمى النصر طوال الشوط الأول من مباراة الدوري.",
        &[
            org(&["الهلال"], Some("SAU"), "SAU"),
            org(&["النصر"], Some("SAU"), "SAU"),
        ],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn media_attack_is_criticism() {
    let r = run(
        "وشنت الصحيفة هجوما حادا على وزير الخارجية الإيراني.",
        &[person(&["وزير الخارجية الإيراني"], "IRN", "وزير الخارجية")],
    );
    assert_eq!(r.lines(), vec!["111 -→IRNGOV done [هجوما]"]);
}

#[test]
fn general_discussion_without_actors_is_not_an_event() {
    let r = run(
        "وتناول المقال ظاهرة الاحتجاجات والاعتقالات والهجمات في العالم المعاصر.",
        &[],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn gulf_cooperation_council_is_a_name_not_cooperation() {
    let r = run(
        "وعقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا في الرياض.",
        &[
            org(&["مجلس التعاون الخليجي"], None, "IGOGCC"),
            place(&["الرياض"], "SAU"),
        ],
    );
    assert!(
        !r.lines().iter().any(|l| l.starts_with("06")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn still_and_especially_are_not_negations() {
    let r = run(
        "ولا تزال روسيا تتعاون مع الجزائر في مجال الطاقة.",
        &[country(&["روسيا"], "RUS"), country(&["الجزائر"], "DZA")],
    );
    assert_eq!(r.lines(), vec!["060 RUS→DZA done [تتعاون]"]);
    let r = run(
        "لم تتعاون روسيا مع الجزائر في هذا المجال.",
        &[country(&["روسيا"], "RUS"), country(&["الجزائر"], "DZA")],
    );
    assert_eq!(r.lines(), vec!["060 RUS→DZA negated [تتعاون]"]);
}

#[test]
fn signing_in_the_past_with_date() {
    let text = "ملف الشراكة الاستراتيجية بين الجزائر وروسيا، بموجب البيان الذي وقع عليه رئيساهما في إبريل/نيسان 2001.";
    let r = run_with(
        text,
        &[country(&["الجزائر"], "DZA"), country(&["وروسيا"], "RUS")],
        &[],
        &[("إبريل/نيسان 2001", "2001-04")],
    );
    let e = r
        .lines()
        .into_iter()
        .find(|l| l.starts_with("057"))
        .expect("signing coded");
    assert!(e.ends_with("@2001-04"), "{e}");
    assert!(e.contains("DZA→RUS") || e.contains("RUS→DZA"), "{e}");
}

#[test]
fn trigger_offsets_point_at_the_original_text() {
    let r = run("وأدانت الجزائرُ الهجومَ.", &[country(&["الجزائرُ"], "DZA")]);
    assert_eq!(r.events.len(), 1);
    assert_eq!(&r.text[r.events[0].trigger.clone()], "وأدانت");
    assert_eq!(r.ents.list.len(), 1);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "لافروف",
        "يدعو",
        "إلى",
        "وقف",
        "إطلاق",
        "النار",
        "محادثاته",
        "مع",
        "الجزائر",
        "لم",
        "سيزور",
        "في",
        "،",
        ".",
        "\"",
        "هجوما",
        "حادا",
        "على",
        "بين",
        "و",
        "مباراة",
        "عقوبات",
        "أشكر",
        "نحن",
        "\n",
        "اجتماع",
        "سيعقد",
        "ـ",
        "َ",
    ];

    proptest! {
        #[test]
        fn never_panics_and_triggers_are_original_text(
            idx in proptest::collection::vec(0..WORDS.len(), 0..40),
            junk in "\\PC{0,20}",
        ) {
            let mut text: String = idx.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            text.push_str(&junk);
            let doc = Document { id: "p".into(), text: text.clone(), ..Default::default() };
            let cx = Doc::new(&doc);
            let ents = entities(&cx, &[lavrov(), country(&["الجزائر"], "DZA")]);
            let q = vec![QuoteFound { speaker: Some(0), verb: 0..0, direct: true, content: 0..text.len() }];
            let evs = find(&cx, &ents, &[], &q, book());
            for e in evs {
                prop_assert!(text.is_char_boundary(e.trigger.start) && text.is_char_boundary(e.trigger.end));
                prop_assert!(e.trigger.start < e.trigger.end);
                prop_assert!(book().code_info(&e.cameo).is_some());
            }
        }
    }
}

// ---- the two real example articles through the whole extractor ----

fn example_events(name: &str) -> Vec<String> {
    let path = format!(
        "{}/../../../shared/examples/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("shared example");
    let doc = Document {
        id: name.into(),
        text,
        ..Default::default()
    };
    let ex = crate::Extractor::new(crate::ExtractOptions::default()).unwrap();
    let r = ex.extract(&doc);
    let actor = |a: &Option<rasid_core::EventActor>| {
        a.as_ref()
            .map(|a| a.code.clone().unwrap_or_default())
            .unwrap_or_else(|| "-".into())
    };
    r.events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}→{} {} [{}]{}",
                e.cameo,
                e.plover,
                actor(&e.source),
                actor(&e.target),
                e.mode.as_str(),
                e.trigger.text,
                e.date
                    .as_ref()
                    .map(|d| format!(" @{d}"))
                    .unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn example_2016_events_snapshot() {
    insta::assert_yaml_snapshot!(example_events("2016-lavrov-algiers-visit"));
}

#[test]
fn example_2020_events_snapshot() {
    insta::assert_yaml_snapshot!(example_events("2020-lavrov-boukadoum-moscow"));
}

#[test]
fn truce_sought_through_contacts_is_an_intent_not_a_truce() {
    let r = run(
        "والحديث عن اتصالات غير مباشرة بين حماس وإسرائيل للتوصل إلى هدنة طويلة الأمد.",
        &[
            org(&["حماس"], Some("PSE"), "PSEREBHAM"),
            country(&["وإسرائيل", "إسرائيل"], "ISR"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("0871")),
        "{:?}",
        r.lines()
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("0356 ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn earthquake_that_kills_is_not_an_assault() {
    let r = run(
        "زلزال يضرب الكونغو ويقتل 3 أشخاص\n",
        &[country(&["الكونغو"], "COD")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn giver_after_min_is_the_source_of_aid_and_requests() {
    let r = run(
        "وصلت الدفعة الثالثة من المساعدات الطبية إلى مدينة سيئون قادمة من السعودية.",
        &[country(&["السعودية"], "SAU"), place(&["سيئون"], "YEM")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→SAU")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "حلف شمال الأطلسي يعقد اجتماعاً الثلاثاء المقبل بطلب من تركيا\n",
        &[
            org(&["حلف شمال الأطلسي"], None, "IGOWSTNAT"),
            country(&["تركيا"], "TUR"),
        ],
    );
    assert!(r.has("020 TUR→"), "{:?}", r.lines());
}

// ---- precision regressions (hand-judged SaudiNewsNet sample, data/events/eval) ----

#[test]
fn object_after_an_unnamed_subject_is_not_the_source() {
    // the subject (منظمة حقوقية) is no entity: the country after it is the one criticised
    let r = run(
        "وانتقدت منظمة حقوقية الحكومة المصرية بسبب أحكام الإعدام.",
        &[org(&["الحكومة المصرية"], Some("EGY"), "EGYGOV")],
    );
    assert_eq!(r.lines(), vec!["111 -→EGYGOV done [وانتقدت]"]);
}

#[test]
fn phone_call_received_is_coded_from_the_caller() {
    let r = run(
        "تلقى صاحب السمو الملكي الأمير محمد بن سلمان اتصالا هاتفيا اليوم من فخامة الرئيس فرانسوا هولاند.",
        &[
            person(&["الأمير محمد بن سلمان"], "SAU", "ولي ولي العهد"),
            person(&["الرئيس فرانسوا هولاند"], "FRA", "الرئيس"),
        ],
    );
    assert_eq!(r.lines(), vec!["041 FRAGOV→SAUGOV done [اتصالا هاتفيا]"]);
}

#[test]
fn passive_arrest_takes_its_subject_as_target() {
    let r = run(
        "واعتُقل أيضا أحد قياديي «بوكو حرام» في ولاية بورنو.",
        &[org(&["بوكو حرام"], None, "IMGMUSBOK")],
    );
    assert_eq!(r.lines(), vec!["173 -→IMGMUSBOK done [واعتُقل]"]);
    let r = run(
        "وكان الفضلي قتل في غارة أمريكية قرب سرمدا.",
        &[person(&["الفضلي"], "KWT", "قيادي")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" KWT→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn relative_clause_and_whoever_are_background() {
    let r = run(
        "ويشكل العلويون الذين يدعمون الأسد نحو عشرة في المئة من السكان.",
        &[person(&["الأسد"], "SYR", "الرئيس")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run(
        "وقال إن من يهاجم رئيس الحكومة تمام سلام يريد الفراغ.",
        &[person(&["رئيس الحكومة تمام سلام"], "LBN", "رئيس الوزراء")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn agent_of_a_killing_noun_stands_before_the_number_of_victims() {
    let r = run(
        "بعد إعدام تنظيم داعش أكثر من 2000 شخص من أهلها.",
        &[org(&["تنظيم داعش"], None, "IMGMUSISI")],
    );
    assert_eq!(r.lines(), vec!["1823 IMGMUSISI→- done [إعدام]"]);
}

#[test]
fn nationality_after_a_raid_is_its_agent() {
    let r = run(
        "وتظاهر الأكراد ضد الغارات التركية على مواقع حزب العمال الكردستاني في شمال العراق.",
        &[
            nationality(&["التركية"], "TUR"),
            org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
            country(&["العراق"], "IRQ"),
        ],
    );
    assert!(r.has("195 TUR→"), "{:?}", r.lines());
    let r = run(
        "وينفذ الطيران التركي غارات مكثفة على مواقع جبلية شمال العراق.",
        &[nationality(&["التركي"], "TUR"), country(&["العراق"], "IRQ")],
    );
    assert_eq!(r.lines(), vec!["195 TUR→- done [غارات]"]);
}

#[test]
fn future_support_verb_makes_the_talks_planned() {
    let r = run(
        "وسيجري كيري أيضا محادثات مع وزير الخارجية الروسي سيرغي لافروف.",
        &[person(&["كيري"], "USA", "وزير الخارجية"), lavrov()],
    );
    assert_eq!(r.lines(), vec!["040 USAGOV→RUSGOV planned [محادثات]"]);
}

#[test]
fn headline_restated_in_the_lead_is_one_event() {
    let r = run_with(
        "تظاهرات عراقية تطالب بتحسين الأداء الحكومي\nخرجت في بغداد أمس تظاهرات عراقية تطالب بتحسين الأداء الحكومي.",
        &[nationality(&["عراقية"], "IRQ"), place(&["بغداد"], "IRQ")],
        &[],
        &[("أمس", "2015-08-01")],
    );
    let demands: Vec<String> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("10"))
        .collect();
    assert_eq!(demands.len(), 1, "{:?}", r.lines());
}

#[test]
fn figurative_battle_and_stadium_visit_are_not_events() {
    let r = run(
        "وطالب بتوحيد المواقف في المعركة الجارية ضد الإرهاب في العراق.",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("19")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وزارت بعثة المنتخب السعودي ملعب سانتياغو برنابيو في مدريد.",
        &[nationality(&["السعودي"], "SAU"), place(&["مدريد"], "ESP")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn verb_trigger_with_a_preposition_is_a_noun_whose_lam_phrase_is_the_agent() {
    // Held-out sample: بقصف لـ #ميليشيا_الحوثي made the Houthis the target of their own shelling.
    let r = run(
        "8 قتلى من عائلة واحدة بقصف لـ #ميليشيا_الحوثي على دار سعد شمال #عدن",
        &[org(&["الحوثي"], Some("YEM"), "YEMREBHOU")],
    );
    assert_eq!(r.lines(), vec!["194 YEMREBHOU→- done [بقصف]"]);
}

#[test]
fn office_holder_acts_for_the_body_after_lam() {
    // Held-out sample: the UN became the target of its own Secretary-General's appeal.
    let r = run(
        "دعا الأمين العام للأمم المتحدة بان كي مون السلطات إلى ضبط النفس.",
        &[
            // (as the lexicon marks it: the span keeps the لل written on the name)
            org(&["للأمم المتحدة"], None, "IGOUNO"),
            person(&["بان كي مون"], "KOR", "أمين عام"),
        ],
    );
    assert_eq!(r.lines(), vec!["020 IGOUNO→- done [دعا]"]);
}

#[test]
fn a_relative_is_not_the_actor_named_after_the_kinship_noun() {
    // Fresh sample: أحد أقارب الأسد made Bashar al-Assad the one arrested.
    let r = run(
        "السلطات السورية تعتقل أحد أقارب الأسد بعد احتجاجات",
        &[
            org(&["السلطات السورية"], Some("SYR"), "SYRGOV"),
            person(&["الأسد"], "SYR", "رئيس"),
        ],
    );
    assert_eq!(r.lines(), vec!["173 SYRGOV→- done [تعتقل]"]);
}

#[test]
fn a_name_before_a_definite_noun_is_the_subject_of_another_verb() {
    // Fresh sample: Netanyahu, who described the attack, was coded as the attacker.
    let r = run(
        "ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه جريمة كراهية.",
        &[person(
            &["رئيس الوزراء الإسرائيلي بنيامين نتنياهو"],
            "ISR",
            "رئيس الوزراء",
        )],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("190 ISRGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn air_strikes_in_a_country_do_not_make_it_the_target() {
    // Fresh2 sample: the coalition's raids on IS in Syria were coded as an attack on Syria.
    let r = run(
        "وأضاف البيان أن التحالف شن أيضا 13 غارة جوية في سوريا تركزت خمس منها قرب عين العرب.",
        &[country(&["سوريا"], "SYR")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    // (a bombing with only its place stated still hits the place's country)
    let r = run(
        "قتل 21 شخصا على الأقل الأربعاء في هجمات استهدفت مناطق في العراق.",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(r.has("1823 -→IRQ"), "{:?}", r.lines());
}

#[test]
fn deaths_in_a_plane_crash_are_no_killing() {
    // Fresh2 sample: three people killed in a plane crash in Tokyo were coded as a killing in Japan.
    let r = run(
        "اعلنت وسائل اعلام محلية ان ثلاثة اشخاص قتلوا امس الاحد في تحطم طائرة صغيرة فوق منطقة سكنية في طوكيو.",
        &[place(&["طوكيو"], "JPN")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn the_one_released_is_the_target_not_the_releaser() {
    // Fresh2 sample: the detained journalist was coded as the one who releases.
    let r = run(
        "وينبغي إطلاق سراح الصحافي جيسون رضائيان.",
        &[person(&["جيسون رضائيان"], "USA", "صحافي")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" USAGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn co_actors_joined_by_wa_are_not_each_others_target() {
    // Fresh2 sample: Spain, condemning together with Germany, was coded as Germany's target.
    let r = run(
        "أدانت الحكومتان الألمانية والإسبانية التفجير الإرهابي الذي استهدف مسجداً في عسير.",
        &[
            nationality(&["الألمانية"], "DEU"),
            nationality(&["الإسبانية"], "ESP"),
        ],
    );
    assert_eq!(r.lines(), vec!["111 DEU→- done [أدانت]"]);
    // (a meeting of two joined actors keeps both sides)
    let r = run(
        "وأجرى أردوغان وبوتين لقاء مطولا في حزيران.",
        &[
            person(&["أردوغان"], "TUR", "الرئيس"),
            person(&["بوتين"], "RUS", "الرئيس"),
        ],
    );
    assert_eq!(r.lines(), vec!["040 TURGOV→RUSGOV done [لقاء]"]);
}

#[test]
fn an_assistant_secretary_is_no_aid() {
    // Fresh2 sample: مساعدة وزير الخارجية الأمريكي was coded as American aid to Qatar.
    let r = run(
        "كما بحث وزير الخارجية القطري خالد العطية مع مساعدة وزير الخارجية الأمريكي آن باترسون العلاقات الثنائية.",
        &[
            person(&["وزير الخارجية القطري خالد العطية"], "QAT", "وزير الخارجية"),
            nationality(&["الأمريكي"], "USA"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("07")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_investigation_in_a_country_is_held_there() {
    // Fresh2 sample: investigations "in the United States" made it the one investigated.
    let r = run(
        "وتجري تحقيقات في الولايات المتحدة وسويسرا في إجراءات منح حق استضافة كأس العالم.",
        &[
            country(&["الولايات المتحدة"], "USA"),
            country(&["وسويسرا"], "CHE"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→USA")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_sports_report_has_no_political_events() {
    // Fresh2 sample: a World Cup draw report coded a fixture (ستلتقي أنجولا مع جنوب إفريقيا) as a meeting.
    let r = run(
        "«فيفا» .. 851 مباراة تفرز 31 منتخبا\nوأكد بلاتر أن البطولة ستقام في روسيا وأن كرة القدم تجمع الشعوب.\nوستلتقي أنجولا مع جنوب إفريقيا فيما تعد أقوى مواجهات الدور الثاني.",
        &[
            country(&["أنجولا"], "AGO"),
            country(&["جنوب إفريقيا"], "ZAF"),
        ],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn the_nisba_after_jamaa_names_the_kidnappers() {
    // Fresh2 sample: the Houthis, who kidnapped activists, were coded as the ones kidnapped.
    let r = run(
        "واختطفت جماعة الحوثيين المتمردة منذ اجتياحها العاصمة صنعاء آلاف الناشطين السياسيين.",
        &[org(&["الحوثيين"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(r.has("181 YEMREBHOU→-"), "{:?}", r.lines());
}

#[test]
fn headline_event_said_again_in_other_words_is_one_event() {
    // Fresh2 sample: the headline's congratulations and the lead's "expressed his congratulations",
    // and the headline's talks completed by the lead, were coded twice.
    let r = run(
        "القيادة تهنئ حاكم عام جامايكا بذكرى استقلال بلاده\nوأعرب الملك سلمان باسمه واسم شعب وحكومة المملكة عن أصدق التهاني لفخامته.",
        &[
            country(&["جامايكا"], "JAM"),
            person(&["الملك سلمان"], "SAU", "الملك"),
        ],
    );
    assert_eq!(r.lines().len(), 1, "{:?}", r.lines());
    let r = run(
        "خادم الحرمين يعقد جلسة مباحثات رسمية مع رئيس السنغال\nعقد الملك سلمان في قصره بالرياض اليوم جلسة مباحثات رسمية مع رئيس السنغال.",
        &[
            person(&["الملك سلمان"], "SAU", "الملك"),
            person(&["رئيس السنغال"], "SEN", "الرئيس"),
        ],
    );
    assert_eq!(r.lines(), vec!["040 SAUGOV→SENGOV done [جلسة مباحثات]"]);
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    // Fresh2 sample: كي in بان كي مون ("so that") made the Suruç bombing an intended one.
    let r = run(
        "أدان الأمين العام للأمم المتحدة بان كي مون التفجير الذي وقع في بلدة سوروج جنوب شرق تركيا.",
        &[
            org(&["للأمم المتحدة"], None, "IGOUNO"),
            person(&["بان كي مون"], "KOR", "أمين عام"),
            country(&["تركيا"], "TUR"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" intended ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_death_sentence_is_no_execution_done() {
    // Fresh sample: Morsi's death sentence was coded as an execution that happened.
    let r = run(
        "وكانت محكمة مصرية قد أصدرت حكما بإعدام الرئيس المعزول محمد مرسي.",
        &[person(&["محمد مرسي"], "EGY", "الرئيس")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_named_victim_before_a_passive_verb_is_not_the_place() {
    // Held, fresh and fresh2 samples: al-Fadhli, killed in a US strike in Syria, made Syria the victim.
    let r = run(
        "وقالت الوزارة إن القيادي في جماعة خراسان محسن الفضلي قتل في ضربة جوية في سوريا.",
        &[country(&["سوريا"], "SYR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→SYR")),
        "{:?}",
        r.lines()
    );
    // (plain people killed there are the place's)
    let r = run(
        "وأعلنت الشرطة أن خمسة أشخاص قتلوا في هجوم في العراق.",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(r.has("1823 -→IRQ"), "{:?}", r.lines());
}

#[test]
fn a_charge_is_no_event() {
    // Fresh and fresh2 samples: the charges against detainees were coded as attacks and accusations.
    let r = run(
        "وكان محبوسا لاتهامه بالانضمام إلى تحالف دعم الشرعية.",
        &[org(&["تحالف دعم الشرعية"], Some("EGY"), "EGYOPP")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run(
        "حكم عليه بعد اتهامه بمحاولة تفجير منزل الرئيس الأمريكي السابق جورج بوش.",
        &[person(&["جورج بوش"], "USA", "الرئيس")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_participle_takes_the_subject_of_its_sentence() {
    // Fresh2 sample: Spain's call (داعية) was given to Saudi Arabia, named nearer in the sentence.
    let r = run(
        "وأعربت وزارة الخارجية الإسبانية في بيان عن تضامنها الكامل مع حكومة المملكة والشعب السعودي، داعية إلى تقديم المسؤولين عن الهجوم للعدالة.",
        &[
            nationality(&["الإسبانية"], "ESP"),
            nationality(&["السعودي"], "SAU"),
        ],
    );
    assert_eq!(r.lines(), vec!["020 ESP→- done [داعية إلى]"]);
}

#[test]
fn an_appeals_far_lam_phrase_is_what_is_called_for() {
    // Fresh2 sample: the PLO, in a purpose phrase, was coded as the one Islamic Jihad appealed to.
    let r = run(
        "بدوره أكد الناطق باسم حركة الجهاد الإسلامي أن أي خطوة خارج التوافق الوطني مرفوضة، داعياً للشروع بحوار وطني شامل لإعادة الاعتبار لمنظمة التحرير.",
        &[
            org(&["حركة الجهاد الإسلامي"], Some("PSE"), "PSEREBPIJ"),
            org(&["لمنظمة التحرير"], Some("PSE"), "PSEPLO"),
        ],
    );
    assert_eq!(r.lines(), vec!["020 PSEREBPIJ→- done [داعياً]"]);
}

#[test]
fn negation_does_not_reach_across_a_comma() {
    // Fresh2 sample: بدون مشاورات made the call after the comma a negated one.
    let r = run(
        "وأكد بيان تجمع الشخصيات الفلسطينية المستقلة أنه جرى التعديل الوزاري بدون مشاورات، داعياً للتوافق الوطني.",
        &[nationality(&["الفلسطينية"], "PSE")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" negated ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_actor_before_but_is_not_the_subject_after_it() {
    // Fresh sample: Gaddafi, named before لكن, was coded as the one who refused.
    let r = run(
        "وظهر سيف الإسلام القذافي عبر الفيديو في بداية المحاكمة لكن فصائل الزنتان رفضت تسليمه.",
        &[person(&["سيف الإسلام القذافي"], "LBY", "نجل")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("120 LBY")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_rising_trend_of_attacks_is_no_attack() {
    // Fresh sample: "jihadist attacks have increased in Tunisia" was coded as an attack on Tunisia.
    let r = run(
        "وتزايدت الهجمات الجهادية في تونس منذ مطلع العام الحالي.",
        &[country(&["تونس"], "TUN")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_prayer_is_no_appeal() {
    // Dev sample: a prince praying for the injured (داعياً الله) was coded as an appeal.
    let r = run(
        "واطمأن سموه على صحة المصابين، داعياً الله أن يلبسهم لباس الصحة والعافية.",
        &[],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run(
        "وزار الأمير فيصل بن خالد المصابين، داعياً الله أن يلبسهم لباس الصحة والعافية.",
        &[person(&["الأمير فيصل بن خالد"], "SAU", "أمير منطقة")],
    );
    assert_eq!(r.lines(), vec!["042 SAUGOV→- done [وزار]"]);
}

#[test]
fn the_subject_after_its_office_and_honorifics_is_the_one_who_meets() {
    // Fresh3 sample: al-Jubeir, named after "معالي وزير الخارجية الاستاذ", was taken as the one met,
    // and Germany (in Steinmeier's title) as the other side instead of Steinmeier.
    let r = run(
        "التقى معالي وزير الخارجية الاستاذ عادل بن أحمد الجبير اليوم معالي وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك فالتر شتاينماير في العاصمة الألمانية برلين .",
        &[
            person(&["عادل بن أحمد الجبير"], "SAU", "وزير الخارجية"),
            country(&["ألمانيا"], "DEU"),
            person(&["فرانك فالتر شتاينماير"], "DEU", "وزير الخارجية"),
        ],
    );
    assert_eq!(r.lines(), vec!["040 SAUGOV→DEUGOV done [التقى]"]);
}

#[test]
fn a_condemnation_folded_into_the_headline_still_governs_the_bombing_noun() {
    // Fresh3 sample: "Kuwait expressed its condemnation of the bombing" made Kuwait the bomber, because
    // the condemnation had joined the headline's event and so no longer governed التفجير.
    let r = run(
        "الكويت تدين بشدة التفجير الإرهابي في عسير\n\nأعربت دولة الكويت عن ادانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجداً لقوات الطوارئ في منطقة عسير أمس.",
        &[country(&["الكويت"], "KWT")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("183")),
        "{:?}",
        r.lines()
    );
    assert!(r.has("111 KWT→- done [تدين]"), "{:?}", r.lines());
}

#[test]
fn between_one_named_side_and_an_unnamed_one_the_named_is_the_source() {
    // Fresh3 sample: clashes "between the Libyan army and the Shura council forces" had the army as
    // the target and no source.
    let r = run(
        "ميدانيا قتل 9 مدنيين وأصيب 42 آخرون، جراء إصابتهم بشظايا مقذوف خلال الاشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي خلال شهر يوليو الماضي.",
        &[org(&["الجيش الليبي"], Some("LBY"), "LBYMIL")],
    );
    assert!(r.has("190 LBYMIL→- done [الاشتباكات]"), "{:?}", r.lines());
}

#[test]
fn those_attending_a_meeting_are_not_its_sides() {
    // Fresh3 sample: "the meeting attended by the vice president, Khaled Mahfoudh Bahah" made the vice
    // president meet his own name cut in two.
    let r = run(
        "واستعرض الجانبان خلال اللقاء الذي حضره نائب الرئيس اليمني رئيس مجلس الوزراء، خالد محفوظ بحاح، المستجدات.",
        &[
            person(&["نائب الرئيس اليمني"], "YEM", "نائب الرئيس"),
            unknown_person(&["خالد محفوظ"]),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .all(|l| !l.contains("→YEM") && !l.contains(":خالد")),
        "{:?}",
        r.lines()
    );
    assert!(
        r.lines().iter().all(|l| !l.ends_with("→? done [اللقاء]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn attacks_recalled_on_their_anniversary_are_no_attack() {
    // Fresh3 sample: a memorial for the tenth anniversary of the London attacks was coded as an
    // attack on Britain.
    let r = run(
        "شارك رئيس الوزراء في حفل تأبين لإحياء الذكرى العاشرة للهجمات الإرهابية التي وقعت في وسط لندن.",
        &[place(&["لندن"], "GBR")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn killed_in_one_of_the_operations_is_passive() {
    // Fresh3 sample: a recruit "joined and was killed in one of the operations in Iraq" was coded as
    // a killing of Iraq.
    let r = run(
        "والمتهمون هم: مبارك ملفي مواليد 1986 انضم وقتل في إحدى العمليات الإرهابية في العراق.",
        &[place(&["العراق"], "IRQ")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_noun_subject_in_a_quote_is_not_the_speakers_side() {
    // Fresh3 sample: Zarif saying "the world welcomed the agreement" was coded as Iran welcoming it.
    let text = "وقال ظريف: إن العالم رحب بالاتفاق باعتبار أنه جسد انتصار لغة المنطق.";
    let r = run_with(
        text,
        &[person(&["ظريف"], "IRN", "وزير الخارجية")],
        &[(0, "إن العالم رحب بالاتفاق باعتبار أنه جسد انتصار لغة المنطق")],
        &[],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_politicians_attack_on_the_government_is_criticism() {
    // Fresh3 sample: Aoun "launched a violent attack on the government" was coded as armed force.
    let r = run(
        "وكان رئيس تكتل التغيير والاصلاح العماد ميشال عون قد شنّ هجومًا عنيفًا على الحكومة.",
        &[person(&["ميشال عون"], "LBN", "رئيس تكتل")],
    );
    assert_eq!(r.lines(), vec!["111 LBNGOV→- done [شنّ هجومًا]"]);
}

#[test]
fn an_invitation_is_no_appeal() {
    // Fresh3 sample: Bashir attending "at the invitation of" Sisi was coded as Sisi's appeal.
    let r = run(
        "وذلك على هامش مشاركة الرئيس السوداني عمر البشير في احتفالات القناة بدعوة من الرئيس المصري عبد الفتاح السيسي.",
        &[
            person(&["عمر البشير"], "SDN", "الرئيس"),
            person(&["عبد الفتاح السيسي"], "EGY", "الرئيس"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("02")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn who_was_killed_in_a_relative_clause_is_not_a_name_run_together_with_his_kin() {
    // Held, fresh and fresh2 samples: "Suleiman al-Assad son of Hilal al-Assad, who was killed in
    // battles" — the model's span joins both names, and the whole span was coded as the killed.
    let r = run(
        "ودعا المعتصمون إلى إعدام سليمان الأسد ابن هلال الأسد الذي قتل في معارك مع القوات المعارضة للحكومة في العام الماضي.",
        &[unknown_person(&["سليمان الأسد ابن هلال الأسد"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("18")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn after_kana_the_name_after_the_verb_is_its_object() {
    // Fresh sample: "Demirtas had called on the Turkish government" made the government the caller.
    let r = run(
        "وكان زعيم الحزب المقرب من الاكراد صلاح الدين دمرتاش دعا الحكومة التركية الى بدء المفاوضات.",
        &[org(&["الحكومة التركية"], Some("TUR"), "TURGOV")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("TURGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_pronoun_on_the_complementiser_is_the_subject_of_the_verb_after_it() {
    // Dev sample: "Steinmeier announced that he will visit the Kingdom" made Saudi Arabia the visitor.
    let r = run(
        "وأعلن شتاينماير أنه سيزور المملكة خلال شهر سبتمبر. وأكدت الوزارة أنها تدعو السعودية إلى الحوار.",
        &[
            person(&["شتاينماير"], "DEU", "وزير الخارجية"),
            country(&["المملكة", "السعودية"], "SAU"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" SAU→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_dateline_and_its_agency_are_not_the_subject() {
    // Fresh3 sample: "Riyadh ... SPA — the American astronaut praised" made Saudi Arabia (the dateline's
    // capital) the one who praised, and the USA the praised.
    let r = run(
        "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس  أشاد رائد الفضاء الأمريكي الدكتور باز ألدرين بجهود المملكة العربية السعودية في مجال أبحاث الفضاء.",
        &[
            country(&["الرياض", "المملكة العربية السعودية"], "SAU"),
            org(&["واس"], Some("SAU"), "SAUMED"),
            nationality(&["الأمريكي"], "USA"),
        ],
    );
    assert_eq!(r.lines(), vec!["051 USA→- done [أشاد]"]);
}

#[test]
fn who_is_named_after_a_condemned_deed_is_not_the_condemned() {
    // Fresh2 sample: "the UN condemns the bombing of the Turkish town of Suruç" made Turkey the
    // condemned.
    let r = run(
        "الأمم المتحدة تدين تفجير بلدة سوروج التركية",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            nationality(&["التركية"], "TUR"),
        ],
    );
    assert!(r.has("111 IGOUNO→- done [تدين]"), "{:?}", r.lines());
}

#[test]
fn kana_does_not_reach_over_a_complementiser() {
    // Unseen check: "it was planned that Zarif meet his Turkish counterpart" lost Zarif as the one who
    // meets once كان was taken to hold the subject.
    let r = run(
        "إذ كان من المفترض أن يلتقي ظريف نظيره التركي مولود جاوش اوغلو.",
        &[
            person(&["ظريف"], "IRN", "وزير الخارجية"),
            person(&["مولود جاوش اوغلو"], "TUR", "وزير الخارجية"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("040 IRNGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_accused_named_before_the_charge_stays_the_target() {
    // Unseen check: "Seoul accuses North Korea of detonating mines" lost North Korea as the accused.
    let r = run(
        "سيول تتهم كوريا الشمالية بتفجير ألغام بجنودها",
        &[
            country(&["سيول"], "KOR"),
            country(&["كوريا الشمالية"], "PRK"),
        ],
    );
    assert!(r.has("112 KOR→PRK done [تتهم]"), "{:?}", r.lines());
}

#[test]
fn a_titled_name_after_a_first_person_or_continued_verb_is_its_object() {
    // Unseen check: "I thank Dr Zaher Othman" and "where he met Sheikh Dr Walid al-Samaani" made the
    // one thanked or met the subject.
    let r = run(
        "أشكر الدكتور زاهر عثمان على الهدية القيمة.",
        &[unknown_person(&["زاهر عثمان"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("051 ?→")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "ثم زار وزارة العدل، حيث التقى الشيخ الدكتور وليد الصمعاني.",
        &[person(&["وليد الصمعاني"], "SAU", "وزير العدل")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("040 SAUGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn two_definite_nouns_after_a_verb_are_subject_and_object() {
    // Unseen check: "the passports office called on the Yemeni brothers" made Yemen the caller.
    let r = run(
        "ودعت الجوازات الأشقاء اليمنيين إلى سرعة مراجعة مراكز التصحيح.",
        &[nationality(&["اليمنيين"], "YEM")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("020 YEM→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_verb_with_no_actor_still_governs_the_deed_it_condemns() {
    // Unseen check: "the Kingdom of Bahrain condemned the bombing" made Bahrain the bomber.
    let r = run(
        "دانت مملكة البحرين التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير أمس.",
        &[country(&["البحرين"], "BHR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("18")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_attack_by_a_leaders_militias_stays_force() {
    // Unseen check: "an attack by Saleh's and the Houthis' militias" became Saleh's criticism.
    let r = run(
        "القوات السعودية تحبط هجوماً لميليشيات صالح والحوثي على منفذ الطوال",
        &[person(&["صالح"], "YEM", "الرئيس السابق")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("111")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_mediator_is_not_one_of_the_sides_between() {
    // Unseen check: "Iranian mediation between al-Abadi and al-Maliki" made al-Abadi the mediator.
    let r = run(
        "بعد أن فشلت جهود الوساطة الإيراينة في طي صفحة الخلافات بين العبادي والمالكي.",
        &[person(&["العبادي"], "IRQ", "رئيس الوزراء")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("045 IRQGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn talks_held_by_two_presidents_in_a_relative_clause_keep_both_sides() {
    // Unseen check: "the talks that Sisi and his Yemeni counterpart Hadi held" must keep both sides.
    let r = run(
        "توجت جلسة المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره اليمني عبد ربه منصور هادي في القاهرة أمس.",
        &[
            person(&["عبد الفتاح السيسي", "الرئيس المصري"], "EGY", "الرئيس"),
            person(&["عبد ربه منصور هادي", "نظيره اليمني"], "YEM", "الرئيس"),
        ],
    );
    assert!(r.has("040 EGYGOV→YEMGOV done"), "{:?}", r.lines());
}

#[test]
fn a_nisba_after_a_prepositional_phrase_is_not_the_subject() {
    // Unseen check: "Dr al-Samhan thanked the Saudi people" made Saudi Arabia the one who thanks.
    let r = run(
        "ووجه السمحان شكره وامتنانه للشعب السعودي على موقفهم الصادق.",
        &[
            unknown_person(&["السمحان"]),
            nationality(&["السعودي"], "SAU"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("051 SAU→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_name_a_relative_clause_hangs_on_is_its_subject() {
    // Fresh3 sample: "President Omar al-Bashir, who took a decision to release the fishermen" had no
    // releaser (and the adjective الشقيقة before him had hidden him as someone's kin).
    let r = run(
        "كما نقل شكري تقدير حكومة مصر لحكومة السودان الشقيقة والرئيس عمر البشير، الذي حرص على اتخاذ قرار بالإفراج عن الصيادين قبيل وصوله للقاهرة.",
        &[person(&["عمر البشير"], "SDN", "الرئيس")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("0841 SDNGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn never_stopping_is_no_negation() {
    // Fresh3 sample: "the coalition command has never stopped asking" was coded as a negated request.
    let r = run(
        "قاعدة انجرليك التي لم تكف قيادة التحالف عن طلب تركيا استخدامها.",
        &[country(&["تركيا"], "TUR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("negated")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_politicians_attack_after_a_support_verb_is_criticism() {
    // Fresh4 sample: "Salva Kiir launched a severe attack on Obama" stayed armed force.
    let r = run(
        "شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي باراك أوباما بسبب تصريحاته.",
        &[
            person(&["رئيس جنوب السودان سلفاكير ميارديت"], "SSD", "الرئيس"),
            person(&["الرئيس الأميركي باراك أوباما"], "USA", "الرئيس"),
        ],
    );
    assert!(r.has("111 SSDGOV→USAGOV done [هجوما]"), "{:?}", r.lines());
}

#[test]
fn police_dispersing_a_protest_are_not_its_protesters() {
    // Fresh4 sample: the Turkish police, who fired water cannon on protesters gathered "to protest"
    // the strikes in Syria, were coded as the protesters (and then Syria's civilians).
    let r = run(
        "قال شاهد عيان إن الشرطة التركية أطلقت مدافع المياه لتفريق نحو ألف متظاهر تجمعوا في أنقرة للاحتجاج على الضربات العسكرية في سوريا.",
        &[
            org(&["الشرطة التركية"], Some("TUR"), "TURCOP"),
            place(&["أنقرة"], "TUR"),
            country(&["سوريا"], "SYR"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .all(|l| !l.starts_with("140 TURCOP") && !l.starts_with("140 SYR")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_truce_welcomed_is_not_the_welcomers() {
    // Fresh4 sample: "the UN welcomes the humanitarian truce" made the UN the one who declared it.
    let r = run(
        "الأمم المتحدة ترحب بالهدنة الإنسانية في اليمن وتدعو المتمردين لاحترامها",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            country(&["اليمن"], "YEM"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("0871 IGOUNO")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_country_after_bi_is_where_talks_are_held() {
    // Fresh4 sample: "the next round of talks, to be held in Ethiopia" made Ethiopia a side.
    let r = run(
        "وتترقب الأوساط جلسة المباحثات المقبلة التي ستعقد بإثيوبيا في 17 من أغسطس الجاري.",
        &[country(&["إثيوبيا"], "ETH")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("ETH")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_verb_joined_by_wa_shares_the_subject_of_the_verb_before() {
    // Fresh4 sample: "the UN welcomed the truce that the coalition led by Saudi Arabia decided ..., and
    // called on the rebels" made Saudi Arabia the one who called.
    let r = run(
        "رحبت الأمم المتحدة ، بالهدنة الإنسانية التي قرر تحالف دعم الشرعية في اليمن بقيادة المملكة العربية السعودية إرساءها في اليمن لمدة خمسة أيام ، ودعت المتمردين إلى احترامها.",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            country(&["المملكة العربية السعودية"], "SAU"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("020 SAU")),
        "{:?}",
        r.lines()
    );
    assert!(r.has("020 IGOUNO→- done [ودعت]"), "{:?}", r.lines());
}

#[test]
fn the_nationality_of_the_weapons_names_who_shelled() {
    // Fresh4 sample: Kurdish-held villages "subjected to shelling by Turkish tanks" made Turkey the
    // target.
    let r = run(
        "بعدما افادت معلومات عن تعرض قريتين تسيطر عليهما القوات الكردية في شمال سوريا لقصف بدبابات تركية.",
        &[nationality(&["تركية"], "TUR"), country(&["سوريا"], "SYR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→TUR")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_force_noun_ending_the_text_does_not_read_past_it() {
    // Unseen check: the weapons rule read the word after a trigger that ended the text (a panic on
    // 2 of 3,000 articles).
    let r = run("وتعرضت القرية لقصف", &[]);
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run("الغارات التركية", &[nationality(&["التركية"], "TUR")]);
    assert!(r.lines().len() <= 1, "{:?}", r.lines());
}

#[test]
fn receiving_aid_is_no_hosting_of_a_visit() {
    // Fresh3 and fresh4 samples: "Aden now receives humanitarian aid normally" was coded as Aden
    // hosting a visit.
    let r = run(
        "وأكد الرئيس اليمني، أن مدينة عدن أصبحت تستقبل وبشكل طبيعي المساعدات الإنسانية القادمة من المنظمات الدولية.",
        &[person(&["الرئيس اليمني"], "YEM", "الرئيس")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("043")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_country_an_envoy_is_sent_to_is_part_of_his_title() {
    // Fresh4 sample: "the UN special envoy to Syria de Mistura visited Beijing" made Syria the host.
    let r = run(
        "زار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا بكين، أمس.",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            country(&["سوريا"], "SYR"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→SYR")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_person_named_after_the_subjects_nationality_is_the_source() {
    // «أشاد رائد الفضاء الأميركي الدكتور باز ألدرين بجهود السعودية»: USA was the source and the
    // astronaut himself the target.
    let doc = rasid_core::Document {
        text: "أشاد رائد الفضاء الأميركي الدكتور باز ألدرين بجهود السعودية في مجال الفضاء.".into(),
        published: Some("2015-08-10".into()),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo.starts_with("05")).unwrap();
    let source = e.source.as_ref().unwrap();
    let name = |id: &Option<String>| {
        r.entities
            .iter()
            .find(|x| Some(&x.id) == id.as_ref())
            .map(|x| x.name.clone())
    };
    assert_eq!(name(&source.entity).as_deref(), Some("باز ألدرين"));
    assert!(e
        .target
        .as_ref()
        .is_none_or(|t| t.code.as_deref() != Some("USA")));
}

#[test]
fn the_leads_protest_of_another_code_restates_the_headlines() {
    // Fresh4 sample: the headline's "protesters in Ankara" (141) and the lead's "gathered to protest"
    // (140) were two events.
    let r = run(
        "الشرطة التركية تطلق مدافع المياه على متظاهرين في انقرة\n\nقال شاهد عيان إن الشرطة أطلقت مدافع المياه لتفريق نحو ألف متظاهر تجمعوا في العاصمة أنقرة للاحتجاج على الضربات العسكرية.",
        &[
            org(&["الشرطة التركية"], Some("TUR"), "TURCOP"),
            place(&["انقرة", "أنقرة"], "TUR"),
        ],
    );
    let protests = r.lines().iter().filter(|l| l.starts_with("14")).count();
    assert_eq!(protests, 1, "{:?}", r.lines());
}

#[test]
fn the_headlines_meeting_and_the_leads_visit_stay_two() {
    // Guard of the rule above: consultations of other codes are other acts of one occasion (held
    // sample: the headline's talks with Sisi and the lead's visit to Egypt).
    let r = run(
        "ولي ولي العهد يبحث مع السيسي العلاقات بين البلدين\n\nبدأ الأمير محمد بن سلمان أمس زيارة إلى مصر.",
        &[
            person(&["السيسي"], "EGY", "الرئيس"),
            person(&["محمد بن سلمان"], "SAU", "ولي ولي العهد"),
            country(&["مصر"], "EGY"),
        ],
    );
    assert!(r.has("040"), "{:?}", r.lines());
    assert!(r.has("042"), "{:?}", r.lines());
}

#[test]
fn a_meeting_after_a_demonstrative_is_the_one_already_told() {
    // Dev sample: "on the sidelines of this meeting in Qatar" coded the Doha meeting a second time.
    let r = run(
        "يعقد في الدوحة اجتماع ثلاثي سعودي - أميركي على مستوى وزراء الخارجية. وعلى هامش هذا اللقاء المهم في قطر، سيجري كيري محادثات مع لافروف.",
        &[
            nationality(&["سعودي"], "SAU"),
            nationality(&["أميركي"], "USA"),
            person(&["كيري"], "USA", "وزير الخارجية"),
            person(&["لافروف"], "RUS", "وزير الخارجية"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("[اللقاء]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_threat_without_a_threatener_is_figurative() {
    // Dev and fresh4 samples: "vacancy and garbage threaten the government", "a court ruling
    // threatens the actors' careers".
    let r = run(
        "الفراغ الرئاسي والنفايات يهددان حكومة لبنان",
        &[org(&["حكومة لبنان"], Some("LBN"), "LBNGOV")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    // (a named threatener stays)
    let r = run(
        "كوريا الشمالية تهدد كوريا الجنوبية برد قاس",
        &[
            country(&["كوريا الشمالية"], "PRK"),
            country(&["كوريا الجنوبية"], "KOR"),
        ],
    );
    assert!(r.has("13"), "{:?}", r.lines());
}

#[test]
fn a_visit_named_again_gives_the_visitor_left_unsaid() {
    // Fresh4 sample: "on the first day of a visit to Kenya" (visitor unsaid) and "Obama's visit took
    // the front pages" were two visits, the first without its visitor.
    let r = run(
        "وصل الرئيس إلى نيروبي في اليوم الاول من زيارة إلى كينيا السبت. واحتلت زيارة اوباما الصفحات الاولى للصحف اليوم ايضا.",
        &[
            country(&["كينيا"], "KEN"),
            person(&["اوباما"], "USA", "الرئيس"),
        ],
    );
    let visits: Vec<_> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("042"))
        .collect();
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert!(visits[0].starts_with("042 USAGOV→KEN"), "{visits:?}");
}

#[test]
fn a_merged_repetition_never_makes_a_side_act_on_itself() {
    // Unseen check: the Houthis' attempt to attack, named again with the Houthis as the attacked,
    // became an attack of the Houthis on themselves when the repetition filled the missing side.
    let r = run(
        "حاول الحوثيون الهجوم على مواقع المقاومة. وقالت المصادر إن المقاومة صدت الهجوم على الحوثيين.",
        &[org(&["الحوثيون", "الحوثيين"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("YEMREBHOU→YEMREBHOU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_meeting_where_the_visitor_went_is_the_visitors() {
    // Fresh4 sample: "the UN envoy visited Beijing, where he met the Chinese deputy foreign minister"
    // made China the one who met; unseen: "the Australian ambassador visited the Saudi Electricity
    // Company, where he met its chief executive" made Saudi Arabia the one who met.
    let r = run(
        "زار السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج، الشركة السعودية للكهرباء بالرياض، حيث التقى المهندس منصور القحطاني، الرئيس التنفيذي للشركة.",
        &[
            person(&["السفير الأسترالي"], "AUS", "السفير"),
            nationality(&["السعودية"], "SAU"),
            unknown_person(&["منصور القحطاني"]),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("040 SAU")),
        "{:?}",
        r.lines()
    );
    // (the meeting may be told as part of the visit: one event)
    assert!(
        r.lines().iter().all(|l| l.contains(" AUSGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn refusing_to_give_details_declines_comment() {
    // Fresh4 sample: "Davutoglu refused to give details of the agreement" was coded as a rejection.
    let r = run(
        "إلا ان اوغلو رفض اعطاء تفاصيل حول الاتفاق الذي تم التوصل اليه مع الولايات المتحدة.",
        &[person(&["اوغلو"], "TUR", "رئيس الوزراء")],
    );
    assert!(r.has("011 TUR"), "{:?}", r.lines());
}

#[test]
fn a_deed_after_any_is_no_event() {
    // Unseen check: "Russia: any US strikes on the Assad regime would harm the fight against
    // terrorism" and "the Kremlin denied any meeting" were coded as strikes and a meeting done.
    let r = run(
        "روسيا: اي غارات أمريكية على نظام الأسد ستضر جهود مكافحة الارهاب",
        &[country(&["روسيا"], "RUS"), nationality(&["أمريكية"], "USA")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn receiving_travellers_is_no_hosting() {
    // Unseen check: "Egypt's airports receive 100,000 passengers within hours" was coded as Egypt
    // hosting a visit.
    let r = run(
        "مطارات مصر تستقبل 100 ألف راكب خلال ساعات",
        &[country(&["مصر"], "EGY")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn the_meeting_named_again_after_a_hosting_is_no_new_meeting() {
    // Fresh5 sample: "Oman receives al-Muallem … during the meeting al-Muallem and Bin Alawi agreed"
    // and "the meeting held yesterday" after the talks were each a second meeting.
    let r = run(
        "عمان تستقبل المعلم في مسقط. وقالت الوكالة إنه خلال الاجتماع اتفق المعلم وبن علوي على إنهاء الأزمة.",
        &[
            country(&["عمان"], "OMN"),
            person(&["المعلم"], "SYR", "وزير الخارجية"),
        ],
    );
    let meetings: Vec<_> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("04"))
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    // (a meeting after a phone call is a new occasion)
    let r = run(
        "تلقى الملك اتصالا هاتفيا من الرئيس الفرنسي. وجدد الرئيس ترحيبه بالملك خلال زيارته لفرنسا.",
        &[
            person(&["الملك"], "SAU", "الملك"),
            person(&["الرئيس الفرنسي", "الرئيس"], "FRA", "الرئيس"),
            country(&["فرنسا"], "FRA"),
        ],
    );
    assert!(r.has("042"), "{:?}", r.lines());
}

#[test]
fn the_one_whose_execution_is_demanded_is_no_side_of_the_demand() {
    // Fresh5 sample: "and a demand to execute Suleiman al-Assad", "the sit-in called for the
    // execution of Suleiman al-Assad": Suleiman was the demander or the one appealed to, and the
    // execution itself came out as done.
    let r = run(
        "غضب في اللاذقية ومطالبة بإعدام سليمان الأسد",
        &[unknown_person(&["سليمان الأسد"])],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run(
        "ودعا المعتصمون إلى إعدام سليمان الأسد الذي قتل العقيد.",
        &[unknown_person(&["سليمان الأسد"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("02")),
        "{:?}",
        r.lines()
    );
    // (the one asked stays: دعا الرئيس الحكومة إلى ...)
    let r = run(
        "دعت مصر إسرائيل إلى وقف الاستيطان",
        &[country(&["مصر"], "EGY"), country(&["إسرائيل"], "ISR")],
    );
    assert!(r.has("02"), "{:?}", r.lines());
}

#[test]
fn cooperation_a_future_verb_will_strengthen_is_planned() {
    // Fresh5 sample: "the Cairo Declaration will strengthen cooperation between the Kingdom and
    // Egypt" was cooperation done.
    let r = run(
        "إعلان القاهرة سيعزز التعاون بين السعودية ومصر",
        &[country(&["السعودية"], "SAU"), country(&["مصر"], "EGY")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
    // (a noun after سياسة is not after a future verb)
    let r = run(
        "انتقدت السعودية سياسة القمع في سوريا",
        &[country(&["السعودية"], "SAU"), country(&["سوريا"], "SYR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" planned ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_feared_lifting_of_sanctions_is_not_done() {
    // Fresh5 sample: "the Gulf states fear that lifting the sanctions on Iran would …" was coded as
    // sanctions lifted.
    let r = run(
        "وتخشى دول الخليج من ان يؤدي رفع العقوبات عن ايران الى زيادة نفوذها.",
        &[country(&["ايران"], "IRN")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_toll_and_a_standing_partnership_are_no_events() {
    // Fresh5 sample: "bringing the toll of security forces killed since July to 50" and "within the
    // strategic cooperation between Berlin and Riyadh" were a killing and a cooperation done.
    let r = run(
        "ليرتفع عدد قتلى قوات الأمن التركية منذ 20 يوليو إلى 50",
        &[org(&["قوات الأمن التركية"], Some("TUR"), "TURCOP")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run(
        "وذلك ضمن التعاون الاستراتيجي بين برلين والرياض",
        &[country(&["برلين"], "DEU"), country(&["الرياض"], "SAU")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn an_arrest_in_a_country_is_not_of_the_country() {
    // Fresh5 sample: "the man of a thousand faces arrested in Colombia" had Colombia as the one
    // arrested.
    let r = run(
        "القبض على «صاحب الألف وجه» في كولومبيا",
        &[place(&["كولومبيا"], "COL")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn the_nisba_after_the_air_force_names_the_force() {
    // Unseen check: "the Syrian air force bombed areas in Zabadani" had no bomber.
    let r = run(
        "وقال المبعوث إن سلاح الجو السوري قصف مناطق في الزبداني",
        &[nationality(&["السوري"], "SYR")],
    );
    assert!(r.has("194 SYR→"), "{:?}", r.lines());
}

#[test]
fn the_kingdom_whose_efforts_are_praised_is_the_target() {
    // The lead's state-possessor rule (مفتي عام المملكة: no participant) also dropped the Kingdom
    // praised for its efforts (أشاد رائد الفضاء بجهود المملكة).
    let r = run(
        "أشاد رائد الفضاء الأمريكي بجهود المملكة في مجال أبحاث الفضاء",
        &[
            nationality(&["الأمريكي"], "USA"),
            state_noun(&["المملكة"], "SAU"),
        ],
    );
    assert!(r.has("051 USA→SAU"), "{:?}", r.lines());
    // (a plain noun's possessor stays none)
    let r = run(
        "أشاد مفتي عام المملكة بالهدنة",
        &[state_noun(&["المملكة"], "SAU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SAU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn what_most_gulf_states_do_is_no_event() {
    // Fresh5 sample: "most Arab Gulf states accuse Tehran of meddling" was an accusation made.
    let r = run(
        "وتتهم أغلب دول الخليج العربية طهران بالتدخل في الشؤون العربية",
        &[country(&["طهران"], "IRN")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    // (a state's own accusation stays)
    let r = run(
        "وتتهم السعودية طهران بالتدخل في الشؤون العربية",
        &[country(&["السعودية"], "SAU"), country(&["طهران"], "IRN")],
    );
    assert!(r.has("112 SAU→IRN"), "{:?}", r.lines());
}

#[test]
fn help_an_appeal_asks_for_over_its_addressee_is_not_given() {
    // Fresh5 sample: "Britain and France called on other EU states yesterday to help them" was EU
    // help given to Britain.
    let r = run(
        "ودعت بريطانيا وفرنسا أمس الأحد دولا أخرى في الاتحاد الأوروبي لمساعدتهما في التصدي للأزمة",
        &[
            country(&["بريطانيا"], "GBR"),
            country(&["فرنسا"], "FRA"),
            org(&["الاتحاد الأوروبي"], None, "IGOEEC"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("07")),
        "{:?}",
        r.lines()
    );
    // (a deed after بعد is a new circumstance: it happened)
    let r = run(
        "وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين بعد خرقهم للهدنة الإنسانية",
        &[
            org(&["الحكومة اليمنية"], Some("YEM"), "YEMGOV"),
            org(&["مجلس الأمن"], None, "IGOUNO"),
            org(&["الحوثيين"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(r.has("196 YEMREBHOU"), "{:?}", r.lines());
}

#[test]
fn an_almanac_entry_is_history_not_a_report() {
    // Unseen check: "this day in history" pages (1956- أزمة السويس ...) gave 16 events on 3,000
    // articles, each a deed of decades ago reported as news.
    let r = run(
        "هذا اليوم في التاريخ\n\n1956- ازمة السويس: فرنسا وبريطانيا تؤكد الطابع الدولي للقناة وتدعو الدول الرئيسية الى مؤتمر دولي. 1974 - السلطات الاسرائيلية تعتقل المطران هيلاريون كبوجي",
        &[
            country(&["فرنسا"], "FRA"),
            country(&["بريطانيا"], "GBR"),
            org(&["السلطات الاسرائيلية"], Some("ISR"), "ISRGOV"),
        ],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    // (a year inside a sentence is no entry)
    let r = run(
        "ودعت فرنسا منذ 2011 - بحسب مصادر - الدول الرئيسية الى مؤتمر دولي",
        &[country(&["فرنسا"], "FRA")],
    );
    assert!(r.has("020 FRA"), "{:?}", r.lines());
}

#[test]
fn a_capital_after_a_meeting_noun_is_its_venue() {
    // Unseen check: "Iran made concessions in the Vienna talks between Iran and the great powers"
    // had Austria as a side, "Kerry's visit to Cairo" (بزيارة القاهرة) Egypt as the visitor.
    let r = run(
        "قدمت إيران تنازلات كبيرة في محادثات فيينا بين إيران والدول الكبرى",
        &[country(&["إيران"], "IRN"), capital(&["فيينا"], "AUT")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("AUT")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "قام وزير الخارجية الأمريكي جون كيري مؤخرا بزيارة القاهرة للبدء بمحادثات",
        &[
            person(&["جون كيري"], "USA", "وزير الخارجية"),
            capital(&["القاهرة"], "EGY"),
        ],
    );
    assert!(r.has("042 USAGOV→EGY"), "{:?}", r.lines());
}

#[test]
fn activists_named_after_the_verb_are_its_unnamed_subject() {
    // Unseen check: "the largest protest across Iraq, activists called for ..." had Iraq as the
    // caller (the name before the verb).
    let r = run(
        "ومن المتوقع أن يشهد الميدان أكبر مظاهرة على مستوى العراق، دعا ناشطون إلى عدم تسييسها",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("020 IRQ")),
        "{:?}",
        r.lines()
    );
    // (an accusative after the verb is its object: the name before stays the subject)
    let r = run(
        "وقال المسؤول إن بوكو حرام اختطفت آلاف المدنيين بينهم نساء",
        &[org(&["بوكو حرام"], None, "IMGMUSBOK")],
    );
    assert!(r.has("181 IMGMUSBOK"), "{:?}", r.lines());
}

#[test]
fn a_court_conviction_is_no_condemnation() {
    // Unseen check: court rulings (ثبتت لدى المحكمة إدانته، إدانة المدعى عليه بالسفر إلى سورية)
    // were condemnations of the groups and countries named after them.
    let r = run(
        "أصدرت المحكمة حكما يقضي بثبوت إدانة مواطن بالانضمام إلى جبهة النصرة",
        &[org(&["جبهة النصرة"], None, "IMGMUSNUS")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    let r = run("كما ثبتت لدى المحكمة إدانته بتستره على ابن خالته", &[]);
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_question_or_a_postponed_visit_is_not_done() {
    // Unseen check: "Khashoggi asks: did an Egyptian official condemn what Heikal said?" and "the
    // visit of Iran's foreign minister to Turkey postponed" were reported as done.
    let r = run(
        "خاشقجي يتساءل: هل استنكر مسؤول مصري ما قاله هيكل؟",
        &[unknown_person(&["هيكل"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "تأجيل زيارة وزير خارجية إيران لتركيا",
        &[
            person(&["وزير خارجية إيران"], "IRN", "وزير الخارجية"),
            country(&["تركيا"], "TUR"),
        ],
    );
    assert!(r.has("042 IRNGOV→TUR planned"), "{:?}", r.lines());
}

#[test]
fn a_consul_acts_for_his_state() {
    // Unseen check: "the Kingdom's consul general in Los Angeles condemned the terrorist act" had
    // Saudi Arabia as the one condemned.
    let r = run(
        "استنكر القنصل العام للمملكة العربية السعودية في لوس انجلوس العمل الإرهابي",
        &[country(&["للمملكة العربية السعودية"], "SAU")],
    );
    assert!(r.has("111 SAU→-"), "{:?}", r.lines());
}

#[test]
fn a_deed_after_a_relative_pronoun_is_the_record_not_the_news() {
    // Fresh4 sample and unseen check: "the Riyadh agreement that the Arab states signed", "Algeria,
    // which demanded before a cut in supplies" were reported as done today.
    let r = run(
        "والجزائر التي طالبت من قبل بخفض الإمدادات هي من بين أعضاء أوبك",
        &[country(&["الجزائر"], "DZA")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
    // (a person named before it is most often acting in the scene: نظيره الكيني الذي رحب به)
    let r = run(
        "قبل أن يعانق نظيره الكيني اوهورو كينياتا الذي رحب به",
        &[person(&["اوهورو كينياتا"], "KEN", "رئيس")],
    );
    assert!(r.has("051 KENGOV"), "{:?}", r.lines());
}

#[test]
fn a_complaint_that_demands_is_no_demand_of_its_investigator() {
    // Fresh sample: "the United States investigates a complaint demanding the evacuation of
    // lawyers" had the USA demanding; a present verb after an indefinite noun describes it.
    let r = run(
        "تحقق الولايات المتحدة في شكوى تطالب بإجلاء المحامين من القاعدة",
        &[country(&["الولايات المتحدة"], "USA")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("100")),
        "{:?}",
        r.lines()
    );
    // (a headline's first word is the subject: مخربون يهاجمون خط الأنابيب العراقي)
    let r = run(
        "أوروبا تدعو ليبيا للالتحاق باتفاق الصخيرات",
        &[country(&["ليبيا"], "LBY")],
    );
    assert!(r.has("020 "), "{:?}", r.lines());
}

#[test]
fn the_attack_named_again_with_the_article_is_the_same_attack() {
    // Unseen check: "Turkish officials suspect the suicide attack was IS's doing", after the Suruç
    // bombing was told, coded a second suicide attack (on Iraq, named further on).
    let r = run(
        "قتل 32 شخصا في تفجير انتحاري في سروج. ورجح مسؤولون أتراك أن يكون الهجوم الانتحاري من تنفيذ داعش الذي سيطر على مساحات في العراق",
        &[place(&["سروج"], "TUR"), country(&["العراق"], "IRQ")],
    );
    assert!(
        r.lines().iter().filter(|l| l.starts_with("18")).count() <= 1,
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_foiled_or_prepared_attack_is_not_done() {
    // Fresh6 sample: "coalition planes foiled an attack the Houthi militias were preparing" and
    // "Boko Haram was preparing to launch an attack" were attacks done.
    let r = run(
        "أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له",
        &[org(&["ميليشيات الحوثي"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "ضربات جوية على قرية بيتا حيث كانت بوكو حرام تستعد لشن هجوم",
        &[org(&["بوكو حرام"], None, "IMGMUSBOK")],
    );
    assert!(r.has("190 IMGMUSBOK→- planned"), "{:?}", r.lines());
}

#[test]
fn a_title_after_the_name_is_the_same_person_not_the_target() {
    // Unseen check: "Albert del Rosario, the Philippine foreign minister, accused China" had the
    // minister (a second entity for the same man) as the one accused.
    let r = run(
        "من جهته، اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين بممارسة أنشطة بناء مكثفة",
        &[
            unknown_person(&["ألبرت ديل روساريو"]),
            person(&["وزير خارجية الفلبين"], "PHL", "وزير الخارجية"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("PHLGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_host_whose_title_names_his_country_is_the_subject() {
    // Unseen check: "the Emir of the State of Qatar Sheikh Tamim received the foreign minister"
    // had the Emir as the one received.
    let r = run(
        "استقبل أمير دولة قطر الشيخ تميم في قصره مساء أمس، وزير الخارجية",
        &[
            country(&["قطر"], "QAT"),
            person(&["الشيخ تميم"], "QAT", "أمير"),
        ],
    );
    assert!(r.has("043 QATGOV"), "{:?}", r.lines());
}

#[test]
fn headline_outlet_before_a_colon_is_not_the_one_demanding() {
    // fresh/fresh2: «المرصد السوري: اللاذقية تطالب …» had the observatory, which only reports the
    // demand, as the one demanding.
    let r = run(
        "المرصد السوري: اللاذقية تطالب بإعدام أحد أقارب الأسد",
        &[org(&["المرصد السوري"], Some("SYR"), "SYRNGO")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SYRNGO")),
        "{:?}",
        r.lines()
    );
    // the name before the colon still speaks an interjection or a first-person form
    let r = run(
        "عبدالرحمن بن مساعد: شكراً يا رئيس الاتحاد",
        &[person(&["عبدالرحمن بن مساعد"], "SAU", "أمير")],
    );
    assert!(r.has("051 SAU"), "{:?}", r.lines());
}

#[test]
fn a_council_holding_its_own_meeting_is_no_consultation() {
    // dev, fresh2, fresh7: "the Council of Economic and Development Affairs held a meeting" was a
    // consultation (040) of the council with no other side.
    let r = run(
        "عقد مجلس الشؤون الاقتصادية والتنمية اجتماعاً مساء اليوم في قصر السلام بجدة",
        &[org(
            &["مجلس الشؤون الاقتصادية والتنمية"],
            Some("SAU"),
            "SAUGOV",
        )],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("04")),
        "{:?}",
        r.lines()
    );
    // a minister's meeting with another side stays
    let r = run(
        "عقد وزير الخارجية الروسي سيرغي لافروف اجتماعاً مع نظيره الجزائري صبري بوقادوم",
        &[lavrov(), person(&["صبري بوقادوم"], "DZA", "وزير الخارجية")],
    );
    assert!(r.has("040 RUSGOV→DZAGOV"), "{:?}", r.lines());
}

#[test]
fn a_tag_line_has_no_events() {
    // fresh8, held and 7 unseen articles: the tag line closing an article (سمات …) gave attacks and
    // arrests from its keywords.
    let r = run(
        "وقال المتحدث إن الحركة تستهدف أعداءها. سمات انفجار حركة الشباب الصومالية فندق بمقديشو",
        &[org(&["حركة الشباب الصومالية"], Some("SOM"), "IMGMUSSHB")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_ministry_named_by_its_field_is_no_aid() {
    // fresh8: "the minister of human rights and relief" gave a relief event (073) from his title.
    let r = run(
        "التقى النائب الثاني للرئيس السوداني اليوم وزير حقوق الإنسان والإغاثة باليمن عز الدين الأصبحي",
        &[
            unknown_person(&["عز الدين الأصبحي"]),
            country(&["اليمن"], "YEM"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("07")),
        "{:?}",
        r.lines()
    );
    // a minister's own act after him stays (وقدم الوزير التهنئة)
    let r = run(
        "وقدم وزير الخارجية الروسي سيرغي لافروف التهنئة للرئيس الجزائري",
        &[lavrov(), country(&["الجزائري"], "DZA")],
    );
    assert!(r.has("05"), "{:?}", r.lines());
}

#[test]
fn a_visit_as_the_circumstance_of_the_sentence_is_the_subjects() {
    // fresh5, fresh7: "Erdogan said, during a visit to northern Cyprus" and "Lavrov held, as part of
    // a working visit to Qatar, a meeting" had the visit with no visitor.
    let r = run(
        "عقد وزير الخارجية الروسي سيرغي لافروف، في إطار زيارة عمل إلى قطر، الاثنين، لقاء مع معاذ الخطيب",
        &[lavrov(), country(&["قطر"], "QAT"), unknown_person(&["معاذ الخطيب"])],
    );
    assert!(r.has("042 RUSGOV→QAT"), "{:?}", r.lines());
    // a meeting "through" talks (من خلال محادثات) is no circumstance
    let r = run(
        "وتهدف الحكومة اليمنية إلى العودة إلى صنعاء من خلال زيارة إلى عدن",
        &[org(&["الحكومة اليمنية"], Some("YEM"), "YEMGOV")],
    );
    assert!(!r.has("042 YEMGOV"), "{:?}", r.lines());
}

#[test]
fn an_invitation_to_visit_is_an_offer_to_meet_not_an_appeal() {
    // fresh7: "Lavrov invites Hamas to visit Moscow" was coded as an appeal (020).
    let r = run(
        "لافروف يدعو حماس لزيارة موسكو",
        &[lavrov(), org(&["حماس"], Some("PSE"), "PSEREBHAM")],
    );
    assert!(r.has("036 RUSGOV→PSEREBHAM"), "{:?}", r.lines());
}

#[test]
fn plural_fighting_with_only_a_place_is_no_attack_on_that_country() {
    // fresh4, fresh5, fresh7, fresh8: "37 IS fighters and 16 Peshmerga killed in scattered attacks in
    // Iraq" coded an attack on Iraq.
    let r = run(
        "أفادت مصادر أمنية أمس عن مقتل 37 مسلحا في هجمات متفرقة بالعراق",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("19")),
        "{:?}",
        r.lines()
    );
    // one armed attack on a place stays
    let r = run(
        "أصيب سبعة أشخاص بجروح في هجوم مسلح استهدف مركزا للأمن في إسطنبول التركية",
        &[country(&["التركية"], "TUR")],
    );
    assert!(r.has("190"), "{:?}", r.lines());
}

#[test]
fn the_complement_of_an_aid_noun_is_the_one_helped() {
    // fresh8 and unseen: "the kingdom's role in helping Yemen" had Yemen as the helper.
    let r = run(
        "وأبان أن التحقيقات ستكشف أدوار المتورطين في مساعدة داعش على تنفيذ التفجيرات",
        &[org(&["داعش"], None, "IMGMUSISI")],
    );
    assert!(r.has("070 -→IMGMUSISI"), "{:?}", r.lines());
    // the giver stays the giver when a recipient follows (مساعدة إيران للأسد)
    let r = run(
        "الجبير: مساعدة إيران للأسد تفاقم الأزمة",
        &[country(&["إيران"], "IRN"), person(&["للأسد"], "SYR", "رئيس")],
    );
    assert!(r.has("070 IRN→SYR"), "{:?}", r.lines());
}

#[test]
fn a_protest_in_the_accusative_after_a_protest_is_its_motive_not_a_second_protest() {
    // fresh, fresh2, fresh5: "more than a thousand people held a sit-in in Latakia in protest at the
    // killing" gave the sit-in and a second protest (احتجاجًا).
    let r = run(
        "المرصد السوري: اللاذقية تطالب بإعدام أحد أقارب الأسد\n\nقال المرصد السوري لحقوق الإنسان أمس إن نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية الساحلية معقل رئيس النظام السوري بشار الأسد للدعوة لإنزال العقاب بأحد أفراد عائلته. وقال المرصد في بيان «نفذ أكثر من ألف شخص اعتصامًا عند دوار الزراعة في مدينة اللاذقية احتجاجًا على قتل سليمان هلال الأسد للعقيد حسان الشيخ",
        &[
            org(&["المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد"], Some("SYR"), "SYRNGO"),
            E {
                city: true,
                ..country(&["اللاذقية"], "SYR")
            },
            person(&["بشار الأسد"], "SYR", "رئيس"),
            unknown_person(&["سليمان هلال الأسد"]),
        ],
    );
    assert!(
        r.lines().iter().filter(|l| l.starts_with("14")).count() <= 1,
        "{:?}",
        r.lines()
    );
}

#[test]
fn force_only_aimed_at_is_no_event() {
    // fresh5, fresh6: "talks aimed at a peaceful solution and lifting the blockade" coded a blockade
    // (191) in mode intended; a protester's wish that Turkey stop killing Kurds coded a killing.
    let r = run(
        "عقد المؤتمر بحضور دبلوماسيين بهدف إيجاد حل سلمي للأزمة في اليمن ورفع الحصار",
        &[country(&["اليمن"], "YEM")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("19")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_support_verbs_mode_reaches_its_noun_across_commas() {
    // fresh2: "Kerry is scheduled to hold, on Monday, also a trilateral meeting" was a meeting done:
    // the cue stood before the support verb, the noun after two commas.
    let r = run(
        "ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا ثلاثيا مع وزير الخارجية الروسي سيرغي لافروف",
        &[lavrov(), person(&["كيري"], "USA", "وزير الخارجية")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
    // and the support verb's subject holds the meeting (fresh2, unseen: عقد وزير الخارجية السعودي،
    // عادل الجبير، اجتماعاً had Saudi Arabia or no one as its source)
    assert!(r.has("040 USAGOV→RUSGOV planned"), "{:?}", r.lines());
}

#[test]
fn a_prayer_or_a_researcher_is_no_appeal() {
    // fresh8: "Dr al-Turki prayed to God" (ودعا الدكتور التركي المولى) and fresh6 and unseen: "a
    // Saudi researcher" (باحث سعودي, read as ب + أحث) were appeals (020).
    let r = run(
        "ودعا الدكتور التركي المولى جل وعلا أن يحفظ البلاد. وقال أحمد عاشور وهو باحث سعودي إن الأسعار سترتفع",
        &[country(&["سعودي"], "SAU"), unknown_person(&["أحمد عاشور"])],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn in_cooperation_with_and_no_partner_before_is_no_event() {
    // fresh and unseen: "a company will build the plant, in cooperation with the Saudi Electricity
    // Company" coded a cooperation (060) with the company alone.
    let r = run(
        "وسوف تتولى شركة تقنية تصميم وبناء وتشغيل وصيانة المحطة، بالتعاون مع الشركة السعودية للكهرباء",
        &[org(&["الشركة السعودية للكهرباء"], Some("SAU"), "SAUBUS")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn seeking_knowledge_or_applying_for_a_service_is_no_request() {
    // unseen: "their eagerness to seek knowledge" (طلب العلم) and "the Egyptian may apply for a
    // transfer" (طلب نقل خدماته) were requests (020).
    let r = run(
        "وعبر البركاتي عن شكره للدارسين على حرصهم على طلب العلم، ويحق للوافد المصري طلب نقل خدماته",
        &[unknown_person(&["البركاتي"]), country(&["المصري"], "EGY")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("02")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_name_after_a_word_with_a_preposition_is_not_the_visitor() {
    // unseen: "the director visited the injured Muhsin al-Dosari" (بزيارة للمصاب محسن الدوسري) had
    // the injured man as the visitor.
    let r = run(
        "وقام المدير اليوم بزيارة للمصاب محسن بن سلمان الدوسري في المستشفى",
        &[unknown_person(&["محسن بن سلمان الدوسري"])],
    );
    assert!(
        r.events.iter().all(|e| e.source.is_none()),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_name_after_an_office_and_its_field_is_the_subject_of_the_verb_before() {
    // held and unseen: "the mayor of the Asir region Saleh al-Qadi visited the injured" and "the
    // warehouses director Mr Mansour al-Duraiwish called on school officials" had the named man as
    // the one visited or called.
    let r = run(
        "ودعا مدير المستودعات الأستاذ منصور الدريويش مسؤولي المدارس إلى مراجعة الإدارة",
        &[unknown_person(&["منصور الدريويش"])],
    );
    assert!(
        r.events
            .iter()
            .any(|e| e.source.is_some() && e.target.is_none()),
        "{:?}",
        r.lines()
    );
    // the one thanked after لمدير stays the target
    let r = run(
        "كما وجه شكره لمدير مشروع التطوير الدكتور بريكان الشلوي على جهوده",
        &[unknown_person(&["بريكان الشلوي"])],
    );
    assert!(
        r.events.iter().all(|e| e.source.is_none()),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_count_of_a_side_before_a_killing_verb_is_the_killed() {
    // unseen: "about 30 of the Houthi militia were killed" (نحو 30 من ميليشيا الحوثي قتلوا) had the
    // Houthis as the killers.
    let r = run(
        "وذكر المصدر أن نحو 30 من ميليشيا الحوثي قتلوا أثناء المواجهات",
        &[org(&["ميليشيا الحوثي"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("YEMREBHOU→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_civic_body_after_an_attack_noun_is_struck_not_the_striker() {
    // SaudiNewsNet: «بعد أحداث سيناء وتفجير القنصلية الإيطالية» made the Italian consulate
    // (ITAGOV, an institution named by its country since session 8) the bomber.
    let r = run(
        "وكانت مصر تستشعر الخطر بعد تفجير القنصلية الإيطالية في القاهرة.",
        &[
            country(&["مصر"], "EGY"),
            org(&["القنصلية الإيطالية"], Some("ITA"), "ITAGOV"),
        ],
    );
    assert!(r.has("183 -→ITAGOV done [تفجير]"), "{:?}", r.lines());
}

#[test]
fn an_aim_held_by_a_thing_is_no_event() {
    // SaudiNewsNet (three splits): «الهدنة الإنسانية تهدف إلى ضمان وصول المساعدات للشعب اليمني» was
    // coded as Yemen's intent to give aid; the truce's purpose is no event. Unseen: «المركز يهدف إلى
    // تزويد الطلاب السعوديين بالفرص» likewise.
    let text = "وأكد الرئيس اليمني عبد ربه منصور هادي أن الهدنة الإنسانية تهدف إلى ضمان وصول المساعدات للشعب اليمني في مختلف المحافظات.";
    let r = run_with(
        text,
        &[person(&["عبد ربه منصور هادي"], "YEM", "GOV")],
        &[(
            0,
            "الهدنة الإنسانية تهدف إلى ضمان وصول المساعدات للشعب اليمني في مختلف المحافظات",
        )],
        &[],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("[المساعدات]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_delegation_from_a_party_before_a_perfect_verb_is_its_subject() {
    // SaudiNewsNet: «تعهد الرئيس عباس أمام وفد من حزب ميرتس … زاره في مكتبه» had Abbas as the
    // visitor; the delegation (its party) visits, the ه is Abbas.
    let r = run(
        "تعهد الرئيس الفلسطيني محمود عباس أمام وفد من حزب ميرتس اليساري الاسرائيلي زاره في مكتبه اليوم الاحد في رام الله بعدم السماح بالإرهاب أو العنف.",
        &[
            person(&["محمود عباس"], "PSE", "GOV"),
            org(&["حزب ميرتس اليساري الاسرائيلي"], Some("ISR"), "ISRPTY"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("042 ISRPTY→PSEGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_dropped_subject_after_kama_is_the_speaker_before_not_the_accused() {
    // SaudiNewsNet: «كما اتهم حزب العمال الكردستاني وتنظيم داعش بان "مصلحتهما واحدة"» made the PKK
    // the accuser; Erdogan, who spoke in the sentence before, accuses it.
    let text = "واكد الرئيس التركي رجب طيب أردوغان ان \"تركيا ستواصل عملياتها العسكرية طالما تعتبرها ضرورية\". كما اتهم حزب العمال الكردستاني وتنظيم داعش بان \"مصلحتهما واحدة\" في اضعاف الدولة التركية.";
    let r = run_with(
        text,
        &[
            person(&["رجب طيب أردوغان"], "TUR", "GOV"),
            org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
            org(&["تنظيم داعش"], None, "IMGMUSISI"),
        ],
        &[(0, "تركيا ستواصل عملياتها العسكرية طالما تعتبرها ضرورية")],
        &[],
    );
    assert!(r.has("112 TURGOV→TURREBPKK"), "{:?}", r.lines());
}

#[test]
fn a_people_called_on_after_an_appeal_verb_is_not_the_caller() {
    // SaudiNewsNet: «وأكد بحاح … . ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفا واحدا»
    // made Yemen the caller; Bahah, who spoke just before, calls on the people.
    let text = "وأكد خالد بحاح أن علاقة اليمن بمجلس التعاون تتوثق يوما بعد الآخر. ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفا واحدا ضد الميليشيات.";
    let r = run_with(
        text,
        &[
            person(&["خالد بحاح"], "YEM", "GOV"),
            country(&["اليمن"], "YEM"),
            nationality(&["اليمني"], "YEM"),
        ],
        &[(0, "علاقة اليمن بمجلس التعاون تتوثق يوما بعد الآخر")],
        &[],
    );
    assert!(r.has("020 YEMGOV→YEM"), "{:?}", r.lines());
}

#[test]
fn a_sentence_with_its_own_subject_does_not_take_the_speaker_before() {
    // the speaker before only fills a subject left unsaid: «ورحبت منظمات المجتمع المدني بالاتفاق»
    // after Ban Ki-moon's words is the organisations' welcome, not his.
    let text = "وقال الأمين العام للأمم المتحدة بان كي مون إن \"الاتفاق خطوة مهمة\". ورحبت منظمات المجتمع المدني بالاتفاق.";
    let r = run_with(
        text,
        &[org(&["بان كي مون"], None, "IGOUNO")],
        &[(0, "الاتفاق خطوة مهمة")],
        &[],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("IGOUNO→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_resumptive_pronoun_between_verb_and_subject_keeps_the_subject() {
    // SaudiNewsNet: «يأتي استجابة لما دعا إليه فخامة الرئيس الفلسطيني، محمود عباس» made Morocco (the
    // host, named before) the caller: إليه, the relative clause's pronoun, hid Abbas after it.
    let r = run(
        "وأعلنت المنظمة أن القمة التي تستضيفها المملكة المغربية تأتي استجابة لما دعا إليه فخامة الرئيس الفلسطيني، محمود عباس لعقد قمة استثنائية.",
        &[
            person(&["الرئيس الفلسطيني", "محمود عباس"], "PSE", "GOV"),
            nationality(&["المغربية"], "MAR"),
        ],
    );
    assert!(r.has("020 PSEGOV→"), "{:?}", r.lines());
}

#[test]
fn a_delegation_led_by_someone_before_a_visit_verb_is_the_visitor() {
    // SaudiNewsNet: «وفوداً من حركة «حماس» برئاسة خالد مشعل زارت العاصمة الروسية» had Russia (the
    // capital's nisba) as the visitor.
    let r = run(
        "ويشار إلى أن وفوداً من حركة «حماس» برئاسة خالد مشعل زارت العاصمة الروسية مرتين بدعوة من الخارجية الروسية.",
        &[
            org(&["حركة «حماس»"], Some("PSE"), "PSEREBHAM"),
            person(&["خالد مشعل"], "PSE", "REB"),
            nationality(&["الروسية"], "RUS"),
        ],
    );
    assert!(r.has("042 PSEREBHAM→"), "{:?}", r.lines());
}

#[test]
fn negating_particle_before_a_reported_clause_does_not_negate_it() {
    // Fresh9 sample: «طلب عدم نشر اسمه» (asked not to be named) made the visit after أن a negated one.
    let r = run(
        "وأضاف المسؤول الذي طلب عدم نشر اسمه أن الزيارة التي قام بها سليماني لموسكو جرت في النصف الثاني من يوليو.",
        &[country(&["موسكو"], "RUS")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" negated ")),
        "{:?}",
        r.lines()
    );
    // a verb of denial does reach into the clause it denies
    let r = run(
        "ونفى المتحدث أن يكون لافروف زار الجزائر سرا.",
        &[lavrov(), country(&["الجزائر"], "DZA")],
    );
    assert!(r.has("042 RUSGOV→DZA negated"), "{:?}", r.lines());
    // and a negated verb reaches into the clause it governs (I would not want to ask)
    let r = run("ويوضح: «لا أود أن أطلب من الناخبين التصويت علينا».", &[]);
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
    // and a particle's own أن is part of the negation (دون أن: without)
    let r = run(
        "من الصعب جداً تحرير العراق من تنظيم داعش دون أن يكون هناك مساعدة خارجية للعراق.",
        &[country(&["العراق"], "IRQ")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_possibility_of_talks_is_hypothetical() {
    // Fresh9 sample: a headline on what a nuclear deal would allow was coded as talks held.
    let r = run(
        "أوباما: حل القضية النووية الإيرانية يتيح إمكانية فتح محادثات موسعة مع طهران",
        &[country(&["طهران"], "IRN")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" done ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn counted_people_before_a_killing_verb_are_its_victims() {
    // Fresh9 sample: «5000 مدني أفغاني قتل وأصيب» made the Afghan civilians the killers (that
    // sentence counts half a year, a statistic now dropped; here a day's toll).
    let r = run(
        "قالت الأمم المتحدة اليوم إن ما يقرب من 50 مدني أفغاني قتل وأصيب في ولاية هلمند أمس.",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            org(&["مدني أفغاني"], Some("AFG"), "AFGCVL"),
        ],
    );
    assert!(r.has("1823 -→AFGCVL done [قتل]"), "{:?}", r.lines());
}

#[test]
fn a_secretariat_acts_for_the_body_after_it() {
    // Fresh9 sample: «دانت الأمانة العامة لمجلس التعاون» made the GCC the one condemned.
    let r = run(
        "دانت الأمانة العامة لمجلس التعاون لدول الخليج العربية بشدة حادث التفجير الانتحاري الذي استهدف مسجداً في أبها.",
        &[org(&["مجلس التعاون لدول الخليج العربية"], None, "IGOGCC")],
    );
    assert!(r.has("111 IGOGCC→- done [دانت]"), "{:?}", r.lines());
}

#[test]
fn an_outlet_the_news_is_credited_to_takes_no_part() {
    // Fresh9 sample: «وبحسب وكالة رويترز قال كيري» made Reuters the other side of Kerry's talks.
    let text =
        "وبحسب وكالة \"رويترز\" قال كيري \"الأسبوع الماضي حققنا تقدما جيدا في مفاوضاتنا في هاواي\".";
    let r = run_with(
        text,
        &[
            person(&["كيري"], "USA", "وزير الخارجية"),
            org(&["رويترز"], Some("GBR"), "GBRMED"),
        ],
        &[(0, "الأسبوع الماضي حققنا تقدما جيدا في مفاوضاتنا في هاواي")],
        &[],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("GBRMED")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_one_reporting_a_toll_is_not_its_victim() {
    // Session 9 unseen check: once counted people made «قتلوا» passive, the official or ministry
    // reporting the toll before إن was taken as the one killed.
    let r = run(
        "وأعلنت وزارة الداخلية التركية أن 30 شخصا قتلوا وأصيب مئات آخرون بجروح أمس الاثنين.",
        &[org(&["وزارة الداخلية التركية"], Some("TUR"), "TURCOP")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("TURCOP")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_agent_of_a_shelling_after_min_qibal_is_its_source() {
    // Session 9 unseen check: «قصف عنيف من قبل قوات صالح» made Saleh's forces the ones shelled.
    let r = run(
        "وتعرضت المدينة الى قصف عنيف من قبل قوات صالح والحوثي.",
        &[org(&["قوات صالح"], Some("YEM"), "YEMREB")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→YEMREB")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_mission_named_by_its_task_is_no_event() {
    // Fresh9 sample: «مديرة مهمة مساعدة الأمم المتحدة في أفغانستان» was coded as UN aid.
    let r = run(
        "وقالت دانيلي بيل، مديرة مهمة مساعدة الأمم المتحدة في أفغانستان إن النساء والأطفال كانوا الأكثر تضررا.",
        &[org(&["الأمم المتحدة"], None, "IGOUNO"), country(&["أفغانستان"], "AFG")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn a_count_of_killings_over_a_period_is_no_event() {
    // Fresh9 sample: a half-year count of civilian casualties was coded as one killing.
    let r = run(
        "قالت الأمم المتحدة اليوم إن ما يقرب من 5000 مدني أفغاني قتل وأصيب خلال النصف الأول من هذا العام.",
        &[
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            org(&["مدني أفغاني"], Some("AFG"), "AFGCVL"),
        ],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn two_suicide_bombers_are_the_unnamed_subject_not_the_place() {
    // Session 9 unseen sample: «في مدينة مروة شمالي الكاميرون، حيث فجرت انتحاريتان نفسيهما» made
    // Cameroon the bomber.
    let r = run(
        "وقع الهجوم الأربعاء الماضي في مدينة مروة شمالي الكاميرون، حيث فجرت انتحاريتان نفسيهما، مما أدى إلى مقتل 20 شخصا.",
        &[country(&["الكاميرون"], "CMR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("CMR→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_plural_verb_has_its_subject_so_the_body_after_is_its_object() {
    // Session 9 random sample: «وطالبوا وزارة التجارة بزيادة الرقابة» made the ministry the one
    // demanding.
    let r = run(
        "وطالبوا وزارة التجارة بزيادة الرقابة على الأسواق والمولات.",
        &[org(&["وزارة التجارة"], Some("SAU"), "SAUGOV")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SAUGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn qad_after_a_relative_clause_goes_back_to_its_head() {
    // Fresh9 sample: «قائد فيلق القدس الإيراني الذي يخضع لحظر على السفر من جانب المنظمة الدولية قد
    // زار روسيا» made Russia the visitor and the UN the visited.
    let r = run(
        "وقالت باور إن قائد فيلق القدس الإيراني الذي يخضع لحظر على السفر من جانب الأمم المتحدة قد زار روسيا في الآونة الأخيرة.",
        &[
            org(&["فيلق القدس"], Some("IRN"), "IRNMILIRG"),
            nationality(&["الإيراني"], "IRN"),
            org(&["الأمم المتحدة"], None, "IGOUNO"),
            country(&["روسيا"], "RUS"),
        ],
    );
    assert!(r.has("042 IRNMILIRG→RUS done [زار]"), "{:?}", r.lines());
}

#[test]
fn a_visit_noun_takes_its_visitor_after_honorifics() {
    // Session 9 random sample: «في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان للقاهرة» lost
    // its visitor behind the honorifics.
    let r = run(
        "وقد صدر بيان مشترك في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان للقاهرة.",
        &[
            person(&["محمد بن سلمان"], "SAU", "ولي ولي العهد"),
            capital(&["القاهرة"], "EGY"),
        ],
    );
    assert!(r.has("042 SAUGOV→"), "{:?}", r.lines());
}

#[test]
fn a_nationality_after_a_word_with_a_preposition_is_not_the_subject() {
    // Session 9 random sample: «وأشاد بجهود الشعب السعودي» made the Saudis the ones praising.
    let r = run(
        "وأشاد بجهود الشعب السعودي الكريم ومشاعره تجاه أشقائه.",
        &[nationality(&["السعودي"], "SAU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SAU→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_accuser_named_with_an_office_word_starting_with_waw_is_the_subject() {
    // Session 9 random sample: «واتهم وزير الاوقاف والشؤون الدينية الفلسطينية يوسف ادعيس إسرائيل
    // بأنها» made the minister the accused: «وزير» lost its و as if it were the conjunction, so it
    // was no office word.
    let r = run(
        "واتهم وزير الاوقاف والشؤون الدينية الفلسطينية يوسف ادعيس إسرائيل بأنها «اقتحمت المسجد الأقصى».",
        &[
            nationality(&["الفلسطينية"], "PSE"),
            person(&["يوسف ادعيس"], "PSE", "وزير"),
            country(&["إسرائيل"], "ISR"),
        ],
    );
    assert!(r.has("112 PSEGOV→ISR"), "{:?}", r.lines());
}

#[test]
fn an_outlet_given_an_interview_takes_no_part() {
    // Session 9 random sample: «ورفض باخ في حديث لوكالة الصحافة الفرنسية التعليق» made AFP the one
    // rejected.
    let r = run(
        "ورفض باخ في حديث لوكالة الصحافة الفرنسية من كوالالمبور التعليق على ترشح رئيس الاتحاد.",
        &[
            unknown_person(&["باخ"]),
            org(&["وكالة الصحافة الفرنسية"], Some("FRA"), "FRAMED"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("FRAMED")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_visit_as_the_circumstance_of_a_future_verb_is_planned() {
    // Session 9 random sample: «سيغادر إلى جمهورية مصر العربية في زيارة عمل» was a visit done.
    let r = run(
        "وكان الديوان الملكي قد أعلن مساء أمس أن ولي ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود وزير الدفاع سيغادر إلى جمهورية مصر العربية في زيارة عمل يلتقي خلالها بفخامة الرئيس المصري عبدالفتاح السيسي.",
        &[
            person(&["محمد بن سلمان بن عبدالعزيز آل سعود"], "SAU", "ولي ولي العهد"),
            country(&["جمهورية مصر العربية"], "EGY"),
            person(&["الرئيس المصري عبدالفتاح السيسي"], "EGY", "الرئيس"),
        ],
    );
    assert!(
        r.has("042")
            && r.lines()
                .iter()
                .filter(|l| l.starts_with("042"))
                .all(|l| l.contains(" planned ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_killing_verb_written_as_its_noun_takes_its_object_as_the_victim() {
    // Session 10 random sample: «نجحت مجموعة عسكرية أميركية بقتل أبو سياف، القيادي في تنظيم داعش»
    // made Abu Sayyaf the killer and ISIS the one killed.
    let r = run(
        "حيث نجحت مجموعة عسكرية أميركية بقتل أبو سياف، القيادي في تنظيم داعش، واعتقال آخرين.",
        &[
            unknown_person(&["أبو سياف"]),
            org(&["تنظيم داعش"], None, "IMGMUSISI"),
        ],
    );
    let kill: Vec<String> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("1823"))
        .collect();
    assert!(
        !kill.is_empty() && kill.iter().all(|l| !l.contains("IMGMUSISI")),
        "{:?}",
        r.lines()
    );
    // the subject of a support verb did it
    let r = run(
        "قامت القوات الأمريكية بقتل زعيم داعش.",
        &[
            org(&["القوات الأمريكية"], Some("USA"), "USAMIL"),
            org(&["داعش"], None, "IMGMUSISI"),
        ],
    );
    assert!(
        r.has("1823 USAMIL→IMGMUSISI done [بقتل]"),
        "{:?}",
        r.lines()
    );
    // ... and a name followed by the object is the doer (بقصف الجيش التركي مواقعها)
    let army = || org(&["الجيش السوري"], Some("SYR"), "SYRMIL");
    let r = run("وانتهت الحرب بقتل الجيش السوري مدنيين في حلب.", &[army()]);
    assert!(r.has("1823 SYRMIL→- done [بقتل]"), "{:?}", r.lines());
    let r = run("وانتهت الحرب بقتل الجيش السوري في حلب.", &[army()]);
    assert!(r.has("1823 -→SYRMIL done [بقتل]"), "{:?}", r.lines());
}

#[test]
fn the_one_a_visit_was_carried_out_by_is_the_visitor() {
    // Session 10 random sample: «خلال زيارة إلى بنغلادش قام بها رئيس الحكومة الهندية» made Sheikh
    // Hasina, named earlier in the sentence, the visitor.
    let r = run(
        "ووقعت نظيرته الشيخة حسينة واجد الاتفاق مطلع يونيو خلال زيارة إلى بنغلادش قام بها رئيس الحكومة الهندية.",
        &[
            person(&["رئيس الحكومة الهندية"], "IND", "رئيس الوزراء"),
            person(&["الشيخة حسينة واجد"], "BGD", "رئيس الوزراء"),
            country(&["بنغلادش"], "BGD"),
        ],
    );
    assert!(r.has("042 INDGOV→BGD done [زيارة]"), "{:?}", r.lines());
    // (not a verbal noun joined after the one it belongs to)
    let r = run(
        "أشار المتحدث إلى الجهود المكثفة لمحاولة التعرف على مكان احتجاز الرهينة، والاتصالات التي قام بها الوزير شكري مع الجانب الكرواتي.",
        &[person(&["الوزير شكري"], "EGY", "وزير الخارجية")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("173 EGYGOV")),
        "{:?}",
        r.lines()
    );
    // (nor of "what": يعلنون تأييدهم لما قام به خادم الحرمين)
    let r = run(
        "فها هم اليمنيون يجددون حبهم ويعلنون تأييدهم لما قام به خادم الحرمين الشريفين الملك سلمان.",
        &[
            nationality(&["اليمنيون"], "YEM"),
            person(&["خادم الحرمين الشريفين الملك سلمان"], "SAU", "الملك"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("051 SAUGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_visit_to_a_foreign_city_is_hosted_by_its_country() {
    // Session 10 random sample: «زيارة كارتر إلى بغداد» had no host.
    let r = run(
        "وتأتي زيارة كارتر إلى بغداد ضمن جولة إقليمية شملت حتى الآن الأردن.",
        &[
            person(&["كارتر"], "USA", "وزير الدفاع"),
            place(&["بغداد"], "IRQ"),
        ],
    );
    assert!(r.has("042 USAGOV→IRQ done [زيارة]"), "{:?}", r.lines());
    // (a visit at home has no host: زياراته المتكررة لنجران)
    let r = run(
        "وزار الوزير السعودي عبدالله الربيعة مدينة نجران في زيارة إلى نجران تفقد خلالها المستشفى.",
        &[
            person(&["عبدالله الربيعة"], "SAU", "وزير"),
            place(&["نجران"], "SAU"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→SAU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn sociology_and_prayers_for_recovery_are_no_events() {
    // Session 10 random sample: «عالم الاجتماع الفرنسي» was a French meeting and «وداعياً بالشفاء
    // العاجل للمصابين» an appeal.
    let r = run(
        "في كتابه الشهير يقول عالم الاجتماع الفرنسي غوستاف لوبون إن الجمهور يتشكل لديه عقل جمعي.",
        &[nationality(&["الفرنسي"], "FRA")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
    let r = run(
        "وأوضح الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله التركي أن الرابطة تستنكر الجريمة، معرباً عن بالغ التعازي لأسرة الرضيع، وداعياً بالشفاء العاجل للمصابين.",
        &[person(&["الدكتور عبدالله التركي"], "SAU", "الأمين العام")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("02")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_police_before_a_nationality_is_the_agent() {
    // Session 10 random sample: «اعتقلتهم الشرطة السعودية» made Saudi Arabia the one arrested.
    let r = run(
        "يحاولون المساعدة في الإفراج عن 11 شخصًا من إندونيسيا، اعتقلتهم الشرطة السعودية لمخالفتهم الاحتفال بالعيد.",
        &[nationality(&["السعودية"], "SAU"), country(&["إندونيسيا"], "IDN")],
    );
    assert!(r.has("173 SAU→- done [اعتقلتهم]"), "{:?}", r.lines());
}

#[test]
fn a_word_of_a_persons_name_is_no_trigger() {
    // Session 10 random sample: «وشدد التقي» (the surname of سمير التقي) was a meeting.
    let r = run(
        "وقال سمير التقي إن هناك تنسيقا. وشدد التقي، وهو معارض سوري، على ضرورة الحل.",
        &[
            unknown_person(&["سمير التقي", "التقي"]),
            nationality(&["سوري"], "SYR"),
        ],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn no_verb_ends_in_ta_marbuta() {
    // Session 10 random sample: «ستضاعف المنح للطلبة اليمنيين» (students) was a request, and so
    // were a woman's name (ودانة) and «القوات المساعدة» an aid.
    let r = run(
        "أعلن اللواء علي الأحمدي أن الحكومة اليمنية ستضاعف المنح للطلبة اليمنيين للدراسة في الخارج.",
        &[
            person(&["اللواء علي الأحمدي"], "YEM", "رئيس جهاز الأمن القومي"),
            nationality(&["اليمنيين", "اليمنية"], "YEM"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("02")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "والقائد الجهوي للقوات المساعدة عبدالله أوقصر، والقائد الجهوي للوقاية المدنية.",
        &[unknown_person(&["عبدالله أوقصر"])],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
    // (nor is asking not to be named a request)
    let r = run(
        "وأضاف هذا المسؤول الذي طلب التكتم على هويته إن الملا منصور مقرب من باكستان.",
        &[
            unknown_person(&["الملا منصور"]),
            country(&["باكستان"], "PAK"),
        ],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn a_governor_with_the_preposition_on_it_is_congratulated() {
    // Session 10 random sample: the headline «تهنئة لحاكم جامايكا بمناسبة استقلال بلاده» made
    // Jamaica the one congratulating.
    let r = run(
        "خادم الحرمين الشريفين يبعث برقية تهنئة لحاكم جامايكا بمناسبة استقلال بلاده",
        &[
            person(&["خادم الحرمين الشريفين"], "SAU", "الملك"),
            country(&["جامايكا"], "JAM"),
        ],
    );
    assert!(r.has("051 SAUGOV→JAM done [تهنئة]"), "{:?}", r.lines());
}

#[test]
fn the_other_side_is_not_taken_from_a_reported_clause_after_the_trigger() {
    // Session 10 random sample: Haftar's meeting with activists got Ukraine, named inside the
    // quote he gave after it, as the other side.
    let r = run(
        "ونسبت الوكالة إلى حفتر قوله، لدى اجتماعه أمس، مع عدد من النشطاء السياسيين في مدينة بنغازي، قوله إن «صفقة مدرعات تم إبرامها مع أوكرانيا تم تعطيلها».",
        &[
            person(&["حفتر"], "LBY", "القائد العام"),
            country(&["أوكرانيا"], "UKR"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .all(|l| !l.starts_with("04") || !l.contains("UKR")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_verbs_target_window_counts_from_a_titled_subject_after_it() {
    // Session 10: «التقى ولي ولي العهد وزير الدفاع السعودي، الأمير محمد بن سلمان، بالرئيس الروسي
    // فلاديمير بوتين» had no target: the ب-phrase stood more than ten words after the verb.
    let r = run(
        "التقى ولي ولي العهد وزير الدفاع السعودي، الأمير محمد بن سلمان، بالرئيس الروسي فلاديمير بوتين في سانت بطرسبرج.",
        &[
            person(
                &["الأمير محمد بن سلمان", "ولي ولي العهد وزير الدفاع السعودي"],
                "SAU",
                "ولي ولي العهد",
            ),
            person(&["الرئيس الروسي فلاديمير بوتين"], "RUS", "الرئيس"),
        ],
    );
    assert!(r.has("040 SAUGOV→RUSGOV done [التقى]"), "{:?}", r.lines());
}

#[test]
fn no_one_is_unaware_is_no_negation_and_a_scheduled_visit_is_planned() {
    // Session 10: «ولا يخفى على أحد الاعتقالات التي قام بها الحوثيون» was a denied arrest, and
    // «خلال زيارة من المقرر أن يقوم بها وزير الخارجية جون كيري» a visit done.
    let r = run(
        "ولا يخفى على أحد الاعتقالات التي قام بها الحوثيون في حق خصومهم.",
        &[org(&["الحوثيون"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(r.has("173 YEMREBHOU→- done [الاعتقالات]"), "{:?}", r.lines());
    let r = run(
        "وستقام مراسم رسمية لرفع العلم خلال زيارة من المقرر أن يقوم بها وزير الخارجية جون كيري.",
        &[person(&["وزير الخارجية جون كيري"], "USA", "وزير الخارجية")],
    );
    assert!(r.has("042 USAGOV→- planned [زيارة]"), "{:?}", r.lines());
}

#[test]
fn a_visits_destination_may_follow_the_visitors_titles() {
    // Session 10: «في ختام زيارة سمو ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان للقاهرة» had no
    // host: the destination stood more than ten words after the noun.
    let r = run(
        "رحب الأمين العام بالبيان الصادر في ختام زيارة سمو ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان للقاهرة.",
        &[
            person(
                &["ولي ولي العهد", "الأمير", "محمد بن سلمان"],
                "SAU",
                "ولي ولي العهد",
            ),
            capital(&["للقاهرة"], "EGY"),
        ],
    );
    assert!(r.has("042 SAUGOV→EGY done [زيارة]"), "{:?}", r.lines());
}

#[test]
fn a_count_of_a_side_killed_is_that_side() {
    // Session 10: «مقتل 13 من قوات البيشمركة» and «نحو 30 من ميليشيا الحوثي قتلوا» had no victim:
    // the side stood after a partitive من.
    let peshmerga = || org(&["قوات البيشمركة"], Some("IRQ"), "IRQMIL");
    let r = run(
        "أطلقت عناصر داعش صاروخين على ثكنات عسكرية ما أسفر عن مقتل 13 من قوات البيشمركة.",
        &[org(&["داعش"], None, "IMGMUSISI"), peshmerga()],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("1823") && l.contains("→IRQMIL")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وذكر المصدر أن نحو 30 من ميليشيا الحوثي قتلوا أثناء المواجهات.",
        &[org(&["ميليشيا الحوثي"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(r.has("1823 -→YEMREBHOU done [قتلوا]"), "{:?}", r.lines());
}

#[test]
fn the_side_named_with_lifting_sanctions_is_the_one_sanctioned() {
    // Session 10: «إيران تتوقع زيادة إنتاج النفط بعد رفع العقوبات» made Iran the one lifting them.
    let r = run(
        "إيران تتوقع زيادة إنتاج النفط مليون برميل بعد رفع العقوبات",
        &[country(&["إيران"], "IRN")],
    );
    assert!(r.has("085 -→IRN done [رفع العقوبات]"), "{:?}", r.lines());
}

#[test]
fn acts_of_violence_are_violence_not_a_riot() {
    // Session 10: «مقتل 1332 عراقيا نتيجة أعمال العنف» was a riot by Iraqi civilians.
    let r = run(
        "واندلعت أعمال عنف بين أنصار الحزب الحاكم في بوروندي أمس.",
        &[country(&["بوروندي"], "BDI")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn the_side_whose_positions_are_struck_is_the_target() {
    // Session 10: «يشن الجيش التركي يوميا غارات جوية كثيفة على مواقع حزب العمال الكردستاني» had
    // no target: على stood before «مواقع», not before the party.
    let r = run(
        "يشن الجيش التركي يوميا غارات جوية كثيفة على مواقع حزب العمال الكردستاني في شمال العراق.",
        &[
            org(&["الجيش التركي"], Some("TUR"), "TURMIL"),
            org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
        ],
    );
    assert!(
        r.has("195 TURMIL→TURREBPKK done [غارات جوية]"),
        "{:?}",
        r.lines()
    );
}

#[test]
fn raising_thanks_to_a_ruler_is_the_raisers() {
    // Session 10: «رفع نائب خادم الحرمين الشريفين الشكر والعرفان لخادم الحرمين» had no source.
    let r = run(
        "وفي بداية الجلسة، رفع نائب خادم الحرمين الشريفين الأمير محمد بن نايف الشكر والعرفان لخادم الحرمين الشريفين الملك سلمان على توجيهاته.",
        &[
            person(&["الأمير محمد بن نايف"], "SAU", "ولي العهد"),
            person(&["الملك سلمان"], "SAU", "الملك"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("051 SAUGOV→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_country_right_after_a_visiting_verb_is_visited() {
    // Session 10 random sample: «انفتح الرئيس السيسي أوروبيا، وزار فرنسا» made France the visitor.
    let r = run(
        "وأضاف هاموند الذي زار إسرائيل الأسبوع الماضي أن الاتحاد الأوروبي يمكن أن يلعب دورا مهما.",
        &[
            person(&["هاموند"], "GBR", "وزير الخارجية"),
            country(&["إسرائيل"], "ISR"),
        ],
    );
    assert!(r.has("042 GBRGOV→ISR done [زار]"), "{:?}", r.lines());
}

#[test]
fn building_without_bi_is_no_praise() {
    // Session 11 random sample: «ويشيد جدارًا على الحدود الجنوبية مع المكسيك» (he will build a
    // wall) was praise of Mexico; يشيد praises only with its ب.
    let r = run(
        "وذكر ترامب أنه سوف يطرد المهاجرين ويشيد جدارًا على الحدود الجنوبية مع المكسيك.",
        &[country(&["المكسيك"], "MEX")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
    let r = run(
        "تشيد الصحف الأميركية بالاتفاق مع المكسيك.",
        &[country(&["المكسيك"], "MEX")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("051 ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn west_texas_intermediate_is_no_mediator() {
    // Session 11 random sample: «خام غرب تكساس الوسيط الأمريكي» was an American mediation.
    let r = run(
        "وخفض البنك توقعاته لسعر خام برنت وخام غرب تكساس الوسيط الأمريكي في عام 2015.",
        &[E {
            nisba: true,
            ..country(&["الأمريكي"], "USA")
        }],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn force_on_a_sides_building_strikes_the_side() {
    // Session 11 random sample: «قيام الإرهابيين بتفجير مسجد قوات الطوارئ» made the emergency
    // forces, whose mosque was bombed, the bombers.
    let r = run(
        "واعتبر مدير التعليم قيام الإرهابيين بتفجير مسجد قوات الطوارئ بعسير دليلا واضحا.",
        &[org(&["قوات الطوارئ"], Some("SAU"), "SAUCOP")],
    );
    assert!(r.has("183 -→SAUCOP done [بتفجير]"), "{:?}", r.lines());
}

#[test]
fn the_side_aimed_at_after_istahdafa_is_struck() {
    // Session 11: «غارات استهدفت مواقع الحوثيين» had no target, and «هجوم انتحاري استهدف الجيش
    // الأفغاني» made the army the attacker.
    let r = run(
        "شن الجيش التركي غارات استهدفت مواقع حزب العمال الكردستاني.",
        &[
            org(&["الجيش التركي"], Some("TUR"), "TURMIL"),
            org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
        ],
    );
    assert!(
        r.has("195 TURMIL→TURREBPKK done [غارات]"),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وقع هجوم انتحاري استهدف الجيش الأفغاني.",
        &[org(&["الجيش الأفغاني"], Some("AFG"), "AFGMIL")],
    );
    assert!(
        r.has("1831 -→AFGMIL done [هجوم انتحاري]"),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_claimant_of_a_deed_of_force_did_it() {
    // Session 11 random sample: «أعلنت حركة طالبان الباكستانية المسؤولية عن قتل القاضي» had no
    // source.
    let taliban = || org(&["حركة طالبان الباكستانية"], Some("PAK"), "PAKREB");
    let r = run(
        "أعلنت حركة طالبان الباكستانية في بيان أمس المسؤولية عن قتل القاضي طاهر خان نيازي.",
        &[taliban(), unknown_person(&["طاهر خان نيازي"])],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("1823 PAKREB→")),
        "{:?}",
        r.lines()
    );
    // (the blamer is not the doer: حمل داود أوغلو التنظيم مسؤولية الهجوم)
    let r = run(
        "وكان داود أوغلو حمل منذ مساء الاثنين التنظيم الإرهابي مسؤولية الهجوم.",
        &[person(&["داود أوغلو"], "TUR", "رئيس الوزراء")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
    // (a denied claim and «those responsible» name no doer)
    for text in [
        "إلا أن حركة طالبان الباكستانية لم تعلن مسؤوليتها عن هجوم أول.",
        "وطالبت حركة طالبان الباكستانية بتحديد المسؤولين عن الهجمات.",
    ] {
        let r = run(text, &[taliban()]);
        assert!(
            r.lines()
                .iter()
                .all(|l| !(l.starts_with("18") || l.starts_with("19")) || !l.contains("PAKREB→")),
            "{text}: {:?}",
            r.lines()
        );
    }
}

#[test]
fn a_present_deed_on_a_day_ahead_is_planned() {
    // Session 11 random sample: «يلتقي رئيس الائتلاف خالد خوجة وزير الخارجية الروسي سيرجي لافروف
    // في موسكو في 12 الشهر الجاري», a week after the article, was a meeting done.
    let doc = rasid_core::Document {
        text: "إلى ذلك، يلتقي رئيس الائتلاف السوري الدكتور خالد خوجة وزير الخارجية الروسي سيرغي لافروف في موسكو في 12 الشهر الجاري.".into(),
        published: Some("2015-08-05".into()),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo.starts_with("04")).unwrap();
    assert_eq!(e.date.as_deref(), Some("2015-08-12"));
    assert_eq!(e.mode, rasid_core::Mode::Planned);
}

#[test]
fn a_passive_future_with_sayatim_is_planned() {
    // Session 11 random sample: «سيتم رفض حصول إيران على فرص» was a rejection done.
    let r = run(
        "وقال إنه سيتم رفض حصول إيران على فرص لاستيراد التكنولوجيا.",
        &[country(&["إيران"], "IRN")],
    );
    assert!(
        r.lines().iter().all(|l| !l.ends_with("done [رفض]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_long_named_subject_does_not_free_the_condemned_deed() {
    // Session 11 random sample: «دان رئيس الجامعة الدكتور أحمد بن يوسف الدريويش التفجير» made
    // the condemner the bomber: seven words of subject put the deed out of the verb's reach.
    let r = run(
        "دان رئيس الجامعة الدكتور أحمد بن يوسف الدريويش التفجير الإرهابي.",
        &[unknown_person(&["أحمد بن يوسف الدريويش"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("18")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_support_verb_after_another_takes_the_first_ones_subject() {
    // Session 11 random sample: «حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الامن
    // التركية» had no attacker; «خاضت المقاومة الشعبية معارك ضد قوات الحوثي» neither, nor the
    // Houthis as target behind «قوات».
    let r = run(
        "وذكرت مصادر ان حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الامن التركية.",
        &[
            org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
            org(&["قوات الامن التركية"], Some("TUR"), "TURCOP"),
        ],
    );
    assert!(
        r.has("190 TURREBPKK→TURCOP done [هجمات]"),
        "{:?}",
        r.lines()
    );
    let r = run(
        "خاضت المقاومة الشعبية في جنوب اليمن اليوم معارك ضد قوات الحوثي في لودر.",
        &[
            org(&["المقاومة الشعبية"], Some("YEM"), "YEMMIL"),
            org(&["الحوثي"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(
        r.has("190 YEMMIL→YEMREBHOU done [معارك]"),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_sides_after_bayna_are_the_parties_not_the_host() {
    // Session 11 random sample: «استضافت باكستان مفاوضات بين طالبان والحكومة الافغانية» made
    // Pakistan the other side (the Afghan government, of the Taliban's country, was merged
    // with them).
    let r = run(
        "استضافت باكستان مفاوضات بين طالبان والحكومة الافغانية.",
        &[
            country(&["باكستان"], "PAK"),
            org(&["طالبان"], Some("AFG"), "AFGREBTAL"),
            org(&["الحكومة الافغانية"], Some("AFG"), "AFGGOV"),
        ],
    );
    assert!(
        r.has("046 AFGREBTAL→AFGGOV done [مفاوضات]"),
        "{:?}",
        r.lines()
    );
    // (two places are no parties: لقطع الإمدادات بين عدن وتعز)
    let r = run(
        "والتنسيق قائم لقطع الإمدادات بين عدن وتعز.",
        &[
            E {
                city: true,
                kind: EntityKind::Location,
                ..country(&["عدن"], "YEM")
            },
            E {
                city: true,
                kind: EntityKind::Location,
                ..country(&["تعز"], "YEM")
            },
        ],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn a_deed_condemned_then_pointed_back_to_is_no_new_one() {
    // Session 11: «دان رئيس مجلس النواب … التفجير … لأسر الشهداء الذين لقوا حتفهم في هذا التفجير»
    // made the condemner the bomber of «هذا التفجير».
    let r = run(
        "دان رئيس مجلس النواب البحريني التفجير الإرهابي. وأعرب رئيس مجلس النواب البحريني عن التعازي لأسر الشهداء الذين لقوا حتفهم في هذا التفجير الآثم.",
        &[person(&["رئيس مجلس النواب البحريني"], "BHR", "رئيس مجلس النواب")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("18")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn it_is_incumbent_is_an_obligation_not_a_deed() {
    // Session 11 random sample: «يتعين ان تتعاون الولايات المتحدة مع الرئيس السوري» was
    // cooperation done; «لا بد أن» was read as the negation لا.
    for text in [
        "قال لافروف إنه يتعين ان تتعاون الولايات المتحدة مع الرئيس السوري بشار الأسد.",
        "وقال لافروف إنه لا بد أن تتعاون الولايات المتحدة مع الرئيس السوري بشار الأسد.",
    ] {
        let r = run(
            text,
            &[
                lavrov(),
                country(&["الولايات المتحدة"], "USA"),
                person(&["الرئيس السوري بشار الأسد"], "SYR", "الرئيس"),
            ],
        );
        assert!(
            r.has("060 USA→SYRGOV intended [تتعاون]"),
            "{text}: {:?}",
            r.lines()
        );
    }
}

#[test]
fn an_impersonal_deed_of_force_happens_to_the_side_after_it() {
    // Session 11 random sample: «انه تم طرد الحوثيين وقوات صالح من معسكري لبوزة» made the
    // Houthis the expellers.
    let r = run(
        "واكدت مصادر عسكرية موالية للشرعية انه تم طرد الحوثيين من معسكري لبوزة ووادي عطان.",
        &[org(&["الحوثيين"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(r.has("174 -→YEMREBHOU done [طرد]"), "{:?}", r.lines());
}

#[test]
fn the_body_an_actor_belongs_to_takes_no_part() {
    // Session 11 random sample: «وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول
    // موقع بارشين» made the UN the one asked.
    let r = run(
        "وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول موقع بارشين.",
        &[
            org(&["الوكالة الدولية للطاقة الذرية"], None, "IGOUNOIAE"),
            org(&["للأمم المتحدة"], None, "IGOUNO"),
        ],
    );
    assert!(r.has("020 IGOUNOIAE→- done [وطلبت]"), "{:?}", r.lines());
    // (positions belonging to a side are struck with it)
    let r = run(
        "قصفت الطائرات مواقع تابعة للحوثيين.",
        &[org(&["للحوثيين"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(r.has("194 -→YEMREBHOU done [قصفت]"), "{:?}", r.lines());
}

#[test]
fn a_governor_before_his_name_is_the_subject() {
    // Session 11 random sample: «وأدان محافظ القطيف خالد الصفيان حادث التفجير» made the governor
    // the one condemned.
    let r = run(
        "وأدان محافظ القطيف خالد الصفيان حادث التفجير الإجرامي.",
        &[unknown_person(&["خالد الصفيان"])],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("111 ") && l.contains("→-")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_subject_of_qamu_is_not_the_pronoun_on_the_deed() {
    // Session 11 random sample: «أن المتمردين الحوثيين قاموا باختطافهم» (they kidnapped them)
    // made the Houthis the kidnapped.
    let doc = rasid_core::Document {
        text: "كشف أسرى يمنيون أن المتمردين الحوثيين قاموا باختطافهم أثناء توجههم إلى المملكة."
            .into(),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo == "181").unwrap();
    assert_eq!(
        e.source.as_ref().and_then(|s| s.code.as_deref()),
        Some("YEMREBHOU")
    );
}

#[test]
fn a_bare_form_after_an_elative_is_the_accused_deed() {
    // Session 11 random sample: «أوكرانيا تتهم الانفصاليين بشن أعنف قصف» made Ukraine the
    // shelling side: «قصف» after «أعنف» is a noun, the topic of the accusation.
    let r = run(
        "أوكرانيا تتهم الانفصاليين بشن أعنف قصف منذ ستة أشهر.",
        &[country(&["أوكرانيا"], "UKR")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("19")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_levantine_forces_head_the_subject() {
    // Session 11 random sample: «أوقفت قوى الجيش اللبناني أمس في منطقة عرسال المدعو حسن» made
    // the army the one detained: «قوى» was not read as the head of the agent phrase.
    let r = run(
        "الى ذلك أوقفت قوى الجيش اللبناني أمس في منطقة عرسال في البقاع المدعو حسن محمد شاهين.",
        &[org(&["الجيش اللبناني"], Some("LBN"), "LBNMIL")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("173 LBNMIL→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn leaders_called_after_ma_are_one_side_and_the_callers_the_other() {
    // Session 11 random sample: «ميركل وهولاند أجريا اتصالا هاتفيا مع زعيمي روسيا وأوكرانيا» was a
    // call between Russia and Ukraine.
    let r = run(
        "قالت الرئاسة إن الرئيس الفرنسي فرنسوا هولاند أجرى اتصالا هاتفيا مع زعيمي روسيا وأوكرانيا.",
        &[
            person(&["الرئيس الفرنسي فرنسوا هولاند"], "FRA", "الرئيس"),
            country(&["روسيا"], "RUS"),
            country(&["أوكرانيا"], "UKR"),
        ],
    );
    assert!(
        r.has("041 FRAGOV→RUS done [اتصالا هاتفيا]"),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_count_in_words_before_min_is_of_that_side() {
    // Session 11: «أربعة من قادة الحزب … قتلوا» and «تم اعتقال ثلاثة من عناصر داعش» lost the side
    // once «قادة»/«عناصر» carried the preposition: a count written in words is a count too.
    let r = run(
        "وتم اعتقال ثلاثة من عناصر داعش من قبل الشرطة العراقية.",
        &[
            org(&["داعش"], None, "IMGMUSISI"),
            org(&["الشرطة العراقية"], Some("IRQ"), "IRQCOP"),
        ],
    );
    assert!(
        r.has("173 IRQCOP→IMGMUSISI done [اعتقال]"),
        "{:?}",
        r.lines()
    );
}

#[test]
fn deaths_in_a_collision_are_no_attack() {
    // Session 11: «مقتل ستة أشخاص على الأقل في اصطدام طائرتين بموسكو» was a killing in Russia.
    let r = run(
        "مقتل ستة أشخاص على الأقل في اصطدام طائرتين في روسيا.",
        &[country(&["روسيا"], "RUS")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn an_acre_is_no_condemnation() {
    // Session 11 random sample: «زراعة 4 ملايين فدان خلال 4 سنوات» was Egypt condemning (ف + دان).
    let r = run(
        "وأضاف أن الحكومة المصرية تهدف إلى زراعة 4 ملايين فدان خلال 4 سنوات.",
        &[org(&["الحكومة المصرية"], Some("EGY"), "EGYGOV")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn session_11_fixes_keep_what_the_judged_splits_had_right() {
    // Judged splits, session 11: four right events the session's rules had lost.
    // (praise with ب written apart before a quotation mark)
    let r = run(
        "وأخرى تشيد ب\"معجزة المصريين\" مصحوبة بصور.",
        &[E {
            nisba: true,
            ..country(&["المصريين"], "EGY")
        }],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("051 ")),
        "{:?}",
        r.lines()
    );
    // (a nationality after arms is the force's, not a side after a preposition)
    let r = run(
        "بعدما افادت معلومات عن تعرض قريتين في شمال سوريا لقصف بدبابات تركية.",
        &[E {
            nisba: true,
            ..country(&["تركية"], "TUR")
        }],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("194 TUR")),
        "{:?}",
        r.lines()
    );
    // (a call «بين الرئيسين التركي … والأمريكي …» has both presidents for sides)
    let r = run(
        "وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما.",
        &[
            person(&["التركي رجب طيب أردوغان"], "TUR", "الرئيس"),
            person(&["والأمريكي باراك أوباما"], "USA", "الرئيس"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("041 TURGOV→USAGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn storming_a_place_is_force() {
    // Session 12 random sample: «اقتحمت الشرطة الاسرائيلية ... المسجد الاقصى» gave no event:
    // storming was no trigger at all (629 forms in SaudiNewsNet).
    let r = run(
        "قوات الاحتلال الإسرائيلي تقتحم مخيم الدهيشة الفلسطيني وتطلق الرصاص عشوائيا",
        &[
            org(&["قوات الاحتلال الإسرائيلي"], Some("ISR"), "ISRMIL"),
            E {
                nisba: true,
                ..country(&["الفلسطيني"], "PSE")
            },
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("190 ISRMIL") && l.contains("[تقتحم]")),
        "{:?}",
        r.lines()
    );
    // (entering a market or a field is no raid)
    let r = run(
        "وتسعى الشركات السعودية إلى اقتحام سوق العمل في الإمارات.",
        &[country(&["الإمارات"], "ARE")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("190")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_nation_after_arms_and_an_adjective_is_the_doer() {
    // Session 12 random sample: «وقصفت طائرات حربية تركية أهدافا للتنظيم» made Turkey the
    // one shelled: the adjective between the arms and the nation hid the subject.
    let r = run(
        "وقصفت طائرات حربية تركية الجمعة للمرة الاولى اهدافا للتنظيم في سوريا.",
        &[
            E {
                nisba: true,
                ..country(&["تركية"], "TUR")
            },
            country(&["سوريا"], "SYR"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("194 TUR→-")),
        "{:?}",
        r.lines()
    );
    // (not over a word a preposition is written on: the Iraqi forces are praised)
    let r = run(
        "وأشاد بالقوات الخاصة العراقية وعبر عن أسفه لسقوط قتلى.",
        &[E {
            nisba: true,
            ..country(&["العراقية"], "IRQ")
        }],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("051 IRQ")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_pronoun_on_a_siege_before_its_object_is_the_besieger() {
    // Session 12: «بعد أن أكملوا حصارهم لها» made the resistance the besieged, and the storming
    // merged into that siege then had the resistance storm itself.
    let r = run(
        "فيما يتأهب مقاتلو المقاومة الشعبية لاقتحام قاعدة العند الجوية في لحج، بعد أن أكملوا حصارهم لها.",
        &[org(&["المقاومة الشعبية"], Some("YEM"), "YEMMIL")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("191 YEMMIL→- done")),
        "{:?}",
        r.lines()
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("190 YEMMIL→- planned")),
        "{:?}",
        r.lines()
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("YEMMIL→YEMMIL")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_announcement_reaches_its_noun_over_a_place_and_a_comma() {
    // Session 12 random sample: «أعلن الاتحاد الأوروبي في بروكسل، عن التوصل إلى اتفاق مع
    // الولايات المتحدة» had the agreement with no source.
    let r = run(
        "أعلن الاتحاد الأوروبي في بروكسل، عن التوصل إلى اتفاق مع الولايات المتحدة والصين.",
        &[
            org(&["الاتحاد الأوروبي"], None, "IGOEEC"),
            place(&["بروكسل"], "BEL"),
            country(&["الولايات المتحدة"], "USA"),
            country(&["الصين"], "CHN"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("057 IGOEEC→USA")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_mission_is_no_support_verb_with_a_pronoun() {
    // Session 12: «وأشارت بعثة الأمم المتحدة في مالي إلى مقتل … في الهجوم» made the UN the
    // attacker: folded, بعثة reads بعث + ه («sent it»), a support verb.
    let r = run(
        "وأشارت بعثة الأمم المتحدة في مالي إلى مقتل «أحد أفراد الطاقم الدولي» في الهجوم.",
        &[org(&["الأمم المتحدة"], None, "IGOUNO")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("190 IGOUNO")),
        "{:?}",
        r.lines()
    );
    // (leading is a support verb: ويقود هولاند الدعوات)
    let r = run(
        "ويقود هولاند الدعوات لكي يكون لمنطقة اليورو حكومة خاصة بها.",
        &[person(&["هولاند"], "FRA", "الرئيس")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("020 FRAGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_report_full_of_sports_cues_is_sports_without_one_in_its_headline() {
    // Session 12 random sample: «الجيل يوقّع مع البرازيلي «دوجلاس» ويلعب مع نجران ودياً» was
    // an agreement with Brazil: the headline holds no cue, the body one in every sentence.
    let text = "الجيل يوقّع مع البرازيلي «دوجلاس» ويلعب مع نجران ودياً\n\n\
        أجرت إدارة نادي الجيل حفل توقيع عقد المحترف البرازيلي بحضور لاعبو الفريق لكرة القدم. \
        وتقرر أن يلعب الجيل مباراة ودية مع النادي وسيعتمد المدرب على اللاعبين. \
        وكسب الجيل المباراة الأولى أمام نادي افيون وانتهت الثانية أمام نادي سولار.";
    let r = run(
        text,
        &[E {
            nisba: true,
            ..country(&["البرازيلي"], "BRA")
        }],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn the_one_received_after_a_place_and_time_between_commas_is_the_target() {
    // Session 12 random sample: «استقبل خادم الحرمين الشريفين … في مكتبه بقصر السلام اليوم،
    // وزيرة خارجية جمهورية إندونيسيا» had no target: the object stood past the target window.
    let r = run(
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في مكتبه بقصر السلام اليوم، وزيرة خارجية جمهورية إندونيسيا ريتنو مرسودي، والوفد المرافق لها.",
        &[
            person(&["خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود"], "SAU", "الملك"),
            country(&["إندونيسيا"], "IDN"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("043 SAUGOV→IDN")),
        "{:?}",
        r.lines()
    );
    // (a second title of the subject and a body inside the adjunct are passed over)
    let r = run(
        "التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، اليوم في مقر الحكومة اليمنية المؤقت بالرياض، وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش.",
        &[
            person(&["نائب الرئيس اليمني"], "YEM", "نائب الرئيس"),
            unknown_person(&["خالد محفوظ بحاح"]),
            org(&["الحكومة اليمنية"], Some("YEM"), "YEMGOV"),
            E {
                nisba: true,
                ..country(&["الإماراتي"], "ARE")
            },
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("040 YEMGOV→ARE")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_deed_dated_in_a_later_month_is_planned() {
    // Session 12 random sample: «إلا بعد زيارة من المتوقع أن يقوم بها كيري الشهر المقبل» was a
    // visit done: only a later day, not a later month, made a deed planned.
    let doc = rasid_core::Document {
        text: "ولن يرفع العلم الأمريكي في هافانا إلا بعد زيارة من المتوقع أن يقوم بها وزير الخارجية الأمريكي جون كيري الشهر المقبل."
            .into(),
        published: Some("2015-07-24".into()),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo == "042").unwrap();
    assert_eq!(e.date.as_deref(), Some("2015-08"));
    assert_eq!(e.mode, Mode::Planned);
}

#[test]
fn a_pledge_to_attack_is_a_threat_and_a_writ_describes() {
    // Session 12 random sample: «وتعهدت بشن هجمات في جميع انحاء البلاد» was an intent to
    // cooperate, and «1612 دعوى تطالب بتعويضات» a demand by Saudi Arabia.
    let r = run(
        "واطلقت حركة طالبان في اواخر ابريل هجومها السنوي وتعهدت بشن هجمات في جميع انحاء البلاد.",
        &[org(&["حركة طالبان"], None, "AFGREBTAL")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("138 AFGREBTAL")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "نظرت المحاكم السعودية في نحو 1612 دعوى تطالب بتعويضات مالية لمتوفين.",
        &[E {
            nisba: true,
            ..country(&["السعودية"], "SAU")
        }],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("10")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_nation_after_a_strike_is_the_doer() {
    // Session 12 random sample: «غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة» had no killer:
    // a nationality near force counts only after a head noun, and a strike was none.
    let doc = rasid_core::Document {
        text: "غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان\n\n قالت وزارة الدفاع الامريكية (البنتاجون) اليوم الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا كبيرا بتنظيم القاعدة. وذكر البنتاجون أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو تموز في منطقة برمال باقليم بكتيكا الافغاني. وقال البنتاجون في بيان إن السوداني كان يشرف على “العمليات الانتحارية والتفجيرية” للقاعدة وإن له صلة بالتخطيط لهجمات ضد الولايات المتحدة. رابط الخبر بصحيفة الوئام: غارة جوية أمريكية تقتل قيادياً كبيراً بالقاعدة في أفغانستان"
            .into(),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    // (the killing told by the present verb has the United States for its doer)
    let kills: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.cameo == "1823" && e.trigger.text == "تقتل")
        .collect();
    assert!(!kills.is_empty(), "{:?}", r.events);
    for e in kills {
        assert_eq!(
            e.source.as_ref().and_then(|s| s.code.as_deref()),
            Some("USA")
        );
    }
    // (the preposition on a strike stays its own: the coalition strikes)
    let r = run(
        "مقتل 3042 من داعش والنصرة بغارات التحالف في 10 أشهر",
        &[
            org(&["داعش"], None, "IMGMUSISI"),
            org(&["التحالف"], None, "IGOGCC"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→IGOGCC")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_question_over_a_future_verb_is_hypothetical_and_a_conviction_no_condemnation() {
    // Session 12 random sample: «هل سيعتذر الشيحي؟» was a planned apology, and «ومحاسبة من يثبت
    // إدانته» a condemnation.
    let r = run(
        "حينها ماذا سيحدث، هل سيعتذر الشيحي؟",
        &[unknown_person(&["الشيحي"])],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains(" planned ")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وقال الوزير إنه كلف لجنة عاجلة ومحاسبة من يثبت إدانته.",
        &[person(&["الوزير"], "SAU", "وزير")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("111")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_support_verb_with_waw_and_no_subject_goes_on_with_the_speaker() {
    // Session 12 random sample: «… الطاهرة. ورفع تعازيه لخادم الحرمين الشريفين» had no source:
    // the one who raises condolences is the one who just spoke.
    let text = "وقال الدريويش: «إن هذه الجريمة النكراء لا يقرها دين ولا عقل». ورفع تعازيه لخادم الحرمين الشريفين الملك سلمان بن عبد العزيز.";
    let es = [
        unknown_person(&["الدريويش"]),
        person(
            &["خادم الحرمين الشريفين الملك سلمان بن عبد العزيز"],
            "SAU",
            "الملك",
        ),
    ];
    let r = run_with(
        text,
        &es,
        &[(0, "إن هذه الجريمة النكراء لا يقرها دين ولا عقل")],
        &[],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("018 ") && l.contains("→SAUGOV")),
        "{:?}",
        r.lines()
    );
    let e = r.events.iter().find(|e| e.cameo == "018").unwrap();
    assert_eq!(e.source.as_ref().and_then(|s| s.entity), Some(0));
    // (not over a subject the entities missed: the cabinet raised the thanks)
    let text = "وقال الدريويش: «إن هذه الجريمة النكراء لا يقرها دين». ورفع مجلس الوزراء الشكر لخادم الحرمين الشريفين الملك سلمان بن عبد العزيز.";
    let r = run_with(text, &es, &[(0, "إن هذه الجريمة النكراء لا يقرها دين")], &[]);
    let e = r.events.iter().find(|e| e.cameo == "051").unwrap();
    assert_ne!(e.source.as_ref().and_then(|s| s.entity), Some(0));
}

#[test]
fn targeting_is_force_unless_it_names_a_deed_already_told() {
    // Session 12: «استهدف» (2,602 forms in SaudiNewsNet) was no trigger: «كما استهدف طيران
    // التحالف أيضا معاقل مليشيا الحوثي» gave no event.
    let r = run(
        "كما استهدف طيران التحالف أيضا معاقل مليشيا الحوثي في منطقة دمنة خدير.",
        &[
            org(&["التحالف"], None, "IGOGCC"),
            org(&["الحوثي"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("190 IGOGCC→YEMREBHOU")),
        "{:?}",
        r.lines()
    );
    // (after a deed it only names its target: no second event, and never the condemner's)
    let r = run(
        "دانت إسبانيا العمل الإرهابي الذي استهدف مسجدا لقوات الطوارئ في منطقة عسير أمس.",
        &[
            country(&["إسبانيا"], "ESP"),
            org(&["لقوات الطوارئ"], Some("SAU"), "SAUCOP"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("190")),
        "{:?}",
        r.lines()
    );
    // (the present tense aims at a goal)
    let r = run(
        "وتستهدف حزمة الإنقاذ الثالثة التي تسعى اليونان إلى الحصول عليها تفادي الإفلاس.",
        &[country(&["اليونان"], "GRC")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
    // (the one targeted follows the noun)
    let r = run(
        "داعش تخطط لاستهداف الملكة إليزابيث في احتفال عالمي مرتقب",
        &[
            org(&["داعش"], None, "IMGMUSISI"),
            person(&["الملكة إليزابيث"], "GBR", "الملكة"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("190 ") && l.contains("→GBRGOV planned")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_state_named_after_its_forces_is_the_doer() {
    // Session 12: «قصفت مدفعية القوات المسلحة السعودية مواقع الحوثي» made Saudi Arabia the one
    // shelled: «السعودية» after a head is the state's name as well as its adjective.
    let r = run(
        "قصفت مدفعية القوات المسلحة السعودية مواقع الحوثي.",
        &[
            country(&["السعودية"], "SAU"),
            org(&["الحوثي"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("194 SAU→YEMREBHOU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn taking_control_of_a_place_is_an_occupation_and_of_a_fire_nothing() {
    // Session 12: «المقاومة الشعبية تسيطر على جبل «منيف»» gave no event: taking control was no
    // trigger, and «السيطرة على الحريق» (civil defence) must stay none.
    let r = run(
        "المقاومة الشعبية تسيطر على جبل «منيف» القريب من قاعدة العند",
        &[org(&["المقاومة الشعبية"], Some("YEM"), "YEMMIL")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("192 YEMMIL")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وتمكنت فرق الدفاع المدني من السيطرة على الحريق في مدينة جدة.",
        &[place(&["جدة"], "SAU")],
    );
    assert!(r.lines().is_empty(), "{:?}", r.lines());
}

#[test]
fn unnamed_forces_before_the_verb_are_its_subject() {
    // Session 12: «وأضاف أن قوات برية استهدفت مسلحي حزب العمال الكردستاني» made the PKK the
    // attacker: the forces before the verb, no entity, were passed over for the side after it.
    let r = run(
        "وأضاف أن قوات برية استهدفت مسلحي حزب العمال الكردستاني.",
        &[org(&["حزب العمال الكردستاني"], None, "TURREBPKK")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("190 -→TURREBPKK")),
        "{:?}",
        r.lines()
    );
    // (not a head with a preposition on it: للطائرة طلبت ماليزيا)
    let r = run(
        "ومع تأكيد العثور على أول أثر للطائرة طلبت ماليزيا من حكومة موريشيوس المساعدة.",
        &[country(&["ماليزيا"], "MYS"), country(&["موريشيوس"], "MUS")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("023 MYS→MUS")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_meeting_with_an_outlet_is_an_interview_and_an_outlet_reporting_it_no_side() {
    // Session 11 noticed, session 12 fixed: «في مكالمة هاتفية مقتضبة مع صحافي في وكالة الصحافة
    // الفرنسية» was a consultation with AFP, and «وذكرت وكالة الانباء الرسمية (سانا) ان دي
    // ميستورا "قدم عرضاً"» made SANA the one De Mistura met.
    let r = run(
        "إذ قال القيادي سليمان كينان في مكالمة هاتفية مقتضبة مع صحافي في وكالة الصحافة الفرنسية إن الهجوم فشل.",
        &[org(&["وكالة الصحافة الفرنسية"], Some("FRA"), "FRAMED")],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("04")),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وذكرت وكالة الانباء الرسمية سانا ان دي ميستورا التقى وزير الخارجية وليد المعلم خلال الاجتماع.",
        &[
            org(&["سانا"], Some("SYR"), "SYRMED"),
            person(&["دي ميستورا"], "", "المبعوث"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SYRMED")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_titled_name_right_after_a_support_verb_is_its_subject_however_far_the_noun() {
    // Session 12: «رفع رئيس هيئة حقوق الإنسان الدكتور بندر العيبان باسمه ونيابة عن أعضاء مجلس
    // هيئة حقوق الإنسان وكافة منسوبيها أحر التعازي» had no source: the noun stood too far from
    // the verb. And «لا تألو جهداً في مساعدة» affirms the help.
    let r = run(
        "رفع رئيس هيئة حقوق الإنسان الدكتور بندر العيبان باسمه ونيابة عن أعضاء مجلس هيئة حقوق الإنسان وكافة منسوبيها أحر التعازي لخادم الحرمين الشريفين.",
        &[
            unknown_person(&["بندر العيبان"]),
            person(&["خادم الحرمين الشريفين"], "SAU", "الملك"),
        ],
    );
    let e = r.events.iter().find(|e| e.cameo == "018").unwrap();
    assert_eq!(e.source.as_ref().and_then(|s| s.entity), Some(0));
    let doc = rasid_core::Document {
        text: "من جهته رفع الدكتور عبدالله الربيعة المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الشكر للقيادة الرشيدة التي لا تألو جهداً في مساعدة الأشقاء في اليمن.".into(),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo == "070").unwrap();
    assert_eq!(e.mode, rasid_core::Mode::Done);
}

#[test]
fn the_one_who_foils_an_attack_is_its_target_not_its_doer() {
    // Session 12 random sample: «إحباط الجيش السوري هجومًا للمسلحين» made the Syrian army the
    // attacker.
    let r = run(
        "وتحدثت وسائل الإعلام عن إحباط الجيش السوري هجومًا للمسلحين على مدينة درعا.",
        &[org(&["الجيش السوري"], Some("SYR"), "SYRMIL")],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("190 -→SYRMIL negated")),
        "{:?}",
        r.lines()
    );
    // (the one repelled after a preposition is no foiler: بالتصدي لحركة طالبان)
    let r = run(
        "وطالب الرئيس الأفغاني باكستان بالتصدي لحركة طالبان بعدما حصد هجوم العشرات.",
        &[org(&["حركة طالبان"], None, "AFGREBTAL")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→AFGREBTAL")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_people_named_by_the_side_after_them_is_the_subject() {
    // Session 12 judged split: «استهدف المتمردون الحوثيون وحلفاؤهم أمس مطار عدن بالصواريخ» made
    // the Houthis the ones targeted: «المتمردون» stood between the verb and its subject.
    let r = run(
        "في الغضون، استهدف المتمردون الحوثيون وحلفاؤهم أمس مطار عدن بالصواريخ.",
        &[org(&["الحوثيون"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("190 YEMREBHOU→-")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_later_year_alone_leaves_a_call_done() {
    // Session 12, unseen diff: «روسيا تدعو الغرب والمملكة لإحياء التعاون الاستخباراتي لحماية
    // مونديال 2018م» became a planned call when a later year made a deed planned: the year is
    // the World Cup's.
    let doc = rasid_core::Document {
        text: "روسيا تدعو الغرب والمملكة لإحياء التعاون الاستخباراتي لحماية مونديال 2018م".into(),
        published: Some("2015-08-01".into()),
        ..Default::default()
    };
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&doc);
    let e = r.events.iter().find(|e| e.cameo.starts_with("02")).unwrap();
    assert_eq!(e.mode, rasid_core::Mode::Done);
}

#[test]
fn a_deed_by_a_strike_right_after_the_verb_is_passive() {
    // Session 12 judged split: «وكان الفضلي قد استهدف بضربة جوية أمريكية» made al-Fadhli the one
    // who targeted the United States: «استهدف بضربة» is «was targeted by a strike», and the
    // strike's nation is its agent.
    let r = run(
        "وكان الفضلي قد استهدف بضربة جوية أمريكية في سبتمبر 2014.",
        &[
            unknown_person(&["الفضلي"]),
            E {
                nisba: true,
                ..country(&["أمريكية"], "USA")
            },
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→USA")),
        "{:?}",
        r.lines()
    );
    assert!(
        r.lines().iter().any(|l| l.starts_with("195 USA→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_nationality_inside_a_prepositional_phrase_is_no_subject() {
    // Session 13 random draw: «السعودية تجدد إدانتها لحادثة حرق رضيع فلسطيني وتناشد المجتمع
    // الدولي» made Palestine the one appealing: «فلسطيني» qualifies the baby inside «لحادثة …».
    let r = run(
        "السعودية تجدد إدانتها لحادثة حرق رضيع فلسطيني وتناشد المجتمع الدولي الاضطلاع بمسؤولياته",
        &[
            country(&["السعودية"], "SAU"),
            nationality(&["فلسطيني"], "PSE"),
        ],
    );
    assert!(r.has("020 SAU→"), "{:?}", r.lines());
}

#[test]
fn an_administration_or_regime_named_by_its_leader_acts() {
    // Session 13 random draw: «في العراق تتعاون إدارة أوباما مع إيران» had no source: «إدارة
    // أوباما» (the US administration) and «نظام الأسد» were no entities.
    let r = crate::Extractor::new(crate::ExtractOptions::default())
        .unwrap()
        .extract(&rasid_core::Document {
            text:
                "في العراق تتعاون إدارة أوباما مع إيران لمحاربة «داعش». وهاجم نظام الأسد مدينة حلب."
                    .into(),
            ..Default::default()
        });
    let pairs: Vec<_> = r
        .events
        .iter()
        .map(|e| {
            (
                e.cameo.as_str(),
                e.source.as_ref().and_then(|s| s.code.as_deref()),
            )
        })
        .collect();
    assert!(pairs.contains(&("060", Some("USAGOV"))), "{pairs:?}");
    assert!(pairs.contains(&("190", Some("SYRGOV"))), "{pairs:?}");
}

#[test]
fn a_counterpart_after_a_meeting_noun_is_the_one_met() {
    // Session 13 random draw: «بدأ كيري نهاره بلقاء نظيره السعودي عادل الجبير» made al-Jubeir
    // the one who met: «نظيره» (his counterpart) is met by the one his pronoun names.
    let r = run(
        "بدأ كيري نهاره بلقاء نظيره السعودي عادل الجبير وأمير قطر، قبل الاجتماع المشترك.",
        &[
            person(&["كيري"], "USA", "وزير الخارجية"),
            person(&["نظيره السعودي عادل الجبير"], "SAU", "وزير الخارجية"),
        ],
    );
    assert!(r.has("040 USAGOV→SAUGOV"), "{:?}", r.lines());
}

#[test]
fn a_first_person_verb_takes_no_subject_after_it() {
    // Session 13 diff: «لذلك أناشد القيادة الرشيدة التوجيه بعلاج الطفلين» made the leadership the
    // one appealing: «أناشد» (I appeal) has its subject in it, the name after is the one called on.
    let r = run(
        "وأضاف: كل هذه العمليات كانت بلا جدوى، لذلك أناشد القيادة الرشيدة التوجيه بعلاج الطفلين.",
        &[org(&["القيادة الرشيدة"], Some("SAU"), "SAUGOV")],
    );
    assert!(r.has("020 -→SAUGOV"), "{:?}", r.lines());
}

#[test]
fn his_majesty_stands_between_a_verb_and_its_subject() {
    // Session 13 random draw: «وفي ختام اللقاء طلب جلالة الملك عبدالله الثاني نقل تحياته» made the
    // King the one asked: «جلالة» was no honorific a subject may stand after.
    let r = run(
        "وفي ختام اللقاء، طلب جلالة الملك عبدالله الثاني نقل تحياته إلى أخيه.",
        &[person(&["الملك عبدالله الثاني"], "JOR", "ملك")],
    );
    assert!(r.has("020 JORGOV→-"), "{:?}", r.lines());
}

#[test]
fn a_nationality_inside_a_phrase_is_not_the_one_killed() {
    // Session 13: the one a passive deed befell was read off a nationality qualifying a noun in a
    // prepositional phrase before it (موظف في شركة فرنسية قتل في غارة: France was the victim).
    let r = run(
        "وأفاد مصدر أن موظفا في شركة فرنسية قتل في غارة جوية على المدينة.",
        &[nationality(&["فرنسية"], "FRA")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→FRA")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn co_actors_joined_by_a_head_noun_or_a_list_are_no_targets() {
    // Session 13 random draw: «وطالبت الولايات المتحدة ودول آسيان الصين» made ASEAN the one asked
    // (the و was on «دول»), and «واستنكرت دول مصر، والأردن، وتونس» made Jordan the one condemned.
    let r = run(
        "وطالبت الولايات المتحدة ودول آسيان الصين بوقف انشطتها في بحر الصين الجنوبي.",
        &[
            country(&["الولايات المتحدة"], "USA"),
            org(&["آسيان"], None, "IGOASN"),
            country(&["الصين"], "CHN"),
        ],
    );
    assert!(r.has("100 USA→CHN"), "{:?}", r.lines());
    let r = run(
        "واستنكرت دول مصر، والأردن، وتونس، الجريمة الإرهابية التي استهدفت أمن السعودية.",
        &[
            country(&["مصر"], "EGY"),
            country(&["الأردن"], "JOR"),
            country(&["تونس"], "TUN"),
        ],
    );
    assert!(r.has("111 EGY→-"), "{:?}", r.lines());
}

#[test]
fn thanking_god_is_no_praise() {
    // Session 13 random draw: «وقال: أشكر الله عزوجل على هذا الإنجاز» was a 051 praise by the
    // artist: thanking God is a formula. Thanking the organisation after it stays an event.
    let r = run_with(
        "وقال الجاسر: أشكر الله عزوجل على هذا الإنجاز، وأشكر المنظمة العالمية على ثقتهم.",
        &[unknown_person(&["الجاسر"])],
        &[(
            0,
            "أشكر الله عزوجل على هذا الإنجاز، وأشكر المنظمة العالمية على ثقتهم",
        )],
        &[],
    );
    let triggers: Vec<&str> = r
        .events
        .iter()
        .map(|e| &r.text[e.trigger.clone()])
        .collect();
    assert!(!triggers.contains(&"أشكر"), "{:?}", r.lines());
    assert!(triggers.contains(&"وأشكر"), "{:?}", r.lines());
}

#[test]
fn a_deed_far_from_what_is_done_is_negated() {
    // Session 13 random draw: «في إطار بعيد عن السخرية أو انتقاد زمن ألمانيا الشرقية» (far from
    // mocking or criticising East Germany's time) was a done criticism by Germany.
    let r = run(
        "وكل ذلك في إطار بعيد عن السخرية أو انتقاد زمن ألمانيا الشرقية.",
        &[country(&["ألمانيا"], "DEU")],
    );
    assert!(
        r.events.iter().all(|e| e.mode != Mode::Done),
        "{:?}",
        r.lines()
    );
}

#[test]
fn the_hands_with_bi_introduce_a_passive_agent() {
    // Session 13 random draw: «حيث قتل حوالى ثمانية آلاف مسلم بايدي القوات الصربية» made the Serb
    // forces the ones killed: «بأيدي» (at the hands of) introduces the killers, as «على أيدي» does.
    let r = run(
        "حيث قتل حوالى ثمانية آلاف مسلم بايدي القوات الصربية في يوليو 1995.",
        &[org(&["القوات الصربية"], Some("SRB"), "SRBMIL")],
    );
    assert!(r.has("1823 SRBMIL→-"), "{:?}", r.lines());
}

#[test]
fn one_who_underwent_a_deed_is_its_target() {
    // Session 13 random draw: «تعرض القيادي في حركة فتح العقيد طلال الاردني لاطلاق نار من
    // مجهولين» made the Fatah official the shooter: the subject of «تعرض» underwent the shooting.
    // A deed named only to date what was undergone keeps its own sides.
    let r = run(
        "وقال المصدر إن القيادي في حركة فتح العقيد طلال الاردني تعرض لاطلاق نار من مجهولين.",
        &[
            org(&["حركة فتح"], Some("PSE"), "PSEFTH"),
            unknown_person(&["طلال الاردني"]),
        ],
    );
    assert!(
        r.events
            .iter()
            .any(|e| e.cameo == "193" && e.source.is_none() && e.target.is_some()),
        "{:?}",
        r.lines()
    );
    let r = run(
        "وتعرضت كينيا لسلسلة من هجمات اعلنت حركة الشباب الصومالية المسؤولية عنها.",
        &[
            country(&["كينيا"], "KEN"),
            org(&["حركة الشباب"], Some("SOM"), "IMGMUSSHB"),
        ],
    );
    assert!(r.has("190 IMGMUSSHB→KEN"), "{:?}", r.lines());
    let r = run(
        "وكانت الحكومة التركية تعرضت منذ هجوم سوروتش لانتقادات شديدة.",
        &[org(&["الحكومة التركية"], Some("TUR"), "TURGOV")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→TURGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_indefinite_accusative_of_people_is_no_subject() {
    // Session 13: «اعتقلت الشرطة شابا سعودي الجنسية» made the young Saudi the one who arrested:
    // «شابا» is accusative, the verb's object.
    let r = run(
        "اعتقلت الشرطة شابا سعودي الجنسية أمس.",
        &[org(&["شابا سعودي"], Some("SAU"), "SAUCVL")],
    );
    assert!(r.has("173 -→SAUCVL"), "{:?}", r.lines());
}

#[test]
fn a_name_in_the_topic_is_no_participles_subject() {
    // Session 13 random draw: «وبخصوص أزمة جنوب السودان، طالب أوباما …، داعيا الطرفين» made South
    // Sudan the one calling: the name after «وبخصوص» is the sentence's topic.
    let r = run(
        "وبخصوص أزمة جنوب السودان، طالب أوباما بإنهاء الحرب الأهلية في جنوب السودان، داعيا الطرفين المتحاربين إلى وضع مصلحة بلادهما أولا.",
        &[
            country(&["جنوب السودان"], "SSD"),
            person(&["أوباما"], "USA", "رئيس"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("020 USAGOV→") && l.contains("[داعيا]")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn attributing_is_no_condolence() {
    // Session 13 random draw: «مسؤولي الوزارة عزوا هذه الأزمة إلى عدة أسباب» (attributed the
    // crisis to) was a 018 condolence: «عزوا» is far more often «attributed».
    let r = run(
        "وقال إن مسؤولي الوزارة عزوا هذه الأزمة إلى عدة أسباب.",
        &[org(&["الوزارة"], Some("IRQ"), "IRQGOV")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_name_in_a_relative_clause_on_the_subject_is_no_object() {
    // Session 13 random draw: «كما استهدفت طائرات التحالف، الذي تقوده المملكة، مركبات عسكرية
    // تابعة للحوثيين وقوات الرئيس السابق علي عبدالله صالح» made Saudi Arabia the one targeted: it
    // leads the coalition in a clause between commas; the object stands after them.
    let r = run(
        "كما استهدفت طائرات التحالف، الذي تقوده المملكة، مركبات عسكرية تابعة للحوثيين وقوات الرئيس السابق علي عبدالله صالح في كرش.",
        &[
            org(&["التحالف"], None, "IGOGCC"),
            state_noun(&["المملكة"], "SAU"),
            org(&["للحوثيين"], Some("YEM"), "YEMREBHOU"),
            person(&["علي عبدالله صالح"], "YEM", "رئيس"),
        ],
    );
    assert!(r.has("190 IGOGCC→YEM"), "{:?}", r.lines());
}

#[test]
fn a_hand_after_min_is_no_agent() {
    // Session 13 diff: «استعادة السيطرة على عدة مناطق جديدة من أيدي المليشيات الحوثية» made the
    // Houthis the ones taking control: «من أيدي» is where it was taken from; «على أيدي» names a doer.
    let r = run(
        "حيث تمكنت المقاومة الشعبية أمس من استعادة السيطرة على عدة مدن جديدة من أيدي المليشيات الحوثية.",
        &[
            org(&["المقاومة الشعبية"], Some("YEM"), "YEMMIL"),
            org(&["المليشيات الحوثية"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("192 YEMREBHOU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_meeting_with_someone_as_a_circumstance_is_the_main_subjects() {
    // Session 13 sample: «أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستبدأ قريبا
    // بمحاربة تنظيم داعش في شمال سوريا، خلال لقاء مع نظيره الأميركي جون كيري» had no one meeting
    // Kerry: the meeting after the comma goes with the main clause, whose subject stands before
    // «أن» (not داعش, the nearest name). So does a visit after «في» (في زيارة لمصر).
    let r = run(
        "أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستبدأ قريبا بمحاربة تنظيم داعش في شمال سوريا، خلال لقاء مع نظيره الأميركي جون كيري في ماليزيا.",
        &[
            person(&["وزير الخارجية التركي مولود تشاوش أوغلو"], "TUR", "وزير الخارجية"),
            org(&["تنظيم داعش"], None, "IMGMUSISI"),
            person(&["نظيره الأميركي جون كيري"], "USA", "وزير الخارجية"),
        ],
    );
    assert!(r.has("040 TURGOV→USAGOV"), "{:?}", r.lines());
    let r = run(
        "وصل إلى القاهرة اليوم عبدربه منصور هادي رئيس اليمن قادما من السعودية في زيارة لمصر.",
        &[
            person(&["عبدربه منصور هادي"], "YEM", "رئيس"),
            country(&["مصر"], "EGY"),
        ],
    );
    assert!(r.has("042 YEMGOV→EGY"), "{:?}", r.lines());
}

#[test]
fn a_calling_before_a_name_stands_between_a_verb_and_its_subject() {
    // Session 13 sample: «وناشد الداعية بدر العتيبي الآباء والأمهات» made the preacher the one
    // called on: a calling (الداعية، الفنان، الشاعر) introduces the subject's name as a title does.
    let r = run(
        "وناشد الداعية بدر العتيبي الآباء والأمهات بصيانة الأبناء.",
        &[person(&["بدر العتيبي"], "SAU", "داعية")],
    );
    assert!(
        r.events
            .iter()
            .any(|e| e.source.is_some() && e.target.is_none()),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_directorate_of_a_body_is_the_body() {
    // Session 13 paired check: «دعت مديرية الدفاع المدني بمنطقة جازان، المواطنين» and «ودعا المتحدث
    // الرسمي لمديرية الدفاع المدني …» made civil defence the one called on: its directorate and
    // its spokesman act for it.
    let cd = || org(&["الدفاع المدني"], Some("SAU"), "SAUGOV");
    let r = run(
        "وفي السياق دعت مديرية الدفاع المدني بمنطقة جازان، المواطنين إلى عدم المكوث في بطون الأودية.",
        &[cd()],
    );
    assert!(r.has("020 SAUGOV→-"), "{:?}", r.lines());
    let r = run(
        "ودعا المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير، المواطنين إلى أخذ الحيطة.",
        &[cd()],
    );
    assert!(r.has("020 SAUGOV→-"), "{:?}", r.lines());
}

#[test]
fn a_body_in_the_subjects_title_is_no_target() {
    // Session 13 paired check: «استقبل المستشار في الديوان الملكي المشرف العام على المركز الدكتور
    // عبدالله الربيعة، أمس، وزيرة الإعلام اليمنية» made the Royal Court the one received: it is
    // part of the host's title, after his office.
    let r = run(
        "استقبل المستشار في الديوان الملكي المشرف العام على المركز الدكتور عبدالله الربيعة، أمس، وزيرة الإعلام اليمنية.",
        &[org(&["الديوان الملكي"], Some("SAU"), "SAUGOV")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("→SAUGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_first_person_plural_after_a_preposition_is_no_verbal_noun() {
    // Session 14 sample: «عندما بدأنا بتسيير رحلاتنا إلى الولايات المتحدة» was a condemnation of
    // the United States: «بدأنا» read as ب + دان + the accusative ا, which a preposition never takes.
    let r = run(
        "وقال الرئيس التنفيذي: عندما بدأنا بتسيير رحلاتنا إلى الولايات المتحدة لم نحظ بشهرة.",
        &[country(&["الولايات المتحدة"], "USA")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_bare_form_after_a_governing_noun_is_its_verbal_noun() {
    // Session 14 sample: «خطة طرد قوات الحوثيين» made the Houthis the ones who expel: after
    // خطة، محاولة، عملية the bare form is the verbal noun, its complement the one expelled.
    let r = run(
        "وأعلنت الحكومة خطة طرد قوات الحوثيين من عدن.",
        &[org(&["الحوثيين"], Some("YEM"), "YEMREBHOU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("YEMREBHOU→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_verbal_nouns_complement_before_a_lam_object_is_the_doer() {
    // Session 14 diff: «عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين» lost its doer once
    // the bare form after عمليات became a verbal noun: the one befallen follows after ل.
    let r = run(
        "لا يمكن غض الطرف عن عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين.",
        &[
            country(&["الاحتلال الإسرائيلي"], "ISR"),
            country(&["الفلسطينيين"], "PSE"),
        ],
    );
    assert!(r.has("1712 ISR→PSE"), "{:?}", r.lines());
}

#[test]
fn a_count_before_the_subject_keeps_its_nationality_the_subject() {
    // Session 14 sample: «رفضت عدة قبائل يمنية … إلحاق أبنائها بمليشيات الحوثي» made Yemen the
    // one rejected: a count (عدة) may stand before the noun its nationality qualifies.
    let r = run(
        "كما رفضت عدة قبائل يمنية في الشمال إلحاق أبنائها بمليشيات الحوثي.",
        &[country(&["يمنية"], "YEM")],
    );
    assert!(r.has("120 YEM→-"), "{:?}", r.lines());
}

#[test]
fn a_verb_with_an_object_pronoun_takes_its_subject_after_a_bi_pronoun() {
    // Session 14 sample: «قوات هادي التي تقاتل بأسلحة حديثة زودتها بها دول التحالف» made Hadi's
    // forces the suppliers: with the object on the verb, the name after «بها» is its subject.
    let r = run(
        "قوات هادي التي تقاتل بأسلحة حديثة زودتها بها دول التحالف العربي تسيطر على عدن.",
        &[
            org(&["قوات هادي"], Some("YEM"), "YEMMIL"),
            org(&["التحالف العربي"], None, "IGOGCC"),
        ],
    );
    assert!(r.has("070 IGOGCC→YEMMIL"), "{:?}", r.lines());
}

#[test]
fn a_verb_joined_by_waw_closes_the_target_window_of_the_verb_before() {
    // Session 14 sample: «طلبت الحكومة اليمنية المساعدة ودعمتها السعودية» made Saudi Arabia the
    // one the request went to: it is the subject of the next clause.
    let r = run(
        "رحبت الحكومة اليمنية بالقرار ودعمته السعودية.",
        &[
            org(&["الحكومة اليمنية"], Some("YEM"), "YEMGOV"),
            country(&["السعودية"], "SAU"),
        ],
    );
    assert!(r.has("051 YEMGOV→-"), "{:?}", r.lines());
    assert!(r.has("051 SAU→-"), "{:?}", r.lines());
}

#[test]
fn a_preposition_is_no_count_before_a_subject() {
    // Session 14 diff: «طلبت من نظيري البريطاني» made Britain the one asking once counts could
    // stand before a subject: «من» is in the filler class, but a preposition opens no subject.
    let r = run(
        "وقال الوزير الفرنسي: \"طلبت من نظيري البريطاني دعما إضافيا\".",
        &[
            person(&["الوزير الفرنسي"], "FRA", "وزير"),
            country(&["البريطاني"], "GBR"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("GBR→")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_citys_tribes_are_a_side_between_two() {
    // Session 14 diff: «المعارك … بين قبائل مأرب والميليشيات الحوثية» had no second side: a city
    // is where, not who, but its tribes (a head noun before it) are a side.
    let r = run(
        "تتواصل المعارك والمواجهات الدامية بين قبائل مأرب والميليشيات الحوثية للشهر الرابع.",
        &[
            E {
                city: true,
                ..country(&["مأرب"], "YEM")
            },
            org(&["الميليشيات الحوثية"], Some("YEM"), "YEMREBHOU"),
        ],
    );
    assert!(r.has("190 YEM→YEMREBHOU"), "{:?}", r.lines());
}

#[test]
fn an_arms_embargo_is_a_sanction_not_aid() {
    // Session 14 sample: «الحظر الأممي على تصدير الأسلحة إلى إيران» was military aid to Iran.
    let r = run(
        "والحظر الأممي على تصدير الأسلحة إلى إيران سيبقى لمدة خمس سنوات.",
        &[country(&["إيران"], "IRN")],
    );
    assert!(r.has("163 -→IRN"), "{:?}", r.lines());
    // (an embargo on arming someone sanctions the one named after it)
    let r = run(
        "وقال الناطق: إن قرار حظر تسليح الجيش الليبي هو السبب الأول في تأخير تقدم الجيش.",
        &[org(&["الجيش الليبي"], Some("LBY"), "LBYMIL")],
    );
    assert!(r.has("163 -→LBYMIL"), "{:?}", r.lines());
    // (the chemical weapons watchdog is a name, no embargo)
    let r = run(
        "وكلف الأمين العام ومنظمة حظر الأسلحة الكيماوية في سوريا تشكيل لجنة.",
        &[country(&["سوريا"], "SYR")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn two_sides_before_a_new_circumstance_are_not_its_parties() {
    // Session 14 sample: «حوار بين إيران ودول الخليج بعد توقيع الاتفاق النووي» made Iran sign an
    // agreement with the Gulf states: «بعد» opens a new circumstance.
    let r = run(
        "ودعا لافروف إلى حوار بين إيران ودول الخليج بعد توقيع الاتفاق النووي.",
        &[
            country(&["إيران"], "IRN"),
            org(&["دول الخليج"], None, "IGOGCC"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("057 IRN")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_transfer_verb_before_its_thing_is_passive() {
    // Session 14 sample: «وخصصت الأمانة منطقة …، وزودت بألعاب الأطفال» was aid by the city:
    // with the thing right after it, زُوِّدت is passive.
    let r = run(
        "وخصصت الأمانة السعودية منطقة وادي الألعاب، وزودت بألعاب الأطفال والبرجولات الخشبية.",
        &[country(&["السعودية"], "SAU")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_first_person_form_without_its_preposition_is_an_elative() {
    // Session 14 sample: «تتطلع إلى آفاق مستقبلية أرحب» was a welcome: «أرحب» without ب is
    // «wider» (or the Yemeni district).
    let r = run(
        "وقال محمد يعقوب إن المملكة تتطلع إلى آفاق مستقبلية أرحب في ظل كل المتغيرات.",
        &[
            unknown_person(&["محمد يعقوب"]),
            country(&["المملكة"], "SAU"),
        ],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn idioms_of_choice_collapse_answer_and_anonymity_are_no_events() {
    // Session 14 sample: «حتى وقع عليه الاختيار» was a signing, «انهيار هدنة» a truce, «ردتا على
    // الاتهامات» an accusation by those answering, «من شركة أمريكية يرفض تحديد هويتها» a rejection.
    for text in [
        "وظل يقاتل في صفوف التنظيم في سوريا حتى وقع عليه الاختيار لتنفيذ عملية.",
        "وأدى ذلك إلى انهيار هدنة كانت سارية بين تركيا وحزب العمال الكردستاني.",
        "وأكدت المنظمة أن وزارة الدفاع في تركيا ردتا على الاتهامات.",
        "واتصل به مسؤول من شركة في تركيا يرفض تحديد هويتها.",
    ] {
        let r = run(
            text,
            &[
                country(&["سوريا", "تركيا"], "TUR"),
                org(&["حزب العمال الكردستاني"], Some("TUR"), "TURREBPKK"),
            ],
        );
        assert!(
            r.lines().iter().all(|l| !l.starts_with("057")
                && !l.starts_with("08")
                && !l.starts_with("11")
                && !l.starts_with("12")),
            "{text}: {:?}",
            r.lines()
        );
    }
}

#[test]
fn the_topic_after_amma_is_the_subject_after_faqad() {
    // Session 14 sample: «أما مصر التي باتت تستشعر الخطر بعد … تفجير القنصلية الإيطالية، فقد طلبت
    // من الولايات المتحدة أسلحة» made the Italian consulate the one asking.
    let r = run(
        "أما مصر التي باتت تستشعر الخطر بعد تفجير القنصلية الإيطالية، فقد طلبت من الولايات المتحدة أسلحة إضافية.",
        &[
            country(&["مصر"], "EGY"),
            org(&["القنصلية الإيطالية"], Some("ITA"), "ITAGOV"),
            country(&["الولايات المتحدة"], "USA"),
        ],
    );
    assert!(r.has("020 EGY→USA"), "{:?}", r.lines());
}

#[test]
fn a_capital_after_a_visiting_verb_is_visited() {
    // Session 14 sample: «سوف تزور موغيريني طهران» made Iran the visitor: a capital right after
    // a visiting verb is where the visit goes, as a country's name is.
    let r = run(
        "وعلمت الصحيفة أن موغيريني سوف تزور طهران الثلاثاء.",
        &[E {
            capital: true,
            ..country(&["طهران"], "IRN")
        }],
    );
    assert!(r.has("042 -→IRN"), "{:?}", r.lines());
}

#[test]
fn a_relative_clauses_head_after_a_preposition_is_its_subject() {
    // Session 14 sample: «رفضه للتصريحات … لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة»
    // left the accusation without its accuser: the head right before الذي is the subject, with a
    // preposition on it or not.
    let r = run(
        "أعرب رئيس مجلس الأمة الكويتي عن رفضه للتصريحات غير المسؤولة لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة بدعم الإرهاب.",
        &[
            org(&["مجلس الأمة الكويتي"], Some("KWT"), "KWTLEG"),
            person(&["نائب الرئيس العراقي نوري المالكي"], "IRQ", "نائب الرئيس"),
            country(&["المملكة"], "SAU"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("112 IRQ") && l.contains("→SAU")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn an_honorific_pronoun_after_the_verb_is_its_subject() {
    // Session 14: «وأدان سموه العمل الإرهابي» had no doer and «واستقبل معاليه وزير الخارجية
    // البريطاني» no host: the pronoun is the dignitary that honorific introduced before.
    let r = run(
        "التقى معالي وزير الخارجية عادل الجبير بالسفير الأمريكي. وأكد الجانبان على العلاقات. واستقبل معاليه بعد ذلك وزير الخارجية البريطاني.",
        &[
            person(&["عادل الجبير"], "SAU", "وزير الخارجية"),
            person(&["السفير الأمريكي"], "USA", "سفير"),
            person(&["وزير الخارجية البريطاني"], "GBR", "وزير الخارجية"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("043 SAU") && l.contains("→GBR")),
        "{:?}",
        r.lines()
    );
    // (a prayer for the fallen, the pronoun between, is still no appeal)
    let r = run(
        "وقف الأمير فيصل بن خالد على الموقع. وأشار سموه إلى أن هذا العمل جبان، داعياً سموه للذين استشهدوا بالرحمة والمغفرة.",
        &[person(&["فيصل بن خالد"], "SAU", "أمير")],
    );
    assert!(r.events.is_empty(), "{:?}", r.lines());
}

#[test]
fn a_name_after_a_verb_right_after_a_relative_pronoun_is_its_object() {
    // Session 14 sample: «الصحفي محمد حسنين هيكل الذي هاجم السعودية» made Saudi Arabia the
    // attacker: the clause's subject is its head, the name after the verb its object.
    let r = run(
        "تحدثت خمس مقالات فقط عن الصحفي محمد حسنين هيكل الذي هاجم السعودية.",
        &[country(&["السعودية"], "SAU")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SAU→")),
        "{:?}",
        r.lines()
    );
    // (the head is the subject: المستشارة الألمانية أنجيلا ميركل التي دعت الحكومة التركية)
    let r = run(
        "وبحث داود أوغلو الوضع مع المستشارة الألمانية أنجيلا ميركل التي دعت الحكومة التركية إلى عدم التخلي عن عملية السلام.",
        &[
            person(&["أنجيلا ميركل"], "DEU", "مستشارة"),
            org(&["الحكومة التركية"], Some("TUR"), "TURGOV"),
        ],
    );
    assert!(
        r.lines()
            .iter()
            .any(|l| l.starts_with("020 DEU") && l.contains("→TURGOV")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn sides_told_from_one_side_and_the_other_are_split_there() {
    // Session 14 sample: «اشتباكات بين الحوثيين والقوات الموالية للمخلوع صالح من جهة والمقاومة
    // الشعبية من جهة أخرى» made Saleh's forces the Houthis' enemy: the other side follows
    // «من جهة».
    let r = run(
        "وقالت المصادر إن اشتباكات عنيفة دارت بين الحوثيين وقوات صالح من جهة والمقاومة الشعبية من جهة أخرى.",
        &[
            org(&["الحوثيين"], Some("YEM"), "YEMREBHOU"),
            org(&["قوات صالح"], Some("YEM"), "YEMREB"),
            org(&["المقاومة الشعبية"], Some("YEM"), "YEMMIL"),
        ],
    );
    assert!(r.has("190 YEMREBHOU→YEMMIL"), "{:?}", r.lines());
}

#[test]
fn a_verbal_noun_after_passive_tamma_takes_no_doer_from_before() {
    // Session 14 judged split: «وكانت موغيريني تشير إلى الاتفاق …، الذي تم توقيعه بين إيران
    // ودول مجموعة الست» made Mogherini a party to the deal once she was known: after «تم» the
    // doer is never one named before.
    let r = run(
        "وكانت موغيريني تشير إلى الاتفاق حول البرنامج النووي، الذي تم توقيعه بين إيران ودول مجموعة الست في فيينا.",
        &[
            person(&["موغيريني"], "BEL", "مسؤولة السياسة الخارجية"),
            country(&["إيران"], "IRN"),
        ],
    );
    assert!(
        r.lines().iter().all(|l| !l.starts_with("057 BEL")),
        "{:?}",
        r.lines()
    );
}

#[test]
fn a_plural_possessor_is_no_name_inside_a_prepositional_phrase() {
    // Session 14 diff: «وبعثهم إلى هيئة التحقيق والادعاء العام بعد أن تمكن أحد عشر وافداً ممن تعرضوا
    // لاعتداءاتهم» made the prosecution the assailants: a plural pronoun's possessor is no one
    // something was sent to.
    let r = run(
        "وتم إيداعهم التوقيف وبعثهم إلى هيئة التحقيق والادعاء العام بعد أن تمكن أحد عشر وافداً ممن تعرضوا لاعتداءاتهم من التعرف عليهم.",
        &[org(&["هيئة التحقيق والادعاء العام"], Some("SAU"), "SAUJUD")],
    );
    assert!(
        r.lines().iter().all(|l| !l.contains("SAUJUD→")),
        "{:?}",
        r.lines()
    );
}

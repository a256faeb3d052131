//! Property tests: analysis never panics, and every span maps back to exactly the original chars.

use proptest::prelude::*;
use rasid_analysis::{analyze, fold, fold_with_offsets};

/// Chars that stress the pipeline: Arabic letters, every kind of mark and control, ligatures,
/// digits of three scripts, quotes, terminators, newlines, Latin, emoji, anything.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => prop::sample::select("ابتثجحخدذرزسشصضطظعغفقكلمنهوياأإآٱىةءؤئ".chars().collect::<Vec<_>>()),
        3 => prop::sample::select(vec![' ', ' ', '\n', '\r', '\t', '\u{00A0}', '\u{2029}']),
        2 => prop::sample::select(vec!['\u{064B}', '\u{064E}', '\u{0651}', '\u{0652}', '\u{0654}', '\u{0653}', '\u{0670}', 'ـ', '\u{0301}', '\u{0308}']),
        2 => prop::sample::select(vec!['\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202B}', '\u{2067}', '\u{FEFF}', '\u{00AD}']),
        2 => prop::sample::select("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬".chars().collect::<Vec<_>>()),
        2 => prop::sample::select(".،؛؟!?:«»“”\"'-–—/()…%".chars().collect::<Vec<_>>()),
        1 => prop::sample::select(vec!['\u{FEFB}', '\u{FEF7}', '\u{FDF2}', '\u{FDFA}', '\u{FC5E}', '\u{FE8F}', '\u{FE94}', 'ﬁ', 'Ａ', '²', '½']),
        1 => prop::sample::select("AbcXyzéÉ".chars().collect::<Vec<_>>()),
        1 => any::<char>(),
    ]
}

fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..80).prop_map(|v| v.into_iter().collect())
}

fn chars_of(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn check(text: &str) {
    let a = analyze(text);
    let mut prev_end = 0;
    for t in &a.tokens {
        let slice = &text[t.byte_start..t.byte_end];
        assert!(!slice.is_empty());
        assert_eq!(
            chars_of(text, t.start, t.end),
            slice,
            "token chars vs bytes"
        );
        assert_eq!(
            fold(slice),
            t.norm,
            "fold(token text) == norm for {slice:?}"
        );
        assert!(t.start >= prev_end, "tokens do not overlap");
        prev_end = t.end;
        let parts: Vec<_> = t.parts().iter().collect();
        if let (Some(first), Some(last)) = (parts.first(), parts.last()) {
            assert_eq!((first.start, first.byte_start), (t.start, t.byte_start));
            assert_eq!((last.end, last.byte_end), (t.end, t.byte_end));
            for w in parts.windows(2) {
                assert_eq!(
                    (w[0].end, w[0].byte_end),
                    (w[1].start, w[1].byte_start),
                    "parts are contiguous"
                );
            }
            for p in &parts {
                let ps = &text[p.byte_start..p.byte_end];
                assert!(!ps.is_empty(), "empty part in {slice:?}");
                assert_eq!(chars_of(text, p.start, p.end), ps, "part chars vs bytes");
                assert_eq!(
                    fold(ps),
                    p.norm,
                    "fold(part text) == part norm in {slice:?}"
                );
            }
        }
    }
    let mut next_tok = 0;
    for s in &a.sentences {
        assert_eq!(
            chars_of(text, s.start, s.end),
            &text[s.byte_start..s.byte_end]
        );
        assert_eq!(
            s.tokens.start, next_tok,
            "sentences cover the tokens in order"
        );
        assert!(s.tokens.end > s.tokens.start);
        assert_eq!(a.tokens[s.tokens.start].start, s.start);
        assert_eq!(a.tokens[s.tokens.end - 1].end, s.end);
        next_tok = s.tokens.end;
    }
    assert_eq!(next_tok, a.tokens.len());

    // The streaming API yields exactly the same tokens.
    let mut streamed = Vec::new();
    rasid_analysis::Analyzer::new().for_each_token(text, |t| {
        streamed.push((
            t.start,
            t.end,
            t.byte_start,
            t.byte_end,
            t.kind,
            t.norm.to_string(),
            t.stem.to_string(),
            t.parts()
                .iter()
                .map(|p| (p.start, p.end, p.role, p.norm.to_string()))
                .collect::<Vec<_>>(),
        ));
    });
    let owned: Vec<_> = a
        .tokens
        .iter()
        .map(|t| {
            (
                t.start,
                t.end,
                t.byte_start,
                t.byte_end,
                t.kind,
                t.norm.to_string(),
                t.stem.to_string(),
                t.parts()
                    .iter()
                    .map(|p| (p.start, p.end, p.role, p.norm.to_string()))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(streamed, owned);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_map_back_to_original_chars(text in tricky_text()) {
        check(&text);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn folded_offsets_land_on_char_boundaries(text in tricky_text()) {
        let f = fold_with_offsets(&text);
        prop_assert_eq!(&f.text, &fold(&text));
        for (i, _) in f.text.char_indices() {
            let r = f.original_bytes(i..i + 1);
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            prop_assert!(r.start < r.end);
        }
    }
}

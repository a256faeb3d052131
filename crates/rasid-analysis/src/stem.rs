//! Light stemmer (Larkey et al.'s light10 family) for the base of a word, after clitics are gone.
//!
//! Suffix classes are stripped at most once each, in order: tanween alef / nisba-country `يا`,
//! plural and dual (`ات ون ين ان`), feminine nisba (`ية`), nisba `ي`, ta marbuta `ة`, always
//! leaving three letters. Stripping runs on the orthographic view (ة is not ه, so a root ه is
//! never taken for ta marbuta). `stem_keep.txt` lists nouns that only look suffixed (فلسطين,
//! لبنان); they stop the stemmer. Result: `فلسطين`, `الفلسطينيين`, `للفلسطينيين`,
//! `فلسطينية`, `فلسطيني` all stem to `فلسطين`; `ليبيا`, `الليبي`, `الليبية` to `ليب`.

use crate::fold::View;
use crate::lexicon::Lexicons;

const PLURAL: &[&[char]] = &[&['ا', 'ت'], &['و', 'ن'], &['ي', 'ن'], &['ا', 'ن']];

/// Stem the base `view.chars[a..e]`: returns how many of its chars the stem keeps (the stem is
/// their folded form, a prefix of the base's).
///
/// `before_enclitic`: the base was followed by a pronoun, so a final ت is the ta marbuta of the
/// bare noun (زيارته → زيارة → `زيار`, like زيارة).
pub(crate) fn stem(
    view: &View,
    a: usize,
    e: usize,
    before_enclitic: bool,
    lex: &Lexicons,
) -> usize {
    let v = &view.chars[a..e];
    let mut n = v.len();
    let kept = |n: usize| {
        if !lex.may_contain(v, 0, n) {
            return false;
        }
        let key = view.norm_of(a, a + n);
        // Protected words that keep an initial ال (الذي, التي, السيسي) are pronouns and names,
        // not article + stem: never stemmed either. (ليبيا still stems like الليبي.)
        lex.stem_keep.contains(key) || (key.starts_with("ال") && lex.protected.contains(key))
    };
    if before_enclitic && n >= 4 && v[n - 1].light == 'ت' && v[n - 2].light != 'ا' && !kept(n) {
        // Strip it as ta marbuta, with a nisba ي before it (أهميتها → أهمية → `اهم`).
        n -= if n >= 5 && v[n - 2].light == 'ي' {
            2
        } else {
            1
        };
        return n;
    }
    let ends = |n: usize, s: &[char]| {
        n >= s.len()
            && v[n - s.len()..n]
                .iter()
                .map(|x| x.light)
                .eq(s.iter().copied())
    };
    if n > 3 && !kept(n) {
        'strip: {
            // Country names in يا and adverbs/accusatives in ا (سوريا → سور like السوري,
            // تقييما → تقييم).
            if n >= 5 && ends(n, &['ي', 'ا']) {
                n -= 2;
                break 'strip;
            }
            if n >= 5 && ends(n, &['ا']) && !ends(n, &['ا', 'ا']) {
                n -= 1;
                if kept(n) {
                    break 'strip;
                }
            }
            if n >= 5 {
                if let Some(s) = PLURAL.iter().find(|s| ends(n, s)) {
                    n -= s.len();
                    if kept(n) {
                        break 'strip;
                    }
                }
            }
            if n >= 5 && ends(n, &['ي', 'ة']) {
                n -= 2;
                break 'strip;
            }
            if n >= 4 && ends(n, &['ي']) {
                n -= 1;
                break 'strip;
            }
            if n >= 4 && ends(n, &['ة']) {
                n -= 1;
            }
        }
    }
    n
}

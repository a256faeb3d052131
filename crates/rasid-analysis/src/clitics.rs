//! Clitic segmentation: proclitics (و ف, ب ك ل, س), the article ال, pronoun enclitics.
//!
//! Works on the orthographic view (hamza alefs, ى and ة kept) because the lossy folds create
//! false clitics: `إلى` folds to `الي`, `مدينة` to `مدينه`. Splitting is greedy left to right
//! (conjunction → preposition or future س → article), then one enclitic, each step guarded by
//! (1) a minimum base length (3 letters, 2 for the function words of `function_bases.txt`, 2 after
//! the article) and (2) the protected list: a form listed there (or listed once an enclitic is
//! removed) is a unit, so `ليبيا`, `بين`, `الذي`, `وجه` stay whole.
//!
//! Pronoun ي and ك are never split: in news text final ي is overwhelmingly the nisba adjective
//! (الروسي) and final ك mostly a root letter (ملك, تلك, مبارك).

use crate::fold::View;
use crate::lexicon::Lexicons;
use crate::PartRole;

/// A segment of a word, as a range of view chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seg {
    pub start: usize,
    pub end: usize,
    pub role: PartRole,
}

/// Enclitics tried longest first. ك/كم/كما (second person) are rare in news and ambiguous with
/// root letters, but كم and كما are kept for quoted speech (لكم، عليكم).
const ENCLITICS: &[&[char]] = &[
    &['ه', 'م', 'ا'],
    &['ك', 'م', 'ا'],
    &['ه', 'م'],
    &['ه', 'ن'],
    &['ه', 'ا'],
    &['ك', 'م'],
    &['ن', 'ا'],
    &['ه'],
];

/// Scratch space reused between words.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    key: String,
}

fn is_alef(c: char) -> bool {
    c == 'ا' || c == 'ٱ'
}

/// Segment one Arabic word. Pushes segments covering `0..v.len()` in order into `out`.
pub(crate) fn segment(view: &View, lex: &Lexicons, sc: &mut Scratch, out: &mut Vec<Seg>) {
    let v = &view.chars[..];
    let n = v.len();
    let mut k = 0usize;
    // Split points may not fall inside one original char (ﻻ → ل + ا).
    let can_cut = |i: usize| i == 0 || i >= n || v[i].ci != v[i - 1].ci;
    let letter = |i: usize| v.get(i).map(|x| x.light);

    // Cheap letter test first: most words cannot start with a clitic, so skip the lookups.
    let may_have_proclitic = matches!(
        letter(0),
        Some('و' | 'ف' | 'ب' | 'ك' | 'ل' | 'س' | 'ا' | 'ٱ')
    );
    if n >= 3 && may_have_proclitic && !is_protected(view, 0, lex) {
        // Conjunction.
        if matches!(letter(0), Some('و' | 'ف')) && base_ok(view, 1, lex, sc) && can_cut(1) {
            out.push(Seg {
                start: 0,
                end: 1,
                role: PartRole::Proclitic,
            });
            k = 1;
        }
        // Preposition (with the article's alef elided in لل) or future س.
        let mut article_done = false;
        // Known unprotected at 0; otherwise check once and reuse for the article step.
        let prot_k = k != 0 && is_protected(view, k, lex);
        let checked_k = k;
        if !prot_k {
            match letter(k) {
                Some('ل')
                    if letter(k + 1) == Some('ل')
                        && n - k - 2 >= 2
                        && !protected_with_article(view, k + 1, lex, sc)
                        && can_cut(k + 1)
                        && can_cut(k + 2) =>
                {
                    out.push(Seg {
                        start: k,
                        end: k + 1,
                        role: PartRole::Proclitic,
                    });
                    out.push(Seg {
                        start: k + 1,
                        end: k + 2,
                        role: PartRole::Article,
                    });
                    k += 2;
                    article_done = true;
                }
                // ك ("like") only before the article: elsewhere it is nearly always a root
                // letter (كان، كبير، كرة).
                Some('ب' | 'ل') if base_ok(view, k + 1, lex, sc) && can_cut(k + 1) => {
                    out.push(Seg {
                        start: k,
                        end: k + 1,
                        role: PartRole::Proclitic,
                    });
                    k += 1;
                }
                Some('ك')
                    if letter(k + 1).is_some_and(is_alef)
                        && letter(k + 2) == Some('ل')
                        && n - k - 3 >= 2
                        && can_cut(k + 1) =>
                {
                    out.push(Seg {
                        start: k,
                        end: k + 1,
                        role: PartRole::Proclitic,
                    });
                    k += 1;
                }
                Some('س')
                    if matches!(letter(k + 1), Some('ي' | 'ت' | 'ن' | 'أ'))
                        && n - k > 4
                        && !is_protected(view, k + 1, lex)
                        && can_cut(k + 1) =>
                {
                    out.push(Seg {
                        start: k,
                        end: k + 1,
                        role: PartRole::Proclitic,
                    });
                    k += 1;
                    article_done = true;
                }
                _ => {}
            }
        }
        // Article.
        if !article_done
            && letter(k).is_some_and(is_alef)
            && letter(k + 1) == Some('ل')
            && n - k - 2 >= 2
            && !(if k == checked_k {
                prot_k
            } else {
                is_protected(view, k, lex)
            })
            && can_cut(k + 2)
        {
            out.push(Seg {
                start: k,
                end: k + 2,
                role: PartRole::Article,
            });
            k += 2;
        }
    }

    // Enclitic on the remaining base.
    let mut end = n;
    if n - k >= 3 && matches!(v[n - 1].light, 'ه' | 'ا' | 'م' | 'ن') {
        for e in ENCLITICS {
            let el = e.len();
            if n - k <= el || !v[n - el..].iter().map(|x| x.light).eq(e.iter().copied()) {
                continue;
            }
            if is_protected_exact(view, k, lex) {
                break;
            }
            let base_len = n - k - el;
            // A base ending in alef makes the ه a root letter (اتجاه، مياه، تفاهم).
            if is_alef(v[n - el - 1].light) || !can_cut(n - el) {
                break;
            }
            let short_ok = base_len == 2 && is_function_base(view, k, n - el, lex, sc);
            if base_len >= 3 || short_ok {
                end = n - el;
            }
            break;
        }
    }
    out.push(Seg {
        start: k,
        end,
        role: PartRole::Base,
    });
    if end < n {
        out.push(Seg {
            start: end,
            end: n,
            role: PartRole::Enclitic,
        });
    }
}

/// Is the form `v[k..]` itself protected?
fn is_protected_exact(view: &View, k: usize, lex: &Lexicons) -> bool {
    if !lex.may_contain(&view.chars, k, view.chars.len()) {
        return false;
    }
    let key = view.norm_of(k, view.chars.len());
    lex.protected.contains(key) || lex.no_enclitic.contains(key)
}

/// Is `v[a..b]` a two-letter function word? Compared in the orthographic view: `أن` is one,
/// the `ان` of `كان` is not.
fn is_function_base(view: &View, a: usize, b: usize, lex: &Lexicons, sc: &mut Scratch) -> bool {
    sc.key.clear();
    sc.key.extend(view.chars[a..b].iter().map(|x| x.light));
    lex.function_bases.contains(sc.key.as_str())
}

/// Is the form starting at `k` (as is, or without an enclitic) a protected unit?
fn is_protected(view: &View, k: usize, lex: &Lexicons) -> bool {
    let v = &view.chars[..];
    let n = v.len();
    if k >= n {
        return false;
    }
    let hit = |key: &str| lex.protected.contains(key) || lex.no_proclitic.contains(key);
    if lex.may_contain(v, k, n) && hit(view.norm_of(k, n)) {
        return true;
    }
    for e in ENCLITICS {
        let el = e.len();
        if n - k > el + 1
            && v[n - el..].iter().map(|x| x.light).eq(e.iter().copied())
            && lex.may_contain(v, k, n - el)
            && hit(view.norm_of(k, n - el))
        {
            return true;
        }
    }
    false
}

/// For لل: is `ال` + `v[k+1..]` protected (لله is ل + الله, which stays whole)?
fn protected_with_article(view: &View, k: usize, lex: &Lexicons, sc: &mut Scratch) -> bool {
    sc.key.clear();
    sc.key.push('ا');
    sc.key.push_str(view.norm_of(k, view.chars.len()));
    lex.protected.contains(sc.key.as_str())
}

/// Can a proclitic end at `k`: is `v[k..]` long enough to be a word?
fn base_ok(view: &View, k: usize, lex: &Lexicons, sc: &mut Scratch) -> bool {
    let rest = view.chars.len().saturating_sub(k);
    if rest >= 3 {
        return true;
    }
    if rest == 2 {
        return is_function_base(view, k, view.chars.len(), lex, sc);
    }
    false
}

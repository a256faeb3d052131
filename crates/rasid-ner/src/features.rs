//! Feature extraction: each token becomes a list of 64-bit hashed feature ids.
//!
//! Hashing (rather than a string dictionary) keeps extraction allocation-light and the model
//! file small; collisions among a few hundred thousand features in 2^64 are negligible. The
//! hash is our own FNV-1a so ids are stable across Rust versions and platforms: the shipped
//! model depends on it.

use crate::clusters::Clusters;
use crate::gazetteer::Gazetteer;
use rasid_analysis::fold;

/// Incremental FNV-1a hash of a feature: a template id followed by its parts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fh(u64);

impl Fh {
    pub(crate) fn new(template: u8) -> Fh {
        Fh(0xcbf2_9ce4_8422_2325).u8(template)
    }
    pub(crate) fn u8(self, b: u8) -> Fh {
        Fh((self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    }
    pub(crate) fn u32(self, v: u32) -> Fh {
        v.to_le_bytes().iter().fold(self, |h, &b| h.u8(b))
    }
    pub(crate) fn str(self, s: &str) -> Fh {
        // A separator byte keeps ("ab","c") and ("a","bc") apart.
        s.bytes().fold(self, |h, b| h.u8(b)).u8(0xff)
    }
    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// Leading clitics split off the folded word for the `base` features: conjunctions, then
/// prepositions, then the article. Light and rule-based on purpose: the model only needs a
/// consistent second view of the word, not a correct morphological analysis.
pub(crate) fn strip_clitics(w: &str) -> (&str, &str) {
    let min_rest = 2;
    let chars = |s: &str| s.chars().count();
    let mut rest = w;
    let mut cut = 0usize;
    if let Some(r) = rest.strip_prefix(['و', 'ف']) {
        if chars(r) > min_rest {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    if let Some(r) = rest.strip_prefix("لل") {
        // لل = ل + ال with the alef dropped
        if chars(r) >= min_rest {
            rest = r;
            cut = w.len() - rest.len();
            return (&w[..cut], rest);
        }
    }
    if let Some(r) = rest.strip_prefix(['ب', 'ل', 'ك']) {
        if r.starts_with("ال") && chars(r) > min_rest + 2 {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    if let Some(r) = rest.strip_prefix("ال") {
        if chars(r) >= min_rest {
            rest = r;
            cut = w.len() - rest.len();
        }
    }
    (&w[..cut], rest)
}

/// Coarse shape of a token: Arabic letters, digits, Latin, punctuation, mixed.
pub(crate) fn shape(w: &str) -> &'static str {
    let (mut ar, mut dig, mut lat, mut other) = (false, false, false, false);
    for c in w.chars() {
        if c.is_ascii_digit() {
            dig = true;
        } else if c.is_ascii_alphabetic() {
            lat = true;
        } else if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
            || (('\u{0600}'..='\u{06FF}').contains(&c) && c.is_alphabetic())
        {
            // The letters first: Unicode's alphabetic table search was a tenth of tagging.
            ar = true;
        } else if c.is_alphanumeric() {
            other = true;
        } else {
            return match (ar, dig, lat) {
                (false, false, false) if w.chars().all(|c| !c.is_alphanumeric()) => "P",
                _ => "X",
            };
        }
    }
    match (ar, dig, lat, other) {
        (true, false, false, false) => "A",
        (false, true, false, false) => {
            if w.len() == 4 {
                "D4"
            } else {
                "D"
            }
        }
        (false, false, true, false) => {
            if w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                "Lc"
            } else {
                "L"
            }
        }
        (false, false, false, true) => "O",
        _ => "M",
    }
}

/// Chars in `w`, the byte offset of char `k` from the start (`head[k]`) and of the `k`-th char
/// from the end (`tail[k]`), for `k ≤ 4`: the affix features' slices, without allocating.
fn affix_bounds(w: &str) -> (usize, [usize; 5], [usize; 5]) {
    let mut head = [w.len(); 5];
    let mut nc = 0;
    for (k, (b, _)) in w.char_indices().enumerate() {
        if k < 5 {
            head[k] = b;
        }
        nc = k + 1;
    }
    let mut tail = [0; 5];
    for (k, (b, _)) in w.char_indices().rev().take(4).enumerate() {
        tail[k + 1] = b;
    }
    (nc, head, tail)
}

/// Per-token views computed once per sentence, shared by the features of neighbours.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub(crate) folded: Vec<String>,
    base: Vec<(usize, usize)>,
    clus: Vec<Option<(u32, u8)>>,
    freq: Vec<u8>,
    shape: Vec<&'static str>,
    pub(crate) gaz: Vec<u8>,
}

impl Prepared {
    pub(crate) fn new(tokens: &[&str], clusters: &Clusters, gaz: &Gazetteer) -> Prepared {
        let folded: Vec<String> = tokens
            .iter()
            .map(|t| {
                let f = fold(t);
                if f.is_ascii() {
                    f.to_ascii_lowercase()
                } else {
                    f
                }
            })
            .collect();
        let base = folded
            .iter()
            .map(|f| {
                let (p, _) = strip_clitics(f);
                (p.len(), f.len())
            })
            .collect::<Vec<_>>();
        let mut clus = Vec::with_capacity(folded.len());
        let mut freq = Vec::with_capacity(folded.len());
        for (f, &(p, _)) in folded.iter().zip(&base) {
            let hit = clusters
                .get(f)
                .or_else(|| if p > 0 { clusters.get(&f[p..]) } else { None });
            clus.push(hit.map(|e| (e.path, e.depth)));
            freq.push(hit.map_or(0, |e| e.freq_bucket));
        }
        let gaz = gaz.mark(&folded);
        let shape = folded.iter().map(|f| shape(f)).collect();
        Prepared {
            folded,
            base,
            clus,
            freq,
            shape,
            gaz,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.folded.len()
    }

    pub(crate) fn base(&self, i: usize) -> &str {
        &self.folded[i][self.base[i].0..]
    }

    fn procl(&self, i: usize) -> &str {
        &self.folded[i][..self.base[i].0]
    }

    /// Appends the hashed features of token `i` to `out`.
    pub(crate) fn features(&self, i: usize, out: &mut Vec<u64>) {
        let n = self.len();
        let w = |j: isize| -> &str {
            let k = i as isize + j;
            if k < 0 {
                "<s>"
            } else if k as usize >= n {
                "</s>"
            } else {
                &self.folded[k as usize]
            }
        };
        let b = |j: isize| -> &str {
            let k = i as isize + j;
            if k < 0 {
                "<s>"
            } else if k as usize >= n {
                "</s>"
            } else {
                self.base(k as usize)
            }
        };
        let w0 = w(0);
        let base0 = b(0);
        out.push(Fh::new(0).finish());
        out.push(Fh::new(1).str(w0).finish());
        out.push(Fh::new(2).str(base0).finish());
        out.push(Fh::new(3).str(self.procl(i)).finish());
        // Char-boundary byte offsets, so affixes are slices rather than new strings.
        let (nc, wh, wt) = affix_bounds(w0);
        let (nb, bh, bt) = affix_bounds(base0);
        for k in 1..=4usize {
            if nc > k {
                out.push(Fh::new(4).u8(k as u8).str(&w0[..wh[k]]).finish());
                out.push(Fh::new(5).u8(k as u8).str(&w0[wt[k]..]).finish());
            }
            if k <= 3 && nb > k && nb != nc {
                out.push(Fh::new(6).u8(k as u8).str(&base0[..bh[k]]).finish());
                out.push(Fh::new(7).u8(k as u8).str(&base0[bt[k]..]).finish());
            }
        }
        let sh = self.shape[i];
        out.push(Fh::new(8).str(sh).finish());
        out.push(Fh::new(9).u8(nc.min(12) as u8).finish());
        out.push(Fh::new(10).u8(self.freq[i]).finish());
        out.push(Fh::new(11).str(w(-1)).finish());
        out.push(Fh::new(12).str(w(1)).finish());
        out.push(Fh::new(13).str(w(-2)).finish());
        out.push(Fh::new(14).str(w(2)).finish());
        out.push(Fh::new(15).str(b(-1)).finish());
        out.push(Fh::new(16).str(b(1)).finish());
        out.push(Fh::new(17).str(w(-1)).str(w0).finish());
        out.push(Fh::new(18).str(w0).str(w(1)).finish());
        let shp = if i > 0 { self.shape[i - 1] } else { "<s>" };
        let shn = if i + 1 < n { self.shape[i + 1] } else { "</s>" };
        out.push(Fh::new(19).str(sh).str(shp).finish());
        out.push(Fh::new(28).str(sh).str(shn).finish());
        out.push(Fh::new(29).str(shp).str(sh).str(shn).finish());
        // Word clusters at several depths: short prefixes generalise, long ones discriminate.
        let clus_feat = |t: u8, j: isize, depths: &[u8], out: &mut Vec<u64>| {
            let k = i as isize + j;
            if k < 0 || k as usize >= n {
                out.push(Fh::new(t).u8(0xfe).finish());
                return;
            }
            match self.clus[k as usize] {
                Some((path, depth)) => {
                    for &d in depths {
                        let d = d.min(depth);
                        out.push(Fh::new(t).u8(d).u32(path >> (depth - d)).finish());
                    }
                }
                None => out.push(Fh::new(t).u8(0xff).finish()),
            }
        };
        clus_feat(20, 0, &[2, 4, 6, 8, 10, 12, 14, 16], out);
        clus_feat(21, -1, &[4, 8, 12], out);
        clus_feat(22, 1, &[4, 8, 12], out);
        clus_feat(23, -2, &[6], out);
        clus_feat(24, 2, &[6], out);
        // Gazetteer membership (type and B/I position) of this token and its neighbours.
        let g = self.gaz[i];
        out.push(Fh::new(25).u8(g).finish());
        if i > 0 {
            out.push(Fh::new(26).u8(self.gaz[i - 1]).u8(g).finish());
        }
        if i + 1 < n {
            out.push(Fh::new(27).u8(self.gaz[i + 1]).u8(g).finish());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_conjunction_preposition_article() {
        assert_eq!(strip_clitics("وبالقاهره"), ("وبال", "قاهره"));
        assert_eq!(strip_clitics("للحمله"), ("لل", "حمله"));
        assert_eq!(strip_clitics("القسطنطينيه"), ("ال", "قسطنطينيه"));
        // Too short to carry a clitic: left alone.
        assert_eq!(strip_clitics("وهو"), ("", "وهو"));
        assert_eq!(strip_clitics("بغداد"), ("", "بغداد"));
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("مصر"), "A");
        assert_eq!(shape("1945"), "D4");
        assert_eq!(shape("12"), "D");
        assert_eq!(shape("NATO"), "Lc");
        assert_eq!(shape("،"), "P");
        assert_eq!(shape("F-16"), "X");
    }

    #[test]
    fn features_are_deterministic_and_context_sensitive() {
        let c = Clusters::default();
        let g = Gazetteer::default();
        let p = Prepared::new(&["زار", "أوباما", "القاهرة"], &c, &g);
        let q = Prepared::new(&["زار", "أوباما", "القاهرة"], &c, &g);
        let r = Prepared::new(&["قال", "أوباما", "القاهرة"], &c, &g);
        let (mut a, mut b, mut d) = (Vec::new(), Vec::new(), Vec::new());
        p.features(1, &mut a);
        q.features(1, &mut b);
        r.features(1, &mut d);
        assert_eq!(a, b);
        assert_ne!(a, d);
        // Folding: hamza forms of alef give the same word feature.
        let s = Prepared::new(&["اوباما"], &c, &g);
        let mut e = Vec::new();
        s.features(0, &mut e);
        assert_eq!(a[1], e[1]);
    }
}

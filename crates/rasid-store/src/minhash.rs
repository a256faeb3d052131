//! Near-duplicate detection: MinHash signatures over word shingles + LSH banding.
//!
//! Agencies' stories are republished by many outlets with small edits (a different lead line,
//! a dropped paragraph, different diacritics or alef forms). Words are folded with
//! [`rasid_analysis::fold`] so spelling variants do not matter, then grouped in overlapping
//! [`SHINGLE`]-word shingles. Two documents whose shingle sets have Jaccard similarity `J`
//! agree on each MinHash slot with probability `J`; banding ([`BANDS`] × [`ROWS`]) makes pairs
//! with `J ≳ 0.5` collide in at least one band with high probability, and candidates are then
//! verified on the full signature ([`THRESHOLD`]).

use std::collections::HashMap;

/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Number of MinHash slots in a signature.
pub const NUM_HASHES: usize = 64;
/// LSH bands; `BANDS * ROWS == NUM_HASHES`.
pub const BANDS: usize = 16;
/// Slots per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Estimated Jaccard similarity at or above which two documents are the same story.
pub const THRESHOLD: f64 = 0.5;
/// Documents with fewer shingles get no signature: very short texts collide by chance.
pub const MIN_SHINGLES: usize = 8;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u32; NUM_HASHES]);

/// SplitMix64 finaliser: a cheap, well-mixed 64-bit hash step.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a over bytes then mixed: stable across runs and platforms (signatures are stored).
fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// The per-slot permutations `h ↦ a·h + b (mod 2⁶⁴)` with odd `a` (a bijection), top 32 bits kept.
fn coefficients() -> &'static [(u64, u64); NUM_HASHES] {
    static C: std::sync::OnceLock<[(u64, u64); NUM_HASHES]> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let mut c = [(0u64, 0u64); NUM_HASHES];
        for (i, slot) in c.iter_mut().enumerate() {
            let a = mix(0x9e37_79b9_7f4a_7c15 ^ (i as u64 * 2 + 1)) | 1;
            let b = mix(0x2545_f491_4f6c_dd1d ^ (i as u64 * 2 + 2));
            *slot = (a, b);
        }
        c
    })
}

/// `char::is_alphanumeric` with the ASCII and Arabic letters answered before Unicode's table
/// search (which was most of the shingling time).
fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric(),
    }
}

/// Hashes of the folded word shingles of a text (duplicates kept; they do not change a MinHash).
pub fn shingle_hashes(text: &str) -> Vec<u64> {
    let folded = rasid_analysis::fold(text);
    let words: Vec<u64> = folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| hash_bytes(w.as_bytes()))
        .collect();
    if words.len() < SHINGLE {
        return Vec::new();
    }
    words
        .windows(SHINGLE)
        .map(|w| w.iter().fold(0u64, |acc, &h| mix(acc.rotate_left(17) ^ h)))
        .collect()
}

impl Signature {
    /// The signature of a text, or `None` when it is too short to compare reliably.
    pub fn of_text(text: &str) -> Option<Signature> {
        let hs = shingle_hashes(text);
        let distinct: std::collections::HashSet<u64> = hs.iter().copied().collect();
        if distinct.len() < MIN_SHINGLES {
            return None;
        }
        let coef = coefficients();
        let mut sig = [u32::MAX; NUM_HASHES];
        for h in distinct {
            for (s, &(a, b)) in sig.iter_mut().zip(coef.iter()) {
                let v = (a.wrapping_mul(h).wrapping_add(b) >> 32) as u32;
                if v < *s {
                    *s = v;
                }
            }
        }
        Some(Signature(sig))
    }

    /// Estimated Jaccard similarity: the share of equal slots.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let eq = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        eq as f64 / NUM_HASHES as f64
    }

    /// One bucket key per band (band index mixed in, so bands never share buckets).
    pub fn band_keys(&self) -> [u64; BANDS] {
        let mut keys = [0u64; BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let mut h = mix(band as u64 + 1);
            for &v in &self.0[band * ROWS..(band + 1) * ROWS] {
                h = mix(h ^ u64::from(v));
            }
            *key = h;
        }
        keys
    }

    /// Little-endian bytes, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Inverse of [`Signature::to_bytes`]; `None` on a wrong length.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != NUM_HASHES * 4 {
            return None;
        }
        let mut sig = [0u32; NUM_HASHES];
        for (s, chunk) in sig.iter_mut().zip(b.chunks_exact(4)) {
            *s = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        Some(Signature(sig))
    }
}

/// In-memory LSH index over stored signatures, keyed by the store's document key.
#[derive(Debug, Default)]
pub struct LshIndex {
    buckets: HashMap<u64, Vec<i64>>,
    sigs: HashMap<i64, Signature>,
}

impl LshIndex {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.sigs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sigs.is_empty()
    }

    pub fn insert(&mut self, key: i64, sig: Signature) {
        for k in sig.band_keys() {
            self.buckets.entry(k).or_default().push(key);
        }
        self.sigs.insert(key, sig);
    }

    /// Stored documents similar to `sig` (verified on the whole signature), best first.
    pub fn query(&self, sig: &Signature) -> Vec<(i64, f64)> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for k in sig.band_keys() {
            let Some(keys) = self.buckets.get(&k) else {
                continue;
            };
            for &key in keys {
                if !seen.insert(key) {
                    continue;
                }
                if let Some(other) = self.sigs.get(&key) {
                    let s = sig.similarity(other);
                    if s >= THRESHOLD {
                        out.push((key, s));
                    }
                }
            }
        }
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "أعلن وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين أن بلاده مستعدة \
        لتعزيز التعاون مع الجزائر في مجالات الطاقة والدفاع والتجارة، وذلك خلال مؤتمر صحفي \
        مشترك مع نظيره الجزائري في العاصمة موسكو بعد محادثات استمرت ساعتين تناولت الأوضاع \
        في ليبيا ومالي ومنطقة الساحل والصحراء والقضية الفلسطينية.";

    #[test]
    fn identical_texts_have_similarity_one() {
        let a = Signature::of_text(STORY).unwrap();
        let b = Signature::of_text(STORY).unwrap();
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn spelling_variants_and_harakat_do_not_matter() {
        let variant = STORY
            .replace("أعلن", "اعلن")
            .replace("الخارجية", "الخارجيّة")
            .replace("ة", "ه");
        let a = Signature::of_text(STORY).unwrap();
        let b = Signature::of_text(&variant).unwrap();
        assert_eq!(a.similarity(&b), 1.0);
    }

    #[test]
    fn syndicated_copy_with_a_new_lead_is_found_by_lsh() {
        let copy = format!("موسكو - وكالات: {STORY} وأضاف أن الزيارة تأتي في إطار التشاور الدوري.");
        let mut ix = LshIndex::new();
        ix.insert(1, Signature::of_text(STORY).unwrap());
        let other = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج \
            بمقدار مليون برميل يوميا اعتبارا من الشهر المقبل، وسط توقعات بتعافي الطلب في آسيا.";
        ix.insert(2, Signature::of_text(other).unwrap());
        let hits = ix.query(&Signature::of_text(&copy).unwrap());
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0].0, 1);
        assert!(hits[0].1 >= THRESHOLD);
    }

    #[test]
    fn short_texts_get_no_signature() {
        assert!(Signature::of_text("قال لافروف نعم").is_none());
        assert!(Signature::of_text("").is_none());
    }

    #[test]
    fn bytes_round_trip() {
        let a = Signature::of_text(STORY).unwrap();
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }

    #[test]
    fn estimate_tracks_true_jaccard() {
        // Two word lists sharing a known fraction of shingles: the estimate stays near it.
        let words: Vec<String> = (0..400).map(|i| format!("كلمة{i}")).collect();
        let a = words[..300].join(" ");
        let b = words[100..].join(" ");
        // shingles: a has 298, b has 298, shared 198 → J = 198 / 398 ≈ 0.497
        let s = Signature::of_text(&a)
            .unwrap()
            .similarity(&Signature::of_text(&b).unwrap());
        assert!((s - 0.497).abs() < 0.2, "estimate {s}");
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_is_symmetric(a in "\\PC{0,300}", b in "\\PC{0,300}") {
            if let (Some(x), Some(y)) = (Signature::of_text(&a), Signature::of_text(&b)) {
                proptest::prop_assert_eq!(x.similarity(&y), y.similarity(&x));
            }
        }
    }
}

//! A direct-mapped cache of analysed word forms.
//!
//! News text is Zipfian: a few thousand forms (في، من، الرئيس…) make most tokens, and the
//! analysis of a token depends only on its text. So the analyser keeps the result of each short
//! form (norm, stem and parts, whose offsets are relative to the token) in a fixed table indexed by a
//! hash of the original bytes, and a repeated form costs one hash and one compare instead of
//! folding, segmenting and stemming again. Fixed size, no allocation: a colliding form simply
//! replaces the slot's entry.
//!
//! Every write gets a stamp unique in the whole process (drawn in blocks from one counter), so a
//! stamp names one analysed form: tokens carry it as their [`crate::WordId`], and later stages
//! key their own per-word memos on it instead of hashing the word again.

use crate::parts::Cuts;
use crate::{CompactString, TokenKind};
use std::hash::Hasher;
use std::sync::atomic::{AtomicU32, Ordering};

/// Longest original form cached, in bytes (15 Arabic letters): longer tokens are rare and
/// are analysed each time.
pub(crate) const MAX_KEY: usize = 30;
/// Most slots (a power of two): enough for the frequent forms of news text (86% of tokens hit
/// on SaudiNewsNet).
const MAX_SLOTS: usize = 1 << 16;
/// Slots of a new cache: a short-lived analyser should not pay for clearing megabytes. The
/// table doubles (starting empty again) each time it has missed as many times as it has slots.
const MIN_SLOTS: usize = 1 << 10;

/// Two cache lines: key, stamp and norm in the first (all a hit needs for `fold`-like use),
/// stem and parts in the second.
#[derive(Debug, Clone)]
#[repr(C, align(64))]
pub(crate) struct Entry {
    key: [u8; MAX_KEY],
    /// 0: empty slot (tokens are never empty).
    key_len: u8,
    kind: TokenKind,
    arabic: bool,
    /// When the entry was written (see [`WordCache::unchanged`]); 0 for an empty slot. Unique in
    /// the process (see [`next_stamp`]); below [`LOCAL_STAMPS`] it is also the entry's word id.
    stamp: u32,
    pub norm: CompactString,
    pub stem: CompactString,
    pub cuts: Cuts,
}

#[derive(Debug, Default)]
pub(crate) struct WordCache {
    /// Allocated on first use; the length is a power of two.
    slots: Vec<Entry>,
    /// Misses since the table last grew.
    misses: usize,
    /// The stamps this cache may still hand out: `next..end`, taken from [`next_stamp`].
    next: u32,
    end: u32,
}

/// Stamps from here on are per-cache only (not word ids): used once the process has written
/// 2³¹ entries (≈ 90 GB of news text), so stamps stay correct after the ids run out.
const LOCAL_STAMPS: u32 = 1 << 31;
/// Stamps taken from the shared counter at a time: one atomic operation per this many writes.
const STAMP_BLOCK: u32 = 1 << 12;
/// The first stamp of the next block (stamps start at 1: 0 marks an empty slot).
static NEXT_BLOCK: AtomicU32 = AtomicU32::new(1);

impl WordCache {
    #[inline]
    fn slot_of(&self, key: &[u8]) -> usize {
        let mut h = rustc_hash::FxHasher::default();
        h.write(key);
        h.finish() as usize & (self.slots.len() - 1)
    }
}

impl WordCache {
    /// The slot holding the analysis of `key` and the slot's stamp, if cached.
    #[inline]
    pub fn get(&self, key: &[u8], kind: TokenKind, arabic: bool) -> Option<(usize, u32)> {
        if key.len() > MAX_KEY || self.slots.is_empty() {
            return None;
        }
        let i = self.slot_of(key);
        let e = &self.slots[i];
        (usize::from(e.key_len) == key.len()
            && e.kind == kind
            && e.arabic == arabic
            && &e.key[..key.len()] == key)
            .then_some((i, e.stamp))
    }

    /// Does slot `i` still hold what it held when [`Self::get`] returned `stamp`? Each write
    /// gets a new stamp, so a lookup made earlier stays valid without comparing keys again.
    #[inline]
    pub fn unchanged(&self, i: usize, stamp: u32) -> bool {
        self.slots.get(i).is_some_and(|e| e.stamp == stamp)
    }

    #[inline]
    pub fn entry(&self, i: usize) -> &Entry {
        &self.slots[i]
    }

    /// The word id of the form in slot `i` (`None` once the process ran out of ids).
    #[inline]
    pub fn word_id(&self, i: usize) -> Option<crate::WordId> {
        let stamp = self.slots[i].stamp;
        if stamp < LOCAL_STAMPS {
            std::num::NonZeroU32::new(stamp).map(crate::WordId)
        } else {
            None
        }
    }

    /// A stamp never given before in this process while ids last, then one unique in this
    /// cache (wrapping within the local range: a text never writes 2³¹ entries).
    fn next_stamp(&mut self) -> u32 {
        if self.next == self.end {
            let block = NEXT_BLOCK
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| {
                    (b < LOCAL_STAMPS).then(|| b + STAMP_BLOCK)
                })
                .ok()
                .filter(|&b| b < LOCAL_STAMPS);
            (self.next, self.end) = match block {
                Some(b) => (b, b + STAMP_BLOCK),
                None => (LOCAL_STAMPS, u32::MAX),
            };
        }
        let stamp = self.next;
        self.next += 1;
        stamp
    }

    /// Store the analysis of `key` and return its slot (`None` if the key is too long).
    pub fn put(
        &mut self,
        key: &[u8],
        kind: TokenKind,
        arabic: bool,
        norm: &str,
        stem: &str,
        cuts: &Cuts,
    ) -> Option<usize> {
        if key.len() > MAX_KEY {
            return None;
        }
        self.misses += 1;
        let n = self.slots.len();
        if n == 0 || (self.misses > n && n < MAX_SLOTS) {
            let empty = Entry {
                key: [0; MAX_KEY],
                key_len: 0,
                kind: TokenKind::Word,
                arabic: false,
                stamp: 0,
                norm: CompactString::default(),
                stem: CompactString::default(),
                cuts: Cuts::NONE,
            };
            self.slots = vec![empty; (2 * n).max(MIN_SLOTS)];
            self.misses = 0;
        }
        let i = self.slot_of(key);
        let stamp = self.next_stamp();
        let e = &mut self.slots[i];
        e.key[..key.len()].copy_from_slice(key);
        e.key_len = key.len() as u8;
        e.kind = kind;
        e.arabic = arabic;
        e.stamp = stamp;
        e.norm.clear();
        e.norm.push_str(norm);
        e.stem.clear();
        e.stem.push_str(stem);
        e.cuts.clone_from(cuts);
        Some(i)
    }
}

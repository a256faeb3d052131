//! Per-stage time, summed over all worker threads, collected only when `RASID_TIMINGS` is set.
//!
//! Why: whole-corpus speed work needs to know where the time goes without a profiler; when the
//! variable is unset a stage costs one relaxed atomic load, and no clock is read.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::time::Instant;

/// The timed stages, in pipeline order (extraction stages, then the CLI's own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Analysis,
    Ner,
    Entities,
    Dates,
    Quotes,
    Events,
    Assemble,
    /// Reading and decoding the input (gzip, JSON, HTML …).
    Read,
    /// Serialising records (`rasid extract`).
    Output,
    /// Store writes (`rasid ingest`): one SQLite transaction per batch.
    Store,
    /// Search index catch-up (`rasid ingest`).
    Index,
}

const STAGES: [Stage; 11] = [
    Stage::Analysis,
    Stage::Ner,
    Stage::Entities,
    Stage::Dates,
    Stage::Quotes,
    Stage::Events,
    Stage::Assemble,
    Stage::Read,
    Stage::Output,
    Stage::Store,
    Stage::Index,
];

impl Stage {
    fn name(self) -> &'static str {
        match self {
            Stage::Analysis => "analysis",
            Stage::Ner => "ner",
            Stage::Entities => "entities",
            Stage::Dates => "dates",
            Stage::Quotes => "quotes",
            Stage::Events => "events",
            Stage::Assemble => "assemble",
            Stage::Read => "read",
            Stage::Output => "output",
            Stage::Store => "store",
            Stage::Index => "index",
        }
    }
}

static NANOS: [AtomicU64; STAGES.len()] = [const { AtomicU64::new(0) }; STAGES.len()];
/// 0 = not yet read from the environment, 1 = off, 2 = on.
static STATE: AtomicU8 = AtomicU8::new(0);

/// Is `RASID_TIMINGS` set (to anything but `0` or empty)?
pub fn enabled() -> bool {
    match STATE.load(Ordering::Relaxed) {
        1 => false,
        2 => true,
        _ => {
            let on = std::env::var_os("RASID_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0");
            STATE.store(if on { 2 } else { 1 }, Ordering::Relaxed);
            on
        }
    }
}

/// Runs `f`, adding its wall time to `stage` when timings are enabled.
pub fn time<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let t = Instant::now();
    let out = f();
    add(stage, t);
    out
}

/// Adds the time elapsed since `since` to `stage` (no-op when timings are disabled).
pub fn add(stage: Stage, since: Instant) {
    if enabled() {
        let ns = u64::try_from(since.elapsed().as_nanos()).unwrap_or(u64::MAX);
        NANOS[stage as usize].fetch_add(ns, Ordering::Relaxed);
    }
}

/// One line per stage that took any time: `name seconds`, summed over threads.
pub fn report() -> String {
    let mut out = String::new();
    for s in STAGES {
        let ns = NANOS[s as usize].load(Ordering::Relaxed);
        if ns > 0 {
            out.push_str(&format!(
                "timing {:<9} {:>8.2} s\n",
                s.name(),
                ns as f64 / 1e9
            ));
        }
    }
    out
}

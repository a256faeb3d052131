//! CoNLL-style evaluation: entity-level exact-span micro precision, recall and F1.

use crate::model::Model;
use crate::tags::{spans, NerKind, Tag};
use crate::train::{predict_all, Sentence};
use serde::Serialize;
use std::collections::HashSet;

/// Scores of one entity type (or of all, for `overall`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TypeScore {
    pub kind: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Gold entities.
    pub support: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl TypeScore {
    fn new(kind: &str, gold: usize, predicted: usize, correct: usize) -> TypeScore {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (ratio(correct, predicted), ratio(correct, gold));
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        TypeScore {
            kind: kind.into(),
            precision: p,
            recall: r,
            f1,
            support: gold,
            predicted,
            correct,
        }
    }
}

/// Evaluation of a tagger on annotated sentences.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub per_type: Vec<TypeScore>,
    pub overall: TypeScore,
    pub sentences: usize,
    pub tokens: usize,
}

/// Compares predicted to gold tag sequences (same lengths).
pub fn score(gold: &[Vec<Tag>], pred: &[Vec<Tag>]) -> Report {
    let mut g = [0usize; 4];
    let mut p = [0usize; 4];
    let mut c = [0usize; 4];
    let mut tokens = 0;
    for (gs, ps) in gold.iter().zip(pred) {
        tokens += gs.len();
        let gsp = spans(gs);
        let psp: HashSet<_> = spans(ps).into_iter().collect();
        for &(_, _, k) in &gsp {
            g[k as usize] += 1;
        }
        for &(_, _, k) in &psp {
            p[k as usize] += 1;
        }
        for s in &gsp {
            if psp.contains(s) {
                c[s.2 as usize] += 1;
            }
        }
    }
    let per_type = NerKind::ALL
        .iter()
        .map(|&k| TypeScore::new(k.as_str(), g[k as usize], p[k as usize], c[k as usize]))
        .collect();
    let overall = TypeScore::new("overall", g.iter().sum(), p.iter().sum(), c.iter().sum());
    Report {
        per_type,
        overall,
        sentences: gold.len(),
        tokens,
    }
}

/// Tags `sents` with `model` and scores against their gold tags.
pub fn evaluate(model: &Model, sents: &[Sentence]) -> Report {
    let pred = predict_all(model, sents);
    let gold: Vec<Vec<Tag>> = sents.iter().map(|s| s.tags.clone()).collect();
    score(&gold, &pred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_span_micro_f1() {
        let per = NerKind::Per;
        let loc = NerKind::Loc;
        let gold = vec![vec![Tag::B(per), Tag::I(per), Tag::O, Tag::B(loc)]];
        // PER span too short (wrong), LOC right.
        let pred = vec![vec![Tag::B(per), Tag::O, Tag::O, Tag::B(loc)]];
        let r = score(&gold, &pred);
        assert_eq!(r.overall.correct, 1);
        assert_eq!(r.overall.support, 2);
        assert!((r.overall.f1 - 0.5).abs() < 1e-9);
        assert_eq!(r.per_type[1].f1, 1.0);
        assert_eq!(r.per_type[0].f1, 0.0);
    }
}

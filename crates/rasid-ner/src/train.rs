//! Training: a structured averaged perceptron (the shipped model) or a linear-chain CRF,
//! both over the constrained IOB2 lattice of the decoder.
//!
//! The CRF with softmax-margin costs gains 5 F1 on AQMAR dev over the perceptron but only
//! 0.6 on test, and its names in news are worse (README): the shipped model stays the
//! perceptron's. Both train in seconds on the ~37k-token split.

use crate::clusters::{Clusters, Rng};
use crate::doc::DocStats;
use crate::eval::Report;
use crate::features::Prepared;
use crate::gazetteer::Gazetteer;
use crate::model::{viterbi, IdMap, Layer, Model, Transitions};
use crate::tags::{spans, Tag, N_TAGS};
use crate::{Error, Result};
use std::io::BufRead;

/// One annotated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<Tag>,
}

/// Reads CoNLL: `token TAG` per line (whitespace-separated, tag last), blank line between
/// sentences.
pub fn read_conll(r: impl BufRead) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
    };
    for (n, line) in r.lines().enumerate() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        tokens: Vec::new(),
                        tags: Vec::new(),
                    },
                ));
            }
            continue;
        }
        let (tok, tag) = line
            .rsplit_once(char::is_whitespace)
            .ok_or_else(|| Error::Format(format!("line {}: expected `token TAG`", n + 1)))?;
        let tag = Tag::parse(tag)
            .ok_or_else(|| Error::Format(format!("line {}: unknown tag {tag:?}", n + 1)))?;
        cur.tokens.push(tok.trim().to_string());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Knobs of [`train`]; the defaults build the shipped model.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Training-set gazetteer built by jackknife over this many folds, so each sentence
    /// sees only names from other folds (as at run time, where names are partly new).
    pub gazetteer_folds: usize,
    /// Weights below this fraction of the largest are not saved. The CRF gives every feature
    /// seen in training a weight: 0.1 keeps its tagging within 7% of the perceptron's time
    /// for −0.2 F1 on dev (0 costs 25%).
    pub prune: f32,
    /// Cost-augmented decoding in training: every wrong tag gets this bonus, so updates
    /// also happen when the gold path wins by less than a margin.
    pub margin: f32,
    /// Extra cost of tagging O where the gold has an entity (recall-oriented learning,
    /// after Mohit et al. 2012, the AQMAR authors).
    pub recall_cost: f32,
    /// Train the second, document-level layer.
    pub document_layer: bool,
    /// What the weights are fitted to.
    pub objective: Objective,
    /// Partly labelled sentences (distant supervision), used by the CRF only.
    pub silver: Vec<Partial>,
    /// Weight of a silver sentence's gradient against a gold one's.
    pub silver_weight: f32,
}

/// A partly labelled sentence: for each token, the set of tags it may have (bit `t` = tag
/// index `t`). The CRF maximises the probability of all paths through the allowed tags, so
/// a name matched from a lexicon teaches its bounds without claiming the rest of the
/// sentence is O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partial {
    pub tokens: Vec<String>,
    pub allowed: Vec<u16>,
}

/// Any tag.
pub const ANY_TAG: u16 = (1 << N_TAGS) - 1;

/// Training objective of a layer. Both give the same kind of layer (weights per hashed
/// feature and tag, tag transitions), so tagging is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum Objective {
    /// Structured averaged perceptron with cost-augmented decoding (`margin`,
    /// `recall_cost`).
    Perceptron,
    /// Linear-chain CRF: conditional log-likelihood with an L2 prior, by AdaGrad.
    Crf(CrfOptions),
}

/// Knobs of the CRF objective. The defaults were selected on AQMAR dev (train only, 3–5
/// seeds; see the README): large softmax-margin costs, recall-oriented, gave +3 F1 over the
/// plain CRF.
#[derive(Debug, Clone, PartialEq)]
pub struct CrfOptions {
    /// L2 penalty on the whole corpus's log-likelihood (λ/2·‖w‖²).
    pub l2: f32,
    /// AdaGrad base learning rate.
    pub rate: f32,
    /// Softmax-margin cost: every wrong tag gets this bonus in training (0 = plain CRF).
    pub cost: f32,
    /// Further cost of O where the gold has an entity (recall-oriented, as the perceptron's).
    pub recall_cost: f32,
    /// Factor on every score of the trained model ([`Model::scale_scores`]): the same tags,
    /// but span scores about as sharp as the perceptron's, whose scale `rasid extract`'s
    /// score thresholds were set for (unscaled, the CRF's spread-out posteriors let those
    /// thresholds drop real names in news).
    pub sharpen: f32,
}

impl Default for CrfOptions {
    fn default() -> Self {
        CrfOptions {
            l2: 1.0,
            rate: 0.05,
            cost: 8.0,
            recall_cost: 4.0,
            sharpen: 3.0,
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            seed: 42,
            gazetteer_folds: 5,
            prune: 0.0,
            margin: 1.0,
            recall_cost: 2.0,
            document_layer: false,
            objective: Objective::Perceptron,
            silver: Vec::new(),
            silver_weight: 0.3,
        }
    }
}

/// Per-epoch progress, for logs.
#[derive(Debug, Clone)]
pub struct EpochReport {
    pub epoch: usize,
    pub mistakes: usize,
    /// Dev-set scores of the averaged model after this epoch, when a dev set was given.
    pub dev: Option<Report>,
}

/// Gazetteer of the entity phrases of `sents`.
pub fn gazetteer_from(sents: &[&Sentence]) -> Gazetteer {
    let mut g = Gazetteer::new();
    for s in sents {
        for (a, b, k) in spans(&s.tags) {
            g.insert(&s.tokens[a..b].join(" "), k);
        }
    }
    g
}

/// Sentences per pseudo-document when a corpus has no document boundaries (AQMAR): the
/// document layer pools evidence over blocks of consecutive sentences.
pub const DOC_SENTENCES: usize = 50;

/// Trains a model. With `dev`, each layer keeps its best dev epoch (early stopping);
/// without, the weights after `opts.epochs`.
pub fn train(
    sents: &[Sentence],
    clusters: Clusters,
    extra_gazetteer: &Gazetteer,
    opts: &TrainOptions,
    dev: Option<&[Sentence]>,
    mut progress: impl FnMut(&EpochReport),
) -> Model {
    let folds = opts.gazetteer_folds.max(1);
    // Jackknifed gazetteers (fold = sentence index mod folds).
    let fold_gaz: Vec<Gazetteer> = (0..folds)
        .map(|k| {
            let others: Vec<&Sentence> = sents
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != k)
                .map(|(_, s)| s)
                .collect();
            let mut g = gazetteer_from(&others);
            for (p, kind) in extra_gazetteer.iter() {
                g.insert(p, kind);
            }
            g.reindex();
            g
        })
        .collect();
    let mut full_gaz = gazetteer_from(&sents.iter().collect::<Vec<_>>());
    for (p, kind) in extra_gazetteer.iter() {
        full_gaz.insert(p, kind);
    }
    full_gaz.reindex();

    let prepared: Vec<Prepared> = sents
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            Prepared::new(&toks, &clusters, &fold_gaz[si % folds])
        })
        .collect();
    let base: Vec<Vec<Vec<u64>>> = prepared
        .iter()
        .map(|p| {
            (0..p.len())
                .map(|i| {
                    let mut f = Vec::new();
                    p.features(i, &mut f);
                    f
                })
                .collect()
        })
        .collect();
    let gold: Vec<Vec<usize>> = sents
        .iter()
        .map(|s| s.tags.iter().map(|t| t.index()).collect())
        .collect();
    let silver: Vec<(Vec<Vec<u64>>, Vec<u16>)> = opts
        .silver
        .iter()
        .map(|p| {
            let toks: Vec<&str> = p.tokens.iter().map(String::as_str).collect();
            let pr = Prepared::new(&toks, &clusters, &full_gaz);
            let f = (0..pr.len())
                .map(|i| {
                    let mut f = Vec::new();
                    pr.features(i, &mut f);
                    f
                })
                .collect();
            (f, p.allowed.clone())
        })
        .collect();
    let mut model = Model {
        layers: Vec::new(),
        clusters,
        gazetteer: full_gaz,
        o_penalty: 0.0,
        cache: Default::default(),
    };

    let all: Vec<usize> = (0..sents.len()).collect();
    let first = train_layer(&base, &gold, &all, &silver, opts, |l, e, m| {
        epoch_report(&mut model, dev, &mut progress, l, e, m)
    });
    model.push_layer(first);
    if !opts.document_layer {
        if let Objective::Crf(c) = &opts.objective {
            model.scale_scores(c.sharpen);
        }
        return model;
    }

    // First-layer tags of each training sentence from a model that did not see its block.
    let k = 5;
    let block = sents.len().div_ceil(k).max(1);
    let mut s1: Vec<Vec<usize>> = vec![Vec::new(); sents.len()];
    for b in 0..k {
        let held = b * block..((b + 1) * block).min(sents.len());
        if held.is_empty() {
            continue;
        }
        let rest: Vec<usize> = all.iter().copied().filter(|i| !held.contains(i)).collect();
        let layer = train_layer(&base, &gold, &rest, &[], opts, |_, _, _| None);
        for i in held {
            let e: Vec<[f32; N_TAGS]> = base[i].iter().map(|f| layer.score(f, 0.0)).collect();
            s1[i] = viterbi(&e, &layer.trans);
        }
    }
    let mut second_feats = base;
    for start in (0..sents.len()).step_by(DOC_SENTENCES) {
        let end = (start + DOC_SENTENCES).min(sents.len());
        let stats = DocStats::new(
            &prepared[start..end],
            s1[start..end].iter().map(Vec::as_slice),
        );
        for si in start..end {
            for (i, f) in second_feats[si].iter_mut().enumerate() {
                stats.features(&prepared[si], &s1[si], i, f);
            }
        }
    }
    let second = train_layer(&second_feats, &gold, &all, &[], opts, |l, e, m| {
        epoch_report(&mut model, dev, &mut progress, l, e, m)
    });
    model.push_layer(second);
    model
}

/// Reports an epoch of `layer` (with its dev scores when there is a dev set, scored with
/// `layer` on top of `model`'s) and returns the dev F1 for early stopping.
fn epoch_report(
    model: &mut Model,
    dev: Option<&[Sentence]>,
    progress: &mut impl FnMut(&EpochReport),
    layer: &Layer,
    epoch: usize,
    mistakes: usize,
) -> Option<f64> {
    let r = dev.map(|d| {
        model.push_layer(layer.clone());
        let r = crate::eval::evaluate(model, d);
        model.pop_layer();
        r
    });
    let f = r.as_ref().map(|r| r.overall.f1);
    progress(&EpochReport {
        epoch,
        mistakes,
        dev: r,
    });
    f
}

/// Averaged-perceptron training of one layer on the sentences `which`. `epoch_done` gets the
/// averaged layer after each epoch and may return a dev score; the best-scoring epoch wins.
fn train_layer(
    feats: &[Vec<Vec<u64>>],
    gold: &[Vec<usize>],
    which: &[usize],
    silver: &[(Vec<Vec<u64>>, Vec<u16>)],
    opts: &TrainOptions,
    mut epoch_done: impl FnMut(&Layer, usize, usize) -> Option<f64>,
) -> Layer {
    let mut index: IdMap<u32> = IdMap::default();
    let data: Vec<Vec<Vec<u32>>> = which
        .iter()
        .map(|&si| {
            feats[si]
                .iter()
                .map(|fs| {
                    fs.iter()
                        .map(|&h| {
                            let next = index.len() as u32;
                            *index.entry(h).or_insert(next)
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    if let Objective::Crf(crf) = &opts.objective {
        let mut data = data;
        let mut masks: Vec<Vec<u16>> = which
            .iter()
            .map(|&si| gold[si].iter().map(|&t| 1 << t).collect())
            .collect();
        let mut weights = vec![1.0; data.len()];
        for (f, m) in silver {
            data.push(
                f.iter()
                    .map(|fs| {
                        fs.iter()
                            .map(|&h| {
                                let next = index.len() as u32;
                                *index.entry(h).or_insert(next)
                            })
                            .collect()
                    })
                    .collect(),
            );
            masks.push(m.clone());
            weights.push(f64::from(opts.silver_weight));
        }
        return crf_layer(
            index,
            &data,
            &masks,
            &weights,
            opts.epochs,
            opts.seed,
            crf,
            epoch_done,
        );
    }
    let n = index.len() * N_TAGS;
    let mut w = vec![0f32; n];
    let mut u = vec![0f32; n]; // Σ c·Δw, for averaging as w − u/c
    let mut tw: Transitions = [[0f32; N_TAGS]; N_TAGS + 1];
    let mut tu: Transitions = [[0f32; N_TAGS]; N_TAGS + 1];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut layer = Layer {
        index,
        weights: Vec::new(),
        trans: tw,
    };
    let mut best: Option<(f64, Vec<f32>, Transitions)> = None;
    for epoch in 1..=opts.epochs {
        shuffle(&mut order, &mut rng);
        let mut mistakes = 0;
        for &di in &order {
            let fs = &data[di];
            let gold = &gold[which[di]];
            let mut e: Vec<[f32; N_TAGS]> = fs
                .iter()
                .map(|fs| {
                    let mut e = [0f32; N_TAGS];
                    for &f in fs {
                        let row = &w[f as usize * N_TAGS..(f as usize + 1) * N_TAGS];
                        for (x, y) in e.iter_mut().zip(row) {
                            *x += y;
                        }
                    }
                    e
                })
                .collect();
            if opts.margin > 0.0 || opts.recall_cost > 0.0 {
                for (ei, &g) in e.iter_mut().zip(gold) {
                    for (t, x) in ei.iter_mut().enumerate() {
                        if t != g {
                            *x += opts.margin;
                            if t == 0 {
                                *x += opts.recall_cost;
                            }
                        }
                    }
                }
            }
            let pred = viterbi(&e, &tw);
            if pred != *gold {
                mistakes += 1;
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], pred[i]);
                    if g != p {
                        for &f in &fs[i] {
                            let f = f as usize * N_TAGS;
                            w[f + g] += 1.0;
                            u[f + g] += c;
                            w[f + p] -= 1.0;
                            u[f + p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 {
                        (N_TAGS, N_TAGS)
                    } else {
                        (gold[i - 1], pred[i - 1])
                    };
                    if (gp, g) != (pp, p) {
                        tw[gp][g] += 1.0;
                        tu[gp][g] += c;
                        tw[pp][p] -= 1.0;
                        tu[pp][p] -= c;
                    }
                }
            }
            c += 1.0;
        }
        layer.weights = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
        for (r, (a, b)) in layer.trans.iter_mut().zip(tw.iter().zip(&tu)) {
            for (x, (w, u)) in r.iter_mut().zip(a.iter().zip(b)) {
                *x = w - u / c;
            }
        }
        if let Some(f1) = epoch_done(&layer, epoch, mistakes) {
            if best.as_ref().is_none_or(|b| f1 > b.0) {
                best = Some((f1, layer.weights.clone(), layer.trans));
            }
        }
    }
    if let Some((_, weights, trans)) = best {
        layer.weights = weights;
        layer.trans = trans;
    }
    layer
}

/// Fisher–Yates shuffle of the sentence order of an epoch.
fn shuffle(order: &mut [usize], rng: &mut Rng) {
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
}

/// CRF training of one layer by AdaGrad over shuffled sentences; the L2 prior's gradient is
/// applied to the features a sentence touches, in shares of 1/(sentences) (the usual
/// sparse approximation). `epoch_done` as in [`train_layer`].
#[allow(clippy::too_many_arguments)]
fn crf_layer(
    index: IdMap<u32>,
    data: &[Vec<Vec<u32>>],
    masks: &[Vec<u16>],
    weights: &[f64],
    epochs: usize,
    seed: u64,
    crf: &CrfOptions,
    mut epoch_done: impl FnMut(&Layer, usize, usize) -> Option<f64>,
) -> Layer {
    let n = index.len() * N_TAGS;
    let mut w = vec![0f64; n];
    let mut g2 = vec![0f64; n];
    let mut tw = [[0f64; N_TAGS]; N_TAGS + 1];
    let mut tg2 = [[0f64; N_TAGS]; N_TAGS + 1];
    let lam = f64::from(crf.l2) / data.len().max(1) as f64;
    let rate = f64::from(crf.rate);
    let eps = 1e-8;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(seed);
    let to_layer = |w: &[f64], tw: &[[f64; N_TAGS]; N_TAGS + 1], index: &IdMap<u32>| Layer {
        index: index.clone(),
        weights: w.iter().map(|&x| x as f32).collect(),
        trans: tw.map(|r| r.map(|x| x as f32)),
    };
    let mut best: Option<(f64, Layer)> = None;
    let mut last = None;
    for epoch in 1..=epochs {
        shuffle(&mut order, &mut rng);
        let mut mistakes = 0;
        for &di in &order {
            let fs = &data[di];
            let mask = &masks[di];
            let wt = weights[di];
            let allowed = |m: u16, t: usize| m & (1 << t) != 0;
            let e: Vec<[f64; N_TAGS]> = fs
                .iter()
                .zip(mask)
                .map(|(fs, &m)| {
                    let mut e = [0f64; N_TAGS];
                    for &f in fs {
                        let row = &w[f as usize * N_TAGS..(f as usize + 1) * N_TAGS];
                        for (x, y) in e.iter_mut().zip(row) {
                            *x += y;
                        }
                    }
                    for (t, x) in e.iter_mut().enumerate() {
                        if !allowed(m, t) {
                            *x += f64::from(crf.cost);
                            if t == 0 {
                                *x += f64::from(crf.recall_cost);
                            }
                        }
                    }
                    e
                })
                .collect();
            let (gamma, xi) = marginals(&e, &tw);
            // The same lattice restricted to the allowed tags: for a gold sentence, its one path.
            let held: Vec<[f64; N_TAGS]> = e
                .iter()
                .zip(mask)
                .map(|(r, &m)| {
                    std::array::from_fn(|t| {
                        if allowed(m, t) {
                            r[t]
                        } else {
                            f64::NEG_INFINITY
                        }
                    })
                })
                .collect();
            let (gamma_c, xi_c) = marginals(&held, &tw);
            if gamma.iter().zip(mask).any(|(p, &m)| {
                let best = (0..N_TAGS).fold(0, |b, t| if p[t] > p[b] { t } else { b });
                !allowed(m, best)
            }) {
                mistakes += 1;
            }
            for (i, fs) in fs.iter().enumerate() {
                let grad: [f64; N_TAGS] =
                    std::array::from_fn(|t| wt * (gamma[i][t] - gamma_c[i][t]));
                for &f in fs {
                    let f = f as usize * N_TAGS;
                    for (t, &gt) in grad.iter().enumerate() {
                        let k = f + t;
                        let gr = gt + lam * w[k];
                        g2[k] += gr * gr;
                        w[k] -= rate * gr / (g2[k].sqrt() + eps);
                    }
                }
            }
            let mut tgrad = xi;
            for (row, (r, rc)) in tgrad.iter_mut().zip(xi.iter().zip(&xi_c)) {
                for (x, (a, b)) in row.iter_mut().zip(r.iter().zip(rc)) {
                    *x = wt * (a - b);
                }
            }
            for (p, row) in tgrad.iter().enumerate() {
                for (t, &gr) in row.iter().enumerate() {
                    if gr != 0.0 {
                        let gr = gr + lam * tw[p][t];
                        tg2[p][t] += gr * gr;
                        tw[p][t] -= rate * gr / (tg2[p][t].sqrt() + eps);
                    }
                }
            }
        }
        let layer = to_layer(&w, &tw, &index);
        if let Some(f1) = epoch_done(&layer, epoch, mistakes) {
            if best.as_ref().is_none_or(|b| f1 > b.0) {
                best = Some((f1, layer.clone()));
            }
        }
        last = Some(layer);
    }
    match (best, last) {
        (Some((_, l)), _) | (None, Some(l)) => l,
        (None, None) => to_layer(&w, &tw, &index),
    }
}

/// Tag marginals per token and summed transition marginals (row [`N_TAGS`] = start) of a
/// linear chain restricted to IOB2, by scaled forward–backward in probability space.
fn marginals(
    e: &[[f64; N_TAGS]],
    trans: &[[f64; N_TAGS]; N_TAGS + 1],
) -> (Vec<[f64; N_TAGS]>, [[f64; N_TAGS]; N_TAGS + 1]) {
    let n = e.len();
    let mut xi = [[0f64; N_TAGS]; N_TAGS + 1];
    if n == 0 {
        return (Vec::new(), xi);
    }
    let mut pot = [[0f64; N_TAGS]; N_TAGS + 1];
    for (p, row) in pot.iter_mut().enumerate() {
        let prev = (p < N_TAGS).then(|| Tag::from_index(p));
        for (t, x) in row.iter_mut().enumerate() {
            if Tag::from_index(t).may_follow(prev) {
                *x = trans[p][t].exp();
            }
        }
    }
    let em: Vec<[f64; N_TAGS]> = e
        .iter()
        .map(|r| {
            let m = r.iter().fold(f64::NEG_INFINITY, |m, &x| m.max(x));
            r.map(|x| (x - m).exp())
        })
        .collect();
    let mut alpha = vec![[0f64; N_TAGS]; n];
    let mut scale = vec![1f64; n];
    for i in 0..n {
        let mut a = [0f64; N_TAGS];
        for (t, x) in a.iter_mut().enumerate() {
            let s = if i == 0 {
                pot[N_TAGS][t]
            } else {
                (0..N_TAGS).map(|p| alpha[i - 1][p] * pot[p][t]).sum()
            };
            *x = s * em[i][t];
        }
        let c: f64 = a.iter().sum();
        if c > 0.0 {
            a.iter_mut().for_each(|x| *x /= c);
            scale[i] = c;
        }
        alpha[i] = a;
    }
    let mut gamma = vec![[0f64; N_TAGS]; n];
    let mut beta = [1f64; N_TAGS];
    for i in (0..n).rev() {
        gamma[i] = std::array::from_fn(|t| alpha[i][t] * beta[t]);
        let c = scale[i];
        if i == 0 {
            for t in 0..N_TAGS {
                xi[N_TAGS][t] += gamma[0][t];
            }
            break;
        }
        let next: [f64; N_TAGS] = std::array::from_fn(|t| em[i][t] * beta[t] / c);
        for p in 0..N_TAGS {
            for t in 0..N_TAGS {
                xi[p][t] += alpha[i - 1][p] * pot[p][t] * next[t];
            }
        }
        beta = std::array::from_fn(|p| (0..N_TAGS).map(|t| pot[p][t] * next[t]).sum());
    }
    (gamma, xi)
}

/// The model's tags for each sentence, read in blocks of [`DOC_SENTENCES`] as documents.
pub(crate) fn predict_all(model: &Model, sents: &[Sentence]) -> Vec<Vec<Tag>> {
    sents
        .chunks(DOC_SENTENCES)
        .flat_map(|block| {
            let toks: Vec<Vec<&str>> = block
                .iter()
                .map(|s| s.tokens.iter().map(String::as_str).collect())
                .collect();
            model.tag_document(&toks)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_conll() {
        let s = read_conll("لكن O\nالبندقيين B-PER\n\nالقسطنطينية B-LOC\n".as_bytes()).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, vec!["لكن", "البندقيين"]);
        assert_eq!(s[0].tags, vec![Tag::O, Tag::B(crate::NerKind::Per)]);
        assert!(read_conll("x B-FOO\n".as_bytes()).is_err());
    }

    /// Partly labelled sentences alone teach the CRF the names fixed in them, and the
    /// bound after a name (the next token may not continue it).
    #[test]
    fn crf_learns_from_partial_labels() {
        let per = 1 << Tag::B(crate::NerKind::Per).index();
        let not_i = ANY_TAG & !(1 << Tag::I(crate::NerKind::Per).index());
        let silver: Vec<Partial> = ["قال", "زار", "أكد", "وصل"]
            .iter()
            .map(|v| Partial {
                tokens: vec![v.to_string(), "أوباما".into(), "اليوم".into()],
                allowed: vec![ANY_TAG, per, not_i],
            })
            .collect();
        let opts = TrainOptions {
            objective: Objective::Crf(CrfOptions::default()),
            silver,
            silver_weight: 1.0,
            ..TrainOptions::default()
        };
        let m = train(
            &[],
            Clusters::default(),
            &Gazetteer::new(),
            &opts,
            None,
            |_| {},
        );
        let tags = m.tag_tokens(&["قال", "أوباما", "اليوم"]);
        assert_eq!(tags[1], Tag::B(crate::NerKind::Per));
        assert_ne!(tags[2], Tag::I(crate::NerKind::Per));
    }

    /// The CRF's forward–backward marginals equal those of brute-force enumeration of every
    /// valid IOB2 sequence.
    #[test]
    fn crf_marginals_equal_enumeration() {
        let mut rng = Rng::new(7);
        let mut unit = || (rng.below(2001) as f64 - 1000.0) / 400.0;
        let n = 3;
        let e: Vec<[f64; N_TAGS]> = (0..n).map(|_| std::array::from_fn(|_| unit())).collect();
        let trans: [[f64; N_TAGS]; N_TAGS + 1] =
            std::array::from_fn(|_| std::array::from_fn(|_| unit()));
        let (gamma, xi) = marginals(&e, &trans);
        let mut z = 0f64;
        let mut g = vec![[0f64; N_TAGS]; n];
        let mut x = [[0f64; N_TAGS]; N_TAGS + 1];
        for code in 0..N_TAGS.pow(n as u32) {
            let seq: Vec<usize> = (0..n)
                .map(|i| code / N_TAGS.pow(i as u32) % N_TAGS)
                .collect();
            let valid = (0..n).all(|i| {
                let prev = (i > 0).then(|| Tag::from_index(seq[i - 1]));
                Tag::from_index(seq[i]).may_follow(prev)
            });
            if !valid {
                continue;
            }
            let prev = |i: usize| if i == 0 { N_TAGS } else { seq[i - 1] };
            let p = (0..n)
                .map(|i| e[i][seq[i]] + trans[prev(i)][seq[i]])
                .sum::<f64>()
                .exp();
            z += p;
            for i in 0..n {
                g[i][seq[i]] += p;
                x[prev(i)][seq[i]] += p;
            }
        }
        for i in 0..n {
            for t in 0..N_TAGS {
                assert!((gamma[i][t] - g[i][t] / z).abs() < 1e-9);
            }
        }
        for p in 0..=N_TAGS {
            for t in 0..N_TAGS {
                assert!((xi[p][t] - x[p][t] / z).abs() < 1e-9, "{p}->{t}");
            }
        }
    }
}

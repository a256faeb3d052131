//! Model selection on AQMAR dev, by the protocol of the README: train on train only (fixed
//! epochs, no early stopping), score dev, over several seeds; print mean and spread.
//!
//! `ner_dev [SEEDS] [--crf] [--errors]` from the workspace root. `--errors` also prints the
//! error classes of the first seed's model (boundary, type, both, missed, spurious), per
//! gold type, and the most frequent missed MIS phrases.

use rasid_ner::{spans, Clusters, Gazetteer, NerKind, Objective, Sentence, Tag, TrainOptions};
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Write};

fn read(path: &str) -> Result<Vec<Sentence>, Box<dyn std::error::Error>> {
    Ok(rasid_ner::read_conll(BufReader::new(File::open(path)?))?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seeds: u64 = args.iter().find_map(|a| a.parse().ok()).unwrap_or(3);
    let flag = |f: &str| args.iter().any(|a| a == f);
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    let data = "../shared/data/aqmar_liu2019";
    let train = read(&format!("{data}/train.txt"))?;
    let dev = read(&format!("{data}/dev.txt"))?;
    let clusters = Clusters::read_tsv(BufReader::new(File::open("models/clusters.tsv")?))?;
    let mut out = std::io::stdout().lock();
    let mut f1s = Vec::new();
    let mut per: HashMap<String, Vec<f64>> = HashMap::new();
    for seed in 1..=seeds {
        let mut opts = TrainOptions {
            seed,
            ..TrainOptions::default()
        };
        if flag("--crf") {
            let mut c = rasid_ner::CrfOptions::default();
            if let Some(x) = env("CRF_L2") {
                c.l2 = x;
            }
            if let Some(x) = env("CRF_LR") {
                c.rate = x;
            }
            if let Some(x) = env("CRF_RCOST") {
                c.recall_cost = x;
            }
            if let Some(x) = env("CRF_COST") {
                c.cost = x;
            }
            opts.objective = Objective::Crf(c);
        }
        if let Some(x) = env("MARGIN") {
            opts.margin = x;
        }
        if let Some(x) = env("RCOST") {
            opts.recall_cost = x;
        }
        if let Some(e) = env("EPOCHS") {
            opts.epochs = e as usize;
        }
        let model = rasid_ner::train(
            &train,
            clusters.clone(),
            &Gazetteer::new(),
            &opts,
            None,
            |_| {},
        );
        let r = rasid_ner::evaluate(&model, &dev);
        writeln!(
            out,
            "seed {seed}: dev F1 {:.2} (P {:.2} R {:.2}) {}",
            r.overall.f1 * 100.0,
            r.overall.precision * 100.0,
            r.overall.recall * 100.0,
            r.per_type
                .iter()
                .map(|t| format!("{} {:.2}", t.kind, t.f1 * 100.0))
                .collect::<Vec<_>>()
                .join(" ")
        )?;
        f1s.push(r.overall.f1 * 100.0);
        for t in &r.per_type {
            per.entry(t.kind.clone()).or_default().push(t.f1 * 100.0);
        }
        if seed == 1 && flag("--errors") {
            errors(&model, &dev, &mut out)?;
        }
    }
    let stats = |v: &[f64]| {
        let m = v.iter().sum::<f64>() / v.len() as f64;
        let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        format!("{m:.2} [{lo:.2}–{hi:.2}]")
    };
    let mut kinds: Vec<_> = per.keys().cloned().collect();
    kinds.sort();
    writeln!(
        out,
        "dev F1 mean {} | {}",
        stats(&f1s),
        kinds
            .iter()
            .map(|k| format!("{k} {}", stats(&per[k])))
            .collect::<Vec<_>>()
            .join(" | ")
    )?;
    Ok(())
}

/// Error classes of `model` on `dev`, per gold type.
fn errors(
    model: &rasid_ner::Model,
    dev: &[Sentence],
    out: &mut impl Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let toks: Vec<Vec<&str>> = dev
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let pred: Vec<Vec<Tag>> = toks
        .chunks(rasid_ner::DOC_SENTENCES)
        .flat_map(|b| model.tag_document(b))
        .collect();
    // [gold kind] → counts of: exact, type, boundary, boundary+type, missed.
    let mut c: HashMap<NerKind, [usize; 5]> = HashMap::new();
    let mut spurious: HashMap<NerKind, usize> = HashMap::new();
    let mut confusion: HashMap<(NerKind, NerKind), usize> = HashMap::new();
    let mut missed_mis: HashMap<String, usize> = HashMap::new();
    let mut mis_len: HashMap<usize, [usize; 2]> = HashMap::new();
    for (s, p) in dev.iter().zip(&pred) {
        let g = spans(&s.tags);
        let ps = spans(p);
        let overlap = |a: usize, b: usize, c: usize, d: usize| a < d && c < b;
        for &(a, b, k) in &g {
            let class = if ps.contains(&(a, b, k)) {
                0
            } else if let Some(&(_, _, pk)) = ps.iter().find(|&&(c, d, _)| (c, d) == (a, b)) {
                *confusion.entry((k, pk)).or_default() += 1;
                1
            } else if ps.iter().any(|&(c, d, pk)| pk == k && overlap(a, b, c, d)) {
                2
            } else if let Some(&(_, _, pk)) = ps.iter().find(|&&(c, d, _)| overlap(a, b, c, d)) {
                *confusion.entry((k, pk)).or_default() += 1;
                3
            } else {
                4
            };
            c.entry(k).or_default()[class] += 1;
            if k == NerKind::Mis {
                mis_len.entry((b - a).min(6)).or_default()[usize::from(class == 0)] += 1;
                if class == 4 {
                    *missed_mis.entry(s.tokens[a..b].join(" ")).or_default() += 1;
                }
            }
        }
        for &(c0, d0, pk) in &ps {
            if !g.iter().any(|&(a, b, _)| a < d0 && c0 < b) {
                *spurious.entry(pk).or_default() += 1;
            }
        }
    }
    writeln!(
        out,
        "gold type: exact / type only / boundary only / both / missed ; spurious predictions"
    )?;
    for k in NerKind::ALL {
        let v = c.get(&k).copied().unwrap_or_default();
        writeln!(
            out,
            "  {k}: {} / {} / {} / {} / {} ; {}",
            v[0],
            v[1],
            v[2],
            v[3],
            v[4],
            spurious.get(&k).copied().unwrap_or(0)
        )?;
    }
    let mut conf: Vec<_> = confusion.into_iter().collect();
    conf.sort_by_key(|c| std::cmp::Reverse(c.1));
    writeln!(out, "type confusions (gold→pred): {conf:?}")?;
    let mut lens: Vec<_> = mis_len.into_iter().collect();
    lens.sort();
    writeln!(out, "MIS by length (tokens: [wrong, exact]): {lens:?}")?;
    let mut m: Vec<_> = missed_mis.into_iter().collect();
    m.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    writeln!(out, "missed MIS (sample): {:?}", &m[..m.len().min(60)])?;
    Ok(())
}

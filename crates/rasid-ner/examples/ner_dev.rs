//! Model selection on AQMAR dev, by the protocol of the README: train on train only (fixed
//! epochs, no early stopping), score dev, over several seeds; print mean and spread.
//!
//! `ner_dev [SEEDS] [--crf] [--errors]` from the workspace root (CRF knobs from the
//! environment: `CRF_L2`, `CRF_LR`, `CRF_COST`, `CRF_RCOST`; perceptron's: `MARGIN`, `RCOST`;
//! `EPOCHS`, `PRUNE`). `NER_SAVE=FILE` trains on train+dev as `rasid train ner` does (same
//! knobs) and saves; `NER_NEWS=FILE.jsonl NER_A=M1 NER_B=M2` compares two saved models' person
//! spans on news. `--errors` also prints the
//! error classes of the first seed's model (boundary, type, both, missed, spurious), per
//! gold type, and the most frequent missed MIS phrases.

use rasid_ner::{
    spans, Clusters, Gazetteer, NerKind, Objective, Partial, Sentence, Tag, TrainOptions, ANY_TAG,
};
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
    // `NER_NEWS=FILE.jsonl NER_A=model NER_B=model`: compare two models' person spans on news.
    if let Ok(news) = std::env::var("NER_NEWS") {
        return compare_on_news(&news);
    }
    // `NER_SILVER=FILE.jsonl NER_A=model NER_B=model`: persons of the lexicon in news.
    if let Ok(news) = std::env::var("NER_SILVER") {
        return silver_persons(&news);
    }
    // `NER_SAVE=FILE`: instead, train as `rasid train ner` does on train+dev and save.
    if let Ok(path) = std::env::var("NER_SAVE") {
        let all: Vec<Sentence> = train.iter().chain(&dev).cloned().collect();
        let opts = with_silver(options(TrainOptions::default().seed, &args))?;
        let model = rasid_ner::train(&all, clusters, &Gazetteer::new(), &opts, None, |_| {});
        model.save(path, env("PRUNE").unwrap_or(opts.prune))?;
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    let mut f1s = Vec::new();
    let mut per: HashMap<String, Vec<f64>> = HashMap::new();
    let base = with_silver(TrainOptions::default())?;
    let (mut silver, silver_weight) = (base.silver, base.silver_weight);
    for seed in 1..=seeds {
        let mut opts = options(seed, &args);
        opts.silver = std::mem::take(&mut silver);
        opts.silver_weight = silver_weight;
        let model = rasid_ner::train(
            &train,
            clusters.clone(),
            &Gazetteer::new(),
            &opts,
            None,
            |_| {},
        );
        silver = std::mem::take(&mut opts.silver);
        // Through the saved form, pruned and quantised as shipped.
        let bytes = model.to_bytes(env("PRUNE").unwrap_or(opts.prune))?;
        let model = rasid_ner::Model::from_bytes(&bytes)?;
        let r = rasid_ner::evaluate(&model, &dev);
        if seed == 1 {
            writeln!(
                out,
                "model: {} features, {} bytes, {} silver sentences",
                model.n_features(),
                bytes.len(),
                silver.len()
            )?;
        }
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
        if seed == 1 {
            per_at_thresholds(&model, &dev, &mut out)?;
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

/// The training options of a run: the defaults, changed by flags and the environment.
fn options(seed: u64, args: &[String]) -> TrainOptions {
    let flag = |f: &str| args.iter().any(|a| a == f);
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    let mut opts = TrainOptions {
        seed,
        ..TrainOptions::default()
    };
    if flag("--crf") {
        // Pruned as the CRF would ship (see `TrainOptions::prune`).
        opts.prune = 0.1;
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
    opts
}

/// `SILVER=N` (with `--crf`): N silver sentences, weighted by `SILVER_W`.
fn with_silver(mut opts: TrainOptions) -> Result<TrainOptions, Box<dyn std::error::Error>> {
    if let Some(n) = std::env::var("SILVER").ok().and_then(|v| v.parse().ok()) {
        opts.silver = silver_sentences(n)?;
        if let Some(w) = std::env::var("SILVER_W").ok().and_then(|v| v.parse().ok()) {
            opts.silver_weight = w;
        }
    }
    Ok(opts)
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

/// Person spans as `rasid extract` sees them (running text through the analysis, span scores
/// from forward–backward): precision and recall on dev of the spans kept at each score
/// threshold the extractor uses (0.3 in a speaker's slot, 0.6, 0.8 for a name alone).
fn per_at_thresholds(
    model: &rasid_ner::Model,
    dev: &[Sentence],
    out: &mut impl Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let ths = [0.0f32, 0.3, 0.6, 0.8, 0.9];
    let (mut gold, mut pred, mut ok) = (0usize, [0usize; 5], [0usize; 5]);
    for s in dev {
        let text = s.tokens.join(" ");
        let mut starts = Vec::new();
        let mut at = 0;
        for t in &s.tokens {
            starts.push(at);
            at += t.len() + 1;
        }
        let g: Vec<(usize, usize)> = spans(&s.tags)
            .into_iter()
            .filter(|x| x.2 == NerKind::Per)
            .map(|(a, b, _)| (starts[a], starts[b - 1] + s.tokens[b - 1].len()))
            .collect();
        gold += g.len();
        let a = rasid_analysis::analyze(&text);
        for sp in model.tag_kinds(&a, &text, |k| k == NerKind::Per) {
            let hit = g.contains(&(sp.byte_start, sp.byte_end));
            for (k, &th) in ths.iter().enumerate() {
                if sp.score >= th {
                    pred[k] += 1;
                    ok[k] += usize::from(hit);
                }
            }
        }
    }
    for (k, th) in ths.iter().enumerate() {
        writeln!(
            out,
            "  PER spans with score >= {th}: P {:.1} R {:.1} ({} kept)",
            100.0 * ok[k] as f64 / pred[k].max(1) as f64,
            100.0 * ok[k] as f64 / gold.max(1) as f64,
            pred[k]
        )?;
    }
    Ok(())
}

/// News article texts of a JSON Lines file.
fn news_texts(path: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    use std::io::BufRead;
    Ok(BufReader::new(File::open(path)?)
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.ok()?).ok()?;
            Some(v.get("text")?.as_str()?.to_string())
        })
        .collect())
}

/// Multi-word names of a lexicon file: the columns `cols` (`|`-separated variants), of at
/// least `min_words` words; rows flagged ambiguous are left out.
fn lexicon_names(
    path: &str,
    cols: &[usize],
    min_words: usize,
) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error>> {
    use std::io::BufRead;
    let mut names: Vec<Vec<String>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut header = true;
    for l in BufReader::new(File::open(path)?).lines() {
        let l = l?;
        if l.starts_with('#') {
            continue;
        }
        if std::mem::take(&mut header) {
            continue;
        }
        if l.contains("ambiguous") {
            continue;
        }
        let fields: Vec<&str> = l.split('\t').collect();
        for &c in cols {
            for n in fields.get(c).unwrap_or(&"").split('|') {
                let toks: Vec<String> = n.split_whitespace().map(String::from).collect();
                if toks.len() >= min_words && seen.insert(toks.clone()) {
                    names.push(toks);
                }
            }
        }
    }
    Ok(names)
}

/// Occurrences `(start, end, name index)` of `names` as token sequences of `words`.
fn find_names(
    words: &[&str],
    by_first: &HashMap<&str, Vec<usize>>,
    names: &[Vec<String>],
) -> Vec<(usize, usize)> {
    let mut occ = Vec::new();
    for i in 0..words.len() {
        for &n in by_first.get(words[i]).into_iter().flatten() {
            let n = &names[n];
            if words.len() >= i + n.len()
                && words[i..i + n.len()].iter().zip(n).all(|(a, b)| a == b)
            {
                occ.push((i, i + n.len()));
            }
        }
    }
    occ
}

fn index_by_first(names: &[Vec<String>]) -> HashMap<&str, Vec<usize>> {
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, n) in names.iter().enumerate() {
        by_first.entry(n[0].as_str()).or_default().push(k);
    }
    by_first
}

/// Silver sentences for distant supervision: sentences of SaudiNewsNet articles after the
/// first 10,000 (the news checks read the first 6,000) that name a lexicon person (PER) or
/// country (LOC); those names' tags are fixed, the token after a name may not continue it,
/// every other token may take any tag.
fn silver_sentences(max: usize) -> Result<Vec<Partial>, Box<dyn std::error::Error>> {
    use std::io::BufRead;
    let persons = lexicon_names("data/lexicon/persons.tsv", &[0, 1], 2)?;
    let countries = lexicon_names("data/lexicon/countries.tsv", &[1, 3], 1)?;
    let lists = [(persons, NerKind::Per), (countries, NerKind::Loc)];
    let index: Vec<_> = lists.iter().map(|(n, _)| index_by_first(n)).collect();
    let f = flate2::read::GzDecoder::new(File::open(
        "../shared/data/saudinewsnet/saudinewsnet.jsonl.gz",
    )?);
    let mut out = Vec::new();
    for line in BufReader::new(f).lines().skip(10_000) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let a = rasid_analysis::analyze(text);
        for s in &a.sentences {
            let words: Vec<&str> = a.tokens[s.tokens.clone()]
                .iter()
                .map(|t| t.text(text))
                .collect();
            if words.len() < 4 || words.len() > 60 {
                continue;
            }
            let mut allowed = vec![ANY_TAG; words.len()];
            let mut any = false;
            for ((names, kind), by_first) in lists.iter().zip(&index) {
                for (a, b) in find_names(&words, by_first, names) {
                    if allowed[a..b].iter().any(|&m| m != ANY_TAG) {
                        continue;
                    }
                    any = true;
                    allowed[a] = 1 << Tag::B(*kind).index();
                    for m in &mut allowed[a + 1..b] {
                        *m = 1 << Tag::I(*kind).index();
                    }
                    if b < words.len() && allowed[b] == ANY_TAG {
                        allowed[b] = ANY_TAG & !(1 << Tag::I(*kind).index());
                    }
                }
            }
            if any {
                out.push(Partial {
                    tokens: words.iter().map(|w| w.to_string()).collect(),
                    allowed,
                });
                if out.len() >= max {
                    return Ok(out);
                }
            }
        }
    }
    Ok(out)
}

/// Silver recall on news: every occurrence of a lexicon person's full name (two words or
/// more, `data/lexicon/persons.tsv`) as a token sequence; per model, how many are tagged PER
/// exactly, with other bounds, or not at all.
fn silver_persons(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let names = lexicon_names("data/lexicon/persons.tsv", &[0, 1], 2)?;
    let by_first = index_by_first(&names);
    let models = [
        rasid_ner::Model::load(std::env::var("NER_A")?)?,
        rasid_ner::Model::load(std::env::var("NER_B")?)?,
    ];
    // [model] → exact, exact at the extractor's 0.6, other bounds, missed.
    let mut c = [[0usize; 4]; 2];
    let mut total = 0;
    for t in news_texts(path)? {
        let a = rasid_analysis::analyze(&t);
        let words: Vec<&str> = a.tokens.iter().map(|k| k.text(&t)).collect();
        let occ = find_names(&words, &by_first, &names);
        if occ.is_empty() {
            continue;
        }
        total += occ.len();
        for (m, model) in models.iter().enumerate() {
            let found = model.tag_kinds(&a, &t, |k| k == NerKind::Per);
            for &(x, y) in &occ {
                let k = if let Some(s) = found.iter().find(|s| s.tokens == (x..y)) {
                    c[m][1] += usize::from(s.score >= 0.6);
                    0
                } else if found.iter().any(|s| s.tokens.start < y && x < s.tokens.end) {
                    2
                } else {
                    3
                };
                c[m][k] += 1;
            }
        }
    }
    let mut out = std::io::stdout().lock();
    for (m, v) in c.iter().enumerate() {
        let pct = |x: usize| 100.0 * x as f64 / total.max(1) as f64;
        writeln!(
            out,
            "model {}: {total} lexicon names: exact {:.1}% (score >= 0.6: {:.1}%), other bounds {:.1}%, missed {:.1}%",
            ["A", "B"][m],
            pct(v[0]),
            pct(v[1]),
            pct(v[2]),
            pct(v[3])
        )?;
    }
    Ok(())
}

/// Person spans of two models on news articles: how many at each score threshold, and a
/// sample of the spans only one of them finds (to read).
fn compare_on_news(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let texts = news_texts(path)?;
    let models = [
        rasid_ner::Model::load(std::env::var("NER_A")?)?,
        rasid_ner::Model::load(std::env::var("NER_B")?)?,
    ];
    let mut out = std::io::stdout().lock();
    let ths = [0.0f32, 0.3, 0.6, 0.8];
    let mut kept = [[0usize; 4]; 2];
    let mut only: [Vec<String>; 2] = [Vec::new(), Vec::new()];
    for t in &texts {
        let a = rasid_analysis::analyze(t);
        let found: Vec<Vec<(usize, usize, f32)>> = models
            .iter()
            .map(|m| {
                m.tag_kinds(&a, t, |k| k == NerKind::Per)
                    .into_iter()
                    .map(|s| (s.byte_start, s.byte_end, s.score))
                    .collect()
            })
            .collect();
        for m in 0..2 {
            for &(b, e, sc) in &found[m] {
                for (k, &th) in ths.iter().enumerate() {
                    kept[m][k] += usize::from(sc >= th);
                }
                if !found[1 - m].iter().any(|x| (x.0, x.1) == (b, e)) {
                    let lo = t.floor_char_boundary(b.saturating_sub(40));
                    let hi = t.ceil_char_boundary((e + 25).min(t.len()));
                    only[m].push(format!(
                        "{:.2} [{}] … {}",
                        sc,
                        &t[b..e],
                        t[lo..hi].replace('\n', " ")
                    ));
                }
            }
        }
    }
    for m in 0..2 {
        writeln!(
            out,
            "model {}: person spans at score >= {ths:?}: {:?}; {} found only by it",
            ["A", "B"][m],
            kept[m],
            only[m].len()
        )?;
    }
    for m in 0..2 {
        let step = (only[m].len() / 15).max(1);
        for s in only[m].iter().step_by(step).take(15) {
            writeln!(out, "only {}: {s}", ["A", "B"][m])?;
        }
    }
    Ok(())
}

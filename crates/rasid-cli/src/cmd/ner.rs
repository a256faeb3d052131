//! `rasid eval ner`, `rasid train ner`, `rasid train clusters`: the statistical NER model.
//!
//! The shipped model is rebuilt deterministically with
//! `rasid train clusters --corpus …/saudinewsnet.jsonl.gz --out models/clusters.tsv` then
//! `rasid train ner --train …/train.txt --train …/dev.txt --clusters models/clusters.tsv --out models/ner.bin`.

use anyhow::Context;
use rasid_ner::{ClusterOptions, Clusters, Gazetteer, Model, Report, Sentence, TrainOptions};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Entity-level (exact span) precision, recall and F1 of the NER model on CoNLL data.
    Ner(EvalNerArgs),
}

#[derive(Debug, clap::Args)]
pub struct EvalNerArgs {
    /// Annotated file: `token TAG` lines (IOB2), blank line between sentences.
    #[arg(long)]
    pub conll: PathBuf,
    /// Model file (default: the embedded model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

#[derive(Debug, clap::Subcommand)]
pub enum TrainCommand {
    /// Train the NER model (averaged perceptron) on CoNLL files.
    Ner(TrainNerArgs),
    /// Learn word clusters from a JSON Lines corpus (fields `title`, `text`; `.gz` ok).
    Clusters(ClustersArgs),
}

#[derive(Debug, clap::Args)]
pub struct TrainNerArgs {
    /// Training file(s), CoNLL `token TAG`; repeat to concatenate.
    #[arg(long = "train", required = true)]
    pub train: Vec<PathBuf>,
    /// Dev file: report per-epoch F1 and keep the best epoch (early stopping).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Word clusters (`rasid train clusters` output).
    #[arg(long, default_value = "models/clusters.tsv")]
    pub clusters: PathBuf,
    #[arg(long, default_value = "models/ner.bin")]
    pub out: PathBuf,
    #[arg(long)]
    pub epochs: Option<usize>,
    #[arg(long)]
    pub seed: Option<u64>,
}

#[derive(Debug, clap::Args)]
pub struct ClustersArgs {
    /// Corpus, JSON Lines (optionally gzip).
    #[arg(long)]
    pub corpus: PathBuf,
    #[arg(long, default_value = "models/clusters.tsv")]
    pub out: PathBuf,
    /// Keep words seen at least this often.
    #[arg(long)]
    pub min_count: Option<u32>,
}

fn read_conll(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    let f = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    rasid_ner::read_conll(BufReader::new(f))
        .with_context(|| format!("{}: bad CoNLL", path.display()))
}

pub fn run_eval(cmd: EvalCommand) -> anyhow::Result<ExitCode> {
    let EvalCommand::Ner(args) = cmd;
    let model = match &args.model {
        Some(p) => Model::load(p).with_context(|| format!("{}: cannot load model", p.display()))?,
        None => Model::embedded().context("embedded model")?,
    };
    let sents = read_conll(&args.conll)?;
    let report = rasid_ner::evaluate(&model, &sents);
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Table => write_table(&mut out, &report)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn write_table(out: &mut impl Write, r: &Report) -> io::Result<()> {
    writeln!(
        out,
        "{:<8} {:>9} {:>7} {:>7} {:>8}",
        "type", "precision", "recall", "F1", "support"
    )?;
    for t in r.per_type.iter().chain([&r.overall]) {
        writeln!(
            out,
            "{:<8} {:>9.2} {:>7.2} {:>7.2} {:>8}",
            t.kind,
            t.precision * 100.0,
            t.recall * 100.0,
            t.f1 * 100.0,
            t.support
        )?;
    }
    writeln!(out, "({} sentences, {} tokens)", r.sentences, r.tokens)
}

pub fn run_train(cmd: TrainCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TrainCommand::Ner(a) => train_ner(a),
        TrainCommand::Clusters(a) => train_clusters(a),
    }
}

fn train_ner(args: TrainNerArgs) -> anyhow::Result<ExitCode> {
    let mut sents = Vec::new();
    for p in &args.train {
        sents.extend(read_conll(p)?);
    }
    let dev = args.dev.as_deref().map(read_conll).transpose()?;
    let clusters = Clusters::read_tsv(BufReader::new(
        File::open(&args.clusters)
            .with_context(|| format!("{}: cannot open", args.clusters.display()))?,
    ))?;
    let mut opts = TrainOptions::default();
    if let Some(e) = args.epochs {
        opts.epochs = e;
    }
    if let Some(s) = args.seed {
        opts.seed = s;
    }
    log::info!(
        "training on {} sentences, {} clustered words",
        sents.len(),
        clusters.len()
    );
    let model = rasid_ner::train(
        &sents,
        clusters,
        &Gazetteer::new(),
        &opts,
        dev.as_deref(),
        |r| match &r.dev {
            Some(d) => log::info!(
                "epoch {}: {} mistakes, dev F1 {:.2}",
                r.epoch,
                r.mistakes,
                d.overall.f1 * 100.0
            ),
            None => log::info!("epoch {}: {} mistakes", r.epoch, r.mistakes),
        },
    );
    model
        .save(&args.out, opts.prune)
        .with_context(|| format!("{}: cannot write", args.out.display()))?;
    log::info!(
        "wrote {} ({} features)",
        args.out.display(),
        model.n_features()
    );
    Ok(ExitCode::SUCCESS)
}

fn train_clusters(args: ClustersArgs) -> anyhow::Result<ExitCode> {
    let docs = rasid_ner::clusters::read_corpus(&args.corpus)
        .with_context(|| format!("{}: cannot read corpus", args.corpus.display()))?;
    log::info!("read {} documents", docs.len());
    let mut opts = ClusterOptions::default();
    if let Some(m) = args.min_count {
        opts.min_count = m;
    }
    let clusters = rasid_ner::train_clusters(&docs, &opts);
    let f =
        File::create(&args.out).with_context(|| format!("{}: cannot write", args.out.display()))?;
    let mut w = BufWriter::new(f);
    clusters.write_tsv(&mut w)?;
    w.flush()?;
    log::info!("wrote {} words to {}", clusters.len(), args.out.display());
    Ok(ExitCode::SUCCESS)
}

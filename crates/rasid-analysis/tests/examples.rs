//! Snapshot of the full analysis of both example articles, in a compact review-friendly form:
//! one block per sentence, one line per token (`text norm stem [parts]`).

use rasid_analysis::{analyze, Analysis, PartRole};
use std::fmt::Write;

fn render(text: &str, a: &Analysis) -> String {
    let mut out = String::new();
    for s in &a.sentences {
        let _ = writeln!(
            out,
            "## [{}..{}]{}{} {}",
            s.start,
            s.end,
            if s.headline { " HEADLINE" } else { "" },
            if s.quote_depth > 0 {
                format!(" quote={}", s.quote_depth)
            } else {
                String::new()
            },
            &text[s.byte_start..s.byte_end]
        );
        for t in &a.tokens[s.tokens.clone()] {
            let mut line = format!("{} {:?} {}", t.text(text), t.kind, t.norm);
            if t.stem != t.norm {
                let _ = write!(line, " stem={}", t.stem);
            }
            if t.parts().len() > 1 {
                let parts: Vec<String> = t
                    .parts()
                    .iter()
                    .map(|p| {
                        let tag = match p.role {
                            PartRole::Proclitic => "P",
                            PartRole::Article => "A",
                            PartRole::Base => "B",
                            PartRole::Enclitic => "E",
                        };
                        format!("{tag}:{}", &text[p.byte_start..p.byte_end])
                    })
                    .collect();
                let _ = write!(line, " [{}]", parts.join(" "));
            }
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

fn example(name: &str) -> String {
    let path = format!(
        "{}/../../../shared/examples/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn lavrov_algiers_2016() {
    let text = example("2016-lavrov-algiers-visit.txt");
    let a = analyze(&text);
    insta::assert_snapshot!(render(&text, &a));
}

#[test]
fn lavrov_boukadoum_2020() {
    let text = example("2020-lavrov-boukadoum-moscow.txt");
    let a = analyze(&text);
    insta::assert_snapshot!(render(&text, &a));
}

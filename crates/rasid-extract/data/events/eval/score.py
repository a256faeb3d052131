#!/usr/bin/env python3
"""Event precision on the hand-judged SaudiNewsNet sample, reproducible from judged.tsv.

    GZ=../../../../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
    python3 sample.py --texts $GZ > /tmp/sample.jsonl
    $CARGO_TARGET_DIR/debug/examples/events_dump --jsonl < /tmp/sample.jsonl > /tmp/out.jsonl
    python3 score.py /tmp/out.jsonl /tmp/sample.jsonl   # precision per split; unjudged to /tmp/unjudged.tsv

An event is keyed by (doc, trigger start, CAMEO code, source code, target code, mode): any change of
code, actors or mode needs a new judgment. Verdicts: ok | actor (wrong source or target) | notevent
(generic, habitual, opinion, figurative, sports, not a mention) | code (wrong CAMEO family) | mode
(a denied or hoped-for event reported as done, or the reverse) | dup (the same event already coded in
the document). Precision = ok / judged. Exit status 1 when some events are unjudged.
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["doc", "sent_start", "sent_end", "trig_start", "trigger", "cameo", "source", "target", "mode",
        "verdict", "note", "context"]


def actor(r, a):
    if not a:
        return "-"
    name = ""
    if a.get("entity"):
        name = next((e["name"] for e in r["entities"] if e["id"] == a["entity"]), "")
    return f"{a.get('code') or ''}:{name}"


def rows(out_path, split_of, texts):
    for line in open(out_path, encoding="utf-8"):
        r = json.loads(line)
        doc = r["document"]["id"]
        if doc not in split_of:
            continue
        text = texts[doc]
        for e in r["events"]:
            s, t = e["sentence"], e["trigger"]
            ctx = ""
            if text:
                ctx = text[max(s["start"], t["start"] - 100):min(s["end"], t["end"] + 100)]
            yield {
                "doc": doc, "sent_start": str(s["start"]), "sent_end": str(s["end"]),
                "trig_start": str(t["start"]), "trigger": t["text"], "cameo": e["cameo"],
                "source": actor(r, e["source"]), "target": actor(r, e["target"]), "mode": e["mode"],
                "verdict": "", "note": "", "context": ctx.replace("\n", " ").replace("\t", " "),
            }


def key(r):
    return (r["doc"], r["trig_start"], r["cameo"], r["source"].split(":")[0],
            r["target"].split(":")[0], r["mode"])


def main():
    split_of = {}
    for l in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8"):
        f = l.rstrip("\n").split("\t")
        if f[0] != "id":
            split_of[f[0]] = f[1]
    # the texts (optional) only give the unjudged events their context
    texts = collections.defaultdict(str)
    for l in open(sys.argv[2], encoding="utf-8") if len(sys.argv) > 2 else []:
        d = json.loads(l)
        # events_dump --jsonl reads the headline and the body as one text
        texts[d["id"]] = f"{d['title']}\n\n{d['text']}" if d.get("title") else d["text"]
    judged = {}
    for l in open(os.path.join(HERE, "judged.tsv"), encoding="utf-8"):
        if l.startswith("doc\t") or not l.strip():
            continue
        f = dict(zip(COLS, l.rstrip("\n").split("\t")))
        judged[key(f)] = f
    per = collections.defaultdict(collections.Counter)
    unjudged = []
    for r in rows(sys.argv[1], split_of, texts):
        j = judged.get(key(r))
        sp = split_of[r["doc"]]
        if j is None or not j["verdict"]:
            unjudged.append(r)
            per[sp]["unjudged"] += 1
            continue
        per[sp][j["verdict"]] += 1
    for sp in ("dev", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9"):
        c = per[sp]
        n = sum(v for k, v in c.items() if k != "unjudged")
        docs = sum(1 for s in split_of.values() if s == sp)
        if not docs:
            continue
        p = c["ok"] / n if n else 0.0
        errs = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k not in ("ok",))
        print(f"{sp}: precision {p:.3f} ({c['ok']}/{n}), {(n + c['unjudged']) / docs:.2f} events/article; {errs}")
    if unjudged:
        with open(os.environ.get("UNJUDGED", "/tmp/unjudged.tsv"), "w", encoding="utf-8") as f:
            for r in unjudged:
                f.write("\t".join(r[c] for c in COLS) + "\n")
        print(f"{len(unjudged)} unjudged events written to {f.name}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

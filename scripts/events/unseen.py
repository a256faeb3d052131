#!/usr/bin/env python3
"""Events that change on unseen SaudiNewsNet articles between two builds of `events_dump`.

The 3,000 articles: not in the event sample's splits dev..fresh4 (eval/sample.tsv), 300..3000 characters of text, the first
3,000 of the corpus shuffled with random.Random(7). Rows for eval/unseen_diff.tsv (verdict left empty
for the judge): change (LOST: an event of the old build absent or changed in the new), the old event
(and NOW the new one at the same trigger, if any) and the trigger in context.

    python3 unseen.py draw $GZ > /tmp/unseen.jsonl
    OLD/events_dump --jsonl < /tmp/unseen.jsonl > /tmp/old.jsonl
    NEW/events_dump --jsonl < /tmp/unseen.jsonl > /tmp/new.jsonl
    python3 unseen.py diff /tmp/unseen.jsonl /tmp/old.jsonl /tmp/new.jsonl
"""
import gzip, json, os, random, sys

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                      "../../crates/rasid-extract/data/events/eval/sample.tsv")


def draw(gz):
    # (the first 300 of the sample: fresh5..fresh8, drawn later, overlap this set and must not
    # change it)
    taken = {f[0] for f in (l.split("\t") for l in open(SAMPLE, encoding="utf-8"))
             if f[1] not in ("fresh5", "fresh6", "fresh7", "fresh8")}
    docs = [json.loads(l) for l in gzip.open(gz, "rt", encoding="utf-8")]
    random.Random(7).shuffle(docs)
    n = 0
    for d in docs:
        if d["id"] in taken or not 300 <= len(d["text"]) <= 3000:
            continue
        rec = {k: d.get(k) for k in ("id", "source", "published", "title", "text")}
        print(json.dumps(rec, ensure_ascii=False))
        n += 1
        if n == 3000:
            break


def events(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        names = {e["id"]: e["name"] for e in r["entities"]}
        for e in r["events"]:
            side = lambda a: "-" if not a else f"{a.get('code') or ''}:{names.get(a.get('entity'), '')}"
            desc = f"{e['cameo']} {side(e['source'])} -> {side(e['target'])} {e['mode']}"
            out.setdefault((r["document"]["id"], e["trigger"]["start"]), []).append((desc, e))
    return out


def diff(texts_path, old_path, new_path):
    texts = {}
    for l in open(texts_path, encoding="utf-8"):
        d = json.loads(l)
        texts[d["id"]] = f"{d['title']}\n\n{d['text']}" if d.get("title") else d["text"]
    old, new = events(old_path), events(new_path)
    for k in sorted(set(old) | set(new)):
        a = [x for x, _ in old.get(k, [])]
        b = [x for x, _ in new.get(k, [])]
        if a == b:
            continue
        e = (old.get(k) or new.get(k))[0][1]
        t, s = texts[k[0]], e["sentence"]
        ts, te = e["trigger"]["start"], e["trigger"]["end"]
        ctx = t[max(s["start"], ts - 100):ts] + "⟦" + t[ts:te] + "⟧" + t[te:min(s["end"], te + 100)]
        ctx = ctx.replace("\n", " ").replace("\t", " ")
        if a:
            change, desc = "LOST", " / ".join(a) + (f"  NOW {' / '.join(b)}" if b else "")
        else:
            change, desc = "NEW", " / ".join(b)
        print(f"\t{change}\t{desc}\t{ctx}")


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2])
    else:
        diff(*sys.argv[2:5])

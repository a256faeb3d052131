#!/usr/bin/env python3
"""Draw the event evaluation sample from SaudiNewsNet (deterministic: fixed seed).

20 articles per topic (politics, security, protest, economy, sports), chosen by title/text keywords,
at most 3 per outlet per topic, 300..3000 characters of text; alternate articles go to the dev and
held-out halves. The next 10 per topic, drawn the same way, form the `fresh` split: a second held-out
set, judged once, because the first held-out half informed rule changes. The 10 after those form
`fresh2`, judged once after `fresh` had informed rule changes in turn (its per-outlet cap is counted
within the split, as the earlier draws had used up the outlets of the rarer topics). The 10 after those form
`fresh3`, judged once after `fresh2` had informed rule changes (outlet cap counted within fresh2 and
fresh3 together, so the earlier splits stay byte-identical). The 10 after those form `fresh4`, judged once
after `fresh3` had informed rule changes (same outlet count). The 10 after those form `fresh5`, judged once
after `fresh4` had informed rule changes (session 6; outlets counted afresh within fresh5, as fresh2..fresh4
had used up those of the rarer topics). The 10 after those form `fresh6`, judged once after `fresh5` had
informed rule changes (session 6b; outlets counted afresh within fresh6). The 10 after those form `fresh7`,
judged once with the final code of session 7 (outlets counted afresh within fresh7). The 10 after those
form `fresh8`, judged once with the code at the start of session 8 (outlets counted afresh within fresh8). The 10 after
those form `fresh9`, judged once with the code at the start of session 9 (outlets counted afresh within fresh9). Writes the draw as sample.tsv (id, split,
topic, source; the article texts stay in the shared corpus, whose licence does not allow copying them into the repository), or with --texts the drawn
articles as JSON Lines for `events_dump --jsonl`:

    GZ=../../../../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
    python3 sample.py $GZ > sample.tsv
    python3 sample.py --texts $GZ > /tmp/sample.jsonl
"""
import collections, gzip, json, random, sys

TOPICS = {
    "protest": ["تظاهر", "متظاهر", "احتجاج", "محتج", "اعتصام", "إضراب", "مسيرة"],
    "security": ["قتل", "مقتل", "انفجار", "تفجير", "هجوم", "اعتقال", "القبض", "غارة", "اشتباك", "مسلح"],
    "sports": ["مباراة", "الدوري", "المنتخب", "لاعب", "المدرب", "هدف"],
    "economy": ["النفط", "الاقتصاد", "الأسهم", "السوق", "استثمار", "ريال", "الميزانية"],
    "politics": ["وزير الخارجية", "الرئيس", "مجلس الأمن", "الأمم المتحدة", "مباحثات", "المفاوضات", "قمة"],
}
PER_TOPIC, PER_OUTLET, FRESH_PER_TOPIC = 20, 3, 10
# later held-out splits, each the next FRESH_PER_TOPIC per topic of the same draw, each judged once
LATER = ["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9"]


def topic_of(d):
    head = d.get("title") or ""
    body = d["text"][:600]
    scores = {t: sum(3 * head.count(w) + body.count(w) for w in ws) for t, ws in TOPICS.items()}
    t, s = max(scores.items(), key=lambda x: x[1])
    return t if s >= 2 else None


def main():
    texts = sys.argv[1] == "--texts"
    docs = [json.loads(l) for l in gzip.open(sys.argv[-1], "rt", encoding="utf-8")]
    random.Random(20261124).shuffle(docs)
    taken = collections.defaultdict(list)
    later = {sp: collections.defaultdict(list) for sp in LATER}
    per = collections.Counter()
    for d in docs:
        if not 300 <= len(d["text"]) <= 3000:
            continue
        t = topic_of(d)
        if t is None:
            continue
        # fresh2 counts its outlets afresh: the earlier draws exhausted the outlets of rarer topics
        # (fresh3, fresh4 and fresh5 share fresh2's count, so fresh2 stays as it was drawn)
        pool = "fresh2" if len(later["fresh"][t]) >= FRESH_PER_TOPIC else ""
        # fresh5 counts afresh again: fresh2..fresh4 had used up the outlets of the rarer topics
        if len(later["fresh4"][t]) >= FRESH_PER_TOPIC:
            pool = "fresh5"
        # and so does fresh6 (session 6b), once fresh5 is full, so fresh5 stays as it was drawn
        if len(later["fresh5"][t]) >= FRESH_PER_TOPIC:
            pool = "fresh6"
        # and fresh7 (session 7), once fresh6 is full, so fresh6 stays as it was drawn
        if len(later["fresh6"][t]) >= FRESH_PER_TOPIC:
            pool = "fresh7"
        # and fresh8 (session 8), once fresh7 is full, so fresh7 stays as it was drawn
        if len(later["fresh7"][t]) >= FRESH_PER_TOPIC:
            pool = "fresh8"
        # and fresh9 (session 9), once fresh8 is full, so fresh8 stays as it was drawn
        if len(later["fresh8"][t]) >= FRESH_PER_TOPIC:
            pool = "fresh9"
        if per[(pool, t, d["source"])] >= PER_OUTLET:
            continue
        # the first PER_TOPIC go to dev/held; the next FRESH_PER_TOPIC, drawn the same way, to a
        # second held-out split judged once, after the held-out half had informed rule changes
        if len(taken[t]) < PER_TOPIC:
            taken[t].append(d)
        else:
            split = next((sp for sp in LATER if len(later[sp][t]) < FRESH_PER_TOPIC), None)
            if split is None:
                continue
            later[split][t].append(d)
        per[(pool, t, d["source"])] += 1
    i = 0
    if not texts:
        print("id\tsplit\ttopic\tsource")
    drawn = [(t, d, None) for t in TOPICS for d in taken[t]]
    drawn += [(t, d, sp) for sp in LATER for t in TOPICS for d in later[sp][t]]
    for t, d, split in drawn:
        rec = {k: d.get(k) for k in ("id", "source", "published", "title", "text")}
        rec["topic"] = t
        rec["split"] = split or ("dev" if i % 2 == 0 else "held")
        i += 1
        if texts:
            print(json.dumps(rec, ensure_ascii=False))
        else:
            print(f"{rec['id']}\t{rec['split']}\t{t}\t{rec['source']}")


if __name__ == "__main__":
    main()

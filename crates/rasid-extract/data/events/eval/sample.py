#!/usr/bin/env python3
"""Draw the event evaluation sample from SaudiNewsNet (deterministic: fixed seed).

20 articles per topic (politics, security, protest, economy, sports), chosen by title/text keywords,
at most 3 per outlet per topic, 300..3000 characters of text; alternate articles go to the dev and
held-out halves. Writes sample.jsonl (id, split, topic, source, title, text, published).

    python3 sample.py ../../../../../../shared/data/saudinewsnet/saudinewsnet.jsonl.gz > sample.jsonl
"""
import collections, gzip, json, random, sys

TOPICS = {
    "protest": ["تظاهر", "متظاهر", "احتجاج", "محتج", "اعتصام", "إضراب", "مسيرة"],
    "security": ["قتل", "مقتل", "انفجار", "تفجير", "هجوم", "اعتقال", "القبض", "غارة", "اشتباك", "مسلح"],
    "sports": ["مباراة", "الدوري", "المنتخب", "لاعب", "المدرب", "هدف"],
    "economy": ["النفط", "الاقتصاد", "الأسهم", "السوق", "استثمار", "ريال", "الميزانية"],
    "politics": ["وزير الخارجية", "الرئيس", "مجلس الأمن", "الأمم المتحدة", "مباحثات", "المفاوضات", "قمة"],
}
PER_TOPIC, PER_OUTLET = 20, 3


def topic_of(d):
    head = d.get("title") or ""
    body = d["text"][:600]
    scores = {t: sum(3 * head.count(w) + body.count(w) for w in ws) for t, ws in TOPICS.items()}
    t, s = max(scores.items(), key=lambda x: x[1])
    return t if s >= 2 else None


def main():
    docs = [json.loads(l) for l in gzip.open(sys.argv[1], "rt", encoding="utf-8")]
    random.Random(20261124).shuffle(docs)
    taken = collections.defaultdict(list)
    per = collections.Counter()
    for d in docs:
        if not 300 <= len(d["text"]) <= 3000:
            continue
        t = topic_of(d)
        if t is None or len(taken[t]) >= PER_TOPIC or per[(t, d["source"])] >= PER_OUTLET:
            continue
        per[(t, d["source"])] += 1
        taken[t].append(d)
    i = 0
    for t in TOPICS:
        for d in taken[t]:
            rec = {k: d.get(k) for k in ("id", "source", "published", "title", "text")}
            rec["topic"] = t
            rec["split"] = "dev" if i % 2 == 0 else "held"
            i += 1
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Candidates for data/lexicon/organizations.tsv: organisation-like n-grams rasid misses.

Input: rasid's record of a corpus slice with its text
(`rasid extract --with-text slice.jsonl > out.jsonl`). Every n-gram (2-6 words) that opens
with an organisation head (منظمة، هيئة، اللجنة، الاتحاد، مجلس، حزب، صندوق، قوات …, clitics
و/ف/ب/ل/لل stripped) is counted, with how many of its occurrences rasid already covers by an
entity mention (head and last word both inside one) and what entity that is. Writes
OUT.cands.tsv: count, documents, covered, folded n-gram, a surface form, top entities; n-grams
seen at least 12 times in 5 documents. Rank the rows with covered well below count, then read
them: most are generic (مجلس الإدارة، المركز الأول) and only named bodies belong in the lexicon.

usage: python3 scripts/lexicon/org_candidates.py out.jsonl
       awk -F'\t' '$3 < 0.5*$1' out.jsonl.cands.tsv | head -300
"""
import json, re, sys, collections

HEADS = set("""منظمة هيئة لجنة الاتحاد اتحاد مجلس حزب حركة جماعة جبهة تنظيم ائتلاف تحالف التحالف
ميليشيا ميليشيات مليشيا مليشيات كتائب ألوية الوية لواء جيش الجيش قوات القوات المحكمة محكمة البرلمان برلمان وكالة
صندوق البنك بنك المنظمة الهيئة المجلس الحزب الحركة الجماعة الجبهة الائتلاف الصندوق الوكالة المفوضية مفوضية
الجمعية جمعية رابطة الرابطة المركز مركز المؤسسة مؤسسة الحرس المرصد النيابة الأكاديمية المكتب مكتب
السلطة سلطة الكونغرس المنتدى منتدى الأمانة منظمات الفيدرالية الحكومة حكومة المقاومة اللجنة الميليشيات المليشيات الكتائب الدفاع الأمن الديوان المديرية الإدارة الرئاسة الشرطة الاستخبارات المخابرات الجهاز جهاز الوكالة الأمم""".split())
CLITICS = ("و", "ف", "ب", "ل", "ك")
TOK = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
DIAC = re.compile(r"[\u064B-\u0652\u0640]")

def fold(w):
    w = DIAC.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w)
    w = w.replace("ى", "ي").replace("ة", "ه")
    return w

FOLDED_HEADS = {fold(h) for h in HEADS}

def strip_clitic(w):
    f = fold(w)
    if f in FOLDED_HEADS:
        return f, 0
    for c in CLITICS:
        if f.startswith(c) and f[1:] in FOLDED_HEADS:
            return f[1:], 1
    if f.startswith("لل") and "ال" + f[2:] in FOLDED_HEADS:
        return "ال" + f[2:], 1
    for c in ("و", "ف"):
        if f.startswith(c + "ب") or f.startswith(c + "ل"):
            if f[2:] in FOLDED_HEADS:
                return f[2:], 2
            if f.startswith(c + "لل") and "ال" + f[3:] in FOLDED_HEADS:
                return "ال" + f[3:], 2
    return None, 0

STOP_NEXT = set(fold(w) for w in """في من على إلى الى عن مع أن ان إن التي الذي الذين قد لم لن ما لا هو هي و أو ثم بعد قبل خلال""".split())

def main(path, maxn=7):
    counts = collections.Counter()
    covered = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    surface = collections.defaultdict(collections.Counter)
    docs = collections.defaultdict(set)
    for ln, line in enumerate(open(path, encoding="utf-8")):
        r = json.loads(line)
        text = r["document"].get("text") or ""
        # coverage by char: map char -> entity kind:name
        cov = {}
        for e in r.get("entities", []):
            for m in e.get("mentions", []):
                for i in range(m["start"], m["end"]):
                    cov[i] = (e["kind"], e.get("code") or "", e["name"])
        toks = [(m.start(), m.end(), m.group()) for m in TOK.finditer(text)]
        for i, (s, e, w) in enumerate(toks):
            h, cl = strip_clitic(w)
            if h is None:
                continue
            hs = s + cl
            words = [h]
            for j in range(i + 1, min(i + maxn, len(toks))):
                # stop at punctuation between tokens
                gap = text[toks[j - 1][1]:toks[j][0]]
                if gap.strip() not in ("",):
                    break
                fw = fold(toks[j][2])
                if fw in STOP_NEXT:
                    break
                words.append(fw)
                key = " ".join(words)
                end = toks[j][1]
                counts[key] += 1
                docs[key].add(ln)
                surface[key][text[hs:end]] += 1
                # covered if the last token and the head are both inside entity mentions
                c1, c2 = cov.get(hs + 1), cov.get(end - 1)
                if c1 and c2:
                    covered[key] += 1
                    kinds[key][f"{c2[0]}:{c2[1]}:{c2[2]}"] += 1
                elif c2:
                    kinds[key][f"tail:{c2[0]}:{c2[1]}:{c2[2]}"] += 1
    out = []
    for k, n in counts.items():
        if n < 12 or len(docs[k]) < 5:
            continue
        out.append((n, len(docs[k]), covered[k], k))
    out.sort(reverse=True)
    with open(path + ".cands.tsv", "w", encoding="utf-8") as f:
        for n, d, c, k in out:
            sf = surface[k].most_common(1)[0][0]
            kk = "; ".join(f"{a}={b}" for a, b in kinds[k].most_common(2))
            f.write(f"{n}\t{d}\t{c}\t{k}\t{sf}\t{kk}\n")

if __name__ == "__main__":
    main(sys.argv[1])

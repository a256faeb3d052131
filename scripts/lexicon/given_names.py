"""Mine data/lexicon/given_names.tsv: given names that open person names in SaudiNewsNet.

Input: rasid's own record of the corpus (`rasid extract --format json saudinewsnet.jsonl.gz`).
A word is kept when it opens the names of at least MIN distinct persons of two words or more
(the model's and the lexicon's), and is not an article word, a role noun of roles.tsv, a name
particle (ابو، بن، عبد …) or a word of the stoplist below (words the model's spans open that are
no given names). The list lets a known given name right after a reporting verb open a speaker's
name the model missed (قال سلطان اللويحق، رئيس …).

usage: python3 scripts/lexicon/given_names.py /tmp/all.jsonl > data/lexicon/given_names.tsv
"""
import collections
import json
import os
import re
import sys

MIN = 5
HERE = os.path.dirname(os.path.abspath(__file__))
ROLES = os.path.join(HERE, '..', '..', 'data', 'lexicon', 'roles.tsv')
PARTICLES = {'ابو', 'ابن', 'بن', 'بنت', 'عبد', 'ام', 'ابي', 'ابا', 'وابو', 'بني', 'ال'}
# Opening words of the model's spans that are no given names (checked by hand on the mined list).
STOP = set('''كل اند غير عضو نائب نائبه جندي خبير منسق غرفه بين مبعوث مديريه محافظ اماره لسان سوبر
بيان دبلوماسي فريق مسؤول سفير مدير وزير رئيس اير ويز نيو سان دي دو بو فان لوس ورلد سكاي رود
اوف اكبر يليب حاكم ملك قائد شيخ امير الامير لي نور عيد صباح شمس سفر سهل جو لو جاي تلفزيون امس
برلمان بيت جنرال جوال دور راديو ستاندرد راس روز سانت زين سيد عز خلف خميس نجاح رعد مولود بدوي رسول
ستار سمر سياف شرف نجم صادق غراند كولونيل نيويورك هاي هيونداي ورد وكاس ومحمد يلو بولوني نيل ريد ريتش'''.split())


def fold(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640]', '', s)
    return re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')


def main():
    roles = set()
    for line in open(ROLES, encoding='utf-8'):
        if line.startswith('#') or line.startswith('phrase'):
            continue
        roles.add(fold(line.split('\t')[0].split()[0]))
    names = collections.defaultdict(set)
    for line in open(sys.argv[1], encoding='utf-8'):
        for e in json.loads(line)['entities']:
            words = e['name'].split()
            if e['kind'] == 'person' and len(words) >= 2:
                names[fold(words[0])].add(fold(e['name']))
    keep = sorted(
        (w for w, v in names.items()
         if len(v) >= MIN and not w.startswith('ال') and w not in PARTICLES
         and w not in roles and w not in STOP and len(w) >= 2),
        key=lambda w: (-len(names[w]), w))
    out = sys.stdout
    out.write('# Given names (folded) that open person names in SaudiNewsNet (CC BY-NC-SA 4.0), mined\n'
              '# by scripts/lexicon/given_names.py from rasid\'s own record of the corpus: each opens the\n'
              f'# names of at least {MIN} distinct persons. persons = how many. GENERATED: rerun the script.\n')
    out.write('name\tpersons\n')
    for w in keep:
        out.write(f'{w}\t{len(names[w])}\n')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Self-check for the heldout-14 synthetic set. Run: python3 validate.py  (exit code 1 on errors)."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = '/work/shared/corpus/entities.json'
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
# Noise lines (exact line text or regex) per article, following the corpus guidelines
# (bylines, date lines, Share, captions, credits, Related/Read more, sign-offs) plus this set's
# own noise types (embedded social posts, kicker/tag lines, author bio, newsletter furniture).
NOISE = {
 'h14-01': [r'^By Dana Whitfield', r'^Share$', r'^\[Embedded post\]$', r'^@SyriaCivilDefence:', r'^Read more:'],
 'h14-02': [r'^Field update \|', r'^Posted by ', r'^Photo:', r'^Support our emergency appeal$', r'^Donate now \|'],
 'h14-03': [r'^By Omar Nassif$', r'Meridian Wire/Stringer$', r'^\(Reporting by', r'^Related:'],
 'h14-04': [r'^READ MORE:$', r'^- Erdoğan:', r'^- Olive farmers'],
 'h14-05': [r'^H\.Z/ Ghossoun$'],
 'h14-06': [r'^By Leila Mansour$', r'^Leila Mansour is a fellow', r'^Nov 8, 2024$', r'^Related:'],
 'h14-07': [r'^Photo:', r'^sr/lb$'],
 'h14-08': [r'^Issue 87 \|', r'^Sources:', r'^Forward this newsletter'],
}
# Non-noise lines that are headings (no statements expected there) are fine; day headings are body text.
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
base = json.load(open(BASE, encoding='utf-8'))
A = {a['id']: a for a in reg['actors']}
P = {p['id']: p for p in reg['places']}
GI = {g['id']: g for g in reg['globalIncidents']}
# registry: nothing deleted or renamed, ids unique, new entries well-formed
for part in ('actors', 'places', 'globalIncidents'):
    ids = [x['id'] for x in reg[part]]
    if len(ids) != len(set(ids)): err(f'registry {part}: duplicate ids')
    for x in base[part]:
        if x['id'] not in ids: err(f'registry {part}: base id {x["id"]} missing')
        else:
            cur = next(y for y in reg[part] if y['id'] == x['id'])
            for k, v in x.items():
                if k in ('aliases', 'contextualAliases'):
                    if not set(v) <= set(cur.get(k, [])): err(f'{x["id"]}: base {k} removed')
                elif k not in ('articles',) and cur.get(k) != v: err(f'{x["id"]}: base field {k} changed')
for a in reg['actors']:
    if a.get('partOf') and a['partOf'] not in A: err(f'actor {a["id"]}: partOf {a["partOf"]} unknown')
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err(f'actor {a["id"]}: missing {k}')
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err(f'place {p["id"]}: missing {k}')
    if p['country'] == 'Syria' and p['lat'] is not None and not (32 < p['lat'] < 37.5 and 35.5 < p['lon'] < 42.5):
        err(f'place {p["id"]}: coordinates outside Syria')
for g in reg['globalIncidents']:
    for pl in g['places']:
        if pl not in P: err(f'{g["id"]}: place {pl} unknown')

def lines_of(text):
    return text.split('\n')

seen_global = {}
total = {'articles': 0, 'incidents': 0, 'statements': 0, 'figures': 0}
for n in range(1, 9):
    aid = f'h14-{n:02d}'
    txt = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
    gold = json.load(open(os.path.join(HERE, aid + '.gold.json'), encoding='utf-8'))
    total['articles'] += 1
    L = lines_of(txt)
    if L[1] != '': err(f'{aid}: line 2 must be blank')
    if set(gold) != {'article', 'actors', 'places', 'incidents', 'statements'}: err(f'{aid}: top-level keys {sorted(gold)}')
    art = gold['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(f'{aid}: article keys {sorted(art)}')
    if art['id'] != aid: err(f'{aid}: article.id')
    if art['title'] != L[0]: err(f'{aid}: title differs from line 1')
    if not art['url'].startswith('https://example.org/'): err(f'{aid}: url')
    pub = art['publishedAt']
    if pub is not None:
        d = datetime.date.fromisoformat(pub)
        if not (datetime.date(2024, 10, 1) <= d <= datetime.date(2024, 11, 30)): err(f'{aid}: publishedAt outside Oct-Nov 2024')
    # body, noise
    pats = [re.compile(p) for p in NOISE.get(aid, [])]
    body_lines = L[2:]
    used = set()
    clean = []
    for ln in body_lines:
        isnoise = any(p.search(ln) for p in pats)
        for i, p in enumerate(pats):
            if p.search(ln): used.add(i)
        if not isnoise: clean.append(ln)
    for i, p in enumerate(pats):
        if i not in used: err(f'{aid}: noise pattern {p.pattern!r} matches no line')
    wc = sum(len(l.split()) for l in clean)
    if not (200 <= wc <= 450): err(f'{aid}: body word count {wc} outside 200-450')
    elif wc > 350: warn(f'{aid}: body word count {wc} > 350')
    # ids
    for x in gold['actors']:
        if x not in A: err(f'{aid}: actor {x} not in registry')
    for x in gold['places']:
        if x not in P: err(f'{aid}: place {x} not in registry')
    if len(set(gold['actors'])) != len(gold['actors']): err(f'{aid}: duplicate actors')
    if len(set(gold['places'])) != len(gold['places']): err(f'{aid}: duplicate places')
    # light surface check: each listed actor/place has some alias (or name) in headline/body text, noise excluded
    scan = L[0] + '\n' + '\n'.join(clean)
    for x in gold['actors'] + gold['places']:
        e = A.get(x) or P.get(x)
        if e and not any(al.lower() in scan.lower() for al in e['aliases'] + [e['name']]):
            warn(f'{aid}: no literal alias of {x} in text (check it is referred to descriptively)')
    keys = {}
    for inc in gold['incidents']:
        total['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(f'{aid}: incident keys {sorted(inc)}')
        if inc['key'] in keys: err(f'{aid}: duplicate incident key {inc["key"]}')
        keys[inc['key']] = inc
        if inc['kind'] not in KINDS: err(f'{aid}/{inc["key"]}: kind')
        if inc['date'] is not None:
            dd = datetime.date.fromisoformat(inc['date'])
            if pub and dd > datetime.date.fromisoformat(pub): err(f'{aid}/{inc["key"]}: date after publication')
        elif pub is not None:
            warn(f'{aid}/{inc["key"]}: null date with known publishedAt')
        if not inc['places']: err(f'{aid}/{inc["key"]}: no places')
        for pl in inc['places']:
            if pl not in gold['places']: err(f'{aid}/{inc["key"]}: place {pl} not in article places')
        for pe in inc['perpetratorAlleged']:
            if pe not in gold['actors']: err(f'{aid}/{inc["key"]}: perpetrator {pe} not in article actors')
        if inc['sameAs']:
            g = GI.get(inc['sameAs'])
            if not g: err(f'{aid}/{inc["key"]}: sameAs {inc["sameAs"]} unknown')
            else:
                if g['date'] != inc['date']: err(f'{aid}/{inc["key"]}: date {inc["date"]} != {g["id"]} {g["date"]}')
                if set(g['places']) != set(inc['places']): err(f'{aid}/{inc["key"]}: places differ from {g["id"]}')
                if g['kind'] != inc['kind']: err(f'{aid}/{inc["key"]}: kind differs from {g["id"]}')
                if aid not in g['articles']: err(f'{aid}/{inc["key"]}: {aid} not in {g["id"]}.articles')
                seen_global.setdefault(g['id'], []).append(aid)
    if pub is None:
        for inc in gold['incidents']:
            if inc['date'] is not None: warn(f'{aid}/{inc["key"]}: dated {inc["date"]} with publishedAt null (must come from an absolute date in the text)')
    for i, s in enumerate(gold['statements']):
        total['statements'] += 1
        tag = f'{aid}/st{i+1}'
        if set(s) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}: err(f'{tag}: keys {sorted(s)}')
        if set(s['about']) != {'incident', 'actor'}: err(f'{tag}: about keys')
        if s['speaker'] not in gold['actors']: err(f'{tag}: speaker {s["speaker"]} not in actors')
        if s['stance'] not in STANCES: err(f'{tag}: stance {s["stance"]}')
        if s['about']['actor'] is not None and s['about']['actor'] not in gold['actors']: err(f'{tag}: about.actor {s["about"]["actor"]} not in actors')
        if s['about']['incident'] is not None and s['about']['incident'] not in keys: err(f'{tag}: about.incident {s["about"]["incident"]} unknown')
        for f in ('killed', 'injured', 'children'):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(f'{tag}: {f}={v!r}')
        if s['killed'] is not None or s['injured'] is not None or s['children'] is not None: total['figures'] += 1
        if s['qualifier'] not in QUALS: err(f'{tag}: qualifier')
        if (s['killed'] is None and s['injured'] is None) != (s['qualifier'] is None): err(f'{tag}: qualifier/figures mismatch')
        if s['children'] is not None and s['killed'] is not None and s['children'] > s['killed']: err(f'{tag}: children > killed')
        ev = s['evidence']
        if not ev: warn(f'{tag}: no evidence'); continue
        inlines = [ln for ln in body_lines if ev in ln]
        if not inlines: err(f'{tag}: evidence not a substring of a single body line: {ev[:60]!r}')
        elif all(any(p.search(ln) for p in pats) for ln in inlines): err(f'{tag}: evidence only in a noise line')
        if ev in L[0] and not inlines: err(f'{tag}: evidence from headline')
for gid, g in GI.items():
    if gid.startswith('G14'):
        got = sorted(seen_global.get(gid, []))
        if got != sorted(g['articles']): err(f'{gid}: articles {g["articles"]} but used by {got}')
        if len(got) < 2: err(f'{gid}: fewer than two articles')
print('counts:', total)
for w in warnings: print('WARN ', w)
for e in errors: print('ERROR', e)
print(f'{len(errors)} error(s), {len(warnings)} warning(s)')
sys.exit(1 if errors else 0)

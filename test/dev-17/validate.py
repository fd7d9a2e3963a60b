#!/usr/bin/env python3
"""Self-check for the heldout-15 set. Run: python3 validate.py (from any directory)."""
import json, os, re, sys, datetime
D = os.path.dirname(os.path.abspath(__file__))
E = json.load(open(os.path.join(D, 'entities.json')))
ACT = {a['id']: a for a in E['actors']}
PLA = {p['id']: p for p in E['places']}
GI = {g['id']: g for g in E['globalIncidents']}
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
# Noise lines (guidelines: bylines, date lines, share blocks, Related/Read more lists, captions,
# credits, SOURCE, sign-offs) plus live-page time stamps and outlet/section lines.
NOISE_RE = [r'^[Bb]y [A-Z][a-z]+( (and )?[A-Z][A-Za-z\-]+)+$', r'^\d{1,2} [A-Z][a-z]+ \d{4}$', r'^\d{1,2} [A-Z][a-z]{2} \d{4}$',
            r'^Published', r'^Share', r'^Email$', r'^Facebook$', r'^Twitter', r'^Advertisement$',
            r'^Related', r'^Read more', r'^READ MORE', r'^Also on ', r'^Photo:', r'^Image caption:',
            r'^\(.*\)$', r'^SOURCE:', r'^\d\d:\d\d GMT$', r'^Live Reporting$', r'^Edited by ',
            r'^ReliefPost$', r'^Levant Brief \|', r'^Northstar News, ', r'^Administration of Sarmin Surgical Hospital$']
LIST_HEADS = [r'^Related Topics$', r'^READ MORE:?$']  # every line after these is noise
def noise_lines(lines):
    out, in_list = set(), False
    for i, l in enumerate(lines):
        if i == 0 or not l.strip():
            continue
        if in_list or any(re.match(p, l) for p in NOISE_RE):
            out.add(i)
        if any(re.match(p, l) for p in LIST_HEADS):
            in_list = True
    return out
errors, summary = [], []
def err(a, m): errors.append(f'{a}: {m}')
ids = sorted(f[:-4] for f in os.listdir(D) if re.match(r'h15-\d\d\.txt$', f))
if len(ids) != 8: errors.append(f'expected 8 articles, found {len(ids)}')
gi_seen = {}
tot = dict(inc=0, st=0, fig=0)
for a in ids:
    text = open(os.path.join(D, a + '.txt'), encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 3 or lines[1].strip() != '': err(a, 'line 2 must be blank')
    nz = noise_lines(lines)
    body_lines = [l for i, l in enumerate(lines) if i > 0 and i not in nz]
    words = sum(len(l.split()) for l in body_lines)
    if not 200 <= words <= 450: err(a, f'body has {words} words (want 200-450)')
    g = json.load(open(os.path.join(D, a + '.gold.json'), encoding='utf-8'))
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']: err(a, f'top-level keys {list(g)}')
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(a, f'article keys {set(art)}')
    if art['id'] != a: err(a, 'article.id')
    if art['title'] != lines[0]: err(a, 'title differs from line 1')
    if not art['url'].startswith('https://example.org/'): err(a, 'url')
    pub = art['publishedAt']
    if pub is not None: datetime.date.fromisoformat(pub)
    for x in g['actors']:
        if x not in ACT: err(a, f'unknown actor {x}')
    for x in g['places']:
        if x not in PLA: err(a, f'unknown place {x}')
    if len(set(g['actors'])) != len(g['actors']): err(a, 'duplicate actors')
    if len(set(g['places'])) != len(g['places']): err(a, 'duplicate places')
    keys = set()
    for inc in g['incidents']:
        tot['inc'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(a, f'incident keys {set(inc)}')
        if inc['key'] in keys: err(a, f'duplicate key {inc["key"]}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(a, f'kind {inc["kind"]}')
        if inc['date'] is not None:
            datetime.date.fromisoformat(inc['date'])
            if pub is None and inc['date'] not in text and not re.search(r'\d{1,2} (January|February|March)|(January|February|March) \d{1,2}', text):
                err(a, f'{inc["key"]} dated although publishedAt is null and no absolute date in text')
            if pub is not None and inc['date'] > pub: err(a, f'{inc["key"]} date after publication')
        for p in inc['places']:
            if p not in g['places']: err(a, f'{inc["key"]} place {p} not in places')
        if not inc['places']: err(a, f'{inc["key"]} has no place')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(a, f'{inc["key"]} perpetrator {p} not in actors')
        s = inc['sameAs']
        if s is not None:
            if s not in GI: err(a, f'sameAs {s} not in registry'); continue
            gi = GI[s]
            gi_seen.setdefault(s, set()).add(a)
            if gi['date'] != inc['date']: err(a, f'{inc["key"]} date {inc["date"]} != {s} {gi["date"]}')
            if set(gi['places']) != set(inc['places']): err(a, f'{inc["key"]} places != {s}')
            if gi['kind'] != inc['kind']: err(a, f'{inc["key"]} kind != {s}')
            if a not in gi['articles']: err(a, f'{s} does not list {a}')
    for n, st in enumerate(g['statements']):
        tot['st'] += 1
        w = f'S{n+1}'
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}: err(a, f'{w} keys')
        if st['speaker'] not in g['actors']: err(a, f'{w} speaker {st["speaker"]} not in actors')
        if st['stance'] not in STANCES: err(a, f'{w} stance')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(a, f'{w} about keys')
        if ab['incident'] is not None and ab['incident'] not in keys: err(a, f'{w} incident {ab["incident"]} unknown')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(a, f'{w} about.actor {ab["actor"]} not in actors')
        if st['stance'] in ('ACCUSATION',) and ab['actor'] is None: err(a, f'{w} accusation without accused')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(a, f'{w} {f}={v}')
        if st['qualifier'] not in QUALS: err(a, f'{w} qualifier')
        if (st['killed'] is None and st['injured'] is None) != (st['qualifier'] is None): err(a, f'{w} qualifier/figure mismatch')
        if any(st[f] is not None for f in ('killed', 'injured', 'children')): tot['fig'] += 1
        ev = st['evidence']
        hits = [i for i, l in enumerate(lines) if ev in l]
        if not hits: err(a, f'{w} evidence not found: {ev[:60]!r}')
        elif all(i == 0 or i in nz for i in hits): err(a, f'{w} evidence only in headline/noise')
    summary.append(f'{a}: pub={pub} words={words} incidents={len(g["incidents"])} statements={len(g["statements"])}')
for s, arts in gi_seen.items():
    if set(GI[s]['articles']) != arts: errors.append(f'{s}: registry articles {GI[s]["articles"]} vs used in {sorted(arts)}')
    if len(arts) < 2: errors.append(f'{s}: used in fewer than 2 articles')
for gid, g in GI.items():
    if gid.startswith('G15') and gid not in gi_seen: errors.append(f'{gid} defined but unused')
    for p in g['places']:
        if p not in PLA: errors.append(f'{gid} place {p} unknown')
for a in E['actors']:
    if a.get('partOf') and a['partOf'] not in ACT: errors.append(f'actor {a["id"]} partOf unknown')
for p in E['places']:
    if p.get('parent') and p['parent'] not in PLA: errors.append(f'place {p["id"]} parent unknown')
print('\n'.join(summary))
print(f'TOTAL articles={len(ids)} incidents={tot["inc"]} statements={tot["st"]} statements_with_figures={tot["fig"]}')
if errors:
    print(f'{len(errors)} ERROR(S):'); print('\n'.join(errors)); sys.exit(1)
print('OK: no errors')

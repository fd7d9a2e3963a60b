#!/usr/bin/env python3
"""Self-check for the heldout-23 set. Run: python3 validate.py  (exit code 1 on errors)."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
E = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
ACT = {a['id']: a for a in E['actors']}
PLA = {p['id']: p for p in E['places']}
GLO = {g['id']: g for g in E['globalIncidents']}
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
errors, warnings = [], []
def err(f, m): errors.append(f'{f}: {m}')
def warn(f, m): warnings.append(f'{f}: {m}')

# registry sanity: never delete/rename shared ids
shared = json.load(open('/work/shared/corpus/entities.json', encoding='utf-8')) if os.path.exists('/work/shared/corpus/entities.json') else None
if shared:
    for part in ('actors', 'places', 'globalIncidents'):
        mine = {x['id'] for x in E[part]}
        for x in shared[part]:
            if x['id'] not in mine: err('entities.json', f'shared id removed: {x["id"]}')
for a in E['actors']:
    if a.get('partOf') and a['partOf'] not in ACT: err('entities.json', f'{a["id"]} partOf unknown {a["partOf"]}')
for p in E['places']:
    if p.get('parent') and p['parent'] not in PLA: err('entities.json', f'{p["id"]} parent unknown {p["parent"]}')
    if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)): err('entities.json', f'{p["id"]} lacks coordinates')
ids = [x['id'] for part in ('actors', 'places', 'globalIncidents') for x in E[part]]
if len(ids) != len(set(ids)): err('entities.json', 'duplicate ids')

# Noise lines: generic patterns (corpus guidelines) plus per-article explicit lines.
NOISE_RE = [r'^By [A-Z][a-z]+ [A-Z][a-z]+(,|$)', r'^Published time:', r'^Share( this with)?$', r'^(Email|Facebook|Twitter)$', r'^Advertisement$',
            r'^(Related|Read more|Also on|READ MORE|Related News|Related Topics)\b', r'^(Photo|Image caption):', r'^\(Reporting by',
            r'^SOURCE:', r'^___$', r'^Format:', r'^Posted:', r'^For further information', r'^[a-z]{2}(/[a-z]{2})+$']
NOISE_EXPLICIT = {
    'h23-01': ['Cemil Aksoy   |08.11.2021 - Update : 08.11.2021'],
    'h23-02': ['KEY DEVELOPMENTS'],
    'h23-03': ['Rights Dispatch staff'],
    'h23-05': ['Northstar News, Idlib'],
    'h23-07': ['15 October 2021'],
    'h23-08': ['Syria Weekly Digest | Monday 18 October 2021', 'Commentary'],
}
def split(stem, text):
    lines = text.split('\n')
    assert lines[1] == '', 'line 2 must be blank'
    body, noise, in_related = [], [], False
    for l in lines[2:]:
        s = l.strip()
        if not s:
            in_related = False; continue
        isn = any(re.match(p, s) for p in NOISE_RE) or s in NOISE_EXPLICIT.get(stem, [])
        if re.match(r'^(Related|Read more|Related Topics)\b', s): in_related = True
        elif in_related: isn = True      # lists under Related / Related Topics
        (noise if isn else body).append(s)
    return lines[0], body, noise

files = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r'h23-\d\d\.txt', f))
if len(files) != 8: err('set', f'expected 8 articles, found {len(files)}')
tot = dict(inc=0, st=0, fig=0)
glob_seen = {}
for stem in files:
    text = open(os.path.join(HERE, stem + '.txt'), encoding='utf-8').read()
    try:
        title, body, noise = split(stem, text)
    except AssertionError as e:
        err(stem, str(e)); continue
    bodytext = '\n'.join(body)
    nw = len(bodytext.split())
    lo, hi = (80, 199) if stem == 'h23-04' else (200, 450)
    if not lo <= nw <= hi: err(stem, f'body word count {nw} outside {lo}-{hi}')
    try:
        g = json.load(open(os.path.join(HERE, stem + '.gold.json'), encoding='utf-8'))
    except Exception as e:
        err(stem, f'gold unreadable: {e}'); continue
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']: err(stem, f'top-level keys {list(g.keys())}')
    a = g['article']
    if set(a) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(stem, f'article keys {set(a)}')
    if a['id'] != stem: err(stem, 'article.id != file stem')
    if a['title'] != title: err(stem, 'title is not line 1 verbatim')
    if not a['url'].startswith('https://example.org/'): err(stem, 'url not example.org')
    pub = a['publishedAt']
    if pub is not None: datetime.date.fromisoformat(pub)
    for x in g['actors']:
        if x not in ACT: err(stem, f'actor not in registry: {x}')
    for x in g['places']:
        if x not in PLA: err(stem, f'place not in registry: {x}')
    if len(set(g['actors'])) != len(g['actors']) or len(set(g['places'])) != len(g['places']): err(stem, 'duplicates in actors/places')
    # mention heuristic (warnings only): some alias of each listed entity occurs in headline+body
    scan = (title + '\n' + bodytext).lower().replace('’', "'")
    for x in g['actors'] + g['places']:
        ent = ACT.get(x) or PLA.get(x)
        if ent and not any(al.lower().replace('’', "'") in scan for al in ent['aliases']):
            warn(stem, f'no literal alias of {x} in text (description/metonymy?)')
    keys = set()
    for inc in g['incidents']:
        tot['inc'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(stem, f'incident keys {set(inc)}')
        if inc['key'] in keys: err(stem, f'duplicate key {inc["key"]}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(stem, f'bad kind {inc["kind"]}')
        if inc['date'] is not None:
            d = datetime.date.fromisoformat(inc['date'])
            if pub and d > datetime.date.fromisoformat(pub): err(stem, f'{inc["key"]} date after publication')
            if not (2020 <= d.year <= 2022): err(stem, f'{inc["key"]} date outside 2020-2022')
        for p in inc['places']:
            if p not in g['places']: err(stem, f'{inc["key"]} place {p} not in article places')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(stem, f'{inc["key"]} perpetrator {p} not in article actors')
        s = inc['sameAs']
        if s is not None:
            G = GLO.get(s)
            if not G: err(stem, f'{inc["key"]} sameAs unknown {s}'); continue
            if G['date'] != inc['date']: err(stem, f'{inc["key"]} date {inc["date"]} != {s} date {G["date"]}')
            if set(G['places']) != set(inc['places']): err(stem, f'{inc["key"]} places differ from {s}')
            if G['kind'] != inc['kind']: err(stem, f'{inc["key"]} kind differs from {s}')
            if stem not in G.get('articles', []): err(stem, f'{s} does not list {stem}')
            glob_seen.setdefault(s, []).append(stem)
    for i, st in enumerate(g['statements']):
        tot['st'] += 1
        tag = f'S{i+1}'
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}: err(stem, f'{tag} keys {set(st)}')
        if st['speaker'] not in g['actors']: err(stem, f'{tag} speaker {st["speaker"]} not in actors')
        if st['stance'] not in STANCES: err(stem, f'{tag} bad stance')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(stem, f'{tag} about keys')
        if ab['incident'] is not None and ab['incident'] not in keys: err(stem, f'{tag} about.incident {ab["incident"]} unknown')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(stem, f'{tag} about.actor {ab["actor"]} not in actors')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(stem, f'{tag} {f} not a non-negative int')
            if v is not None: tot['fig'] += 1
        if st['qualifier'] not in QUALS: err(stem, f'{tag} bad qualifier')
        has = st['killed'] is not None or st['injured'] is not None
        if has != (st['qualifier'] is not None): err(stem, f'{tag} qualifier must be set iff killed/injured given')
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']: err(stem, f'{tag} children > killed')
        ev = st['evidence']
        if not ev or not isinstance(ev, str): err(stem, f'{tag} missing evidence'); continue
        if not any(ev in l for l in body):
            if ev in text: err(stem, f'{tag} evidence only in headline/noise: {ev[:60]!r}')
            else: err(stem, f'{tag} evidence not an exact substring of a body line: {ev[:60]!r}')
        if any(ev in l for l in noise): err(stem, f'{tag} evidence occurs in a noise line')
    print(f'{stem}: {nw:3d} body words, {len(g["incidents"])} incidents, {len(g["statements"])} statements, publishedAt={pub}')
for gid, G in GLO.items():
    if gid.startswith('G25'):
        if sorted(G['articles']) != sorted(glob_seen.get(gid, [])): err('entities.json', f'{gid} articles {G["articles"]} vs gold {glob_seen.get(gid)}')
        if len(G['articles']) < 2: err('entities.json', f'{gid} has fewer than 2 articles')
print(f"totals: {len(files)} articles, {tot['inc']} incidents, {tot['st']} statements, {tot['fig']} figures")
for w in warnings: print('WARN', w)
for e in errors: print('ERROR', e)
print('OK: no errors' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)

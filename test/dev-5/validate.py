#!/usr/bin/env python3
"""Self-check for the dev-5 synthetic set. Run: python3 validate.py"""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
E = json.load(open(os.path.join(D, 'entities.json')))
ACT = {a['id'] for a in E['actors']}; PL = {p['id'] for p in E['places']}
GI = {g['id']: g for g in E['globalIncidents']}
ORIG = json.load(open('/work/shared/corpus/entities.json')) if os.path.exists('/work/shared/corpus/entities.json') else None
NOISE = [r'^By ', r'^From the .* newsletter$', r'^\d{1,2}\.\d{2}\.\d{4}', r'^Posted ', r'^Published time:', r'^\w+day, \d+ \w+ \d{4}', r'^\d{1,2} \w+ \d{4}$',
         r'^Share', r'^Related', r'^Read more', r'^Photo:', r'^Image caption:', r'^\(.*\)$', r'^___$', r'^Associated Newswire writer', r'^— [A-Z]\.[A-Z]\.$',
         r'^Free Aleppo Health Directorate$', r'^Darat Izza, \d+ \w+ \d{4}$']
STANCES = {'CLAIM','DENIAL','ACCUSATION','CRITICISM','CALL','CONFIRMATION'}
QUAL = {None,'AT_LEAST','MORE_THAN','ABOUT','EXACT'}
KINDS = {'AIRSTRIKE','SHELLING','OTHER'}
errs = []; tot = dict(articles=0, incidents=0, statements=0, figures=0)
def err(f, m): errs.append(f'{f}: {m}')
if ORIG:
    for part in ('actors','places'):
        new = {x['id'] for x in E[part]}
        for x in ORIG[part]:
            if x['id'] not in new: err('entities', f'deleted {part} id {x["id"]}')
    for g in ORIG['globalIncidents']:
        if g['id'] not in GI: err('entities', f'deleted global {g["id"]}')
for a in E['actors']:
    if a.get('partOf') and a['partOf'] not in ACT: err('entities', f'{a["id"]} partOf unknown {a["partOf"]}')
for p in E['places']:
    if p.get('parent') and p['parent'] not in PL: err('entities', f'{p["id"]} parent unknown')
    if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)): err('entities', f'{p["id"]} no coords')
seen_g = {}
for i in range(1, 9):
    st = f'd5-{i:02d}'; tot['articles'] += 1
    txt = open(os.path.join(D, st + '.txt'), encoding='utf-8').read()
    g = json.load(open(os.path.join(D, st + '.gold.json'), encoding='utf-8'))
    lines = txt.split('\n')
    if len(lines) < 3 or lines[1] != '': err(st, 'line 2 must be blank')
    body_lines = [l for l in lines[2:] if l.strip() and not any(re.match(p, l.strip()) for p in NOISE)]
    wc = sum(len(l.split()) for l in body_lines)
    if not 200 <= wc <= 450: err(st, f'body word count {wc}')
    if set(g) != {'article','actors','places','incidents','statements'}: err(st, f'top keys {set(g)}')
    a = g['article']
    if set(a) != {'id','title','outlet','publishedAt','url'}: err(st, f'article keys {set(a)}')
    if a['id'] != st or a['title'] != lines[0]: err(st, 'article id/title mismatch')
    if a['publishedAt'] is not None and not re.match(r'^2020-0[123]-\d\d$', a['publishedAt']): err(st, 'publishedAt')
    if not a['url'].startswith('https://example.org/'): err(st, 'url')
    for x in g['actors']:
        if x not in ACT: err(st, f'actor not in registry {x}')
    for x in g['places']:
        if x not in PL: err(st, f'place not in registry {x}')
    if len(set(g['actors'])) != len(g['actors']) or len(set(g['places'])) != len(g['places']): err(st, 'duplicate ids')
    keys = set()
    for inc in g['incidents']:
        tot['incidents'] += 1
        if set(inc) != {'key','kind','date','places','perpetratorAlleged','sameAs'}: err(st, f'incident keys {inc}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(st, f'kind {inc["kind"]}')
        if inc['date'] is not None and not re.match(r'^2020-0[123]-\d\d$', inc['date']): err(st, 'incident date')
        if a['publishedAt'] and inc['date'] and inc['date'] > a['publishedAt']: err(st, 'incident after publication')
        for p in inc['places']:
            if p not in g['places']: err(st, f'incident place {p} not in places')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(st, f'perpetrator {p} not in actors')
        if inc['sameAs']:
            G = GI.get(inc['sameAs'])
            if not G: err(st, f'unknown sameAs {inc["sameAs"]}'); continue
            if G['date'] != inc['date'] or sorted(G['places']) != sorted(inc['places']) or G['kind'] != inc['kind']: err(st, f'sameAs {G["id"]} mismatch')
            if st not in G.get('articles', []): err(st, f'{G["id"]} articles list lacks {st}')
            seen_g.setdefault(G['id'], set()).add(st)
    for s in g['statements']:
        tot['statements'] += 1
        if set(s) != {'speaker','stance','about','killed','injured','children','qualifier','evidence'}: err(st, f'statement keys {s}')
        if s['speaker'] not in g['actors']: err(st, f'speaker {s["speaker"]} not in actors')
        if s['stance'] not in STANCES: err(st, f'stance {s["stance"]}')
        ab = s['about']
        if ab['incident'] is not None and ab['incident'] not in keys: err(st, f'about.incident {ab["incident"]}')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(st, f'about.actor {ab["actor"]} not in actors')
        if s['qualifier'] not in QUAL: err(st, 'qualifier')
        if (s['killed'] is None and s['injured'] is None) != (s['qualifier'] is None): err(st, f'qualifier/figures mismatch: {s["evidence"][:50]}')
        if any(s[k] is not None for k in ('killed','injured','children')): tot['figures'] += 1
        ev = s['evidence']
        if not ev or not any(ev in l for l in body_lines): err(st, f'evidence not in a body line: {ev[:70]}')
for gid in ('G40','G41'):
    if len(seen_g.get(gid, ())) < 2: err('set', f'{gid} used in fewer than 2 articles')
    elif set(GI[gid]['articles']) != seen_g[gid]: err('set', f'{gid} articles list {GI[gid]["articles"]} vs used {sorted(seen_g[gid])}')
print('counts:', tot)
for e in errs: print('ERROR', e)
print('OK - no errors' if not errs else f'{len(errs)} error(s)')
sys.exit(1 if errs else 0)

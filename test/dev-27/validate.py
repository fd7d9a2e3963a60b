#!/usr/bin/env python3
"""Self-check for the heldout-25 synthetic set. Run: python3 validate.py"""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
R = json.load(open(os.path.join(D, 'entities.json')))
ACT = {a['id']: a for a in R['actors']}
PL = {p['id']: p for p in R['places']}
GI = {g['id']: g for g in R['globalIncidents']}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
NOISE = [r'^By ', r'^by ', r'^\d{1,2} \w+ 20\d\d$', r'^Published time:', r'^Share', r'^Email$', r'^Facebook$', r'^Twitter$',
         r'^Advertisement$', r'^Related', r'^Read more', r'^Photo:', r'^Image caption:', r'^Graphic:', r'^#', r'^\(',
         r'^View this email', r'^In this issue:', r'^- (Kafr Sajna clinic hit|Mobile clinics in al-Atarib|Ramadan food baskets)',
         r'^DONATE NOW$', r'^Unsubscribe', r'^You are receiving', r'registered charity', r'^Mercy Bridge Relief \|',
         r'^Eurasia Today$', r'^Verify Levant$', r'^Verify Levant is a member', r'^ReliefLink$', r'^Source:', r'^Format:',
         r'^Media contact:', r'^Idlib Today Agency - ITA$', r'^\d\d/\d\d/\d{4} - ', r'^Tuesday 2 July', r'^Syrian civil war$', r'^Idlib$',
         r'^Russian MoD: drones']
errors = []
def err(f, m): errors.append(f'{f}: {m}')
articles = {}
for n in range(1, 9):
    stem = f'h25-0{n}'
    txt = open(os.path.join(D, stem + '.txt'), encoding='utf-8').read()
    g = json.load(open(os.path.join(D, stem + '.gold.json'), encoding='utf-8'))
    lines = txt.split('\n')
    if len(lines) < 3 or lines[1] != '':
        err(stem, 'line 2 must be blank')
    body_lines = lines[2:]
    noise = [l for l in body_lines if l.strip() and any(re.search(p, l.strip()) for p in NOISE)]
    body = [l for l in body_lines if l.strip() and l not in noise]
    words = sum(len(l.split()) for l in body)
    print(f'{stem}: body words (noise excluded) = {words}; noise lines = {len(noise)}')
    if not 200 <= words <= 450:
        err(stem, f'body word count {words} outside 200-450')
    # shape
    if list(g) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err(stem, f'top-level keys {list(g)}')
    a = g['article']
    if list(a) != ['id', 'title', 'outlet', 'publishedAt', 'url']: err(stem, 'article keys')
    if a['id'] != stem: err(stem, 'article.id')
    if a['title'] != lines[0]: err(stem, 'title != line 1')
    if not a['url'].startswith('https://example.org/'): err(stem, 'url')
    if a['publishedAt'] is not None and not re.fullmatch(r'2019-\d\d-\d\d', a['publishedAt']): err(stem, 'publishedAt')
    for x in g['actors']:
        if x not in ACT: err(stem, f'unknown actor {x}')
    if len(set(g['actors'])) != len(g['actors']): err(stem, 'duplicate actors')
    for x in g['places']:
        if x not in PL: err(stem, f'unknown place {x}')
    if len(set(g['places'])) != len(g['places']): err(stem, 'duplicate places')
    keys = set()
    for inc in g['incidents']:
        if list(inc) != ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']: err(stem, f'incident keys {list(inc)}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(stem, f'kind {inc["kind"]}')
        if inc['date'] is not None and not re.fullmatch(r'20(17|18|19)-\d\d-\d\d', inc['date']): err(stem, f'date {inc["date"]}')
        for p in inc['places']:
            if p not in g['places']: err(stem, f'incident {inc["key"]} place {p} not in places')
        if not inc['places']: err(stem, f'incident {inc["key"]} has no place')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(stem, f'incident {inc["key"]} perpetrator {p} not in actors')
        if inc['sameAs'] is not None:
            gi = GI.get(inc['sameAs'])
            if not gi: err(stem, f'sameAs {inc["sameAs"]} not in registry')
            else:
                if gi['date'] != inc['date']: err(stem, f'{inc["key"]} date {inc["date"]} != {gi["id"]} {gi["date"]}')
                if set(gi['places']) != set(inc['places']): err(stem, f'{inc["key"]} places != {gi["id"]}')
                if gi['kind'] != inc['kind']: err(stem, f'{inc["key"]} kind != {gi["id"]}')
                if stem not in gi['articles']: err(stem, f'{gi["id"]}.articles lacks {stem}')
    if len(keys) != len(g['incidents']): err(stem, 'duplicate incident keys')
    for i, s in enumerate(g['statements']):
        tag = f'S{i+1}'
        if list(s) != ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']:
            err(stem, f'{tag} keys {list(s)}')
        if s['speaker'] not in g['actors']: err(stem, f'{tag} speaker {s["speaker"]} not in actors')
        if s['stance'] not in STANCES: err(stem, f'{tag} stance')
        if s['about']['incident'] is not None and s['about']['incident'] not in keys: err(stem, f'{tag} about.incident')
        if s['about']['actor'] is not None and s['about']['actor'] not in g['actors']: err(stem, f'{tag} about.actor {s["about"]["actor"]} not in actors')
        for k in ('killed', 'injured', 'children'):
            if s[k] is not None and (not isinstance(s[k], int) or s[k] < 0): err(stem, f'{tag} {k}')
        if s['qualifier'] not in QUALS: err(stem, f'{tag} qualifier')
        has = s['killed'] is not None or s['injured'] is not None
        if has != (s['qualifier'] is not None): err(stem, f'{tag} qualifier/figure mismatch')
        ev = s['evidence']
        hits = [l for l in body if ev in l]
        if not ev or ev not in txt: err(stem, f'{tag} evidence not a substring: {ev[:60]!r}')
        elif not hits: err(stem, f'{tag} evidence only in headline/noise: {ev[:60]!r}')
        if ev in lines[0]: err(stem, f'{tag} evidence in headline')
    articles[stem] = g
# global incidents: every listed article must really use the id
for gid, gi in GI.items():
    if not gid.startswith('G27'): continue
    used = [s for s, g in articles.items() if any(i['sameAs'] == gid for i in g['incidents'])]
    if sorted(used) != sorted(gi['articles']): err(gid, f'articles {gi["articles"]} but used in {used}')
    if len(used) < 2: err(gid, 'cross-article incident used in fewer than 2 articles')
    for p in gi['places']:
        if p not in PL: err(gid, f'place {p}')
# registry sanity: corpus ids kept, partOf resolves
orig = json.load(open('/work/shared/corpus/entities.json')) if os.path.exists('/work/shared/corpus/entities.json') else None
if orig:
    for part in ('actors', 'places', 'globalIncidents'):
        ids = {x['id'] for x in R[part]}
        for x in orig[part]:
            if x['id'] not in ids: err('entities.json', f'lost {part} id {x["id"]}')
for a in R['actors']:
    if a.get('partOf') and a['partOf'] not in ACT: err('entities.json', f'{a["id"]} partOf {a["partOf"]}')
for p in R['places']:
    if p.get('parent') and p['parent'] not in PL: err('entities.json', f'{p["id"]} parent {p["parent"]}')
    if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)): err('entities.json', f'{p["id"]} coords')
n_st = sum(len(g['statements']) for g in articles.values())
n_inc = sum(len(g['incidents']) for g in articles.values())
n_fig = sum(1 for g in articles.values() for s in g['statements'] if s['killed'] is not None or s['injured'] is not None or s['children'] is not None)
print(f'articles={len(articles)} incidents={n_inc} statements={n_st} statements_with_figures={n_fig}')
if errors:
    print(f'{len(errors)} ERROR(S):'); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK: no errors')

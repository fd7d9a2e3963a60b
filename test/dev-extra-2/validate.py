#!/usr/bin/env python3
"""Validate heldout-2 gold files: JSON shape, registry ids, evidence substrings, noise exclusion.
Also prints heuristic alias hits (registry aliases found in non-noise text but not listed) for manual review."""
import json, re, sys, os, datetime
D = os.path.dirname(os.path.abspath(__file__))
reg = json.load(open(os.path.join(D, 'entities.json'), encoding='utf-8'))
A = {a['id']: a for a in reg['actors']}
P = {p['id']: p for p in reg['places']}
GI = {g['id']: g for g in reg['globalIncidents']}
STANCES = {'CALL', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CLAIM'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
# Non-body regions per article: line numbers (1-based) of standfirst + noise lines.
NOISE = {
    'h2-01': [3, 5, 25],
    'h2-02': [3, 5, 6, 8, 22, 32, 36],
    'h2-03': [3, 5, 7, 8, 9, 30, 32, 33],
    'h2-04': [21, 23],
    'h2-05': [3, 4, 28, 30, 31, 32],
    'h2-06': [3, 4, 6, 8, 9, 10, 11, 23, 41, 42, 43, 44],
    'h2-07': [3, 21, 23],
    'h2-08': [3, 5, 27],
}
errors = 0
def err(aid, msg):
    global errors; errors += 1; print(f'ERROR {aid}: {msg}')
def norm(s):
    return s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"').lower()
ids = sorted(f[:-4] for f in os.listdir(D) if re.match(r'h2-\d\d\.txt$', f))
seen_sameas = {}
for aid in ids:
    lines = open(os.path.join(D, aid + '.txt'), encoding='utf-8').read().split('\n')
    g = json.load(open(os.path.join(D, aid + '.gold.json'), encoding='utf-8'))
    noise = set(NOISE.get(aid, []))
    for n in noise:
        if not lines[n - 1].strip():
            err(aid, f'noise line {n} is blank')
    body_lines = [l for i, l in enumerate(lines[1:], start=2) if i not in noise]
    body = '\n'.join(body_lines)
    scan = lines[0] + '\n' + body + '\n' + '\n'.join(lines[n - 1] for n in noise if n == 3 and aid == 'h2-02')  # standfirst scanned for mentions
    words = len(' '.join(body_lines).split())
    if not 200 <= words <= 450: err(aid, f'body words {words}')
    art = g['article']
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']: err(aid, 'top-level keys')
    if art['id'] != aid: err(aid, 'id')
    if art['title'] != lines[0]: err(aid, 'title')
    if not art['url'].startswith('https://example.org/'): err(aid, 'url')
    if art['publishedAt'] is not None: datetime.date.fromisoformat(art['publishedAt'])
    for a in g['actors']:
        if a not in A: err(aid, f'actor {a} not in registry')
    if len(set(g['actors'])) != len(g['actors']): err(aid, 'dup actors')
    for p in g['places']:
        if p not in P: err(aid, f'place {p} not in registry')
    keys = set()
    for inc in g['incidents']:
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(aid, 'kind')
        if inc['date'] is not None: datetime.date.fromisoformat(inc['date'])
        for p in inc['places']:
            if p not in g['places']: err(aid, f'incident place {p} not in article places')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(aid, f'perpetrator {p} not in actors')
        if inc['sameAs'] is not None:
            gi = GI.get(inc['sameAs'])
            if not gi: err(aid, f'sameAs {inc["sameAs"]} unknown')
            else:
                seen_sameas.setdefault(inc['sameAs'], []).append(aid)
                if gi['date'] != inc['date'] or set(gi['places']) != set(inc['places']): err(aid, f'sameAs {inc["sameAs"]} date/place mismatch')
    for k, s in enumerate(g['statements']):
        tag = f'S{k + 1}'
        if list(s.keys()) != ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']: err(aid, tag + ' keys')
        if s['speaker'] not in g['actors']: err(aid, f'{tag} speaker {s["speaker"]} not in actors')
        if s['stance'] not in STANCES: err(aid, tag + ' stance')
        ab = s['about']
        if ab['incident'] is not None and ab['incident'] not in keys: err(aid, tag + ' about.incident')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(aid, f'{tag} about.actor {ab["actor"]} not in actors')
        if s['qualifier'] not in QUALS: err(aid, tag + ' qualifier')
        if (s['killed'] is None and s['injured'] is None) != (s['qualifier'] is None): err(aid, tag + ' qualifier/figures mismatch')
        for f in ('killed', 'injured', 'children'):
            if s[f] is not None and not isinstance(s[f], int): err(aid, tag + ' figure type')
        ev = s['evidence']
        if ev not in body: err(aid, f'{tag} evidence not in body: {ev[:70]}')
        if ev in lines[0]: err(aid, tag + ' evidence in headline')
        for n in noise:
            if ev in lines[n - 1]: err(aid, f'{tag} evidence inside noise line {n}')
    # heuristic mention check
    low = norm(scan)
    hits = []; hital = {}
    for a in reg['actors']:
        for al in a['aliases']:
            if re.search(r'(?<![\w-])' + re.escape(norm(al)) + r'(?![\w-])', low):
                hits.append(a['id']); hital[a['id']] = al; break
    missing = [h for h in hits if h not in g['actors']]
    unseen = [a for a in g['actors'] if a not in hits]
    phits = {}
    for pl in reg['places']:
        for al in pl['aliases']:
            if re.search(r'(?<![\w-])' + re.escape(norm(al)) + r'(?![\w-])', low):
                phits[pl['id']] = al; break
    pmiss = [(k, v) for k, v in phits.items() if k not in g['places']]
    punseen = [p for p in g['places'] if p not in phits]
    print(f'{aid}: {words} words, {len(g["actors"])} actors, {len(g["places"])} places, {len(g["incidents"])} incidents, {len(g["statements"])} statements')
    if missing: print(f'  review: alias hit but not listed: {[(m, hital[m]) for m in missing]}')
    if unseen: print(f'  review: listed but no literal alias hit: {unseen}')
    if pmiss: print(f'  review: place alias hit but not listed: {pmiss}')
    if punseen: print(f'  review: place listed but no literal alias hit: {punseen}')
for gid, arts in seen_sameas.items():
    if sorted(arts) != sorted(GI[gid]['articles']): err('registry', f'{gid} articles {arts} vs {GI[gid]["articles"]}')
print('errors:', errors)
sys.exit(1 if errors else 0)

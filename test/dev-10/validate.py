#!/usr/bin/env python3
"""Self-check for the heldout-9 synthetic set. Run: python3 validate.py
Prints ERROR lines (must be fixed) and WARN lines (worth a look), then a summary."""
import json, os, re, sys, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared/corpus/entities.json'
errors, warns = [], []
def err(m): errors.append(m)
def warn(m): warns.append(m)

STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT", None}

# Noise lines (guidelines "Text regions" + the set's own judgement calls in README.md)
NOISE = [
    r'^By [A-Z]', r'^by [A-Z]', r'^[A-Z][A-Za-z ]+ News, [A-Z][a-z]+$',          # bylines, byline locations
    r'^\d{1,2} [A-Z][a-z]{2,8} \d{4}$', r'^Published time:',                      # date-only lines
    r'^Share', r'^Email$', r'^Facebook$', r'^Twitter$', r'^Advertisement$',
    r'^Related', r'^Read more', r'^READ MORE', r'^Also on ',
    r'^Photo', r'^Image caption', r'Meridian Wire/',                                # captions
    r'^\(Reporting', r'^\(Editing', r'^___$', r'contributed to this report\.$',
    r'^SOURCE:', r'^Sources:',                                                     # source lines
    r'^\[BULLETIN', r'^PRESS RELEASE$', r'^ENDS$', r'^Notes to editors', r'^Media contact',
]
def is_noise(line, after_related):
    s = line.strip()
    if not s:
        return False
    if after_related:
        return True
    return any(re.search(p, s) for p in NOISE)

STANDFIRST = {'h9-07'}  # Al Markaz-style one-line summary under the headline (line 3)

def body_lines(text):
    lines = text.split('\n')
    out, after_rel = [], False
    for ln in lines[2:]:
        s = ln.strip()
        if re.match(r'^(Related Topics|Related News|Related:?|READ MORE|Read more)', s):
            out.append((ln, True)); after_rel = s in ('Related Topics', 'Related News', 'READ MORE', 'Related'); continue
        out.append((ln, is_noise(ln, after_rel)))
    return out

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
shared = json.load(open(SHARED, encoding='utf-8'))
actors = {a['id']: a for a in reg['actors']}
places = {p['id']: p for p in reg['places']}
globs = {g['id']: g for g in reg['globalIncidents']}

# ---- registry checks
for part in ('actors', 'places', 'globalIncidents'):
    ids = [x['id'] for x in reg[part]]
    if len(ids) != len(set(ids)): err(f'registry: duplicate ids in {part}')
    for x in shared[part]:
        if x['id'] not in ids: err(f'registry: shared id {x["id"]} deleted/renamed in {part}')
        else:
            mine = next(y for y in reg[part] if y['id'] == x['id'])
            for k, v in x.items():
                if k == 'aliases':
                    missing = [a for a in v if a not in mine.get('aliases', [])]
                    if missing: err(f'registry: {x["id"]} lost aliases {missing}')
                elif k != 'contextualAliases' and mine.get(k) != v:
                    err(f'registry: {x["id"]} field {k} changed')
for a in reg['actors']:
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err(f'registry actor {a.get("id")} lacks {k}')
    if a.get('partOf') and a['partOf'] not in actors: err(f'registry actor {a["id"]} partOf unknown {a["partOf"]}')
    if a.get('kind') == 'person' and a['id'] not in {x['id'] for x in shared['actors']} and not a.get('fictional'):
        err(f'new person {a["id"]} not flagged fictional')
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err(f'registry place {p.get("id")} lacks {k}')
    if p.get('parent') and p['parent'] not in places: err(f'registry place {p["id"]} parent unknown {p["parent"]}')
    if p['id'] not in {x['id'] for x in shared['places']}:
        if not p.get('parent') and p['country'] == 'Syria': err(f'new place {p["id"]} has no parent')
        if p['country'] == 'Syria' and not (34.8 <= p['lat'] <= 36.9 and 35.6 <= p['lon'] <= 37.6):
            err(f'new place {p["id"]} coordinates outside north-west Syria box')
for g in globs.values():
    for pl in g['places']:
        if pl not in places: err(f'global {g["id"]} unknown place {pl}')

# ---- articles
files = sorted(glob.glob(os.path.join(HERE, 'h9-*.gold.json')))
if len(files) != 8: err(f'expected 8 gold files, found {len(files)}')
used_globals = {}
stats = {'incidents': 0, 'statements': 0, 'figures': 0}
kinds_seen, no_incident, multi_incident, null_pub = set(), [], [], []
for gf in files:
    aid = os.path.basename(gf)[:-len('.gold.json')]
    tf = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(tf): err(f'{aid}: missing text'); continue
    text = open(tf, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 3 or lines[1].strip() != '': err(f'{aid}: line 2 must be blank')
    try:
        g = json.load(open(gf, encoding='utf-8'))
    except Exception as e:
        err(f'{aid}: bad JSON {e}'); continue
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err(f'{aid}: top-level keys {list(g.keys())}')
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(f'{aid}: article keys {set(art)}')
    if art['id'] != aid: err(f'{aid}: article.id {art["id"]}')
    if art['title'] != lines[0]: err(f'{aid}: title differs from line 1')
    if not art['url'].startswith('https://example.org/'): err(f'{aid}: url not example.org')
    pub = art['publishedAt']
    if pub is None: null_pub.append(aid)
    else:
        d = datetime.date.fromisoformat(pub)
        if not (datetime.date(2023, 2, 6) <= d <= datetime.date(2023, 4, 30)): err(f'{aid}: publishedAt {pub} outside Feb-Apr 2023')
    bl = body_lines(text)
    if aid in STANDFIRST:  # standfirst: scanned for actors/places only, never evidence
        bl[0] = (bl[0][0], True)
    body_text = [ln for ln, noise in bl if not noise and ln.strip()]
    noise_text = [ln for ln, noise in bl if noise]
    wc = sum(len(ln.split()) for ln, _ in bl)
    if not (200 <= wc <= 450): err(f'{aid}: body has {wc} words (200-450 required)')
    elif wc > 350: warn(f'{aid}: body has {wc} words (brief asks 200-350)')
    # ids
    if len(set(g['actors'])) != len(g['actors']): err(f'{aid}: duplicate actors')
    if len(set(g['places'])) != len(g['places']): err(f'{aid}: duplicate places')
    for a in g['actors']:
        if a not in actors: err(f'{aid}: actor {a} not in registry')
    for p in g['places']:
        if p not in places: err(f'{aid}: place {p} not in registry')
    # alias sanity (warning only: descriptions and role nouns are allowed)
    scan = '\n'.join([lines[0]] + body_text)
    if aid == 'h9-07': scan += '\n' + lines[2]  # standfirst
    for a in g['actors']:
        if a in actors and not any(al in scan for al in actors[a]['aliases']):
            warn(f'{aid}: no literal alias of actor {a} in headline/body (description?)')
    for p in g['places']:
        if p in places and not any(al in scan for al in places[p]['aliases']):
            warn(f'{aid}: no literal alias of place {p} in headline/body')
    # incidents
    keys = [i['key'] for i in g['incidents']]
    if len(keys) != len(set(keys)): err(f'{aid}: duplicate incident keys')
    stats['incidents'] += len(keys)
    if not keys: no_incident.append(aid)
    if len(keys) > 1: multi_incident.append(aid)
    for inc in g['incidents']:
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(f'{aid}: incident keys {set(inc)}')
        if inc['kind'] not in KINDS: err(f'{aid}/{inc["key"]}: kind {inc["kind"]}')
        kinds_seen.add(inc['kind'])
        if inc['date'] is not None:
            datetime.date.fromisoformat(inc['date'])
            if pub is None and inc['date'][:4] not in text:
                err(f'{aid}/{inc["key"]}: dated incident in undated article without an absolute date in text')
            if pub is not None and inc['date'] > pub: err(f'{aid}/{inc["key"]}: incident after publication')
        if not inc['places']: err(f'{aid}/{inc["key"]}: no places')
        for p in inc['places']:
            if p not in g['places']: err(f'{aid}/{inc["key"]}: place {p} not in article places')
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(f'{aid}/{inc["key"]}: perpetrator {p} not in article actors')
        s = inc['sameAs']
        if s is not None:
            if s not in globs: err(f'{aid}/{inc["key"]}: sameAs {s} not in registry'); continue
            G = globs[s]
            if G['date'] != inc['date']: err(f'{aid}/{inc["key"]}: date {inc["date"]} != {s} {G["date"]}')
            if sorted(G['places']) != sorted(inc['places']): err(f'{aid}/{inc["key"]}: places differ from {s}')
            if G['kind'] != inc['kind']: err(f'{aid}/{inc["key"]}: kind differs from {s}')
            if aid not in G['articles']: err(f'{aid}/{inc["key"]}: {s} does not list {aid}')
            used_globals.setdefault(s, []).append(aid)
    # statements
    stats['statements'] += len(g['statements'])
    for n, st in enumerate(g['statements'], 1):
        tag = f'{aid}/S{n}'
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err(f'{tag}: keys {set(st)}')
        if st['speaker'] not in g['actors']: err(f'{tag}: speaker {st["speaker"]} not in actors')
        if st['stance'] not in STANCES: err(f'{tag}: stance {st["stance"]}')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(f'{tag}: about keys')
        if ab['incident'] is not None and ab['incident'] not in keys: err(f'{tag}: about.incident {ab["incident"]} unknown')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(f'{tag}: about.actor {ab["actor"]} not in actors')
        if st['stance'] == 'ACCUSATION' and ab['actor'] is None: err(f'{tag}: ACCUSATION without accused')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(f'{tag}: {f}={v}')
        if st['qualifier'] not in QUALS: err(f'{tag}: qualifier {st["qualifier"]}')
        has_fig = st['killed'] is not None or st['injured'] is not None
        if has_fig != (st['qualifier'] is not None): err(f'{tag}: qualifier/figures mismatch')
        if st['killed'] is not None and st['children'] is not None and st['children'] > st['killed']: err(f'{tag}: children > killed')
        if st['killed'] is not None or st['injured'] is not None or st['children'] is not None: stats['figures'] += 1
        ev = st['evidence']
        if not ev: err(f'{tag}: empty evidence'); continue
        if ev in lines[0]: err(f'{tag}: evidence from headline')
        if not any(ev in ln for ln in body_text):
            if ev in text: err(f'{tag}: evidence only found in a noise line / standfirst / across lines: {ev[:60]!r}')
            else: err(f'{tag}: evidence not an exact substring: {ev[:70]!r}')
        if any(ev in ln for ln in noise_text): err(f'{tag}: evidence also matches a noise line')

# ---- set-level requirements
for s, G in globs.items():
    if s in {x['id'] for x in shared['globalIncidents']}: continue
    arts = used_globals.get(s, [])
    if sorted(arts) != sorted(G['articles']): err(f'{s}: registry articles {G["articles"]} vs used {arts}')
    if len(set(arts)) < 2: err(f'{s}: used by fewer than 2 articles')
if len([s for s in used_globals]) < 2: err('fewer than two cross-article incidents')
if not null_pub: err('no article with publishedAt null')
if 'OTHER' not in kinds_seen: err('no OTHER incident')
if not no_incident: err('no article without incidents')
if not multi_incident: err('no article with several incidents')

for w in warns: print('WARN ', w)
for e in errors: print('ERROR', e)
print(f'articles={len(files)} incidents={stats["incidents"]} statements={stats["statements"]} '
      f'statements_with_figures={stats["figures"]} globals={sorted(used_globals)} '
      f'no_incident={no_incident} multi_incident={multi_incident} publishedAt_null={null_pub}')
print('OK: no errors' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)

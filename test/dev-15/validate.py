#!/usr/bin/env python3
"""Self-check for the heldout-12 set (h12-01 .. h12-08).

Checks: JSON shape (as in the dev corpus), registry ids, evidence is an exact
substring of a body line that is not a noise line (nor the headline/standfirst),
speakers / about.actor / perpetrators listed in the article's actors, incident
places listed in places, sameAs consistent with the registry's global incidents,
dates inside Oct-Dec 2015 and consistent with publishedAt, figure/qualifier
consistency, registry extends the shared one without deletions, body word counts.
Run: python3 validate.py   (exit code 1 if any ERROR)
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared/corpus/entities.json'
ARTS = [f'h12-{i:02d}' for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
STANDFIRST = {'h12-03'}          # Al Markaz style: line 3 is a standfirst

# Noise-line rules (annotation guidelines, "Text regions").
NOISE_RES = [
    r'^By ', r'^by ', r'^Photographs by ', r'^Associated Newswire$', r'^Levant Post staff$',
    r'^Bosphorus Daily \| ', r'^Published', r'^\d{1,2} \w+ \d{4}$', r'^\d{2}\.\d{2}\.\d{4} - \d{2}:\d{2}$',
    r'^Share', r'^Email$', r'^Facebook$', r'^Twitter$', r'^Advertisement$',
    r'^Photo: ', r'Meridian Wire/Stringer$', r'^\(Reporting', r'^___$', r'contributed\.$',
    r'^SOURCE:', r'^This interview has been edited',
]
BLOCK_RES = [r'^Related', r'^Read more', r'^READ MORE', r'^Also on ']   # these and the list under them

errors, warnings = [], []
def err(a, m): errors.append(f'ERROR {a}: {m}')
def warn(a, m): warnings.append(f'warn  {a}: {m}')

def noise_lines(lines):
    noise = set()
    in_block = False
    for i, l in enumerate(lines):
        if i < 2:
            continue
        s = l.strip()
        if any(re.search(p, s) for p in BLOCK_RES):
            in_block = True
        if in_block and s:
            noise.add(i); continue
        if s and any(re.search(p, s) for p in NOISE_RES):
            noise.add(i)
    return noise

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
shared = json.load(open(SHARED, encoding='utf-8'))
ACT = {a['id']: a for a in reg['actors']}
PLA = {p['id']: p for p in reg['places']}
GLO = {g['id']: g for g in reg['globalIncidents']}

# --- registry checks
for key in ('actors', 'places', 'globalIncidents'):
    old = {x['id'] for x in shared[key]}
    new = [x['id'] for x in reg[key]]
    if len(new) != len(set(new)):
        err('registry', f'duplicate ids in {key}')
    missing = old - set(new)
    if missing:
        err('registry', f'{key} deleted/renamed: {sorted(missing)}')
    for x in shared[key]:
        y = next(z for z in reg[key] if z['id'] == x['id'])
        for k, v in x.items():
            if k == 'aliases' or k == 'contextualAliases':
                if not set(v) <= set(y.get(k, [])):
                    err('registry', f'{x["id"]}: {k} lost entries')
            elif y.get(k) != v:
                err('registry', f'{x["id"]}: field {k} changed')
for a in reg['actors']:
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err('registry', f'actor {a.get("id")} lacks {k}')
    if a.get('partOf') and a['partOf'] not in ACT:
        err('registry', f'actor {a["id"]} partOf unknown {a["partOf"]}')
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err('registry', f'place {p.get("id")} lacks {k}')
    if p.get('parent') and p['parent'] not in PLA:
        err('registry', f'place {p["id"]} parent unknown {p["parent"]}')
    if p['country'] == 'Syria' and not (32 <= p['lat'] <= 37.5 and 35.5 <= p['lon'] <= 42.5):
        err('registry', f'place {p["id"]} coordinates outside Syria')
for g in reg['globalIncidents']:
    for pid in g['places']:
        if pid not in PLA: err('registry', f'{g["id"]} place {pid} unknown')

# --- per article
seen_same = {}
stats = dict(articles=0, incidents=0, statements=0, figures=0)
for art in ARTS:
    tpath, gpath = os.path.join(HERE, art + '.txt'), os.path.join(HERE, art + '.gold.json')
    if not (os.path.exists(tpath) and os.path.exists(gpath)):
        err(art, 'missing file'); continue
    text = open(tpath, encoding='utf-8').read()
    lines = text.split('\n')
    g = json.load(open(gpath, encoding='utf-8'))
    stats['articles'] += 1
    if lines[1] != '':
        err(art, 'line 2 must be blank')
    if set(g) != {'article', 'actors', 'places', 'incidents', 'statements'}:
        err(art, f'top-level keys {sorted(g)}')
    a = g['article']
    if set(a) != {'id', 'title', 'outlet', 'publishedAt', 'url'}:
        err(art, f'article keys {sorted(a)}')
    if a['id'] != art: err(art, 'article.id != file stem')
    if a['title'] != lines[0]: err(art, 'title is not line 1 verbatim')
    if not a['url'].startswith('https://example.org/'): err(art, 'url not example.org')
    pub = a['publishedAt']
    if pub is not None:
        d = datetime.date.fromisoformat(pub)
        if not (datetime.date(2015, 10, 1) <= d <= datetime.date(2015, 12, 31)):
            err(art, f'publishedAt {pub} outside Oct-Dec 2015')
    noise = noise_lines(lines)
    first_body = 3 if art in STANDFIRST else 2
    body_lines = [l for i, l in enumerate(lines) if i >= first_body and i not in noise]
    allbody_words = sum(len(l.split()) for l in lines[first_body:])
    clean_words = sum(len(l.split()) for l in body_lines)
    if not (200 <= allbody_words <= 450):
        err(art, f'body word count {allbody_words} outside 200-450')
    # lists
    for key, reg_ids in (('actors', ACT), ('places', PLA)):
        lst = g[key]
        if len(lst) != len(set(lst)): err(art, f'duplicate {key}')
        for x in lst:
            if x not in reg_ids: err(art, f'{key[:-1]} {x} not in registry')
    actors, places = set(g['actors']), set(g['places'])
    # weak sanity: some alias/name of each listed entity appears in the non-noise text
    scan = '\n'.join([lines[0]] + ([lines[2]] if art in STANDFIRST else []) + body_lines)
    for x in g['actors']:
        e = ACT.get(x)
        if e and not any(al in scan for al in e['aliases'] + [e['name']]):
            warn(art, f'actor {x}: no literal alias in text (description/metonymy?)')
    for x in g['places']:
        e = PLA.get(x)
        if e and not any(al in scan for al in e['aliases'] + [e['name']]):
            warn(art, f'place {x}: no literal alias in text')
    # incidents
    keys = set()
    for inc in g['incidents']:
        stats['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}:
            err(art, f'incident keys {sorted(inc)}')
        if inc['key'] in keys: err(art, f'duplicate incident key {inc["key"]}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(art, f'{inc["key"]} bad kind')
        if inc['date'] is not None:
            dd = datetime.date.fromisoformat(inc['date'])
            if not (datetime.date(2015, 9, 30) <= dd <= datetime.date(2015, 12, 31)):
                err(art, f'{inc["key"]} date outside campaign window')
            if pub is None:
                warn(art, f'{inc["key"]} has a date although publishedAt is null (needs an absolute date in text)')
            elif dd > datetime.date.fromisoformat(pub):
                err(art, f'{inc["key"]} date after publication')
        if not inc['places']: err(art, f'{inc["key"]} has no places')
        for p in inc['places']:
            if p not in places: err(art, f'{inc["key"]} place {p} not in article places')
        for p in inc['perpetratorAlleged']:
            if p not in actors: err(art, f'{inc["key"]} perpetrator {p} not in actors')
        s = inc['sameAs']
        if s is not None:
            if s not in GLO: err(art, f'{inc["key"]} sameAs {s} not in registry'); continue
            G = GLO[s]
            if G['date'] != inc['date']: err(art, f'{inc["key"]} date {inc["date"]} != {s} {G["date"]}')
            if set(G['places']) != set(inc['places']): err(art, f'{inc["key"]} places != {s}')
            if G['kind'] != inc['kind']: err(art, f'{inc["key"]} kind != {s}')
            if art not in G['articles']: err(art, f'{s} registry articles list lacks {art}')
            seen_same.setdefault(s, set()).add(art)
    # statements
    for k, st in enumerate(g['statements']):
        stats['statements'] += 1
        tag = f'statement {k}'
        want = {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}
        if not (want <= set(st) <= want | {'cue'}): err(art, f'{tag} keys {sorted(st)}')
        if st['speaker'] not in ACT: err(art, f'{tag} speaker {st["speaker"]} not in registry')
        if st['speaker'] not in actors: err(art, f'{tag} speaker {st["speaker"]} not in actors')
        if st['stance'] not in STANCES: err(art, f'{tag} bad stance')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(art, f'{tag} about keys')
        if ab['incident'] is not None and ab['incident'] not in keys: err(art, f'{tag} unknown incident {ab["incident"]}')
        if ab['actor'] is not None and ab['actor'] not in actors: err(art, f'{tag} about.actor {ab["actor"]} not in actors')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(art, f'{tag} {f} not a non-negative int')
        if st['qualifier'] not in QUALS: err(art, f'{tag} bad qualifier')
        has = st['killed'] is not None or st['injured'] is not None
        if has != (st['qualifier'] is not None): err(art, f'{tag} qualifier inconsistent with figures')
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']:
            err(art, f'{tag} children > killed')
        if any(st[f] is not None for f in ('killed', 'injured', 'children')):
            stats['figures'] += 1
        ev = st.get('evidence')
        if not ev:
            if not st.get('cue'): err(art, f'{tag} has neither evidence nor cue')
            continue
        hits = [i for i, l in enumerate(lines) if ev in l]
        if not hits:
            err(art, f'{tag} evidence not a substring of any single line: {ev[:60]!r}')
        elif all(i < first_body or i in noise for i in hits):
            err(art, f'{tag} evidence only in headline/standfirst/noise: {ev[:60]!r}')
    print(f'{art}: body {allbody_words} words ({clean_words} without noise lines), '
          f'{len(g["incidents"])} incidents, {len(g["statements"])} statements, noise lines {sorted(i+1 for i in noise)}')

for s, arts in seen_same.items():
    if set(GLO[s]['articles']) != arts:
        err('registry', f'{s} articles {GLO[s]["articles"]} but used by {sorted(arts)}')
for gid in GLO:
    if gid.startswith('G12') and gid not in seen_same:
        err('registry', f'{gid} is never used')
    if gid.startswith('G12') and len(seen_same.get(gid, ())) < 2:
        err('registry', f'{gid} used by fewer than 2 articles')

print(f"\ntotals: {stats}")
for w in warnings: print(w)
for e in errors: print(e)
print(f'\n{len(errors)} error(s), {len(warnings)} warning(s)')
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Self-check for the heldout-22 synthetic set (h22-01 .. h22-08).

Checks: JSON shape as in the dev corpus; every id in entities.json; evidence is an
exact substring of the body (not headline) and does not fall in a noise line;
speakers / about.actor / perpetrators listed in the article's actors; incident places
listed in places; sameAs consistent with the registry's global incidents (kind, date,
places, article list); figure/qualifier consistency; body word counts.
Alias presence is reported as WARN only (metonymy and descriptions are not literal).
Run: python3 validate.py
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['h22-%02d' % i for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
MIN_WORDS, MAX_WORDS = 200, 450

# Noise lines (guidelines: bylines, date-only lines, share blocks, Related/Read more,
# captions, credits, sign-offs) plus the press-release / live-blog / transcript / radio
# equivalents decided for this set (see README, Judgement calls).
NOISE_PATTERNS = [
    r'^By [A-Z]', r'^Photo:', r'^Image caption', r'^\(Reporting', r'^\(Additional reporting',
    r'^Share$', r'^Facebook$', r'^Twitter$', r'^Email$', r'^Related:', r'^Read more:',
    r'^Last updated:', r'^FOR IMMEDIATE RELEASE$', r'^###$', r'^About SAMS:', r'^Media contact:',
    r'^Al Markaz English \| Live blog$', r'^Orontes Policy Institute \|', r'^Download the full brief',
    r'^This interview has been edited', r'^Radio Zeitoun FM, Darkoush\.', r'^This was Radio Zeitoun FM',
    r'^[A-Z]\. [A-Z][a-z]+ / [A-Z]\. [A-Z][a-z]+$', r'^Idlib: Thousands flee',
    r'^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$',
]
NOISE_RE = [re.compile(p) for p in NOISE_PATTERNS]

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

reg = json.load(open(os.path.join(HERE, 'entities.json')))
ACT = {a['id']: a for a in reg['actors']}
PLA = {p['id']: p for p in reg['places']}
GLO = {g['id']: g for g in reg['globalIncidents']}
if len(ACT) != len(reg['actors']): err('registry: duplicate actor ids')
if len(PLA) != len(reg['places']): err('registry: duplicate place ids')

# registry must extend the shared one without deleting/renaming ids
shared = '/work/shared/corpus/entities.json'
if os.path.exists(shared):
    s = json.load(open(shared))
    for part in ('actors', 'places', 'globalIncidents'):
        mine = {x['id'] for x in reg[part]}
        for x in s[part]:
            if x['id'] not in mine: err('registry: shared id %s missing from %s' % (x['id'], part))
for a in reg['actors']:
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err('registry actor %s lacks %s' % (a.get('id'), k))
    if a.get('partOf') and a['partOf'] not in ACT: err('registry actor %s partOf unknown %s' % (a['id'], a['partOf']))
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err('registry place %s lacks %s' % (p.get('id'), k))
    if p.get('parent') and p['parent'] not in PLA: err('registry place %s parent unknown' % p['id'])
    if p['country'] == 'Syria' and p['lat'] is not None and not (32 <= p['lat'] <= 37.5 and 35.5 <= p['lon'] <= 42.5):
        err('registry place %s coordinates outside Syria' % p['id'])

def split_article(text):
    lines = text.split('\n')
    title = lines[0]
    if len(lines) < 3 or lines[1] != '':
        err('headline must be followed by a blank line')
    body_lines = lines[2:]
    return title, body_lines

def is_noise(line):
    s = line.strip()
    return any(r.search(s) for r in NOISE_RE)

def alias_hits(entity, text):
    names = [entity.get('name', '')] + entity.get('aliases', [])
    low = text.lower()
    return any(n and n.lower() in low for n in names)

seen_same = {}
totals = dict(incidents=0, statements=0, figures=0)
for aid in IDS:
    tpath = os.path.join(HERE, aid + '.txt'); gpath = os.path.join(HERE, aid + '.gold.json')
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        err('%s: missing file' % aid); continue
    text = open(tpath, encoding='utf-8').read()
    title, body_lines = split_article(text)
    clean_lines = [l for l in body_lines if l.strip() and not is_noise(l)]
    noise_lines = [l for l in body_lines if l.strip() and is_noise(l)]
    clean = '\n'.join(clean_lines)
    words = len(re.findall(r"\S+", clean))
    print('%s: %d body words; %d noise line(s): %s' % (aid, words, len(noise_lines), ' | '.join(l.strip()[:40] for l in noise_lines)))
    if not (MIN_WORDS <= words <= MAX_WORDS): err('%s: body has %d words (want %d-%d)' % (aid, words, MIN_WORDS, MAX_WORDS))
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as ex:
        err('%s: bad JSON %s' % (aid, ex)); continue
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err('%s: top-level keys %s' % (aid, list(g.keys())))
    art = g['article']
    if list(art.keys()) != ['id', 'title', 'outlet', 'publishedAt', 'url']: err('%s: article keys %s' % (aid, list(art.keys())))
    if art['id'] != aid: err('%s: article.id' % aid)
    if art['title'] != title: err('%s: title differs from line 1' % aid)
    if not art['url'].startswith('https://example.org/'): err('%s: url not example.org' % aid)
    pub = art['publishedAt']
    if pub is not None:
        try: datetime.date.fromisoformat(pub)
        except Exception: err('%s: bad publishedAt %s' % (aid, pub))
        if not ('2016-01-01' <= pub <= '2018-12-31'): err('%s: publishedAt outside 2016-2018' % aid)
    actors, places = g['actors'], g['places']
    if len(set(actors)) != len(actors): err('%s: duplicate actors' % aid)
    if len(set(places)) != len(places): err('%s: duplicate places' % aid)
    scan = title + '\n' + clean
    for a in actors:
        if a not in ACT: err('%s: actor %s not in registry' % (aid, a))
        elif not alias_hits(ACT[a], scan): warn('%s: no literal alias of actor %s in headline/body' % (aid, a))
    for p in places:
        if p not in PLA: err('%s: place %s not in registry' % (aid, p))
        elif not alias_hits(PLA[p], scan): warn('%s: no literal alias of place %s in headline/body' % (aid, p))
    keys = set()
    for inc in g['incidents']:
        totals['incidents'] += 1
        if list(inc.keys()) != ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']:
            err('%s: incident keys %s' % (aid, list(inc.keys())))
        k = inc['key']
        if k in keys: err('%s: duplicate incident key %s' % (aid, k))
        keys.add(k)
        if inc['kind'] not in KINDS: err('%s/%s: kind %s' % (aid, k, inc['kind']))
        if inc['date'] is not None:
            try: datetime.date.fromisoformat(inc['date'])
            except Exception: err('%s/%s: bad date' % (aid, k))
            if pub is not None and inc['date'] > pub: err('%s/%s: date after publication' % (aid, k))
        if not inc['places']: err('%s/%s: no places' % (aid, k))
        for p in inc['places']:
            if p not in places: err('%s/%s: place %s not in article places' % (aid, k, p))
        for a in inc['perpetratorAlleged']:
            if a not in actors: err('%s/%s: perpetrator %s not in actors' % (aid, k, a))
        sa = inc['sameAs']
        if sa is not None:
            if sa not in GLO: err('%s/%s: sameAs %s not in registry' % (aid, k, sa)); continue
            gl = GLO[sa]
            if inc['date'] != gl['date']: err('%s/%s: date %s != %s %s' % (aid, k, inc['date'], sa, gl['date']))
            if sorted(inc['places']) != sorted(gl['places']): err('%s/%s: places differ from %s' % (aid, k, sa))
            if inc['kind'] != gl['kind']: err('%s/%s: kind differs from %s' % (aid, k, sa))
            if aid not in gl['articles']: err('%s/%s: %s does not list the article' % (aid, k, sa))
            seen_same.setdefault(sa, []).append(aid)
    for i, s in enumerate(g['statements']):
        totals['statements'] += 1
        tag = '%s/S%d' % (aid, i + 1)
        if list(s.keys()) != ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']:
            err('%s: statement keys %s' % (tag, list(s.keys())))
        if s['speaker'] not in ACT: err('%s: speaker %s not in registry' % (tag, s['speaker']))
        if s['speaker'] not in actors: err('%s: speaker %s not in actors' % (tag, s['speaker']))
        if s['stance'] not in STANCES: err('%s: stance %s' % (tag, s['stance']))
        ab = s['about']
        if list(ab.keys()) != ['incident', 'actor']: err('%s: about keys' % tag)
        if ab['incident'] is not None and ab['incident'] not in keys: err('%s: about.incident %s unknown' % (tag, ab['incident']))
        if ab['actor'] is not None and ab['actor'] not in actors: err('%s: about.actor %s not in actors' % (tag, ab['actor']))
        if s['stance'] == 'ACCUSATION' and ab['actor'] is None: err('%s: ACCUSATION without accused' % tag)
        for f in ('killed', 'injured', 'children'):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err('%s: %s=%r' % (tag, f, v))
        if s['killed'] is not None or s['injured'] is not None or s['children'] is not None:
            totals['figures'] += 1
        if s['qualifier'] not in QUALS: err('%s: qualifier %s' % (tag, s['qualifier']))
        has = s['killed'] is not None or s['injured'] is not None
        if has and s['qualifier'] is None: err('%s: figures without qualifier' % tag)
        if not has and s['qualifier'] is not None: err('%s: qualifier without killed/injured' % tag)
        if s['children'] is not None and s['killed'] is not None and s['children'] > s['killed']: err('%s: children > killed' % tag)
        ev = s['evidence']
        if not ev: err('%s: empty evidence' % tag); continue
        if ev not in clean:
            if ev in title: err('%s: evidence only in headline' % tag)
            elif any(ev in l for l in noise_lines): err('%s: evidence in a noise line' % tag)
            else: err('%s: evidence not an exact substring of the body: %r' % (tag, ev[:80]))
        elif ev in title and ev not in clean: err('%s: evidence from headline' % tag)

for gid, gl in GLO.items():
    if not gid.startswith('G24'): continue
    got = sorted(set(seen_same.get(gid, [])))
    if got != sorted(gl['articles']): err('%s: registry articles %s but gold uses %s' % (gid, gl['articles'], got))
    if len(got) < 2: err('%s: used by fewer than two articles' % gid)

for w in warnings: print('WARN ', w)
for e in errors: print('ERROR', e)
print('articles=%d incidents=%d statements=%d statements-with-figures=%d' % (len(IDS), totals['incidents'], totals['statements'], totals['figures']))
print('OK: no errors' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Self-check for the heldout-16 synthetic set (h16-01..h16-08).

Run:  python3 validate.py
Checks JSON shape against the corpus format, registry ids, evidence (exact substring of
a non-noise body line, never the headline / standfirst / a noise line), speakers and
targets listed in the article's actors, incident places listed in places, sameAs
consistency with the registry's global incidents, dates, figures, and body word counts.
Errors make the exit status 1; warnings (alias not literally found, etc.) are advisory.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['h16-%02d' % i for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

# Lines that are not body text although the generic patterns below do not catch them
# (outlet-name byline lines, date/time lines, standfirsts).
EXTRA_NOISE = {
    'h16-01': ['Northstar News'],
    'h16-02': ['Turtle Bay Dispatch | UN Headquarters, New York'],
    'h16-06': ['Shamal Post – Idlib desk'],
}
STANDFIRST = {'h16-05': 2}  # line index of the standfirst (mentions only)

NOISE_RES = [
    r'^By [A-Z]', r'^(Share|Email|Facebook|Twitter|Advertisement)$', r'^Share this with$',
    r'^(Related|Related Topics|Related News|Read more|READ MORE|Also on)\b', r'^Image caption:',
    r'^Photo:', r'^\(.*\)$', r'^\[.*\]$', r'^___', r'^SOURCE:', r'^Published time:',
    r'^Translated from Arabic by',
    r'^[A-Za-z]{2,4}(-[a-z]{2,4})?(/[a-z]{2,4})+$',  # sign-off initials: rs/dv, bur-sk/mm, TNA/ek/sy
    r'^(\w+day, )?(\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2})?,? \d{4}( \| \d{1,2}:\d{2})?$',
]
LIST_HEADERS = re.compile(r'^(Related|Related Topics|Related News|READ MORE)$')

errors, warnings = [], []
def err(a, m): errors.append('%s: %s' % (a, m))
def warn(a, m): warnings.append('%s: %s' % (a, m))

def split_regions(aid, text):
    lines = text.split('\n')
    noise = set()
    in_list = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i == 0:
            continue
        if in_list:
            if s == '':
                in_list = False
            else:
                noise.add(i); continue
        if s and (any(re.match(r, s) for r in NOISE_RES) or s in EXTRA_NOISE.get(aid, [])):
            noise.add(i)
            if LIST_HEADERS.match(s):
                in_list = True
    sf = STANDFIRST.get(aid)
    body = [(i, ln) for i, ln in enumerate(lines) if i > 0 and i not in noise and i != sf]
    return lines, noise, sf, body

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
ACT = {a['id']: a for a in reg['actors']}
PLA = {p['id']: p for p in reg['places']}
GI = {g['id']: g for g in reg['globalIncidents']}
if len(ACT) != len(reg['actors']): err('entities', 'duplicate actor ids')
if len(PLA) != len(reg['places']): err('entities', 'duplicate place ids')
shared = json.load(open('/work/shared/corpus/entities.json', encoding='utf-8')) if os.path.exists('/work/shared/corpus/entities.json') else None
if shared:
    for part in ('actors', 'places', 'globalIncidents'):
        mine = {x['id'] for x in reg[part]}
        for x in shared[part]:
            if x['id'] not in mine: err('entities', 'shared %s id %s missing' % (part, x['id']))
    old = {a['id']: a for a in shared['actors'] + shared['places']}
    for x in reg['actors'] + reg['places']:
        if x['id'] in old:
            missing = set(old[x['id']]['aliases']) - set(x['aliases'])
            if missing: err('entities', '%s lost aliases %s' % (x['id'], missing))
for a in reg['actors']:
    if a.get('partOf') and a['partOf'] not in ACT: err('entities', 'actor %s partOf unknown %s' % (a['id'], a['partOf']))
for p in reg['places']:
    if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)):
        err('entities', 'place %s without coordinates' % p['id'])
    if p.get('parent') and p['parent'] not in PLA: err('entities', 'place %s parent unknown' % p['id'])
    if p.get('parent') is None and 'parent' in p: err('entities', 'place %s parent null' % p['id'])
    if 'parent' in p and not (34.5 < p['lat'] < 37.0 and 35.5 < p['lon'] < 38.5):
        err('entities', 'new place %s outside north-west Syria box' % p['id'])

totals = dict(articles=0, incidents=0, statements=0, figures=0, words=[])
sameas_seen = {}
null_pub = 0
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not (os.path.exists(tp) and os.path.exists(gp)):
        err(aid, 'missing .txt or .gold.json'); continue
    text = open(tp, encoding='utf-8').read()
    g = json.load(open(gp, encoding='utf-8'))
    totals['articles'] += 1
    lines, noise, sf, body = split_regions(aid, text)
    if len(lines) < 3 or lines[1].strip() != '':
        err(aid, 'line 2 must be blank')
    body_text = '\n'.join(ln for _, ln in body)
    words = len(re.findall(r"\S+", body_text))
    totals['words'].append((aid, words))
    if not 200 <= words <= 450: err(aid, 'body word count %d outside 200-450' % words)
    elif words > 350: warn(aid, 'body word count %d above the 350 target' % words)
    # shape
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err(aid, 'top-level keys %s' % list(g.keys()))
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(aid, 'article keys %s' % set(art))
    if art.get('id') != aid: err(aid, 'article.id mismatch')
    if art.get('title') != lines[0]: err(aid, 'title is not line 1 verbatim')
    if not str(art.get('url', '')).startswith('https://example.org/'): err(aid, 'url not example.org')
    pub = art.get('publishedAt')
    if pub is None: null_pub += 1
    elif not DATE.match(pub): err(aid, 'bad publishedAt %r' % pub)
    elif not ('2019-04-01' <= pub <= '2019-08-31'): err(aid, 'publishedAt outside Apr-Aug 2019')
    outlet_ids = [a for a in ACT if ACT[a]['kind'] == 'news-agency' and ACT[a]['name'] in (art.get('outlet'),) or art.get('outlet') in ACT[a]['aliases']]
    if not outlet_ids: warn(aid, 'outlet %r not in registry' % art.get('outlet'))
    # lists
    for k, tab in (('actors', ACT), ('places', PLA)):
        if len(set(g[k])) != len(g[k]): err(aid, 'duplicate ids in %s' % k)
        for x in g[k]:
            if x not in tab: err(aid, '%s id %s not in registry' % (k, x))
    scan = '\n'.join([lines[0]] + ([lines[sf]] if sf is not None else []) + [ln for _, ln in body]).lower()
    for k, tab in (('actors', ACT), ('places', PLA)):
        for x in g[k]:
            if x in tab and not any(al.lower() in scan for al in tab[x]['aliases']):
                warn(aid, '%s %s: no registry alias literally present (description/metonymy?)' % (k[:-1], x))
    # incidents
    keys = [i['key'] for i in g['incidents']]
    if len(set(keys)) != len(keys): err(aid, 'duplicate incident keys')
    for inc in g['incidents']:
        totals['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(aid, 'incident keys %s' % set(inc))
        if inc['kind'] not in KINDS: err(aid, 'bad kind %s' % inc['kind'])
        d = inc['date']
        if d is not None:
            if not DATE.match(d): err(aid, 'bad date %r' % d)
            if pub and d > pub: err(aid, 'incident %s after publication' % inc['key'])
            if pub is None:
                y, m, dd = d.split('-')
                months = ['January','February','March','April','May','June','July','August','September','October','November','December']
                if not re.search(r'\b%d %s %s\b|\b%s %d, %s\b' % (int(dd), months[int(m)-1], y, months[int(m)-1], int(dd), y), body_text):
                    err(aid, 'incident %s dated without publishedAt and without an absolute date in the text' % inc['key'])
        if not inc['places']: err(aid, 'incident %s has no place' % inc['key'])
        for p in inc['places']:
            if p not in g['places']: err(aid, 'incident %s place %s not in places' % (inc['key'], p))
        for a in inc['perpetratorAlleged']:
            if a not in g['actors']: err(aid, 'incident %s perpetrator %s not in actors' % (inc['key'], a))
        s = inc['sameAs']
        if s is not None:
            if s not in GI: err(aid, 'sameAs %s not in registry' % s); continue
            gi = GI[s]
            if gi['date'] != d: err(aid, 'sameAs %s date %s != %s' % (s, d, gi['date']))
            if sorted(gi['places']) != sorted(inc['places']): err(aid, 'sameAs %s places differ' % s)
            if gi['kind'] != inc['kind']: err(aid, 'sameAs %s kind differs' % s)
            if aid not in gi['articles']: err(aid, 'registry %s does not list this article' % s)
            sameas_seen.setdefault(s, []).append(aid)
    # statements
    for n, st in enumerate(g['statements'], 1):
        totals['statements'] += 1
        tag = 'statement %d' % n
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err(aid, '%s keys %s' % (tag, set(st)))
        if st['speaker'] not in g['actors']: err(aid, '%s speaker %s not in actors' % (tag, st['speaker']))
        if st['stance'] not in STANCES: err(aid, '%s bad stance' % tag)
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(aid, '%s about keys' % tag)
        if ab['incident'] is not None and ab['incident'] not in keys: err(aid, '%s unknown incident %s' % (tag, ab['incident']))
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(aid, '%s about.actor %s not in actors' % (tag, ab['actor']))
        if st['stance'] == 'ACCUSATION' and ab['actor'] is None: err(aid, '%s ACCUSATION without accused' % tag)
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(aid, '%s bad %s' % (tag, f))
            if v is not None: totals['figures'] += 1
        q = st['qualifier']
        if q is not None and q not in QUALS: err(aid, '%s bad qualifier' % tag)
        if (st['killed'] is None and st['injured'] is None) != (q is None):
            err(aid, '%s qualifier must be set iff killed or injured is set' % tag)
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']:
            err(aid, '%s children > killed' % tag)
        ev = st['evidence']
        if not ev or not isinstance(ev, str): err(aid, '%s no evidence' % tag); continue
        hits = [i for i, ln in body if ev in ln]
        if not hits:
            if ev in text: err(aid, '%s evidence only found in headline/standfirst/noise or across lines: %r' % (tag, ev[:60]))
            else: err(aid, '%s evidence not a substring: %r' % (tag, ev[:60]))
    # every figure-free incident should at least be discussed
    used = {s['about']['incident'] for s in g['statements']}
    for k in keys:
        if k not in used: warn(aid, 'incident %s has no statement (narration only)' % k)

for gid, g in GI.items():
    if gid >= 'G170':
        listed = sorted(g['articles'])
        if sorted(sameas_seen.get(gid, [])) != listed:
            err('entities', '%s lists %s but gold uses it in %s' % (gid, listed, sorted(sameas_seen.get(gid, []))))
        if len(listed) < 2: err('entities', '%s has fewer than two articles' % gid)
if null_pub < 1: err('set', 'no article with publishedAt null')

print('articles %d, incidents %d, statements %d, figures %d' % (totals['articles'], totals['incidents'], totals['statements'], totals['figures']))
print('body words: ' + ', '.join('%s=%d' % w for w in totals['words']))
for w in warnings: print('WARNING', w)
for e in errors: print('ERROR', e)
print('%d error(s), %d warning(s)' % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)

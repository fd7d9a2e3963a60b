#!/usr/bin/env python3
"""Self-check for the heldout-6 synthetic set. Run: python3 validate.py
Errors make the exit status 1; warnings (W) are printed for review only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['h6-%02d' % i for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
WORDS = (200, 350)

# Noise lines per the corpus guidelines (bylines, date/timestamp lines, share/related blocks,
# captions, credits, sign-offs, hashtags, platform furniture). Exact lines, per article.
NOISE = {
 'h6-01': ['By Dana Whitcombe, UN correspondent', '(Reporting by Dana Whitcombe; Editing by Giles Pryor)',
           'Related:', 'UN says 14 attacks on health care in Idlib since September'],
 'h6-02': ['Syrian Network for Human Rights', 'Report | 20 December 2018', 'Share | Print | Download PDF',
           'Read more:', 'Monthly death toll report, November 2018', 'Methodology'],
 'h6-03': ['H.Z. / R. Jazaeri', 'Photo: Army units in Hama countryside (SANA)'],
 'h6-04': ['By Miriam Oduya | Photographs by Kenan Sabbagh', 'Long read | 14 min',
           'This article was supported by a reporting grant. Names of some minors have been withheld.'],
 'h6-05': ['By the Clearsight Verify team', 'Updated 16 November 2018, 11:40 GMT',
           'Share this fact check', 'Related: How we verify videos from Syria'],
 'h6-06': ['By Staff', '___', 'Associated Newswire writer Leyla Demir in Istanbul contributed.'],
 'h6-07': ['Free Idlib Response Network', '27 October 2018 at 14:05 ·', 'Translated from Arabic',
           'Urgent | Jarjanaz', '#Jarjanaz #Idlib #SaveIdlib',
           'Photo: smoke rising over Jarjanaz this morning (FIRN media office)'],
 'h6-08': ['By Pieter Claes',
           '(Reporting by Pieter Claes; additional reporting by Aylin Tas in Ankara; Editing by Giles Pryor)'],
}

errors, warnings = [], []
def err(a, m): errors.append('%s: %s' % (a, m))
def warn(a, m): warnings.append('%s: %s' % (a, m))

reg = json.load(open(os.path.join(HERE, 'entities.json')))
base_path = '/work/shared/corpus/entities.json'
A = {a['id']: a for a in reg['actors']}
P = {p['id']: p for p in reg['places']}
G = {g['id']: g for g in reg['globalIncidents']}
if len(A) != len(reg['actors']): err('registry', 'duplicate actor ids')
if len(P) != len(reg['places']): err('registry', 'duplicate place ids')
for a in reg['actors']:
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err('registry', 'actor %s lacks %s' % (a.get('id'), k))
    if a.get('partOf') and a['partOf'] not in A: err('registry', 'actor %s partOf unknown %s' % (a['id'], a['partOf']))
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err('registry', 'place %s lacks %s' % (p.get('id'), k))
    if p.get('parent') and p['parent'] not in P: err('registry', 'place %s parent unknown' % p['id'])
if os.path.exists(base_path):
    base = json.load(open(base_path))
    for sec in ('actors', 'places', 'globalIncidents'):
        have = {x['id'] for x in reg[sec]}
        for x in base[sec]:
            if x['id'] not in have: err('registry', 'base %s id %s was deleted' % (sec, x['id']))
    ba = {a['id']: a for a in base['actors']}
    for i, a in ba.items():
        missing = [x for x in a['aliases'] if x not in A[i]['aliases']]
        if missing: err('registry', 'aliases removed from %s: %s' % (i, missing))
for g in reg['globalIncidents']:
    for p in g['places']:
        if p not in P: err('registry', 'global %s place %s unknown' % (g['id'], p))
    if g['kind'] not in KINDS: err('registry', 'global %s kind' % g['id'])

def body_lines(aid, text):
    lines = text.split('\n')
    if len(lines) < 3 or lines[1].strip() != '': err(aid, 'line 2 must be blank (headline, blank line, body)')
    noise = set(NOISE.get(aid, []))
    for n in noise:
        if n not in lines: err(aid, 'declared noise line not found: %r' % n)
    return [l for l in lines[2:] if l.strip() and l not in noise]

date_re = re.compile(r'^\d{4}-\d{2}-\d{2}$')
glob_seen = {}
tot = dict(art=0, inc=0, st=0, fig=0)
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not os.path.exists(tp) or not os.path.exists(gp): err(aid, 'missing file'); continue
    text = open(tp, encoding='utf-8').read()
    g = json.load(open(gp, encoding='utf-8'))
    tot['art'] += 1
    if set(g) != {'article', 'actors', 'places', 'incidents', 'statements'}: err(aid, 'top-level keys %s' % sorted(g))
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err(aid, 'article keys %s' % sorted(art))
    if art['id'] != aid: err(aid, 'article.id')
    if art['title'] != text.split('\n')[0]: err(aid, 'title is not line 1 verbatim')
    if not art['url'].startswith('https://example.org/'): err(aid, 'url not example.org')
    if art['publishedAt'] is not None and not date_re.match(art['publishedAt']): err(aid, 'publishedAt format')
    if art['publishedAt'] and not ('2018-09-01' <= art['publishedAt'] <= '2018-12-31'): err(aid, 'publishedAt outside Sep-Dec 2018')
    blines = body_lines(aid, text)
    body = '\n'.join(blines)
    nw = len(body.split())
    if not (WORDS[0] <= nw <= WORDS[1]): err(aid, 'body word count %d outside %s' % (nw, WORDS))
    for x in g['actors']:
        if x not in A: err(aid, 'actor id not in registry: %s' % x)
    if len(set(g['actors'])) != len(g['actors']): err(aid, 'duplicate actors')
    for x in g['places']:
        if x not in P: err(aid, 'place id not in registry: %s' % x)
    if len(set(g['places'])) != len(g['places']): err(aid, 'duplicate places')
    keys = set()
    for inc in g['incidents']:
        tot['inc'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(aid, 'incident keys %s' % sorted(inc))
        if inc['key'] in keys: err(aid, 'duplicate incident key %s' % inc['key'])
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(aid, 'incident kind %s' % inc['kind'])
        if inc['date'] is not None:
            if not date_re.match(inc['date']): err(aid, 'incident date format')
            elif art['publishedAt'] and inc['date'] > art['publishedAt']: err(aid, 'incident %s after publication' % inc['key'])
        if not inc['places']: err(aid, 'incident %s has no places' % inc['key'])
        for p in inc['places']:
            if p not in g['places']: err(aid, 'incident %s place %s not in article places' % (inc['key'], p))
        for p in inc['perpetratorAlleged']:
            if p not in g['actors']: err(aid, 'incident %s perpetrator %s not in actors' % (inc['key'], p))
        s = inc['sameAs']
        if s is not None:
            if s not in G: err(aid, 'sameAs %s not a registry global incident' % s); continue
            gi = G[s]
            if gi['date'] != inc['date']: err(aid, 'sameAs %s date %s != %s' % (s, inc['date'], gi['date']))
            if set(gi['places']) != set(inc['places']): err(aid, 'sameAs %s places differ' % s)
            if gi['kind'] != inc['kind']: err(aid, 'sameAs %s kind differs' % s)
            if aid not in gi.get('articles', []): err(aid, 'registry %s does not list %s' % (s, aid))
            glob_seen.setdefault(s, []).append(aid)
    used_keys = set()
    for i, st in enumerate(g['statements']):
        tot['st'] += 1
        tag = 'statement %d' % i
        if set(st) - {'cue'} != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err(aid, '%s keys %s' % (tag, sorted(st)))
        if st['speaker'] not in g['actors']: err(aid, '%s speaker %s not in actors' % (tag, st['speaker']))
        if st['stance'] not in STANCES: err(aid, '%s stance %s' % (tag, st['stance']))
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(aid, '%s about keys' % tag)
        if ab['incident'] is not None:
            if ab['incident'] not in keys: err(aid, '%s about.incident %s unknown' % (tag, ab['incident']))
            used_keys.add(ab['incident'])
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(aid, '%s about.actor %s not in actors' % (tag, ab['actor']))
        if st['stance'] == 'ACCUSATION' and ab['actor'] is None:
            err(aid, '%s ACCUSATION without accused' % tag)
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, '%s %s not a non-negative int' % (tag, f))
        if st['qualifier'] not in QUALS: err(aid, '%s qualifier %s' % (tag, st['qualifier']))
        if (st['killed'] is None and st['injured'] is None) != (st['qualifier'] is None): err(aid, '%s qualifier/figure mismatch' % tag)
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']: err(aid, '%s children > killed' % tag)
        if st['killed'] is not None or st['injured'] is not None or st['children'] is not None: tot['fig'] += 1
        ev = st.get('evidence')
        if ev is None:
            if 'cue' not in st: err(aid, '%s has neither evidence nor cue' % tag)
        else:
            if ev not in body: err(aid, '%s evidence not an exact substring of the body (noise excluded): %r' % (tag, ev[:70]))
            if ev in text.split('\n')[0]: err(aid, '%s evidence taken from headline' % tag)
    for k in keys - used_keys: warn(aid, 'incident %s has no statement about it' % k)
    if art['publishedAt'] is None:
        for inc in g['incidents']:
            if inc['date'] is not None and inc['date'][:4] not in body:
                err(aid, 'publishedAt null but incident %s dated without an absolute date in text' % inc['key'])
    # soft check: every listed actor/place has some alias in headline+body
    scan = text.split('\n')[0] + '\n' + body
    low = scan.lower()
    for x in g['actors']:
        if x in A and not any(al.lower() in low for al in A[x]['aliases'] + [A[x]['name']]):
            warn(aid, 'actor %s: no registry alias literally in text (check description/pronoun mention)' % x)
    for x in g['places']:
        if x in P and not any(al.lower() in low for al in P[x]['aliases'] + [P[x]['name']]):
            warn(aid, 'place %s: no registry alias literally in text' % x)

for s, arts in glob_seen.items():
    if sorted(arts) != sorted(G[s]['articles']): err('registry', '%s articles %s != used %s' % (s, G[s]['articles'], arts))
for gid, gi in G.items():
    if gid >= 'G60' and gid not in glob_seen: err('registry', '%s is never used' % gid)
    if gid >= 'G60' and len(gi['articles']) < 2: err('registry', '%s used by fewer than 2 articles' % gid)

for w in warnings: print('W', w)
for e in errors: print('E', e)
print('articles=%(art)d incidents=%(inc)d statements=%(st)d statements_with_figures=%(fig)d' % tot)
print('OK: no errors' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Self-check for the heldout-26 synthetic set. Run: python3 validate.py
Checks JSON shape, registry ids, evidence substrings (body, non-noise), actor/place
consistency, sameAs against globalIncidents, registry extension, and body word counts.
Errors make the exit status 1; warnings (alias heuristics) do not."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = '/work/shared/corpus/entities.json'
IDS = ['h26-%02d' % i for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
MIN_WORDS, MAX_WORDS = 200, 350
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

NOISE_PREFIX = ('By ', 'Photo:', 'Photographs by', 'Image caption', 'Share', 'Email', 'Facebook', 'Twitter',
                'Related', 'Read more', 'READ MORE', 'Also on', 'Advertisement', 'SOURCE:', 'Published',
                'All photographs', '___', 'Associated Newswire writer', 'For information media', 'SC/')
NOISE_RE = [
    re.compile(r'^\(.*\)$'),                                    # credits / corrections in parentheses
    re.compile(r'^\d{1,2} [A-Z][a-z]+ \d{4}(, \d\d:\d\d GMT)?$'),  # 16 January 2020
    re.compile(r'^[A-Z][a-z]+ \d{1,2}, \d{4}$'),                 # February 25, 2020
    re.compile(r'^\d+(st|nd|rd|th) Meeting \((AM|PM)\)$'),
    re.compile(r'^[A-Za-z.\-]+(/[A-Za-z]+)+$'),                  # sign-off initials
]
def noise_lines(lines):
    """Return set of indices (0-based, body lines from index 2) that are noise."""
    out, in_list = set(), False
    for i, ln in enumerate(lines):
        if i < 2: continue
        s = ln.strip()
        if not s:
            in_list = False; continue
        if in_list or s.startswith(NOISE_PREFIX) or any(r.match(s) for r in NOISE_RE):
            out.add(i)
            if s.startswith(('Related Topics', 'Related News')): in_list = True
    return out

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
base = json.load(open(BASE, encoding='utf-8'))
A = {a['id']: a for a in reg['actors']}; P = {p['id']: p for p in reg['places']}
GI = {g['id']: g for g in reg['globalIncidents']}
if len(A) != len(reg['actors']): err('registry: duplicate actor ids')
if len(P) != len(reg['places']): err('registry: duplicate place ids')
for part in ('actors', 'places', 'globalIncidents'):
    for x in base[part]:
        new = {y['id']: y for y in reg[part]}.get(x['id'])
        if new is None: err('registry: base id %s removed from %s' % (x['id'], part)); continue
        if part != 'globalIncidents':
            for al in x.get('aliases', []):
                if al not in new.get('aliases', []): err('registry: alias %r of %s removed' % (al, x['id']))
for a in reg['actors']:
    if a.get('partOf') and a['partOf'] not in A: err('registry: %s partOf unknown %s' % (a['id'], a['partOf']))
for p in reg['places']:
    if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)): err('registry: place %s lacks coords' % p['id'])
    if p.get('parent') and p['parent'] not in P: err('registry: place %s parent unknown' % p['id'])
for g in GI.values():
    for pl in g['places']:
        if pl not in P: err('registry: %s place %s unknown' % (g['id'], pl))

seen_same = {}
tot = dict(articles=0, incidents=0, statements=0, figures=0)
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not (os.path.exists(tp) and os.path.exists(gp)): err('%s: missing file' % aid); continue
    text = open(tp, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 3 or lines[1].strip() != '': err('%s: line 2 must be blank' % aid)
    nz = noise_lines(lines)
    body_lines = [ln for i, ln in enumerate(lines) if i >= 2 and i not in nz]
    noise_text = [lines[i] for i in sorted(nz)]
    words = sum(len(l.split()) for l in body_lines)
    if not MIN_WORDS <= words <= MAX_WORDS: err('%s: body has %d words (want %d-%d)' % (aid, words, MIN_WORDS, MAX_WORDS))
    g = json.load(open(gp, encoding='utf-8'))
    tot['articles'] += 1
    if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']: err('%s: top-level keys %s' % (aid, list(g.keys())))
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}: err('%s: article keys' % aid)
    if art['id'] != aid: err('%s: article.id' % aid)
    if art['title'] != lines[0]: err('%s: title differs from line 1' % aid)
    if art['publishedAt'] is not None and not re.match(r'^\d{4}-\d\d-\d\d$', art['publishedAt']): err('%s: publishedAt format' % aid)
    if not art['url'].startswith('https://example.org/'): err('%s: url' % aid)
    if not any(art['outlet'] == a['name'] or art['outlet'] in a.get('aliases', []) for a in A.values() if a['kind'] == 'news-agency'): err('%s: outlet %r not in registry' % (aid, art['outlet']))
    acts, pls = g['actors'], g['places']
    for x in acts:
        if x not in A: err('%s: actor %s not in registry' % (aid, x))
    for x in pls:
        if x not in P: err('%s: place %s not in registry' % (aid, x))
    if len(set(acts)) != len(acts): err('%s: duplicate actors' % aid)
    if len(set(pls)) != len(pls): err('%s: duplicate places' % aid)
    scan = (lines[0] + '\n' + '\n'.join(body_lines)).lower()
    for x in acts:
        if x in A and not any(al.lower() in scan for al in A[x]['aliases'] + [A[x]['name']]):
            warn('%s: no literal alias of actor %s in headline/body (ok if a description/rule applies)' % (aid, x))
    for x in pls:
        if x in P and not any(al.lower() in scan for al in P[x]['aliases'] + [P[x]['name']]):
            warn('%s: no literal alias of place %s in headline/body' % (aid, x))
    keys = set()
    for inc in g['incidents']:
        tot['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err('%s: incident keys %s' % (aid, set(inc)))
        if inc['key'] in keys: err('%s: dup incident key %s' % (aid, inc['key']))
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err('%s %s: kind' % (aid, inc['key']))
        if inc['date'] is not None and not re.match(r'^\d{4}-\d\d-\d\d$', inc['date']): err('%s %s: date format' % (aid, inc['key']))
        if art['publishedAt'] and inc['date'] and inc['date'] > art['publishedAt']: err('%s %s: date after publication' % (aid, inc['key']))
        if not inc['places']: err('%s %s: no places' % (aid, inc['key']))
        for p in inc['places']:
            if p not in pls: err('%s %s: place %s not in article places' % (aid, inc['key'], p))
        for p in inc['perpetratorAlleged']:
            if p not in acts: err('%s %s: perpetrator %s not in actors' % (aid, inc['key'], p))
        if inc['sameAs'] is not None:
            gi = GI.get(inc['sameAs'])
            if gi is None: err('%s %s: sameAs %s unknown' % (aid, inc['key'], inc['sameAs'])); continue
            if gi['date'] != inc['date']: err('%s %s: date %s != %s %s' % (aid, inc['key'], inc['date'], gi['id'], gi['date']))
            if set(gi['places']) != set(inc['places']): err('%s %s: places differ from %s' % (aid, inc['key'], gi['id']))
            if gi['kind'] != inc['kind']: err('%s %s: kind differs from %s' % (aid, inc['key'], gi['id']))
            if aid not in gi.get('articles', []): err('%s %s: article not listed in %s.articles' % (aid, inc['key'], gi['id']))
            seen_same.setdefault(gi['id'], set()).add(aid)
            if sum(1 for i2 in g['incidents'] if i2['sameAs'] == gi['id']) > 1: err('%s: %s used twice' % (aid, gi['id']))
    for n, s in enumerate(g['statements']):
        tot['statements'] += 1
        tag = '%s S%d' % (aid, n + 1)
        if set(s) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}: err('%s: keys' % tag)
        if s['speaker'] not in acts: err('%s: speaker %s not in actors' % (tag, s['speaker']))
        if s['stance'] not in STANCES: err('%s: stance %s' % (tag, s['stance']))
        ab = s['about']
        if set(ab) != {'incident', 'actor'}: err('%s: about keys' % tag)
        if ab['incident'] is not None and ab['incident'] not in keys: err('%s: about.incident %s unknown' % (tag, ab['incident']))
        if ab['actor'] is not None and ab['actor'] not in acts: err('%s: about.actor %s not in actors' % (tag, ab['actor']))
        if s['stance'] in ('ACCUSATION', 'CALL', 'CRITICISM') and s['stance'] == 'ACCUSATION' and ab['actor'] is None: err('%s: ACCUSATION without accused' % tag)
        for f in ('killed', 'injured', 'children'):
            if s[f] is not None and (not isinstance(s[f], int) or s[f] < 0): err('%s: %s not a non-negative int' % (tag, f))
        if s['qualifier'] not in QUALS: err('%s: qualifier' % tag)
        if (s['killed'] is None and s['injured'] is None) != (s['qualifier'] is None): err('%s: qualifier/figures mismatch' % tag)
        if s['killed'] is not None and s['children'] is not None and s['children'] > s['killed']: err('%s: children > killed' % tag)
        if any(s[f] is not None for f in ('killed', 'injured', 'children')): tot['figures'] += 1
        ev = s['evidence']
        if not ev or not any(ev in bl for bl in body_lines):
            if ev and ev in text:
                where = 'headline' if ev in lines[0] else 'noise line'
                err('%s: evidence found only in %s: %r' % (tag, where, ev[:60]))
            else:
                err('%s: evidence not a substring of a body line: %r' % (tag, ev[:70]))
        if ev and any(ev in nl for nl in noise_text) and not any(ev in bl for bl in body_lines): err('%s: evidence in noise' % tag)
    print('%s: %d body words, %d incidents, %d statements' % (aid, words, len(g['incidents']), len(g['statements'])))
for gid in ('G280', 'G281', 'G282'):
    gi = GI.get(gid)
    if gi is None: err('registry: %s missing' % gid); continue
    if set(gi['articles']) != seen_same.get(gid, set()): err('%s: articles %s but used in %s' % (gid, gi['articles'], sorted(seen_same.get(gid, []))))
for w in warnings: print('WARNING:', w)
for e in errors: print('ERROR:', e)
print('totals: %(articles)d articles, %(incidents)d incidents, %(statements)d statements, %(figures)d with figures' % tot)
print('OK: no errors' if not errors else '%d error(s)' % len(errors))
sys.exit(1 if errors else 0)

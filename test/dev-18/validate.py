#!/usr/bin/env python3
"""Self-check for the heldout-18 set (h18-01 .. h18-08).

Run:  python3 validate.py
Checks the corpus gold format, the registry (entities.json), evidence strings
(exact substrings of the body, never in the headline or a noise line), ids,
cross-references, sameAs consistency with globalIncidents, and body length.
Prints ERROR lines (must be fixed) and WARN lines (to review by hand).
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG_REGISTRY = '/work/shared/corpus/entities.json'
IDS = ['h18-%02d' % i for i in range(1, 9)]
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}

# Noise lines (guidelines: bylines, date-only lines, share blocks, Related/READ MORE
# and the lists under them, captions, credits, "___" + contributor line, sign-offs).
# Live-blog timestamp lines ("14:05 GMT") are treated as noise (date/time-only lines).
NOISE_RES = [
    r'^By [A-Z]',
    r'^\d{1,2} [A-Z][a-z]+ \d{4}$',
    r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}$',
    r'^Share( this with)?$', r'^(Email|Facebook|Twitter)$', r'^Advertisement$',
    r'^\d{1,2}:\d{2} GMT$',
    r'^Image caption:', r'^Photo:',
    r'^\(.*\)$', r'^___$', r'contributed\.$', r'^SOURCE:',
    r'^[A-Z]\.[A-Z]\.( / [A-Z]\.[A-Z]\.)*$',
    r'^Associated Newswire$',
]
LIST_HEADERS = re.compile(r'^(Related:?|Related Topics|Related News:?|Read more:?|READ MORE|Also on .*)$')

errors, warns = [], []
# Mentions that are descriptions / elliptical coordinations rather than literal aliases
# (reviewed by hand; reported as INFO, not WARN).
EXPECTED_NO_ALIAS = {
    ('h18-07', 'syrian-army'): '"Russian and Syrian air strikes" (elliptical coordination, as dev-19)',
    ('h18-08', 'russian-military'): '"the warplanes were believed to be Russian" (predicative nationality adjective)',
}
infos = []
def err(m): errors.append('ERROR ' + m)
def warn(m): warns.append('WARN  ' + m)

def split_article(text):
    lines = text.split('\n')
    title = lines[0]
    if len(lines) < 3 or lines[1].strip() != '':
        err('line 2 must be blank')
    body_lines = lines[2:]
    noise = [False] * len(body_lines)
    in_list = False
    for i, l in enumerate(body_lines):
        s = l.strip()
        if not s:
            in_list = False
            continue
        if LIST_HEADERS.match(s):
            in_list = True; noise[i] = True; continue
        if in_list or any(re.search(p, s) for p in NOISE_RES):
            noise[i] = True
    return title, body_lines, noise

def load(p):
    with open(p, encoding='utf-8') as f:
        return json.load(f)

reg = load(os.path.join(HERE, 'entities.json'))
orig = load(ORIG_REGISTRY)
actors = {a['id']: a for a in reg['actors']}
places = {p['id']: p for p in reg['places']}
globs = {g['id']: g for g in reg['globalIncidents']}

# ---- registry checks
for part in ('actors', 'places', 'globalIncidents'):
    ids = [e['id'] for e in reg[part]]
    if len(ids) != len(set(ids)):
        err('duplicate ids in registry %s' % part)
    newids = {e['id'] for e in reg[part]}
    for e in orig[part]:
        if e['id'] not in newids:
            err('registry %s: original id %s missing' % (part, e['id']))
    origmap = {e['id']: e for e in orig[part]}
    for e in reg[part]:
        o = origmap.get(e['id'])
        if o is None:
            continue
        for k, v in o.items():
            if k in ('aliases', 'contextualAliases'):
                if not set(v) <= set(e.get(k, [])):
                    err('registry %s %s: original %s removed' % (part, e['id'], k))
            elif e.get(k) != v:
                err('registry %s %s: field %s changed' % (part, e['id'], k))
for a in reg['actors']:
    for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
        if k not in a: err('actor %s lacks %s' % (a.get('id'), k))
    if a.get('partOf') and a['partOf'] not in actors:
        err('actor %s partOf unknown %s' % (a['id'], a['partOf']))
for p in reg['places']:
    for k in ('id', 'name', 'kind', 'country', 'lat', 'lon', 'aliases'):
        if k not in p: err('place %s lacks %s' % (p.get('id'), k))
    if p.get('parent') and p['parent'] not in places:
        err('place %s parent unknown %s' % (p['id'], p['parent']))
    if not (-90 <= p['lat'] <= 90 and -180 <= p['lon'] <= 180):
        err('place %s bad coordinates' % p['id'])
    if p['id'] not in {q['id'] for q in orig['places']} and p['country'] == 'Syria' and p['kind'] in ('town', 'village', 'city') and not (34.5 <= p['lat'] <= 37 and 35.5 <= p['lon'] <= 38):
        warn('place %s coordinates outside NW Syria box' % p['id'])
for g in reg['globalIncidents']:
    for pid in g['places']:
        if pid not in places: err('global %s unknown place %s' % (g['id'], pid))

def alias_hits(entity, text):
    for al in [entity['name']] + entity.get('aliases', []):
        if re.search(r'(?<![A-Za-z])' + re.escape(al) + r'(?![A-Za-z])', text, re.I):
            return True
    return False

used_globals = {}
totals = dict(articles=0, incidents=0, statements=0, figures=0)
for aid in IDS:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not os.path.exists(tp) or not os.path.exists(gp):
        err('%s: missing file' % aid); continue
    text = open(tp, encoding='utf-8').read()
    gold = load(gp)
    totals['articles'] += 1
    title, body_lines, noise = split_article(text)
    clean_lines = [l for l, n in zip(body_lines, noise) if not n]
    clean = '\n'.join(clean_lines)
    scan = title + '\n' + clean   # headline + non-noise body: region for mentions
    words = len(clean.split())
    infos.append('INFO  %s: %d body words (non-noise), %d incidents, %d statements' % (aid, words, len(gold['incidents']), len(gold['statements'])))
    if not 200 <= words <= 450:
        err('%s: body has %d words (non-noise); expected 200-450' % (aid, words))
    # shape
    if set(gold) != {'article', 'actors', 'places', 'incidents', 'statements'}:
        err('%s: top-level keys %s' % (aid, sorted(gold)))
    art = gold['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}:
        err('%s: article keys %s' % (aid, sorted(art)))
    if art['id'] != aid: err('%s: article.id %s' % (aid, art['id']))
    if art['title'] != title: err('%s: title differs from line 1' % aid)
    if not art['url'].startswith('https://example.org/'): err('%s: url not example.org' % aid)
    pub = art['publishedAt']
    if pub is not None:
        pd = datetime.date.fromisoformat(pub)
        if not (datetime.date(2016, 1, 1) <= pd <= datetime.date(2017, 12, 31)):
            err('%s: publishedAt outside 2016-2017' % aid)
    # actors / places
    for lst, reg_map, name in ((gold['actors'], actors, 'actor'), (gold['places'], places, 'place')):
        if len(lst) != len(set(lst)): err('%s: duplicate %ss' % (aid, name))
        for x in lst:
            if x not in reg_map:
                err('%s: unknown %s %s' % (aid, name, x))
            elif not alias_hits(reg_map[x], scan):
                if (aid, x) in EXPECTED_NO_ALIAS:
                    infos.append('INFO  %s: %s via %s' % (aid, x, EXPECTED_NO_ALIAS[(aid, x)])); continue
                warn('%s: %s %s has no literal alias in headline/body (check it is a description/metonymy)' % (aid, name, x))
    # incidents
    keys = set()
    for inc in gold['incidents']:
        totals['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}:
            err('%s: incident keys %s' % (aid, sorted(inc)))
        if inc['key'] in keys: err('%s: duplicate incident key %s' % (aid, inc['key']))
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err('%s %s: kind %s' % (aid, inc['key'], inc['kind']))
        if inc['date'] is not None:
            d = datetime.date.fromisoformat(inc['date'])
            if pub is not None and d > datetime.date.fromisoformat(pub):
                err('%s %s: incident date after publication' % (aid, inc['key']))
            if pub is None and inc['date'][:4] not in text:
                err('%s %s: undated article but incident date has no absolute year in text' % (aid, inc['key']))
        if not inc['places']: err('%s %s: no places' % (aid, inc['key']))
        for p in inc['places']:
            if p not in gold['places']: err('%s %s: place %s not in article places' % (aid, inc['key'], p))
        for p in inc['perpetratorAlleged']:
            if p not in gold['actors']: err('%s %s: perpetrator %s not in actors' % (aid, inc['key'], p))
        g = inc['sameAs']
        if g is not None:
            if g not in globs:
                err('%s %s: sameAs %s not in registry' % (aid, inc['key'], g))
            else:
                G = globs[g]
                used_globals.setdefault(g, []).append(aid)
                if G['date'] != inc['date']: err('%s %s: date %s != %s date %s' % (aid, inc['key'], inc['date'], g, G['date']))
                if sorted(G['places']) != sorted(inc['places']): err('%s %s: places differ from %s' % (aid, inc['key'], g))
                if G['kind'] != inc['kind']: err('%s %s: kind differs from %s' % (aid, inc['key'], g))
                if aid not in G.get('articles', []): err('%s %s: %s does not list this article' % (aid, inc['key'], g))
    # statements
    for n, s in enumerate(gold['statements'], 1):
        totals['statements'] += 1
        tag = '%s S%d' % (aid, n)
        if set(s) - {'cue'} != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err('%s: keys %s' % (tag, sorted(s)))
        if s['speaker'] not in gold['actors']: err('%s: speaker %s not in actors' % (tag, s['speaker']))
        if s['stance'] not in STANCES: err('%s: stance %s' % (tag, s['stance']))
        ab = s['about']
        if set(ab) != {'incident', 'actor'}: err('%s: about keys' % tag)
        if ab['incident'] is not None and ab['incident'] not in keys: err('%s: about.incident %s unknown' % (tag, ab['incident']))
        if ab['actor'] is not None and ab['actor'] not in gold['actors']: err('%s: about.actor %s not in actors' % (tag, ab['actor']))
        if s['stance'] in ('ACCUSATION', 'CRITICISM') and ab['actor'] == s['speaker']:
            warn('%s: accuses/criticises itself' % tag)
        for f in ('killed', 'injured', 'children'):
            v = s[f]
            if v is not None and (not isinstance(v, int) or v < 0): err('%s: %s=%r' % (tag, f, v))
        if s['qualifier'] not in QUALS: err('%s: qualifier %s' % (tag, s['qualifier']))
        has_fig = s['killed'] is not None or s['injured'] is not None
        if has_fig != (s['qualifier'] is not None): err('%s: qualifier must be set iff killed/injured given' % tag)
        if s['killed'] is not None and s['children'] is not None and s['children'] > s['killed']:
            err('%s: children > killed' % tag)
        if s['killed'] is not None or s['injured'] is not None or s['children'] is not None:
            totals['figures'] += 1
        ev = s.get('evidence')
        if ev is None:
            if 'cue' not in s: err('%s: neither evidence nor cue' % tag)
            continue
        if ev not in clean:
            if ev in '\n'.join(body_lines):
                err('%s: evidence lies in a noise line' % tag)
            elif ev in title:
                err('%s: evidence from headline' % tag)
            else:
                err('%s: evidence not an exact substring of body: %r' % (tag, ev[:70]))
        if '\n' in ev: err('%s: evidence spans lines' % tag)

for g, arts in used_globals.items():
    declared = globs[g].get('articles', [])
    h18 = [a for a in declared if a.startswith('h18-')]
    if sorted(h18) != sorted(arts): err('%s: articles %s but used by %s' % (g, h18, arts))
new_globals = [g for g in globs if g.startswith('G2')]
for g in new_globals:
    if len(used_globals.get(g, [])) < 2: err('%s used by fewer than 2 articles' % g)

for i in infos: print(i)
for w in warns: print(w)
for e in errors: print(e)
print('articles=%(articles)d incidents=%(incidents)d statements=%(statements)d statements_with_figures=%(figures)d' % totals)
print('RESULT: %d error(s), %d warning(s)' % (len(errors), len(warns)))
sys.exit(1 if errors else 0)

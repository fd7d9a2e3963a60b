#!/usr/bin/env python3
"""Self-check for the blind gold set dev-33 (d33-01 .. d33-08).

Run from anywhere:  python3 validate.py
Exit status 0 and "0 errors" when the set is consistent.

Checks
  * registry: entities.json is a pure extension of /work/shared/corpus/entities.json
    (same description, every original entry unchanged and in the same order, new
    entries appended only, ids unique, partOf resolves, kinds taken from the
    existing kind vocabulary, new global ids in G600-G609)
  * gold shape: exact key sets and order of article / actors / places / incidents /
    statements, enums, types, dates, id = file stem, title = line 1, line 2 blank
  * ids resolve: actors, places, perpetrators, speakers, about.actor, sameAs
  * evidence: verbatim substring of the body (never the headline), lying entirely
    inside non-noise lines (noise lines are listed per article below and each must
    exist verbatim in the article)
  * globals: every G6xx is used by >= 2 articles, its `articles` list equals the
    articles that use it, and kind / date / places agree with every incident using it
  * article length: 230-340 words (whole file)
Warnings (not errors) report registry aliases found in non-noise text whose entity is
not listed, and listed entities with no literal alias hit (descriptions, metonymy...).
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = '/work/shared/corpus/entities.json'
ARTICLES = ['d33-%02d' % i for i in range(1, 9)]

# Noise lines, verbatim, per article (guideline categories in comments).
NOISE = {
    'd33-01': [
        'By Aylin Demir and Karim Nassar',                                   # byline
        'A man waits outside a hospital in Antakya, Hatay province, Turkey, February 28, 2020. Crescent Wire/Stringer',  # caption
        '(Reporting by Aylin Demir in Ankara and Karim Nassar in Beirut; Editing by Robert Hale)',  # credits
        "Related: Turkey's Idlib losses mount",                               # Related
    ],
    'd33-02': [
        'Zaytoun Voice – Editorial Team',                                     # byline
        '25 February 2020',                                                   # date-only
        'Tags: Maarat Misrin, Idlib, Russian occupation, schools, massacres', # tags (cf. Related Topics)
        'Share: Facebook | Twitter | WhatsApp',                               # share
    ],
    'd33-03': [
        'Hannah Whitcombe in Istanbul and Daniel Frey in Moscow',             # byline with locations
        'Sat 29 Feb 2020 07.00 GMT',                                          # date-only
        'Related: Idlib’s displaced: ‘We have run out of places to run’',     # Related
    ],
    'd33-04': [
        '2 March 2020', 'Share this with', 'Email', 'Facebook', 'Twitter',
        'Image caption: Turkish military vehicles on the road to Saraqib earlier this week',
        'Related Topics', 'Syrian civil war', 'Turkey', 'Russia',             # Related Topics + list
    ],
    'd33-05': [
        'Mar 2, 2020',                                                        # date-only
        'Related news',
        'Army units repel terrorist attack in southern Idleb countryside',
        'Russian reconciliation center: 14 ceasefire violations recorded in Idleb',
        'hz/ms',                                                              # sign-off initials
    ],
    'd33-06': [
        'Tamsin Roe, Gaziantep',                                              # byline with location
        '27 February 2020',                                                   # date-only
        'Photo: A classroom in Maarat Misrin after Tuesday’s strike. (Tamsin Roe/The Aid Dispatch)',
        '(Edited by Joe Marlow)',                                             # credits
        'Share',
        'Related: Idlib’s displaced: winter in the olive groves',
    ],
    'd33-07': [
        'By Nadim Saab',
        'Advertisement',
        'Read more: Ceasefire or pause? What the Moscow agreement means for Saraqeb',
    ],
    'd33-08': [
        'Rasd Centre for Civilian Protection – Incident Report',              # byline / header
        'Share',
        'Photo: The damaged schoolyard in Maarat Misrin, 25 February 2020. Rasd Centre',
        'Related:', 'Idlib: attacks on health care, January 2020', 'Methodology note',
    ],
}

KINDS_INC = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def isodate(s):
    if not (isinstance(s, str) and ISO.match(s)):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None

# ---------------------------------------------------------------- registry
orig = json.load(open(ORIG, encoding='utf-8'))
reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
if list(reg.keys()) != list(orig.keys()):
    err('registry: top-level keys differ from the corpus registry')
if reg.get('description') != orig.get('description'):
    err('registry: description changed')
for sec in ('actors', 'places', 'globalIncidents'):
    o, n = orig[sec], reg.get(sec, [])
    if n[:len(o)] != o:
        for i, (a, b) in enumerate(zip(o, n)):
            if a != b:
                err('registry %s: original entry %s changed or moved' % (sec, a.get('id')))
                break
        if len(n) < len(o):
            err('registry %s: entries removed' % sec)
    ids = [e.get('id') for e in n]
    if len(ids) != len(set(ids)):
        err('registry %s: duplicate ids' % sec)
actor_ids = {a['id'] for a in reg['actors']}
place_ids = {p['id'] for p in reg['places']}
glob = {g['id']: g for g in reg['globalIncidents']}
if actor_ids & place_ids:
    err('registry: ids shared between actors and places: %s' % (actor_ids & place_ids))
actor_kinds = {a['kind'] for a in orig['actors']}
place_kinds = {p['kind'] for p in orig['places']}
orig_actor_keys = set().union(*(a.keys() for a in orig['actors']))
orig_place_keys = set().union(*(p.keys() for p in orig['places']))
for a in reg['actors'][len(orig['actors']):]:
    if a['kind'] not in actor_kinds: err('registry actor %s: unknown kind %s' % (a['id'], a['kind']))
    if a['partOf'] is not None and a['partOf'] not in actor_ids: err('registry actor %s: partOf unresolved' % a['id'])
    if not set(a.keys()) <= orig_actor_keys: err('registry actor %s: unexpected fields %s' % (a['id'], set(a.keys()) - orig_actor_keys))
    for c in a.get('contextualAliases', []):
        if c not in a['aliases']: err('registry actor %s: contextual alias %r not in aliases' % (a['id'], c))
for p in reg['places'][len(orig['places']):]:
    if p['kind'] not in place_kinds: err('registry place %s: unknown kind %s' % (p['id'], p['kind']))
    if not set(p.keys()) <= orig_place_keys: err('registry place %s: unexpected fields' % p['id'])
    if not (-90 <= p['lat'] <= 90 and -180 <= p['lon'] <= 180): err('registry place %s: bad coordinates' % p['id'])
for a in reg['actors']:
    if a['partOf'] is not None and a['partOf'] not in actor_ids:
        err('registry actor %s: partOf unresolved' % a['id'])
new_globals = reg['globalIncidents'][len(orig['globalIncidents']):]
for g in new_globals:
    if not re.match(r'^G60\d$', g['id']): err('registry global %s: id outside G600-G609' % g['id'])
    if g['kind'] not in KINDS_INC: err('registry global %s: bad kind' % g['id'])
    if not isodate(g['date']): err('registry global %s: bad date' % g['id'])
    for pl in g['places']:
        if pl not in place_ids: err('registry global %s: unknown place %s' % (g['id'], pl))
    if set(g.keys()) != set(orig['globalIncidents'][0].keys()): err('registry global %s: fields differ from corpus globals' % g['id'])

alias_index = []   # (alias, id, section, contextual)
for a in reg['actors']:
    for al in set(a['aliases']) | {a['name']}:
        alias_index.append((al, a['id'], 'actor', al in a.get('contextualAliases', [])))
for p in reg['places']:
    for al in set(p['aliases']) | {p['name']}:
        alias_index.append((al, p['id'], 'place', al in p.get('contextualAliases', [])))
outlet_names = {al for a in reg['actors'] if a['kind'] in ('news-agency', 'monitor') for al in a['aliases'] + [a['name']]}

# ---------------------------------------------------------------- articles
uses = {}    # global id -> list of (article, incident)
for aid in ARTICLES:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not (os.path.exists(tp) and os.path.exists(gp)):
        err('%s: missing .txt or .gold.json' % aid); continue
    text = open(tp, encoding='utf-8').read()
    lines = text.split('\n')
    try:
        gold = json.load(open(gp, encoding='utf-8'))
    except Exception as e:
        err('%s: gold is not JSON (%s)' % (aid, e)); continue
    if len(lines) < 3 or lines[1] != '':
        err('%s: line 2 must be blank' % aid)
    nwords = len(text.split())
    if not 230 <= nwords <= 340:
        err('%s: %d words, outside 230-340' % (aid, nwords))

    # noise spans
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos); pos += len(ln) + 1
    noise_idx = set()
    for nl in NOISE.get(aid, []):
        hits = [i for i, ln in enumerate(lines) if ln == nl and i > 0]
        if not hits: err('%s: declared noise line not found: %r' % (aid, nl))
        noise_idx.update(hits)
    body_idx = [i for i in range(2, len(lines)) if i not in noise_idx]
    clean = '\n'.join(lines[i] for i in body_idx)
    scan = lines[0] + '\n' + clean    # headline + non-noise body, for mention warnings

    # shape
    if list(gold.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err('%s: top-level keys/order wrong: %s' % (aid, list(gold.keys())))
    art = gold.get('article', {})
    if list(art.keys()) != ['id', 'title', 'outlet', 'publishedAt', 'url']:
        err('%s: article keys wrong' % aid)
    if art.get('id') != aid: err('%s: article.id mismatch' % aid)
    if art.get('title') != lines[0]: err('%s: title is not line 1 verbatim' % aid)
    if art.get('outlet') not in outlet_names: err('%s: outlet %r not a registry outlet' % (aid, art.get('outlet')))
    pub = art.get('publishedAt')
    pubd = None
    if pub is not None:
        pubd = isodate(pub)
        if not pubd: err('%s: bad publishedAt' % aid)
    if not str(art.get('url', '')).startswith('https://example.org/'): err('%s: url not example.org' % aid)

    actors, places = gold.get('actors', []), gold.get('places', [])
    for lst, ids, nm in ((actors, actor_ids, 'actor'), (places, place_ids, 'place')):
        if len(lst) != len(set(lst)): err('%s: duplicate %s ids' % (aid, nm))
        for x in lst:
            if x not in ids: err('%s: unknown %s id %s' % (aid, nm, x))

    inc_keys = set()
    for inc in gold.get('incidents', []):
        if list(inc.keys()) != ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']:
            err('%s: incident keys wrong %s' % (aid, list(inc.keys())))
        k = inc.get('key')
        if k in inc_keys: err('%s: duplicate incident key %s' % (aid, k))
        inc_keys.add(k)
        if inc.get('kind') not in KINDS_INC: err('%s/%s: bad kind' % (aid, k))
        d = inc.get('date')
        if d is not None:
            dd = isodate(d)
            if not dd: err('%s/%s: bad date' % (aid, k))
            elif pubd and dd > pubd: err('%s/%s: date after publication' % (aid, k))
        if not inc.get('places'): err('%s/%s: no places' % (aid, k))
        for pl in inc.get('places', []):
            if pl not in places: err('%s/%s: place %s not in article places' % (aid, k, pl))
        for pa in inc.get('perpetratorAlleged', []):
            if pa not in actors: err('%s/%s: perpetrator %s not in article actors' % (aid, k, pa))
        sa = inc.get('sameAs')
        if sa is not None:
            if sa not in glob: err('%s/%s: sameAs %s unresolved' % (aid, k, sa))
            else: uses.setdefault(sa, []).append((aid, inc))

    for n, st in enumerate(gold.get('statements', []), 1):
        tag = '%s/S%d' % (aid, n)
        if list(st.keys()) != ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']:
            err('%s: statement keys wrong' % tag)
        if st.get('speaker') not in actors: err('%s: speaker %s not in actors' % (tag, st.get('speaker')))
        if st.get('stance') not in STANCES: err('%s: bad stance' % tag)
        ab = st.get('about', {})
        if list(ab.keys()) != ['incident', 'actor']: err('%s: about keys wrong' % tag)
        if ab.get('incident') is not None and ab.get('incident') not in inc_keys: err('%s: about.incident unresolved' % tag)
        if ab.get('actor') is not None and ab.get('actor') not in actors: err('%s: about.actor not in actors' % tag)
        if st.get('stance') == 'ACCUSATION' and ab.get('actor') is None: err('%s: ACCUSATION without accused' % tag)
        for f in ('killed', 'injured', 'children'):
            v = st.get(f)
            if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
                err('%s: %s must be a non-negative int or null' % (tag, f))
        q = st.get('qualifier')
        if q is not None and q not in QUALS: err('%s: bad qualifier' % tag)
        has_fig = st.get('killed') is not None or st.get('injured') is not None
        if has_fig != (q is not None): err('%s: qualifier must be set iff killed/injured given' % tag)
        if st.get('children') is not None and st.get('killed') is not None and st['children'] > st['killed']:
            err('%s: children > killed' % tag)
        ev = st.get('evidence') or ''
        if not ev: err('%s: empty evidence' % tag); continue
        if ev not in text: err('%s: evidence not verbatim in article: %r' % (tag, ev[:60])); continue
        ok = False
        for m in re.finditer(re.escape(ev), text):
            a, b = m.start(), m.end()
            li = [i for i, s in enumerate(starts) if s <= a < s + len(lines[i]) + 1]
            lj = [i for i, s in enumerate(starts) if s < b <= s + len(lines[i]) + 1]
            if li and lj and li[0] >= 2 and all(i not in noise_idx for i in range(li[0], lj[0] + 1)):
                ok = True
        if not ok: err('%s: evidence only found in headline or noise' % tag)

    # mention warnings (informative)
    found = {}
    for al, i, sec, ctx in alias_index:
        if len(al) < 3 and not (al.isupper() and len(al) == 2): continue
        if re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan):
            found.setdefault((sec, i), []).append(al)
    for (sec, i), als in sorted(found.items()):
        lst = actors if sec == 'actor' else places
        if i not in lst:
            warn('%s: %s %s not listed although alias %s occurs (check: inside a longer name, metonymy, locative...)' % (aid, sec, i, als))
    for x in actors:
        if ('actor', x) not in found: warn('%s: actor %s listed with no literal alias hit (description/metonymy)' % (aid, x))
    for x in places:
        if ('place', x) not in found: err('%s: place %s listed but no alias occurs in headline/body' % (aid, x))

# ---------------------------------------------------------------- globals
for g in new_globals:
    us = uses.get(g['id'], [])
    arts = [a for a, _ in us]
    if len(set(arts)) < 2: err('global %s used by fewer than 2 articles' % g['id'])
    if len(arts) != len(set(arts)): err('global %s used twice in one article' % g['id'])
    if sorted(set(arts)) != sorted(g['articles']): err('global %s: articles list %s != users %s' % (g['id'], g['articles'], sorted(set(arts))))
    for a, inc in us:
        if inc['kind'] != g['kind']: err('global %s: kind mismatch in %s' % (g['id'], a))
        if inc['date'] != g['date']: err('global %s: date mismatch in %s' % (g['id'], a))
        if sorted(inc['places']) != sorted(g['places']): err('global %s: places mismatch in %s' % (g['id'], a))
for gid in uses:
    if gid not in {g['id'] for g in new_globals}: err('sameAs %s points to a corpus global' % gid)

for w in warnings: print('WARN ', w)
for e in errors: print('ERROR', e)
print('%d errors, %d warnings' % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)

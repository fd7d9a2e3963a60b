#!/usr/bin/env python3
"""Self-check for the heldout-38 gold set.

Run from anywhere:  python3 validate.py
Checks JSON shape, registry ids, incident keys, evidence substrings (body only,
never headline or noise lines), sameAs consistency, registry extension (no
original entry changed or removed) and body length. Prints errors (which must
be 0) and warnings (heuristic alias hits for manual review).
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared/corpus/entities.json'   # original registry, for the "only extended" check
ARTICLES = [f'h38-{i:02d}' for i in range(1, 9)]
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}

# Noise lines per article (ignored for entities and never valid evidence), per the
# corpus guidelines: bylines / byline locations, date-only and "Published" lines,
# share blocks, captions, credits, Related / Read more / Topics lists, tags, sign-offs.
NOISE = {
 'h38-01': ['By Rami Khoury',
            'Civil defence members search the rubble of a market in Saraqeb, Idlib province, Syria, January 8, 2018. Orbis Press/Ahmad Darwish',
            '(Reporting by Rami Khoury in Beirut and Ece Toprak in Ankara; Editing by Mark Fell)',
            'Related: Syrian army advances towards rebel-held Idlib air base'],
 'h38-02': ['10 January 2018', 'Share this with', 'Email', 'Facebook', 'Twitter',
            'Image caption: Rescuers say many of the victims were shoppers and stallholders',
            'Related Topics', 'Syrian civil war', 'Russia', 'Turkey'],
 'h38-03': ['Sarah Whitcombe in Antakya', 'Fri 12 May 2017 06.00 BST',
            'Topics', 'Syria', 'Middle East and north Africa'],
 'h38-04': ['By Sophie Lambert', 'This article was produced with the support of our readers. Donate',
            'Topics: Conflict, Health, Displacement'],
 'h38-05': ['Gulf Sentinel staff and agencies', 'Published: September 18, 2018 07:15',
            'Updated: September 18, 2018 09:40', 'Read more:',
            'Idlib residents cautiously welcome buffer zone', 'Share'],
 'h38-06': ['Syria Horizon – Idlib', '5 November 2018', 'Related:',
            'Russian warplanes return to the skies of Idlib',
            'Displaced families in Atmeh camps brace for winter',
            'Tags: Idlib, Sochi agreement, Civil Defense, Assad forces'],
 'h38-07': ['H. Said / R. Ahmad'],
 'h38-08': ['Agencies', 'Read more:', 'Turkey says ready to send troops to Idlib zone',
            'Lebanese army tightens border controls near Arsal', 'Share'],
}

errors, warnings = [], []
def err(a, m): errors.append(f'{a}: {m}')
def warn(a, m): warnings.append(f'{a}: {m}')

def is_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
actors = {a['id']: a for a in reg['actors']}
places = {p['id']: p for p in reg['places']}
globs = {g['id']: g for g in reg['globalIncidents']}
for sect in ('actors', 'places', 'globalIncidents'):
    ids = [x['id'] for x in reg[sect]]
    if len(ids) != len(set(ids)):
        err('registry', f'duplicate ids in {sect}')
for a in reg['actors']:
    if a.get('partOf') and a['partOf'] not in actors:
        err('registry', f"{a['id']} partOf unknown {a['partOf']}")
for p in reg['places']:
    for k in ('lat', 'lon'):
        if not isinstance(p.get(k), (int, float)):
            err('registry', f"place {p['id']} without numeric {k}")

# only-extended check against the shared registry
if os.path.exists(SHARED):
    orig = json.load(open(SHARED, encoding='utf-8'))
    for sect in ('actors', 'places', 'globalIncidents'):
        mine = {x['id']: x for x in reg[sect]}
        for x in orig[sect]:
            if x['id'] not in mine:
                err('registry', f"original {sect} id {x['id']} missing")
            elif mine[x['id']] != x:
                err('registry', f"original {sect} entry {x['id']} modified")
else:
    warn('registry', 'shared registry not found; only-extended check skipped')

# load articles
gold = {}
outlets_seen = set()
for aid in ARTICLES:
    tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not (os.path.exists(tp) and os.path.exists(gp)):
        err(aid, 'missing .txt or .gold.json'); continue
    text = open(tp, encoding='utf-8').read()
    g = json.load(open(gp, encoding='utf-8'))
    gold[aid] = g
    lines = text.split('\n')
    if len(lines) < 3 or lines[1] != '':
        err(aid, 'line 2 must be blank')
    headline = lines[0]
    body_lines = lines[2:]
    noise = NOISE.get(aid, [])
    for n in noise:
        if n not in body_lines:
            err(aid, f'declared noise line not found: {n!r}')
    clean_lines = [l for l in body_lines if l not in noise]
    clean = '\n'.join(clean_lines)
    nwords = len(' '.join(body_lines).split())
    if not 200 <= nwords <= 350:
        err(aid, f'body has {nwords} words (want 200-350)')

    # shape
    if set(g) != {'article', 'actors', 'places', 'incidents', 'statements'}:
        err(aid, f'top-level keys {sorted(g)}')
    art = g.get('article', {})
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}:
        err(aid, f'article keys {sorted(art)}')
    if art.get('id') != aid: err(aid, 'article.id != file stem')
    if art.get('title') != headline: err(aid, 'article.title != line 1')
    if art.get('publishedAt') is not None and not is_date(art['publishedAt']):
        err(aid, 'publishedAt not ISO date or null')
    if not str(art.get('url', '')).startswith('https://example.org/'):
        err(aid, 'url must be https://example.org/...')
    out = [a for a in actors.values() if a['kind'] == 'news-agency' and a.get('fictional')
           and (a['name'] == art.get('outlet') or art.get('outlet') in a['aliases'])]
    if not out:
        err(aid, f"outlet {art.get('outlet')!r} is not a fictional outlet in the registry")
    else:
        outlets_seen.add(out[0]['id'])

    A, P = g.get('actors', []), g.get('places', [])
    for lst, reg_, nm in ((A, actors, 'actor'), (P, places, 'place')):
        if len(lst) != len(set(lst)): err(aid, f'duplicate {nm}s')
        for x in lst:
            if x not in reg_: err(aid, f'unknown {nm} id {x}')

    keys = set()
    for inc in g.get('incidents', []):
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}:
            err(aid, f'incident keys {sorted(inc)}')
        k = inc.get('key')
        if k in keys: err(aid, f'duplicate incident key {k}')
        keys.add(k)
        if inc.get('kind') not in KINDS: err(aid, f'incident {k} kind {inc.get("kind")}')
        if inc.get('date') is not None and not is_date(inc['date']):
            err(aid, f'incident {k} bad date')
        if not inc.get('places'): err(aid, f'incident {k} has no places')
        for p in inc.get('places', []):
            if p not in P: err(aid, f'incident {k} place {p} not in article places')
        for p in inc.get('perpetratorAlleged', []):
            if p not in A: err(aid, f'incident {k} perpetrator {p} not in article actors')
        s = inc.get('sameAs')
        if s is not None:
            if s not in globs: err(aid, f'incident {k} sameAs {s} unknown')
            else:
                G = globs[s]
                if aid not in G['articles']: err(aid, f'{s} does not list {aid}')
                if G['date'] != inc['date'] or G['kind'] != inc['kind'] or sorted(G['places']) != sorted(inc['places']):
                    err(aid, f'incident {k} disagrees with {s} on date/kind/places')
    # every incident should be the subject of at least one statement or be narrated
    for st in g.get('statements', []):
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err(aid, f'statement keys {sorted(st)}'); continue
        ev = st['evidence']
        tag = ev[:50]
        if st['speaker'] not in A: err(aid, f'speaker {st["speaker"]} not in actors [{tag}]')
        if st['stance'] not in STANCES: err(aid, f'stance {st["stance"]} [{tag}]')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(aid, f'about keys [{tag}]')
        if ab.get('incident') is not None and ab['incident'] not in keys:
            err(aid, f'about.incident {ab["incident"]} unresolved [{tag}]')
        if ab.get('actor') is not None and ab['actor'] not in A:
            err(aid, f'about.actor {ab["actor"]} not in actors [{tag}]')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(aid, f'{f} must be a non-negative int or null [{tag}]')
        q = st['qualifier']
        if q is not None and q not in QUALS: err(aid, f'qualifier {q} [{tag}]')
        if (st['killed'] is None and st['injured'] is None) != (q is None):
            err(aid, f'qualifier must be set iff killed or injured is given [{tag}]')
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']:
            err(aid, f'children > killed [{tag}]')
        if ev != ev.strip() or not ev:
            err(aid, f'evidence has surrounding whitespace [{tag}]')
        if ev not in clean:
            where = 'headline' if ev in headline else ('noise line' if ev in '\n'.join(body_lines) else 'nowhere')
            err(aid, f'evidence not in clean body (found: {where}) [{tag}]')
        if '\n' in ev: err(aid, f'evidence spans lines [{tag}]')

    # heuristic alias scan over headline + clean body (warnings only)
    scan = headline + '\n' + clean
    def hit(alias):
        return re.search(r'(?<![\w-])' + re.escape(alias) + r'(?![\w-])', scan)
    for a in actors.values():
        if a['id'] in A: continue
        ctx = set(a.get('contextualAliases') or [])
        for al in a['aliases']:
            if al in ctx or len(al) < 3: continue
            if hit(al):
                warn(aid, f'actor alias {al!r} ({a["id"]}) occurs but actor not listed'); break
    for p in places.values():
        if p['id'] in P: continue
        ctx = set(p.get('contextualAliases') or [])
        for al in p['aliases']:
            if al in ctx: continue
            if hit(al):
                warn(aid, f'place alias {al!r} ({p["id"]}) occurs but place not listed'); break
    for x in A:
        a = actors[x]
        if not any(hit(al) for al in a['aliases'] + [a['name']]):
            warn(aid, f'listed actor {x} has no literal alias in text (description/variant?)')
    for x in P:
        p = places[x]
        if not any(hit(al) for al in p['aliases'] + [p['name']]):
            warn(aid, f'listed place {x} has no literal alias in text (description/variant?)')

# cross-article sameAs
for gid, G in globs.items():
    if not gid.startswith('G5'): continue
    if not re.fullmatch(r'G53\d', gid): err('registry', f'new global id {gid} outside G530-G539')
    users = [aid for aid, g in gold.items() for inc in g['incidents'] if inc['sameAs'] == gid]
    if sorted(set(users)) != sorted(G['articles']):
        err('registry', f'{gid} articles {G["articles"]} but used by {sorted(set(users))}')
    if len(set(users)) < 2: err('registry', f'{gid} used by fewer than two articles')
    if len(users) != len(set(users)): err('registry', f'{gid} used twice in one article')
if len(outlets_seen) != len(ARTICLES):
    err('set', f'{len(outlets_seen)} distinct outlets for {len(ARTICLES)} articles')

for w in warnings: print('WARN ', w)
for e in errors: print('ERROR', e)
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)

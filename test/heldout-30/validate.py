#!/usr/bin/env python3
"""Self-check for the heldout-30 set (h30-01..h30-08). Run: python3 validate.py
Errors make the exit code 1; warnings (alias scan) are advisory only."""
import json, re, sys, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
REG = json.load(open(os.path.join(HERE, 'entities.json')))
ACT = {a['id']: a for a in REG['actors']}
PLA = {p['id']: p for p in REG['places']}
GLO = {g['id']: g for g in REG['globalIncidents']}
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {None, 'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
NOISE_RE = [
    r'^By [A-Z]', r'^Share', r'^(Email|Facebook|Twitter)$', r'^Advertisement$', r'^Related', r'^Read more',
    r'^READ MORE', r'^Also on', r'^Photo(graph)?:', r'^Image caption', r'^\(Reporting', r'^___$', r'^SOURCE:',
    r'^[a-z]{2,3}(-[a-z]{2,3})?(/[a-z]{2,3}(-[a-z]{2,3})?)+$', r'^Published', r'^Foreign Desk$',
    r'^\d{1,2} [A-Z][a-z]+ \d{4}$', r'^[A-Z][a-z]+ \d{1,2}, \d{4} at ', r'^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}',
    r'writer .* contributed', r'^Credit:',
]
# lines that are noise only by position/content (captions without a label, list items under Related, outlet byline lines)
NOISE_EXTRA = {
    'h30-01': ['A boy walks past a destroyed shop in Saraqib'],
    'h30-02': ['Eleanor Marsh in Antakya', 'Share on'],
    'h30-04': ['Al Rabita English'],
}
errors, warnings = [], []
def err(a, m): errors.append(f'{a}: {m}')
def warn(a, m): warnings.append(f'{a}: {m}')

def split(aid, text):
    lines = text.split('\n')
    title = lines[0]
    if len(lines) < 3 or lines[1] != '':
        err(aid, 'line 2 must be blank')
    body, noise, in_related = [], [], False
    for ln in lines[2:]:
        s = ln.strip()
        if not s:
            continue
        isn = any(re.search(p, s) for p in NOISE_RE) or any(s.startswith(x) for x in NOISE_EXTRA.get(aid, []))
        if re.match(r'^(Related|READ MORE|Read more|Related stories|Related News|Related Topics)', s):
            in_related = True
            isn = True
        elif in_related:
            # everything after a Related/Read more header is a list of links
            isn = True
        (noise if isn else body).append(s)
    return title, body, noise

total = {'articles': 0, 'incidents': 0, 'statements': 0, 'figures': 0}
gl_seen = {}
for txt in sorted(glob.glob(os.path.join(HERE, 'h30-*.txt'))):
    aid = os.path.basename(txt)[:-4]
    gp = os.path.join(HERE, aid + '.gold.json')
    if not os.path.exists(gp):
        err(aid, 'missing gold'); continue
    text = open(txt, encoding='utf-8').read()
    g = json.load(open(gp, encoding='utf-8'))
    total['articles'] += 1
    title, body, noise = split(aid, text)
    # shape
    if set(g) != {'article', 'actors', 'places', 'incidents', 'statements'}:
        err(aid, f'top-level keys {sorted(g)}')
    art = g['article']
    if set(art) != {'id', 'title', 'outlet', 'publishedAt', 'url'}:
        err(aid, f'article keys {sorted(art)}')
    if art['id'] != aid: err(aid, 'article.id != file stem')
    if art['title'] != title: err(aid, 'title != line 1')
    pub = art['publishedAt']
    if pub is not None and not re.match(r'^2019-\d\d-\d\d$', pub): err(aid, f'publishedAt {pub}')
    if not art['url'].startswith('https://example.org/'): err(aid, 'url must be https://example.org/...')
    outlet_ids = [a['id'] for a in REG['actors'] if a['name'] == art['outlet'] or art['outlet'] in a['aliases']]
    if not outlet_ids: err(aid, f'outlet {art["outlet"]} not in registry')
    # body word count (non-noise lines)
    wc = len(' '.join(body).split())
    if not 200 <= wc <= 450: err(aid, f'body word count {wc} outside 200-450')
    # ids
    for a in g['actors']:
        if a not in ACT: err(aid, f'actor {a} not in registry')
    for p in g['places']:
        if p not in PLA: err(aid, f'place {p} not in registry')
    if len(set(g['actors'])) != len(g['actors']): err(aid, 'duplicate actors')
    if len(set(g['places'])) != len(g['places']): err(aid, 'duplicate places')
    keys = set()
    for inc in g['incidents']:
        total['incidents'] += 1
        if set(inc) != {'key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs'}: err(aid, f'incident keys {sorted(inc)}')
        if inc['key'] in keys: err(aid, f'duplicate incident key {inc["key"]}')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS: err(aid, f'kind {inc["kind"]}')
        if inc['date'] is not None and not re.match(r'^2019-\d\d-\d\d$', inc['date']): err(aid, f'date {inc["date"]}')
        if pub is None and inc['date'] is not None: warn(aid, f'incident {inc["key"]} dated although publishedAt is null (needs an absolute date in text)')
        if pub is not None and inc['date'] is not None and inc['date'] > pub: err(aid, f'incident {inc["key"]} after publication')
        if not inc['places']: err(aid, f'incident {inc["key"]} has no place')
        for p in inc['places']:
            if p not in g['places']: err(aid, f'incident place {p} not in places')
        for a in inc['perpetratorAlleged']:
            if a not in g['actors']: err(aid, f'perpetrator {a} not in actors')
        s = inc['sameAs']
        if s is not None:
            if s not in GLO: err(aid, f'sameAs {s} not in registry'); continue
            G = GLO[s]
            if G['date'] != inc['date']: err(aid, f'sameAs {s} date {G["date"]} != {inc["date"]}')
            if sorted(G['places']) != sorted(inc['places']): err(aid, f'sameAs {s} places differ')
            if G['kind'] != inc['kind']: err(aid, f'sameAs {s} kind differs')
            if aid not in G['articles']: err(aid, f'{aid} not listed in {s}.articles')
            gl_seen.setdefault(s, set()).add(aid)
    for i, st in enumerate(g['statements']):
        total['statements'] += 1
        tag = f'statement {i}'
        if set(st) != {'speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence'}:
            err(aid, f'{tag} keys {sorted(st)}')
        if st['speaker'] not in ACT: err(aid, f'{tag} speaker {st["speaker"]} not in registry')
        if st['speaker'] not in g['actors']: err(aid, f'{tag} speaker {st["speaker"]} not in actors')
        if st['stance'] not in STANCES: err(aid, f'{tag} stance {st["stance"]}')
        ab = st['about']
        if set(ab) != {'incident', 'actor'}: err(aid, f'{tag} about keys')
        if ab['incident'] is not None and ab['incident'] not in keys: err(aid, f'{tag} about.incident {ab["incident"]} unknown')
        if ab['actor'] is not None and ab['actor'] not in g['actors']: err(aid, f'{tag} about.actor {ab["actor"]} not in actors')
        if st['stance'] in ('ACCUSATION', 'CRITICISM') and st['stance'] == 'ACCUSATION' and ab['actor'] is None:
            err(aid, f'{tag} ACCUSATION without accused actor')
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f'{tag} {f}={v}')
        if st['killed'] is not None or st['injured'] is not None or st['children'] is not None:
            total['figures'] += 1
        if st['qualifier'] not in QUALS: err(aid, f'{tag} qualifier {st["qualifier"]}')
        if (st['killed'] is None and st['injured'] is None) != (st['qualifier'] is None):
            err(aid, f'{tag} qualifier must be set iff killed or injured is set')
        if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']:
            err(aid, f'{tag} children > killed')
        ev = st['evidence']
        if not ev: warn(aid, f'{tag} has no evidence'); continue
        if ev not in text: err(aid, f'{tag} evidence not a substring: {ev[:70]}')
        elif not any(ev in ln for ln in body):
            err(aid, f'{tag} evidence not inside one body (non-noise, non-headline) line: {ev[:70]}')
    # advisory alias scan: literal, non-contextual aliases found in headline/body but not annotated
    scan = title + '\n' + '\n'.join(body)
    for coll, listed, kind in ((REG['actors'], g['actors'], 'actor'), (REG['places'], g['places'], 'place')):
        for e in coll:
            if e['id'] in listed: continue
            ctx = set(e.get('contextualAliases', []))
            for al in e['aliases']:
                if al in ctx or len(al) < 3: continue
                if re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan):
                    warn(aid, f'{kind} alias "{al}" ({e["id"]}) occurs but {e["id"]} is not listed')
                    break
for gid, G in GLO.items():
    if gid.startswith('G4'):
        miss = set(G['articles']) - gl_seen.get(gid, set())
        if miss: err(gid, f'listed articles without matching incident: {sorted(miss)}')
        if len(gl_seen.get(gid, ())) < 2: err(gid, 'cross-article incident used by fewer than 2 articles')
print(f"articles={total['articles']} incidents={total['incidents']} statements={total['statements']} statements_with_figures={total['figures']}")
for w in warnings: print('WARN ', w)
for e in errors: print('ERROR', e)
print(f'{len(errors)} error(s), {len(warnings)} warning(s)')
sys.exit(1 if errors else 0)

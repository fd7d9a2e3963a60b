#!/usr/bin/env python3
"""Self-check for the synthetic dev-29 set (d29-01 .. d29-08).

Run:  python3 validate.py        (from any directory)
Checks JSON shape (like /work/shared/corpus gold files), registry ids, evidence
strings (exact substrings of the body, not in the headline or a noise line),
speakers / about.actor / perpetrators in the article's actors, incident places
in places, sameAs vs the registry's global incidents, body word counts, the
set-level requirements of the brief, and that the registry only extends the
shared one. Prints ERROR lines (must be fixed) and WARN lines (to review).
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = '/work/shared/corpus/entities.json'
IDS = ['d29-%02d' % i for i in range(1, 9)]

STANCES = {'CALL', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CLAIM'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT', None}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']

# Generic noise-line patterns (README "Text regions") plus this set's formats.
NOISE_RE = [
    r'^By ', r'^Share\b', r'^(Email|Facebook|Twitter|WhatsApp|Telegram)$',
    r'^Related\b', r'^Read more\b', r'^READ MORE', r'^Photo\b', r'^Photo caption:',
    r'^Image\b', r'^Image caption:', r'^___', r'contributed to this report\.$',
    r'^\[.*\]$', r'^Advertisement$', r'^SOURCE:', r'^Published ', r'^Reading time',
    r'^Presenter:', r'^Photographs by', r'^Methodology \|',
    r'^\d{1,2} (%s) \d{4}( \| \d\d:\d\d)?$' % '|'.join(MONTHS),
    r'^(%s) \d{1,2}, \d{4}$' % '|'.join(MONTHS),
]
# Article-specific noise lines (byline locations, masthead/date lines).
NOISE_EXACT = {
    'd29-02': ['UA 41/19 | Issue date: 28 November 2019 | Rights Sentinel'],
    'd29-04': ['Northstar News'],
    'd29-05': ['Orbital Evidence Lab | Investigations | 18 February 2020'],
    'd29-06': ['Radio Sawt al-Shamal, Idlib'],
    'd29-08': ['ANKARA'],
}
# Lines under a "Related" header are noise until the next blank line.
LIST_HEADERS = re.compile(r'^(Related|Read more|READ MORE|Related Topics|Related News)\b')

errors, warns = [], []
def err(m): errors.append('ERROR ' + m)
def warn(m): warns.append('WARN  ' + m)


def split_article(aid):
    lines = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read().split('\n')
    title = lines[0]
    if len(lines) < 3 or lines[1] != '':
        err('%s: line 2 must be blank' % aid)
    noise_idx, in_list = set(), False
    for i, ln in enumerate(lines[2:], start=2):
        s = ln.strip()
        if s == '':
            in_list = False
            continue
        if in_list or any(re.search(p, s) for p in NOISE_RE) or s in NOISE_EXACT.get(aid, []):
            noise_idx.add(i)
            if LIST_HEADERS.search(s):
                in_list = True
    body_lines = [(i, ln) for i, ln in enumerate(lines) if i >= 2 and i not in noise_idx]
    noise_lines = [lines[i] for i in sorted(noise_idx)]
    return title, lines, body_lines, noise_lines


def load_registry():
    reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
    for k in ('actors', 'places', 'globalIncidents'):
        if k not in reg:
            err('entities.json: missing %s' % k)
    return reg


def check_registry(reg):
    shared = json.load(open(SHARED, encoding='utf-8'))
    for sec in ('actors', 'places', 'globalIncidents'):
        mine = {x['id']: x for x in reg[sec]}
        if len(mine) != len(reg[sec]):
            err('entities.json: duplicate ids in %s' % sec)
        for x in shared[sec]:
            if x['id'] not in mine:
                err('entities.json: shared %s id %s deleted/renamed' % (sec, x['id']))
                continue
            y = mine[x['id']]
            for al in x.get('aliases', []):
                if al not in y.get('aliases', []):
                    err('entities.json: alias %r of %s removed' % (al, x['id']))
            for key in x:
                if key not in ('aliases', 'contextualAliases', 'note', 'articles', 'figures') and x[key] != y.get(key):
                    err('entities.json: %s.%s changed' % (x['id'], key))
    actors = {a['id']: a for a in reg['actors']}
    places = {p['id']: p for p in reg['places']}
    for a in reg['actors']:
        for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
            if k not in a:
                err('actor %s: missing %s' % (a.get('id'), k))
        if a.get('partOf') and a['partOf'] not in actors:
            err('actor %s: partOf %s unknown' % (a['id'], a['partOf']))
        for c in a.get('contextualAliases', []):
            if c not in a['aliases']:
                err('actor %s: contextual alias %r not in aliases' % (a['id'], c))
    for p in reg['places']:
        for k in ('id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases'):
            if k not in p:
                err('place %s: missing %s' % (p.get('id'), k))
        if p.get('parent') and p['parent'] not in places:
            err('place %s: parent %s unknown' % (p['id'], p['parent']))
        if 'parent' in p and p.get('country') == 'Syria':
            if not (34.8 <= p['lat'] <= 36.8 and 35.6 <= p['lon'] <= 37.5):
                err('place %s: coordinates outside north-west Syria' % p['id'])
    return actors, places


def date_phrases(iso):
    d = datetime.date.fromisoformat(iso)
    m = MONTHS[d.month - 1]
    return ['%d %s %d' % (d.day, m, d.year), '%s %d, %d' % (m, d.day, d.year)]


def check_article(aid, reg, actors, places, used_globals):
    gold = json.load(open(os.path.join(HERE, aid + '.gold.json'), encoding='utf-8'))
    title, lines, body_lines, noise_lines = split_article(aid)
    body = '\n'.join(ln for _, ln in body_lines)
    full = '\n'.join(lines)
    if list(gold) != ['article', 'actors', 'places', 'incidents', 'statements']:
        err('%s: top-level keys %s' % (aid, list(gold)))
    art = gold['article']
    if list(art) != ['id', 'title', 'outlet', 'publishedAt', 'url']:
        err('%s: article keys %s' % (aid, list(art)))
    if art['id'] != aid:
        err('%s: article.id %s' % (aid, art['id']))
    if art['title'] != title:
        err('%s: title differs from line 1' % aid)
    if not art['url'].startswith('https://example.org/'):
        err('%s: url must be https://example.org/...' % aid)
    pub = art['publishedAt']
    if pub is not None:
        datetime.date.fromisoformat(pub)
    for key in ('actors', 'places'):
        if len(set(gold[key])) != len(gold[key]):
            err('%s: duplicate %s' % (aid, key))
    for a in gold['actors']:
        if a not in actors:
            err('%s: actor %s not in registry' % (aid, a))
    for p in gold['places']:
        if p not in places:
            err('%s: place %s not in registry' % (aid, p))
    # rough mention check: some alias (or name) of each listed entity occurs in headline+body
    scan = (title + '\n' + body).lower()
    for a in gold['actors']:
        if a in actors:
            names = [actors[a]['name']] + actors[a]['aliases']
            if not any(n.lower() in scan for n in names):
                warn('%s: no alias of actor %s found in text (role noun / description?)' % (aid, a))
    for p in gold['places']:
        if p in places:
            names = [places[p]['name']] + places[p]['aliases']
            if not any(n.lower() in scan for n in names):
                warn('%s: no alias of place %s found in text' % (aid, p))
    keys = set()
    for inc in gold['incidents']:
        if list(inc) != ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']:
            err('%s: incident keys %s' % (aid, list(inc)))
        if inc['key'] in keys:
            err('%s: duplicate incident key %s' % (aid, inc['key']))
        keys.add(inc['key'])
        if inc['kind'] not in KINDS:
            err('%s/%s: kind %s' % (aid, inc['key'], inc['kind']))
        if inc['date'] is not None:
            datetime.date.fromisoformat(inc['date'])
            if pub is None and not any(ph in body for ph in date_phrases(inc['date'])):
                err('%s/%s: publishedAt is null but no absolute date for %s in body' % (aid, inc['key'], inc['date']))
            if pub is not None and inc['date'] > pub:
                err('%s/%s: incident after publication' % (aid, inc['key']))
        if not inc['places']:
            err('%s/%s: no places' % (aid, inc['key']))
        for p in inc['places']:
            if p not in gold['places']:
                err('%s/%s: place %s not in article places' % (aid, inc['key'], p))
        for a in inc['perpetratorAlleged']:
            if a not in gold['actors']:
                err('%s/%s: perpetrator %s not in article actors' % (aid, inc['key'], a))
        if inc['sameAs'] is not None:
            g = {x['id']: x for x in reg['globalIncidents']}.get(inc['sameAs'])
            if g is None:
                err('%s/%s: sameAs %s unknown' % (aid, inc['key'], inc['sameAs']))
            else:
                used_globals.setdefault(inc['sameAs'], []).append(aid)
                if g['date'] != inc['date']:
                    err('%s/%s: date %s != %s %s' % (aid, inc['key'], inc['date'], g['id'], g['date']))
                if sorted(g['places']) != sorted(inc['places']):
                    err('%s/%s: places differ from %s' % (aid, inc['key'], g['id']))
                if g['kind'] != inc['kind']:
                    err('%s/%s: kind differs from %s' % (aid, inc['key'], g['id']))
                if aid not in g['articles']:
                    err('%s/%s: %s does not list this article' % (aid, inc['key'], g['id']))
    stmt_keys = ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']
    for n, st in enumerate(gold['statements'], 1):
        tag = '%s S%d' % (aid, n)
        if list(st) != stmt_keys:
            err('%s: keys %s' % (tag, list(st)))
        if list(st['about']) != ['incident', 'actor']:
            err('%s: about keys' % tag)
        if st['speaker'] not in gold['actors']:
            err('%s: speaker %s not in actors' % (tag, st['speaker']))
        if st['stance'] not in STANCES:
            err('%s: stance %s' % (tag, st['stance']))
        ab = st['about']
        if ab['incident'] is not None and ab['incident'] not in keys:
            err('%s: about.incident %s unknown' % (tag, ab['incident']))
        if ab['actor'] is not None and ab['actor'] not in gold['actors']:
            err('%s: about.actor %s not in actors' % (tag, ab['actor']))
        if st['stance'] in ('ACCUSATION', 'CALL') and ab['actor'] is None and st['stance'] == 'ACCUSATION':
            err('%s: ACCUSATION without accused actor' % tag)
        for f in ('killed', 'injured', 'children'):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0):
                err('%s: %s=%r' % (tag, f, v))
        if st['qualifier'] not in QUALS:
            err('%s: qualifier %s' % (tag, st['qualifier']))
        has_fig = st['killed'] is not None or st['injured'] is not None
        if has_fig != (st['qualifier'] is not None):
            err('%s: qualifier must be set iff killed or injured is set' % tag)
        if st['killed'] is not None and st['children'] is not None and st['children'] > st['killed']:
            err('%s: children > killed' % tag)
        ev = st['evidence']
        if not ev or ev not in body:
            err('%s: evidence not an exact substring of the body: %r' % (tag, ev[:80]))
        else:
            if ev in title and ev not in body:
                err('%s: evidence only in headline' % tag)
            if '\n' in ev:
                err('%s: evidence spans lines' % tag)
            for nl in noise_lines:
                if ev in nl:
                    warn('%s: evidence also occurs in a noise line' % tag)
        if ev and ev not in full:
            err('%s: evidence not in file' % tag)
    words = len(re.findall(r"\S+", body))
    if not 200 <= words <= 450:
        err('%s: body has %d words (want 200-450)' % (aid, words))
    return gold, words


def main():
    reg = load_registry()
    actors, places = check_registry(reg)
    used, golds, summary = {}, {}, []
    for aid in IDS:
        gold, words = check_article(aid, reg, actors, places, used)
        golds[aid] = gold
        figs = sum(1 for s in gold['statements'] for f in ('killed', 'injured', 'children') if s[f] is not None)
        summary.append('%s  %-22s %-10s words=%3d incidents=%d statements=%2d figures=%d' % (
            aid, gold['article']['outlet'], gold['article']['publishedAt'], words,
            len(gold['incidents']), len(gold['statements']), figs))
    # globals
    new_globals = [g for g in reg['globalIncidents'] if g['id'].startswith('G38')]
    for g in new_globals:
        arts = sorted(set(used.get(g['id'], [])))
        if arts != sorted(g['articles']):
            err('%s: registry articles %s but used by %s' % (g['id'], g['articles'], arts))
        if len(arts) < 2:
            err('%s: used by fewer than 2 articles' % g['id'])
        for p in g['places']:
            if p not in places:
                err('%s: place %s unknown' % (g['id'], p))
    # set-level requirements
    if len([g for g in new_globals if len(used.get(g['id'], [])) >= 2]) < 2:
        err('set: fewer than two cross-article incidents')
    if not any(g['article']['publishedAt'] is None for g in golds.values()):
        err('set: no article with publishedAt null')
    if not any(len(g['incidents']) >= 2 for g in golds.values()):
        err('set: no article with several incidents')
    if not any(i['kind'] == 'OTHER' for g in golds.values() for i in g['incidents']):
        err('set: no OTHER incident')
    if not any(len(g['incidents']) == 0 for g in golds.values()):
        err('set: no article without incidents')
    # tolls of a global incident should disagree across sources
    for g in new_globals:
        tolls = set()
        for aid in g['articles']:
            keys = [i['key'] for i in golds[aid]['incidents'] if i['sameAs'] == g['id']]
            tolls |= {s['killed'] for s in golds[aid]['statements'] if s['about']['incident'] in keys and s['killed'] is not None}
        if len(tolls) < 2:
            err('%s: sources do not disagree on the toll' % g['id'])
    print('\n'.join(summary))
    tot_i = sum(len(g['incidents']) for g in golds.values())
    tot_s = sum(len(g['statements']) for g in golds.values())
    tot_f = sum(1 for g in golds.values() for s in g['statements'] for f in ('killed', 'injured', 'children') if s[f] is not None)
    print('TOTAL articles=%d incidents=%d statements=%d figures=%d' % (len(golds), tot_i, tot_s, tot_f))
    for w in warns:
        print(w)
    for e in errors:
        print(e)
    print('%d error(s), %d warning(s)' % (len(errors), len(warns)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Self-check for the synthetic d25 set (d25-01 .. d25-08).

Run from anywhere:  python3 validate.py
Reports ERROR lines (must be fixed) and WARN lines (to be reviewed by hand),
then a summary. Exit status is 1 if there is any error.
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['d25-%02d' % i for i in range(1, 9)]
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
TOP_KEYS = ['article', 'actors', 'places', 'incidents', 'statements']
ART_KEYS = ['id', 'title', 'outlet', 'publishedAt', 'url']
INC_KEYS = ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']
ST_KEYS = ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']
MIN_WORDS, MAX_WORDS, SOFT_MAX = 200, 450, 350

# Noise lines (README "Text regions" plus the styles of this set). A line is
# noise if it matches one of these patterns; lines under "Related Topics" and
# the line after "___" are noise too.
NOISE = [r'^By [A-Z][\w .\'-]+$', r'^Interview by ', r'^Edited by ', r'^Live Reporting$',
         r'^Share( this with)?$', r'^(Email|Facebook|Twitter)$', r'^Advertisement$',
         r'^(Related|Read more|READ MORE|Also on)\b', r'^Related (News|Topics)$',
         r'^Photo:', r'^Image caption:', r'^(SOURCE|Source):', r'^\(.*\)$', r'^___$',
         r'^[a-zA-Z]{1,3}(/[a-zA-Z]{1,3})+$', r'^\d{1,2} \w+ \d{4}$', r'^Posted ',
         r'^Broadcast:', r'^\[[A-Z ]+\]$', r'^Opinion$', r'^Letters to the Editor$',
         r'^Letters may be edited', r'^Associated Newswire$',
         r'^[\w .]+ \| [\w :]+$']


def noise_flags(lines):
    flags, after_topics, after_rule = [], False, False
    for ln in lines:
        s = ln.strip()
        if not s:
            flags.append(False); after_topics = False if after_topics and not s else after_topics
            continue
        n = any(re.search(p, s) for p in NOISE) or after_topics or after_rule
        after_rule = (s == '___')
        if s == 'Related Topics':
            after_topics = True
        flags.append(n)
    return flags


def main():
    errors, warns = [], []
    E = lambda m: errors.append('ERROR ' + m)
    W = lambda m: warns.append('WARN  ' + m)
    reg = json.load(open(os.path.join(HERE, 'entities.json')))
    orig_path = '/work/shared/corpus/entities.json'
    actors = {a['id']: a for a in reg['actors']}
    places = {p['id']: p for p in reg['places']}
    gis = {g['id']: g for g in reg['globalIncidents']}
    if len(actors) != len(reg['actors']) or len(places) != len(reg['places']):
        E('registry: duplicate ids')
    if os.path.exists(orig_path):
        orig = json.load(open(orig_path))
        for part in ('actors', 'places', 'globalIncidents'):
            mine = {x['id']: x for x in reg[part]}
            for x in orig[part]:
                if x['id'] not in mine:
                    E('registry: original id %s missing from %s' % (x['id'], part))
                else:
                    for al in x.get('aliases', []):
                        if al not in mine[x['id']].get('aliases', []):
                            E('registry: alias %r of %s removed' % (al, x['id']))
    for a in reg['actors']:
        if a.get('partOf') and a['partOf'] not in actors:
            E('registry: %s partOf unknown %s' % (a['id'], a['partOf']))
    for p in reg['places']:
        if not isinstance(p.get('lat'), (int, float)) or not isinstance(p.get('lon'), (int, float)):
            E('registry: place %s lacks coordinates' % p['id'])
        if p.get('parent') and p['parent'] not in places:
            E('registry: place %s parent unknown %s' % (p['id'], p['parent']))
    gi_seen = {}
    totals = dict(articles=0, incidents=0, statements=0, figures=0)

    for aid in IDS:
        tp, gp = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
        if not (os.path.exists(tp) and os.path.exists(gp)):
            E('%s: missing file' % aid); continue
        text = open(tp, encoding='utf-8').read()
        lines = text.split('\n')
        g = json.load(open(gp, encoding='utf-8'))
        totals['articles'] += 1
        if len(lines) < 3 or lines[1] != '':
            E('%s: line 2 must be blank' % aid)
        flags = noise_flags(lines)
        body_lines = [ln for i, ln in enumerate(lines) if i >= 2 and not flags[i]]
        words = sum(len(ln.split()) for ln in body_lines)
        if not MIN_WORDS <= words <= MAX_WORDS:
            E('%s: body has %d words (want %d-%d)' % (aid, words, MIN_WORDS, MAX_WORDS))
        elif words > SOFT_MAX:
            W('%s: body has %d words (brief asks 200-%d)' % (aid, words, SOFT_MAX))
        if list(g.keys()) != TOP_KEYS:
            E('%s: top-level keys %s' % (aid, list(g.keys())))
        art = g['article']
        if list(art.keys()) != ART_KEYS:
            E('%s: article keys %s' % (aid, list(art.keys())))
        if art['id'] != aid: E('%s: article.id %s' % (aid, art['id']))
        if art['title'] != lines[0]: E('%s: title differs from line 1' % aid)
        if not art['url'].startswith('https://example.org/'): E('%s: url not example.org' % aid)
        pub = art['publishedAt']
        if pub is not None:
            try: datetime.date.fromisoformat(pub)
            except ValueError: E('%s: bad publishedAt %r' % (aid, pub))
        if art['outlet'] not in {a['name'] for a in reg['actors']} | {al for a in reg['actors'] for al in a['aliases']}:
            W('%s: outlet %r not in registry' % (aid, art['outlet']))
        A, P = g['actors'], g['places']
        if len(set(A)) != len(A): E('%s: duplicate actors' % aid)
        if len(set(P)) != len(P): E('%s: duplicate places' % aid)
        for x in A:
            if x not in actors: E('%s: unknown actor %s' % (aid, x))
        for x in P:
            if x not in places: E('%s: unknown place %s' % (aid, x))
        # mention heuristic: some alias or name appears in headline/body (warning only)
        scan = '\n'.join([lines[0]] + body_lines).lower()
        for x in A + P:
            e = actors.get(x) or places.get(x)
            if not e: continue
            cands = [e['name']] + e.get('aliases', [])
            if not any(c.lower() in scan for c in cands):
                W('%s: no literal alias of %s in text (check description/metonymy)' % (aid, x))
        keys = set()
        for inc in g['incidents']:
            totals['incidents'] += 1
            if list(inc.keys()) != INC_KEYS: E('%s: incident keys %s' % (aid, list(inc.keys())))
            k = inc['key']
            if k in keys: E('%s: duplicate incident key %s' % (aid, k))
            keys.add(k)
            if inc['kind'] not in KINDS: E('%s/%s: bad kind' % (aid, k))
            if inc['date'] is not None:
                try: datetime.date.fromisoformat(inc['date'])
                except ValueError: E('%s/%s: bad date' % (aid, k))
                if pub and inc['date'] > pub: E('%s/%s: date after publication' % (aid, k))
                if not pub:
                    d = datetime.date.fromisoformat(inc['date'])
                    absolute = '%d %s %d' % (d.day, d.strftime('%B'), d.year)
                    if absolute not in text:
                        E('%s/%s: publishedAt null but date %s not given absolutely' % (aid, k, inc['date']))
            if not inc['places']: E('%s/%s: no places' % (aid, k))
            for p in inc['places']:
                if p not in P: E('%s/%s: place %s not in article places' % (aid, k, p))
            for p in inc['perpetratorAlleged']:
                if p not in A: E('%s/%s: perpetrator %s not in article actors' % (aid, k, p))
            s = inc['sameAs']
            if s is not None:
                gi = gis.get(s)
                if not gi: E('%s/%s: unknown sameAs %s' % (aid, k, s)); continue
                gi_seen.setdefault(s, []).append(aid)
                if gi['date'] != inc['date']: E('%s/%s: date %s != %s %s' % (aid, k, inc['date'], s, gi['date']))
                if sorted(gi['places']) != sorted(inc['places']): E('%s/%s: places differ from %s' % (aid, k, s))
                if gi['kind'] != inc['kind']: E('%s/%s: kind differs from %s' % (aid, k, s))
                if aid not in gi.get('articles', []): E('%s/%s: %s does not list this article' % (aid, k, s))
        for n, st in enumerate(g['statements']):
            totals['statements'] += 1
            tag = '%s#%d' % (aid, n + 1)
            if list(st.keys()) != ST_KEYS: E('%s: statement keys %s' % (tag, list(st.keys())))
            if list(st['about'].keys()) != ['incident', 'actor']: E('%s: about keys' % tag)
            if st['speaker'] not in A: E('%s: speaker %s not in actors' % (tag, st['speaker']))
            if st['stance'] not in STANCES: E('%s: bad stance %s' % (tag, st['stance']))
            if st['about']['actor'] is not None and st['about']['actor'] not in A:
                E('%s: about.actor %s not in actors' % (tag, st['about']['actor']))
            if st['about']['incident'] is not None and st['about']['incident'] not in keys:
                E('%s: about.incident %s unknown' % (tag, st['about']['incident']))
            for f in ('killed', 'injured', 'children'):
                v = st[f]
                if v is not None and (not isinstance(v, int) or v < 0): E('%s: bad %s' % (tag, f))
            if st['killed'] is not None or st['injured'] is not None:
                totals['figures'] += 1
                if st['qualifier'] not in QUALS: E('%s: figures without valid qualifier' % tag)
            elif st['qualifier'] is not None:
                E('%s: qualifier without killed/injured' % tag)
            if st['children'] is not None and st['killed'] is not None and st['children'] > st['killed']:
                E('%s: children > killed' % tag)
            ev = st['evidence']
            if not ev: W('%s: no evidence' % tag); continue
            hit = [i for i, ln in enumerate(lines) if ev in ln]
            if not hit:
                E('%s: evidence not found verbatim: %r' % (tag, ev[:70]))
            elif all(i < 2 for i in hit):
                E('%s: evidence only in headline' % tag)
            elif all(flags[i] or i < 2 for i in hit):
                E('%s: evidence only in a noise line' % tag)
    for gid, g in gis.items():
        if gid.startswith('G3') and len(gid) == 4:
            seen = sorted(gi_seen.get(gid, []))
            if seen != sorted(g.get('articles', [])):
                E('registry: %s lists %s but gold uses it in %s' % (gid, g.get('articles'), seen))
            if len(set(seen)) < 2:
                E('registry: %s used by fewer than two articles' % gid)
    for m in warns: print(m)
    for m in errors: print(m)
    print('%d articles, %d incidents, %d statements (%d with figures); %d errors, %d warnings'
          % (totals['articles'], totals['incidents'], totals['statements'], totals['figures'], len(errors), len(warns)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())

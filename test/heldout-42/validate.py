#!/usr/bin/env python3
"""Self-check for the heldout-42 gold set.

Checks (errors):
  * JSON shape of every h42-NN.gold.json (exact keys, types) and enums
  * article id / title match the .txt file; publishedAt is an ISO date or null
  * actor / place / speaker / about.actor / perpetrator / incident-place ids resolve in entities.json
  * about.actor, speakers and perpetrators are listed in the article's actors; incident places in its places
  * about.incident resolves to a local incident key; keys unique
  * casualty fields are ints >= 0 or null; qualifier is null iff killed and injured are both null
  * evidence is a verbatim substring of ONE non-noise body line (never the headline, never a noise line)
  * sameAs resolves to a global incident; each global's kind/date/places match every incident that
    points to it, its `articles` list is exactly the articles that point to it, and it has >= 2 articles
  * entities.json is a pure extension of the corpus registry (every corpus entry unchanged and in order,
    no new alias on an existing entry, new ids unique, partOf resolves, new globals in G610-G619)
  * body length is 230-340 words (headline excluded)

Reports (warnings, for review only; several are expected and explained in README.md):
  * registry aliases found in non-noise text whose actor/place is not listed
  * listed actors/places with no literal alias in non-noise text (descriptions, metonymy, ...)

Usage: python3 validate.py [-v]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_REGISTRY = '/work/shared/corpus/entities.json'
ARTICLES = ['h42-%02d' % i for i in range(1, 9)]
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
ACTOR_KINDS = {'state', 'ministry', 'military', 'person', 'monitor', 'rescuer', 'local-authority',
               'un-body', 'ngo', 'intergovernmental', 'armed-group', 'news-agency'}
PLACE_KINDS = {'region', 'province', 'city', 'town', 'village', 'facility', 'district', 'road'}
CORPUS_OUTLETS = {'Meridian Wire', 'Agence Levant Presse', 'ALP', 'Associated Newswire', 'AN',
                  'Al Markaz English', 'Al Markaz', 'Northstar News', 'Eurasia Today', 'Bosphorus Daily'}

# ---- noise lines -------------------------------------------------------------------------------
# Generic patterns (README "Noise lines"), plus headings whose following list lines are noise.
NOISE_PATTERNS = [
    r'^By [A-ZÀ-Ý]',                                  # byline
    r'^\d{1,2} [A-Z][a-z]+ \d{4}$',                    # date-only "6 July 2021"
    r'^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4} .*$',   # "Thu 18 Aug 2022 14.05 BST"
    r'^\d{2}\.\d{2}\.\d{4}( - \d{2}:\d{2})?$',        # "17.08.2022 - 11:42"
    r'^Issued on:', r'^Published time:', r'^Text by:',
    r'^Share\b',
    r'^(Photo|Photograph|Image caption):',
    r'^\(.*\)$',                                       # reporting / editing credits in parentheses
    r'^Edited by ',
    r'^[A-Z]\.[A-Z]\./ ?[A-Z]\.[A-Z]\.$',             # sign-off initials
    r'^Media contact:', r'^###$',
    r'^Tags:',
]
LIST_HEADINGS = [r'^Related:?$', r'^Related News$', r'^Related Topics$', r'^Read more:?$',
                 r'^Explore more on these topics$', r'^Recommendations$']
# 'Recommendations' is NOT noise (its lines are body text); it only appears here so that its list is
# kept separate below.
BODY_LIST_HEADINGS = {r'^Recommendations$'}
# Article-specific byline / byline-location lines (README: bylines and "Outlet, City" lines are noise).
NOISE_EXTRA = {
    'h42-04': ['Martin Hale Middle East correspondent'],
    'h42-05': ['ORONTES DAILY | Antakya'],
    'h42-06': ['Free Syria Dispatch – Idlib'],
    'h42-08': ['Levant Civilian Protection Monitor', 'Briefing No. 14'],
}


def split_lines(aid, text):
    """Return (headline, [(line, is_noise)]) for the body (everything after line 1)."""
    lines = text.split('\n')
    headline = lines[0]
    out = []
    in_list = None
    for ln in lines[1:]:
        s = ln.strip()
        if not s:
            in_list = None
            out.append((ln, True))
            continue
        heading = next((h for h in LIST_HEADINGS if re.match(h, s)), None)
        if heading:
            in_list = heading
            out.append((ln, heading not in BODY_LIST_HEADINGS))
            continue
        if in_list is not None:
            out.append((ln, in_list not in BODY_LIST_HEADINGS))
            continue
        noise = any(re.match(p, s) for p in NOISE_PATTERNS) or s in NOISE_EXTRA.get(aid, [])
        out.append((ln, noise))
    return headline, out


def iso_or_none(v):
    if v is None:
        return True
    try:
        datetime.date.fromisoformat(v)
        return True
    except Exception:
        return False


def main():
    verbose = '-v' in sys.argv
    errors, warnings = [], []
    E = errors.append
    W = warnings.append

    reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
    actors = {a['id']: a for a in reg['actors']}
    places = {p['id']: p for p in reg['places']}
    globs = {g['id']: g for g in reg['globalIncidents']}

    # ---- registry: pure extension ----
    if len(actors) != len(reg['actors']) or len(places) != len(reg['places']) or len(globs) != len(reg['globalIncidents']):
        E('registry: duplicate ids')
    if os.path.exists(CORPUS_REGISTRY):
        base = json.load(open(CORPUS_REGISTRY, encoding='utf-8'))
        for part in ('actors', 'places', 'globalIncidents'):
            n = len(base[part])
            if reg[part][:n] != base[part]:
                for i, (a, b) in enumerate(zip(reg[part][:n], base[part])):
                    if a != b:
                        E('registry: %s entry %s changed (or reordered)' % (part, b.get('id')))
                if len(reg[part]) < n:
                    E('registry: %s entries removed' % part)
        base_alias = {}
        for part in ('actors', 'places'):
            for e in base[part]:
                for al in e.get('aliases', []):
                    base_alias.setdefault((part, al.lower()), set()).add(e['id'])
        base_ids = {e['id'] for part in ('actors', 'places', 'globalIncidents') for e in base[part]}
        for part in ('actors', 'places'):
            for e in reg[part][len(base[part]):]:
                if e['id'] in base_ids:
                    E('registry: new %s id %s collides with corpus id' % (part, e['id']))
                for al in e.get('aliases', []):
                    if (part, al.lower()) in base_alias:
                        E('registry: new %s %s reuses existing alias %r of %s' % (part, e['id'], al, base_alias[(part, al.lower())]))
        for g in reg['globalIncidents'][len(base['globalIncidents']):]:
            m = re.match(r'^G6(\d\d)$', g['id'])
            if not m or not (10 <= int(m.group(1)) <= 19):
                E('registry: new global %s outside G610-G619' % g['id'])
    else:
        W('corpus registry not found at %s: pure-extension check skipped' % CORPUS_REGISTRY)
    for a in reg['actors']:
        for k in ('id', 'name', 'kind', 'partOf', 'aliases'):
            if k not in a:
                E('registry: actor %s lacks %s' % (a.get('id'), k))
        if a.get('kind') not in ACTOR_KINDS:
            E('registry: actor %s has unknown kind %s' % (a['id'], a.get('kind')))
        if a.get('partOf') is not None and a['partOf'] not in actors:
            E('registry: actor %s partOf %s does not resolve' % (a['id'], a['partOf']))
        for c in a.get('contextualAliases', []):
            if c not in a['aliases']:
                E('registry: actor %s contextual alias %r not among aliases' % (a['id'], c))
    for p in reg['places']:
        for k in ('id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases'):
            if k not in p:
                E('registry: place %s lacks %s' % (p.get('id'), k))
        if p.get('kind') not in PLACE_KINDS:
            E('registry: place %s has unknown kind %s' % (p['id'], p.get('kind')))
        if not (-90 <= p['lat'] <= 90 and -180 <= p['lon'] <= 180):
            E('registry: place %s bad coordinates' % p['id'])
    for g in reg['globalIncidents']:
        if g.get('kind') not in KINDS:
            E('registry: global %s bad kind' % g['id'])
        for pl in g.get('places', []):
            if pl not in places:
                E('registry: global %s place %s does not resolve' % (g['id'], pl))

    # ---- articles ----
    pointing = {}
    outlets_seen = set()
    n_inc = n_st = 0
    for aid in ARTICLES:
        tpath = os.path.join(HERE, aid + '.txt')
        gpath = os.path.join(HERE, aid + '.gold.json')
        if not (os.path.exists(tpath) and os.path.exists(gpath)):
            E('%s: missing .txt or .gold.json' % aid)
            continue
        text = open(tpath, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 3 or lines[1].strip() != '':
            E('%s: line 2 must be blank' % aid)
        headline, body = split_lines(aid, text)
        clean_lines = [ln for ln, noise in body if not noise]
        noise_lines = [ln for ln, noise in body if noise and ln.strip()]
        if verbose:
            print('%s noise lines: %s' % (aid, noise_lines))
        words = len(' '.join(ln for ln, _ in body).split())
        if not (230 <= words <= 340):
            E('%s: body has %d words (want 230-340)' % (aid, words))

        g = json.load(open(gpath, encoding='utf-8'))
        if list(g.keys()) != ['article', 'actors', 'places', 'incidents', 'statements']:
            E('%s: top-level keys %s' % (aid, list(g.keys())))
            continue
        art = g['article']
        if list(art.keys()) != ['id', 'title', 'outlet', 'publishedAt', 'url']:
            E('%s: article keys %s' % (aid, list(art.keys())))
        if art.get('id') != aid:
            E('%s: article.id %r' % (aid, art.get('id')))
        if art.get('title') != headline:
            E('%s: title differs from line 1' % aid)
        if not iso_or_none(art.get('publishedAt')):
            E('%s: publishedAt %r' % (aid, art.get('publishedAt')))
        if not str(art.get('url', '')).startswith('https://example.org/'):
            E('%s: url must be a fake https://example.org/ address' % aid)
        outlet = art.get('outlet')
        if outlet in CORPUS_OUTLETS:
            E('%s: outlet %r reuses a corpus outlet' % (aid, outlet))
        if outlet in outlets_seen:
            E('%s: outlet %r used twice' % (aid, outlet))
        outlets_seen.add(outlet)
        if not any(a.get('fictional') and (a['name'] == outlet or outlet in a['aliases']) for a in reg['actors']):
            E('%s: outlet %r is not a fictional registry actor' % (aid, outlet))

        for lst, kind, table in (('actors', 'actor', actors), ('places', 'place', places)):
            ids = g[lst]
            if not isinstance(ids, list) or len(ids) != len(set(ids)):
                E('%s: %s not a list of unique ids' % (aid, lst))
            for i in ids:
                if i not in table:
                    E('%s: %s %s does not resolve' % (aid, kind, i))
        A = set(g['actors'])
        P = set(g['places'])

        keys = set()
        for inc in g['incidents']:
            n_inc += 1
            if list(inc.keys()) != ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']:
                E('%s: incident keys %s' % (aid, list(inc.keys())))
                continue
            if inc['key'] in keys:
                E('%s: duplicate incident key %s' % (aid, inc['key']))
            keys.add(inc['key'])
            if inc['kind'] not in KINDS:
                E('%s %s: kind %s' % (aid, inc['key'], inc['kind']))
            if not iso_or_none(inc['date']):
                E('%s %s: date %r' % (aid, inc['key'], inc['date']))
            if not inc['places']:
                E('%s %s: no places' % (aid, inc['key']))
            for pl in inc['places']:
                if pl not in P:
                    E('%s %s: place %s not in article places' % (aid, inc['key'], pl))
            for pa in inc['perpetratorAlleged']:
                if pa not in A:
                    E('%s %s: perpetrator %s not in article actors' % (aid, inc['key'], pa))
            if inc['sameAs'] is not None:
                gl = globs.get(inc['sameAs'])
                if gl is None:
                    E('%s %s: sameAs %s does not resolve' % (aid, inc['key'], inc['sameAs']))
                else:
                    pointing.setdefault(inc['sameAs'], []).append(aid)
                    if gl['kind'] != inc['kind'] or gl['date'] != inc['date'] or sorted(gl['places']) != sorted(inc['places']):
                        E('%s %s: inconsistent with global %s' % (aid, inc['key'], gl['id']))

        for n, st in enumerate(g['statements'], 1):
            n_st += 1
            where = '%s S%d' % (aid, n)
            if list(st.keys()) != ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']:
                E('%s: keys %s' % (where, list(st.keys())))
                continue
            if list(st['about'].keys()) != ['incident', 'actor']:
                E('%s: about keys' % where)
            if st['speaker'] not in A:
                E('%s: speaker %s not in actors' % (where, st['speaker']))
            if st['stance'] not in STANCES:
                E('%s: stance %s' % (where, st['stance']))
            ai, aa = st['about']['incident'], st['about']['actor']
            if ai is not None and ai not in keys:
                E('%s: about.incident %s does not resolve' % (where, ai))
            if aa is not None and aa not in A:
                E('%s: about.actor %s not in actors' % (where, aa))
            for f in ('killed', 'injured', 'children'):
                v = st[f]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    E('%s: %s=%r' % (where, f, v))
            q = st['qualifier']
            if q is not None and q not in QUALS:
                E('%s: qualifier %s' % (where, q))
            has_fig = st['killed'] is not None or st['injured'] is not None
            if has_fig and q is None:
                E('%s: figure without qualifier' % where)
            if not has_fig and q is not None:
                E('%s: qualifier without killed/injured' % where)
            if st['killed'] is not None and st['children'] is not None and st['children'] > st['killed']:
                E('%s: children > killed' % where)
            ev = st['evidence']
            if not ev or '\n' in ev:
                E('%s: empty or multi-line evidence' % where)
            elif not any(ev in ln for ln in clean_lines):
                if ev in headline:
                    E('%s: evidence comes from the headline' % where)
                elif any(ev in ln for ln in noise_lines):
                    E('%s: evidence comes from a noise line' % where)
                else:
                    E('%s: evidence not verbatim in body: %r' % (where, ev[:70]))

        # ---- mention scan (warnings only) ----
        scan = headline + '\n' + '\n'.join(clean_lines)
        for a in reg['actors']:
            ctx = set(a.get('contextualAliases', []))
            hits = [al for al in a['aliases'] if al not in ctx and len(al) > 2 and
                    re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan)]
            if hits and a['id'] not in A:
                W('%s: alias %s of actor %s found but actor not listed' % (aid, hits, a['id']))
        for pid in A:
            a = actors[pid]
            if not any(re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan, re.I) for al in a['aliases'] + [a['name']]):
                W('%s: actor %s listed without a literal alias (description/metonymy?)' % (aid, pid))
        for p in reg['places']:
            ctx = set(p.get('contextualAliases', []))
            hits = [al for al in p['aliases'] if al not in ctx and
                    re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan)]
            if hits and p['id'] not in P:
                W('%s: alias %s of place %s found but place not listed' % (aid, hits, p['id']))
        for pid in P:
            p = places[pid]
            if not any(re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', scan, re.I) for al in p['aliases'] + [p['name']]):
                W('%s: place %s listed without a literal alias' % (aid, pid))

    # ---- globals ----
    for gid, g in globs.items():
        if not re.match(r'^G6\d\d$', gid):
            continue
        arts = sorted(set(pointing.get(gid, [])))
        if sorted(g['articles']) != arts:
            E('global %s: articles %s but pointed to by %s' % (gid, g['articles'], arts))
        if len(arts) < 2:
            E('global %s: fewer than two articles' % gid)
    for gid in pointing:
        if not re.match(r'^G6\d\d$', gid):
            E('sameAs %s points to a corpus global' % gid)

    for w in warnings:
        print('WARNING', w)
    for e in errors:
        print('ERROR', e)
    print('%d articles, %d incidents, %d statements, %d h42 globals; %d errors, %d warnings'
          % (len(ARTICLES), n_inc, n_st, len([g for g in globs if g.startswith('G6')]), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())

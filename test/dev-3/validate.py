#!/usr/bin/env python3
"""Self-check for the dev-3 gold set (d3-01 .. d3-08).

Run from anywhere:  python3 validate.py [-v]

Errors (exit status 1) are violations of the corpus format or of the annotation
guidelines that can be checked mechanically. Warnings are hints for a human
(an alias of an unlisted registry entity occurs in the text, a listed entity
has no literal alias in the text, ...); many are expected, because the
guidelines map descriptions ("the UK-based monitor") and metonymy by rule.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORIGINAL_REGISTRY = '/work/shared/corpus/entities.json'
ARTICLES = ['d3-%02d' % i for i in range(1, 9)]
MIN_WORDS, MAX_WORDS = 200, 450

STANCES = {'CLAIM', 'DENIAL', 'ACCUSATION', 'CRITICISM', 'CALL', 'CONFIRMATION'}
KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
QUALIFIERS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
TOP_KEYS = ['article', 'actors', 'places', 'incidents', 'statements']
ARTICLE_KEYS = ['id', 'title', 'outlet', 'publishedAt', 'url']
INCIDENT_KEYS = ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']
STATEMENT_KEYS = ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']

# ---------------------------------------------------------------- noise lines
# Generic noise patterns (guidelines, "Noise lines"), applied to every body line.
NOISE_PATTERNS = [
    r'^By [A-Z][\w.\'-]+( [\w.\'-]+)*( and [A-Z][\w.\'-]+( [\w.\'-]+)*)?$',   # bylines
    r'^Updated \d+ (hours?|minutes?) ago$',                                # live-page timestamp
    r'^\d{1,2}:\d{2} GMT$',                                                # live-blog entry times
    r'^Posted \d{1,2} \w+ \d{4}, \d{1,2}:\d{2} [A-Z]{3}$',                 # "Posted ..." date line
    r'^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$',           # date-only lines
    r'^Share( this with)?$', r'^Share on ', r'^(Email|Facebook|Twitter)$',  # share blocks
    r'^Advertisement$',
    r'^(Photo|Image caption):',                                            # captions
    r'^SOURCE:', r'^___$',
    r'^Listen · \d+ min$', r'^Next episode:',
    r'^[^|]+( \| [^|]+)+$',                                                # "Outlet | Section" bylines
    r'^[A-Z]\.[A-Z]\.( / [A-Z]\.[A-Z]\.)*$',                               # sign-off initials
]
# Headers that open a noise block (the header and the list lines under it, up to a blank line).
NOISE_BLOCK_HEADERS = [r'^Related( News| Topics| content)?:?', r'^Read more:?', r'^READ MORE', r'^Also on ']
# Article-specific noise lines (exact text).
NOISE_EXTRA = {
    'd3-07': ['Jabal al-Zawiya Media Network (JZMN) – translated from Arabic by network volunteers'],
}


def split_article(aid, text):
    """Return (headline, [(line_no, line, is_noise)]) for the body (everything after line 2)."""
    lines = text.split('\n')
    headline = lines[0]
    body = []
    in_block = False
    for n, line in enumerate(lines[2:], start=3):
        s = line.strip()
        if not s:
            in_block = False
            body.append((n, line, True))
            continue
        noise = False
        if in_block:
            noise = True
        elif any(re.match(p, s) for p in NOISE_BLOCK_HEADERS):
            noise, in_block = True, True
        elif any(re.match(p, s) for p in NOISE_PATTERNS):
            noise = True
        elif s in NOISE_EXTRA.get(aid, []):
            noise = True
        body.append((n, line, noise))
    return headline, body


def norm(s):
    return (s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
            .replace('–', '-').replace('—', '-').lower())


def alias_pattern(alias):
    """Word-bounded pattern; short all-caps aliases (acronyms such as AN, UN) match case-sensitively."""
    a = norm(alias) if not (alias.isupper() and len(alias) <= 5) else alias
    flags = 0 if (alias.isupper() and len(alias) <= 5) else re.I
    return re.compile(r'(?<![\w-])' + re.escape(a) + r'(?![\w-])', flags)


def alias_in(alias, text):
    t = text if (alias.isupper() and len(alias) <= 5) else norm(text)
    return alias_pattern(alias).search(t) is not None


def blank_aliases(text, aliases):
    """Blank out occurrences of the given aliases (longest first) so that shorter aliases inside them
    ("Turkey" in "Turkey's foreign ministry") are not reported as separate mentions."""
    out = text
    for al in sorted(aliases, key=len, reverse=True):
        pat = alias_pattern(al)
        src = out if (al.isupper() and len(al) <= 5) else norm(out)
        spans = [m.span() for m in pat.finditer(src)]
        for a, b in reversed(spans):
            out = out[:a] + ' ' * (b - a) + out[b:]
    return out


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def absolute_date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.strftime('%B')
    return ['%d %s %d' % (d.day, m, d.year), '%s %d, %d' % (m, d.day, d.year), iso]


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))

    def warn(self, where, msg):
        self.warnings.append('%s: %s' % (where, msg))


def check_registry(reg, rep):
    for key in ['actors', 'places', 'globalIncidents']:
        if not isinstance(reg.get(key), list):
            rep.err('entities.json', 'missing list %r' % key)
            return None, None, None
    actors, places, globals_ = {}, {}, {}
    for a in reg['actors']:
        for k in ['id', 'name', 'kind', 'partOf', 'aliases']:
            if k not in a:
                rep.err('entities.json', 'actor %s lacks %r' % (a.get('id'), k))
        if a['id'] in actors:
            rep.err('entities.json', 'duplicate actor id %s' % a['id'])
        actors[a['id']] = a
    for a in actors.values():
        if a.get('partOf') is not None and a['partOf'] not in actors:
            rep.err('entities.json', 'actor %s partOf unknown %s' % (a['id'], a['partOf']))
        for c in a.get('contextualAliases', []):
            if c not in a['aliases']:
                rep.err('entities.json', 'actor %s contextual alias %r not among aliases' % (a['id'], c))
    for p in reg['places']:
        for k in ['id', 'name', 'kind', 'province', 'country', 'lat', 'lon', 'aliases']:
            if k not in p:
                rep.err('entities.json', 'place %s lacks %r' % (p.get('id'), k))
        if p['id'] in places:
            rep.err('entities.json', 'duplicate place id %s' % p['id'])
        if not (-90 <= p['lat'] <= 90 and -180 <= p['lon'] <= 180):
            rep.err('entities.json', 'place %s has bad coordinates' % p['id'])
        if p.get('country') == 'Syria' and p['kind'] not in ('road',) and not (32 <= p['lat'] <= 37.5 and 35.5 <= p['lon'] <= 42.5):
            rep.err('entities.json', 'place %s coordinates are outside Syria' % p['id'])
        places[p['id']] = p
    for g in reg['globalIncidents']:
        if g['id'] in globals_:
            rep.err('entities.json', 'duplicate global incident %s' % g['id'])
        globals_[g['id']] = g
        if g.get('kind') not in KINDS:
            rep.err('entities.json', 'global %s bad kind' % g['id'])
        if not is_date(g.get('date')):
            rep.err('entities.json', 'global %s bad date' % g['id'])
        for pid in g.get('places', []):
            if pid not in places:
                rep.err('entities.json', 'global %s unknown place %s' % (g['id'], pid))
    # never delete or rename: compare with the shared corpus registry
    if os.path.exists(ORIGINAL_REGISTRY):
        orig = json.load(open(ORIGINAL_REGISTRY, encoding='utf-8'))
        for part, table in [('actors', actors), ('places', places), ('globalIncidents', globals_)]:
            for e in orig[part]:
                new = table.get(e['id'])
                if new is None:
                    rep.err('entities.json', '%s id %s from the corpus registry is missing' % (part, e['id']))
                    continue
                for k, v in e.items():
                    if k == 'aliases' or k == 'contextualAliases':
                        missing = [x for x in v if x not in new.get(k, [])]
                        if missing:
                            rep.err('entities.json', '%s %s lost %s %s' % (part, e['id'], k, missing))
                    elif k not in ('note',) and new.get(k) != v:
                        rep.err('entities.json', '%s %s changed field %r' % (part, e['id'], k))
    else:
        rep.warn('entities.json', 'original registry not found; rename/delete check skipped')
    # alias collisions between different actors (non-contextual) are worth a look
    seen = {}
    for a in actors.values():
        for al in a['aliases']:
            if al in a.get('contextualAliases', []):
                continue
            k = norm(al)
            if k in seen and seen[k] != a['id']:
                rep.warn('entities.json', 'alias %r used by %s and %s' % (al, seen[k], a['id']))
            seen.setdefault(k, a['id'])
    return actors, places, globals_


def check_article(aid, reg_actors, reg_places, globals_, rep, uses, verbose):
    tpath, gpath = os.path.join(HERE, aid + '.txt'), os.path.join(HERE, aid + '.gold.json')
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        rep.err(aid, 'missing .txt or .gold.json')
        return None
    text = open(tpath, encoding='utf-8').read()
    gold = json.load(open(gpath, encoding='utf-8'))
    lines = text.split('\n')
    if len(lines) < 3 or lines[1].strip() != '':
        rep.err(aid, 'line 2 must be blank (headline, blank line, body)')
    headline, body = split_article(aid, text)
    clean = [(n, l) for n, l, noise in body if not noise]
    clean_text = '\n'.join(l for _, l in clean)
    words = len(clean_text.split())
    total_words = len(' '.join(l for _, l, _ in body).split())
    if not (MIN_WORDS <= words <= MAX_WORDS):
        rep.err(aid, 'body has %d words outside noise lines (want %d-%d)' % (words, MIN_WORDS, MAX_WORDS))

    # ---- shape
    if list(gold.keys()) != TOP_KEYS:
        rep.err(aid, 'top-level keys %s != %s' % (list(gold.keys()), TOP_KEYS))
        return None
    art = gold['article']
    if list(art.keys()) != ARTICLE_KEYS:
        rep.err(aid, 'article keys %s' % list(art.keys()))
    if art.get('id') != aid:
        rep.err(aid, 'article.id %r != file stem' % art.get('id'))
    if art.get('title') != headline:
        rep.err(aid, 'article.title is not line 1 verbatim')
    if not isinstance(art.get('outlet'), str) or not art['outlet']:
        rep.err(aid, 'article.outlet missing')
    elif not any(art['outlet'] == a['name'] or art['outlet'] in a['aliases'] for a in reg_actors.values()):
        rep.warn(aid, 'outlet %r is not a registry actor name/alias' % art['outlet'])
    pub = art.get('publishedAt')
    if pub is not None and not is_date(pub):
        rep.err(aid, 'publishedAt %r is not YYYY-MM-DD or null' % pub)
    if not str(art.get('url', '')).startswith('https://example.org/'):
        rep.err(aid, 'url must be a fake https://example.org/ address')

    actors, places = gold['actors'], gold['places']
    for kind, lst, table in [('actor', actors, reg_actors), ('place', places, reg_places)]:
        if not isinstance(lst, list):
            rep.err(aid, '%ss must be a list' % kind)
            continue
        if len(set(lst)) != len(lst):
            rep.err(aid, 'duplicate %s ids' % kind)
        for x in lst:
            if x not in table:
                rep.err(aid, 'unknown %s id %s' % (kind, x))

    # ---- incidents
    keys = set()
    for inc in gold['incidents']:
        w = '%s incident %s' % (aid, inc.get('key'))
        if list(inc.keys()) != INCIDENT_KEYS:
            rep.err(w, 'keys %s' % list(inc.keys()))
            continue
        if inc['key'] in keys:
            rep.err(w, 'duplicate key')
        keys.add(inc['key'])
        if inc['kind'] not in KINDS:
            rep.err(w, 'bad kind %r' % inc['kind'])
        if inc['date'] is not None:
            if not is_date(inc['date']):
                rep.err(w, 'bad date %r' % inc['date'])
            elif pub is not None and inc['date'] > pub:
                rep.err(w, 'date after publication')
            elif pub is None and not any(f in clean_text for f in absolute_date_forms(inc['date'])):
                rep.err(w, 'publishedAt is null but the text gives no absolute date for %s' % inc['date'])
        if not inc['places']:
            rep.err(w, 'incident without a place')
        for p in inc['places']:
            if p not in places:
                rep.err(w, 'place %s not in article places' % p)
        for a in inc['perpetratorAlleged']:
            if a not in actors:
                rep.err(w, 'perpetrator %s not in article actors' % a)
        if inc['sameAs'] is not None:
            g = globals_.get(inc['sameAs'])
            if g is None:
                rep.err(w, 'sameAs %s is not a registry global incident' % inc['sameAs'])
            else:
                uses.setdefault(g['id'], set()).add(aid)
                if inc['date'] != g['date']:
                    rep.err(w, 'date %s != %s date %s' % (inc['date'], g['id'], g['date']))
                if set(inc['places']) != set(g['places']):
                    rep.err(w, 'places %s != %s places %s' % (inc['places'], g['id'], g['places']))
                if inc['kind'] != g['kind']:
                    rep.err(w, 'kind %s != %s kind %s' % (inc['kind'], g['id'], g['kind']))
                if aid not in g.get('articles', []):
                    rep.err(w, '%s does not list %s among its articles' % (g['id'], aid))

    # ---- statements
    for i, st in enumerate(gold['statements'], start=1):
        w = '%s statement %d' % (aid, i)
        if list(st.keys()) != STATEMENT_KEYS:
            rep.err(w, 'keys %s' % list(st.keys()))
            continue
        if st['speaker'] not in actors:
            rep.err(w, 'speaker %s not in article actors' % st['speaker'])
        if st['stance'] not in STANCES:
            rep.err(w, 'bad stance %r' % st['stance'])
        ab = st['about']
        if not isinstance(ab, dict) or list(ab.keys()) != ['incident', 'actor']:
            rep.err(w, 'about must be {incident, actor}')
        else:
            if ab['incident'] is not None and ab['incident'] not in keys:
                rep.err(w, 'about.incident %s is not an incident key' % ab['incident'])
            if ab['actor'] is not None and ab['actor'] not in actors:
                rep.err(w, 'about.actor %s not in article actors' % ab['actor'])
        for f in ['killed', 'injured', 'children']:
            v = st[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                rep.err(w, '%s must be a non-negative integer or null' % f)
        if st['killed'] is not None and st['children'] is not None and st['children'] > st['killed']:
            rep.err(w, 'children > killed')
        has_fig = st['killed'] is not None or st['injured'] is not None
        if has_fig and st['qualifier'] not in QUALIFIERS:
            rep.err(w, 'figures given but qualifier %r' % st['qualifier'])
        if not has_fig and st['qualifier'] is not None:
            rep.err(w, 'qualifier without killed/injured')
        ev = st['evidence']
        if not isinstance(ev, str) or not ev.strip():
            rep.err(w, 'evidence missing')
            continue
        if ev not in text:
            rep.err(w, 'evidence is not a substring of the article: %r' % ev[:80])
            continue
        hit = [n for n, l, noise in body if ev in l and not noise]
        if not hit:
            if ev in headline:
                rep.err(w, 'evidence only found in the headline')
            elif any(ev in l for _, l, noise in body if noise):
                rep.err(w, 'evidence only found in a noise line')
            else:
                rep.err(w, 'evidence spans several lines')

    # ---- soft mention checks (warnings)
    scan = headline + '\n' + clean_text
    listed_aliases = [x for a in actors if a in reg_actors for x in reg_actors[a]['aliases']]
    listed_aliases += [x for p in places if p in reg_places for x in reg_places[p]['aliases']]
    rest = blank_aliases(scan, [x for x in listed_aliases if len(x.split()) > 1])
    for a in actors:
        e = reg_actors.get(a)
        if e and not any(alias_in(x, scan) for x in e['aliases']):
            if verbose:
                rep.warn(aid, 'listed actor %s has no literal alias in the text (description/rule mapping?)' % a)
    for a, e in reg_actors.items():
        if a in actors:
            continue
        ctx = {norm(c) for c in e.get('contextualAliases', [])}
        lit = [x for x in e['aliases'] if norm(x) not in ctx and alias_in(x, rest)]
        if lit:
            rep.warn(aid, 'unlisted actor %s: alias %r occurs in headline/body' % (a, lit[0]))
    for p, e in reg_places.items():
        if p in places:
            continue
        ctx = {norm(c) for c in e.get('contextualAliases', [])}
        lit = [x for x in e['aliases'] if norm(x) not in ctx and alias_in(x, rest)]
        if lit:
            rep.warn(aid, 'unlisted place %s: alias %r occurs in headline/body' % (p, lit[0]))
    for p in places:
        e = reg_places.get(p)
        if e and not any(alias_in(x, scan) for x in e['aliases']) and verbose:
            rep.warn(aid, 'listed place %s has no literal alias in the text' % p)

    return {'id': aid, 'words': words, 'total_words': total_words, 'incidents': len(gold['incidents']),
            'statements': len(gold['statements']), 'published': pub,
            'figures': sum(1 for s in gold['statements'] if s['killed'] is not None or s['injured'] is not None
                           or s['children'] is not None),
            'kinds': [i['kind'] for i in gold['incidents']], 'same': [i['sameAs'] for i in gold['incidents'] if i['sameAs']]}


def main():
    verbose = '-v' in sys.argv
    rep = Report()
    reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
    reg_actors, reg_places, globals_ = check_registry(reg, rep)
    if reg_actors is None:
        print('\n'.join(rep.errors))
        return 1
    uses, stats = {}, []
    for aid in ARTICLES:
        s = check_article(aid, reg_actors, reg_places, globals_, rep, uses, verbose)
        if s:
            stats.append(s)
    # global incidents: articles lists agree with sameAs use inside this set
    for gid, g in globals_.items():
        listed = {a for a in g.get('articles', []) if a.startswith('d3-')}
        used = uses.get(gid, set())
        if listed != used:
            rep.err('entities.json', '%s articles %s but sameAs used by %s' % (gid, sorted(listed), sorted(used)))
    cross = [g for g, u in uses.items() if len(u) >= 2]
    if len(cross) < 2:
        rep.err('set', 'need at least two cross-article incidents, found %s' % cross)
    if not any(s['published'] is None for s in stats):
        rep.err('set', 'need at least one article with publishedAt null')
    if not any(s['incidents'] == 0 for s in stats):
        rep.err('set', 'need at least one article with no incident')
    if not any(s['incidents'] >= 2 for s in stats):
        rep.err('set', 'need at least one article with several incidents')
    if not any('OTHER' in s['kinds'] for s in stats):
        rep.err('set', 'need at least one OTHER incident')

    print('%-6s %-11s %6s %6s %4s %4s %4s  %s' % ('id', 'published', 'words', 'total', 'inc', 'st', 'fig', 'sameAs'))
    for s in stats:
        print('%-6s %-11s %6d %6d %4d %4d %4d  %s' % (s['id'], s['published'], s['words'], s['total_words'],
                                                     s['incidents'], s['statements'], s['figures'], ','.join(s['same'])))
    print('total: %d articles, %d incidents, %d statements, %d statements with figures' % (
        len(stats), sum(s['incidents'] for s in stats), sum(s['statements'] for s in stats),
        sum(s['figures'] for s in stats)))
    for w in rep.warnings:
        print('WARNING', w)
    for e in rep.errors:
        print('ERROR', e)
    print('%d error(s), %d warning(s)' % (len(rep.errors), len(rep.warnings)))
    return 1 if rep.errors else 0


if __name__ == '__main__':
    sys.exit(main())

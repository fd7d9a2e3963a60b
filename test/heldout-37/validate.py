#!/usr/bin/env python3
"""Self-check for the heldout-37 gold set.

Checks (errors): JSON shape of every hNN.gold.json, ids resolve against ./entities.json, the registry is a pure
extension of the shared registry (if available), incident keys / sameAs / places / perpetrators resolve, figures and
qualifiers are consistent, dates are ISO and not after publication, and every evidence string occurs verbatim in the
article body (not in the headline, standfirst or a noise line).
Warnings (informational): registry aliases found in non-noise text but not annotated, and annotated actors/places with
no literal alias in the text (expected for descriptions such as "a Russian jet" or "the Turkish president").

Usage: python3 validate.py [--shared /work/shared/corpus/entities.json] [--quiet]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_DEFAULT = '/work/shared/corpus/entities.json'

# Hand-marked non-body lines (exact text after stripping). Everything else after line 1 is body text.
NOISE = {
 'h37-01': ['By Rami Khoury',
            'Civil defence members search the rubble of a market hit by an air strike in Jisr al-Shughur, Idlib province, Syria, October 6, 2023. Crossland Wire/Stringer',
            '(Reporting by Rami Khoury in Beirut and Selin Aydin in Istanbul; Editing by Mark Heathcote)',
            'Related: Drone attacks on Syrian government areas spark Idlib bombardment'],
 'h37-02': ['By Hannah Whitlock', 'Beacon World News, Beirut', '7 October 2023', 'Share this with', 'Email', 'Facebook',
            'X', 'WhatsApp', 'Image caption: Rescuers search the remains of market stalls in Jisr al-Shughour',
            'Related Topics', 'Syria', 'Russia', 'Turkey'],
 'h37-03': ['Martha Grieve Middle East correspondent', 'Thu 12 Oct 2023 06.00 BST',
            'Rescue workers in Jisr al-Shughur on 6 October. Photograph: Karim Sayed/Anadolu via Getty Images',
            'Related: Syria’s forgotten north-west braces for another winter in tents', 'Topics', 'Syria', 'Russia', 'Turkey'],
 'h37-04': ['By Ines Moreau', '10 October 2023', 'Conflict | Health | Syria',
            'Read more: Earthquake survivors in Idlib face a second winter in tents', 'Share this article'],
 'h37-05': ['MARMARA TIMES WITH AGENCIES', 'Published Jun 14, 2024 11:32 am', 'RELATED',
            'Ankara, Moscow discuss Idlib escalation in phone call',
            'Syrian refugees in Hatay mark a year since returning to rebuilt homes', 'SHARE'],
 'h37-06': ['Written by: Obaida al-Hamwi', 'Photo: The pickup truck hit by a regime drone near Afes (Syrian Civil Defense)',
            'Related:', 'Civil Defense: Regime drones turn Idlib’s farmland into a death zone',
            'Tags: Idlib, drones, Civil Defense, Russia'],
 'h37-07': ['13 June 2024', 'M.N./R.S.'],
 'h37-08': ['By Rima Khalil', 'July 2, 2024', 'Read more: Lebanon steps up deportations of Syrian refugees',
            'Tags: Syria, Turkey, Idlib, HTS'],
}
# One-line summaries under the headline: scanned for actors/places only (no incidents or statements).
STANDFIRST = {
 'h37-03': 'Residents of north-west Syria describe a week of shelling and air raids on the last opposition enclave',
}

KINDS = {'AIRSTRIKE', 'SHELLING', 'OTHER'}
STANCES = {'CLAIM', 'DENIAL', 'CONFIRMATION', 'ACCUSATION', 'CRITICISM', 'CALL'}
QUALS = {'AT_LEAST', 'MORE_THAN', 'ABOUT', 'EXACT'}
TOP = ['article', 'actors', 'places', 'incidents', 'statements']
ART = ['id', 'title', 'outlet', 'publishedAt', 'url']
INC = ['key', 'kind', 'date', 'places', 'perpetratorAlleged', 'sameAs']
STM = ['speaker', 'stance', 'about', 'killed', 'injured', 'children', 'qualifier', 'evidence']

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def alias_hits(text, alias):
    return re.search(r'(?<![\w-])' + re.escape(alias) + r'(?![\w-])', text) is not None

def main():
    args = sys.argv[1:]
    shared_path = SHARED_DEFAULT
    if '--shared' in args:
        shared_path = args[args.index('--shared') + 1]
    quiet = '--quiet' in args

    reg = json.load(open(os.path.join(HERE, 'entities.json'), encoding='utf-8'))
    for part in ('actors', 'places', 'globalIncidents'):
        if part not in reg:
            err(f'entities.json: missing {part}')
    actors = {a['id']: a for a in reg['actors']}
    places = {p['id']: p for p in reg['places']}
    gincs = {g['id']: g for g in reg['globalIncidents']}
    for coll, name in ((reg['actors'], 'actor'), (reg['places'], 'place'), (reg['globalIncidents'], 'global incident')):
        ids = [x['id'] for x in coll]
        if len(ids) != len(set(ids)):
            err(f'entities.json: duplicate {name} ids')
    for a in reg['actors']:
        if a.get('partOf') is not None and a['partOf'] not in actors:
            err(f'entities.json: actor {a["id"]} partOf unknown {a["partOf"]}')

    # pure extension of the shared registry
    if os.path.exists(shared_path):
        sh = json.load(open(shared_path, encoding='utf-8'))
        for part, mine in (('actors', actors), ('places', places), ('globalIncidents', gincs)):
            for e in sh[part]:
                m = mine.get(e['id'])
                if m is None:
                    err(f'registry: shared {part} id {e["id"]} missing'); continue
                for k, v in e.items():
                    if k in ('aliases', 'contextualAliases'):
                        if not set(v) <= set(m.get(k, [])):
                            err(f'registry: {e["id"]}.{k} lost entries')
                    elif m.get(k) != v:
                        err(f'registry: {e["id"]}.{k} changed')
    else:
        warn(f'shared registry not found at {shared_path}; extension check skipped')

    for g in reg['globalIncidents']:
        if re.fullmatch(r'G52\d', g['id']):
            if g['kind'] not in KINDS: err(f'{g["id"]}: bad kind')
            if not iso(g['date'] or ''): err(f'{g["id"]}: bad date')
            for p in g['places']:
                if p not in places: err(f'{g["id"]}: unknown place {p}')

    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if re.fullmatch(r'h37-\d\d\.gold\.json', f))
    used_globals = {}
    for stem in stems:
        txt_path = os.path.join(HERE, stem + '.txt')
        if not os.path.exists(txt_path):
            err(f'{stem}: missing .txt'); continue
        raw = open(txt_path, encoding='utf-8').read()
        lines = raw.split('\n')
        title = lines[0]
        if len(lines) < 3 or lines[1].strip() != '':
            err(f'{stem}: line 2 must be blank')
        noise = set(NOISE.get(stem, []))
        for n in noise:
            if n not in [l.strip() for l in lines]:
                err(f'{stem}: declared noise line not found: {n!r}')
        sf = STANDFIRST.get(stem)
        body_lines = [l for l in lines[1:] if l.strip() and l.strip() not in noise and l.strip() != sf]
        body = '\n'.join(body_lines)
        scan = '\n'.join([title] + ([sf] if sf else []) + body_lines)
        try:
            gold = json.load(open(os.path.join(HERE, stem + '.gold.json'), encoding='utf-8'))
        except Exception as e:
            err(f'{stem}: gold JSON does not parse: {e}'); continue
        if list(gold.keys()) != TOP:
            err(f'{stem}: top-level keys {list(gold.keys())} != {TOP}')
        art = gold.get('article', {})
        if list(art.keys()) != ART:
            err(f'{stem}: article keys {list(art.keys())}')
        if art.get('id') != stem: err(f'{stem}: article.id mismatch')
        if art.get('title') != title: err(f'{stem}: title is not line 1 verbatim')
        pub = art.get('publishedAt')
        pubd = None
        if pub is not None:
            pubd = iso(pub)
            if not pubd: err(f'{stem}: publishedAt not ISO')
        if not str(art.get('url', '')).startswith('https://example.org/'): err(f'{stem}: url not example.org')
        outlet_ids = [a['id'] for a in reg['actors'] if a.get('kind') == 'news-agency' and a['name'].startswith(art.get('outlet', '\0'))]
        if not outlet_ids: err(f'{stem}: outlet {art.get("outlet")!r} not in registry')
        elif not actors[outlet_ids[0]].get('fictional'): err(f'{stem}: outlet not marked fictional')

        A = gold.get('actors', []); P = gold.get('places', [])
        if len(A) != len(set(A)): err(f'{stem}: duplicate actors')
        if len(P) != len(set(P)): err(f'{stem}: duplicate places')
        for a in A:
            if a not in actors: err(f'{stem}: unknown actor {a}')
        for p in P:
            if p not in places: err(f'{stem}: unknown place {p}')

        keys = set()
        for inc in gold.get('incidents', []):
            if list(inc.keys()) != INC: err(f'{stem}: incident keys {list(inc.keys())}')
            k = inc.get('key')
            if k in keys: err(f'{stem}: duplicate incident key {k}')
            keys.add(k)
            if inc.get('kind') not in KINDS: err(f'{stem}/{k}: bad kind')
            d = inc.get('date')
            if d is not None:
                dd = iso(d)
                if not dd: err(f'{stem}/{k}: date not ISO')
                elif pubd and dd > pubd: err(f'{stem}/{k}: date after publication')
            if not inc.get('places'): err(f'{stem}/{k}: no places')
            for p in inc.get('places', []):
                if p not in P: err(f'{stem}/{k}: place {p} not in article places')
            for a in inc.get('perpetratorAlleged', []):
                if a not in A: err(f'{stem}/{k}: perpetrator {a} not in article actors')
            s = inc.get('sameAs')
            if s is not None:
                g = gincs.get(s)
                if not g: err(f'{stem}/{k}: sameAs {s} unknown'); continue
                used_globals.setdefault(s, set()).add(stem)
                if stem not in g.get('articles', []): err(f'{stem}/{k}: {s}.articles lacks {stem}')
                if g['date'] != d: err(f'{stem}/{k}: date {d} != {s} date {g["date"]}')
                if not set(g['places']) & set(inc.get('places', [])): err(f'{stem}/{k}: no place shared with {s}')
                if g['kind'] != inc.get('kind'): err(f'{stem}/{k}: kind differs from {s}')

        for i, stt in enumerate(gold.get('statements', []), 1):
            tag = f'{stem}/S{i}'
            if list(stt.keys()) != STM: err(f'{tag}: keys {list(stt.keys())}')
            if stt.get('speaker') not in A: err(f'{tag}: speaker {stt.get("speaker")} not in article actors')
            if stt.get('stance') not in STANCES: err(f'{tag}: bad stance')
            ab = stt.get('about', {})
            if list(ab.keys()) != ['incident', 'actor']: err(f'{tag}: about keys')
            if ab.get('incident') is not None and ab['incident'] not in keys: err(f'{tag}: about.incident {ab["incident"]} unresolved')
            if ab.get('actor') is not None and ab['actor'] not in A: err(f'{tag}: about.actor {ab["actor"]} not in article actors')
            for f in ('killed', 'injured', 'children'):
                v = stt.get(f)
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(f'{tag}: {f} not a non-negative int')
            q = stt.get('qualifier')
            if q is not None and q not in QUALS: err(f'{tag}: bad qualifier')
            has_fig = stt.get('killed') is not None or stt.get('injured') is not None
            if has_fig != (q is not None): err(f'{tag}: qualifier must be set iff killed or injured is set')
            if stt.get('children') is not None and stt.get('killed') is not None and stt['children'] > stt['killed']:
                err(f'{tag}: children > killed')
            ev = stt.get('evidence') or ''
            if not ev: err(f'{tag}: empty evidence')
            elif ev not in body:
                where = 'headline/standfirst/noise' if ev in raw else 'nowhere'
                err(f'{tag}: evidence not in body text (found {where}): {ev[:70]!r}')

        # informational alias scan
        for a in reg['actors']:
            hit = [al for al in a['aliases'] if alias_hits(scan, al)]
            if hit and a['id'] not in A and not (set(hit) <= set(a.get('contextualAliases', []))):
                warn(f'{stem}: alias {hit} of actor {a["id"]} in text but actor not annotated')
        for p in reg['places']:
            hit = [al for al in p['aliases'] if alias_hits(scan, al)]
            if hit and p['id'] not in P and not (set(hit) <= set(p.get('contextualAliases', []))):
                warn(f'{stem}: alias {hit} of place {p["id"]} in text but place not annotated')
        for a in A:
            if a in actors and not any(alias_hits(scan, al) for al in actors[a]['aliases']):
                warn(f'{stem}: actor {a} annotated without a literal registry alias (description/metonymy)')
        for p in P:
            if p in places and not any(alias_hits(scan, al) for al in places[p]['aliases']):
                warn(f'{stem}: place {p} annotated without a literal registry alias')

    for g in reg['globalIncidents']:
        if re.fullmatch(r'G52\d', g['id']):
            listed = set(g.get('articles', []))
            used = used_globals.get(g['id'], set())
            if listed != used: err(f'{g["id"]}: articles {sorted(listed)} but used in {sorted(used)}')
            if len(used) < 2: err(f'{g["id"]}: used by fewer than two articles')

    if not quiet:
        for w in warnings: print('WARN ', w)
    for e in errors: print('ERROR', e)
    print(f'{len(stems)} articles checked: {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Self-check for the dev-31 blind gold set (d31-01 ... d31-08).

Usage:  python3 validate.py [--base /work/shared/corpus/entities.json] [-q]

Checks (errors):
  * gold JSON shape (article / actors / places / incidents / statements) and enums
  * article.id == file stem, article.title == line 1 of the .txt, dates are ISO or null
  * every actor / place / perpetrator / speaker / about.actor id resolves in entities.json,
    and every id used in incidents / statements is also listed in the article's actors / places
  * about.incident resolves to a local incident key; keys are unique
  * killed / injured / children are non-negative ints or null; qualifier is null exactly
    when killed and injured are both null
  * evidence is verbatim in the body, outside the headline, the standfirst and the declared
    noise lines
  * entities.json is a pure extension of the base registry (same description, every base
    entry unchanged and in the same order, new ids unique, partOf resolves)
  * sameAs resolves to a global incident; the global's articles list matches the gold; kind,
    date and places of each local incident agree with its global; every new global (G580-G589)
    is reported by at least two articles
  * article length 230-340 words (whole file) and body length >= 230 words
Warnings (not errors): alias-based hints about actors/places that may be missing or listed
without a literal alias (descriptions such as "government drones" are legitimate mentions
that have no literal alias, so these are hints only).
"""
import json, os, re, sys, datetime, argparse

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = [f"d31-{i:02d}" for i in range(1, 9)]
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
NEW_GLOBAL_RE = re.compile(r"^G58\d$")

# Noise lines, declared per article (exact line text). Each one is also checked against the
# generic noise patterns below so that a declared line really is the kind of line the
# guidelines (or the README judgement calls) treat as noise.
NOISE = {
    "d31-01": ["By Nour Khalil",
               "A man searches rubble in Maarrat Misrin, Idlib province, Syria, October 15, 2024. Tidewater/Stringer",
               "(Reporting by Nour Khalil in Amman and Dmitri Volkov in Moscow; Editing by Helen Marsh)",
               "Related: Idlib braces for winter as strikes intensify"],
    "d31-02": ["By Lina Sabbagh", "Westbrook News, Beirut", "2 December 2024", "Share this with", "Email", "X",
               "WhatsApp", "Image caption: Rescuers search a damaged building in Idlib city on Sunday",
               "Related Topics", "Syrian civil war", "Russia", "Turkey"],
    "d31-03": ["Hannah Whitcombe in Antakya", "Tue 3 Dec 2024 09.14 GMT", "Explore more on these topics", "Syria",
               "Middle East and north Africa", "Russia"],
    "d31-04": ["By Clara Jensen", "18 October 2024", "Related: Idlib's hospitals brace for a winter without fuel",
               "Tags: Conflict | Health | Aid policy | Middle East"],
    "d31-05": ["By Rami Azar", "Staff Writer", "(With agency reporting)", "More from The Cedar Tribune:",
               "- Lebanon ceasefire holds for a third day", "- Aleppo residents flee west as fighting nears"],
    "d31-06": ["Zeitoun Post – Idlib desk", "27 November 2024", "Share", "Read also:",
               "- Olive harvest turns deadly as drones stalk Idlib's farmland",
               "- Who are the factions behind the new operation?", "Tags: Idlib, Aleppo, al-Atarib, Regime crimes"],
    "d31-07": ["Damascus, Barada Herald", "30 November 2024", "Read more: Army reinforcements arrive in Hama countryside"],
    "d31-08": ["Syrian Rights Documentation Collective | Press release", "Media contact: press@srdc.example.org"],
}
# Standfirst lines (scanned for actors/places only, like the Al Markaz standfirst).
STANDFIRST = {"d31-03": "Russian and Syrian jets have bombed Idlib city and towns seized by rebels, as Damascus scrambles to halt the insurgents’ advance"}

NOISE_PATTERNS = [
    r"^By [A-Z][\w .'-]+(,.*)?$",                         # byline
    r"^[A-Z][\w' ]+ in [A-Z][a-z]+$",                      # "Name in City" newspaper byline
    r"^(Westbrook News|Damascus, Barada Herald|Zeitoun Post – Idlib desk|Staff Writer)(, \w+)?$",  # byline / byline location
    r"^(Syrian Rights Documentation Collective \| Press release)$",   # release header (byline equivalent)
    r"^(\w{3} )?\d{1,2} (\w+|\w{3}) \d{4}( [\d.]+ GMT)?$",  # date-only line
    r"^(Share|Share this with|Email|Facebook|Twitter|X|WhatsApp|Advertisement)$",
    r"^(Related:|Read more:|Read also:|Also on |READ MORE|Related News|Related Topics|More from |Explore more on these topics).*$",
    r"^Tags: .*$",
    r"^Image caption: .*$", r"^Photo: .*$", r"^.* Tidewater/Stringer$",
    r"^\(.*\)$",                                            # credits in parentheses
    r"^Media contact: .*$", r"^SOURCE: .*$", r"^___$",
    r"^- .*$",                                              # list under Related/Read also/More from
]
# lines of a topic list under "Related Topics" / "Explore more on these topics"
TOPIC_LIST_HEADERS = ("Related Topics", "Explore more on these topics")


class Report:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return len(s) == 10
    except Exception:
        return False


def load_registry(rep, base_path):
    reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    for k in ("description", "actors", "places", "globalIncidents"):
        if k not in reg:
            rep.err("entities.json", f"missing top-level key {k}")
    if base_path and os.path.exists(base_path):
        base = json.load(open(base_path, encoding="utf-8"))
        if set(reg) != set(base):
            rep.err("entities.json", f"top-level keys differ from base: {sorted(set(reg) ^ set(base))}")
        if reg.get("description") != base.get("description"):
            rep.err("entities.json", "description changed")
        for part in ("actors", "places", "globalIncidents"):
            b, n = base.get(part, []), reg.get(part, [])
            if n[:len(b)] != b:
                for i, e in enumerate(b):
                    if i >= len(n) or n[i] != e:
                        rep.err("entities.json", f"{part}: base entry {e.get('id')} removed, moved or changed")
                        break
            for e in n[len(b):]:
                if part == "globalIncidents" and not NEW_GLOBAL_RE.match(e.get("id", "")):
                    rep.err("entities.json", f"new global id {e.get('id')} outside G580-G589")
    else:
        rep.warn("entities.json", f"base registry {base_path} not found; pure-extension check skipped")
    for part in ("actors", "places", "globalIncidents"):
        ids = [e.get("id") for e in reg.get(part, [])]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            rep.err("entities.json", f"duplicate {part} ids {sorted(dup)}")
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    globs = {g["id"]: g for g in reg["globalIncidents"]}
    for a in reg["actors"]:
        for k in ("id", "name", "kind", "partOf", "aliases"):
            if k not in a:
                rep.err("entities.json", f"actor {a.get('id')} lacks {k}")
        if a.get("partOf") is not None and a["partOf"] not in actors:
            rep.err("entities.json", f"actor {a['id']} partOf {a['partOf']} does not resolve")
        for c in a.get("contextualAliases", []):
            if c not in a.get("aliases", []):
                rep.err("entities.json", f"actor {a['id']} contextual alias {c!r} not in aliases")
    for p in reg["places"]:
        for k in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
            if k not in p:
                rep.err("entities.json", f"place {p.get('id')} lacks {k}")
        if not (-90 <= p.get("lat", 0) <= 90 and -180 <= p.get("lon", 0) <= 180):
            rep.err("entities.json", f"place {p['id']} bad coordinates")
    for g in reg["globalIncidents"]:
        for k in ("id", "label", "kind", "date", "places", "articles", "figures"):
            if k not in g:
                rep.err("entities.json", f"global {g.get('id')} lacks {k}")
        if g.get("kind") not in KINDS:
            rep.err("entities.json", f"global {g['id']} bad kind")
        for p in g.get("places", []):
            if p not in places:
                rep.err("entities.json", f"global {g['id']} place {p} does not resolve")
    return reg, actors, places, globs


def split_regions(aid, text, rep):
    """Return (headline, standfirst, body_lines:list[(lineno, text, is_noise)])."""
    lines = text.split("\n")
    headline = lines[0]
    if len(lines) < 3 or lines[1] != "":
        rep.err(aid, "line 2 must be blank")
    noise = set(NOISE.get(aid, []))
    sf = STANDFIRST.get(aid)
    out, in_topics = [], False
    found_noise = set()
    for i, l in enumerate(lines[1:], start=2):
        s = l.strip()
        if s == "":
            in_topics = False
            out.append((i, l, True))
            continue
        if sf is not None and s == sf:
            out.append((i, l, "standfirst"))
            continue
        is_noise = s in noise
        if is_noise:
            found_noise.add(s)
            ok = any(re.match(p, s) for p in NOISE_PATTERNS) or in_topics
            if not ok:
                rep.err(aid, f"declared noise line does not look like noise: {s!r}")
        if s in TOPIC_LIST_HEADERS:
            in_topics = True
        out.append((i, l, is_noise))
    for s in noise - found_noise:
        rep.err(aid, f"declared noise line not found in article: {s!r}")
    if sf is not None and not any(x[2] == "standfirst" for x in out):
        rep.err(aid, "declared standfirst not found")
    # undeclared lines that look like noise
    for i, l, isn in out:
        if isn is False and any(re.match(p, l.strip()) for p in NOISE_PATTERNS[4:]):
            rep.warn(aid, f"line {i} looks like noise but is not declared: {l.strip()!r}")
    return headline, sf, out


def body_text(out):
    return "\n".join(l for (_, l, isn) in out if isn is False)


def check_article(aid, reg, actors, places, globs, rep, gold_by_article):
    tpath, gpath = os.path.join(HERE, aid + ".txt"), os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        rep.err(aid, "missing .txt or .gold.json")
        return
    text = open(tpath, encoding="utf-8").read()
    gold = json.load(open(gpath, encoding="utf-8"))
    gold_by_article[aid] = gold
    headline, sf, regions = split_regions(aid, text, rep)
    body = body_text(regions)

    words_all = len(text.split())
    words_body = len(body.split())
    if not (230 <= words_all <= 340):
        rep.err(aid, f"article length {words_all} words outside 230-340")
    if words_body < 230:
        rep.err(aid, f"body (without headline, standfirst and noise) only {words_body} words")

    if list(gold.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        rep.err(aid, f"top-level keys {list(gold.keys())}")
    art = gold.get("article", {})
    if list(art.keys()) != ["id", "title", "outlet", "publishedAt", "url"]:
        rep.err(aid, f"article keys {list(art.keys())}")
    if art.get("id") != aid:
        rep.err(aid, "article.id != file stem")
    if art.get("title") != headline:
        rep.err(aid, "article.title != line 1")
    if art.get("publishedAt") is not None and not is_date(art["publishedAt"]):
        rep.err(aid, "publishedAt not ISO date or null")
    if not str(art.get("url", "")).startswith("https://example.org/"):
        rep.err(aid, "url must be a fake https://example.org/ address")
    outlet_ids = [a["id"] for a in reg["actors"] if a.get("name") == art.get("outlet") or art.get("outlet") in a.get("aliases", [])]
    if not outlet_ids:
        rep.err(aid, f"outlet {art.get('outlet')!r} not in registry")

    alist, plist = gold.get("actors", []), gold.get("places", [])
    for nm, lst, reg_ in (("actors", alist, actors), ("places", plist, places)):
        if len(lst) != len(set(lst)):
            rep.err(aid, f"duplicate ids in {nm}")
        for x in lst:
            if x not in reg_:
                rep.err(aid, f"{nm} id {x} does not resolve")

    keys = []
    for inc in gold.get("incidents", []):
        if list(inc.keys()) != ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]:
            rep.err(aid, f"incident keys {list(inc.keys())}")
        k = inc.get("key")
        keys.append(k)
        if inc.get("kind") not in KINDS:
            rep.err(aid, f"incident {k} bad kind")
        d = inc.get("date")
        if d is not None:
            if not is_date(d):
                rep.err(aid, f"incident {k} bad date")
            elif art.get("publishedAt") and d > art["publishedAt"]:
                rep.err(aid, f"incident {k} dated after publication")
        if not inc.get("places"):
            rep.err(aid, f"incident {k} has no places")
        for p in inc.get("places", []):
            if p not in places:
                rep.err(aid, f"incident {k} place {p} does not resolve")
            elif p not in plist:
                rep.err(aid, f"incident {k} place {p} not in article places")
        for p in inc.get("perpetratorAlleged", []):
            if p not in actors:
                rep.err(aid, f"incident {k} perpetrator {p} does not resolve")
            elif p not in alist:
                rep.err(aid, f"incident {k} perpetrator {p} not in article actors")
        sa = inc.get("sameAs")
        if sa is not None:
            g = globs.get(sa)
            if g is None:
                rep.err(aid, f"incident {k} sameAs {sa} does not resolve")
            else:
                if aid not in g["articles"]:
                    rep.err(aid, f"global {sa} does not list {aid}")
                if g["kind"] != inc.get("kind"):
                    rep.err(aid, f"incident {k} kind differs from {sa}")
                if g["date"] != inc.get("date"):
                    rep.err(aid, f"incident {k} date differs from {sa}")
                if sorted(g["places"]) != sorted(inc.get("places", [])):
                    rep.err(aid, f"incident {k} places differ from {sa}")
    if len(keys) != len(set(keys)):
        rep.err(aid, "duplicate incident keys")
    sames = [i.get("sameAs") for i in gold.get("incidents", []) if i.get("sameAs")]
    if len(sames) != len(set(sames)):
        rep.err(aid, "two incidents share one sameAs")

    for n, st in enumerate(gold.get("statements", []), 1):
        w = f"{aid} S{n}"
        if list(st.keys()) != ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]:
            rep.err(w, f"statement keys {list(st.keys())}")
        if st.get("speaker") not in actors:
            rep.err(w, f"speaker {st.get('speaker')} does not resolve")
        elif st["speaker"] not in alist:
            rep.err(w, f"speaker {st['speaker']} not in article actors")
        if st.get("stance") not in STANCES:
            rep.err(w, f"bad stance {st.get('stance')}")
        ab = st.get("about", {})
        if list(ab.keys()) != ["incident", "actor"]:
            rep.err(w, "about must have incident and actor")
        if ab.get("incident") is not None and ab["incident"] not in keys:
            rep.err(w, f"about.incident {ab['incident']} not a local key")
        if ab.get("actor") is not None:
            if ab["actor"] not in actors:
                rep.err(w, f"about.actor {ab['actor']} does not resolve")
            elif ab["actor"] not in alist:
                rep.err(w, f"about.actor {ab['actor']} not in article actors")
        for f in ("killed", "injured", "children"):
            v = st.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                rep.err(w, f"{f} must be a non-negative int or null")
        q = st.get("qualifier")
        if q is not None and q not in QUALS:
            rep.err(w, f"bad qualifier {q}")
        has_fig = st.get("killed") is not None or st.get("injured") is not None
        if has_fig and q is None:
            rep.err(w, "figures without qualifier")
        if not has_fig and q is not None:
            rep.err(w, "qualifier without killed/injured")
        if st.get("children") is not None and st.get("killed") is not None and st["children"] > st["killed"]:
            rep.err(w, "children > killed")
        ev = st.get("evidence", "")
        if not ev:
            rep.err(w, "empty evidence")
        elif ev not in body:
            where = "headline" if ev in headline else ("standfirst" if sf and ev in sf else ("a noise line" if ev in text else "nowhere"))
            rep.err(w, f"evidence not verbatim in body (found in {where}): {ev[:60]!r}")
        elif "\n" in ev:
            rep.err(w, "evidence spans lines")

    # alias-based hints
    scan = "\n".join([headline] + ([sf] if sf else []) + [body])
    def present(alias):
        return re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", scan) is not None
    for x in alist:
        a = actors.get(x)
        if a and not any(present(al) for al in a.get("aliases", []) + [a.get("name", "")]):
            rep.warn(aid, f"actor {x} listed but no literal alias found (description/coreference?)")
    for x in plist:
        p = places.get(x)
        if p and not any(present(al) for al in p.get("aliases", []) + [p.get("name", "")]):
            rep.warn(aid, f"place {x} listed but no literal alias found")
    for a in reg["actors"]:
        if a["id"] in alist:
            continue
        firm = [al for al in a.get("aliases", []) if al not in a.get("contextualAliases", [])]
        hit = [al for al in firm if present(al)]
        if hit:
            rep.warn(aid, f"actor {a['id']} not listed but alias {hit[0]!r} occurs")
    for p in reg["places"]:
        if p["id"] in plist:
            continue
        firm = [al for al in p.get("aliases", []) if al not in p.get("contextualAliases", [])]
        hit = [al for al in firm if present(al)]
        if hit:
            rep.warn(aid, f"place {p['id']} not listed but alias {hit[0]!r} occurs")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="/work/shared/corpus/entities.json")
    ap.add_argument("-q", action="store_true", help="hide warnings")
    args = ap.parse_args()
    rep = Report()
    reg, actors, places, globs = load_registry(rep, args.base)
    gold_by_article = {}
    for aid in ARTICLES:
        check_article(aid, reg, actors, places, globs, rep, gold_by_article)
    # global consistency
    for gid, g in globs.items():
        if not NEW_GLOBAL_RE.match(gid):
            continue
        users = sorted(a for a, gd in gold_by_article.items() if any(i.get("sameAs") == gid for i in gd["incidents"]))
        if len(users) < 2:
            rep.err(gid, f"reported by {len(users)} article(s); a global needs at least two")
        if sorted(g["articles"]) != users:
            rep.err(gid, f"articles {sorted(g['articles'])} != gold users {users}")
    n_st = sum(len(g["statements"]) for g in gold_by_article.values())
    n_inc = sum(len(g["incidents"]) for g in gold_by_article.values())
    n_glob = len([g for g in globs if NEW_GLOBAL_RE.match(g)])
    if not args.q:
        for w in rep.warnings:
            print(w)
    for e in rep.errors:
        print(e)
    print(f"articles={len(gold_by_article)} incidents={n_inc} statements={n_st} new_globals={n_glob} "
          f"warnings={len(rep.warnings)} errors={len(rep.errors)}")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

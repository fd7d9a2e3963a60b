#!/usr/bin/env python3
"""Self-check for the heldout-39 gold set.

Errors (counted): JSON shape, enum values, ids resolving against ./entities.json, registry is a pure
extension of the shared registry, evidence occurring verbatim in the article body outside noise lines,
incident keys / sameAs resolving, global incidents consistent with the articles that cite them,
body length 200-350 words.
Warnings (not counted, for human review): registry aliases found in headline/body text whose entity
is not listed, and listed entities with no literal alias in the text (allowed: descriptions, metonymy).
Usage: python3 validate.py [--quiet]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/corpus/entities.json"
ARTICLES = [f"h39-0{i}" for i in range(1, 9)]

# Noise lines per article (exact line text), per the corpus guidelines: bylines and byline locations,
# date-only lines, Share lines, Related/Read more lines and the lists under them, photo captions,
# credits in parentheses, sign-off initials, tag lines.
NOISE = {
  "h39-01": ["By Samira Khoury",
             "A member of the Syria Civil Defence inspects damage at a water station on the outskirts of Idlib, Syria, November 17, 2021. Orion/Khalil Ashour",
             "(Reporting by Samira Khoury; Additional reporting by Khalil Ashour in Idlib; Editing by Daniel Marsh)",
             "Related: Turkey sends reinforcements to Idlib as truce frays"],
  "h39-02": ["03.12.2021", "dh/kb (Orion, ALP)", "Share: Facebook Twitter Email",
             "Related Topics: Syria, Idlib, al-Qaeda, Terrorism"],
  "h39-03": ["Hannah Greaves in Antakya", "Mon 19 Jul 2021 17.42 BST",
             "Civil defence workers search the rubble of a house in Iblin, Idlib province. Photograph: Karam Darwish/ALP",
             "Related: Syria's last rebel stronghold braces for a new offensive"],
  "h39-04": ["By Nour Sabbagh", "22 November 2021", "Share this article",
             "Photo: A boy fills jerrycans from a water truck in Idlib city, 20 November 2021.",
             "Read more:", "Idlib's hospitals brace for a cholera season",
             "In north-west Syria, winter arrives in the camps first", "Tags: Conflict, Water, Health"],
  "h39-05": ["Rania Saleh", "Jul 09, 2022", "Read more:",
             "UN warns of hunger in Syria's north-west as aid funding dries up",
             "Syrian refugees in Lebanon fear forced returns"],
  "h39-06": ["Sham Dispatch – Idlib", "20/07/2021", "Share", "Related:",
             "Iblin residents bury their dead amid fears of a ground offensive",
             "Civil Defence: 40 attacks on Jabal al-Zawiya in one week",
             "Tags: Idlib, Jabal al-Zawiya, Civil Defence, Russia"],
  "h39-07": ["18 November 2021", "Lina Hamdan / Mazen Khoury",
             "Read more: Terrorists' drone shot down over Jableh countryside"],
  "h39-08": ["Cedar Standard staff", "Related: Lebanon's Syrian refugees brace for a harsh winter"],
}

KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
STANCES = {"CLAIM", "DENIAL", "CONFIRMATION", "ACCUSATION", "CRITICISM", "CALL"}
QUALS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
errors, warnings = [], []

def err(m): errors.append(m)
def warn(m): warnings.append(m)

def is_date(s):
    try:
        datetime.date.fromisoformat(s); return True
    except Exception:
        return False

# ---------- registry ----------
reg = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
shared = json.load(open(SHARED, encoding="utf-8"))
for part in ("actors", "places", "globalIncidents"):
    if part not in reg or not isinstance(reg[part], list):
        err(f"registry: missing list {part}"); continue
    mine = {e["id"]: e for e in reg[part]}
    if len(mine) != len(reg[part]):
        err(f"registry: duplicate ids in {part}")
    for e in shared[part]:
        if e["id"] not in mine:
            err(f"registry: shared {part} id {e['id']} removed")
        elif mine[e["id"]] != e:
            err(f"registry: shared {part} entry {e['id']} modified")
actors = {a["id"]: a for a in reg["actors"]}
places = {p["id"]: p for p in reg["places"]}
globs = {g["id"]: g for g in reg["globalIncidents"]}
for a in reg["actors"]:
    for k in ("id", "name", "kind", "partOf", "aliases"):
        if k not in a: err(f"registry actor {a.get('id')}: missing {k}")
    if a.get("partOf") and a["partOf"] not in actors:
        err(f"registry actor {a['id']}: partOf {a['partOf']} unknown")
for p in reg["places"]:
    for k in ("id", "name", "kind", "province", "country", "lat", "lon", "aliases"):
        if k not in p: err(f"registry place {p.get('id')}: missing {k}")
shared_g = {g["id"] for g in shared["globalIncidents"]}
for g in reg["globalIncidents"]:
    if g["id"] in shared_g: continue
    if not re.fullmatch(r"G54\d", g["id"]): err(f"global {g['id']}: outside G540-G549")
    if g.get("kind") not in KINDS: err(f"global {g['id']}: bad kind")
    if not is_date(g.get("date") or ""): err(f"global {g['id']}: bad date")
    for p in g.get("places", []):
        if p not in places: err(f"global {g['id']}: unknown place {p}")

def outlet_actor(name):
    for a in reg["actors"]:
        if a["name"] == name or name in a["aliases"]:
            return a
    return None

# ---------- articles ----------
cited = {}  # global id -> set of articles
for aid in ARTICLES:
    txt_path = os.path.join(HERE, aid + ".txt"); gold_path = os.path.join(HERE, aid + ".gold.json")
    if not os.path.exists(txt_path) or not os.path.exists(gold_path):
        err(f"{aid}: missing file"); continue
    text = open(txt_path, encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "":
        err(f"{aid}: line 2 must be blank")
    headline = lines[0]
    noise = NOISE[aid]
    for n in noise:
        if n not in lines: err(f"{aid}: declared noise line not found: {n!r}")
    body_lines = lines[2:]
    clean_lines = [l for l in body_lines if l not in noise]
    clean_body = "\n".join(clean_lines)
    nwords = len("\n".join(body_lines).split()); ncw = len(clean_body.split())
    if not 200 <= nwords <= 350: err(f"{aid}: body has {nwords} words (want 200-350)")
    if ncw < 180: warn(f"{aid}: only {ncw} words outside noise")

    g = json.load(open(gold_path, encoding="utf-8"))
    if list(g.keys()) != ["article", "actors", "places", "incidents", "statements"]:
        err(f"{aid}: top-level keys {list(g.keys())}")
    art = g.get("article", {})
    if list(art.keys()) != ["id", "title", "outlet", "publishedAt", "url"]:
        err(f"{aid}: article keys {list(art.keys())}")
    if art.get("id") != aid: err(f"{aid}: article.id {art.get('id')}")
    if art.get("title") != headline: err(f"{aid}: title differs from line 1")
    oa = outlet_actor(art.get("outlet", ""))
    if not oa or not oa.get("fictional"): err(f"{aid}: outlet {art.get('outlet')!r} not a fictional registry outlet")
    pub = art.get("publishedAt")
    if pub is not None and not is_date(pub): err(f"{aid}: bad publishedAt {pub}")
    if not str(art.get("url", "")).startswith("https://example.org/"): err(f"{aid}: url not example.org")

    A = g.get("actors", []); P = g.get("places", [])
    if len(set(A)) != len(A): err(f"{aid}: duplicate actors")
    if len(set(P)) != len(P): err(f"{aid}: duplicate places")
    for x in A:
        if x not in actors: err(f"{aid}: unknown actor {x}")
    for x in P:
        if x not in places: err(f"{aid}: unknown place {x}")

    keys = set()
    for inc in g.get("incidents", []):
        if list(inc.keys()) != ["key", "kind", "date", "places", "perpetratorAlleged", "sameAs"]:
            err(f"{aid}: incident keys {list(inc.keys())}")
        k = inc.get("key")
        if k in keys: err(f"{aid}: duplicate incident key {k}")
        keys.add(k)
        if inc.get("kind") not in KINDS: err(f"{aid}/{k}: bad kind")
        d = inc.get("date")
        if d is not None and not is_date(d): err(f"{aid}/{k}: bad date {d}")
        if d and pub and d > pub: err(f"{aid}/{k}: date after publication")
        if not inc.get("places"): err(f"{aid}/{k}: no places")
        for p in inc.get("places", []):
            if p not in P: err(f"{aid}/{k}: place {p} not in article places")
        for p in inc.get("perpetratorAlleged", []):
            if p not in A: err(f"{aid}/{k}: perpetrator {p} not in article actors")
        s = inc.get("sameAs")
        if s is not None:
            if s not in globs: err(f"{aid}/{k}: sameAs {s} unknown"); continue
            gg = globs[s]
            cited.setdefault(s, set()).add(aid)
            if aid not in gg.get("articles", []): err(f"{aid}/{k}: {s} does not list this article")
            if gg["date"] != d: err(f"{aid}/{k}: date {d} != {s} date {gg['date']}")
            if gg["kind"] != inc.get("kind"): err(f"{aid}/{k}: kind differs from {s}")
            if set(gg["places"]) != set(inc.get("places", [])): err(f"{aid}/{k}: places differ from {s}")

    for i, st in enumerate(g.get("statements", []), 1):
        tag = f"{aid}/S{i}"
        if list(st.keys()) != ["speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"]:
            err(f"{tag}: keys {list(st.keys())}")
        if st.get("speaker") not in A: err(f"{tag}: speaker {st.get('speaker')} not in actors")
        if st.get("stance") not in STANCES: err(f"{tag}: bad stance {st.get('stance')}")
        ab = st.get("about", {})
        if list(ab.keys()) != ["incident", "actor"]: err(f"{tag}: about keys")
        if ab.get("incident") is not None and ab.get("incident") not in keys: err(f"{tag}: incident {ab.get('incident')} unresolved")
        if ab.get("actor") is not None and ab.get("actor") not in A: err(f"{tag}: about.actor {ab.get('actor')} not in actors")
        for f in ("killed", "injured", "children"):
            v = st.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0): err(f"{tag}: bad {f} {v}")
        q = st.get("qualifier")
        if q is not None and q not in QUALS: err(f"{tag}: bad qualifier {q}")
        has_fig = st.get("killed") is not None or st.get("injured") is not None
        if has_fig != (q is not None): err(f"{tag}: qualifier must be set iff killed/injured given")
        ev = st.get("evidence", "")
        if not ev: err(f"{tag}: empty evidence")
        elif ev not in clean_body:
            where = "only in noise/headline" if ev in text else "not found verbatim"
            err(f"{tag}: evidence {where}: {ev[:70]!r}")
        elif "\n" in ev: err(f"{tag}: evidence spans lines")

    # ---- warnings: literal alias scan over headline + clean body ----
    scan = headline + "\n" + clean_body
    def found(alias):
        return re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", scan) is not None
    for coll, listed, label in ((reg["actors"], A, "actor"), (reg["places"], P, "place")):
        for e in coll:
            ctx = set(e.get("contextualAliases", []))
            hits = [al for al in e["aliases"] if al not in ctx and len(al) > 2 and found(al)]
            if hits and e["id"] not in listed:
                warn(f"{aid}: {label} {e['id']} not listed but alias in text: {hits}")
            if e["id"] in listed and not [al for al in e["aliases"] if found(al)]:
                warn(f"{aid}: {label} {e['id']} listed without a literal alias (description/metonymy?)")

for gid, gg in globs.items():
    if gid in shared_g: continue
    if set(gg.get("articles", [])) != cited.get(gid, set()):
        err(f"global {gid}: articles {gg.get('articles')} vs cited by {sorted(cited.get(gid, []))}")
    if len(cited.get(gid, ())) < 2: err(f"global {gid}: cited by fewer than two articles")

if "--quiet" not in sys.argv:
    for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)

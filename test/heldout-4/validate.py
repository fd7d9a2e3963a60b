#!/usr/bin/env python3
"""Self-check for the synthetic held-out set heldout-4 (h4-01 .. h4-08).

Run:  python3 validate.py            (errors + unacknowledged warnings)
      python3 validate.py -v         (also prints the noise/standfirst split and word counts)

ERRORS are violations of the corpus format or of the annotation guidelines that can be checked
mechanically. WARNINGS come from a heuristic alias scan (registry alias found in non-noise text
but the id is not listed, or a listed id with no literal alias in the text). Every warning that
is a deliberate decision is acknowledged in ACK below with the reason; unacknowledged warnings
are printed. The script exits 1 if there are errors.
"""
import json
import re
import sys
import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = [f"h4-{i:02d}" for i in range(1, 9)]
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALIFIERS = {"AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
WORDS_MIN, WORDS_MAX = 200, 450

# Line index (0-based) of a standfirst, where the article style has one (Al Markaz style).
STANDFIRST = {"h4-02": 2}

# Noise lines (guidelines, "Text regions"), plus the noise types this set adds:
# update/correction notes, translation notes, subscribe/follow prompts, interview editing notes,
# "The Long Read" section label, Turkish "Reklam" (advertisement), report download links.
NOISE_PATTERNS = [
    r"^By [A-Z]", r"^by [A-Z]", r"^Words by ", r"^Haber Merkezi", r"^Associated Newswire$",
    r"^Northwest Syria Brief \|", r"^Relief Report \| Interview$", r"^The Long Read$",
    r"^\d{1,2} [A-Z][a-z]{2,8} \d{4}$",                       # date-only line
    r"^\d{2}\.\d{2}\.\d{4} - \d{2}:\d{2}",                     # Turkish timestamp line
    r"^UPDATED:", r"^[A-Z][a-z]+day, \d{2} [A-Z][a-z]+ \d{4} \d", # timestamps
    r"^Share", r"^Advertisement$", r"^Reklam$",
    r"^Related", r"^Read more", r"^Read the full report", r"^READ MORE",
    r"^Photo:", r"^Image:", r"Meridian Wire/Stringer$",
    r"^\(Reporting by ", r"^___$", r"^Associated Newswire writer ", r"^This story has been updated",
    r"^SOURCE:", r"^\[This news item was translated", r"^Subscribe ", r"^Follow Persis TV",
    r"^This interview has been edited",
]
NOISE_RE = [re.compile(p) for p in NOISE_PATTERNS]
# Lines directly under "Related News" that start with "- " belong to that list.

# Acknowledged heuristic warnings: (article, kind, id) -> reason.
ACK = {
    # --- alias found in the text, id deliberately not listed ---
    ("h4-03", "actor-unlisted", "syria"): "'Syria' only inside the name 'Syria Civil Defence'.",
    ("h4-04", "actor-unlisted", "russia"): "'Russia' only inside the russian-mod alias \"Russia's defence ministry\".",
    ("h4-05", "actor-unlisted", "snhr"): "\"the group said\" refers to the Syria Civil Defense (contextual alias).",
    ("h4-05", "actor-unlisted", "un"): "'U.N.' only inside the OCHA alias \"The U.N. humanitarian office\".",
    ("h4-06", "actor-unlisted", "un"): "'UN' only inside \"the UN Security Council\".",
    ("h4-06", "actor-unlisted", "syrian-civil-defence"): "\"the group\" refers to SNHR here (contextual alias).",
    ("h4-06", "actor-unlisted", "hrw"): "\"The report\" refers to the SNHR report (contextual alias).",
    ("h4-07", "actor-unlisted", "turkish-foreign-ministry"): "'Foreign Ministry' only inside \"Iran's Foreign Ministry\" / \"Syria's Foreign Ministry\".",
    ("h4-07", "actor-unlisted", "un"): "'UN' only inside \"the UN Secretary-General\" (body) and the Related line (noise).",
    ("h4-06", "place-unlisted", "idlib-province"): "'Idlib' only inside \"Idlib city\".",
    ("h4-07", "place-unlisted", "latakia-city"): "'Latakia' only inside \"Latakia province\".",
    ("h4-01", "place-unlisted", "moscow"): "\"Moscow blamed\" / \"called on Moscow\" are metonymic -> actor russia (Moscow in the credits is noise).",
    ("h4-02", "place-unlisted", "moscow"): "standfirst \"Damascus and Moscow reject\" is metonymic -> actor russia.",
    ("h4-02", "place-unlisted", "washington"): "\"said Washington 'deplores'\" is metonymic -> actor usa.",
    ("h4-07", "place-unlisted", "washington"): "\"Washington's fake war\" / \"Washington's allies\" are metonymic -> actor usa.",
    ("h4-07", "place-unlisted", "moscow"): "\"Moscow and Tehran have pledged\" is metonymic -> actor russia.",
    ("h4-07", "place-unlisted", "tehran"): "\"Moscow and Tehran have pledged\" is metonymic -> actor iran.",
    ("h4-07", "place-unlisted", "damascus"): "\"stand by Damascus\" is metonymic -> actor syria.",
    ("h4-03", "place-unlisted", "moscow"): "\"raised with Moscow\" is metonymic -> actor russia.",
    ("h4-08", "place-unlisted", "damascus"): "\"Damascus says\" is metonymic -> actor syria.",
    # --- listed ids whose mention is not a literal registry alias ---
    ("h4-01", "actor-no-alias", "russian-military"): "\"It said the jets were Russian\": predicative nationality adjective denoting forces.",
    ("h4-02", "actor-no-alias", "russian-foreign-ministry"): "bullet \"Russia: Its foreign ministry spokeswoman\": label plus possessive resolved to Russia's foreign ministry.",
}


def load_json(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False


def split_regions(aid, text):
    """Return (headline, standfirst, body_lines, noise_lines) where body_lines is a list of
    (line_no, line) for non-empty, non-noise body lines."""
    lines = text.split("\n")
    headline = lines[0]
    sf_idx = STANDFIRST.get(aid)
    standfirst = lines[sf_idx] if sf_idx is not None else ""
    body, noise = [], []
    in_related_list = False
    for i, line in enumerate(lines[1:], start=1):
        s = line.strip()
        if not s:
            in_related_list = False
            continue
        if i == sf_idx:
            continue
        if in_related_list and s.startswith("- "):
            noise.append((i, line))
            continue
        if any(r.search(s) for r in NOISE_RE):
            noise.append((i, line))
            if s.startswith("Related"):
                in_related_list = True
            continue
        in_related_list = False
        body.append((i, line))
    return headline, standfirst, body, noise


def alias_in(alias, text):
    # case-sensitive, word-boundary match; aliases starting with lower case also match sentence-initial capital
    pats = [alias]
    if alias[:1].islower():
        pats.append(alias[:1].upper() + alias[1:])
    for a in pats:
        if re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", text):
            return True
    return False


def main():
    verbose = "-v" in sys.argv
    errors, warnings = [], []
    reg = load_json(HERE / "entities.json")
    actors = {a["id"]: a for a in reg["actors"]}
    places = {p["id"]: p for p in reg["places"]}
    globs = {g["id"]: g for g in reg["globalIncidents"]}

    # registry sanity
    for coll, name in ((reg["actors"], "actor"), (reg["places"], "place"), (reg["globalIncidents"], "global")):
        ids = [x["id"] for x in coll]
        if len(ids) != len(set(ids)):
            errors.append(f"registry: duplicate {name} ids")
    for a in reg["actors"]:
        if a.get("partOf") and a["partOf"] not in actors:
            errors.append(f"registry: actor {a['id']} partOf unknown {a['partOf']}")
    for p in reg["places"]:
        if p.get("addedFor") == "heldout-4":
            if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
                errors.append(f"registry: place {p['id']} lacks coordinates")
            if p.get("parent") is not None and p["parent"] not in places:
                errors.append(f"registry: place {p['id']} parent unknown {p['parent']}")
    try:
        orig = load_json(HERE.parent.parent.parent / "shared" / "corpus" / "entities.json")
    except Exception:
        orig = None
    if orig:
        for key in ("actors", "places", "globalIncidents"):
            new = {x["id"] for x in reg[key]}
            for x in orig[key]:
                if x["id"] not in new:
                    errors.append(f"registry: original {key} id {x['id']} missing")
    for gid, g in globs.items():
        if g.get("addedFor") != "heldout-4":
            continue
        if not re.fullmatch(r"G2\d", gid):
            errors.append(f"registry: new global id {gid} outside G20..G29")
        for pid in g["places"]:
            if pid not in places:
                errors.append(f"registry: {gid} place {pid} unknown")

    sameas_seen = {}
    used_ack = set()
    total = {"incidents": 0, "statements": 0, "figures": 0}
    for aid in ARTICLES:
        tp, gp = HERE / f"{aid}.txt", HERE / f"{aid}.gold.json"
        if not tp.exists() or not gp.exists():
            errors.append(f"{aid}: missing file")
            continue
        text = tp.read_text(encoding="utf-8")
        gold = load_json(gp)
        E = lambda m: errors.append(f"{aid}: {m}")
        W = lambda kind, id_, m: (used_ack.add((aid, kind, id_)) if (aid, kind, id_) in ACK else warnings.append(f"{aid}: [{kind}] {id_}: {m}"))

        lines = text.split("\n")
        if len(lines) < 3 or lines[1].strip() != "":
            E("line 2 must be blank (headline, blank line, body)")
        headline, standfirst, body, noise = split_regions(aid, text)
        body_text = "\n".join(l for _, l in body)
        scan_text = headline + "\n" + standfirst + "\n" + body_text
        nwords = len(re.findall(r"\S+", body_text))
        if not (WORDS_MIN <= nwords <= WORDS_MAX):
            E(f"body word count {nwords} outside {WORDS_MIN}-{WORDS_MAX}")
        if verbose:
            print(f"== {aid}: body words {nwords}")
            if standfirst:
                print(f"   standfirst: {standfirst}")
            for i, l in noise:
                print(f"   noise L{i+1}: {l}")

        # shape
        if set(gold) != {"article", "actors", "places", "incidents", "statements"}:
            E(f"top-level keys {sorted(gold)}")
            continue
        art = gold["article"]
        if set(art) != {"id", "title", "outlet", "publishedAt", "url"}:
            E(f"article keys {sorted(art)}")
        if art.get("id") != aid:
            E("article.id != file stem")
        if art.get("title") != headline:
            E("article.title != line 1")
        if not str(art.get("url", "")).startswith("https://example.org/"):
            E("url must be https://example.org/...")
        pub = art.get("publishedAt")
        if pub is not None and not is_date(pub):
            E(f"publishedAt {pub!r} not ISO date")
        outlet_ids = [a["id"] for a in reg["actors"] if a.get("kind") == "news-agency" and (a["name"] == art.get("outlet") or art.get("outlet") in a["aliases"])]
        if not outlet_ids:
            E(f"outlet {art.get('outlet')!r} not a registry news-agency")

        A, P = gold["actors"], gold["places"]
        for lst, reg_, nm in ((A, actors, "actor"), (P, places, "place")):
            if len(lst) != len(set(lst)):
                E(f"duplicate {nm} ids")
            for x in lst:
                if x not in reg_:
                    E(f"{nm} {x} not in registry")

        # heuristic mention scan
        for x in A:
            if x in actors and not any(alias_in(al, scan_text) for al in actors[x]["aliases"] + [actors[x]["name"]]):
                W("actor-no-alias", x, "listed but no literal registry alias in headline/standfirst/body")
        for aid2, a in actors.items():
            if aid2 not in A and any(alias_in(al, scan_text) for al in a["aliases"]):
                hit = [al for al in a["aliases"] if alias_in(al, scan_text)]
                W("actor-unlisted", aid2, f"alias {hit} found in text but id not listed")
        for pid, p in places.items():
            hit = [al for al in p["aliases"] if alias_in(al, scan_text)]
            if pid not in P and hit:
                W("place-unlisted", pid, f"alias {hit} found in text but id not listed")
            if pid in P and not hit:
                W("place-no-alias", pid, "listed but no literal alias found")

        # incidents
        keys = set()
        for inc in gold["incidents"]:
            total["incidents"] += 1
            if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}:
                E(f"incident keys {sorted(inc)}")
                continue
            k = inc["key"]
            if k in keys:
                E(f"duplicate incident key {k}")
            keys.add(k)
            if inc["kind"] not in KINDS:
                E(f"incident {k} kind {inc['kind']}")
            d = inc["date"]
            if d is not None:
                if not is_date(d):
                    E(f"incident {k} date {d!r}")
                elif pub and d > pub:
                    E(f"incident {k} date {d} after publication {pub}")
                elif pub is None:
                    dt = datetime.date.fromisoformat(d)
                    absolute = [f"{dt.day} {dt.strftime('%B')} {dt.year}", f"{dt.strftime('%B')} {dt.day}, {dt.year}"]
                    if not any(s in body_text for s in absolute):
                        E(f"incident {k}: publishedAt is null but date {d} is not given as an absolute date in the body")
            if not inc["places"]:
                E(f"incident {k} has no places")
            for pid in inc["places"]:
                if pid not in P:
                    E(f"incident {k} place {pid} not in article places")
            for x in inc["perpetratorAlleged"]:
                if x not in A:
                    E(f"incident {k} perpetrator {x} not in article actors")
            g = inc["sameAs"]
            if g is not None:
                if g not in globs:
                    E(f"incident {k} sameAs {g} not in registry")
                else:
                    G = globs[g]
                    if G["date"] != d:
                        E(f"incident {k} sameAs {g}: date {d} != global {G['date']}")
                    if set(G["places"]) != set(inc["places"]):
                        E(f"incident {k} sameAs {g}: places {inc['places']} != global {G['places']}")
                    if G["kind"] != inc["kind"]:
                        E(f"incident {k} sameAs {g}: kind {inc['kind']} != global {G['kind']}")
                    if aid not in G["articles"]:
                        E(f"incident {k} sameAs {g}: article not in the global's articles list")
                    sameas_seen.setdefault(g, []).append(aid)
        # statements
        for n, st in enumerate(gold["statements"], 1):
            total["statements"] += 1
            allowed = {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence", "cue"}
            if not set(st) <= allowed or not {"speaker", "stance", "about", "killed", "injured", "children", "qualifier"} <= set(st):
                E(f"statement {n} keys {sorted(st)}")
                continue
            if "evidence" not in st and "cue" not in st:
                E(f"statement {n} has neither evidence nor cue")
            if st["speaker"] not in A:
                E(f"statement {n} speaker {st['speaker']} not in actors")
            if st["stance"] not in STANCES:
                E(f"statement {n} stance {st['stance']}")
            ab = st["about"]
            if not isinstance(ab, dict) or set(ab) != {"incident", "actor"}:
                E(f"statement {n} about shape")
            else:
                if ab["incident"] is not None and ab["incident"] not in keys:
                    E(f"statement {n} about.incident {ab['incident']} unknown")
                if ab["actor"] is not None and ab["actor"] not in A:
                    E(f"statement {n} about.actor {ab['actor']} not in actors")
            for f in ("killed", "injured", "children"):
                v = st[f]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    E(f"statement {n} {f}={v!r}")
            if any(st[f] is not None for f in ("killed", "injured", "children")):
                total["figures"] += 1
            q = st["qualifier"]
            has_fig = st["killed"] is not None or st["injured"] is not None
            if has_fig and q not in QUALIFIERS:
                E(f"statement {n} has killed/injured but qualifier {q!r}")
            if not has_fig and q is not None:
                E(f"statement {n} qualifier {q!r} without killed/injured")
            if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]:
                E(f"statement {n} children > killed")
            ev = st.get("evidence")
            if ev is not None:
                if ev not in text:
                    E(f"statement {n} evidence not a substring of the article: {ev[:70]!r}")
                elif ev not in body_text:
                    E(f"statement {n} evidence not inside body (headline/standfirst/noise?): {ev[:70]!r}")
                elif not any(ev in l for _, l in body):
                    E(f"statement {n} evidence spans lines")
        if not gold["statements"]:
            E("no statements")

    for gid, g in globs.items():
        if g.get("addedFor") != "heldout-4":
            continue
        seen = sorted(sameas_seen.get(gid, []))
        if seen != sorted(g["articles"]):
            errors.append(f"registry: {gid} articles {g['articles']} != articles using it {seen}")
        if len(seen) < 2:
            errors.append(f"registry: {gid} used by fewer than 2 articles")

    for k in ACK:
        if k not in used_ack:
            warnings.append(f"{k[0]}: stale ACK entry {k[1]} {k[2]} (no longer triggered)")
    print(f"articles: {len(ARTICLES)}; incidents: {total['incidents']}; statements: {total['statements']}; statements with figures: {total['figures']}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} unacknowledged warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

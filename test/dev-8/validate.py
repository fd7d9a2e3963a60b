#!/usr/bin/env python3
"""Self-check for the heldout-8 set. Run: python3 validate.py  (from any directory).
Errors make the exit status 1; warnings are informational."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
STANCES = {"CLAIM", "DENIAL", "ACCUSATION", "CRITICISM", "CALL", "CONFIRMATION"}
KINDS = {"AIRSTRIKE", "SHELLING", "OTHER"}
QUALS = {None, "AT_LEAST", "MORE_THAN", "ABOUT", "EXACT"}
# Noise lines (ignored completely) and standfirst lines (actors/places only), per article, by exact content.
NOISE = {
 "h8-01": ["By Rami Saadeh", "Photo: Men carry a wounded boy away from the market in Sarmin. Meridian Wire/Stringer",
           "(Reporting by Rami Saadeh; Editing by Helen Marsh)", "Related:", "Turkey, Russia trade blame over Idlib ceasefire breaches"],
 "h8-02": ["Department Press Briefing", "Karen Whitford, Deputy Spokesperson", "Washington, D.C.", "2:14 p.m. EST",
           "(The briefing concluded at 2:51 p.m.)"],
 "h8-03": ["Al-Fath News Agency | Translated from Arabic", "Photo: Smoke rises over Kafr Nabl after the shelling (Al-Fath)",
           "Al-Fath News Agency", "#Idlib #Jabal_al_Zawiya"],
 "h8-04": ["Zagros Post", "18/10/2022 - 17:40", "Photo: The burnt-out car near Deir Jamal (Zagros Post)", "Share:", "Facebook | Twitter | Telegram"],
 "h8-05": ["Hope for Children International", "Press release | 4 December 2022", "ENDS",
           "Notes to editors: Spokespeople are available in Gaziantep and Amman. Contact: media@example.org"],
 "h8-06": ["Orontes Institute for Conflict Studies | Weekly Digest No. 49", "Compiled by the Levant desk", "Subscribe | Archive | Methodology"],
 "h8-07": ["By Yusra Haddad", "Published On 8 Dec 2022", "Advertisement", "Read more:", "Winter arrives early in Idlib's tent cities"],
 "h8-08": ["By MONA KHATIB", "Associated Newswire", "___", "Associated Newswire writer Deniz Aydin in Istanbul contributed to this report."],
}
STANDFIRST = {
 "h8-06": ["Summary: A deadly week for civilians in the Idlib de-escalation zone, with a school and a displacement camp hit within 24 hours and renewed Russian air activity over Jisr al-Shughour."],
 "h8-07": ["Residents of al-Amal camp near Kafr Takharim say the night of shelling has shattered what little safety they had."],
}
errors, warnings = [], []
def err(a, m): errors.append(f"{a}: {m}")
def warn(a, m): warnings.append(f"{a}: {m}")

E = json.load(open("entities.json"))
orig = json.load(open("/work/shared/corpus/entities.json")) if os.path.exists("/work/shared/corpus/entities.json") else None
AID = {a["id"]: a for a in E["actors"]}; PID = {p["id"]: p for p in E["places"]}
GID = {g["id"]: g for g in E["globalIncidents"]}
for a in E["actors"]:
    if a.get("partOf") and a["partOf"] not in AID: err("entities", f"actor {a['id']} partOf unknown {a['partOf']}")
for p in E["places"]:
    if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)): err("entities", f"place {p['id']} lacks coordinates")
    if p.get("parent") and p["parent"] not in PID: err("entities", f"place {p['id']} parent unknown {p['parent']}")
if orig:
    for part in ("actors", "places", "globalIncidents"):
        new_ids = {x["id"] for x in E[part]}
        for x in orig[part]:
            if x["id"] not in new_ids: err("entities", f"original {part} id {x['id']} missing")
    oa = {a["id"]: a for a in orig["actors"]}
    for i, a in oa.items():
        if AID[i]["name"] != a["name"]: err("entities", f"actor {i} renamed")
for g in E["globalIncidents"]:
    for p in g["places"]:
        if p not in PID: err("entities", f"{g['id']} place {p} unknown")

seen_same = {}
files = sorted(f[:-4] for f in os.listdir(".") if re.fullmatch(r"h8-\d\d\.txt", f))
tot = dict(articles=0, incidents=0, statements=0, figures=0)
for aid in files:
    text = open(aid + ".txt", encoding="utf-8").read()
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "": err(aid, "line 2 must be blank")
    body_lines = lines[2:]
    for n in NOISE.get(aid, []) + STANDFIRST.get(aid, []):
        if n not in body_lines: err(aid, f"declared noise/standfirst line not found: {n!r}")
    excluded = set(NOISE.get(aid, [])) | set(STANDFIRST.get(aid, []))
    # clean body: non-noise, non-standfirst lines, each kept in place (noise lines blanked)
    clean = "\n".join(l if l not in excluded else "" for l in body_lines)
    words = len(re.findall(r"\S+", "\n".join(l for l in body_lines if l not in set(NOISE.get(aid, [])))))
    if not (200 <= words <= 450): err(aid, f"body word count {words} outside 200-450")
    g = json.load(open(aid + ".gold.json", encoding="utf-8"))
    tot["articles"] += 1
    if set(g) != {"article", "actors", "places", "incidents", "statements"}: err(aid, f"top-level keys {sorted(g)}")
    art = g["article"]
    if set(art) != {"id", "title", "outlet", "publishedAt", "url"}: err(aid, f"article keys {sorted(art)}")
    if art["id"] != aid: err(aid, "article.id != file stem")
    if art["title"] != lines[0]: err(aid, "title != line 1")
    if not art["url"].startswith("https://example.org/"): err(aid, "url must be https://example.org/...")
    pub = art["publishedAt"]
    if pub is not None:
        d = datetime.date.fromisoformat(pub)
        if not (datetime.date(2022, 10, 1) <= d <= datetime.date(2022, 12, 31)): err(aid, "publishedAt outside Oct-Dec 2022")
    for a in g["actors"]:
        if a not in AID: err(aid, f"actor id not in registry: {a}")
    if len(set(g["actors"])) != len(g["actors"]): err(aid, "duplicate actors")
    for p in g["places"]:
        if p not in PID: err(aid, f"place id not in registry: {p}")
    if len(set(g["places"])) != len(g["places"]): err(aid, "duplicate places")
    keys = set()
    for inc in g["incidents"]:
        tot["incidents"] += 1
        if set(inc) != {"key", "kind", "date", "places", "perpetratorAlleged", "sameAs"}: err(aid, f"incident keys {sorted(inc)}")
        if inc["key"] in keys: err(aid, f"duplicate incident key {inc['key']}")
        keys.add(inc["key"])
        if inc["kind"] not in KINDS: err(aid, f"bad kind {inc['kind']}")
        if inc["date"] is not None:
            dd = datetime.date.fromisoformat(inc["date"])
            if pub and dd > datetime.date.fromisoformat(pub): err(aid, f"{inc['key']} date after publication")
        if not inc["places"]: err(aid, f"{inc['key']} has no places")
        for p in inc["places"]:
            if p not in g["places"]: err(aid, f"{inc['key']} place {p} not in article places")
        for p in inc["perpetratorAlleged"]:
            if p not in g["actors"]: err(aid, f"{inc['key']} perpetrator {p} not in article actors")
        s = inc["sameAs"]
        if s is not None:
            if s not in GID: err(aid, f"{inc['key']} sameAs {s} unknown")
            else:
                G = GID[s]
                if G["date"] != inc["date"]: err(aid, f"{inc['key']} date {inc['date']} != {s} date {G['date']}")
                if sorted(G["places"]) != sorted(inc["places"]): err(aid, f"{inc['key']} places differ from {s}")
                if G["kind"] != inc["kind"]: err(aid, f"{inc['key']} kind differs from {s}")
                if aid not in G["articles"]: err(aid, f"{s} does not list {aid}")
                seen_same.setdefault(s, []).append(aid)
    for i, st in enumerate(g["statements"]):
        tot["statements"] += 1
        tag = f"statement {i+1}"
        if set(st) != {"speaker", "stance", "about", "killed", "injured", "children", "qualifier", "evidence"}: err(aid, f"{tag} keys {sorted(st)}")
        if set(st["about"]) != {"incident", "actor"}: err(aid, f"{tag} about keys")
        if st["speaker"] not in g["actors"]: err(aid, f"{tag} speaker {st['speaker']} not in actors")
        if st["stance"] not in STANCES: err(aid, f"{tag} bad stance {st['stance']}")
        if st["about"]["incident"] is not None and st["about"]["incident"] not in keys: err(aid, f"{tag} unknown incident {st['about']['incident']}")
        if st["about"]["actor"] is not None and st["about"]["actor"] not in g["actors"]: err(aid, f"{tag} about.actor {st['about']['actor']} not in actors")
        for f in ("killed", "injured", "children"):
            v = st[f]
            if v is not None and (not isinstance(v, int) or v < 0): err(aid, f"{tag} bad {f}")
        if st["killed"] is not None or st["injured"] is not None or st["children"] is not None: tot["figures"] += 1
        q = st["qualifier"]
        if q not in QUALS: err(aid, f"{tag} bad qualifier")
        if (st["killed"] is None and st["injured"] is None) != (q is None): err(aid, f"{tag} qualifier/figure mismatch")
        if st["children"] is not None and st["killed"] is not None and st["children"] > st["killed"]: err(aid, f"{tag} children > killed")
        ev = st["evidence"]
        if ev is None or not ev.strip(): warn(aid, f"{tag} has no evidence"); continue
        if ev not in text: err(aid, f"{tag} evidence not a substring of the article: {ev[:60]!r}")
        elif ev not in clean: err(aid, f"{tag} evidence only found in headline/noise/standfirst: {ev[:60]!r}")
        if ev in lines[0]: err(aid, f"{tag} evidence is in the headline")
    print(f"{aid}: body {words} words, {len(g['actors'])} actors, {len(g['places'])} places, {len(g['incidents'])} incidents, {len(g['statements'])} statements")
for s, arts in seen_same.items():
    if sorted(arts) != sorted(GID[s]["articles"]): err("entities", f"{s} articles {GID[s]['articles']} vs used in {arts}")
for s, G in GID.items():
    if re.fullmatch(r"G8\d", s) and s not in seen_same: err("entities", f"{s} unused")
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print(f"TOTAL {tot}; {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)

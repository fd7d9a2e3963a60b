import json
src = json.load(open('/work/shared/corpus/entities.json'))
reg = json.loads(json.dumps(src))
reg['description'] = src['description'] + " Extended for held-out set heldout-39 (h39-01..h39-08): new actors, places, fictional outlets and global incidents G540-G544; no existing id removed or renamed."

def A(id, name, kind, partOf, aliases, fictional=None, role=None, note=None, ctx=None):
    a = {"id": id, "name": name, "kind": kind, "partOf": partOf, "aliases": aliases}
    if ctx: a["contextualAliases"] = ctx
    if fictional: a["fictional"] = True
    if role: a["role"] = role
    if note: a["note"] = note
    return a

new_actors = [
  A("china", "China", "state", None, ["China", "Beijing", "China's envoy"], ctx=["Beijing"]),
  A("ireland", "Ireland", "state", None, ["Ireland"]),
  A("norway", "Norway", "state", None, ["Norway"]),
  A("us-military", "United States military (US Central Command)", "military", "usa",
    ["US military", "U.S. military", "the US military", "US Central Command", "U.S. Central Command", "CENTCOM",
     "US drone strike", "U.S. drone strike", "US strikes", "US forces", "American forces"],
    note="Nationality adjective 'US' counts here when it denotes forces ('a US drone strike'); 'US sanctions' is the state usa."),
  A("hurras-al-din", "Hurras al-Din", "armed-group", None,
    ["Hurras al-Din", "Hurras al-Deen", "Tanzim Hurras al-Din", "Guardians of Religion"],
    note="Al-Qaeda-aligned jihadist group in Idlib; rival of HTS."),
  A("idlib-water-directorate", "Idlib Water Directorate", "local-authority", None,
    ["Idlib Water Directorate", "Idleb Water Directorate", "water directorate in Idlib"], fictional=True,
    note="Invented stand-in for the local water authority running the al-Arshani station."),
  A("response-coordinators", "Response Coordinators group (Syria Response Coordinators)", "monitor", None,
    ["Response Coordinators", "Response Coordinators group", "The Response Coordinators group", "Syria Response Coordinators", "Syria Response Coordination Group"]),
  # fictional people
  A("bilal-kurdi", "Bilal Kurdi", "person", "idlib-water-directorate", ["Bilal Kurdi", "Kurdi"], fictional=True,
    role="engineer, Idlib Water Directorate"),
  A("abu-bakr-al-salti", "Abu Bakr al-Salti", "person", "hurras-al-din", ["Abu Bakr al-Salti", "al-Salti"], fictional=True,
    role="Jordanian commander of Hurras al-Din (killed December 2021 in the fictional events of heldout-39)"),
  A("dana-whitcombe", "Lt Col Dana Whitcombe", "person", "us-military",
    ["Lieutenant Colonel Dana Whitcombe", "Lt Col Dana Whitcombe", "Dana Whitcombe", "Whitcombe"], fictional=True,
    role="spokesperson, US Central Command"),
  A("mustafa-haj-younes", "Mustafa Haj Younes", "person", "syrian-civil-defence", ["Mustafa Haj Younes", "Haj Younes"], fictional=True,
    role="civil defence team leader, Jabal al-Zawiya"),
  A("umm-ali", "Umm Ali", "person", None, ["Umm Ali"], fictional=True, role="resident of Iblin"),
  A("abu-mahmoud", "Abu Mahmoud", "person", None, ["Abu Mahmoud"], fictional=True, role="resident of Iblin"),
  A("rami-aswad", "Rami Aswad", "person", "sams", ["Rami Aswad", "Aswad"], fictional=True,
    role="field coordinator, Syrian American Medical Society, Idlib"),
  A("gennady-sorokin", "Rear Admiral Gennady Sorokin", "person", "russian-reconciliation-centre",
    ["Rear Admiral Gennady Sorokin", "Gennady Sorokin", "Sorokin"], fictional=True,
    role="deputy head, Russian Centre for Reconciliation of the Opposing Sides in Syria"),
  A("abu-hassan-al-shami", "Abu Hassan al-Shami", "person", None, ["Abu Hassan al-Shami"], fictional=True,
    role="manager of a displacement camp near Maarat Misrin"),
  # fictional outlets
  A("orion-newswire", "Orion Newswire", "news-agency", None, ["Orion Newswire", "Orion"], fictional=True,
    note="Fictional Reuters-style wire agency (publisher of h39-01)."),
  A("rhine-world-service", "Rhine World Service", "news-agency", None, ["Rhine World Service", "RWS"], fictional=True,
    note="Fictional DW-style international public broadcaster (h39-02)."),
  A("atlantic-ledger", "The Atlantic Ledger", "news-agency", None, ["The Atlantic Ledger", "Atlantic Ledger", "the Ledger"], fictional=True,
    note="Fictional Guardian-style international newspaper (h39-03)."),
  A("relief-dispatch", "Relief Dispatch", "news-agency", None, ["Relief Dispatch"], fictional=True,
    note="Fictional New Humanitarian-style humanitarian news outlet (h39-04)."),
  A("gulf-courier", "The Gulf Courier", "news-agency", None, ["The Gulf Courier", "Gulf Courier"], fictional=True,
    note="Fictional Abu Dhabi-based English daily in the style of the Gulf English press (h39-05)."),
  A("sham-dispatch", "Sham Dispatch", "news-agency", None, ["Sham Dispatch"], fictional=True,
    note="Fictional Syrian opposition news site (English edition), Enab Baladi/Orient-style (h39-06)."),
  A("syrian-tribune", "The Syrian Tribune", "news-agency", "syrian-state-media", ["The Syrian Tribune", "Syrian Tribune", "ST"], fictional=True,
    note="Fictional Syrian state-owned English-language daily relaying SANA (h39-07). 'ST' is its dateline tag."),
  A("cedar-standard", "The Cedar Standard", "news-agency", None, ["The Cedar Standard", "Cedar Standard"], fictional=True,
    note="Fictional Beirut-based regional English daily (h39-08)."),
]

def P(id, name, kind, province, lat, lon, aliases, note=None, ctx=None):
    p = {"id": id, "name": name, "kind": kind, "province": province, "country": "Syria", "lat": lat, "lon": lon, "aliases": aliases}
    if ctx: p["contextualAliases"] = ctx
    if note: p["note"] = note
    return p

new_places = [
  P("arshani-water-station", "al-Arshani water station", "facility", "Idlib", 35.935, 36.605,
    ["al-Arshani water station", "Arshani water station", "al-Arshani station", "Arshani station", "Arshani plant",
     "al-Arshani pumping station", "al-Arshani area", "al-Arshani", "Arshani"],
    note="Water pumping station and its immediate surroundings on the western edge of Idlib city; bare 'al-Arshani' / 'the al-Arshani area' resolve here. Coordinates approximate."),
  P("jabal-al-zawiya", "Jabal al-Zawiya", "area", "Idlib", 35.69, 36.53,
    ["Jabal al-Zawiya", "Jabal al-Zawiyah", "Jebel al-Zawiya", "Jabal Zawiya", "the Jabal al-Zawiya region", "the Jabal al-Zawiya area"],
    note="Hill district of southern Idlib; frontline area after March 2020. Coordinates approximate."),
  P("iblin", "Iblin", "village", "Idlib", 35.717, 36.527, ["Iblin", "Ablin", "Eblin"]),
  P("al-bara", "al-Bara", "village", "Idlib", 35.686, 36.542, ["al-Bara", "Al-Bara", "al-Barah", "Bara"]),
  P("kansafra", "Kansafra", "village", "Idlib", 35.655, 36.52, ["Kansafra", "Kansafrah", "Kensafra"]),
  P("maarat-misrin", "Maarat Misrin", "town", "Idlib", 36.012, 36.676,
    ["Maarat Misrin", "Maarrat Misrin", "Ma'arrat Misrin", "Maaret Misrin", "Maarat Masrin"]),
  P("al-ghab-plain", "al-Ghab Plain", "area", "Hama", 35.6, 36.35, ["al-Ghab Plain", "al-Ghab plain", "al-Ghab", "Ghab Plain"],
    note="Agricultural plain in north-western Hama along the Orontes. Coordinates approximate."),
]

G = [
  {"id": "G540", "label": "Air strike on the al-Arshani water pumping station west of Idlib city", "kind": "AIRSTRIKE",
   "date": "2021-11-17", "places": ["arshani-water-station"], "articles": ["h39-01", "h39-04", "h39-07"],
   "figures": "killed 2, injured 5 (civil defence, day 1); killed 2 (SOHR, day 1); toll rose to 3 (civil defence, 4 days later); state media: strikes on 'terrorist drone workshops', 'scores of terrorists' (vague, not coded), water-station hit denied"},
  {"id": "G541", "label": "Government shelling of a family house in Iblin, Jabal al-Zawiya", "kind": "SHELLING",
   "date": "2021-07-17", "places": ["iblin"], "articles": ["h39-03", "h39-06"],
   "figures": "killed 6 incl. 4 children (rescuers and SOHR, day 2) -> 7 (SOHR, later) -> 8 incl. 5 children (civil defence, day 3)"},
  {"id": "G542", "label": "US drone strike on a motorcycle near Sarmada killing a Hurras al-Din commander", "kind": "AIRSTRIKE",
   "date": "2021-12-03", "places": ["sarmada"], "articles": ["h39-02", "h39-08"],
   "figures": "killed 2 (SOHR); CENTCOM: no indication of civilian casualties (partial, not coded)"},
  {"id": "G543", "label": "Russian air strikes on farmland on the outskirts of al-Bara", "kind": "AIRSTRIKE",
   "date": "2021-07-18", "places": ["al-bara"], "articles": ["h39-03", "h39-06"],
   "figures": "no casualties (SOHR, both articles)"},
  {"id": "G544", "label": "Russian air strike on a displacement camp on the edge of Maarat Misrin", "kind": "AIRSTRIKE",
   "date": "2021-12-02", "places": ["maarat-misrin"], "articles": ["h39-02", "h39-08"],
   "figures": "killed 3 incl. 2 children, 11 injured (civil defence, day 1); 4 incl. 3 children (SOHR, day 1; civil defence, later); Russian MoD: 'a drone depot used by terrorists'"},
]

ids = {a['id'] for a in reg['actors']}
for a in new_actors:
    assert a['id'] not in ids, a['id']; reg['actors'].append(a); ids.add(a['id'])
pids = {p['id'] for p in reg['places']}
for p in new_places:
    assert p['id'] not in pids, p['id']; reg['places'].append(p); pids.add(p['id'])
gids = {g['id'] for g in reg['globalIncidents']}
for g in G:
    assert g['id'] not in gids; reg['globalIncidents'].append(g)
json.dump(reg, open('entities.json', 'w'), indent=2, ensure_ascii=False)
print(len(reg['actors']), len(reg['places']), len(reg['globalIncidents']))

#!/usr/bin/env python3
"""Build script for the heldout-45 blind gold set.

Writes h45-NN.gold.json and entities.json (the shared registry, extended only)
into the current folder. Run from /work/main/test/heldout-45.
Evidence strings are copied verbatim from the articles; validate.py checks them.
"""
import json, copy

SRC_REGISTRY = "/work/shared/corpus/entities.json"

def S(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    return {"speaker": speaker, "stance": stance,
            "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children,
            "qualifier": qualifier, "evidence": evidence}

def I(key, kind, date, places, perps, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perps, "sameAs": same}

GOLD = {}

# ---------------------------------------------------------------- h45-01
GOLD["h45-01"] = {
 "article": {"id": "h45-01",
   "title": "Air strikes on Syria's Maarat Hurma kill at least 12, monitor says",
   "outlet": "Continental Press Agency", "publishedAt": "2019-07-24",
   "url": "https://example.org/continental-press-agency/2019/07/24/syria-maarat-hurma-air-strikes-kill-12"},
 "actors": ["syria", "sohr", "continental-press-agency", "russian-military", "syrian-civil-defence",
            "rami-shaar", "syrian-army", "russian-mod", "syrian-state-tv", "armed-opposition", "turkey", "russia"],
 "places": ["maarat-hurma", "beirut", "idlib-province", "maarat-al-numan", "ariha", "khan-sheikhoun",
            "hama-province", "northwest-syria"],
 "incidents": [
   I("a1", "AIRSTRIKE", "2019-07-24", ["maarat-hurma"], ["russian-military"], "G655"),
   I("a2", "AIRSTRIKE", "2019-07-23", ["khan-sheikhoun"], ["syrian-army"]),
 ],
 "statements": [
   S("sohr", "CLAIM", "a1", None,
     "Air strikes killed at least 12 civilians, four of them children, in the town of Maarat Hurma in Syria's southern Idlib countryside on Wednesday, the Syrian Observatory for Human Rights said.",
     killed=12, children=4, qualifier="AT_LEAST"),
   S("sohr", "CLAIM", "a1", "russian-military",
     "The Britain-based monitor said Russian warplanes carried out the morning raids, which hit a street of shops near the town's main mosque."),
   S("rami-shaar", "CLAIM", "a1", None,
     "\"We have taken out ten bodies so far, and more than 30 wounded have gone to hospitals in Maarat al-Numan and Ariha,\" said Rami Shaar, a volunteer with the Syria Civil Defence, also known as the White Helmets.",
     killed=10, injured=30, qualifier="EXACT"),
   S("sohr", "CLAIM", "a2", None,
     "Overnight, barrel bombs dropped from a helicopter hit a farm on the outskirts of Khan Shaykhun, killing three members of one family, two of them children, the Observatory said.",
     killed=3, children=2, qualifier="EXACT"),
   S("sohr", "ACCUSATION", "a2", "syrian-army",
     "It blamed Syrian government aircraft for that attack."),
   S("syrian-state-tv", "CLAIM", None, "syrian-army",
     "Syrian state television said army units had destroyed positions of \"terrorist groups\" in the southern Idlib countryside"),
   S("turkey", "CALL", None, "russia",
     "Turkey, which has soldiers at 12 observation posts in and around Idlib, has asked Moscow to rein in the offensive, a Turkish diplomatic source said."),
   S("sohr", "CLAIM", None, None,
     "The Observatory says more than 470 civilians have been killed in north-west Syria since the campaign began on April 30.",
     killed=470, qualifier="MORE_THAN"),
 ]}

# ---------------------------------------------------------------- h45-02
GOLD["h45-02"] = {
 "article": {"id": "h45-02",
   "title": "Syria: Night-time air strike on Ariha kills eight, including three children",
   "outlet": "Westmark News", "publishedAt": "2019-07-29",
   "url": "https://example.org/westmark-news/2019/07/29/syria-night-time-air-strike-ariha-kills-eight"},
 "actors": ["syria", "syrian-civil-defence", "sohr", "russian-military", "westmark-news", "samer-othman",
            "russia", "armed-opposition", "un-human-rights-office", "ingrid-solberg"],
 "places": ["ariha", "idlib-province", "maarat-al-numan", "geneva", "northwest-syria"],
 "incidents": [
   I("j1", "AIRSTRIKE", "2019-07-28", ["ariha"], ["russian-military"], "G656"),
   I("j2", "SHELLING", "2019-07-29", ["maarat-al-numan"], []),
 ],
 "statements": [
   S("syrian-civil-defence", "CLAIM", "j1", None,
     "At least eight civilians, three of them children, were killed when an air strike hit a residential building in the town of Ariha in Syria's Idlib province late on Sunday, rescue workers said.",
     killed=8, children=3, qualifier="AT_LEAST"),
   S("syrian-civil-defence", "CLAIM", "j1", None,
     "The four-storey building near the town's main square collapsed on families who had fled the fighting further south, the White Helmets said in a post on social media."),
   S("sohr", "CLAIM", "j1", "russian-military",
     "The Syrian Observatory for Human Rights, which tracks the war through a network of sources on the ground, said the toll had risen to nine by Monday morning and that Russian aircraft had carried out the raid.",
     killed=9, qualifier="EXACT"),
   S("samer-othman", "CLAIM", "j1", None,
     "Dr Samer Othman, a surgeon at the hospital in Ariha, said five of the wounded were in a critical condition."),
   S("russia", "CLAIM", None, "russia",
     "Moscow, which has backed the offensive with air power since late April, says it strikes only “terrorists”."),
   S("syrian-civil-defence", "CLAIM", "j2", None,
     "Earlier on Monday, shells hit a residential district of Maarat al-Numan, wounding four people, the civil defence said.",
     injured=4, qualifier="EXACT"),
   S("ingrid-solberg", "CRITICISM", None, None,
     "In Geneva, a spokeswoman for the UN human rights office, Ingrid Solberg, said the strikes on markets, hospitals and schools in recent weeks were “deeply alarming” and “cannot all be accidents”."),
   S("ingrid-solberg", "CALL", None, "russia", "She called on Russia and Syria to investigate."),
   S("ingrid-solberg", "CALL", None, "syria", "She called on Russia and Syria to investigate."),
 ]}

# ---------------------------------------------------------------- h45-03
GOLD["h45-03"] = {
 "article": {"id": "h45-03",
   "title": "Bombs return to Idlib as short-lived truce collapses",
   "outlet": "The International Chronicle", "publishedAt": "2019-08-07",
   "url": "https://example.org/international-chronicle/2019/aug/07/bombs-return-to-idlib-as-truce-collapses"},
 "actors": ["syrian-army", "syrian-civil-defence", "syria", "sohr", "ibrahim-nasser", "armed-opposition",
            "syrian-state-media", "nlf", "turkey", "turkish-foreign-ministry", "russia", "un-human-rights-office"],
 "places": ["idlib-province", "kafranbel", "khan-sheikhoun", "al-suqaylabiyah", "northwest-syria"],
 "incidents": [
   I("h1", "SHELLING", "2019-08-06", ["kafranbel"], ["syrian-army"], "G657"),
   I("h2", "AIRSTRIKE", "2019-08-06", ["khan-sheikhoun"], []),
   I("h3", "SHELLING", "2019-08-04", ["al-suqaylabiyah"], ["armed-opposition"], "G659"),
 ],
 "statements": [
   S("syrian-civil-defence", "CLAIM", "h1", "syrian-army",
     "Government artillery pounded the market in Kafr Nabl on Tuesday, killing seven people, local rescuers said, a day after Damascus declared an end to a ceasefire that had barely held since the start of the month.",
     killed=7, qualifier="EXACT"),
   S("sohr", "CLAIM", "h1", None,
     "Among the dead were two sisters aged nine and 11, according to the Syrian Observatory for Human Rights, which put the toll at six.",
     killed=6, children=2, qualifier="EXACT"),
   S("ibrahim-nasser", "CLAIM", "h1", None,
     "\"They shelled the market at the hour when it was fullest,\" said Ibrahim Nasser, a pharmacist whose shop is a few metres from where the first shell landed."),
   S("sohr", "CLAIM", "h2", None, "The Observatory said it did not yet have a toll."),
   S("syrian-army", "ACCUSATION", None, "armed-opposition",
     "The Syrian army blamed rebels for the collapse of the truce, saying they had kept attacking government-held areas."),
   S("syrian-state-media", "CLAIM", "h3", "armed-opposition",
     "State media said rebel rockets had killed three people in the Christian town of al-Suqaylabiyah on Sunday.",
     killed=3, qualifier="EXACT"),
   S("nlf", "DENIAL", "h3", "nlf",
     "The National Front for Liberation, the main Turkish-backed rebel alliance, denied any role in that attack"),
   S("nlf", "ACCUSATION", "h3", "syria",
     "accused the government of inventing it to justify a new offensive"),
   S("turkish-foreign-ministry", "CRITICISM", "h1", None,
     "Turkey's foreign ministry called the shelling of Kafr Nabl \"unacceptable\""),
   S("turkish-foreign-ministry", "CALL", None, "russia",
     "urged Russia to use its influence over Damascus to restore the ceasefire"),
   S("un-human-rights-office", "CLAIM", None, None,
     "According to the UN human rights office, more than 450 civilians have been killed in north-west Syria since the end of April.",
     killed=450, qualifier="MORE_THAN"),
 ]}

# ---------------------------------------------------------------- h45-04 (no publication date)
GOLD["h45-04"] = {
 "article": {"id": "h45-04",
   "title": "'Nowhere is safe': strikes on shelters and clinics deepen Idlib's displacement crisis",
   "outlet": "Relief Dispatch", "publishedAt": None,
   "url": "https://example.org/relief-dispatch/news/nowhere-is-safe-idlib-strikes-shelters-clinics"},
 "actors": ["ocha", "syrian-army", "russian-military", "sams", "syrian-civil-defence", "unicef", "who",
            "mireille-tavernier", "un-security-council", "syria"],
 "places": ["idlib-province", "northwest-syria", "hama-province", "atmeh", "ariha", "kafranbel", "hass",
            "maarat-hurma", "gaziantep"],
 "incidents": [
   I("k1", "AIRSTRIKE", "2019-07-28", ["ariha"], [], "G656"),
   I("k2", "AIRSTRIKE", "2019-08-16", ["hass"], [], "G658"),
   I("k3", "AIRSTRIKE", None, ["maarat-hurma"], []),
 ],
 "statements": [
   S("ocha", "CLAIM", None, None,
     "More than 450,000 people have fled their homes in north-west Syria since the end of April 2019, according to the UN's humanitarian office, OCHA"),
   S("sams", "CLAIM", "k1", None,
     "On 28 July 2019, an air strike on a residential building in Ariha killed 11 people, four of them children, according to the Syrian American Medical Society (SAMS), which supports the town's hospital.",
     killed=11, children=4, qualifier="EXACT"),
   S("sams", "CLAIM", "k1", None,
     "Most of the victims were families displaced from Kafr Nabl and Hass, the organisation said."),
   S("syrian-civil-defence", "CLAIM", "k2", None,
     "On 16 August, an air strike on a camp for displaced people on the edge of Hass killed 14 people, the Syria Civil Defence said.",
     killed=14, qualifier="EXACT"),
   S("unicef", "CLAIM", "k2", None, "UNICEF said six of the dead were children", children=6),
   S("unicef", "CRITICISM", "k2", None, "describing the attack as \"an outrage\""),
   S("ocha", "CLAIM", "k3", None,
     "On Tuesday, an air strike damaged a primary health centre in Maarat Hurma, forcing it to suspend services, according to OCHA."),
   S("who", "CLAIM", None, None,
     "The World Health Organization says it has verified 39 attacks on health care in north-west Syria since late April, including several on facilities that had shared their coordinates with the warring parties."),
   S("mireille-tavernier", "CLAIM", None, None,
     "\"Families are moving their tents every few days, chasing a safety that does not exist,\" said Mireille Tavernier, an OCHA spokeswoman in Gaziantep."),
   S("sams", "CALL", None, "un-security-council",
     "SAMS has called on the UN Security Council to ensure that those responsible for attacks on medical facilities are held to account."),
 ]}

# ---------------------------------------------------------------- h45-05
GOLD["h45-05"] = {
 "article": {"id": "h45-05",
   "title": "Strike on Idlib camp kills 12 as regime closes in on Khan Sheikhoun",
   "outlet": "Gulf Sentinel", "publishedAt": "2019-08-17",
   "url": "https://example.org/gulf-sentinel/mena/2019/08/17/strike-on-idlib-camp-kills-12"},
 "actors": ["syria", "sohr", "russian-military", "syrian-civil-defence", "syrian-army", "mohammad-rasheed",
            "sana", "armed-opposition", "qatar-foreign-ministry", "turkey", "un"],
 "places": ["idlib-province", "khan-sheikhoun", "beirut", "hass", "m5-highway", "morek"],
 "incidents": [
   I("m1", "AIRSTRIKE", "2019-08-16", ["hass"], ["russian-military", "syrian-army"], "G658"),
   I("m2", "AIRSTRIKE", "2019-08-16", ["khan-sheikhoun"], []),
 ],
 "statements": [
   S("sohr", "CLAIM", "m1", None,
     "At least 12 people, including five children, were killed on Friday when warplanes struck a camp for displaced families near the village of Hass in southern Idlib, a war monitor said.",
     killed=12, children=5, qualifier="AT_LEAST"),
   S("sohr", "CLAIM", "m1", "russian-military",
     "The Syrian Observatory for Human Rights said Russian jets had carried out the raid, which hit tents and a water tank."),
   S("syrian-civil-defence", "CLAIM", "m1", "syrian-army",
     "The Syria Civil Defence, however, said the camp had been hit by barrel bombs dropped from regime helicopters, and put the death toll at 13.",
     killed=13, qualifier="EXACT"),
   S("mohammad-rasheed", "CLAIM", "m1", None,
     "\"There were no fighters here, only women and children living under plastic sheeting,\" said Mohammad Rasheed, a civil defence team leader in the area."),
   S("syrian-army", "CONFIRMATION", "m1", "syrian-army",
     "In a statement carried by the SANA news agency, the Syrian army confirmed it had struck headquarters of \"terrorist groups\" in the Hass area"),
   S("syrian-army", "DENIAL", "m1", "syrian-army", "denied targeting civilians"),
   S("sohr", "CLAIM", "m2", None,
     "Elsewhere on Friday, air strikes on Khan Sheikhoun killed two rescue workers as regime forces pushed to the town's western edge, the Observatory said.",
     killed=2, qualifier="EXACT"),
   S("qatar-foreign-ministry", "CRITICISM", "m1", None,
     "Qatar's Ministry of Foreign Affairs condemned the attack on the Hass camp as a \"heinous crime\""),
   S("qatar-foreign-ministry", "CALL", "m1", None,
     "called on the international community to protect civilians in Idlib"),
   S("turkey", "CLAIM", None, "turkey",
     "Turkey, which has a military observation post at Morek, just south of Khan Sheikhoun, warned Damascus last week against any attack on its soldiers."),
   S("un", "CLAIM", None, None,
     "The UN says more than three million people live in the Idlib region, about half of them already displaced at least once by the eight-year war."),
 ]}

# ---------------------------------------------------------------- h45-06
GOLD["h45-06"] = {
 "article": {"id": "h45-06",
   "title": "Death toll from Russian strikes on Maarat Hurma rises to 15",
   "outlet": "Orontes Post", "publishedAt": "2019-07-25",
   "url": "https://example.org/orontes-post/en/2019/07/25/death-toll-russian-strikes-maarat-hurma-rises-to-15"},
 "actors": ["russian-military", "abdulrahman-qassem", "orontes-post", "syrian-civil-defence",
            "idlib-health-directorate", "hussam-barakat", "tass", "russian-mod", "syrian-army"],
 "places": ["maarat-hurma", "idlib-province", "hmeimim", "khan-sheikhoun", "hama-province", "hish",
            "maarat-al-numan"],
 "incidents": [
   I("f1", "AIRSTRIKE", "2019-07-24", ["maarat-hurma"], ["russian-military"], "G655"),
   I("f2", "SHELLING", "2019-07-25", ["hish"], ["syrian-army"]),
 ],
 "statements": [
   S("abdulrahman-qassem", "CLAIM", "f1", "russian-military",
     "The death toll from Wednesday’s Russian air raids on the town of Maarat Hurma in the southern Idlib countryside has risen to 15, including five children, according to the head of the town’s local council, Abdulrahman Qassem.",
     killed=15, children=5, qualifier="EXACT"),
   S("abdulrahman-qassem", "CLAIM", "f1", None,
     "Qassem told Orontes Post that rescuers were still searching the rubble of two buildings near the vegetable market, and that the council had registered 40 wounded.",
     injured=40, qualifier="EXACT"),
   S("syrian-civil-defence", "CLAIM", "f1", "russian-military",
     "The Syria Civil Defence said its teams had recovered 13 bodies, adding that its observers had tracked a Russian Sukhoi jet that took off from Hmeimim air base minutes before the strike.",
     killed=13, qualifier="EXACT"),
   S("idlib-health-directorate", "CLAIM", "f1", None,
     "The Idlib Health Directorate, for its part, put the toll at 14 dead and 37 wounded.",
     killed=14, injured=37, qualifier="EXACT"),
   S("hussam-barakat", "CLAIM", "f1", None,
     "“The strike came at the busiest hour, when people were buying vegetables,” said Hussam Barakat, a nurse at the town’s clinic, who treated many of the wounded."),
   S("russian-mod", "DENIAL", "f1", "russian-military",
     "In a statement carried by the TASS news agency, the Russian Defence Ministry denied that its aircraft had carried out any sorties over Maarat Hurma on Wednesday"),
   S("russian-mod", "ACCUSATION", "f1", "syrian-civil-defence",
     "accused the White Helmets of staging footage of the aftermath"),
   S("syrian-civil-defence", "CLAIM", "f2", "syrian-army",
     "On Thursday morning, regime artillery shelled the village of Hish, south of Maarat al-Numan, killing a man and wounding his wife, a Civil Defence team in the area reported.",
     killed=1, injured=1, qualifier="EXACT"),
 ]}

# ---------------------------------------------------------------- h45-07
GOLD["h45-07"] = {
 "article": {"id": "h45-07",
   "title": "Militants shell al-Suqaylabiyah despite Idlib ceasefire, two civilians killed - Russian military",
   "outlet": "Zarya News Agency", "publishedAt": "2019-08-05",
   "url": "https://example.org/zarya-news-agency/en/world/2019-08-05/militants-shell-al-suqaylabiyah"},
 "actors": ["armed-opposition", "russian-military", "zarya-news-agency", "russian-reconciliation-centre",
            "igor-mazurin", "hts", "sana", "syrian-army", "turkey", "syria", "russia", "russian-foreign-ministry"],
 "places": ["al-suqaylabiyah", "idlib-province", "moscow", "hama-province", "northwest-syria", "hmeimim"],
 "incidents": [
   I("g1", "SHELLING", "2019-08-04", ["al-suqaylabiyah"], ["armed-opposition", "hts"], "G659"),
   I("g2", "OTHER", "2019-08-04", ["hmeimim"], ["armed-opposition"]),
 ],
 "statements": [
   S("igor-mazurin", "ACCUSATION", "g1", "armed-opposition",
     "Militants fired rockets at the town of al-Suqaylabiyah in Hama province on Sunday, killing two civilians and injuring five, Deputy Head of the Russian Centre for Reconciliation of the Opposing Sides in Syria Colonel Igor Mazurin told reporters on Monday.",
     killed=2, injured=5, qualifier="EXACT"),
   S("igor-mazurin", "ACCUSATION", "g1", "hts",
     "\"The rockets were launched by terrorists of Hayat Tahrir al-Sham from the south of the Idlib de-escalation zone,\" he said."),
   S("sana", "CLAIM", "g1", None,
     "According to SANA, the rockets struck near a church and damaged several homes."),
   S("russian-reconciliation-centre", "ACCUSATION", "g2", "armed-opposition",
     "Overnight, militants also launched two unmanned aerial vehicles towards Hmeimim air base, the centre said."),
   S("russian-reconciliation-centre", "CLAIM", "g2", "russian-military",
     "Both were destroyed by Russian air defences on their approach, and there were no casualties or damage, it added.",
     killed=0, injured=0, qualifier="EXACT"),
   S("igor-mazurin", "DENIAL", None, None,
     "Mazurin described Western media reports of civilian casualties from Russian air strikes in Idlib as \"pure disinformation\""),
   S("igor-mazurin", "CLAIM", None, "russian-military",
     "insisting that Russian aircraft only hit targets \"reliably identified\" as terrorist facilities"),
   S("syrian-army", "CLAIM", None, "syrian-army",
     "On Monday, the Syrian army command said it was resuming combat operations against \"terrorist organisations\" in Idlib"),
   S("syrian-army", "ACCUSATION", None, "turkey",
     "accusing Turkey of failing to honour its commitments under the de-escalation agreements"),
   S("russian-reconciliation-centre", "CLAIM", None, None,
     "According to the centre's figures, the truce was violated more than 80 times in its first four days."),
   S("russian-foreign-ministry", "ACCUSATION", None, "turkey",
     "Russia's Foreign Ministry has repeatedly said that Ankara has not fulfilled its obligation to separate moderate opposition groups from terrorists."),
 ]}

# ---------------------------------------------------------------- h45-08
GOLD["h45-08"] = {
 "article": {"id": "h45-08",
   "title": "Kafr Nabl shelled for a second day as Idlib offensive resumes",
   "outlet": "The Levant Observer", "publishedAt": "2019-08-08",
   "url": "https://example.org/levant-observer/syria/2019/08/08/kafr-nabl-shelled-second-day"},
 "actors": ["syrian-army", "syrian-civil-defence", "idlib-health-directorate", "syrian-state-tv",
            "armed-opposition", "ahmad-jneid", "russian-military", "russian-mod", "save-the-children", "sohr"],
 "places": ["kafranbel", "idlib-province", "beirut", "atmeh", "khan-sheikhoun"],
 "incidents": [
   I("i1", "SHELLING", "2019-08-06", ["kafranbel"], ["syrian-army"], "G657"),
   I("i2", "SHELLING", "2019-08-07", ["kafranbel"], ["syrian-army"]),
 ],
 "statements": [
   S("syrian-civil-defence", "CLAIM", "i2", "syrian-army",
     "Government shelling hit the southern Idlib town of Kafr Nabl for a second consecutive day on Wednesday, wounding at least nine people, the Syria Civil Defence said.",
     injured=9, qualifier="AT_LEAST"),
   S("idlib-health-directorate", "CLAIM", "i1", None,
     "Tuesday's bombardment of the town's market killed eight people, including three children, according to the Idlib Health Directorate, which runs the field hospital where the wounded were taken.",
     killed=8, children=3, qualifier="EXACT"),
   S("syrian-state-tv", "CLAIM", "i1", "syrian-army",
     "Syrian state television said on Tuesday that army artillery had destroyed positions and weapons depots of \"terrorists\" in Kafr Nabl."),
   S("ahmad-jneid", "CLAIM", "i1", None,
     "\"We had just reopened the market after the truce,\" said Ahmad Jneid, a grocer whose brother was killed in Tuesday's shelling."),
   S("russian-mod", "DENIAL", None, "russian-military",
     "Russia's defence ministry said its aircraft had flown no combat missions over southern Idlib this week."),
   S("save-the-children", "CRITICISM", "i1", None,
     "The charity Save the Children said it was \"appalled\" by Tuesday's attack"),
   S("save-the-children", "CALL", "i1", None,
     "called on all parties to keep markets, schools and hospitals out of the fighting"),
   S("sohr", "CLAIM", None, None,
     "The Syrian Observatory for Human Rights said on Wednesday that at least 17 civilians had been killed in the province since the truce collapsed.",
     killed=17, qualifier="AT_LEAST"),
 ]}

# ---------------------------------------------------------------- registry extension
def person(id_, name, part_of, role, aliases):
    return {"id": id_, "name": name, "kind": "person", "partOf": part_of,
            "aliases": aliases, "fictional": True, "role": role}

def outlet(id_, name, aliases, note):
    return {"id": id_, "name": name, "kind": "news-agency", "partOf": None,
            "aliases": aliases, "fictional": True, "note": note}

NEW_ACTORS = [
  outlet("continental-press-agency", "Continental Press Agency (CPA)", ["Continental Press Agency", "CPA"],
         "Fictional wire agency (heldout-45: h45-01)."),
  outlet("westmark-news", "Westmark News", ["Westmark News"],
         "Fictional broadcaster website (heldout-45: h45-02)."),
  outlet("international-chronicle", "The International Chronicle", ["The International Chronicle", "International Chronicle"],
         "Fictional international newspaper (heldout-45: h45-03)."),
  outlet("relief-dispatch", "Relief Dispatch", ["Relief Dispatch"],
         "Fictional humanitarian news outlet (heldout-45: h45-04)."),
  outlet("gulf-sentinel", "Gulf Sentinel", ["Gulf Sentinel"],
         "Fictional Gulf English-language daily (heldout-45: h45-05)."),
  outlet("orontes-post", "Orontes Post", ["Orontes Post"],
         "Fictional Syrian opposition news site (heldout-45: h45-06)."),
  outlet("zarya-news-agency", "Zarya News Agency (ZNA)", ["Zarya News Agency", "ZNA"],
         "Fictional Russian state news agency, English service (heldout-45: h45-07)."),
  outlet("levant-observer", "The Levant Observer", ["The Levant Observer", "Levant Observer"],
         "Fictional Beirut-based regional outlet (heldout-45: h45-08)."),
  {"id": "who", "name": "World Health Organization", "kind": "un-body", "partOf": "un",
   "aliases": ["World Health Organization", "WHO"]},
  {"id": "qatar", "name": "Qatar", "kind": "state", "partOf": None, "aliases": ["Qatar"]},
  {"id": "qatar-foreign-ministry", "name": "Qatari Ministry of Foreign Affairs", "kind": "ministry",
   "partOf": "qatar", "aliases": ["Qatar's Ministry of Foreign Affairs", "Qatar's foreign ministry",
                                  "Qatari foreign ministry"]},
  person("rami-shaar", "Rami Shaar", "syrian-civil-defence", "Syria Civil Defence volunteer (Maarat Hurma strike)",
         ["Rami Shaar"]),
  person("abdulrahman-qassem", "Abdulrahman Qassem", None, "head of the Maarat Hurma local council",
         ["Abdulrahman Qassem", "Qassem"]),
  person("hussam-barakat", "Hussam Barakat", None, "nurse at the Maarat Hurma clinic",
         ["Hussam Barakat"]),
  person("igor-mazurin", "Colonel Igor Mazurin", "russian-reconciliation-centre",
         "deputy head of the Russian reconciliation centre", ["Colonel Igor Mazurin", "Igor Mazurin", "Mazurin"]),
  person("ibrahim-nasser", "Ibrahim Nasser", None, "pharmacist, Kafr Nabl (resident)",
         ["Ibrahim Nasser"]),
  person("ahmad-jneid", "Ahmad Jneid", None, "grocer, Kafr Nabl (resident)", ["Ahmad Jneid"]),
  person("samer-othman", "Dr Samer Othman", None, "surgeon, Ariha hospital",
         ["Dr Samer Othman", "Samer Othman"]),
  person("ingrid-solberg", "Ingrid Solberg", "un-human-rights-office", "UN human rights office spokeswoman",
         ["Ingrid Solberg"]),
  person("mireille-tavernier", "Mireille Tavernier", "ocha", "OCHA spokeswoman, Gaziantep",
         ["Mireille Tavernier"]),
  person("mohammad-rasheed", "Mohammad Rasheed", "syrian-civil-defence", "civil defence team leader, Hass area",
         ["Mohammad Rasheed"]),
]

NEW_PLACES = [
  {"id": "maarat-hurma", "name": "Maarat Hurma", "kind": "town", "province": "Idlib", "country": "Syria",
   "lat": 35.59, "lon": 36.6, "aliases": ["Maarat Hurma", "Maarat Hurmah", "Ma'arat Hurma"],
   "note": "Approximate coordinates (heldout-45)."},
  {"id": "hish", "name": "Hish", "kind": "village", "province": "Idlib", "country": "Syria",
   "lat": 35.55, "lon": 36.64, "aliases": ["Hish", "Heish"],
   "note": "Approximate coordinates (heldout-45)."},
]

NEW_GLOBALS = [
  {"id": "G655", "label": "Air strikes on a street of shops / the market area in Maarat Hurma",
   "kind": "AIRSTRIKE", "date": "2019-07-24", "places": ["maarat-hurma"], "articles": ["h45-01", "h45-06"],
   "figures": "killed 12 (AT_LEAST, SOHR) / 10 bodies (civil defence volunteer) / 15 (local council) / 13 (civil defence) / 14 (health directorate); denied by the Russian MoD"},
  {"id": "G656", "label": "Night-time air strike on a residential building in Ariha",
   "kind": "AIRSTRIKE", "date": "2019-07-28", "places": ["ariha"], "articles": ["h45-02", "h45-04"],
   "figures": "killed 8 (AT_LEAST, rescuers) / 9 (SOHR) / 11 (SAMS)"},
  {"id": "G657", "label": "Government shelling of the market in Kafr Nabl after the August truce collapsed",
   "kind": "SHELLING", "date": "2019-08-06", "places": ["kafranbel"], "articles": ["h45-03", "h45-08"],
   "figures": "killed 7 (rescuers) / 6 (SOHR) / 8 (health directorate); state TV: army hit \"terrorist\" positions"},
  {"id": "G658", "label": "Air strike on a camp for displaced people near Hass",
   "kind": "AIRSTRIKE", "date": "2019-08-16", "places": ["hass"], "articles": ["h45-04", "h45-05"],
   "figures": "killed 12 (AT_LEAST, SOHR) / 13 (civil defence, day after) / 14 (civil defence, later); 6 children (UNICEF); Russian jets (SOHR) vs regime helicopters (civil defence)"},
  {"id": "G659", "label": "Rocket attack on al-Suqaylabiyah during the August 2019 truce",
   "kind": "SHELLING", "date": "2019-08-04", "places": ["al-suqaylabiyah"], "articles": ["h45-07", "h45-03"],
   "figures": "killed 2, injured 5 (Russian reconciliation centre) / killed 3 (Syrian state media); HTS blamed; NLF denies"},
]

def main():
    for art_id, gold in GOLD.items():
        with open(f"{art_id}.gold.json", "w", encoding="utf-8") as fh:
            json.dump(gold, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    with open(SRC_REGISTRY, encoding="utf-8") as fh:
        reg = json.load(fh)
    ext = copy.deepcopy(reg)
    ext["actors"].extend(NEW_ACTORS)
    ext["places"].extend(NEW_PLACES)
    ext["globalIncidents"].extend(NEW_GLOBALS)
    with open("entities.json", "w", encoding="utf-8") as fh:
        json.dump(ext, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote", len(GOLD), "gold files and entities.json")

if __name__ == "__main__":
    main()

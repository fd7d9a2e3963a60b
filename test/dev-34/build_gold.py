#!/usr/bin/env python3
"""Build script for the dev-34 blind gold set: writes d34-NN.gold.json and extends entities.json.
Run from this folder: python3 build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def S(speaker, stance, inc, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    return {"speaker": speaker, "stance": stance, "about": {"incident": inc, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": qualifier,
            "evidence": evidence}

def I(key, kind, date, places, perps, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places, "perpetratorAlleged": perps, "sameAs": same}

GOLD = {}

# ---------------------------------------------------------------- d34-01 Relief Ledger
GOLD["d34-01"] = {
    "article": {"outlet": "Relief Ledger", "publishedAt": "2019-02-18",
                "url": "https://example.org/relief-ledger/2019/02/18/khan-shaykhun-shelling-tests-idlib-buffer-zone"},
    "actors": ["turkey", "russia", "syrian-army", "unicef", "juliette-marchand", "snhr", "syrian-civil-defence",
               "ocha", "wael-hamadeh", "syria", "armed-opposition", "hts", "sohr"],
    "places": ["khan-sheikhoun", "idlib-province", "gaziantep", "sochi", "amman", "morek", "hama-province", "atmeh"],
    "incidents": [
        I("K1", "SHELLING", "2019-02-15", ["khan-sheikhoun"], ["syrian-army"], "G620"),
        I("K2", "SHELLING", "2019-02-17", ["khan-sheikhoun"], []),
    ],
    "statements": [
        S("unicef", "CLAIM", "K1", "syrian-army",
          "Government artillery and rocket fire hit a residential neighbourhood of Khan Shaykhun on Friday, killing seven civilians, four of them children, according to UNICEF.",
          killed=7, children=4, qualifier="EXACT"),
        S("unicef", "CLAIM", "K1", None,
          "The UN children's agency said two of the dead had been walking to school."),
        S("juliette-marchand", "CLAIM", "K1", None,
          "“It was the deadliest attack inside the zone since the deal took effect in October,” said Juliette Marchand, the agency's spokeswoman in Amman"),
        S("juliette-marchand", "CALL", "K1", None,
          "who called for the attack to be investigated"),
        S("snhr", "CLAIM", "K1", "syrian-army",
          "The Syrian Network for Human Rights, which documents violations by all sides, put the toll at nine and said the shells had been fired by government forces stationed near Morek, in northern Hama.",
          killed=9, qualifier="EXACT"),
        S("syrian-civil-defence", "CLAIM", "K2", None,
          "Mortar rounds struck its eastern edge in the afternoon, wounding three people but killing no one, rescuers said.",
          killed=0, injured=3, qualifier="EXACT"),
        S("ocha", "CLAIM", None, None,
          "OCHA estimates that more than 36,000 people have fled southern Idlib and northern Hama since the beginning of February."),
        S("wael-hamadeh", "CLAIM", None, None,
          "“We are moving the same families for the third or fourth time,” said Wael Hamadeh, who runs shelters for a local aid group in Atmeh, near the border."),
        S("syria", "CLAIM", None, "syrian-army",
          "The Syrian government says its forces respond only to violations by “terrorist groups” inside the zone"),
        S("syria", "ACCUSATION", None, "hts",
          "accuses Hayat Tahrir al-Sham, the jihadist alliance that controls most of the province, of wrecking the deal"),
        S("sohr", "CLAIM", None, None,
          "The Syrian Observatory for Human Rights says more than 190 civilians have been killed inside the zone since it came into force.",
          killed=190, qualifier="MORE_THAN"),
    ],
}

# ---------------------------------------------------------------- d34-02 Orbis Press Agency
GOLD["d34-02"] = {
    "article": {"outlet": "Orbis Press Agency", "publishedAt": "2019-05-14",
                "url": "https://example.org/orbis-press-agency/2019/05/14/syria-kafr-nabl-air-strikes-kill-nine"},
    "actors": ["syria", "sohr", "orbis-press-agency", "russian-military", "mustafa-al-haj", "syrian-civil-defence",
               "russian-mod", "armed-opposition", "syrian-state-tv", "syrian-army", "russia", "turkey", "un"],
    "places": ["kafranbel", "beirut", "idlib-province", "hass", "hama-province", "sochi"],
    "incidents": [
        I("A", "AIRSTRIKE", "2019-05-14", ["kafranbel"], ["russian-military"], "G621"),
        I("H", "AIRSTRIKE", "2019-05-14", ["hass"], [], "G624"),
    ],
    "statements": [
        S("sohr", "CLAIM", "A", None,
          "Air strikes hit a busy street outside a bakery in the town of Kafr Nabl in Idlib province on Tuesday, killing at least nine civilians including three children, the Syrian Observatory for Human Rights said.",
          killed=9, children=3, qualifier="AT_LEAST"),
        S("sohr", "CLAIM", "A", "russian-military",
          "The Observatory, which relies on a network of sources on the ground, said Russian jets had carried out the raids."),
        S("mustafa-al-haj", "CLAIM", "A", None,
          "Mustafa al-Haj, a rescuer with the White Helmets civil defence group, said his team had pulled seven bodies from the rubble and was still searching for two missing men.",
          killed=7, qualifier="EXACT"),
        S("mustafa-al-haj", "CLAIM", "A", None,
          "\"They struck while people were queuing for bread,\" he said by phone."),
        S("syrian-civil-defence", "CLAIM", "H", None,
          "In the village of Hass, about 3 km (2 miles) to the east, a helicopter dropped barrel bombs on a house on Tuesday morning, killing three members of one family, including two children, the civil defence said.",
          killed=3, children=2, qualifier="EXACT"),
        S("russian-mod", "CLAIM", None, "russian-military",
          "which has repeatedly said its aircraft only strike militants"),
        S("syrian-state-tv", "CLAIM", None, "syrian-army",
          "Syrian state television said the army had repelled an attack by \"terrorists\" on its positions in northern Hama, without mentioning air strikes."),
        S("sohr", "CLAIM", None, None,
          "The Observatory says more than 180 civilians have been killed since the offensive began on April 30",
          killed=180, qualifier="MORE_THAN"),
        S("un", "CLAIM", None, None,
          "the United Nations says at least 150,000 people have fled their homes"),
        S("turkey", "CALL", None, "russia",
          "Ankara, which backs some rebel groups, said on Monday it had urged Moscow to halt the bombardment."),
    ],
}

# ---------------------------------------------------------------- d34-03 Gulf Sentinel
GOLD["d34-03"] = {
    "article": {"outlet": "Gulf Sentinel", "publishedAt": "2019-02-16",
                "url": "https://example.org/gulf-sentinel/2019/02/16/regime-shelling-kills-eight-khan-sheikhoun"},
    "actors": ["syrian-army", "syrian-civil-defence", "fadi-sabbagh", "gulf-sentinel", "turkish-foreign-ministry",
               "russia", "syria", "sana", "armed-opposition", "omar-hamadi", "turkey", "nlf", "hts"],
    "places": ["khan-sheikhoun", "sochi", "dubai", "idlib-province", "hmeimim", "m5-highway"],
    "incidents": [
        I("S1", "SHELLING", "2019-02-15", ["khan-sheikhoun"], ["syrian-army"], "G620"),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "S1", "syrian-army",
          "At least eight civilians, including five children, were killed on Friday when Syrian regime forces shelled a residential area of Khan Sheikhoun in southern Idlib, rescuers said.",
          killed=8, children=5, qualifier="AT_LEAST"),
        S("syrian-civil-defence", "CLAIM", "S1", None,
          "The White Helmets, whose volunteers spent hours pulling survivors from two collapsed houses, said rockets and artillery shells hit the town's western district shortly before noon."),
        S("fadi-sabbagh", "CLAIM", "S1", None,
          "Dr Fadi Sabbagh, who runs the town's only functioning hospital, told Gulf Sentinel by phone that 17 wounded people had been brought in, among them a pregnant woman.",
          injured=17, qualifier="EXACT"),
        S("turkish-foreign-ministry", "CRITICISM", "S1", None,
          "Turkey's foreign ministry condemned the attack as “a clear violation” of the Sochi memorandum"),
        S("turkish-foreign-ministry", "CALL", "S1", "russia",
          "called on Russia, as a guarantor of the deal, to restrain the regime"),
        S("sana", "CLAIM", "S1", "syrian-army",
          "State news agency SANA said army units had targeted “terrorists” who were firing on government-held villages from Khan Sheikhoun."),
        S("omar-hamadi", "DENIAL", None, "armed-opposition",
          "Omar Hamadi, a spokesman for the Turkish-backed National Front for Liberation, denied that rebels had fired on the villages"),
        S("omar-hamadi", "CLAIM", None, "nlf",
          "warned that the group would respond to any further attack on civilians"),
        S("russia", "ACCUSATION", None, "hts",
          "Moscow, which brokered the September agreement with Ankara, has accused HTS of using the buffer zone to launch drones at Hmeimim air base."),
    ],
}

# ---------------------------------------------------------------- d34-04 The Continental Herald
GOLD["d34-04"] = {
    "article": {"outlet": "The Continental Herald", "publishedAt": "2019-05-28",
                "url": "https://example.org/continental-herald/2019/05/28/jisr-al-shughur-market-idlib-offensive"},
    "actors": ["syrian-civil-defence", "russia", "syrian-army", "syria", "yusuf-kurdi", "bashar-al-assad",
               "russian-military", "nadia-larsen", "hrw", "un-security-council", "armed-opposition", "sohr",
               "ocha", "turkey"],
    "places": ["jisr-al-shughur", "idlib-province", "london", "kafr-nabuda", "hama-province", "sochi"],
    "incidents": [
        I("J", "AIRSTRIKE", "2019-05-27", ["jisr-al-shughur"], ["syrian-army", "russian-military"], "G623"),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "J", None,
          "At least 10 people were killed when warplanes struck a crowded vegetable market in Jisr al-Shughur on Monday evening, according to local rescuers, in one of the deadliest attacks of a month-old government offensive on Syria's last opposition-held province.",
          killed=10, qualifier="AT_LEAST"),
        S("syrian-civil-defence", "CLAIM", "J", "syrian-army",
          "Rescue workers said the aircraft were Syrian government jets, identified by volunteer plane spotters who track flights over the province."),
        S("yusuf-kurdi", "CLAIM", "J", None,
          "\"People were buying vegetables for the evening meal. Now there is nothing left but blood and ash,\" said Yusuf Kurdi, a shopkeeper whose stall was destroyed."),
        S("russia", "DENIAL", None, "russia",
          "Russia, which has provided air cover for Bashar al-Assad's forces since 2015, denies targeting civilians."),
        S("russia", "DENIAL", "J", "russian-military",
          "A spokesman for its embassy in London said on Tuesday that reports that Russian jets had taken part in the Jisr al-Shughur attack were \"not based on facts\"."),
        S("nadia-larsen", "ACCUSATION", None, "syria",
          "Nadia Larsen, a researcher at Human Rights Watch, accused Damascus and Moscow of deliberately targeting markets, bakeries and hospitals since late April."),
        S("nadia-larsen", "ACCUSATION", None, "russia",
          "Nadia Larsen, a researcher at Human Rights Watch, accused Damascus and Moscow of deliberately targeting markets, bakeries and hospitals since late April."),
        S("nadia-larsen", "CALL", None, "un-security-council",
          "\"The Security Council must stop looking away,\" she said."),
        S("sohr", "CLAIM", None, None,
          "Jisr al-Shughur, a town of some 40,000 people in the west of the province, has been hit at least four times since 21 May, according to the Syrian Observatory for Human Rights."),
        S("ocha", "CLAIM", None, None,
          "According to OCHA, about 270,000 people have fled their homes since 29 April, many of them to overcrowded camps along the Turkish border."),
    ],
}

# ---------------------------------------------------------------- d34-05 Jasmine Dispatch
GOLD["d34-05"] = {
    "article": {"outlet": "Jasmine Dispatch", "publishedAt": "2019-05-15",
                "url": "https://example.org/jasmine-dispatch/2019/05/15/russian-warplanes-massacre-kafranbel"},
    "actors": ["russian-military", "syrian-civil-defence", "abdulkafi-darwish", "jasmine-dispatch", "abu-yaman",
               "syrian-army", "syrian-state-media", "armed-opposition", "nlf", "syria", "russia", "snhr",
               "kafranbel-local-council", "turkey"],
    "places": ["kafranbel", "idlib-province", "hass", "al-suqaylabiyah", "hama-province", "kafr-nabuda", "sochi"],
    "incidents": [
        I("A", "AIRSTRIKE", "2019-05-14", ["kafranbel"], ["russian-military"], "G621"),
        I("B", "AIRSTRIKE", "2019-05-15", ["kafranbel"], ["syrian-army"]),
        I("H", "AIRSTRIKE", "2019-05-14", ["hass"], ["syrian-army"], "G624"),
        I("S", "SHELLING", "2019-05-14", ["al-suqaylabiyah"], ["armed-opposition", "nlf"], "G622"),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "A", "russian-military",
          "Eleven civilians, among them four children and two women, were killed on Tuesday when Russian warplanes targeted a crowd outside a bakery in the city of Kafranbel, in the southern countryside of Idlib, according to the Kafranbel Civil Defence Centre.",
          killed=11, children=4, qualifier="EXACT"),
        S("abdulkafi-darwish", "CLAIM", "A", "russian-military",
          "Abdulkafi Darwish, the head of the centre, told Jasmine Dispatch that two Russian Sukhoi jets had carried out four raids within minutes and that 23 people had been wounded, several of them critically.",
          injured=23, qualifier="EXACT"),
        S("abu-yaman", "CLAIM", "A", None,
          "\"We have nothing left but the bakery, and they bombed it,\" said Abu Yaman, a father of five who was waiting in the queue."),
        S("syrian-civil-defence", "CLAIM", "H", "syrian-army",
          "In nearby Hass, a regime helicopter dropped two barrel bombs on a house on Tuesday, killing four members of one family, among them three children, the Civil Defence said.",
          killed=4, children=3, qualifier="EXACT"),
        S("syrian-state-media", "CLAIM", "S", "armed-opposition",
          "Regime media claimed that rebels had fired rockets at the town of al-Suqaylabiyah in the Hama countryside late on Tuesday, killing two civilians.",
          killed=2, qualifier="EXACT"),
        S("nlf", "DENIAL", "S", "nlf",
          "The National Front for Liberation denied that its fighters had fired on the town"),
        S("nlf", "CLAIM", "S", "nlf",
          "saying they only target regime military positions"),
        S("snhr", "CLAIM", None, None,
          "The Syrian Network for Human Rights says Russian and regime aircraft have killed 203 civilians, including 54 children, since the offensive began on April 30.",
          killed=203, children=54, qualifier="EXACT"),
        S("kafranbel-local-council", "CALL", None, "turkey",
          "Kafranbel's local council called on Turkey, a guarantor of the Sochi agreement, to take \"a real position\" to stop the massacres."),
    ],
}

# ---------------------------------------------------------------- d34-06 Halden News
GOLD["d34-06"] = {
    "article": {"outlet": "Halden News", "publishedAt": "2019-05-29",
                "url": "https://example.org/halden-news/2019/05/29/syria-war-jisr-al-shughour-market-air-strike"},
    "actors": ["syria", "syrian-civil-defence", "sohr", "russian-military", "russian-mod", "syrian-state-media",
               "sana", "syrian-army", "armed-opposition", "ocha", "turkey", "russia", "un"],
    "places": ["jisr-al-shughur", "northwest-syria", "ariha", "latakia-province", "hama-province", "idlib-province", "kafranbel",
               "khan-sheikhoun"],
    "incidents": [
        I("J", "AIRSTRIKE", "2019-05-27", ["jisr-al-shughur"], ["russian-military"], "G623"),
        I("R", "AIRSTRIKE", "2019-05-27", ["ariha"], []),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "J", None,
          "An air strike on a vegetable market in the town of Jisr al-Shughour in north-western Syria on Monday killed 12 people, including three children, according to rescuers.",
          killed=12, children=3, qualifier="EXACT"),
        S("syrian-civil-defence", "CLAIM", "J", None,
          "The Syria Civil Defence, known as the White Helmets, said more than 30 people were wounded and that its volunteers had spent hours putting out fires among the stalls.",
          injured=30, qualifier="MORE_THAN"),
        S("sohr", "CLAIM", "J", None,
          "The Syrian Observatory for Human Rights (SOHR), a UK-based monitoring group, put the death toll at 14",
          killed=14, qualifier="EXACT"),
        S("sohr", "ACCUSATION", "J", "russian-military",
          "blamed Russian warplanes"),
        S("sohr", "CLAIM", "R", None,
          "Also on Monday, air strikes hit the outskirts of Ariha, about 25km (15 miles) to the east, killing two people, the monitor added.",
          killed=2, qualifier="EXACT"),
        S("russian-mod", "DENIAL", "J", "russian-military",
          "Russia's defence ministry said in a statement that its aircraft had not flown any missions over the area on Monday."),
        S("sana", "CLAIM", None, "syrian-army",
          "Syria's state news agency Sana said army units had \"inflicted heavy losses on terrorists\" in the northern Hama countryside."),
        S("ocha", "CRITICISM", "J", None,
          "The United Nations regional humanitarian coordinator said he was \"appalled\" by the strike on a busy market during Ramadan."),
        S("turkey", "CLAIM", None, "turkey",
          "Turkey, which has 12 military observation posts in Idlib, said it had raised the attacks with Moscow."),
        S("un", "CLAIM", None, None,
          "The UN says more than 200,000 people have since fled their homes, and at least 20 health facilities have been hit."),
    ],
}

# ---------------------------------------------------------------- d34-07 Sever News Agency
GOLD["d34-07"] = {
    "article": {"outlet": "Sever News Agency", "publishedAt": "2019-05-15",
                "url": "https://example.org/sever-news-agency/en/2019/05/15/russian-military-denies-striking-kafr-nabl"},
    "actors": ["russian-military", "armed-opposition", "sever-news-agency", "russian-reconciliation-centre",
               "pyotr-zhukovets", "syrian-civil-defence", "russia", "syria", "hts", "sana", "syrian-army", "sohr",
               "turkey", "russian-foreign-ministry"],
    "places": ["idlib-province", "kafranbel", "hama-province", "moscow", "northwest-syria", "al-suqaylabiyah",
               "kafr-zita", "hmeimim", "sochi"],
    "incidents": [
        I("A", "AIRSTRIKE", "2019-05-14", ["kafranbel"], ["russian-military"], "G621"),
        I("S", "SHELLING", "2019-05-14", ["al-suqaylabiyah"], ["hts"], "G622"),
        I("K", "SHELLING", "2019-05-15", ["kafr-zita"], ["syrian-army"]),
        I("D", "OTHER", "2019-05-13", ["hmeimim"], ["armed-opposition"]),
    ],
    "statements": [
        S("russian-reconciliation-centre", "DENIAL", "A", "russian-military",
          "The Russian Centre for Reconciliation of the Opposing Sides in Syria has rejected as false reports that Russian aircraft bombed a residential area of Kafr Nabl in the Idlib de-escalation zone on Tuesday."),
        S("pyotr-zhukovets", "DENIAL", "A", "russian-military",
          "\"Aircraft of the Russian Aerospace Forces did not perform any combat missions in that area on May 14,\" the centre's head, Rear Admiral Pyotr Zhukovets, told reporters."),
        S("pyotr-zhukovets", "ACCUSATION", "A", "syrian-civil-defence",
          "According to Zhukovets, the so-called White Helmets had prepared the footage in advance \"to accuse Russia and the Syrian government of attacking civilians.\""),
        S("russian-reconciliation-centre", "ACCUSATION", "S", "hts",
          "Overnight, Hayat Tahrir al-Sham militants fired 14 rockets at the town of Suqaylabiyah in northern Hama, killing three civilians and injuring eight, the centre said.",
          killed=3, injured=8, qualifier="EXACT"),
        S("sana", "CLAIM", "S", None,
          "The Syrian Arab News Agency (SANA) put the death toll at four, including two children.",
          killed=4, children=2, qualifier="EXACT"),
        S("syrian-army", "CONFIRMATION", "K", "syrian-army",
          "The Syrian army confirmed in a statement that its artillery had struck the rocket launch sites near the village of Kafr Zita on Wednesday morning."),
        S("pyotr-zhukovets", "ACCUSATION", "D", "armed-opposition",
          "Russian air defences at the Hmeimim air base also shot down two drones launched by militants from the de-escalation zone on Monday evening, Zhukovets added."),
        S("pyotr-zhukovets", "CLAIM", "D", None,
          "There were no casualties and no damage, he said.",
          killed=0, injured=0, qualifier="EXACT"),
        S("sohr", "CLAIM", "A", None,
          "Earlier, Western media, citing the London-based Syrian Observatory for Human Rights, reported that nine people had been killed in Kafr Nabl.",
          killed=9, qualifier="EXACT"),
        S("russian-foreign-ministry", "CRITICISM", None, "turkey",
          "\"Our Turkish partners have not yet fulfilled these obligations,\" a Russian Foreign Ministry official said last week."),
        S("russia", "CLAIM", None, "russia",
          "The Russian side has repeatedly warned that it will not tolerate the presence of terrorists in Idlib indefinitely."),
    ],
}

# ---------------------------------------------------------------- d34-08 Levant Mirror (no date)
GOLD["d34-08"] = {
    "article": {"outlet": "Levant Mirror", "publishedAt": None,
                "url": "https://example.org/levant-mirror/syria/barrel-bombs-hit-maarat-al-numan-outskirts"},
    "actors": ["syrian-army", "syrian-civil-defence", "hisham-barakat", "sana", "armed-opposition", "turkey",
               "ghassan-daher", "unicef", "turkish-mod", "hts", "eu", "russia"],
    "places": ["maarat-al-numan", "idlib-province", "mhardeh", "hama-province", "atmeh", "sarmada", "kafranbel",
               "northwest-syria", "sochi", "bab-al-hawa"],
    "incidents": [
        I("M", "AIRSTRIKE", None, ["maarat-al-numan"], ["syrian-army"]),
        I("T", "SHELLING", None, ["mhardeh"], ["armed-opposition"]),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "M", "syrian-army",
          "Government helicopters dropped at least six barrel bombs on the eastern outskirts of Maarat al-Numan on Thursday, killing a farmer and wounding four members of his family, rescuers said.",
          killed=1, injured=4, qualifier="EXACT"),
        S("hisham-barakat", "CLAIM", "M", None,
          "\"He was in his field picking cucumbers when the first one fell,\" said his brother, Hisham Barakat."),
        S("sana", "CLAIM", "T", "armed-opposition",
          "Syria's state news agency SANA said the rockets had been fired by \"terrorist groups\" and had wounded six people.",
          injured=6, qualifier="EXACT"),
        S("syrian-army", "ACCUSATION", "T", "turkey",
          "A Syrian military source quoted by the agency accused Ankara of arming the groups that fired them."),
        S("ghassan-daher", "CLAIM", None, None,
          "\"The planes come every hour. Nobody is safe anywhere in the south,\" he said."),
        S("unicef", "CLAIM", None, None,
          "UNICEF said at least 33 children had been killed in north-west Syria in the past month.",
          killed=33, children=33, qualifier="AT_LEAST"),
        S("turkish-mod", "CLAIM", None, "turkish-mod",
          "Turkey's defence ministry said it had reinforced its observation posts in Idlib and warned that any attack on them would be met \"with the strongest response\"."),
        S("hts", "CLAIM", None, "hts",
          "Hayat Tahrir al-Sham, the dominant jihadist group in the province, said its fighters had repelled a government advance in the northern Hama countryside."),
        S("eu", "CRITICISM", None, None,
          "The EU's foreign policy service said the escalation was \"unacceptable\""),
        S("eu", "CALL", None, "russia",
          "urged Russia and Turkey to restore the ceasefire they agreed in Sochi last September"),
        S("eu", "CALL", None, "turkey",
          "urged Russia and Turkey to restore the ceasefire they agreed in Sochi last September"),
    ],
}

# ---------------------------------------------------------------- registry extension
def outlet(i, name, aliases, note):
    return {"id": i, "name": name, "kind": "news-agency", "partOf": None, "aliases": aliases,
            "fictional": True, "note": note}

def person(i, name, part, aliases, role):
    return {"id": i, "name": name, "kind": "person", "partOf": part, "aliases": aliases,
            "fictional": True, "role": role}

NEW_ACTORS = [
    outlet("orbis-press-agency", "Orbis Press Agency (OPA)", ["Orbis Press Agency", "OPA"],
           "Fictional wire agency (dev-34: d34-02)."),
    outlet("halden-news", "Halden News", ["Halden News", "Halden Broadcasting"],
           "Fictional broadcaster's news website (dev-34: d34-06)."),
    outlet("continental-herald", "The Continental Herald", ["The Continental Herald", "Continental Herald"],
           "Fictional international newspaper (dev-34: d34-04)."),
    outlet("relief-ledger", "Relief Ledger", ["Relief Ledger"],
           "Fictional humanitarian news outlet (dev-34: d34-01)."),
    outlet("gulf-sentinel", "Gulf Sentinel", ["Gulf Sentinel"],
           "Fictional Gulf daily (dev-34: d34-03)."),
    outlet("jasmine-dispatch", "Jasmine Dispatch", ["Jasmine Dispatch"],
           "Fictional Syrian opposition news site (dev-34: d34-05)."),
    outlet("sever-news-agency", "Sever News Agency (English service)", ["Sever News Agency", "SEVER", "/SEVER/"],
           "Fictional Russian state news agency, English service (dev-34: d34-07)."),
    outlet("levant-mirror", "Levant Mirror", ["Levant Mirror"],
           "Fictional regional (Levant) news outlet (dev-34: d34-08)."),
    {"id": "kafranbel-local-council", "name": "Kafranbel local council", "kind": "local-authority", "partOf": None,
     "aliases": ["Kafranbel's local council", "Kafranbel local council", "Kafr Nabl local council"],
     "fictional": True, "note": "Opposition-run local council of Kafranbel (dev-34)."},
    person("juliette-marchand", "Juliette Marchand", "unicef", ["Juliette Marchand", "Marchand"],
           "UNICEF spokeswoman, Amman"),
    person("wael-hamadeh", "Wael Hamadeh", None, ["Wael Hamadeh", "Hamadeh"],
           "shelter coordinator with a local aid group, Atmeh"),
    person("fadi-sabbagh", "Dr Fadi Sabbagh", None, ["Dr Fadi Sabbagh", "Fadi Sabbagh", "Sabbagh"],
           "hospital director, Khan Shaykhun"),
    person("mustafa-al-haj", "Mustafa al-Haj", "syrian-civil-defence", ["Mustafa al-Haj"],
           "White Helmets rescuer, Kafr Nabl"),
    person("abu-yaman", "Abu Yaman", None, ["Abu Yaman"],
           "resident, Kafranbel"),
    person("yusuf-kurdi", "Yusuf Kurdi", None, ["Yusuf Kurdi", "Kurdi"],
           "shopkeeper, Jisr al-Shughur market"),
    person("hisham-barakat", "Hisham Barakat", None, ["Hisham Barakat"],
           "resident, Maarat al-Numan outskirts (brother of a farmer killed)"),
    person("ghassan-daher", "Ghassan Daher", None, ["Ghassan Daher"],
           "displaced resident of Kafr Nabl"),
]

NEW_PLACES = [
    {"id": "amman", "name": "Amman", "kind": "city", "province": "Amman", "country": "Jordan",
     "lat": 31.9539, "lon": 35.9106, "aliases": ["Amman"]},
    {"id": "dubai", "name": "Dubai", "kind": "city", "province": "Dubai", "country": "United Arab Emirates",
     "lat": 25.2048, "lon": 55.2708, "aliases": ["Dubai"]},
    {"id": "london", "name": "London", "kind": "city", "province": "Greater London", "country": "United Kingdom",
     "lat": 51.5074, "lon": -0.1278, "aliases": ["London"],
     "note": "Locative use only (\"its embassy in London\"); \"London-based\" is not a mention."},
]

NEW_GLOBALS = [
    {"id": "G620", "label": "Government shelling of a residential neighbourhood of Khan Shaykhun",
     "kind": "SHELLING", "date": "2019-02-15", "places": ["khan-sheikhoun"], "articles": ["d34-01", "d34-03"],
     "figures": "killed 7 incl. 4 children (UNICEF) / 9 (SNHR) / at least 8 incl. 5 children (rescuers); 17 wounded (hospital)"},
    {"id": "G621", "label": "Air strike near a bakery in Kafr Nabl (Kafranbel)",
     "kind": "AIRSTRIKE", "date": "2019-05-14", "places": ["kafranbel"], "articles": ["d34-02", "d34-05", "d34-07"],
     "figures": "killed at least 9 incl. 3 children (SOHR) / 7 bodies (rescuer, day 1) / 11 incl. 4 children and 23 wounded (civil defence, day 2) / 9 (SOHR via Western media); denied by the Russian reconciliation centre"},
    {"id": "G622", "label": "Rocket fire on al-Suqaylabiyah",
     "kind": "SHELLING", "date": "2019-05-14", "places": ["al-suqaylabiyah"], "articles": ["d34-05", "d34-07"],
     "figures": "killed 2 (state media, 'rebels') / 3 killed and 8 injured (Russian reconciliation centre, HTS) / 4 incl. 2 children (SANA); denied by the NLF"},
    {"id": "G623", "label": "Air strike on the vegetable market in Jisr al-Shughur",
     "kind": "AIRSTRIKE", "date": "2019-05-27", "places": ["jisr-al-shughur"], "articles": ["d34-04", "d34-06"],
     "figures": "killed at least 10 (rescuers, day 1) / 12 incl. 3 children, more than 30 wounded (rescuers, day 2) / 14 (SOHR); Syrian government jets (rescuers) vs Russian warplanes (SOHR); denied by Russia"},
    {"id": "G624", "label": "Helicopter barrel bombs on a house in Hass",
     "kind": "AIRSTRIKE", "date": "2019-05-14", "places": ["hass"], "articles": ["d34-02", "d34-05"],
     "figures": "killed 3 incl. 2 children ('a helicopter') vs 4 incl. 3 children ('a regime helicopter'), both from the civil defence"},
]


def main():
    for stem, g in GOLD.items():
        with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
            title = f.read().split("\n", 1)[0]
        art = {"id": stem, "title": title, "outlet": g["article"]["outlet"],
               "publishedAt": g["article"]["publishedAt"], "url": g["article"]["url"]}
        out = {"article": art, "actors": g["actors"], "places": g["places"],
               "incidents": g["incidents"], "statements": g["statements"]}
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
    # extend the registry copy (idempotent: start from the shared original each time)
    with open("/work/shared/corpus/entities.json", encoding="utf-8") as f:
        reg = json.load(f)
    reg["actors"].extend(NEW_ACTORS)
    reg["places"].extend(NEW_PLACES)
    reg["globalIncidents"].extend(NEW_GLOBALS)
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", len(GOLD), "gold files and entities.json")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build script for the heldout-46 blind gold set.

Writes h46-NN.gold.json and entities.json (the shared registry, extended only).
Run from this folder: python3 build.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED_REGISTRY = "/work/shared/corpus/entities.json"


def S(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, qualifier=None):
    return {
        "speaker": speaker,
        "stance": stance,
        "about": {"incident": incident, "actor": actor},
        "killed": killed,
        "injured": injured,
        "children": children,
        "qualifier": qualifier,
        "evidence": evidence,
    }


def I(key, kind, date, places, perps, same_as=None):
    return {
        "key": key,
        "kind": kind,
        "date": date,
        "places": places,
        "perpetratorAlleged": perps,
        "sameAs": same_as,
    }


def title_of(stem):
    with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
        return f.readline().rstrip("\n")


GOLD = {}

# ---------------------------------------------------------------- h46-01
GOLD["h46-01"] = {
    "article": {
        "outlet": "Orion Wire",
        "publishedAt": "2018-04-24",
        "url": "https://example.org/orion-wire/2018/04/24/syria-jisr-al-shughur-air-strikes-kill-11",
    },
    "actors": ["syria", "sohr", "orion-wire", "russian-military", "khaled-abu-rashed", "syrian-civil-defence",
               "russian-mod", "ria-novosti", "syrian-army", "sana", "armed-opposition", "turkey", "russia", "iran"],
    "places": ["jisr-al-shughur", "beirut", "idlib-province", "armanaz", "latakia-province", "eastern-ghouta",
               "damascus", "northwest-syria"],
    "incidents": [
        I("A", "AIRSTRIKE", "2018-04-24", ["jisr-al-shughur"], ["russian-military"], "G670"),
        I("B", "AIRSTRIKE", "2018-04-24", ["armanaz"], [], None),
    ],
    "statements": [
        S("sohr", "CLAIM", "A", None,
          "Air strikes on a residential district of Jisr al-Shughur in Syria's rebel-held Idlib province killed at least 11 civilians, three of them children, on Tuesday, the Syrian Observatory for Human Rights said.",
          killed=11, children=3, qualifier="AT_LEAST"),
        S("sohr", "CLAIM", "A", "russian-military",
          "The Britain-based monitor said Russian warplanes carried out the raids, which flattened two apartment buildings near the town's main mosque."),
        S("khaled-abu-rashed", "CLAIM", "A", None,
          "\"There are still families under the concrete,\" said Khaled Abu Rashed, a civil defence volunteer in the town, as a bulldozer worked behind him."),
        S("khaled-abu-rashed", "CLAIM", "A", None,
          "He told Orion Wire that rescuers had pulled nine bodies and 23 wounded people from the rubble by mid-afternoon.",
          killed=9, injured=23, qualifier="EXACT"),
        S("sohr", "CLAIM", "B", None,
          "Warplanes also struck the town of Armanaz, north-east of Jisr al-Shughur, wounding four people, the Observatory said.",
          injured=4, qualifier="EXACT"),
        S("russian-mod", "DENIAL", "A", "russian-military",
          "Russia's defence ministry said its aircraft had not flown any missions over Jisr al-Shughur, the RIA Novosti news agency reported."),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "A Syrian military source quoted by state news agency SANA said the army had hit \"terrorists\" in the Jisr al-Shughur countryside but gave no details."),
        S("turkey", "CALL", None, "russia",
          "Turkey, which is setting up military observation posts around the Idlib de-escalation zone under a deal with Russia and Iran, has urged Moscow to restrain government forces."),
        S("sohr", "CLAIM", None, None,
          "The Observatory says more than 170 civilians have been killed by air strikes and shelling in Idlib since mid-March.",
          killed=170, qualifier="MORE_THAN"),
    ],
}

# ---------------------------------------------------------------- h46-02
GOLD["h46-02"] = {
    "article": {
        "outlet": "Lantern World Service",
        "publishedAt": "2018-05-13",
        "url": "https://example.org/lantern-world-service/2018/05/13/syria-war-sarmin-bakery-strike",
    },
    "actors": ["syria", "sohr", "russian-military", "syrian-army", "syrian-civil-defence", "abdulrahman-hilal",
               "sarmin-local-council", "lantern-world-service", "syrian-state-tv", "armed-opposition",
               "turkish-foreign-ministry", "turkey", "russia", "iran", "un"],
    "places": ["idlib-province", "sarmin", "northwest-syria", "eastern-ghouta", "idlib-city", "binnish", "taftanaz",
               "damascus"],
    "incidents": [
        I("A", "AIRSTRIKE", "2018-05-13", ["sarmin"], ["russian-military", "syrian-army"], "G671"),
        I("B", "AIRSTRIKE", "2018-05-13", ["taftanaz"], ["syrian-army"], "G673"),
    ],
    "statements": [
        S("sohr", "CLAIM", "A", None,
          "At least eight people have been killed in an air strike on a bakery in the town of Sarmin in north-western Syria, a UK-based monitor says.",
          killed=8, qualifier="AT_LEAST"),
        S("sohr", "CLAIM", "A", None,
          "The Syrian Observatory for Human Rights said the aircraft struck shortly after dawn on Sunday, as dozens of people waited outside the only bakery still working in the town."),
        S("sohr", "CLAIM", "A", None,
          "It said it could not yet tell whether the jets were Russian or belonged to the Syrian air force."),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "Rescue workers from the Syria Civil Defence, known as the White Helmets, put the toll at six dead, including two children, and 19 wounded.",
          killed=6, injured=19, children=2, qualifier="EXACT"),
        S("abdulrahman-hilal", "CLAIM", "A", None,
          "Abdulrahman Hilal, the head of Sarmin's local council, said the bakery produced bread for about 20,000 people, many of them families who arrived from Eastern Ghouta last month."),
        S("abdulrahman-hilal", "CLAIM", "A", None,
          "\"Now there is no bread in Sarmin,\" he told Lantern World Service."),
        S("syrian-civil-defence", "CLAIM", "B", "syrian-army",
          "Later on Sunday, government helicopters dropped barrel bombs on Taftanaz, a few kilometres to the north, the White Helmets said."),
        S("syrian-state-tv", "CLAIM", None, "syrian-army",
          "Syrian state television said the army had shelled positions held by \"terrorists\" east of Idlib city"),
        S("turkish-foreign-ministry", "CRITICISM", "A", None,
          "Turkey's foreign ministry condemned the attack, saying it was a clear violation of the de-escalation deal that Ankara agreed with Moscow and Tehran."),
        S("un", "CLAIM", None, None,
          "The UN says more than 100,000 people have been displaced into the province since the start of the year."),
    ],
}

# ---------------------------------------------------------------- h46-03
GOLD["h46-03"] = {
    "article": {
        "outlet": "The Continental Herald",
        "publishedAt": "2018-04-26",
        "url": "https://example.org/continental-herald/world/2018/apr/26/ghouta-evacuees-bury-dead-jisr-al-shughur",
    },
    "actors": ["syrian-civil-defence", "samer-qassab", "snhr", "russian-military", "russia",
               "russian-foreign-ministry", "syrian-state-media", "sana", "syrian-army", "armed-opposition", "turkey",
               "turkish-foreign-ministry", "turkish-army"],
    "places": ["eastern-ghouta", "jisr-al-shughur", "northwest-syria", "hmeimim", "moscow", "hama-province",
               "idlib-province"],
    "incidents": [
        I("A", "AIRSTRIKE", "2018-04-24", ["jisr-al-shughur"], ["russian-military"], "G670"),
        I("B", "SHELLING", "2018-04-25", ["jisr-al-shughur"], [], None),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The Syria Civil Defence, the volunteer rescue service known as the White Helmets, said the death toll had risen to 14, including four children, making it the deadliest attack on the town this year.",
          killed=14, children=4, qualifier="EXACT"),
        S("samer-qassab", "CLAIM", "A", None,
          "Samer Qassab, a doctor who runs the town's only surgical hospital, said 31 wounded people had been brought in on Tuesday, eight of whom remained in a critical condition.",
          injured=31, qualifier="EXACT"),
        S("samer-qassab", "CLAIM", "A", None,
          "\"Half of them came from Ghouta a month ago,\" he said."),
        S("snhr", "ACCUSATION", "A", "russian-military",
          "The Syrian Network for Human Rights, which documents abuses by all sides, blamed Russian forces for the attack, saying the jets had taken off from Hmeimim air base on the coast."),
        S("russia", "DENIAL", "A", "russian-military",
          "Moscow has rejected the accusation that its aircraft were involved."),
        S("russian-foreign-ministry", "DENIAL", "A", None,
          "A spokeswoman for Russia's Foreign Ministry told reporters in Moscow on Wednesday that reports of civilian deaths in Jisr al-Shughur had been \"fabricated by the White Helmets\"."),
        S("russian-foreign-ministry", "ACCUSATION", "A", "syrian-civil-defence",
          "A spokeswoman for Russia's Foreign Ministry told reporters in Moscow on Wednesday that reports of civilian deaths in Jisr al-Shughur had been \"fabricated by the White Helmets\"."),
        S("sana", "CLAIM", None, "syrian-army",
          "The state news agency SANA reported instead that army units had repelled an attack by \"terrorists\" in northern Hama."),
        S("syrian-civil-defence", "CLAIM", "B", None,
          "On Wednesday, shells landed on the western edge of Jisr al-Shughur, wounding two children, according to the civil defence.",
          injured=2, qualifier="EXACT"),
        S("turkey", "CRITICISM", "A", None,
          "Turkey said it was \"deeply concerned\" by Tuesday's strikes."),
        S("turkish-foreign-ministry", "CALL", None, "russia",
          "Its foreign ministry called on Russia to restrain the Syrian air force"),
        S("turkish-foreign-ministry", "ACCUSATION", None, "syrian-army",
          "which it said had breached the de-escalation agreement \"dozens of times\" since March"),
    ],
}

# ---------------------------------------------------------------- h46-04
GOLD["h46-04"] = {
    "article": {
        "outlet": "Relief Dispatch",
        "publishedAt": "2018-05-30",
        "url": "https://example.org/relief-dispatch/2018/05/30/atmeh-camp-missile-ghouta-displaced",
    },
    "actors": ["syrian-civil-defence", "mahmoud-jalloul", "relief-dispatch", "ocha", "syria", "ingrid-vasquez",
               "wfp", "eleni-markou", "save-the-children", "russia", "turkey"],
    "places": ["eastern-ghouta", "atmeh", "idlib-province", "aleppo-province", "sarmin", "bab-al-hawa"],
    "incidents": [
        I("A", "SHELLING", "2018-05-28", ["atmeh"], [], "G672"),
        I("B", "AIRSTRIKE", "2018-05-13", ["sarmin"], [], "G671"),
    ],
    "statements": [
        S("mahmoud-jalloul", "CLAIM", "A", None,
          "Late on Monday, a missile hit a row of tents on the edge of one of the camps, killing five people, three of them children, according to the camp’s administrator, Mahmoud Jalloul.",
          killed=5, children=3, qualifier="EXACT"),
        S("mahmoud-jalloul", "CLAIM", "A", None,
          "“We had no warning, people were asleep,” Jalloul said by phone."),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The Syria Civil Defence said 11 people were wounded and that the missile appeared to have come from government-held areas to the south.",
          injured=11, qualifier="EXACT"),
        S("ocha", "CLAIM", None, None,
          "The UN Office for the Coordination of Humanitarian Affairs (OCHA) estimates that more than 120,000 people have arrived in Idlib and the western Aleppo countryside since March from areas retaken by the government."),
        S("ingrid-vasquez", "CRITICISM", "A", None,
          "“Striking a camp full of sleeping families is unconscionable,” said Ingrid Vasquez, an OCHA spokeswoman"),
        S("ingrid-vasquez", "CALL", "A", None,
          "who called for an independent investigation"),
        S("wfp", "CLAIM", "B", None,
          "On 13 May, an air strike on a bakery in Sarmin killed seven people, including two of its workers, according to the World Food Programme, which supplied the bakery with flour.",
          killed=7, qualifier="EXACT"),
        S("eleni-markou", "CLAIM", None, "wfp",
          "WFP spokeswoman Eleni Markou said the agency had since paused deliveries to two other bakeries in southern Idlib."),
        S("save-the-children", "CLAIM", None, None,
          "Save the Children said at least 60 children had been killed in Idlib since the start of April",
          killed=60, children=60, qualifier="AT_LEAST"),
        S("save-the-children", "CALL", None, None,
          "urged donors to fund schools in the camps"),
    ],
}

# ---------------------------------------------------------------- h46-05
GOLD["h46-05"] = {
    "article": {
        "outlet": "Marmara Daily",
        "publishedAt": "2018-05-29",
        "url": "https://example.org/marmara-daily/diplomacy/2018/05/29/regime-fires-on-turkish-observation-post-idlib",
    },
    "actors": ["syrian-army", "turkish-army", "turkey", "russia", "iran", "anadolu", "syria", "nlf",
               "armed-opposition", "selim-karaca", "turkish-foreign-ministry", "turkish-red-crescent", "sana"],
    "places": ["idlib-province", "istanbul", "ishtabraq", "jisr-al-shughur", "morek", "hama-province", "atmeh",
               "eastern-ghouta"],
    "incidents": [
        I("P", "SHELLING", "2018-05-27", ["ishtabraq"], ["syrian-army"], "G674"),
        I("C", "SHELLING", "2018-05-28", ["atmeh"], ["syrian-army"], "G672"),
    ],
    "statements": [
        S("turkish-army", "ACCUSATION", "P", "syrian-army",
          "Regime forces fired mortar shells at the vicinity of a Turkish observation post near Ishtabraq in Idlib on Sunday, the Turkish Armed Forces said in a written statement, adding that there were no casualties.",
          killed=0, injured=0, qualifier="EXACT"),
        S("turkish-army", "CLAIM", "P", "turkish-army",
          "According to the statement, Turkish troops immediately responded to the fire \"in kind\" and the situation had since calmed."),
        S("anadolu", "CLAIM", "C", "syrian-army",
          "Overnight, a surface-to-surface missile fired by regime forces struck a camp for displaced Syrians near Atmeh, close to the Turkish border, killing five civilians, including three children, Anadolu Agency reported, citing local sources.",
          killed=5, children=3, qualifier="EXACT"),
        S("nlf", "ACCUSATION", "C", "syrian-army",
          "The National Front for Liberation (NLF), a coalition of Turkish-backed opposition groups, blamed regime forces for the missile attack"),
        S("nlf", "CLAIM", "C", "nlf",
          "vowed to respond"),
        S("selim-karaca", "CRITICISM", "C", None,
          "Foreign Ministry spokesman Selim Karaca condemned the attack on the camp, calling it \"a crime against humanity\"."),
        S("selim-karaca", "ACCUSATION", None, "syria",
          "He said the regime was trying to \"sabotage\" the de-escalation process."),
        S("turkish-red-crescent", "CLAIM", "C", "turkish-red-crescent",
          "The Turkish Red Crescent said its teams had delivered tents, blankets and hot meals to families at the camp early on Tuesday."),
        S("sana", "CLAIM", None, "syrian-army",
          "Syria's state news agency SANA said army units had destroyed rocket launchers belonging to \"terrorists\" in the Jisr al-Shughur countryside on Sunday, without mentioning the Turkish post."),
    ],
}

# ---------------------------------------------------------------- h46-06 (no publication date)
GOLD["h46-06"] = {
    "article": {
        "outlet": "Zeitoun Voice",
        "publishedAt": None,
        "url": "https://example.org/zeitoun-voice/news/snhr-russian-warplanes-sarmin-bakery-massacre",
    },
    "actors": ["russian-military", "snhr", "abdulrahman-hilal", "sarmin-local-council", "zeitoun-voice",
               "mustafa-haj-omar", "syrian-civil-defence", "syrian-army", "russian-mod", "un-security-council",
               "russia"],
    "places": ["sarmin", "idlib-province", "eastern-ghouta", "binnish", "idlib-city", "taftanaz", "armanaz"],
    "incidents": [
        I("A", "AIRSTRIKE", "2018-05-13", ["sarmin"], ["russian-military"], "G671"),
        I("B", "AIRSTRIKE", "2018-05-13", ["taftanaz"], ["syrian-army"], "G673"),
        I("C", "AIRSTRIKE", None, ["armanaz"], [], None),
    ],
    "statements": [
        S("snhr", "ACCUSATION", "A", "russian-military",
          "The Syrian Network for Human Rights (SNHR) has held Russian forces responsible for the massacre at a bakery in the city of Sarmin in the eastern Idlib countryside on Sunday, May 13, 2018, which killed ten civilians, among them four children and two women.",
          killed=10, children=4, qualifier="EXACT"),
        S("snhr", "CLAIM", "A", "russian-military",
          "In a report issued on Wednesday, the network said it had identified the aircraft as a Russian Sukhoi-24 from the testimony of observers who track flights over the region."),
        S("abdulrahman-hilal", "CLAIM", "A", None,
          "The head of the Sarmin local council, Abdulrahman Hilal, told Zeitoun Voice that the bakery had supplied bread to about 25,000 people, \"including thousands of families displaced from Ghouta\"."),
        S("abdulrahman-hilal", "CLAIM", "A", "sarmin-local-council",
          "He added that the council had been distributing bread brought in from Binnish and Idlib city since the attack."),
        S("mustafa-haj-omar", "CLAIM", "A", None,
          "\"We pulled the bodies of the workers from under the ovens,\" said Mustafa Haj Omar, director of the civil defence centre in Sarmin."),
        S("syrian-civil-defence", "CLAIM", "B", "syrian-army",
          "On the same day, regime helicopters dropped four barrel bombs on the town of Taftanaz, wounding a woman and her daughter, according to the Syrian Civil Defence.",
          injured=2, qualifier="EXACT"),
        S("russian-mod", "DENIAL", None, None,
          "The Russian ministry has in the past dismissed the network's reports as \"politically motivated\"."),
        S("snhr", "CALL", None, "un-security-council",
          "The network called on the UN Security Council to hold Russia accountable for \"its crimes against the Syrian people\"."),
    ],
}

# ---------------------------------------------------------------- h46-07
GOLD["h46-07"] = {
    "article": {
        "outlet": "Vostok Information Agency",
        "publishedAt": "2018-05-29",
        "url": "https://example.org/vostok-information-agency/en/world/2018/05/29/militants-shelled-area-near-turkish-post-idlib",
    },
    "actors": ["armed-opposition", "turkish-army", "russian-military", "vostok-agency", "hts",
               "russian-reconciliation-centre", "oleg-vetrov", "russia", "turkey", "turkish-mod", "russian-mod",
               "syrian-civil-defence", "syrian-army", "syria", "iran"],
    "places": ["idlib-province", "moscow", "ishtabraq", "northwest-syria", "hmeimim", "atmeh", "astana"],
    "incidents": [
        I("P", "SHELLING", "2018-05-27", ["ishtabraq"], ["hts"], "G674"),
        I("D", "OTHER", "2018-05-27", ["hmeimim"], ["armed-opposition"], None),
        I("C", "SHELLING", "2018-05-28", ["atmeh"], ["syrian-army", "armed-opposition"], "G672"),
    ],
    "statements": [
        S("oleg-vetrov", "ACCUSATION", "P", "hts",
          "Fighters of the Hayat Tahrir al-Sham* group shelled the area around a Turkish observation post near the settlement of Ishtabraq in the Idlib de-escalation zone on Sunday, the head of the Russian Centre for Reconciliation of the Opposing Sides in Syria, Major General Oleg Vetrov, told reporters on Tuesday."),
        S("oleg-vetrov", "ACCUSATION", "P", "hts",
          "\"The purpose of this provocation was to disrupt cooperation between the Russian and Turkish sides in the de-escalation zone,\" Vetrov said, noting that none of the Turkish servicemen had been hurt."),
        S("russian-reconciliation-centre", "CLAIM", "P", "russian-reconciliation-centre",
          "The centre said it had informed the Turkish side about the incident through the existing hotline."),
        S("turkish-mod", "CLAIM", "P", None,
          "The Turkish Defence Ministry said on Monday that its troops at the post had come under fire"),
        S("russian-mod", "ACCUSATION", "D", "armed-opposition",
          "In another development, Russian air defence systems at the Hmeimim air base destroyed two drones launched by militants late on Sunday, the Russian Defence Ministry said."),
        S("russian-mod", "CLAIM", "D", None,
          "\"There were no casualties and no damage to equipment,\" the ministry added.",
          killed=0, injured=0, qualifier="EXACT"),
        S("syrian-civil-defence", "ACCUSATION", "C", "syrian-army",
          "Separately, some Western media outlets, citing the so-called White Helmets, have blamed Syrian government forces for firing a missile at a camp for displaced people near Atmeh overnight."),
        S("oleg-vetrov", "DENIAL", "C", "syrian-army",
          "Vetrov rejected the claims as \"fake news\", saying government troops had not opened fire in that area."),
        S("oleg-vetrov", "ACCUSATION", "C", "armed-opposition",
          "According to him, the missile was launched by militants themselves in order to discredit Damascus."),
        S("russia", "CLAIM", None, "russia",
          "Russia has repeatedly said it will keep striking Hayat Tahrir al-Sham and other terrorist groups, which are not covered by the ceasefire."),
    ],
}

# ---------------------------------------------------------------- h46-08
GOLD["h46-08"] = {
    "article": {
        "outlet": "Mashriq Post",
        "publishedAt": "2018-06-09",
        "url": "https://example.org/mashriq-post/middle-east/2018/06/09/binnish-strike-kills-seven-idlib",
    },
    "actors": ["syrian-army", "wael-ghanem", "mashriq-post", "turkey", "idlib-health-directorate", "sohr", "syria",
               "russian-military", "unicef", "mahmoud-jalloul", "syrian-civil-defence", "syrian-state-tv", "russia",
               "un"],
    "places": ["binnish", "idlib-province", "beirut", "idlib-city", "atmeh", "jisr-al-shughur", "hama-province"],
    "incidents": [
        I("A", "AIRSTRIKE", "2018-06-07", ["binnish"], ["syrian-army"], None),
        I("B", "SHELLING", "2018-05-28", ["atmeh"], [], "G672"),
        I("C", "SHELLING", "2018-06-08", ["jisr-al-shughur"], ["syrian-army"], None),
    ],
    "statements": [
        S("wael-ghanem", "CLAIM", "A", None,
          "At least seven people, including a mother and her three children, were killed on Thursday when warplanes struck a residential neighbourhood in Binnish, north-east of Idlib city, according to Wael Ghanem, a doctor at the town's field hospital.",
          killed=7, children=3, qualifier="AT_LEAST"),
        S("wael-ghanem", "CLAIM", "A", None,
          "\"Most of the wounded are women and children,\" Ghanem told the Mashriq Post, adding that 22 people were still being treated, some of them in hospitals across the border in Turkey.",
          injured=22, qualifier="EXACT"),
        S("idlib-health-directorate", "CONFIRMATION", "A", None,
          "The Idlib Health Directorate later confirmed eight deaths.",
          killed=8, qualifier="EXACT"),
        S("sohr", "CLAIM", "A", "syrian-army",
          "The Syrian Observatory for Human Rights, which relies on a network of sources on the ground, said nine people had died and attributed the raid to Syrian government aircraft.",
          killed=9, qualifier="EXACT"),
        S("sohr", "CLAIM", None, "russian-military",
          "Russian jets have flown most of the sorties over eastern Idlib since the spring, according to the monitor."),
        S("unicef", "CRITICISM", "A", None,
          "UNICEF said it was \"horrified\" by the killing of children in Binnish"),
        S("unicef", "CALL", "A", None,
          "reminded all parties that children \"must never be a target\""),
        S("mahmoud-jalloul", "CLAIM", "B", None,
          "Mahmoud Jalloul, who manages the camp, told the Mashriq Post this week that the death toll from that attack had risen to six after a girl died of her wounds.",
          killed=6, qualifier="EXACT"),
        S("syrian-civil-defence", "CLAIM", "C", "syrian-army",
          "On Friday, government artillery shelled the western outskirts of Jisr al-Shughur, the Syria Civil Defence said, without giving casualty figures."),
        S("syrian-state-tv", "CLAIM", None, "syrian-army",
          "state television said on Wednesday that the army was \"determined to liberate every inch\" of Idlib"),
        S("turkey", "CALL", None, "russia",
          "Ankara, which has set up 12 observation posts around the province, has urged Moscow to prevent an offensive."),
        S("un", "CLAIM", None, None,
          "About 2.5 million people live in Idlib, roughly half of them displaced from elsewhere in Syria, according to UN estimates."),
    ],
}

# ---------------------------------------------------------------- registry extension
NEW_ACTORS = [
    {"id": "iran", "name": "Iran", "kind": "state", "partOf": None,
     "aliases": ["Iran", "Tehran"], "contextualAliases": ["Tehran"],
     "note": "Added for heldout-46 (Astana guarantor). \"Tehran\" is this actor only when metonymic."},
    {"id": "sarmin-local-council", "name": "Sarmin local council", "kind": "local-authority", "partOf": None,
     "aliases": ["Sarmin local council", "Sarmin's local council", "the council"], "contextualAliases": ["the council"],
     "note": "Added for heldout-46; the council and its statements are invented."},
    {"id": "turkish-red-crescent", "name": "Turkish Red Crescent (Kizilay)", "kind": "ngo", "partOf": None,
     "aliases": ["Turkish Red Crescent", "Kizilay"], "note": "Added for heldout-46."},
    {"id": "khaled-abu-rashed", "name": "Khaled Abu Rashed", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Khaled Abu Rashed", "Abu Rashed"], "fictional": True,
     "role": "civil defence volunteer, Jisr al-Shughur"},
    {"id": "abdulrahman-hilal", "name": "Abdulrahman Hilal", "kind": "person", "partOf": "sarmin-local-council",
     "aliases": ["Abdulrahman Hilal", "Hilal"], "fictional": True, "role": "head of the Sarmin local council"},
    {"id": "samer-qassab", "name": "Samer Qassab", "kind": "person", "partOf": None,
     "aliases": ["Samer Qassab", "Qassab"], "fictional": True,
     "role": "doctor, surgical hospital, Jisr al-Shughur"},
    {"id": "mahmoud-jalloul", "name": "Mahmoud Jalloul", "kind": "person", "partOf": None,
     "aliases": ["Mahmoud Jalloul", "Jalloul"], "fictional": True,
     "role": "camp administrator near Atmeh"},
    {"id": "ingrid-vasquez", "name": "Ingrid Vasquez", "kind": "person", "partOf": "ocha",
     "aliases": ["Ingrid Vasquez", "Vasquez"], "fictional": True, "role": "OCHA spokeswoman"},
    {"id": "eleni-markou", "name": "Eleni Markou", "kind": "person", "partOf": "wfp",
     "aliases": ["Eleni Markou", "Markou"], "fictional": True, "role": "WFP spokeswoman"},
    {"id": "mustafa-haj-omar", "name": "Mustafa Haj Omar", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Mustafa Haj Omar"], "fictional": True, "role": "director of the civil defence centre, Sarmin"},
    {"id": "oleg-vetrov", "name": "Maj-Gen Oleg Vetrov", "kind": "person", "partOf": "russian-reconciliation-centre",
     "aliases": ["Major General Oleg Vetrov", "Oleg Vetrov", "Vetrov"], "fictional": True,
     "role": "head of the Russian reconciliation centre (2018, heldout-46)"},
    {"id": "wael-ghanem", "name": "Wael Ghanem", "kind": "person", "partOf": None,
     "aliases": ["Wael Ghanem", "Ghanem"], "fictional": True, "role": "doctor, field hospital, Binnish"},
    {"id": "orion-wire", "name": "Orion Wire", "kind": "news-agency", "partOf": None,
     "aliases": ["Orion Wire", "Orion"], "fictional": True, "note": "Fictional wire agency (h46-01)."},
    {"id": "lantern-world-service", "name": "Lantern World Service", "kind": "news-agency", "partOf": None,
     "aliases": ["Lantern World Service", "Lantern"], "fictional": True,
     "note": "Fictional broadcaster website (h46-02)."},
    {"id": "continental-herald", "name": "The Continental Herald", "kind": "news-agency", "partOf": None,
     "aliases": ["The Continental Herald", "Continental Herald"], "fictional": True,
     "note": "Fictional international newspaper (h46-03)."},
    {"id": "relief-dispatch", "name": "Relief Dispatch", "kind": "news-agency", "partOf": None,
     "aliases": ["Relief Dispatch"], "fictional": True, "note": "Fictional humanitarian news outlet (h46-04)."},
    {"id": "marmara-daily", "name": "Marmara Daily", "kind": "news-agency", "partOf": None,
     "aliases": ["Marmara Daily"], "fictional": True, "note": "Fictional Turkish daily (h46-05)."},
    {"id": "zeitoun-voice", "name": "Zeitoun Voice", "kind": "news-agency", "partOf": None,
     "aliases": ["Zeitoun Voice"], "fictional": True, "note": "Fictional Syrian opposition news site (h46-06)."},
    {"id": "vostok-agency", "name": "Vostok Information Agency (English service)", "kind": "news-agency",
     "partOf": None, "aliases": ["Vostok Information Agency", "VIA"], "fictional": True,
     "note": "Fictional Russian state news agency, English service (h46-07)."},
    {"id": "mashriq-post", "name": "Mashriq Post", "kind": "news-agency", "partOf": None,
     "aliases": ["Mashriq Post", "the Mashriq Post"], "fictional": True,
     "note": "Fictional Beirut-based regional outlet (h46-08)."},
]

NEW_PLACES = [
    {"id": "sarmin", "name": "Sarmin", "kind": "town", "province": "Idlib", "country": "Syria",
     "lat": 35.904, "lon": 36.726, "aliases": ["Sarmin", "Sarmeen"]},
    {"id": "armanaz", "name": "Armanaz", "kind": "town", "province": "Idlib", "country": "Syria",
     "lat": 36.083, "lon": 36.501, "aliases": ["Armanaz"]},
    {"id": "ishtabraq", "name": "Ishtabraq", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.87, "lon": 36.36, "aliases": ["Ishtabraq", "Ishtabrak"],
     "note": "Village north of Jisr al-Shughur; site of a Turkish observation post in the heldout-46 set."},
    {"id": "eastern-ghouta", "name": "Eastern Ghouta", "kind": "region", "province": "Rif Dimashq",
     "country": "Syria", "lat": 33.55, "lon": 36.4, "aliases": ["Eastern Ghouta", "Ghouta"],
     "note": "Former rebel enclave outside Damascus; evacuees were bussed to Idlib in spring 2018."},
    {"id": "astana", "name": "Astana", "kind": "city", "province": "Astana", "country": "Kazakhstan",
     "lat": 51.1694, "lon": 71.4491, "aliases": ["Astana"]},
]

NEW_GLOBALS = [
    {"id": "G670", "label": "Air strikes on a residential district of Jisr al-Shughur", "kind": "AIRSTRIKE",
     "date": "2018-04-24", "places": ["jisr-al-shughur"], "articles": ["h46-01", "h46-03"],
     "figures": "killed 11 (AT_LEAST, SOHR) / 9 bodies + 23 wounded (civil defence volunteer, day 1) / 14 incl. 4 children (civil defence, day 3); 31 wounded (doctor)"},
    {"id": "G671", "label": "Air strike on the bakery in Sarmin", "kind": "AIRSTRIKE", "date": "2018-05-13",
     "places": ["sarmin"], "articles": ["h46-02", "h46-04", "h46-06"],
     "figures": "killed 8 (AT_LEAST, SOHR) / 6 incl. 2 children + 19 wounded (civil defence) / 7 (WFP) / 10 incl. 4 children (SNHR)"},
    {"id": "G672", "label": "Surface-to-surface missile on a displacement camp near Atmeh", "kind": "SHELLING",
     "date": "2018-05-28", "places": ["atmeh"], "articles": ["h46-04", "h46-05", "h46-07", "h46-08"],
     "figures": "killed 5 incl. 3 children (camp administrator; Anadolu) -> 6 (camp administrator, later); 11 wounded (civil defence); blamed on government forces (NLF, Anadolu, White Helmets via Western media) vs militants (Russian reconciliation centre)"},
    {"id": "G673", "label": "Helicopter barrel bombs on Taftanaz", "kind": "AIRSTRIKE", "date": "2018-05-13",
     "places": ["taftanaz"], "articles": ["h46-02", "h46-06"],
     "figures": "no figures (civil defence, same day) / 2 wounded (civil defence, later)"},
    {"id": "G674", "label": "Shelling near the Turkish observation post at Ishtabraq", "kind": "SHELLING",
     "date": "2018-05-27", "places": ["ishtabraq"], "articles": ["h46-05", "h46-07"],
     "figures": "no casualties (Turkish Armed Forces); blamed on regime forces (Turkish Armed Forces) vs Hayat Tahrir al-Sham (Russian reconciliation centre); Turkish MoD names no one"},
]


def build_registry():
    with open(SHARED_REGISTRY, encoding="utf-8") as f:
        reg = json.load(f)
    orig = copy.deepcopy(reg)
    have_a = {a["id"] for a in reg["actors"]}
    have_p = {p["id"] for p in reg["places"]}
    have_g = {g["id"] for g in reg["globalIncidents"]}
    for a in NEW_ACTORS:
        assert a["id"] not in have_a, a["id"]
        reg["actors"].append(a)
    for p in NEW_PLACES:
        assert p["id"] not in have_p, p["id"]
        reg["places"].append(p)
    for g in NEW_GLOBALS:
        assert g["id"] not in have_g, g["id"]
        reg["globalIncidents"].append(g)
    # extended only: original entries unchanged and in place
    for part in ("actors", "places", "globalIncidents"):
        assert reg[part][:len(orig[part])] == orig[part]
    for k in orig:
        if k not in ("actors", "places", "globalIncidents"):
            assert reg[k] == orig[k]
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=2)
        f.write("\n")


def build_gold():
    for stem, g in GOLD.items():
        art = {"id": stem, "title": title_of(stem)}
        art.update(g["article"])
        out = {"article": {k: art[k] for k in ("id", "title", "outlet", "publishedAt", "url")},
               "actors": g["actors"], "places": g["places"], "incidents": g["incidents"],
               "statements": g["statements"]}
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    build_registry()
    build_gold()
    print("built", len(GOLD), "gold files and entities.json")

#!/usr/bin/env python3
"""Build script for the blind gold set dev-38 (d38-01 .. d38-08).

Writes d38-NN.gold.json and the extended entities.json (copy of the shared
registry plus the additions below). Run from this folder: python3 build.py
"""
import json, os, copy

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/corpus/entities.json"   # read-only source of the copy


def S(speaker, stance, inc, actor, ev, killed=None, injured=None, children=None, qual=None):
    return {"speaker": speaker, "stance": stance,
            "about": {"incident": inc, "actor": actor},
            "killed": killed, "injured": injured, "children": children,
            "qualifier": qual, "evidence": ev}


def I(key, kind, date, places, perps, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perps, "sameAs": same}


def title_of(aid):
    with open(os.path.join(HERE, aid + ".txt"), encoding="utf-8") as f:
        return f.readline().rstrip("\n")


GOLD = {}

# ---------------------------------------------------------------- d38-01
GOLD["d38-01"] = {
    "article": {"outlet": "Polaris Press", "publishedAt": "2021-06-23",
                "url": "https://example.org/polaris-press/2021/06/23/syria-idlib-government-shelling-kills-eight"},
    "actors": ["sohr", "polaris-press", "syrian-army", "syria", "syrian-civil-defence", "samer-daboul",
               "syrian-state-media", "armed-opposition", "russia", "turkey", "turkish-foreign-ministry", "ocha"],
    "places": ["idlib-province", "beirut", "iblin", "jabal-al-zawiya", "ariha", "idlib-city", "al-bara"],
    "incidents": [
        I("A", "SHELLING", "2021-06-23", ["iblin"], ["syrian-army"], "G660"),
        I("B", "SHELLING", "2021-06-23", ["al-bara"], [], None),
    ],
    "statements": [
        S("sohr", "CLAIM", "A", "syrian-army",
          "Government shelling killed at least eight people, including three children, in the village of Iblin in Syria's Jabal al-Zawiya area on Wednesday, a war monitor said, in one of the deadliest attacks on the rebel-held enclave since a truce took effect last year.",
          killed=8, children=3, qual="AT_LEAST"),
        S("sohr", "CLAIM", "A", "syrian-army",
          "The Syrian Observatory for Human Rights said artillery and rocket fire from government positions hit a residential street as families gathered for lunch."),
        S("samer-daboul", "CLAIM", "A", None,
          "\"We pulled out six bodies, two of them children,\" said Samer Daboul, a volunteer with the Syria Civil Defence, the rescue group known as the White Helmets.",
          killed=6, children=2, qual="EXACT"),
        S("samer-daboul", "CLAIM", "A", None,
          "He said twelve wounded people had been taken to hospitals in Ariha and Idlib city.",
          injured=12, qual="EXACT"),
        S("syrian-civil-defence", "CONFIRMATION", "A", None,
          "The rescue group later confirmed that a wounded woman had died in hospital, bringing its toll to seven.",
          killed=7, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "B", None,
          "Shells also fell on the nearby town of al-Bara on Wednesday, wounding four people, according to the rescue group.",
          injured=4, qual="EXACT"),
        S("syrian-state-media", "CLAIM", None, "syrian-army",
          "Syrian state media said the army had responded to \"violations by terrorist groups\" in the southern Idlib countryside, without mentioning casualties."),
        S("sohr", "CLAIM", None, None,
          "The Observatory says at least 47 civilians have been killed in the area this month.",
          killed=47, qual="AT_LEAST"),
        S("turkish-foreign-ministry", "CRITICISM", "A", None,
          "A Turkish foreign ministry official, who asked not to be named, told Polaris Press that Ankara \"strongly condemned\" the shelling of Iblin."),
        S("ocha", "CALL", None, None,
          "The U.N. humanitarian office has repeatedly called on all parties to respect the truce."),
    ],
}

# ---------------------------------------------------------------- d38-02
GOLD["d38-02"] = {
    "article": {"outlet": "Kestrel News", "publishedAt": "2021-06-24",
                "url": "https://example.org/kestrel-news/2021/06/24/syria-children-among-nine-killed-iblin"},
    "actors": ["syria", "syrian-army", "syrian-civil-defence", "sohr", "russian-military", "syrian-state-tv",
               "nizar-hallak", "lina-karlsson", "ocha", "russia", "armed-opposition"],
    "places": ["idlib-province", "iblin", "northwest-syria", "jabal-al-zawiya", "kafranbel", "jisr-al-shughur", "ariha"],
    "incidents": [
        I("A", "SHELLING", "2021-06-23", ["iblin"], ["syrian-army", "russian-military"], "G660"),
        I("B", "AIRSTRIKE", "2021-06-23", ["jisr-al-shughur"], ["russian-military"], None),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "A", "syrian-army",
          "Nine people, four of them children, were killed when government forces shelled the village of Iblin in north-west Syria on Wednesday, rescue workers say.",
          killed=9, children=4, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The White Helmets said 15 others were injured, some critically, when at least a dozen shells struck homes on the edge of the village in the Jabal al-Zawiya hills.",
          injured=15, qual="EXACT"),
        S("sohr", "CLAIM", "A", None,
          "The Syrian Observatory for Human Rights, a UK-based monitoring group, put the death toll at 10.",
          killed=10, qual="EXACT"),
        S("sohr", "CLAIM", "A", None,
          "It said the laser-guided shells had been fired by Russian forces and Syrian troops from positions near Kafranbel."),
        S("sohr", "CLAIM", "B", "russian-military",
          "Russian warplanes also carried out several strikes overnight on hills west of Jisr al-Shughur, the monitor said."),
        S("syrian-state-tv", "CLAIM", None, "syrian-army",
          "Syrian state TV said the army had targeted \"terrorist launch pads\" used to fire on government-held areas."),
        S("nizar-hallak", "CLAIM", "A", None,
          "\"We received eleven wounded from Iblin, most of them women and children,\" said Dr Nizar Hallak, who runs a field hospital in nearby Ariha.",
          injured=11, qual="EXACT"),
        S("nizar-hallak", "CLAIM", "A", None,
          "\"Two of them are still in intensive care,\" he added."),
        S("lina-karlsson", "CRITICISM", "A", None,
          "The UN's regional humanitarian co-ordinator, Lina Karlsson, said she was \"appalled\" by the killing of children"),
        S("lina-karlsson", "CALL", "A", None,
          "urged \"all parties, and those with influence over them\" to stop attacks on civilians"),
        S("russian-military", "CLAIM", None, "russian-military",
          "The Russian military has in the past said it only strikes militants who violate the ceasefire."),
    ],
}

# ---------------------------------------------------------------- d38-03
GOLD["d38-03"] = {
    "article": {"outlet": "The Continental Herald", "publishedAt": "2021-07-18",
                "url": "https://example.org/continental-herald/2021/07/18/air-strike-wipes-out-family-idlib-truce-frays"},
    "actors": ["russian-military", "syrian-civil-defence", "sohr", "syrian-army", "abu-yazan", "russia",
               "russian-mod", "sana", "turkey", "turkish-foreign-ministry", "un"],
    "places": ["idlib-province", "kansafra", "ariha", "jabal-al-zawiya"],
    "incidents": [
        I("K", "AIRSTRIKE", "2021-07-17", ["kansafra"], ["russian-military"], "G661"),
        I("R", "SHELLING", "2021-07-17", ["ariha"], ["syrian-army"], "G662"),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "K", "russian-military",
          "A Russian air strike on the village of Kansafra in southern Idlib killed seven members of one family on Saturday, according to rescuers, on the bloodiest day in the region since the spring.",
          killed=7, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "K", None,
          "The Syria Civil Defence said the jet struck a two-storey house at dawn, killing a man, his wife and five of their children.",
          killed=7, children=5, qual="EXACT"),
        S("sohr", "CLAIM", "R", None,
          "Hours later, artillery shells landed near the vegetable market in Ariha, about eight kilometres to the north, killing three people and wounding 14, the Syrian Observatory for Human Rights reported.",
          killed=3, injured=14, qual="EXACT"),
        S("sohr", "ACCUSATION", "R", "syrian-army",
          "The British-based group blamed government forces for the barrage."),
        S("abu-yazan", "CLAIM", "K", None,
          "“There were no fighters in that house, only children,” said Abu Yazan, a relative who helped dig out the bodies."),
        S("russian-mod", "CLAIM", None, "russian-military",
          "Russia’s defence ministry said on Saturday that Russian aircraft had “eliminated a terrorist command post” in Idlib province, without naming a location."),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "Syria’s state news agency, Sana, quoted a military source as saying that army units had “responded with precision” to rocket fire on government-held villages."),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "The army has repeatedly threatened to retake the Jabal al-Zawiya area by force."),
        S("turkish-foreign-ministry", "CRITICISM", "K", None,
          "Turkey’s foreign ministry called the killing of the family in Kansafra “a clear violation” of that deal."),
        S("turkey", "CALL", None, "russia",
          "Ankara also called on Moscow to rein in its ally."),
        S("sohr", "CLAIM", None, None,
          "More than 100 civilians have been killed in southern Idlib since early June, according to the Observatory, which has counted at least 40 separate attacks.",
          killed=100, qual="MORE_THAN"),
        S("un", "CRITICISM", None, None,
          "The United Nations said it was “deeply alarmed” by the escalation in Idlib"),
        S("un", "CALL", None, None,
          "called for an immediate end to attacks on civilians"),
    ],
}

# ---------------------------------------------------------------- d38-04
GOLD["d38-04"] = {
    "article": {"outlet": "Relief Dispatch", "publishedAt": "2021-07-20",
                "url": "https://example.org/relief-dispatch/2021/07/20/idlib-jabal-al-zawiya-displacement-attacks"},
    "actors": ["ocha", "save-the-children", "miriam-lund", "syrian-civil-defence", "syrian-army", "russia",
               "syria", "armed-opposition", "relief-dispatch"],
    "places": ["idlib-province", "jabal-al-zawiya", "kansafra", "northwest-syria", "al-bara", "aleppo-province", "ariha"],
    "incidents": [
        I("K", "AIRSTRIKE", "2021-07-17", ["kansafra"], [], "G661"),
        I("K2", "SHELLING", "2021-07-19", ["kansafra"], [], None),
        I("W", "SHELLING", None, ["al-bara"], [], None),
    ],
    "statements": [
        S("ocha", "CLAIM", "K", None,
          "In the deadliest single attack, an air strike on a house in Kansafra on Saturday killed eight civilians, five of them children, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).",
          killed=8, children=5, qual="EXACT"),
        S("ocha", "CLAIM", None, None,
          "Its latest flash update, issued on Monday, said some 2,700 people had been displaced from the area since 10 July."),
        S("save-the-children", "CLAIM", "K", None,
          "Save the Children said two of the children killed in Kansafra had attended a school it supports in the village."),
        S("miriam-lund", "CRITICISM", "K", None,
          "“What happened in Kansafra is an outrage,” said Miriam Lund, the charity’s response director for north-west Syria."),
        S("miriam-lund", "CALL", "K", None,
          "“This has to stop,” she added, calling for those responsible to be held to account."),
        S("save-the-children", "CLAIM", "K2", None,
          "The building was empty at the time and no one was hurt, Save the Children said.",
          killed=0, injured=0, qual="EXACT"),
        S("ocha", "CLAIM", "W", None,
          "A water station serving about 30,000 people in al-Bara was damaged by shelling last week, according to OCHA"),
        S("ocha", "CALL", "W", None,
          "which called for an investigation into the attack"),
        S("syrian-civil-defence", "CLAIM", None, None,
          "The Syria Civil Defence said its teams had responded to more than 60 attacks in Idlib and the western Aleppo countryside in the first half of July."),
        S("syrian-civil-defence", "ACCUSATION", None, "syrian-army",
          "The group blamed Syrian government forces and their Russian ally for most of them."),
        S("syrian-civil-defence", "ACCUSATION", None, "russia",
          "The group blamed Syrian government forces and their Russian ally for most of them."),
        S("syria", "DENIAL", None, "syria",
          "The Syrian government and Russia deny targeting civilians"),
        S("russia", "DENIAL", None, "russia",
          "The Syrian government and Russia deny targeting civilians"),
        S("syria", "CLAIM", None, "syria",
          "say they are responding to attacks by “terrorist” groups"),
        S("russia", "CLAIM", None, "russia",
          "say they are responding to attacks by “terrorist” groups"),
    ],
}

# ---------------------------------------------------------------- d38-05
GOLD["d38-05"] = {
    "article": {"outlet": "The Gulf Sentinel", "publishedAt": "2021-07-18",
                "url": "https://example.org/gulf-sentinel/2021/07/18/russian-jets-regime-artillery-kill-12-idlib"},
    "actors": ["russian-military", "syrian-army", "turkey", "russia", "sohr", "syrian-civil-defence", "syria",
               "turkish-foreign-ministry", "kemal-arslan", "russian-mod", "armed-opposition", "sana", "hts",
               "gulf-sentinel"],
    "places": ["idlib-province", "beirut", "northwest-syria", "kansafra", "jabal-al-zawiya", "ariha", "hmeimim", "kafranbel"],
    "incidents": [
        I("K", "AIRSTRIKE", "2021-07-17", ["kansafra"], ["russian-military", "syria"], "G661"),
        I("R", "SHELLING", "2021-07-17", ["ariha"], ["syrian-army"], "G662"),
        I("H", "SHELLING", "2021-07-17", ["kafranbel"], ["hts"], None),
    ],
    "statements": [
        S("sohr", "CLAIM", None, None,
          "Russian warplanes and Syrian regime artillery killed at least 12 civilians in Idlib province on Saturday, a war monitor and rescuers said, in a sharp escalation in the last opposition bastion in northwest Syria.",
          killed=12, qual="AT_LEAST"),
        S("syrian-civil-defence", "CLAIM", None, None,
          "Russian warplanes and Syrian regime artillery killed at least 12 civilians in Idlib province on Saturday, a war monitor and rescuers said, in a sharp escalation in the last opposition bastion in northwest Syria.",
          killed=12, qual="AT_LEAST"),
        S("sohr", "CLAIM", "K", "russian-military",
          "In Kansafra, a village in Jabal al-Zawiya, a dawn raid by a Russian jet destroyed a family home, killing six people, among them four children, the Syrian Observatory for Human Rights said.",
          killed=6, children=4, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "K", None,
          "The White Helmets civil defence group said eight people had died there.",
          killed=8, qual="EXACT"),
        S("sohr", "CLAIM", "R", "syrian-army",
          "Regime shelling of Ariha later in the day killed four people, including a paramedic, the Observatory said.",
          killed=4, qual="EXACT"),
        S("kemal-arslan", "CRITICISM", "K", None,
          "Turkey “strongly condemns” the attack in Kansafra"),
        S("kemal-arslan", "ACCUSATION", "K", "syria",
          "holds the Syrian regime responsible"),
        S("kemal-arslan", "CALL", None, "russia",
          "In the statement, Arslan added: “Russia, as a guarantor of the ceasefire, must rein in the regime.”"),
        S("russian-mod", "CLAIM", None, "russian-military",
          "A Russian Defence Ministry statement carried by Russian news agencies said its forces had struck “militant positions” in the Idlib de-escalation zone that had been used to launch drones at the Hmeimim air base."),
        S("sana", "CLAIM", "R", "syrian-army",
          "The Syrian regime’s news agency SANA said the army had targeted hideouts of “terrorist organizations” near Ariha"),
        S("sana", "DENIAL", "R", None,
          "denied that civilians had been hurt"),
        S("hts", "CLAIM", "H", "hts",
          "An official of Hayat Tahrir al-Sham, the dominant group in Idlib, told The Gulf Sentinel that its fighters had shelled regime positions near Kafranbel on Saturday night in retaliation."),
        S("turkey", "CLAIM", None, "turkey",
          "Ankara, which has thousands of soldiers deployed in Idlib, has repeatedly warned that it will respond to any attack on its observation posts."),
    ],
}

# ---------------------------------------------------------------- d38-06 (no publication date)
GOLD["d38-06"] = {
    "article": {"outlet": "Zaytoun Post", "publishedAt": None,
                "url": "https://example.org/zaytoun-post/news/five-civilians-killed-balyun-jabal-al-zawiya"},
    "actors": ["syrian-army", "iran-backed-militias", "syrian-civil-defence", "snhr", "ahmad-al-hallaq",
               "russian-military", "omar-hamadi", "nlf", "zaytoun-post", "response-coordinators",
               "syrian-salvation-government", "turkey", "syrian-state-media"],
    "places": ["balyun", "jabal-al-zawiya", "idlib-province", "kafranbel", "idlib-city"],
    "incidents": [
        I("B", "SHELLING", None, ["balyun"], ["syrian-army", "iran-backed-militias"], None),
        I("C", "AIRSTRIKE", None, ["idlib-city"], ["russian-military"], None),
        I("N", "SHELLING", None, ["kafranbel"], ["nlf"], None),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "B", None,
          "Five civilians, including two children, were killed on Saturday when regime forces and Iranian militias shelled the village of Balyun in Jabal al-Zawiya, in the southern Idlib countryside, the Syrian Civil Defence said.",
          killed=5, children=2, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "B", None,
          "The White Helmets said its teams pulled the bodies from two houses on the western edge of the village and treated three injured people, among them a woman whose leg had to be amputated.",
          injured=3, qual="EXACT"),
        S("snhr", "CLAIM", "B", None,
          "The Syrian Network for Human Rights (SNHR) documented six deaths in Balyun",
          killed=6, qual="EXACT"),
        S("snhr", "ACCUSATION", "B", "syrian-army",
          "accused Assad’s forces of deliberately targeting homes with Russian-made Krasnopol guided shells, fired from regime positions near Kafranbel"),
        S("ahmad-al-hallaq", "CLAIM", "B", None,
          "“There were no fighters here, only families,” said Ahmad al-Hallaq, a teacher from Balyun whose nephew was among the dead."),
        S("syrian-civil-defence", "CLAIM", "C", "russian-military",
          "Russian warplanes also struck a poultry farm on the outskirts of Idlib city overnight, without causing casualties, according to the Civil Defence.",
          killed=0, injured=0, qual="EXACT"),
        S("omar-hamadi", "CLAIM", "N", "nlf",
          "Omar Hamadi, a spokesman for the National Front for Liberation, told Zaytoun Post that NLF fighters had shelled regime positions in Kafranbel on Sunday “in response to the massacre”."),
        S("response-coordinators", "CLAIM", None, None,
          "The Syria Response Coordinators group said Russian warplanes and regime artillery had carried out more than 400 attacks on Jabal al-Zawiya since the beginning of June, killing 61 civilians.",
          killed=61, qual="EXACT"),
        S("syrian-salvation-government", "CALL", None, "turkey",
          "The Syrian Salvation Government, which administers Idlib, called on Turkey, as a guarantor of the ceasefire, to take “serious steps” to protect civilians."),
        S("syrian-state-media", "CLAIM", None, "syrian-army",
          "Regime media made no mention of Balyun, saying only that the army had targeted “terrorist gatherings” in southern Idlib."),
    ],
}

# ---------------------------------------------------------------- d38-07
GOLD["d38-07"] = {
    "article": {"outlet": "SEVER News Agency", "publishedAt": "2021-08-08",
                "url": "https://example.org/sever-news-agency/en/2021/08/08/militants-shelled-idlib-zone-46-times"},
    "actors": ["armed-opposition", "russian-military", "sever", "russian-reconciliation-centre", "gennady-sorokin",
               "hts", "russia", "syrian-army", "syrian-civil-defence", "turkey"],
    "places": ["northwest-syria", "moscow", "idlib-province", "latakia-province", "aleppo-province",
               "maarat-al-numan", "balyun", "jabal-al-zawiya"],
    "incidents": [
        I("M", "SHELLING", "2021-08-07", ["maarat-al-numan"], ["armed-opposition"], None),
        I("B", "SHELLING", "2021-08-07", ["balyun"], ["syrian-army"], "G663"),
    ],
    "statements": [
        S("gennady-sorokin", "ACCUSATION", None, "armed-opposition",
          "Militants in the Idlib de-escalation zone carried out 46 attacks on government-held areas over the past day, deputy head of the Russian Centre for Reconciliation of the Opposing Sides in Syria Rear Admiral Gennady Sorokin said on Sunday."),
        S("gennady-sorokin", "ACCUSATION", None, "hts",
          "\"Over the past 24 hours, 46 shelling attacks were recorded from positions of the Hayat Tahrir al-Sham terrorist group (formerly Jabhat al-Nusra, outlawed in Russia), including 29 in Idlib province, 11 in Latakia province and six in Aleppo province,\" he told a briefing."),
        S("gennady-sorokin", "ACCUSATION", "M", "armed-opposition",
          "According to Sorokin, militants fired mortar rounds at the government-held town of Maarat al-Numan on Saturday evening, wounding two civilians and a Syrian serviceman.",
          injured=3, qual="EXACT"),
        S("syrian-army", "CONFIRMATION", "B", "syrian-army",
          "A Syrian military source confirmed to SEVER that the army had responded on Saturday with artillery fire on terrorist positions near the village of Balyun in the south of the province."),
        S("syrian-army", "CLAIM", "B", "syrian-army",
          "\"Units of the Syrian Arab Army destroyed a launch site and a weapons depot and eliminated several militants,\" the source said."),
        S("syrian-army", "DENIAL", "B", None,
          "He described reports of civilian casualties in Balyun, circulated by the so-called White Helmets, as \"fabrications intended to mislead the international community\"."),
        S("syrian-army", "ACCUSATION", "B", "syrian-civil-defence",
          "He described reports of civilian casualties in Balyun, circulated by the so-called White Helmets, as \"fabrications intended to mislead the international community\"."),
        S("gennady-sorokin", "DENIAL", None, "russian-military",
          "Sorokin said Russian Aerospace Forces had carried out no strikes in the area over the past week."),
        S("gennady-sorokin", "ACCUSATION", None, "turkey",
          "He also accused Turkey of failing to fulfil its obligations under the additional protocol of March 5, 2020 to separate the moderate opposition from terrorists."),
        S("russian-reconciliation-centre", "CALL", None, "armed-opposition",
          "The Russian reconciliation centre urged militant leaders to abandon \"provocations\" and take the path of peaceful settlement."),
    ],
}

# ---------------------------------------------------------------- d38-08
GOLD["d38-08"] = {
    "article": {"outlet": "Mashriq Today", "publishedAt": "2021-08-09",
                "url": "https://example.org/mashriq-today/2021/08/09/balyun-shelling-death-toll-rises-to-nine"},
    "actors": ["syria", "syrian-civil-defence", "sohr", "syrian-army", "sana", "russian-military", "hiba-khattab",
               "turkey", "turkish-mod", "russia", "usa", "us-state-department"],
    "places": ["idlib-province", "balyun", "jabal-al-zawiya", "kafranbel", "maarat-al-numan", "idlib-city", "ariha"],
    "incidents": [
        I("B", "SHELLING", "2021-08-07", ["balyun"], ["syrian-army"], "G663"),
        I("C", "AIRSTRIKE", "2021-08-08", ["idlib-city"], ["russian-military"], None),
    ],
    "statements": [
        S("syrian-civil-defence", "CLAIM", "B", None,
          "The death toll from Saturday's shelling of the village of Balyun in Syria's Jabal al-Zawiya rose to nine on Sunday after two wounded men died in hospital, the White Helmets rescue group said.",
          killed=9, qual="EXACT"),
        S("syrian-civil-defence", "CLAIM", "B", None,
          "The group said three children and a volunteer paramedic were among the dead and that 11 other people had been wounded when at least 20 shells hit the village in the late afternoon.",
          injured=11, children=3, qual="EXACT"),
        S("sohr", "CLAIM", "B", "syrian-army",
          "The Syrian Observatory for Human Rights said government forces fired the shells from positions around Kafranbel and Maarat al-Numan, and put the toll at eight.",
          killed=8, qual="EXACT"),
        S("sohr", "CLAIM", "B", None,
          "It was the deadliest attack in Jabal al-Zawiya since June 23, the monitor said."),
        S("syria", "DENIAL", "B", None,
          "Damascus has dismissed the reports."),
        S("syrian-army", "CLAIM", "B", "syrian-army",
          "A Syrian military source, quoted by the official SANA news agency, said the army had struck \"terrorist launch pads\" near Balyun and that no civilians were in the area."),
        S("sohr", "CLAIM", "C", "russian-military",
          "Late on Sunday, a Russian air strike hit the outskirts of Idlib city, according to the Observatory, which said there were no casualties.",
          killed=0, injured=0, qual="EXACT"),
        S("hiba-khattab", "CLAIM", "B", None,
          "\"Most of the wounded we received from Balyun were women and children,\" said Hiba Khattab, a nurse at the surgical hospital in Ariha."),
        S("turkish-mod", "CLAIM", None, "turkish-mod",
          "Turkey's defence ministry said on Sunday that it was in contact with Russian officials \"to stop the attacks and restore calm\", without blaming either side."),
        S("us-state-department", "CRITICISM", None, "syria",
          "A State Department spokesman said the United States \"condemns the continued attacks by the Syrian regime and Russia on the people of Idlib\""),
        S("us-state-department", "CRITICISM", None, "russia",
          "A State Department spokesman said the United States \"condemns the continued attacks by the Syrian regime and Russia on the people of Idlib\""),
        S("us-state-department", "CALL", None, None,
          "called for a nationwide ceasefire"),
    ],
}

# ---------------------------------------------------------------- registry extension
NEW_ACTORS = [
    # the eight invented outlets
    {"id": "polaris-press", "name": "Polaris Press", "kind": "news-agency", "partOf": None,
     "aliases": ["Polaris Press"], "fictional": True, "note": "Fictional wire agency (d38-01)."},
    {"id": "kestrel-news", "name": "Kestrel News", "kind": "news-agency", "partOf": None,
     "aliases": ["Kestrel News"], "fictional": True, "note": "Fictional broadcaster website (d38-02)."},
    {"id": "continental-herald", "name": "The Continental Herald", "kind": "news-agency", "partOf": None,
     "aliases": ["The Continental Herald", "Continental Herald"], "fictional": True,
     "note": "Fictional international newspaper (d38-03)."},
    {"id": "relief-dispatch", "name": "Relief Dispatch", "kind": "news-agency", "partOf": None,
     "aliases": ["Relief Dispatch"], "fictional": True, "note": "Fictional humanitarian news outlet (d38-04)."},
    {"id": "gulf-sentinel", "name": "The Gulf Sentinel", "kind": "news-agency", "partOf": None,
     "aliases": ["The Gulf Sentinel", "Gulf Sentinel"], "fictional": True, "note": "Fictional Gulf daily (d38-05)."},
    {"id": "zaytoun-post", "name": "Zaytoun Post", "kind": "news-agency", "partOf": None,
     "aliases": ["Zaytoun Post"], "fictional": True, "note": "Fictional Syrian opposition news site (d38-06)."},
    {"id": "sever", "name": "SEVER News Agency", "kind": "news-agency", "partOf": None,
     "aliases": ["SEVER News Agency", "SEVER"], "fictional": True,
     "note": "Fictional Russian state news agency, English service (d38-07)."},
    {"id": "mashriq-today", "name": "Mashriq Today", "kind": "news-agency", "partOf": None,
     "aliases": ["Mashriq Today"], "fictional": True, "note": "Fictional regional outlet (d38-08)."},
    # organisations
    {"id": "iran-backed-militias", "name": "Iranian-backed militias (generic)", "kind": "armed-group", "partOf": None,
     "aliases": ["Iranian militias", "Iranian-backed militias", "Iran-backed militias"],
     "note": "Generic pro-government militias described as Iranian or Iranian-backed; the adjective inside this alias does not mention a separate Iranian state actor."},
    {"id": "response-coordinators", "name": "Syria Response Coordinators", "kind": "monitor", "partOf": None,
     "aliases": ["Syria Response Coordinators", "Syria Response Coordinators group", "Response Coordinators"]},
    {"id": "syrian-salvation-government", "name": "Syrian Salvation Government", "kind": "local-authority",
     "partOf": None, "aliases": ["Syrian Salvation Government", "Salvation Government"],
     "note": "Civil administration in Idlib."},
    # fictional people
    {"id": "samer-daboul", "name": "Samer Daboul", "kind": "person", "partOf": "syrian-civil-defence",
     "aliases": ["Samer Daboul", "Daboul"], "fictional": True, "role": "Syria Civil Defence volunteer, Jabal al-Zawiya"},
    {"id": "nizar-hallak", "name": "Dr Nizar Hallak", "kind": "person", "partOf": None,
     "aliases": ["Dr Nizar Hallak", "Nizar Hallak", "Hallak"], "fictional": True, "role": "field hospital director, Ariha"},
    {"id": "lina-karlsson", "name": "Lina Karlsson", "kind": "person", "partOf": "ocha",
     "aliases": ["Lina Karlsson", "Karlsson"], "fictional": True, "role": "UN regional humanitarian co-ordinator"},
    {"id": "abu-yazan", "name": "Abu Yazan", "kind": "person", "partOf": None,
     "aliases": ["Abu Yazan"], "fictional": True, "role": "relative of victims, Kansafra (resident)"},
    {"id": "miriam-lund", "name": "Miriam Lund", "kind": "person", "partOf": "save-the-children",
     "aliases": ["Miriam Lund", "Lund"], "fictional": True, "role": "Save the Children response director for north-west Syria"},
    {"id": "kemal-arslan", "name": "Kemal Arslan", "kind": "person", "partOf": "turkish-foreign-ministry",
     "aliases": ["Kemal Arslan", "Arslan"], "fictional": True, "role": "Turkish foreign ministry spokesman"},
    {"id": "ahmad-al-hallaq", "name": "Ahmad al-Hallaq", "kind": "person", "partOf": None,
     "aliases": ["Ahmad al-Hallaq"], "fictional": True, "role": "teacher, Balyun (resident)"},
    {"id": "gennady-sorokin", "name": "Rear Admiral Gennady Sorokin", "kind": "person",
     "partOf": "russian-reconciliation-centre",
     "aliases": ["Rear Admiral Gennady Sorokin", "Gennady Sorokin", "Sorokin"], "fictional": True,
     "role": "deputy head of the Russian reconciliation centre"},
    {"id": "hiba-khattab", "name": "Hiba Khattab", "kind": "person", "partOf": None,
     "aliases": ["Hiba Khattab"], "fictional": True, "role": "nurse, surgical hospital in Ariha"},
]

NEW_PLACES = [
    {"id": "jabal-al-zawiya", "name": "Jabal al-Zawiya", "kind": "region", "province": "Idlib", "country": "Syria",
     "lat": 35.68, "lon": 36.52,
     "aliases": ["Jabal al-Zawiya", "Jabal al-Zawiya area", "the Jabal al-Zawiya hills", "Jebel al-Zawiya", "Jabal Zawiya"],
     "note": "Hill region of southern Idlib province; listed when named, like other named places."},
    {"id": "iblin", "name": "Iblin", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.667, "lon": 36.531, "aliases": ["Iblin", "Ibleen"]},
    {"id": "balyun", "name": "Balyun", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.692, "lon": 36.532, "aliases": ["Balyun", "Balyoun", "Balioun"]},
    {"id": "kansafra", "name": "Kansafra", "kind": "village", "province": "Idlib", "country": "Syria",
     "lat": 35.683, "lon": 36.51, "aliases": ["Kansafra", "Kansafrah", "Kinsafra"]},
    {"id": "al-bara", "name": "al-Bara", "kind": "town", "province": "Idlib", "country": "Syria",
     "lat": 35.684, "lon": 36.542, "aliases": ["al-Bara", "Al-Bara", "Bara", "al-Barah"]},
]

NEW_GLOBALS = [
    {"id": "G660", "label": "Government shelling of the village of Iblin (Jabal al-Zawiya)", "kind": "SHELLING",
     "date": "2021-06-23", "places": ["iblin"], "articles": ["d38-01", "d38-02"],
     "figures": "killed 8 AT_LEAST incl. 3 children (SOHR, day 1) / 6 bodies incl. 2 children (rescuer) / 7 (civil defence confirmation, day 1) / 9 incl. 4 children (White Helmets, day 2) / 10 (SOHR, day 2); injured 12 / 15 / 11 received at one hospital; perpetrator government forces, plus Russian forces in SOHR's day-2 account"},
    {"id": "G661", "label": "Air strike on a family home in Kansafra", "kind": "AIRSTRIKE",
     "date": "2021-07-17", "places": ["kansafra"], "articles": ["d38-03", "d38-04", "d38-05"],
     "figures": "killed 7 incl. 5 children (civil defence) / 8 incl. 5 children (OCHA) / 6 incl. 4 children (SOHR) / 8 (White Helmets); perpetrator Russian aircraft, Syrian regime (Turkish foreign ministry), none named (Relief Dispatch)"},
    {"id": "G662", "label": "Shelling near the vegetable market in Ariha", "kind": "SHELLING",
     "date": "2021-07-17", "places": ["ariha"], "articles": ["d38-03", "d38-05"],
     "figures": "killed 3, injured 14 (SOHR, d38-03) / killed 4 (SOHR, d38-05); SANA denied civilians were hurt"},
    {"id": "G663", "label": "Government shelling of the village of Balyun", "kind": "SHELLING",
     "date": "2021-08-07", "places": ["balyun"], "articles": ["d38-07", "d38-08"],
     "figures": "killed 9 incl. 3 children, injured 11 (White Helmets) / 8 (SOHR); Syrian army claims strikes on 'terrorist positions' and calls civilian-casualty reports fabrications"},
]


def build():
    with open(SHARED, encoding="utf-8") as f:
        reg = json.load(f)
    ext = copy.deepcopy(reg)
    have_a = {a["id"] for a in ext["actors"]}
    have_p = {p["id"] for p in ext["places"]}
    have_g = {g["id"] for g in ext["globalIncidents"]}
    for a in NEW_ACTORS:
        assert a["id"] not in have_a, a["id"]
        ext["actors"].append(a)
    for p in NEW_PLACES:
        assert p["id"] not in have_p, p["id"]
        ext["places"].append(p)
    for g in NEW_GLOBALS:
        assert g["id"] not in have_g, g["id"]
        ext["globalIncidents"].append(g)
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(ext, f, ensure_ascii=False, indent=2)
        f.write("\n")

    for aid, g in GOLD.items():
        art = {"id": aid, "title": title_of(aid), "outlet": g["article"]["outlet"],
               "publishedAt": g["article"]["publishedAt"], "url": g["article"]["url"]}
        out = {"article": art, "actors": g["actors"], "places": g["places"],
               "incidents": g["incidents"], "statements": g["statements"]}
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built", len(GOLD), "gold files; +%d actors, +%d places, +%d globals"
          % (len(NEW_ACTORS), len(NEW_PLACES), len(NEW_GLOBALS)))


if __name__ == "__main__":
    build()

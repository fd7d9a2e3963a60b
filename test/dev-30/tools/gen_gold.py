"""Write d30-NN.gold.json from the hand annotations below (evidence strings are checked by validate.py)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def S(speaker, stance, inc, actor, evidence, killed=None, injured=None, children=None, q=None):
    return {"speaker": speaker, "stance": stance, "about": {"incident": inc, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": q,
            "evidence": evidence}

def I(key, kind, date, places, perps, same):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perps, "sameAs": same}

def title(aid):
    return open(os.path.join(ROOT, aid + ".txt"), encoding="utf-8").read().split("\n", 1)[0]

G = {}

G["d30-01"] = dict(
    outlet="Tideline Wire", publishedAt="2018-02-06",
    url="https://example.org/tideline-wire/2018/02/06/syria-idlib-saraqeb-market-raid",
    actors=["syria", "tideline-wire", "sohr", "syrian-army", "russian-military", "mustafa-haj-younes",
            "syrian-civil-defence", "russian-mod", "ria-novosti", "sana", "armed-opposition",
            "turkey", "russia", "iran"],
    places=["idlib-province", "saraqeb", "beirut", "northwest-syria", "m5-highway", "m4-highway",
            "abu-al-duhur", "mhardeh", "hama-province", "eastern-ghouta", "damascus"],
    incidents=[I("A", "AIRSTRIKE", "2018-02-05", ["saraqeb"], ["russian-military"], "G570"),
               I("B", "SHELLING", "2018-02-04", ["mhardeh"], ["armed-opposition"], "G571")],
    statements=[
        S("sohr", "CLAIM", "A", None, "Air strikes on a crowded market in the rebel-held town of Saraqeb killed at least 11 people on Monday, the Syrian Observatory for Human Rights said", killed=11, q="AT_LEAST"),
        S("sohr", "CLAIM", "A", "russian-military", "The British-based monitor said the raids were carried out by Russian jets."),
        S("sohr", "CLAIM", "A", None, "Three children were among the dead, it said.", children=3),
        S("mustafa-haj-younes", "CLAIM", "A", None, "\"These were people buying bread and vegetables, nothing else,\" said Mustafa Haj Younes, a rescuer with the Syria Civil Defence, also known as the White Helmets."),
        S("mustafa-haj-younes", "CLAIM", "A", None, "He said his teams had pulled 14 bodies from the rubble and taken about 30 wounded people to field clinics.", killed=14, injured=30, q="EXACT"),
        S("russian-mod", "DENIAL", "A", "russian-military", "Russia's defence ministry said its aircraft had not flown any missions near Saraqeb on Monday and dismissed the reports as \"fake news\", RIA Novosti news agency reported."),
        S("syrian-army", "CLAIM", None, "syrian-army", "A Syrian military source quoted by state news agency SANA said army units had \"destroyed terrorist hideouts\" east of the town and would press on north along the M5 highway."),
        S("sana", "CLAIM", "B", "armed-opposition", "On Sunday, militants fired rockets at the government-held town of Mhardeh in Hama province, killing two people and wounding five, SANA said.", killed=2, injured=5, q="EXACT"),
        S("turkey", "CALL", None, "russia", "Turkey, which has set up military observation posts in Idlib under a de-escalation deal with Russia and Iran, urged Moscow on Monday to halt the bombardment."),
        S("turkey", "CLAIM", None, None, "Ankara says the strikes are driving tens of thousands of people towards its border."),
        S("sohr", "CLAIM", None, None, "The Observatory says more than 250 civilians have been killed in Idlib since the offensive began on Dec. 25.", killed=250, q="MORE_THAN"),
    ])

G["d30-02"] = dict(
    outlet="Atlas World Service", publishedAt="2018-02-07",
    url="https://example.org/atlas-world-service/2018/02/07/syria-war-idlib-hospital-knocked-out",
    actors=["syria", "sams", "russian-military", "russian-mod", "arkady-pletnev", "syrian-civil-defence",
            "sohr", "syrian-army", "iran", "armed-opposition", "russia", "un"],
    places=["idlib-province", "maarat-al-numan", "saraqeb", "abu-al-duhur", "hmeimim", "damascus"],
    incidents=[I("B", "AIRSTRIKE", "2018-02-06", ["maarat-al-numan"], ["russian-military"], "G576"),
               I("A", "AIRSTRIKE", "2018-02-05", ["saraqeb"], ["syrian-army"], "G570"),
               I("C", "OTHER", "2018-02-03", ["hmeimim"], ["armed-opposition"], "G572")],
    statements=[
        S("sams", "CLAIM", "B", None, "The Syrian American Medical Society (Sams), which supports the facility, said its operating theatres and generator had been destroyed."),
        S("sams", "CLAIM", "B", None, "Two nurses were injured and no-one was killed, it said.", killed=0, injured=2, q="EXACT"),
        S("sams", "ACCUSATION", "B", "russian-military", "The charity blamed Russian aircraft for the attack, the third on a medical facility in Idlib in a week."),
        S("russian-mod", "DENIAL", "B", "russian-military", "Russia's defence ministry rejected the accusation."),
        S("arkady-pletnev", "DENIAL", "B", "russian-military", "Its spokesman, Maj-Gen Arkady Pletnev, said reports that Russian jets had bombed the hospital were \"fabricated by the White Helmets and their foreign sponsors\"."),
        S("arkady-pletnev", "ACCUSATION", "B", "syrian-civil-defence", "Its spokesman, Maj-Gen Arkady Pletnev, said reports that Russian jets had bombed the hospital were \"fabricated by the White Helmets and their foreign sponsors\"."),
        S("syrian-civil-defence", "CLAIM", "A", None, "In nearby Saraqib, the death toll from Monday's strike on a vegetable market has risen to 16, including four children, according to the White Helmets rescue group.", killed=16, children=4, q="EXACT"),
        S("sohr", "CLAIM", "A", "syrian-army", "The Syrian Observatory for Human Rights, a UK-based monitoring group, put the figure at 13 and said Syrian government aircraft had also taken part in the raids.", killed=13, q="EXACT"),
        S("russian-mod", "ACCUSATION", "C", "armed-opposition", "Russia's defence ministry separately said its air defences at the Hmeimim air base had shot down two drones launched by militants on Saturday, causing no casualties.", killed=0, injured=0, q="EXACT"),
        S("un", "CALL", None, None, "UN officials in Damascus called for an immediate month-long humanitarian pause across the country to allow aid in and the wounded out."),
    ])

G["d30-03"] = dict(
    outlet="The Continental Gazette", publishedAt="2018-09-09",
    url="https://example.org/continental-gazette/2018/09/09/idlib-braces-for-the-last-battle",
    actors=["russia", "iran", "turkey", "syrian-civil-defence", "abu-ahmad", "syrian-army", "syria",
            "russian-military", "sohr", "hts", "russian-mod", "martin-oyelaran", "ocha", "un",
            "omar-hamadi", "nlf"],
    places=["idlib-province", "tehran", "habit", "muhambal", "jisr-al-shughur", "latamneh",
            "hama-province", "hmeimim"],
    incidents=[I("H", "AIRSTRIKE", "2018-09-08", ["habit"], ["syrian-army"], "G574"),
               I("M", "AIRSTRIKE", "2018-09-04", ["muhambal"], ["russian-military"], "G573"),
               I("L", "AIRSTRIKE", "2018-09-09", ["latamneh"], [], "G575")],
    statements=[
        S("syrian-civil-defence", "CLAIM", "H", None, "Within an hour, according to the White Helmets, barrel bombs had killed five people in the small farming town in southern Idlib, among them three children.", killed=5, children=3, q="EXACT"),
        S("abu-ahmad", "CLAIM", "H", None, "Abu Ahmad, an olive farmer who fled the town that night, said he had counted 11 barrel bombs."),
        S("abu-ahmad", "CLAIM", "H", "syrian-army", "\"They were dropped from government helicopters. We could see them from the road,\" he said."),
        S("sohr", "CLAIM", "M", "russian-military", "On Tuesday, Russian warplanes struck Muhambal, a village near Jisr al-Shughur, killing nine people, according to the Syrian Observatory for Human Rights.", killed=9, q="EXACT"),
        S("sohr", "CLAIM", "L", None, "Early on Sunday, the observatory said, jets hit a hospital in al-Latamneh, just across the boundary in northern Hama, putting it out of service."),
        S("russia", "CLAIM", None, "russia", "Moscow says an operation is needed to rid the province of Hayat Tahrir al-Sham, the jihadist alliance that controls much of it"),
        S("russian-mod", "ACCUSATION", None, "hts", "the Russian defence ministry says HTS fighters have launched dozens of armed drones at the Hmeimim air base since the spring."),
        S("turkey", "CLAIM", None, None, "Turkey, which already hosts 3.5 million Syrian refugees, has warned that an all-out assault would cause a humanitarian catastrophe"),
        S("martin-oyelaran", "CLAIM", None, "un", "Martin Oyelaran, a senior official at the UN's humanitarian office, said the world body was preparing for up to 800,000 people to be displaced"),
        S("martin-oyelaran", "CALL", None, "russia", "urged Moscow and Damascus to \"step back from the brink\""),
        S("martin-oyelaran", "CALL", None, "syria", "urged Moscow and Damascus to \"step back from the brink\""),
        S("omar-hamadi", "CLAIM", None, "nlf", "Omar Hamadi, a spokesman for the Turkish-backed National Front for Liberation, said its fighters would turn Idlib into \"a graveyard for invaders\"."),
    ])

G["d30-04"] = dict(
    outlet="The Relief Bulletin", publishedAt="2018-02-09",
    url="https://example.org/relief-bulletin/2018/02/09/idlib-hospitals-under-fire",
    actors=["turkey", "relief-bulletin", "khaled-najjar", "idlib-health-directorate", "syrian-civil-defence",
            "ocha", "who", "russia", "syria", "syrian-army"],
    places=["idlib-province", "gaziantep", "northwest-syria", "maarat-al-numan", "saraqeb", "hama-province"],
    incidents=[I("H", "AIRSTRIKE", "2018-02-06", ["maarat-al-numan"], [], "G576"),
               I("S", "AIRSTRIKE", "2018-02-05", ["saraqeb"], [], "G570"),
               I("C", "AIRSTRIKE", "2018-02-01", ["saraqeb"], [], None)],
    statements=[
        S("khaled-najjar", "CLAIM", "H", None, "Dr Khaled Najjar, its director, told The Relief Bulletin that the strike had destroyed the intensive care unit and that two nurses had been hurt.", injured=2, q="EXACT"),
        S("khaled-najjar", "CLAIM", "H", None, "\"We had 20 patients in the building. By some miracle nobody died,\" he said.", killed=0, q="EXACT"),
        S("idlib-health-directorate", "CLAIM", "S", None, "The day before, air strikes on a market in Saraqeb killed 15 people, according to the Idlib Health Directorate, which runs what remains of the province's public clinics.", killed=15, q="EXACT"),
        S("idlib-health-directorate", "CLAIM", None, None, "The directorate said 42 medical facilities in Idlib had been damaged or destroyed since mid-December"),
        S("idlib-health-directorate", "CALL", None, None, "appealed to donors for $8 million in emergency funding"),
        S("syrian-civil-defence", "CLAIM", "C", None, "Saraqeb's own civil defence centre was hit by an air strike on 1 February, leaving the town without an ambulance for two days, according to the White Helmets."),
        S("ocha", "CLAIM", None, None, "The UN's humanitarian office (OCHA) says more than 270,000 people have fled their homes in southern Idlib and the Hama countryside since 15 December, many of them to overcrowded camps near the Turkish border."),
        S("who", "CRITICISM", None, None, "The World Health Organization condemned the attacks on health facilities"),
        S("who", "CALL", None, None, "called on all parties to respect international humanitarian law"),
        S("russia", "DENIAL", None, "russia", "Russia and the Syrian government have repeatedly denied targeting civilians or hospitals."),
        S("syria", "DENIAL", None, "syria", "Russia and the Syrian government have repeatedly denied targeting civilians or hospitals."),
    ])

G["d30-05"] = dict(
    outlet="The Gulf Courier", publishedAt="2018-09-18",
    url="https://example.org/gulf-courier/2018/09/18/russia-turkey-agree-idlib-buffer-zone",
    actors=["russia", "turkey", "syria", "syrian-army", "hts", "selim-karaca", "turkish-foreign-ministry",
            "sana", "russian-military", "snhr", "sohr", "armed-opposition", "russian-mod", "nlf"],
    places=["idlib-province", "sochi", "hama-province", "muhambal", "jisr-al-shughur", "khan-sheikhoun",
            "al-ghab", "hmeimim"],
    incidents=[I("M", "AIRSTRIKE", "2018-09-04", ["muhambal"], ["russian-military"], "G573"),
               I("K", "SHELLING", "2018-09-17", ["khan-sheikhoun"], ["syrian-army"], None),
               I("D", "OTHER", "2018-09-16", ["hmeimim"], ["armed-opposition"], None)],
    statements=[
        S("russia", "CLAIM", None, "syria", "A Kremlin spokesman said the agreement did not mean Damascus had given up its aim of recovering \"every inch\" of the country."),
        S("selim-karaca", "CLAIM", None, "turkey", "Turkish foreign ministry spokesman Selim Karaca said Ankara would reinforce its observation posts and would \"not allow any attack on the zone\"."),
        S("snhr", "CLAIM", "M", "russian-military", "On September 4, Russian jets struck the village of Muhambal, near Jisr al-Shughour, killing 13 people, according to the Syrian Network for Human Rights.", killed=13, q="EXACT"),
        S("sohr", "CLAIM", "K", "syrian-army", "On Monday, even as the two leaders met, government artillery shelled the outskirts of Khan Sheikhoun, killing a woman and her son, the Syrian Observatory for Human Rights said.", killed=2, q="EXACT"),
        S("sohr", "CLAIM", None, None, "The Observatory also reported clashes between government forces and rebels in the Ghab plain."),
        S("russian-mod", "ACCUSATION", "D", "armed-opposition", "Russia's defence ministry said its air defences had shot down two drones launched by militants towards the Hmeimim air base on Sunday."),
        S("russian-mod", "CLAIM", None, "russian-military", "The ministry says its air defences have downed more than 50 drones near the base since January."),
        S("nlf", "CLAIM", None, "nlf", "The National Front for Liberation, the main Turkish-backed rebel alliance, said it would study the deal but \"will not hand over our weapons\"."),
    ])

G["d30-06"] = dict(
    outlet="Voice of the North", publishedAt=None,
    url="https://example.org/voice-of-the-north/news/assad-regime-barrel-bombs-al-habit",
    actors=["syrian-army", "syrian-civil-defence", "voice-of-the-north", "mahmoud-al-sheikh",
            "syrian-state-media", "iran", "russian-military", "snhr", "nlf", "omar-hamadi", "russia",
            "armed-opposition", "turkish-army"],
    places=["habit", "idlib-province", "hama-province", "kafr-zita", "kafranbel", "hmeimim", "al-ghab"],
    incidents=[I("H", "AIRSTRIKE", "2018-09-08", ["habit"], ["syrian-army"], "G574"),
               I("Z", "SHELLING", "2018-09-08", ["kafr-zita"], ["syrian-army"], None),
               I("D", "OTHER", None, ["kafranbel"], ["nlf"], None)],
    statements=[
        S("syrian-civil-defence", "CLAIM", "H", None, "The Syria Civil Defence said its teams recovered the bodies of six martyrs, including three children, and treated 14 wounded.", killed=6, injured=14, children=3, q="EXACT"),
        S("syrian-civil-defence", "CLAIM", "Z", "syrian-army", "Regime artillery stationed in the northern Hama countryside also shelled the town of Kafr Zita, wounding three civilians, a Civil Defence volunteer told Voice of the North.", injured=3, q="EXACT"),
        S("syrian-state-media", "CLAIM", "H", "syrian-army", "Regime media claimed that the army had targeted \"terrorist headquarters\" in al-Habit."),
        S("snhr", "CLAIM", None, None, "Since the start of September, Russian warplanes and regime helicopters have carried out more than 400 raids on Idlib and Hama, the Syrian Network for Human Rights said."),
        S("omar-hamadi", "CLAIM", "D", "nlf", "On Thursday, fighters of the National Front for Liberation shot down a regime reconnaissance drone over the outskirts of Kafranbel, the front's spokesman Omar Hamadi said."),
        S("russia", "CLAIM", None, "russia", "The Russian occupation has threatened to destroy drone workshops in Idlib"),
        S("russia", "ACCUSATION", None, "armed-opposition", "which it says militants use to attack the Hmeimim air base"),
        S("russia", "ACCUSATION", None, "syrian-civil-defence", "Russia has also accused the White Helmets of preparing a \"chemical provocation\" to justify Western strikes."),
    ])

G["d30-07"] = dict(
    outlet="Orontes News Agency", publishedAt="2018-02-06",
    url="https://example.org/orontes-news-agency/2018/02/06/mhardeh-terrorist-rocket-attack",
    actors=["armed-opposition", "syrian-army", "orontes-news-agency", "karim-attar",
            "russian-reconciliation-centre", "syrian-interior-ministry", "syrian-foreign-ministry",
            "un-secretary-general", "un-security-council", "turkish-army", "turkey"],
    places=["mhardeh", "idlib-province", "hama-province", "hmeimim", "damascus", "eastern-ghouta",
            "bab-touma", "saraqeb"],
    incidents=[I("M", "SHELLING", "2018-02-04", ["mhardeh"], ["armed-opposition"], "G571"),
               I("C", "OTHER", "2018-02-03", ["hmeimim"], ["armed-opposition"], "G572"),
               I("T", "SHELLING", "2018-02-05", ["bab-touma"], ["armed-opposition"], None),
               I("A", "AIRSTRIKE", "2018-02-05", ["saraqeb"], ["syrian-army"], "G570")],
    statements=[
        S("karim-attar", "ACCUSATION", "M", "armed-opposition", "Two civilians were martyred and seven others were injured when terrorist groups positioned in Idlib countryside fired rocket shells at residential neighborhoods in Mhardeh city in the northern countryside of Hama province on Sunday, Hama Governor Karim Attar told ONA reporter.", killed=2, injured=7, q="EXACT"),
        S("karim-attar", "CLAIM", "M", None, "Attar added that the rockets caused great material damage to citizens' houses and to a church in the city."),
        S("russian-reconciliation-centre", "ACCUSATION", "C", "armed-opposition", "Meanwhile, the Russian Centre for Reconciliation of the Opposing Sides in Syria announced that air defenses at Hmeimim airbase destroyed two drones launched by terrorists on Saturday, adding that there were no casualties or damage.", killed=0, injured=0, q="EXACT"),
        S("syrian-interior-ministry", "ACCUSATION", "T", "armed-opposition", "In Damascus, terrorists positioned in Eastern Ghouta fired mortar shells at Bab Touma neighborhood on Monday, injuring five civilians, the Interior Ministry said in a statement.", injured=5, q="EXACT"),
        S("syrian-army", "CLAIM", None, "syrian-army", "In Idlib southeastern countryside, army units continued their operations against terrorist organizations, destroying their fortifications and killing many of their members, a military source told ONA."),
        S("syrian-army", "DENIAL", "A", "syrian-army", "The source denied reports circulated by media outlets affiliated with terrorist organizations claiming that army aircraft targeted a market in Saraqeb city on Monday, describing them as \"fabricated\"."),
        S("syrian-army", "CLAIM", None, "syrian-army", "The army units have restored security and stability to dozens of towns and villages in Idlib and Hama countrysides since the beginning of the operation in December, the source added."),
        S("syrian-foreign-ministry", "CRITICISM", None, "turkish-army", "In a related context, Syria's foreign ministry, in two identical letters to the UN Secretary-General and the President of the UN Security Council, condemned the presence of Turkish troops in Idlib as \"a flagrant violation of Syrian sovereignty\""),
        S("syrian-foreign-ministry", "CALL", None, "turkey", "called on Ankara to withdraw them immediately"),
        S("syrian-foreign-ministry", "CLAIM", None, "syrian-army", "The ministry affirmed that the Syrian Arab Army will continue its war on terrorism until every inch of the Syrian territory is liberated."),
    ])

G["d30-08"] = dict(
    outlet="Shifa Relief Alliance", publishedAt="2018-09-10",
    url="https://example.org/shifa-relief-alliance/press/2018/09/10/three-health-facilities-hit-in-72-hours",
    actors=["turkey", "shifa-relief-alliance", "syrian-army", "sohr", "rami-sabbagh",
            "idlib-health-directorate", "un", "salma-qassem", "russia"],
    places=["idlib-province", "hama-province", "gaziantep", "northwest-syria", "habit", "latamneh",
            "kafranbel", "muhambal"],
    incidents=[I("H", "AIRSTRIKE", "2018-09-08", ["habit"], ["syrian-army"], "G574"),
               I("L", "AIRSTRIKE", "2018-09-09", ["latamneh"], [], "G575"),
               I("K", "SHELLING", "2018-09-07", ["kafranbel"], [], None),
               I("M", "AIRSTRIKE", "2018-09-04", ["muhambal"], [], "G573")],
    statements=[
        S("shifa-relief-alliance", "CLAIM", None, None, "Three health facilities in north-west Syria were hit in the space of 72 hours over the weekend, the Shifa Relief Alliance (SRA) said today"),
        S("sohr", "CLAIM", "H", None, "The Syrian Observatory for Human Rights put the death toll in the town at six.", killed=6, q="EXACT"),
        S("rami-sabbagh", "CLAIM", "L", None, "Staff had moved patients to the basement minutes before the strike, said Dr Rami Sabbagh, SRA's medical coordinator for Hama."),
        S("rami-sabbagh", "CLAIM", "L", None, "\"We lost the operating theatres, the generator and two ambulances. Nobody was killed only because we were lucky,\" he said.", killed=0, q="EXACT"),
        S("idlib-health-directorate", "CLAIM", "K", None, "A maternity clinic in Kafranbel was damaged by artillery fire on Friday 7 September, causing no casualties, the Idlib Health Directorate said.", killed=0, injured=0, q="EXACT"),
        S("salma-qassem", "CRITICISM", None, None, "\"Bombing hospitals is a war crime, and it is becoming routine,\" said Dr Salma Qassem, SRA's executive director."),
        S("salma-qassem", "CALL", None, "russia", "\"We call on Russia and Turkey, as guarantors of the Idlib de-escalation zone, to stop this before a full offensive begins.\""),
        S("salma-qassem", "CALL", None, "turkey", "\"We call on Russia and Turkey, as guarantors of the Idlib de-escalation zone, to stop this before a full offensive begins.\""),
    ])

for aid, g in G.items():
    out = {"article": {"id": aid, "title": title(aid), "outlet": g["outlet"],
                       "publishedAt": g["publishedAt"], "url": g["url"]},
           "actors": g["actors"], "places": g["places"],
           "incidents": g["incidents"], "statements": g["statements"]}
    with open(os.path.join(ROOT, aid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(aid, len(g["incidents"]), "incidents", len(g["statements"]), "statements")

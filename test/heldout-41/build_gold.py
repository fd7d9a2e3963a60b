"""Write the eight h41-NN.gold.json files (hand annotation kept as data here)."""
import json

def S(speaker, stance, inc, actor, ev, killed=None, injured=None, children=None, q=None):
    return {"speaker": speaker, "stance": stance,
            "about": {"incident": inc, "actor": actor},
            "killed": killed, "injured": injured, "children": children,
            "qualifier": q, "evidence": ev}

def I(key, kind, date, places, perp, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places,
            "perpetratorAlleged": perp, "sameAs": same}

def title(aid):
    return open(f"{aid}.txt", encoding="utf-8").read().split("\n", 1)[0]

GOLD = {}

# ---------------------------------------------------------------- h41-01
GOLD["h41-01"] = dict(
    outlet="Continental Wire", publishedAt="2023-10-06",
    url="https://example.org/continental-wire/2023/10/06/syria-idlib-city-air-strikes-kill-nine",
    actors=["syria", "syrian-civil-defence", "continental-wire", "omar-sheikh-ali", "sohr",
            "russian-military", "syrian-army", "russian-mod", "sana", "armed-opposition", "turkey"],
    places=["idlib-city", "amman", "northwest-syria", "darat-izza", "aleppo-province",
            "idlib-province", "hama-province"],
    incidents=[
        I("A", "AIRSTRIKE", "2023-10-06", ["idlib-city"], ["russian-military"], "G560"),
        I("B", "SHELLING", "2023-10-05", ["darat-izza"], ["syrian-army"], "G561"),
    ],
    statements=[
        S("syrian-civil-defence", "CLAIM", "A", None,
          "Air strikes hit a busy neighbourhood of Idlib city in north-west Syria on Friday, killing at least nine people including three children, the Syria Civil Defence rescue service said.",
          killed=9, children=3, q="AT_LEAST"),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The strikes, the heaviest on the provincial capital in months, hit a bakery queue and a row of shops within minutes of each other, the rescue service said."),
        S("omar-sheikh-ali", "CLAIM", "A", None,
          "\"We were pulling people out of the bread line when the second strike came,\" said Omar Sheikh Ali, a White Helmets volunteer at the scene."),
        S("sohr", "CLAIM", "A", "russian-military",
          "The Syrian Observatory for Human Rights said Russian warplanes had carried out the raids and counted 11 dead.",
          killed=11, q="EXACT"),
        S("syrian-civil-defence", "CLAIM", "B", "syrian-army",
          "Overnight, government artillery pounded Darat Izza in the western Aleppo countryside, killing two women and wounding five other people, rescuers and the monitor said.",
          killed=2, injured=5, q="EXACT"),
        S("sohr", "CLAIM", "B", "syrian-army",
          "Overnight, government artillery pounded Darat Izza in the western Aleppo countryside, killing two women and wounding five other people, rescuers and the monitor said.",
          killed=2, injured=5, q="EXACT"),
        S("russian-mod", "CONFIRMATION", None, "russian-military",
          "Russia's defence ministry confirmed in its daily bulletin that its aircraft had struck \"terrorist command posts and drone workshops\" in Idlib province, but did not name any towns."),
        S("syrian-army", "CLAIM", None, "syrian-army",
          "A Syrian military source quoted by state news agency SANA said army units had \"responded to the sources of fire\" in the Idlib countryside"),
        S("syrian-army", "ACCUSATION", None, "armed-opposition",
          "adding that terrorist groups had launched drones at government-held towns in northern Hama this week"),
        S("turkey", "CALL", None, None,
          "Ankara, which backs several rebel factions in Idlib, called for an immediate halt to the bombardment."),
        S("sohr", "CLAIM", None, None,
          "The Observatory says at least 46 civilians have been killed in Idlib and the western Aleppo countryside since the escalation began on Oct. 5.",
          killed=46, q="AT_LEAST"),
    ])

# ---------------------------------------------------------------- h41-02
GOLD["h41-02"] = dict(
    outlet="Beacon World Service", publishedAt="2023-10-07",
    url="https://example.org/beacon-world-service/2023/10/07/idlib-city-strikes-death-toll-rises-to-14",
    actors=["idlib-health-directorate", "syrian-civil-defence", "abdulrahman-qassem", "sohr",
            "russian-military", "russian-mod", "syrian-army", "ocha", "un-special-envoy",
            "syrian-state-tv", "armed-opposition", "syria"],
    places=["idlib-city", "idlib-province", "darat-izza", "aleppo-province", "sarmin", "northwest-syria"],
    incidents=[
        I("A", "AIRSTRIKE", "2023-10-06", ["idlib-city"], ["russian-military"], "G560"),
        I("B", "SHELLING", "2023-10-05", ["darat-izza"], [], "G561"),
        I("C", "SHELLING", "2023-10-05", ["sarmin"], ["syrian-army"], None),
    ],
    statements=[
        S("idlib-health-directorate", "CLAIM", "A", None,
          "The number of people killed in Friday's air strikes on Idlib city has risen to 14, five of them children, the Idlib Health Directorate said on Saturday.",
          killed=14, children=5, q="EXACT"),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "Rescuers from the Syria Civil Defence, also known as the White Helmets, said the strikes hit a bakery and a row of shops minutes apart, and that one of their own volunteers was among the dead."),
        S("abdulrahman-qassem", "CLAIM", "A", None,
          "\"There were at least a hundred people waiting for bread when the jets came,\" said Abdulrahman Qassem, whose brother was killed in the first strike."),
        S("sohr", "CLAIM", "A", "russian-military",
          "The Syrian Observatory for Human Rights, a UK-based monitor, said Russian warplanes were behind the attack and put the toll at 12.",
          killed=12, q="EXACT"),
        S("russian-mod", "DENIAL", "A", None,
          "Russia's Defence Ministry rejected what it called \"fabricated reports\" of civilian deaths in Idlib"),
        S("russian-mod", "CLAIM", "A", "russian-military",
          "saying its aircraft had hit only \"terrorist infrastructure\""),
        S("sohr", "CLAIM", "B", None,
          "Late on Thursday, artillery shells also hit Darat Izza in the western Aleppo countryside, killing two women, according to the Observatory.",
          killed=2, q="EXACT"),
        S("syrian-civil-defence", "CLAIM", "C", "syrian-army",
          "Earlier that day, government shelling on the town of Sarmin, east of Idlib city, killed a man and his two sons, the White Helmets said.",
          killed=3, q="EXACT"),
        S("ocha", "CRITICISM", None, None,
          "The UN's humanitarian office, OCHA, said it was \"alarmed\" by the escalation, which it said had driven more than 70,000 people from their homes in north-west Syria in a week."),
        S("un-special-envoy", "CALL", None, None,
          "The UN's special envoy for Syria called on \"all parties, and those with influence over them\" to return to the de-escalation arrangements agreed in 2020."),
        S("syrian-state-tv", "CLAIM", None, "syrian-army",
          "Syria's state broadcaster said army units had destroyed \"drone launch pads and weapons depots\" belonging to terrorist groups around Idlib."),
    ])

# ---------------------------------------------------------------- h41-03
GOLD["h41-03"] = dict(
    outlet="The Atlantic Ledger", publishedAt="2023-11-23",
    url="https://example.org/atlantic-ledger/2023/11/23/idlib-quake-camp-air-strike-armanaz",
    actors=["russian-military", "syria", "syrian-civil-defence", "ibrahim-khattab", "sohr",
            "russian-foreign-ministry", "yelena-marchuk", "france", "russia", "lucy-farrant",
            "unicef", "un", "syrian-state-media"],
    places=["idlib-province", "armanaz", "harem", "hmeimim", "moscow"],
    incidents=[
        I("A", "AIRSTRIKE", "2023-11-21", ["armanaz"], ["russian-military"], "G562"),
    ],
    statements=[
        S("syrian-civil-defence", "CLAIM", "A", "russian-military",
          "At least eight people, four of them children, were killed when a Russian air strike hit a tented camp for families made homeless by February’s earthquake on the outskirts of Armanaz, in Syria’s Idlib province, on Tuesday, according to rescuers.",
          killed=8, children=4, q="AT_LEAST"),
        S("ibrahim-khattab", "CLAIM", "A", None,
          "The camp, a cluster of about 60 tents in olive groves west of the town, had no fighters or weapons anywhere near it, said Ibrahim Khattab, a teacher who has lived there since his apartment block in Harem collapsed in the quake."),
        S("ibrahim-khattab", "CLAIM", "A", None,
          "“They bombed people who had already lost everything,” he said."),
        S("sohr", "ACCUSATION", "A", "russian-military",
          "The Syrian Observatory for Human Rights, which relies on a network of sources inside Syria, gave a toll of 10 and blamed Russian warplanes, which it said had taken off from the Hmeimim air base on the coast.",
          killed=10, q="EXACT"),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The Syria Civil Defence, also known as the White Helmets, said 17 people had been treated for wounds.",
          injured=17, q="EXACT"),
        S("yelena-marchuk", "CLAIM", None, "russian-military",
          "In Moscow, Russia’s foreign ministry spokeswoman, Yelena Marchuk, told reporters that Russian forces in Syria were “fighting international terrorism at the request of the legitimate government”"),
        S("yelena-marchuk", "DENIAL", "A", None,
          "dismissed reports of casualties at the camp as “information warfare”"),
        S("france", "CRITICISM", "A", None,
          "France condemned the attack, saying strikes on displaced civilians “may amount to war crimes”"),
        S("france", "CALL", None, "russia",
          "called on Moscow to use its influence over Damascus to halt the bombardment of Idlib"),
        S("lucy-farrant", "CRITICISM", "A", None,
          "Lucy Farrant, a spokesperson for UNICEF, said the agency was “horrified” that children who had survived the earthquake were now being killed in their tents."),
        S("un", "CLAIM", None, None,
          "More than 40,000 people in Idlib are still living in tents or unfinished buildings, according to the UN."),
    ])

# ---------------------------------------------------------------- h41-04
GOLD["h41-04"] = dict(
    outlet="Relief Dispatch", publishedAt="2023-11-28",
    url="https://example.org/relief-dispatch/2023/11/28/idlib-aid-groups-count-cost-of-new-escalation",
    actors=["sams", "syrian-civil-defence", "reem-alloush", "hazem-bakri", "ocha", "who",
            "russia", "save-the-children"],
    places=["idlib-province", "northwest-syria", "armanaz", "salqin", "idlib-city", "aleppo-province"],
    incidents=[
        I("A", "AIRSTRIKE", "2023-11-21", ["armanaz"], [], "G562"),
        I("B", "AIRSTRIKE", "2023-11-23", ["idlib-city"], [], None),
    ],
    statements=[
        S("sams", "CLAIM", "A", None,
          "The deadliest single attack came on 21 November, when an air strike on a camp for earthquake survivors near Armanaz killed 11 people, five of them children, according to the Syrian American Medical Society (SAMS), which treated the wounded at its hospital in Salqin.",
          killed=11, children=5, q="EXACT"),
        S("syrian-civil-defence", "CONFIRMATION", "A", None,
          "The White Helmets rescue group confirmed on Monday that the toll had risen to nine after a woman died of her wounds.",
          killed=9, q="EXACT"),
        S("reem-alloush", "CLAIM", "A", None,
          "“Families chose that spot because it was far from the front line,” said Reem Alloush, who runs shelter programmes for a local charity in the area."),
        S("hazem-bakri", "CLAIM", "A", None,
          "Dr Hazem Bakri, who heads the SAMS hospital in Salqin, said his team had carried out 23 operations on the night of the camp strike."),
        S("hazem-bakri", "CLAIM", "A", None,
          "“We were operating on children on the floor of the corridor,” he said."),
        S("ocha", "CLAIM", "B", None,
          "On 23 November, an air strike on a water pumping station on the edge of Idlib city cut supplies to some 200,000 people, the UN’s humanitarian office, OCHA, said."),
        S("ocha", "CLAIM", "B", None,
          "Staff had left for the night and no one was hurt, the agency said.",
          killed=0, injured=0, q="EXACT"),
        S("ocha", "CRITICISM", None, None,
          "OCHA said it was deeply concerned by the repeated damage to civilian infrastructure, which it described as a violation of international humanitarian law."),
        S("who", "CLAIM", None, None,
          "The World Health Organization said 14 health facilities in Idlib and the western Aleppo countryside had been damaged since 5 October, forcing several to suspend services."),
        S("russia", "DENIAL", None, "russia",
          "Russia, which has denied targeting civilians throughout the conflict"),
        S("save-the-children", "CALL", None, None,
          "Save the Children called on all parties to stop using explosive weapons in populated areas."),
    ])

# ---------------------------------------------------------------- h41-05
GOLD["h41-05"] = dict(
    outlet="Gulf Evening Post", publishedAt="2024-04-18",
    url="https://example.org/gulf-evening-post/2024/04/18/rocket-attack-ariha-market-kills-seven",
    actors=["syrian-army", "syrian-civil-defence", "sohr", "yamen-dabbagh", "sana",
            "armed-opposition", "al-fath-al-mubin", "hts", "turkish-foreign-ministry", "russia",
            "syria", "snhr"],
    places=["ariha", "idlib-province", "saraqeb", "al-suqaylabiyah", "hama-province", "aleppo-province"],
    incidents=[
        I("A", "SHELLING", "2024-04-16", ["ariha"], ["syrian-army"], "G563"),
        I("B", "SHELLING", "2024-04-15", ["al-suqaylabiyah"], ["armed-opposition"], "G564"),
        I("C", "SHELLING", "2024-04-16", ["saraqeb"], ["al-fath-al-mubin"], None),
    ],
    statements=[
        S("syrian-civil-defence", "CLAIM", "A", "syrian-army",
          "Government artillery and rockets slammed into a crowded market in the Syrian town of Ariha on Tuesday evening, killing seven civilians, two of them children, and wounding 23 others, according to the Syria Civil Defence.",
          killed=7, injured=23, children=2, q="EXACT"),
        S("sohr", "CLAIM", "A", "syrian-army",
          "The Syrian Observatory for Human Rights said nine people had died and that the rockets were fired from regime positions near Saraqeb, about 20km to the east.",
          killed=9, q="EXACT"),
        S("yamen-dabbagh", "CLAIM", "A", None,
          "\"It was the busiest hour of the day,\" said Yamen Dabbagh, whose vegetable stall was destroyed."),
        S("sana", "CLAIM", None, "syrian-army",
          "Syria's state news agency SANA said army units had \"targeted the launch pads of terrorist rockets\" in the southern Idlib countryside."),
        S("sana", "CLAIM", "B", "armed-opposition",
          "The agency said rockets fired by terrorist groups had killed a woman and wounded four people in the town of al-Suqaylabiyah, in northern Hama, on Monday.",
          killed=1, injured=4, q="EXACT"),
        S("al-fath-al-mubin", "CLAIM", "C", "al-fath-al-mubin",
          "The Fath al-Mubin operations room, a rebel alliance led by Hayat Tahrir al-Sham, said its fighters had shelled regime positions around Saraqeb late on Tuesday in response to the Ariha attack"),
        S("al-fath-al-mubin", "DENIAL", "B", "al-fath-al-mubin",
          "denied targeting civilians in al-Suqaylabiyah"),
        S("turkish-foreign-ministry", "CRITICISM", "A", None,
          "Turkey's foreign ministry described the attack on Ariha as \"unacceptable\""),
        S("turkish-foreign-ministry", "CALL", None, "russia",
          "urged Russia, as a guarantor of the ceasefire, to restrain Damascus"),
        S("snhr", "CLAIM", None, None,
          "Since January, more than 60 civilians have been killed in Idlib and the western Aleppo countryside, according to the Syrian Network for Human Rights.",
          killed=60, q="MORE_THAN"),
    ])

# ---------------------------------------------------------------- h41-06 (no publication date)
GOLD["h41-06"] = dict(
    outlet="Sanabel News", publishedAt=None,
    url="https://example.org/sanabel-news/russian-warplanes-target-jisr-al-shughur-countryside",
    actors=["russian-military", "syrian-civil-defence", "sanabel-news", "ahmad-yazji", "sohr",
            "salvation-government", "hts", "russia", "syria", "russian-reconciliation-centre",
            "armed-opposition", "syrian-army"],
    places=["jisr-al-shughur", "idlib-province", "jabal-al-zawiya", "hmeimim", "latakia-province",
            "armanaz", "northwest-syria"],
    incidents=[
        I("A", "AIRSTRIKE", None, ["jisr-al-shughur"], ["russian-military", "russia", "syria"], None),
        I("B", "AIRSTRIKE", "2023-11-21", ["armanaz"], ["russian-military"], "G562"),
    ],
    statements=[
        S("syrian-civil-defence", "CLAIM", "A", "russian-military",
          "Three civilians were killed and six others injured on Tuesday in Russian air strikes on farmland on the outskirts of Jisr al-Shughur, west of Idlib, according to the Syrian Civil Defence.",
          killed=3, injured=6, q="EXACT"),
        S("ahmad-yazji", "CLAIM", "A", None,
          "Ahmad Yazji, a Civil Defence team leader in Jisr al-Shughur, told Sanabel News that the dead were a woman and her two young daughters, who had been living in a tent next to the farm.",
          killed=3, children=2, q="EXACT"),
        S("sohr", "CLAIM", "B", "russian-military",
          "The strikes are the heaviest on the area since 21 November 2023, when Russian jets struck a camp for earthquake survivors near the town of Armanaz, killing ten people, according to the Syrian Observatory for Human Rights.",
          killed=10, q="EXACT"),
        S("salvation-government", "ACCUSATION", "A", "russia",
          "The Syrian Salvation Government, the civil administration in areas controlled by Hayat Tahrir al-Sham, held Russia and the Assad regime responsible for Tuesday’s attack"),
        S("salvation-government", "ACCUSATION", "A", "syria",
          "The Syrian Salvation Government, the civil administration in areas controlled by Hayat Tahrir al-Sham, held Russia and the Assad regime responsible for Tuesday’s attack"),
        S("salvation-government", "CALL", "A", None,
          "called for the perpetrators to be held accountable"),
        S("russian-reconciliation-centre", "CLAIM", "A", "russian-military",
          "The Russian Centre for Reconciliation said in its daily bulletin that Russian aircraft had “eliminated a drone workshop belonging to terrorists” near Jisr al-Shughur."),
    ])

# ---------------------------------------------------------------- h41-07
GOLD["h41-07"] = dict(
    outlet="Qasioun Daily", publishedAt="2024-04-17",
    url="https://example.org/qasioun-daily/2024/04/17/army-units-destroy-terrorist-launch-pads-idlib-countryside",
    actors=["syrian-army", "qasioun-daily", "armed-opposition", "syrian-civil-defence", "sana",
            "nabil-haddad", "syrian-foreign-ministry", "un-secretary-general", "un-security-council",
            "turkey", "yevgeny-lazutkin", "russian-reconciliation-centre", "hts"],
    places=["idlib-province", "al-suqaylabiyah", "damascus", "hama-province", "ariha", "northwest-syria"],
    incidents=[
        I("A", "SHELLING", "2024-04-16", ["ariha"], ["syrian-army"], "G563"),
        I("B", "SHELLING", "2024-04-15", ["al-suqaylabiyah"], ["armed-opposition"], "G564"),
    ],
    statements=[
        S("syrian-army", "CLAIM", None, "syrian-army",
          "Army units struck positions of terrorist organizations in the southern Idlib countryside on Tuesday, destroying drone workshops and rocket launch pads used to target safe towns and villages in the northern Hama countryside, a military source said."),
        S("syrian-army", "CLAIM", "A", "syrian-army",
          "The source told Qasioun Daily that artillery units shelled gatherings of terrorists on the outskirts of Ariha yesterday evening, killing dozens of them and destroying a number of vehicles equipped with heavy machine guns."),
        S("syrian-army", "DENIAL", "A", None,
          "The source denied claims circulated by terrorist-affiliated media that civilians had been killed in Ariha"),
        S("syrian-army", "ACCUSATION", "A", "syrian-civil-defence",
          "describing them as “fabrications produced by the so-called White Helmets”"),
        S("sana", "CLAIM", "B", "armed-opposition",
          "On Monday, terrorists positioned in the Idlib countryside fired rocket shells at residential neighbourhoods in al-Suqaylabiyah, killing a woman and injuring five civilians, among them two children, SANA reported.",
          killed=1, injured=5, q="EXACT"),
        S("nabil-haddad", "CLAIM", "B", None,
          "Dr. Nabil Haddad, director of al-Suqaylabiyah National Hospital, said two of the injured children were in critical condition."),
        S("syrian-foreign-ministry", "ACCUSATION", "B", "armed-opposition",
          "The Foreign and Expatriates Ministry said in two identical letters to the UN Secretary-General and the President of the Security Council that the attack was carried out by “terrorist groups backed by the Turkish regime”"),
        S("syrian-foreign-ministry", "ACCUSATION", "B", "turkey",
          "The Foreign and Expatriates Ministry said in two identical letters to the UN Secretary-General and the President of the Security Council that the attack was carried out by “terrorist groups backed by the Turkish regime”"),
        S("syrian-foreign-ministry", "CALL", "B", "un-security-council",
          "called on the Security Council to condemn it"),
        S("yevgeny-lazutkin", "ACCUSATION", None, "armed-opposition",
          "Rear Admiral Yevgeny Lazutkin, deputy head of the Russian Centre for Reconciliation of the Opposing Sides in Syria, said militants had carried out 17 shelling attacks from the Idlib de-escalation zone over the past 24 hours."),
    ])

# ---------------------------------------------------------------- h41-08
GOLD["h41-08"] = dict(
    outlet="Syrian Monitor for Civilian Protection (SMCP)", publishedAt="2024-04-30",
    url="https://example.org/smcp/2024/04/30/april-2024-civilian-deaths-north-west-syria",
    actors=["smcp", "syrian-army", "russian-military", "huda-razzouk", "syrian-civil-defence",
            "ocha", "syrian-mod", "anas-hallak", "un-security-council"],
    places=["northwest-syria", "gaziantep", "ariha", "idlib-province", "aleppo-province",
            "darat-izza", "al-suqaylabiyah", "hama-province", "jisr-al-shughur"],
    incidents=[
        I("A", "SHELLING", "2024-04-16", ["ariha"], ["syrian-army"], "G563"),
        I("B", "AIRSTRIKE", "2024-04-09", ["darat-izza"], ["syrian-army"], None),
        I("C", "SHELLING", "2024-04-15", ["al-suqaylabiyah"], [], "G564"),
    ],
    statements=[
        S("huda-razzouk", "CLAIM", "A", None,
          "“There was no military target anywhere near the market,” said Huda Razzouk, SMCP’s field coordinator in southern Idlib, who visited the site the following morning."),
        S("syrian-civil-defence", "CLAIM", "A", None,
          "The Syria Civil Defence said at the time that its teams had recovered seven bodies",
          killed=7, q="EXACT"),
        S("ocha", "CRITICISM", "A", None,
          "OCHA said on 17 April that it was alarmed by the attack on the Ariha market"),
        S("ocha", "CALL", "A", None,
          "urged all parties to respect international humanitarian law"),
        S("syrian-mod", "CLAIM", None, "syrian-army",
          "The Syrian Ministry of Defence said on 17 April that its forces had “targeted the launch sites of terrorist rockets and drones” in retaliation for the attack on al-Suqaylabiyah."),
        S("anas-hallak", "CRITICISM", None, None,
          "“The silence of the international community is a green light for more killing,” said SMCP director Anas Hallak."),
        S("anas-hallak", "CALL", None, "un-security-council",
          "“The Security Council must act to stop the bombardment of civilians in Idlib.”"),
    ])

for aid, g in GOLD.items():
    doc = {"article": {"id": aid, "title": title(aid), "outlet": g["outlet"],
                       "publishedAt": g["publishedAt"], "url": g["url"]},
           "actors": g["actors"], "places": g["places"],
           "incidents": g["incidents"], "statements": g["statements"]}
    with open(f"{aid}.gold.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(aid, len(g["incidents"]), len(g["statements"]))

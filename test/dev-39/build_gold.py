"""Write the d39-NN.gold.json files (hand annotation, encoded compactly)."""
import json

def art(i, outlet, date, slug):
    title = open(f"{i}.txt", encoding="utf-8").read().split("\n", 1)[0]
    oslug = outlet.lower().replace("the ", "").replace(" ", "-")
    url = f"https://example.org/{oslug}/" + (date.replace("-", "/") + "/" if date else "news/") + slug
    return {"id": i, "title": title, "outlet": outlet, "publishedAt": date, "url": url}

def inc(key, kind, date, places, perp, same=None):
    return {"key": key, "kind": kind, "date": date, "places": places, "perpetratorAlleged": perp, "sameAs": same}

def st(speaker, stance, incident, actor, evidence, killed=None, injured=None, children=None, q=None):
    if q is None and (killed is not None or injured is not None):
        q = "EXACT"
    return {"speaker": speaker, "stance": stance, "about": {"incident": incident, "actor": actor},
            "killed": killed, "injured": injured, "children": children, "qualifier": q, "evidence": evidence}

G = {}

# ---------------------------------------------------------------- d39-01 wire
G["d39-01"] = {
 "article": art("d39-01", "Polaris Press Agency", "2023-10-06", "syria-idlib-city-shelling-kills-seven"),
 "actors": ["syrian-army", "syria", "syrian-civil-defence", "polaris-press", "abdulrahman-kassar", "sohr", "syrian-mod",
            "armed-opposition", "hts", "turkish-foreign-ministry", "russian-military"],
 "places": ["idlib-city", "istanbul", "saraqeb", "sarmin", "northwest-syria", "homs-city", "idlib-province", "ankara"],
 "incidents": [
   inc("A1", "SHELLING", "2023-10-06", ["idlib-city"], ["syrian-army"], "G665"),
   inc("A2", "SHELLING", "2023-10-06", ["sarmin"], ["syrian-army"], "G669"),
 ],
 "statements": [
   st("syrian-civil-defence", "CLAIM", "A1", "syrian-army",
      "Syrian government shelling hit a busy market street in the rebel-held city of Idlib on Friday, killing at least seven people and wounding more than 20, the Syria Civil Defence rescue service said.",
      killed=7, injured=20, q="AT_LEAST"),
   st("abdulrahman-kassar", "CLAIM", "A1", None,
      "Rockets landed shortly after midday prayers as shoppers crowded the street, said Abdulrahman Kassar, a civil defence team leader in the city."),
   st("abdulrahman-kassar", "CLAIM", "A1", None,
      "\"People were buying vegetables for the weekend. We found whole families under the stalls,\" he told Polaris by phone."),
   st("sohr", "CLAIM", "A1", "syrian-army",
      "The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at eight, including two children, and said government forces had fired the rockets from positions near Saraqeb.",
      killed=8, children=2),
   st("sohr", "CLAIM", "A2", "syrian-army",
      "Government artillery also pounded Sarmin, east of Idlib city, on Friday, killing two people, the monitor said.", killed=2),
   st("syrian-mod", "ACCUSATION", None, "armed-opposition",
      "Syria's defence ministry blamed that attack on \"terrorist organisations\""),
   st("syrian-mod", "CLAIM", None, "syrian-mod",
      "vowed to respond \"with full force\""),
   st("turkish-foreign-ministry", "CALL", None, None,
      "In Ankara, a Turkish foreign ministry official, speaking on condition of anonymity, said both sides must \"stop the escalation immediately\"."),
   st("sohr", "CLAIM", None, None,
      "The Observatory says at least 31 people, most of them civilians, have been killed in government and Russian bombardment of the north-west since Thursday evening.",
      killed=31, q="AT_LEAST"),
 ]}

# ---------------------------------------------------------------- d39-02 broadcaster
G["d39-02"] = {
 "article": art("d39-02", "Crosswind News", "2023-10-07", "syria-children-among-dead-idlib-market-shelling"),
 "actors": ["syria", "syrian-civil-defence", "sohr", "syrian-army", "russian-military", "syrian-state-tv", "armed-opposition",
            "hts", "rima-aswad", "unicef", "russia", "turkey"],
 "places": ["idlib-province", "idlib-city", "darat-izza", "aleppo-province", "homs-city"],
 "incidents": [
   inc("A", "SHELLING", "2023-10-06", ["idlib-city"], ["syrian-army"], "G665"),
   inc("B", "AIRSTRIKE", "2023-10-06", ["darat-izza"], ["russian-military"], "G668"),
 ],
 "statements": [
   st("syrian-civil-defence", "CLAIM", "A", None,
      "At least nine people, two of them children, were killed when rockets struck a market street in Idlib city on Friday, rescuers in the rebel-held north-west of the country say.",
      killed=9, children=2, q="AT_LEAST"),
   st("syrian-civil-defence", "CLAIM", "A", None,
      "The Syria Civil Defence, known as the White Helmets, said 27 others were wounded, several of them critically.", injured=27),
   st("sohr", "CLAIM", "A", None,
      "The Syrian Observatory for Human Rights (SOHR), which tracks the conflict through a network of sources inside Syria, said 11 people had died",
      killed=11),
   st("sohr", "ACCUSATION", "A", "syrian-army", "blamed the attack on government forces"),
   st("sohr", "CLAIM", "B", "russian-military",
      "Overnight, Russian warplanes struck the outskirts of Darat Izza in the western Aleppo countryside, hitting a road near the town's main hospital, the monitor said."),
   st("sohr", "CLAIM", "B", None, "It said two people were wounded.", injured=2),
   st("syrian-state-tv", "CLAIM", None, "syrian-army",
      "Syrian state TV said the army had struck \"terrorist drone launch sites\" in the Idlib countryside in response to Thursday's attack on a military academy in Homs."),
   st("syria", "ACCUSATION", None, "armed-opposition",
      "Damascus has accused armed groups in Idlib of launching the drones that hit the academy's graduation ceremony."),
   st("hts", "DENIAL", None, "hts",
      "Hayat Tahrir al-Sham, the main jihadist group in the province, has denied any involvement."),
   st("rima-aswad", "CRITICISM", "A", None,
      "Rima Aswad, a UNICEF spokeswoman, said the agency was \"horrified\" by the killing of children in the market"),
   st("rima-aswad", "CALL", "A", None, "urged all parties to spare civilians"),
 ]}

# ---------------------------------------------------------------- d39-03 state agency
G["d39-03"] = {
 "article": art("d39-03", "Homeland News Agency", "2023-10-07", "army-units-destroy-terrorist-drone-workshops-idlib"),
 "actors": ["syrian-army", "armed-opposition", "homeland-news-agency", "syrian-civil-defence", "syrian-mod", "russian-reconciliation-centre"],
 "places": ["idlib-province", "al-suqaylabiyah", "aleppo-province", "homs-city", "sarmin", "idlib-city", "hama-province", "mhardeh", "northwest-syria"],
 "incidents": [
   inc("C1", "SHELLING", "2023-10-06", ["idlib-city"], [], "G665"),
   inc("C2", "SHELLING", "2023-10-06", ["sarmin"], ["syrian-army"], "G669"),
   inc("C3", "SHELLING", "2023-10-06", ["al-suqaylabiyah"], ["armed-opposition"]),
   inc("C4", "OTHER", "2023-10-06", ["mhardeh"], ["armed-opposition"]),
 ],
 "statements": [
   st("syrian-army", "CLAIM", None, "syrian-army",
      "Army units on Friday targeted with artillery and missiles the dens and drone launch sites of terrorist organizations in Idlib countryside and the western Aleppo countryside in response to the terrorist attack on the graduation ceremony of the Military College in Homs, a military source said."),
   st("syrian-army", "CLAIM", "C2", "syrian-army",
      "The source told HNA's reporter that an artillery unit destroyed a workshop used by the terrorists to assemble drones near the town of Sarmin, east of Idlib city, killing all those inside it."),
   st("syrian-army", "DENIAL", "C1", None,
      "The source dismissed as \"lies\" the claims of the so-called White Helmets that civilians were killed in Idlib city on Friday"),
   st("syrian-army", "CLAIM", "C1", "syrian-army",
      "stressing that the army only targets terrorist positions and \"does not target civilians\""),
   st("syrian-army", "ACCUSATION", "C4", "armed-opposition",
      "Army air defenses also shot down two drones launched by terrorists towards the town of Mhardeh, the military source added, without reporting casualties."),
   st("syrian-mod", "CLAIM", None, "syrian-army",
      "The Ministry of Defense said in a statement on Thursday that the army will respond \"with full force and decisiveness\" to the terrorist organizations, \"wherever they are\"."),
   st("syrian-mod", "CLAIM", None, "syrian-army",
      "The statement added that the army had begun \"a series of precise operations\" against the terrorist organizations in the north-west."),
   st("russian-reconciliation-centre", "ACCUSATION", None, "armed-opposition",
      "In a related context, the Russian Center for Reconciliation of the Opposing Sides in Syria said that terrorists had carried out 12 attacks from the Idlib de-escalation zone over the past 24 hours."),
 ]}

# ---------------------------------------------------------------- d39-04 opposition site
G["d39-04"] = {
 "article": art("d39-04", "Syria Dawn Network", "2023-10-08", "russian-warplanes-kill-six-jisr-al-shughur"),
 "actors": ["russian-military", "syrian-army", "syrian-civil-defence", "syria-dawn", "ziad-hamwi", "mahmoud-qassab", "syrian-state-media",
            "idlib-health-directorate", "snhr", "fateh-mubin", "hts", "armed-opposition", "syria"],
 "places": ["jisr-al-shughur", "idlib-province", "idlib-city", "termanin", "northwest-syria", "latakia-province", "homs-city"],
 "incidents": [
   inc("J", "AIRSTRIKE", "2023-10-08", ["jisr-al-shughur"], ["russian-military", "syrian-army"], "G666"),
   inc("I", "SHELLING", "2023-10-06", ["idlib-city"], ["syrian-army"], "G665"),
   inc("T", "SHELLING", "2023-10-07", ["termanin"], ["syrian-army"]),
 ],
 "statements": [
   st("syrian-civil-defence", "CLAIM", "J", "russian-military",
      "Six civilians were killed and 14 others injured on Sunday morning when Russian warplanes struck a residential neighbourhood in the city of Jisr al-Shughur in western Idlib, the Syria Civil Defence (White Helmets) said.",
      killed=6, injured=14),
   st("ziad-hamwi", "CLAIM", "J", None,
      "Civil defence volunteer Ziad Hamwi said teams were still searching for two people missing under a collapsed building."),
   st("ziad-hamwi", "CLAIM", "J", None,
      "\"The rubble is three floors deep and we are digging with our hands,\" he said."),
   st("mahmoud-qassab", "CLAIM", "J", None,
      "\"The missiles fell on houses. There is no military position anywhere near here,\" said Mahmoud Qassab, who lives a few streets from the site of the strike."),
   st("syrian-state-media", "CLAIM", "J", "syrian-army",
      "Regime media claimed that the army had targeted \"terrorist gatherings\" around Jisr al-Shughur on Sunday."),
   st("idlib-health-directorate", "CLAIM", "I", "syrian-army",
      "The Idlib Health Directorate said the death toll from Friday's regime shelling of a market street in Idlib city had risen to ten, including three children.",
      killed=10, children=3),
   st("snhr", "CLAIM", None, None,
      "At least 19 civilians, including six children, have been killed in regime and Russian attacks on north-west Syria since Thursday, according to the Syrian Network for Human Rights (SNHR).",
      killed=19, children=6, q="AT_LEAST"),
   st("fateh-mubin", "CLAIM", None, "fateh-mubin",
      "The Al-Fateh al-Mubin operations room, which groups Hayat Tahrir al-Sham and allied factions, vowed that the \"massacres\" would not go unanswered."),
   st("syria", "ACCUSATION", None, "armed-opposition",
      "which the regime blamed on factions in Idlib without providing evidence"),
 ]}

# ---------------------------------------------------------------- d39-05 international newspaper
G["d39-05"] = {
 "article": art("d39-05", "The Continental Herald", "2023-10-09", "air-raid-syrian-town-fears-wider-war-idlib"),
 "actors": ["sohr", "syria", "syrian-army", "syrian-civil-defence", "walid-hamra", "russian-mod", "russian-military", "armed-opposition",
            "russia", "turkey", "un-security-council", "syrian-foreign-ministry", "nora-lindqvist"],
 "places": ["idlib-province", "jisr-al-shughur", "homs-city", "termanin", "idlib-city"],
 "incidents": [
   inc("J", "AIRSTRIKE", "2023-10-08", ["jisr-al-shughur"], ["syrian-army", "russian-military"], "G666"),
   inc("T", "SHELLING", "2023-10-08", ["termanin"], []),
 ],
 "statements": [
   st("sohr", "CLAIM", "J", None,
      "An air strike on a crowded neighbourhood of Jisr al-Shughur on Sunday killed five people, according to the Syrian Observatory for Human Rights, the latest in a wave of attacks that has shaken Syria's last opposition-held enclave since a drone attack on a military academy in Homs last week.",
      killed=5),
   st("sohr", "CLAIM", "J", "syrian-army",
      "The Britain-based monitor said Syrian government jets had carried out the raid."),
   st("syrian-civil-defence", "CLAIM", "J", None,
      "Rescuers recovered four bodies from a collapsed three-storey building and treated 13 wounded, the White Helmets said.",
      killed=4, injured=13),
   st("walid-hamra", "CLAIM", "J", None,
      "Dr Walid Hamra, who runs the town's only surgical hospital, said most of the injured were women."),
   st("walid-hamra", "CLAIM", "J", None,
      "\"We have two operating theatres and we used both all night,\" he said."),
   st("russian-mod", "CONFIRMATION", "J", "russian-military",
      "Russia's defence ministry confirmed on Monday that Russian aircraft had struck a \"terrorist drone depot\" in Jisr al-Shughur on Sunday, without mentioning civilian casualties."),
   st("syrian-civil-defence", "CLAIM", "T", None,
      "Earlier on Sunday, artillery fire killed two children in Termanin, a town north of Idlib city crowded with displaced families, local rescuers said.",
      killed=2, children=2),
   st("syria", "ACCUSATION", None, "armed-opposition",
      "Damascus blamed insurgents for the Homs attack, in which dozens of cadets and their relatives died"),
   st("turkey", "CALL", None, "russia",
      "Turkey, which has thousands of troops inside the enclave, called on Russia, as a guarantor of a 2020 ceasefire, to rein in its ally."),
   st("syrian-foreign-ministry", "ACCUSATION", None, "turkey",
      "In a letter to the UN Security Council, Syria's foreign ministry accused Turkey of sheltering \"terrorists\" in Idlib."),
   st("nora-lindqvist", "CLAIM", None, "syria",
      "\"Damascus is applying pressure, not launching a ground offensive – at least for now,\" said Nora Lindqvist, a Syria researcher at the Oslo-based Nordic Institute for Conflict Studies."),
 ]}

# ---------------------------------------------------------------- d39-06 Gulf daily
G["d39-06"] = {
 "article": art("d39-06", "The Gulf Sentinel", "2023-10-12", "qatar-turkey-condemn-shelling-idlib-camp"),
 "actors": ["qatar", "turkey", "syria", "syrian-civil-defence", "sohr", "syrian-army", "qatar-foreign-ministry", "selim-karaca",
            "turkish-foreign-ministry", "anadolu", "russia", "idlib-health-directorate", "ocha", "armed-opposition"],
 "places": ["idlib-province", "dubai", "kafr-lusin", "ankara", "idlib-city", "northwest-syria", "homs-city"],
 "incidents": [
   inc("K", "SHELLING", "2023-10-11", ["kafr-lusin"], ["syrian-army", "syria"], "G667"),
   inc("I", "SHELLING", "2023-10-10", ["idlib-city"], []),
 ],
 "statements": [
   st("syrian-civil-defence", "CLAIM", "K", None,
      "At least three people, including two children, were killed late on Wednesday when shells slammed into a camp for displaced families near Kafr Lusin, close to Syria's border with Turkey, rescuers said.",
      killed=3, children=2, q="AT_LEAST"),
   st("syrian-civil-defence", "CLAIM", "K", None,
      "The Syria Civil Defence said nine others were wounded and that the shells had been fired from government-held areas to the south.",
      injured=9),
   st("sohr", "CLAIM", "K", None,
      "The Syrian Observatory for Human Rights said five people had been killed", killed=5),
   st("sohr", "ACCUSATION", "K", "syrian-army",
      "blamed government forces for the attack, the second on the border camps in a week"),
   st("qatar-foreign-ministry", "CRITICISM", "K", None,
      "Qatar's Ministry of Foreign Affairs condemned \"in the strongest terms\" the shelling of the camp, describing it as a \"flagrant violation of international humanitarian law\""),
   st("qatar-foreign-ministry", "CALL", "K", None,
      "called on the international community to protect civilians in Syria"),
   st("selim-karaca", "ACCUSATION", "K", "syria",
      "In Ankara, foreign ministry spokesman Selim Karaca said the regime bore responsibility for \"this inhumane attack\", Anadolu Agency reported."),
   st("selim-karaca", "CALL", None, "russia",
      "He urged Russia to use its influence on Damascus to halt the bombardment."),
   st("idlib-health-directorate", "CLAIM", "I", None,
      "The camp attack came a day after shelling on Tuesday killed a teacher and wounded four students outside a school in Idlib city, according to the Idlib Health Directorate.",
      killed=1, injured=4),
   st("ocha", "CLAIM", None, None,
      "The UN humanitarian office, OCHA, said more than 70 civilians had been killed and more than 120,000 people displaced in north-west Syria since October 5, when a drone attack on a military academy in Homs triggered the escalation.",
      killed=70, q="MORE_THAN"),
   st("russia", "CLAIM", None, "russia",
      "Moscow has said its strikes target only \"terrorists\""),
   st("russia", "ACCUSATION", None, "armed-opposition",
      "who it says were behind the Homs attack"),
 ]}

# ---------------------------------------------------------------- d39-07 regional outlet
G["d39-07"] = {
 "article": art("d39-07", "Levant Tribune", "2023-10-14", "jisr-al-shughour-bombed-again"),
 "actors": ["syrian-civil-defence", "idlib-health-directorate", "russian-military", "sohr", "russia", "arkady-pletnev", "russian-mod",
            "turkey", "turkish-mod", "turkish-army", "hts", "syria", "tarek-mallouhi"],
 "places": ["jisr-al-shughur", "idlib-province", "beirut", "hmeimim", "sarmin", "idlib-city", "moscow", "homs-city"],
 "incidents": [
   inc("J2", "AIRSTRIKE", "2023-10-12", ["jisr-al-shughur"], ["russian-military"]),
   inc("J1", "AIRSTRIKE", "2023-10-08", ["jisr-al-shughur"], ["russian-military"], "G666"),
 ],
 "statements": [
   st("syrian-civil-defence", "CLAIM", "J2", None,
      "Warplanes struck the western outskirts of Jisr al-Shughour on Thursday, killing a farmer and his two sons, rescuers said, in the second deadly raid on the city in less than a week.",
      killed=3),
   st("idlib-health-directorate", "CLAIM", "J1", None,
      "On 8 October, an air strike on a residential block in the city killed seven people, according to the Idlib Health Directorate, which said 16 were wounded.",
      killed=7, injured=16),
   st("sohr", "CLAIM", "J2", "russian-military",
      "Both raids were carried out by Russian jets, according to the Syrian Observatory for Human Rights, which said it had tracked the aircraft taking off from Hmeimim air base."),
   st("sohr", "CLAIM", "J1", "russian-military",
      "Both raids were carried out by Russian jets, according to the Syrian Observatory for Human Rights, which said it had tracked the aircraft taking off from Hmeimim air base."),
   st("russia", "DENIAL", None, "russia",
      "Moscow has repeatedly denied targeting civilians in Idlib."),
   st("arkady-pletnev", "CLAIM", None, "russian-military",
      "\"Russian aircraft strike only reliably identified terrorist targets,\" Major-General Arkady Pletnev, the defence ministry spokesman, told reporters in Moscow on Friday."),
   st("turkey", "CRITICISM", None, None,
      "Ankara, which has thousands of soldiers deployed across the province under a 2020 deal with Moscow, has criticised the escalation as a violation of that agreement."),
   st("turkish-mod", "CLAIM", None, "turkish-army",
      "Turkey's defence ministry said on Thursday that Turkish troops in the region were on \"high alert\" and would respond to any attack on their posts."),
   st("hts", "CLAIM", None, "hts",
      "Hayat Tahrir al-Sham, the dominant armed group in Idlib, has threatened to hit government-held areas \"with everything we have\" if the bombardment continues."),
   st("tarek-mallouhi", "CLAIM", None, None,
      "\"Damascus wants to show that the Homs attack has a price, and Moscow is letting it do so,\" said Tarek Mallouhi, a researcher at the Beirut-based Levant Policy Forum."),
 ]}

# ---------------------------------------------------------------- d39-08 humanitarian outlet (no date)
G["d39-08"] = {
 "article": art("d39-08", "Relief Dispatch", None, "nowhere-is-safe-idlib-border-camps"),
 "actors": ["turkey", "amina-rahhal", "sams", "ocha", "martin-oyelaran", "unicef", "save-the-children", "syria", "relief-dispatch",
            "armed-opposition"],
 "places": ["idlib-province", "gaziantep", "kafr-lusin", "kafranbel", "atmeh", "northwest-syria", "darat-izza", "sarmada", "bab-al-hawa"],
 "incidents": [
   inc("K", "SHELLING", "2023-10-11", ["kafr-lusin"], [], "G667"),
   inc("D", "AIRSTRIKE", "2023-10-06", ["darat-izza"], [], "G668"),
   inc("S", "SHELLING", None, ["sarmada"], []),
 ],
 "statements": [
   st("amina-rahhal", "CLAIM", None, None,
      "\"Nowhere is safe now, not even here,\" said Rahhal, 34, who is originally from Kafranbel."),
   st("sams", "CLAIM", "K", None,
      "The shelling of the camp late on 11 October killed four people, including two children, and wounded 11, according to the Syrian American Medical Society (SAMS), whose hospital in Atmeh received the casualties.",
      killed=4, injured=11, children=2),
   st("ocha", "CLAIM", None, None,
      "Since the escalation began on 5 October 2023, at least 85 civilians have been killed and some 120,000 people displaced across north-west Syria, according to OCHA.",
      killed=85, q="AT_LEAST"),
   st("martin-oyelaran", "CRITICISM", None, None,
      "\"We are alarmed that camps, which were never meant to be permanent, are now being shelled,\" said Martin Oyelaran, a senior OCHA official."),
   st("martin-oyelaran", "CALL", None, None,
      "He called on all parties to respect international humanitarian law."),
   st("sams", "CLAIM", "D", None,
      "which SAMS said was forced to suspend all but emergency services for three days"),
   st("unicef", "CONFIRMATION", "S", None,
      "On Monday, a school sheltering displaced families in Sarmada was hit by artillery fire, injuring three children, the UN children's agency confirmed.",
      injured=3),
   st("save-the-children", "CLAIM", None, None,
      "Save the Children said half of those displaced since 5 October were children"),
   st("save-the-children", "CALL", None, None, "urged donors to fund winter supplies"),
   st("syria", "CLAIM", None, "syria",
      "The Syrian government, which did not respond to questions from Relief Dispatch, has said its operations target only \"terrorist groups\"."),
 ]}

for k, g in G.items():
    json.dump(g, open(f"{k}.gold.json", "w", encoding="utf-8"), indent=2, ensure_ascii=False)
    open(f"{k}.gold.json", "a").write("\n")
    print(k, len(g["incidents"]), "incidents", len(g["statements"]), "statements")

import json, copy, os
D='/work/main/test/dev-33'
SRC='/work/shared/corpus/entities.json'
reg=json.load(open(SRC))

def A(id,name,kind,partOf,aliases,**kw):
    d={"id":id,"name":name,"kind":kind,"partOf":partOf,"aliases":aliases}
    d.update(kw); return d
def P(id,name,kind,prov,country,lat,lon,aliases,**kw):
    d={"id":id,"name":name,"kind":kind,"province":prov,"country":country,"lat":lat,"lon":lon,"aliases":aliases}
    d.update(kw); return d

new_actors=[
 A("crescent-wire","Crescent Wire","news-agency",None,["Crescent Wire"],fictional=True,note="Fictional Reuters-style wire (publisher of d33-01)."),
 A("zaytoun-voice","Zaytoun Voice","news-agency",None,["Zaytoun Voice"],fictional=True,note="Fictional Syrian opposition news site, English edition (d33-02)."),
 A("continental-herald","The Continental Herald","news-agency",None,["The Continental Herald","Continental Herald"],fictional=True,note="Fictional international broadsheet newspaper (d33-03)."),
 A("horizon-news","Horizon World News","news-agency",None,["Horizon World News","Horizon"],contextualAliases=["Horizon"],fictional=True,note="Fictional BBC-style international broadcaster (d33-04)."),
 A("mashreq-news-agency","Mashreq News Agency (MNA)","news-agency",None,["Mashreq News Agency","MNA"],fictional=True,note="Fictional Syrian state news agency, English service (d33-05). A state outlet: its own narration is not a statement; attributed remarks are."),
 A("aid-dispatch","The Aid Dispatch","news-agency",None,["The Aid Dispatch","Aid Dispatch"],fictional=True,note="Fictional humanitarian news outlet (d33-06)."),
 A("levant-ledger","The Levant Ledger","news-agency",None,["The Levant Ledger","Levant Ledger"],fictional=True,note="Fictional Beirut-based regional English-language daily (d33-07)."),
 A("rasd-centre","Rasd Centre for Civilian Protection","monitor",None,["Rasd Centre for Civilian Protection","Rasd Centre","the Rasd Centre","the Centre"],contextualAliases=["the Centre"],fictional=True,note="Fictional documentation NGO / monitor; publisher of the undated release d33-08. \"the Centre\" is this actor only in its own release (elsewhere \"the centre\" is the Russian reconciliation centre)."),
 A("aleppo-police-command","Aleppo Police Command","local-authority","syria",["Aleppo Police Command"],note="Syrian government police command for Aleppo governorate (party-side official body)."),
 A("cengiz-aydemir","Cengiz Aydemir","person","turkey",["Cengiz Aydemir","Aydemir"],fictional=True,role="governor of Turkey's Hatay province"),
 A("selin-aktas","Selin Akta\u015f","person",None,["Selin Akta\u015f","Selin Aktas","Akta\u015f"],fictional=True,role="former Turkish diplomat, analyst"),
 A("munir-al-abdo","Munir al-Abdo","person","syrian-civil-defence",["Munir al-Abdo","al-Abdo"],fictional=True,role="White Helmets team leader, Maarat Misrin"),
 A("abdulrahman-qassem","Abdulrahman Qassem","person",None,["Abdulrahman Qassem","Qassem"],fictional=True,role="head of the local education office, Maarat Misrin"),
 A("hiba-al-omar","Hiba al-Omar","person",None,["Hiba al-Omar","Hiba"],fictional=True,role="primary school teacher, Maarat Misrin"),
 A("samer-kayyali","Samer Kayyali","person","rasd-centre",["Samer Kayyali","Kayyali"],fictional=True,role="director, Rasd Centre for Civilian Protection"),
]
new_places=[
 P("balyun","Balyun","village","Idlib","Syria",35.70,36.52,["Balyun","Balyoun","Baliyun"],note="Jabal al-Zawiya village; site of the 27 Feb 2020 strike on Turkish troops (G600)."),
 P("jabal-al-zawiya","Jabal al-Zawiya","region","Idlib","Syria",35.68,36.56,["Jabal al-Zawiya","Jabal al-Zawiyah","Jebel al-Zawiya"],note="Hill district in southern Idlib province; named as a place, but an incident's places use the village inside it when one is named."),
 P("maarat-misrin","Maarat Misrin","town","Idlib","Syria",36.01,36.67,["Maarat Misrin","Maaret Misrin","Ma'arrat Misrin"]),
 P("kansafra","Kansafra","village","Idlib","Syria",35.66,36.56,["Kansafra","Kansafrah"]),
 P("ihsim","Ihsim","village","Idlib","Syria",35.73,36.55,["Ihsim","Ehsem","Ihsem"]),
 P("brussels","Brussels","city","Brussels-Capital","Belgium",50.8503,4.3517,["Brussels"]),
]
new_globals=[
 {"id":"G600","label":"Air strike on a Turkish army column near Balyun (Jabal al-Zawiya)","kind":"AIRSTRIKE","date":"2020-02-27","places":["balyun"],"articles":["d33-01","d33-03","d33-07"],"figures":"Turkish soldiers killed >=33 (Hatay governor, day 1), 34 (SOHR), 36 with >30 wounded (Turkish officials, day 2); d33-07 gives 36 only in narration (not coded)"},
 {"id":"G601","label":"Air strike on a primary school in Maarat Misrin","kind":"AIRSTRIKE","date":"2020-02-25","places":["maarat-misrin"],"articles":["d33-02","d33-06","d33-08"],"figures":"killed 7 incl. 5 children (civil defence) / 9 incl. 6 children (Save the Children) / 9 (Idlib Health Directorate) / 11 (SNHR); 14 wounded (education office); the Rasd Centre's own 8 incl. 4 children is narration (not coded)"},
 {"id":"G602","label":"Rocket strike on a street of schools in Idlib city","kind":"SHELLING","date":"2020-02-25","places":["idlib-city"],"articles":["d33-02","d33-06","d33-08"],"figures":"killed 4, 12 wounded (civil defence) / 5 (UNICEF); the Rasd Centre's own 5 killed, 14 injured is narration (not coded)"},
 {"id":"G603","label":"Two Syrian Su-24 bombers downed by Turkish fire near Maarat al-Numan","kind":"OTHER","date":"2020-03-01","places":["maarat-al-numan"],"articles":["d33-04","d33-05"],"figures":"no casualty figures (pilots parachuted to safety, SANA)"},
 {"id":"G604","label":"Turkish drone strikes on Syrian army positions around Saraqeb","kind":"AIRSTRIKE","date":"2020-03-01","places":["saraqeb"],"articles":["d33-04","d33-05"],"figures":"killed 19 (SOHR) vs no casualties (Syrian military source)"},
]
out=copy.deepcopy(reg)
out['actors']+=new_actors; out['places']+=new_places; out['globalIncidents']+=new_globals
json.dump(out,open(os.path.join(D,'entities.json'),'w'),ensure_ascii=False,indent=2)

def I(key,kind,date,places,perp,same=None):
    return {"key":key,"kind":kind,"date":date,"places":places,"perpetratorAlleged":perp,"sameAs":same}
def S(speaker,stance,inc,actor,ev,killed=None,injured=None,children=None,q=None):
    if q is None and (killed is not None or injured is not None): q="EXACT"
    return {"speaker":speaker,"stance":stance,"about":{"incident":inc,"actor":actor},"killed":killed,"injured":injured,"children":children,"qualifier":q,"evidence":ev}

G={}
G['d33-01']=dict(
 article=dict(outlet="Crescent Wire",publishedAt="2020-02-28",url="https://example.org/crescent-wire/2020/02/28/air-strike-kills-turkish-soldiers-idlib"),
 actors=["turkish-army","syria","turkey","crescent-wire","syrian-army","cengiz-aydemir","turkish-foreign-ministry","selim-karaca","russian-mod","ria-novosti","russian-military","sohr","syrian-state-media","armed-opposition","nato","russia"],
 places=["idlib-province","ankara","beirut","northwest-syria","hatay","balyun","jabal-al-zawiya","idlib-city","saraqeb","m5-highway","brussels"],
 incidents=[I("A","AIRSTRIKE","2020-02-27",["balyun"],["syrian-army","russian-military"],"G600")],
 statements=[
  S("cengiz-aydemir","ACCUSATION","A","syrian-army","At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in northwest Syria's Idlib province late on Thursday, Hatay governor Cengiz Aydemir said, the heaviest loss for the Turkish military in a single day since it sent troops into Syria.",killed=33,q="AT_LEAST"),
  S("cengiz-aydemir","CLAIM","A",None,"Aydemir said the soldiers had come under fire near the village of Balyun, in the Jabal al-Zawiya hills south of Idlib city, and that dozens of wounded had been taken to hospitals in Hatay."),
  S("turkey","CLAIM",None,"turkish-army","Ankara said its forces had retaliated overnight against \"all known\" Syrian government targets and that Turkish artillery and drones were still firing on Friday."),
  S("selim-karaca","CLAIM","A","turkey","\"The blood of our soldiers will not be left on the ground,\" Foreign Ministry spokesman Selim Karaca told reporters in Ankara."),
  S("russian-mod","ACCUSATION","A","turkey","Russia's defence ministry said Ankara had not informed it that Turkish troops were operating near Balyun, RIA Novosti news agency reported."),
  S("russian-mod","DENIAL","A","russian-military","It added that Russian aircraft had not operated in the Balyun area on Thursday."),
  S("sohr","CLAIM","A",None,"The Syrian Observatory for Human Rights, a Britain-based war monitor, put the Turkish death toll at 34 and said the strike had been carried out by Syrian and Russian warplanes.",killed=34),
  S("syrian-state-media","CLAIM",None,"syrian-army","Syrian state media said the army had repelled an attack by \"terrorist groups backed by the Turkish regime\" near Saraqeb."),
  S("nato","CRITICISM",None,"syria","The alliance's secretary-general condemned \"the indiscriminate air strikes by the Syrian regime and Russia\""),
  S("nato","CRITICISM",None,"russia","The alliance's secretary-general condemned \"the indiscriminate air strikes by the Syrian regime and Russia\""),
  S("nato","CALL",None,"syria","urged them to halt the offensive"),
  S("nato","CALL",None,"russia","urged them to halt the offensive"),
 ])
G['d33-02']=dict(
 article=dict(outlet="Zaytoun Voice",publishedAt="2020-02-25",url="https://example.org/zaytoun-voice/en/2020/02/25/russian-warplanes-school-massacre-maarat-misrin"),
 actors=["russian-military","zaytoun-voice","syrian-civil-defence","munir-al-abdo","abdulrahman-qassem","syrian-army","omar-hamadi","nlf","russia","syrian-state-media","russian-reconciliation-centre","snhr"],
 places=["maarat-misrin","idlib-province","idlib-city","saraqeb","hmeimim","northwest-syria"],
 incidents=[I("M","AIRSTRIKE","2020-02-25",["maarat-misrin"],["russian-military","russia"],"G601"),
            I("I","SHELLING","2020-02-25",["idlib-city"],["syrian-army"],"G602")],
 statements=[
  S("syrian-civil-defence","CLAIM","M","russian-military","Seven civilians, five of them children, were martyred on Tuesday morning when Russian occupation warplanes bombed a primary school in the town of Maarat Misrin, north of Idlib city, the Syrian Civil Defence said.",killed=7,children=5),
  S("munir-al-abdo","CLAIM","M",None,"Munir al-Abdo, a team leader with the White Helmets in Maarat Misrin, told Zaytoun Voice that the first missile struck the schoolyard during the morning break."),
  S("munir-al-abdo","CLAIM","M",None,"\u201cThe children were outside. We found their schoolbags scattered across the street,\u201d he said."),
  S("abdulrahman-qassem","CLAIM","M",None,"Abdulrahman Qassem, who heads the education office in the town, said about 300 pupils were in the building at the time."),
  S("abdulrahman-qassem","CLAIM","M",None,"Another 14 people were wounded, he said, most of them pupils.",injured=14),
  S("syrian-civil-defence","CLAIM","I","syrian-army","Less than an hour later, rockets fired by regime forces stationed around Saraqeb slammed into a residential street in Idlib city beside a school complex, killing four civilians, including two teachers, and wounding 12, according to the Civil Defence.",killed=4,injured=12),
  S("omar-hamadi","ACCUSATION","M","russia","Omar Hamadi, spokesman for the National Front for Liberation, accused Russia of \u201chunting children in their classrooms\u201d in Maarat Misrin"),
  S("omar-hamadi","CLAIM","M","nlf","said the NLF would respond \u201con every front\u201d"),
  S("syrian-state-media","CLAIM",None,"syrian-army","Regime media claimed that the army had destroyed \u201cterrorist headquarters\u201d in the Idlib countryside, without mentioning the schools."),
  S("russian-reconciliation-centre","DENIAL","M","russian-military","The Russian Centre for Reconciliation at Hmeimim air base denied that Russian aircraft had flown over Maarat Misrin"),
  S("russian-reconciliation-centre","ACCUSATION","M","syrian-civil-defence","accused the White Helmets of staging the footage"),
  S("snhr","CLAIM",None,None,"The Syrian Network for Human Rights said on Monday that 22 schools had been bombed in northwest Syria since the start of the year."),
 ])
G['d33-03']=dict(
 article=dict(outlet="The Continental Herald",publishedAt="2020-02-29",url="https://example.org/continental-herald/world/2020/feb/29/after-balyun-turkey-russia-idlib-clash"),
 actors=["turkey","russia","turkish-army","syria","syrian-army","russian-military","turkish-mod","selin-aktas","eu","un-secretary-general","sana","armed-opposition"],
 places=["balyun","idlib-province","jabal-al-zawiya","saraqeb","brussels"],
 incidents=[I("B","AIRSTRIKE","2020-02-27",["balyun"],["syrian-army","russian-military"],"G600"),
            I("D","AIRSTRIKE","2020-02-28",["saraqeb"],["turkish-army"],None)],
 statements=[
  S("turkey","ACCUSATION","B","syrian-army","Turkish officials, who blame Syrian government aircraft for the attack, now put the death toll at 36, with more than 30 wounded.",killed=36,injured=30),
  S("russia","DENIAL","B","russian-military","The Kremlin said on Friday that Russian aircraft had not been involved in the attack"),
  S("russia","ACCUSATION","B","turkey","that Turkey had failed to tell Russian officers where its troops were operating"),
  S("turkey","ACCUSATION","B","russian-military","Turkish pro-government newspapers, citing Turkish security officials, reported on Friday that Russian jets had taken part in the raid."),
  S("turkish-mod","CLAIM","D","turkish-army","Turkey\u2019s defence ministry said Turkish drones had destroyed a Syrian army ammunition depot outside Saraqeb on Friday, killing dozens of soldiers."),
  S("selin-aktas","CLAIM",None,None,"\u201cNeither side can afford a war, but neither can afford to look weak at home,\u201d said Selin Akta\u015f, a former Turkish diplomat."),
  S("eu","CRITICISM",None,None,"In Brussels, the European Union\u2019s foreign policy chief warned of a slide towards \u201copen war\u201d on Europe\u2019s doorstep"),
  S("eu","CALL",None,None,"called for an immediate halt to the fighting"),
  S("un-secretary-general","CRITICISM",None,None,"A spokesman for the UN Secretary-General said he was \u201cgravely concerned\u201d"),
  S("un-secretary-general","CALL",None,"turkey","urged Ankara and Moscow to step back"),
  S("un-secretary-general","CALL",None,"russia","urged Ankara and Moscow to step back"),
  S("sana","CLAIM",None,"syrian-army","Its state news agency, SANA, reported only that the army was fighting \u201cTurkish-backed terrorists\u201d around Saraqeb."),
 ])
G['d33-04']=dict(
 article=dict(outlet="Horizon World News",publishedAt="2020-03-02",url="https://example.org/horizon-world-news/news/world-middle-east-2020-03-02-turkey-downs-syrian-jets"),
 actors=["syria","turkey","syrian-army","turkish-mod","turkish-army","sana","sohr","horizon-news","russian-reconciliation-centre","syrian-civil-defence","un","russia"],
 places=["idlib-province","northwest-syria","maarat-al-numan","saraqeb","ihsim","jabal-al-zawiya","moscow"],
 incidents=[I("J","OTHER","2020-03-01",["maarat-al-numan"],["turkey","turkish-army"],"G603"),
            I("K","AIRSTRIKE","2020-03-01",["saraqeb"],["turkish-army"],"G604"),
            I("L","AIRSTRIKE","2020-03-01",["ihsim"],[],None)],
 statements=[
  S("turkish-mod","CLAIM","J","turkish-army","Turkey's defence ministry said Turkish F-16s had downed the two Su-24 bombers, which came down near Maarat al-Numan."),
  S("sana","CLAIM","J",None,"Syria's state news agency Sana said the pilots had parachuted to safety"),
  S("sana","ACCUSATION","J","turkey","accused Turkey of a \"flagrant aggression\" against Syrian airspace"),
  S("sohr","CLAIM","K","turkish-army","The Syrian Observatory for Human Rights said Turkish drone strikes on army positions around Saraqib overnight had killed 19 Syrian soldiers and allied militiamen.",killed=19),
  S("turkish-mod","CLAIM",None,"turkish-army","The ministry says Turkish forces have \"neutralised\" more than 2,000 Syrian soldiers since Thursday"),
  S("syria","DENIAL",None,None,"a figure Damascus dismisses as fabricated"),
  S("russian-reconciliation-centre","CLAIM",None,"syria","Russia's reconciliation center in Syria said Damascus had closed the airspace over Idlib and could not guarantee the safety of Turkish aircraft flying there."),
  S("syrian-civil-defence","CLAIM","L",None,"Rescuers said a family of five, including three children, was killed when a barrel bomb hit their home in the village of Ihsim, in Jabal al-Zawiya, on Sunday evening.",killed=5,children=3),
  S("un","CLAIM",None,None,"The UN says nearly a million people have fled their homes in Idlib since December, most of them women and children, and that many are sleeping in the open in freezing temperatures."),
 ])
G['d33-05']=dict(
 article=dict(outlet="Mashreq News Agency",publishedAt="2020-03-02",url="https://example.org/mashreq-news-agency/en/2020/03/02/turkish-drone-attack-saraqeb-fails"),
 actors=["syrian-army","turkish-army","syrian-foreign-ministry","turkey","mashreq-news-agency","armed-opposition","un-secretary-general","un-security-council","syria","aleppo-police-command","russian-reconciliation-centre","russian-military"],
 places=["saraqeb","idlib-province","maarat-al-numan","aleppo-city","aleppo-province","new-aleppo","m4-highway","m5-highway"],
 incidents=[I("K","AIRSTRIKE","2020-03-01",["saraqeb"],["turkish-army"],"G604"),
            I("J","OTHER","2020-03-01",["maarat-al-numan"],["turkish-army"],"G603"),
            I("P","SHELLING","2020-03-01",["new-aleppo"],["armed-opposition"],None)],
 statements=[
  S("syrian-army","ACCUSATION","K","turkish-army","Turkish drones targeted army positions around the town of Saraqeb on Sunday in a \"desperate attempt\" to support terrorist organizations, but caused no casualties, a military source told MNA.",killed=0,injured=0),
  S("syrian-army","CONFIRMATION","J","turkish-army","The source confirmed that two Syrian Su-24 warplanes had been hit by Turkish fire near Maarat al-Numan in the southern Idleb countryside while carrying out missions against terrorist groups."),
  S("syrian-army","CLAIM",None,"syrian-army","The General Command of the Army and Armed Forces affirmed in a statement that it will \"respond firmly\" to any attack on its units and continue the war on terrorism \"until every inch of Syrian land is liberated.\""),
  S("syrian-foreign-ministry","CRITICISM",None,"turkey","The Syrian Foreign and Expatriates Ministry condemned in two identical letters to the UN Secretary-General and the President of the Security Council the \"flagrant aggression\" of the Turkish regime on Syrian territory"),
  S("syrian-foreign-ministry","CALL",None,"un-security-council","called on the Security Council to oblige Turkey to withdraw its forces"),
  S("syrian-foreign-ministry","CLAIM",None,"syria","The Ministry stressed that the Syrian Arab Republic will continue to exercise its legitimate right to defend its territory and people against terrorism and its supporters."),
  S("aleppo-police-command","ACCUSATION","P","armed-opposition","In Aleppo, a woman was killed and six civilians were injured when terrorist organizations positioned in the western Aleppo countryside fired rocket shells on New Aleppo neighborhood on Sunday evening, a source at Aleppo Police Command told MNA.",killed=1,injured=6),
  S("russian-reconciliation-centre","CLAIM",None,"russian-military","Meanwhile, Russia's reconciliation center in Syria said Russian military police units had begun patrolling Saraqeb to secure traffic on the M4 and M5 highways."),
 ])
G['d33-06']=dict(
 article=dict(outlet="The Aid Dispatch",publishedAt="2020-02-27",url="https://example.org/the-aid-dispatch/news/2020/02/27/idlib-schools-under-fire"),
 actors=["turkey","hiba-al-omar","aid-dispatch","save-the-children","unicef","martin-oyelaran","ocha","syrian-army","russian-military","russian-mod","syria"],
 places=["idlib-province","gaziantep","maarat-misrin","bab-al-hawa","idlib-city","northwest-syria"],
 incidents=[I("M","AIRSTRIKE","2020-02-25",["maarat-misrin"],["russian-military"],"G601"),
            I("I","SHELLING","2020-02-25",["idlib-city"],[],"G602")],
 statements=[
  S("hiba-al-omar","CLAIM","M",None,"\u201cWe heard the planes for about ten minutes before. Then everything went white,\u201d she told The Aid Dispatch from a hospital near Bab al-Hawa, where she is being treated for shrapnel wounds."),
  S("save-the-children","CLAIM","M",None,"Nine people were killed in the strike, six of them children, according to Save the Children, which supports the school.",killed=9,children=6),
  S("unicef","CLAIM","I",None,"Less than an hour later, rockets fired from government-held areas hit a street in Idlib city where three schools stand side by side, killing five people, UNICEF said.",killed=5),
  S("unicef","CLAIM",None,None,"The UN children\u2019s agency said ten schools had been hit in north-west Syria since the start of the year"),
  S("unicef","CALL",None,None,"called on all parties to keep children out of the fighting"),
  S("martin-oyelaran","CRITICISM","M",None,"Martin Oyelaran, a senior OCHA official, said he was \u201chorrified\u201d by the strike on the Maarat Misrin school."),
  S("martin-oyelaran","CLAIM","I",None,"\u201cTwo of the schools in Idlib city were already sheltering displaced families,\u201d he said."),
  S("russian-mod","DENIAL","M","russian-military","Russia\u2019s defence ministry said its aircraft had not carried out any missions in the area on Tuesday."),
  S("syria","CLAIM",None,"syria","which says it targets only \u201cterrorist\u201d positions"),
 ])
G['d33-07']=dict(
 article=dict(outlet="The Levant Ledger",publishedAt="2020-03-06",url="https://example.org/levant-ledger/middle-east/2020/03/06/idlib-truce-holds-after-moscow-talks"),
 actors=["syria","russia","turkey","syrian-civil-defence","sohr","russian-military","russian-foreign-ministry","armed-opposition","syrian-army","turkish-foreign-ministry","selim-karaca","un-secretary-general","hts"],
 places=["idlib-province","moscow","beirut","maarat-misrin","saraqeb","kansafra","jabal-al-zawiya","balyun","m4-highway"],
 incidents=[I("R","AIRSTRIKE","2020-03-05",["maarat-misrin"],["russian-military"],None),
            I("S","SHELLING","2020-03-06",["saraqeb"],["armed-opposition"],None),
            I("T","SHELLING","2020-03-06",["kansafra"],["syrian-army"],None),
            I("B","AIRSTRIKE","2020-02-27",["balyun"],["syrian-army"],"G600")],
 statements=[
  S("syrian-civil-defence","CLAIM","R",None,"An air strike on the farm on Thursday afternoon killed 11 people, including four children, the White Helmets rescue group said.",killed=11,children=4),
  S("sohr","CLAIM","R","russian-military","The Syrian Observatory for Human Rights said the raid was carried out by Russian jets, which it said had been circling over the area since the morning."),
  S("russian-foreign-ministry","ACCUSATION","S","armed-opposition","But Russia's Foreign Ministry on Friday accused \"Turkish-backed militants\" of violating the truce within hours by shelling government positions near Saraqeb."),
  S("turkey","ACCUSATION","T","syrian-army","Turkish officials said government forces had shelled the village of Kansafra in Jabal al-Zawiya early on Friday, causing no casualties.",killed=0,injured=0),
  S("selim-karaca","CLAIM",None,"turkey","Turkish Foreign Ministry spokesman Selim Karaca said Turkey would \"respond without hesitation\" to any attack on its observation posts, which will remain in place under the deal."),
  S("turkey","ACCUSATION","B","syrian-army","an attack Ankara blames on the Syrian air force"),
  S("un-secretary-general","CALL",None,None,"urged all parties to allow aid to reach the nearly one million people displaced since December"),
 ])
G['d33-08']=dict(
 article=dict(outlet="Rasd Centre for Civilian Protection",publishedAt=None,url="https://example.org/rasd-centre/reports/attacks-on-education-idlib-25-february"),
 actors=["rasd-centre","russian-military","syrian-army","syrian-civil-defence","idlib-health-directorate","snhr","russian-mod","russia","samer-kayyali","un-security-council"],
 places=["idlib-province","maarat-misrin","idlib-city","hmeimim","saraqeb","ihsim","jabal-al-zawiya","northwest-syria"],
 incidents=[I("M","AIRSTRIKE","2020-02-25",["maarat-misrin"],["russian-military","russia"],"G601"),
            I("I","SHELLING","2020-02-25",["idlib-city"],["syrian-army"],"G602"),
            I("H","AIRSTRIKE","2020-02-27",["ihsim"],[],None)],
 statements=[
  S("syrian-civil-defence","CLAIM","I","syrian-army","The rockets were fired from government positions east of Saraqeb, according to the Syria Civil Defence, whose teams recovered the bodies."),
  S("idlib-health-directorate","CLAIM","M",None,"The Idlib Health Directorate recorded nine deaths from the school strike, including a boy who died of his wounds on 26 February 2020.",killed=9),
  S("snhr","CLAIM","M",None,"The Syrian Network for Human Rights, which uses a different methodology, has recorded 11.",killed=11),
  S("russian-mod","DENIAL","M","russian-military","Russia's Ministry of Defence stated on 26 February 2020 that its aircraft had not conducted any flights in the Maarat Misrin area on the day of the attack."),
  S("samer-kayyali","ACCUSATION","M","russia","\"Russia bears direct responsibility for the killing of children in Maarat Misrin,\" said Samer Kayyali, the Centre's director."),
  S("samer-kayyali","CALL",None,"un-security-council","He called on the UN Security Council to establish an independent inquiry into attacks on schools in north-west Syria."),
 ])

for aid,g in G.items():
    txt=open(os.path.join(D,aid+'.txt'),encoding='utf-8').read()
    title=txt.split('\n',1)[0]
    art={"id":aid,"title":title}; art.update(g['article'])
    gold={"article":art,"actors":g['actors'],"places":g['places'],"incidents":g['incidents'],"statements":g['statements']}
    for s in g['statements']:
        assert s['evidence'] in txt, (aid,s['evidence'])
    json.dump(gold,open(os.path.join(D,aid+'.gold.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=2)
    print(aid,len(g['incidents']),len(g['statements']))

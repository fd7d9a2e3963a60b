"""Writes h42-NN.gold.json from the tables below (run from the heldout-42 folder)."""
import json, os
HERE=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def S(speaker,stance,inc,actor,killed,injured,children,qual,ev):
    return {"speaker":speaker,"stance":stance,"about":{"incident":inc,"actor":actor},
            "killed":killed,"injured":injured,"children":children,"qualifier":qual,"evidence":ev}
def I(key,kind,date,places,perp,same):
    return {"key":key,"kind":kind,"date":date,"places":places,"perpetratorAlleged":perp,"sameAs":same}
N=None
G={}

G['h42-01']=dict(
 article=dict(outlet="Transglobe Press",publishedAt="2021-07-03",url="https://example.org/transglobe-press/2021/07/03/syria-idlib-kansafra-shelling-kills-family"),
 actors=["syria","transglobe-press","syrian-army","sohr","khaled-al-abboud","syrian-civil-defence","russian-military","syrian-state-media","sana","armed-opposition","turkish-foreign-ministry","turkey","russia","russian-mod"],
 places=["jabal-al-zawiya","amman","kansafra","idlib-province","idlib-city","al-bara","northwest-syria","m4-highway"],
 incidents=[I("K","SHELLING","2021-07-03",["kansafra"],["syrian-army"],"G610"),
            I("B","AIRSTRIKE","2021-07-03",["al-bara"],["russian-military"],"G613")],
 statements=[
  S("sohr","CLAIM","K","syrian-army",7,N,4,"AT_LEAST","Government artillery shelled the village of Kansafra in the Jabal al-Zawiya area of Idlib province on Saturday, killing at least seven members of one family, four of them children, a war monitor said."),
  S("sohr","CLAIM","K","syrian-army",N,N,N,N,"The Syrian Observatory for Human Rights said the house was hit by laser-guided Krasnopol shells fired from government positions south of the village."),
  S("sohr","CLAIM",N,N,N,N,N,N,"The Russian-made munitions have been used repeatedly in the area since the start of June, it said."),
  S("khaled-al-abboud","CLAIM","K",N,N,N,N,N,"\"We found the mother still holding the baby,\" said Khaled al-Abboud, a rescuer with the White Helmets civil defence group who reached the house about half an hour after the strike."),
  S("khaled-al-abboud","CLAIM","K",N,6,2,N,"EXACT","Al-Abboud said his team had pulled six bodies from the rubble and taken two wounded men to a hospital in Idlib city."),
  S("sohr","CLAIM","B","russian-military",N,N,N,N,"Hours later, Russian warplanes carried out at least four raids on the outskirts of nearby al-Bara, according to the Observatory and local rescuers."),
  S("syrian-civil-defence","CLAIM","B","russian-military",N,N,N,N,"Hours later, Russian warplanes carried out at least four raids on the outskirts of nearby al-Bara, according to the Observatory and local rescuers."),
  S("sana","CLAIM",N,"syrian-army",N,N,N,N,"State news agency SANA said army units had \"responded to violations by terrorist groups\" in the Idlib de-escalation zone, without giving details."),
  S("turkish-foreign-ministry","CRITICISM","K",N,N,N,N,N,"A Turkish foreign ministry official, speaking on condition of anonymity, said the shelling of Kansafra was \"a clear breach\" of the March 2020 ceasefire agreed by Ankara and Moscow"),
  S("turkish-foreign-ministry","CALL","K","russia",N,N,N,N,"urged Russia to restrain its ally"),
  S("sohr","CLAIM",N,N,40,N,N,"MORE_THAN","More than 40 civilians have been killed in the area since then, according to the Observatory."),
 ])

G['h42-02']=dict(
 article=dict(outlet="Horizon 24",publishedAt="2021-09-08",url="https://example.org/horizon-24/2021/09/08/syria-russian-air-strikes-idlib-city-outskirts-kill-five"),
 actors=["syria","russian-military","sohr","syrian-civil-defence","idlib-health-directorate","hussam-barakat","horizon-24","russia","russian-reconciliation-centre","armed-opposition","syrian-army","ocha","hts","turkey"],
 places=["idlib-city","kafr-jales","northwest-syria","al-suqaylabiyah","jabal-al-zawiya","fattira","idlib-province"],
 incidents=[I("F","AIRSTRIKE","2021-09-07",["kafr-jales"],["russian-military"],"G611"),
            I("Q","SHELLING","2021-09-06",["al-suqaylabiyah"],["armed-opposition"],"G614"),
            I("Z","SHELLING","2021-09-07",["fattira"],["syrian-army"],N)],
 statements=[
  S("sohr","CLAIM","F","russian-military",5,N,2,"EXACT","Russian warplanes struck a poultry farm and several homes on the western outskirts of Idlib city on Tuesday, killing five civilians, two of them children, a Britain-based war monitor said, in one of the deadliest raids on the area since a truce took effect last year."),
  S("sohr","CLAIM","F",N,N,N,N,N,"The Syrian Observatory for Human Rights said the strikes hit the area near the village of Kafr Jales shortly after sunset."),
  S("syrian-civil-defence","CLAIM","F",N,4,11,N,"EXACT","The White Helmets rescue service gave a lower toll of four dead and said 11 people had been wounded, among them one of its volunteers."),
  S("idlib-health-directorate","CONFIRMATION","F",N,5,N,N,"EXACT","The Idlib Health Directorate later confirmed five deaths."),
  S("hussam-barakat","CLAIM","F",N,N,N,N,N,"\"The planes came back twice. The second time they hit the people who were trying to help,\" Hussam Barakat, a farmer whose cousin was killed, told Horizon 24 by telephone."),
  S("russian-reconciliation-centre","ACCUSATION",N,"armed-opposition",N,N,N,N,"But Russia's reconciliation centre in Syria said on Tuesday that it had recorded 29 ceasefire violations by \"terrorist groups\" in the Idlib de-escalation zone over the previous 24 hours."),
  S("russian-reconciliation-centre","ACCUSATION","Q","armed-opposition",N,3,N,"EXACT","It said militants had fired rockets at the government-held town of al-Suqaylabiyah on Monday, wounding three civilians."),
  S("syrian-civil-defence","CLAIM","Z","syrian-army",N,2,N,"EXACT","Government forces also shelled the Jabal al-Zawiya village of Fattira overnight, wounding a woman and her daughter, according to local rescuers."),
  S("ocha","CRITICISM",N,N,N,N,N,N,"The UN's humanitarian office said it was \"alarmed\" by the rising number of civilian casualties in north-west Syria"),
  S("ocha","CALL",N,N,N,N,N,N,"called on all parties to respect international humanitarian law"),
 ])

G['h42-03']=dict(
 article=dict(outlet="The Relief Ledger",publishedAt="2021-07-06",url="https://example.org/relief-ledger/2021/07/06/jabal-al-zawiya-shelling-empties-villages"),
 actors=["turkey","russia","unicef","idlib-health-directorate","rim-haddad","sams","ocha","syria","armed-opposition","russian-foreign-ministry","un-security-council","un","martin-oyelaran"],
 places=["jabal-al-zawiya","idlib-province","gaziantep","northwest-syria","kansafra","bab-al-hawa"],
 incidents=[I("K","SHELLING","2021-07-03",["kansafra"],[],"G610"),
            I("J","SHELLING","2021-06-10",["kansafra"],[],N)],
 statements=[
  S("unicef","CLAIM","K",N,N,N,4,N,"Four children were among the dead, UNICEF said on Monday"),
  S("unicef","CRITICISM","K",N,N,N,N,N,"calling the killing of children in their own home \"unconscionable\""),
  S("idlib-health-directorate","CLAIM","J",N,2,N,N,"EXACT","The same village was hit on 10 June, when a shell landed near a bakery and killed two men, according to the Idlib Health Directorate."),
  S("rim-haddad","CLAIM",N,N,N,N,N,N,"\"Every time a village is hit, another two or three hundred families load what they can onto a truck,\" said Rim Haddad, who coordinates emergency response in Idlib for the Syrian American Medical Society (SAMS)."),
  S("ocha","CLAIM",N,N,N,N,N,N,"OCHA, the UN's humanitarian coordination office, says more than 10,000 people have fled Jabal al-Zawiya since the start of June, most of them to overcrowded camps near the Turkish border."),
  S("ocha","CLAIM",N,N,50,N,N,"ABOUT","It estimates that nearly 50 civilians have been killed in the area over the same period."),
  S("syria","CLAIM",N,"syria",N,N,N,N,"Damascus says its forces only target \"terrorists\" in the area."),
  S("russian-foreign-ministry","ACCUSATION",N,"turkey",N,N,N,N,"Russia's Foreign Ministry last week accused Turkey of failing to rein in militant groups in Idlib, as it had promised to do under the 2020 deal."),
  S("martin-oyelaran","CALL",N,"un-security-council",N,N,N,N,"Martin Oyelaran, a senior OCHA official, urged council members to renew the mandate \"without conditions or delay\"."),
  S("martin-oyelaran","CLAIM",N,N,N,N,N,N,"\"We cannot replace Bab al-Hawa with anything,\" he said."),
 ])

G['h42-04']=dict(
 article=dict(outlet="The Atlantic Herald",publishedAt="2022-08-18",url="https://example.org/atlantic-herald/2022/08/18/children-among-dead-russian-jets-strike-village-jisr-al-shughur"),
 actors=["russian-military","syrian-civil-defence","hussein-bakour","sohr","syria","russian-mod","syrian-army","karim-abdelnour","ocha","us-state-department","russia","syrian-salvation-government","hts"],
 places=["jisr-al-shughur","northwest-syria","al-janoudiyah","hama-province","washington","idlib-province"],
 incidents=[I("J","AIRSTRIKE","2022-08-16",["al-janoudiyah"],["russian-military","russia"],"G612"),
            I("M","SHELLING","2022-08-15",["jisr-al-shughur"],["syrian-army"],"G615")],
 statements=[
  S("syrian-civil-defence","CLAIM","J","russian-military",7,N,4,"EXACT","Russian warplanes struck a village near the town of Jisr al-Shughur in north-west Syria late on Tuesday, killing seven people including four children, according to rescuers."),
  S("syrian-civil-defence","CLAIM","J",N,N,N,N,N,"The strike flattened a two-storey house on the edge of al-Janoudiyah, a farming village north of Jisr al-Shughour where families displaced from the Hama countryside have lived since 2019, the Syria Civil Defence said."),
  S("hussein-bakour","CLAIM","J","russian-military",N,N,N,N,"\"It was a Russian plane – everybody here knows the sound,\" said Hussein Bakour, 52, whose nephew was among the dead."),
  S("sohr","CLAIM","J",N,8,12,5,"EXACT","The Syrian Observatory for Human Rights, a UK-based monitor with a network of sources inside Syria, put the death toll at eight, among them five children, and said 12 people had been wounded."),
  S("russian-mod","CONFIRMATION","J","russian-military",N,N,N,N,"Russia's defence ministry, which rarely comments on individual strikes, confirmed on Wednesday that its aircraft had \"eliminated a terrorist drone-launching site\" near Jisr al-Shughur"),
  S("russian-mod","DENIAL","J",N,N,N,N,N,"said reports of civilian casualties were \"unfounded\""),
  S("sohr","CLAIM","M","syrian-army",1,N,N,"EXACT","The attack came a day after government forces shelled the southern outskirts of Jisr al-Shughur, killing a shepherd, according to the Observatory."),
  S("karim-abdelnour","CRITICISM","J",N,N,N,N,N,"\"The killing of children in their homes is unacceptable,\" said Karim Abdelnour, the UN's deputy regional humanitarian coordinator for the Syria crisis"),
  S("karim-abdelnour","CALL","J",N,N,N,N,N,"who called for a swift and independent investigation"),
  S("us-state-department","CRITICISM","J",N,N,N,N,N,"In Washington, a State Department spokesperson condemned the strike"),
  S("us-state-department","ACCUSATION","J","russia",N,N,N,N,"said Russia bore responsibility for \"the deaths of innocent children\""),
 ])

G['h42-05']=dict(
 article=dict(outlet="Orontes Daily",publishedAt="2022-08-17",url="https://example.org/orontes-daily/2022/08/17/russian-jets-strike-idlib-village-wounded-reyhanli"),
 actors=["russian-military","syria","syrian-civil-defence","abdullah-hilal","hatay-governorship","mehmet-aksoy","orontes-daily","sohr","syrian-army","turkish-mod","turkish-army","turkish-foreign-ministry","russia"],
 places=["reyhanli","antakya","jisr-al-shughur","idlib-province","al-janoudiyah","cilvegozu","balyun","jabal-al-zawiya","hatay"],
 incidents=[I("J","AIRSTRIKE","2022-08-16",["al-janoudiyah"],["russian-military"],"G612"),
            I("M","SHELLING","2022-08-15",["jisr-al-shughur"],["syrian-army"],"G615"),
            I("T","SHELLING","2022-08-15",["balyun"],["syrian-army"],N)],
 statements=[
  S("syrian-civil-defence","CLAIM","J","russian-military",6,N,3,"EXACT","Russian warplanes bombed a village in the Jisr al-Shughur countryside of Syria's Idlib province overnight, killing six civilians, three of them children, the White Helmets civil defence organisation said."),
  S("abdullah-hilal","CLAIM","J",N,N,N,N,N,"The jets hit a house on the edge of Janudiyah shortly before midnight, according to Abdullah Hilal, a civil defence volunteer who took part in the rescue."),
  S("abdullah-hilal","CLAIM","J",N,N,N,N,N,"\"We worked until dawn to reach the last family member under the concrete,\" he said."),
  S("hatay-governorship","CLAIM","J",N,N,N,N,N,"Four of the wounded, including two children, were brought across the Cilvegözü border gate to a state hospital in Reyhanlı for treatment, the Hatay Governor's Office said in a written statement."),
  S("mehmet-aksoy","CLAIM","J",N,N,N,N,N,"Dr. Mehmet Aksoy, the hospital's chief physician, told Orontes Daily that two of the patients remained in intensive care."),
  S("sohr","CLAIM","M","syrian-army",1,N,N,"EXACT","On Monday, a shepherd was killed when regime artillery shelled the southern outskirts of Jisr al-Shughour, the Syrian Observatory for Human Rights reported."),
  S("turkish-mod","ACCUSATION","T","syrian-army",0,0,N,"EXACT","The Ministry of National Defence said regime forces had fired mortar rounds at a Turkish base near Balyun in Jabal al-Zawiya on Monday, causing no casualties."),
  S("turkish-foreign-ministry","CRITICISM","J",N,N,N,N,N,"Turkey's foreign ministry condemned the overnight strike as \"a grave violation\" of the ceasefire"),
  S("turkish-foreign-ministry","CALL","J","russia",N,N,N,N,"called on Russia to honour its commitments under the March 2020 agreement"),
 ])

G['h42-06']=dict(
 article=dict(outlet="Free Syria Dispatch",publishedAt="2021-07-04",url="https://example.org/free-syria-dispatch/2021/07/04/eight-civilians-killed-kansafra-jabal-al-zawiya"),
 actors=["syria","syrian-army","syrian-civil-defence","free-syria-dispatch","abu-yaman","russian-military","sohr","nlf","omar-hamadi","sana","armed-opposition","turkish-army","russia","syria-response-coordinators"],
 places=["kansafra","idlib-province","jabal-al-zawiya","kafranbel","hazarin","al-bara","northwest-syria"],
 incidents=[I("K","SHELLING","2021-07-03",["kansafra"],["syrian-army"],"G610"),
            I("B","AIRSTRIKE","2021-07-03",["al-bara"],["russian-military"],"G613"),
            I("N","SHELLING","2021-07-03",["kafranbel"],["nlf","armed-opposition"],N)],
 statements=[
  S("syrian-civil-defence","CLAIM","K","syrian-army",8,N,5,"EXACT","Eight civilians, among them five children, were martyred yesterday when Assad regime forces shelled a house in the village of Kansafra in Jabal al-Zawiya with laser-guided Krasnopol shells, the Syrian Civil Defence (White Helmets) said."),
  S("syrian-civil-defence","CLAIM","K",N,8,3,5,"EXACT","The dead were a mother, her five children and two neighbours who had rushed to help after the first shell landed, the rescue organisation said in a statement, adding that its teams had also treated three wounded."),
  S("abu-yaman","CLAIM","K",N,N,N,N,N,"\"There are no fighters in Kansafra, only farmers and their families,\" said Abu Yaman, a resident whose brother's house was destroyed in the attack."),
  S("sohr","CLAIM","B","russian-military",N,N,N,N,"On the same afternoon, Russian occupation warplanes launched several raids on the outskirts of al-Bara, the Syrian Observatory for Human Rights reported."),
  S("nlf","CLAIM","N","nlf",5,N,N,"EXACT","The National Front for Liberation said its fighters had responded by shelling regime gatherings in Kafranbel with artillery, killing five regime soldiers."),
  S("omar-hamadi","CLAIM","N","nlf",N,N,N,N,"\"Our artillery hit the positions from which the shells were fired on Kansafra,\" NLF spokesman Omar Hamadi told FSD."),
  S("sana","ACCUSATION","N","armed-opposition",N,N,N,N,"SANA, the regime's mouthpiece, accused \"terrorists\" of shelling Kafranbel"),
  S("sana","CLAIM","N",N,N,2,N,"EXACT","said two soldiers had been wounded"),
  S("syria-response-coordinators","CLAIM",N,N,50,N,N,"MORE_THAN","Since the beginning of June, the regime and Russia have killed more than 50 civilians in Jabal al-Zawiya, according to the Syria Response Coordinators group, which documents violations in north-west Syria."),
 ])

G['h42-07']=dict(
 article=dict(outlet="Jasmine News Agency",publishedAt="2021-09-07",url="https://example.org/jasmine-news-agency/2021/09/07/air-force-destroys-terrorist-drone-workshop-idleb"),
 actors=["armed-opposition","jasmine-news-agency","syrian-army","russian-military","syrian-civil-defence","turkey","hama-police-command","nabil-khoury","vadim-kulikov","russian-reconciliation-centre","syrian-foreign-ministry","un-secretary-general","un-security-council"],
 places=["idlib-city","hama-province","idlib-province","kafr-jales","jabal-al-zawiya","al-suqaylabiyah"],
 incidents=[I("F","AIRSTRIKE","2021-09-07",["kafr-jales"],["syrian-army","russian-military"],"G611"),
            I("Q","SHELLING","2021-09-06",["al-suqaylabiyah"],["armed-opposition"],"G614")],
 statements=[
  S("syrian-army","CLAIM","F","syrian-army",N,N,N,N,"A military source told JNA that the strikes destroyed the workshop together with \"a quantity of weapons and ammunition\" and several vehicles fitted with heavy machine guns."),
  S("syrian-civil-defence","CLAIM","F",N,5,N,N,"EXACT","Media outlets affiliated with the terrorists, citing the so-called \"White Helmets\" organization, claimed that five civilians had been killed in the strike."),
  S("syrian-army","DENIAL","F",N,N,N,N,N,"The source dismissed the claims as \"fabrications\" aimed at misleading international public opinion."),
  S("syrian-army","ACCUSATION",N,"turkey",N,N,N,N,"The source accused the Turkish regime of supplying the terrorist groups in Idleb with drones and ammunition in flagrant violation of its commitments under the Astana understandings."),
  S("hama-police-command","ACCUSATION","Q","armed-opposition",N,2,N,"EXACT","In Hama northern countryside, terrorists positioned in Jabal al-Zawiya fired four rockets on Monday evening at residential neighbourhoods in al-Suqaylabiyah city, injuring two civilians, including a child, and causing material damage to houses, a source in Hama Police Command told JNA."),
  S("nabil-khoury","CLAIM","Q",N,N,N,N,N,"\"The rockets fell while people were sitting outside to escape the heat,\" said Nabil Khoury, a shop owner in al-Suqaylabiyah whose windows were shattered."),
  S("vadim-kulikov","ACCUSATION",N,"armed-opposition",N,N,N,N,"Meanwhile, Rear Admiral Vadim Kulikov, deputy head of the Russian Centre for Reconciliation of the Opposing Sides in Syria, said in a daily briefing that terrorists had violated the ceasefire regime 31 times in the past 24 hours, 24 of them in Idleb."),
  S("syrian-foreign-ministry","CALL",N,"un-security-council",N,N,N,N,"The Foreign and Expatriates Ministry sent two identical letters to the UN Secretary-General and the President of the UN Security Council, calling on the council to condemn the crimes of the terrorist groups and the support they receive from the Turkish regime."),
 ])

G['h42-08']=dict(
 article=dict(outlet="Levant Civilian Protection Monitor",publishedAt=None,url="https://example.org/lcpm/briefings/14-jabal-al-zawiya-idlib-city-outskirts"),
 actors=["lcpm","syrian-army","ghaith-mansour","syrian-civil-defence","russian-military","russian-mod","tass","syrian-state-media","samer-kurdi","russia","syria","layal-sabbagh","un-security-council"],
 places=["jabal-al-zawiya","idlib-city","gaziantep","northwest-syria","kansafra","kafr-jales","balyun","ariha"],
 incidents=[I("K","SHELLING","2021-07-03",["kansafra"],["syrian-army"],"G610"),
            I("F","AIRSTRIKE","2021-09-07",["kafr-jales"],["russian-military"],"G611"),
            I("B","SHELLING",N,["balyun"],["syrian-army"],N)],
 statements=[
  S("ghaith-mansour","CLAIM","K",N,N,N,N,N,"\"The family had moved back to Kansafra only two weeks earlier because they could not afford rent in the camps,\" said Ghaith Mansour, a White Helmets team leader who took part in the rescue."),
  S("russian-mod","DENIAL","F","russian-military",N,N,N,N,"Russia's Defence Ministry denied that its aircraft had operated in the area, the TASS news agency reported the following day."),
  S("syrian-state-media","CLAIM","F",N,N,N,N,N,"Syrian state media described the target as \"a drone workshop\"."),
  S("samer-kurdi","CLAIM","F",N,N,14,N,"EXACT","Dr Samer Kurdi, who treated the wounded at a hospital in Idlib city, told LCPM that 14 injured people arrived within an hour, including four children."),
  S("syrian-civil-defence","CLAIM","B",N,N,N,N,N,"The Syria Civil Defence told LCPM that its teams evacuated the wounded to Ariha."),
  S("layal-sabbagh","CRITICISM",N,"russia",N,N,N,N,"\"Russia and the Syrian government are treating the ceasefire as a dead letter,\" said Layal Sabbagh, LCPM's director."),
  S("layal-sabbagh","CRITICISM",N,"syria",N,N,N,N,"\"Russia and the Syrian government are treating the ceasefire as a dead letter,\" said Layal Sabbagh, LCPM's director."),
 ])

for aid,g in G.items():
    title=open(os.path.join(HERE,aid+'.txt'),encoding='utf-8').read().split('\n',1)[0]
    art={"id":aid,"title":title,**g['article']}
    out={"article":art,"actors":g['actors'],"places":g['places'],"incidents":g['incidents'],"statements":g['statements']}
    with open(os.path.join(HERE,aid+'.gold.json'),'w',encoding='utf-8') as f:
        json.dump(out,f,indent=2,ensure_ascii=False); f.write('\n')
print('wrote',len(G))

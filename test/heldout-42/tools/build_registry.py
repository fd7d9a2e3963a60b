import json, copy
SRC='/work/shared/corpus/entities.json'
DST='/work/main/test/heldout-42/entities.json'
reg=json.load(open(SRC))
new=copy.deepcopy(reg)
new['description']=reg['description']+" Extended (additions only) by the blind held-out set heldout-42 (h42-01..h42-08): new actors, places and global incidents G610-G615; all h42 events, quotes, named individuals and outlets are fictional."
def outlet(id,name,aliases,note,kind='news-agency'):
    return {"id":id,"name":name,"kind":kind,"partOf":None,"aliases":aliases,"fictional":True,"note":note}
def person(id,name,partOf,aliases,role):
    return {"id":id,"name":name,"kind":"person","partOf":partOf,"aliases":aliases,"fictional":True,"role":role}
A=[
 outlet("transglobe-press","Transglobe Press (TGP)",["Transglobe Press","TGP"],"Fictional Reuters/AFP-style wire (publisher of h42-01)."),
 outlet("horizon-24","Horizon 24",["Horizon 24"],"Fictional France 24-style international broadcaster (publisher of h42-02)."),
 outlet("relief-ledger","The Relief Ledger",["The Relief Ledger","Relief Ledger"],"Fictional humanitarian-affairs news outlet (publisher of h42-03)."),
 outlet("atlantic-herald","The Atlantic Herald",["The Atlantic Herald","Atlantic Herald"],"Fictional Guardian-style international newspaper (publisher of h42-04)."),
 outlet("orontes-daily","Orontes Daily",["Orontes Daily","ORONTES DAILY"],"Fictional Turkish regional daily based in Antakya, Hatay (publisher of h42-05)."),
 outlet("free-syria-dispatch","Free Syria Dispatch",["Free Syria Dispatch","FSD"],"Fictional Syrian opposition news site (publisher of h42-06)."),
 outlet("jasmine-news-agency","Jasmine News Agency (JNA)",["Jasmine News Agency","JNA"],"Fictional Syrian state-media-style news agency (publisher of h42-07). Counts as a news agency (neutral by kind) under the stance rules."),
 outlet("lcpm","Levant Civilian Protection Monitor (LCPM)",["Levant Civilian Protection Monitor","LCPM"],"Fictional civilian-harm monitoring NGO; publisher of the h42-08 briefing. Its own narrative voice in h42-08 is outlet narration, not statements.",kind='monitor'),
 {"id":"syria-response-coordinators","name":"Syria Response Coordinators","kind":"ngo","partOf":None,"aliases":["Syria Response Coordinators","Syria Response Coordinators group"],"note":"Real documentation/response group in north-west Syria; appears only as an actor in invented events (h42-06)."},
 {"id":"syrian-salvation-government","name":"Syrian Salvation Government","kind":"local-authority","partOf":None,"aliases":["Syrian Salvation Government","Salvation Government"],"note":"Real HTS-linked civilian administration in Idlib; appears only as an actor in invented events (h42-04)."},
 {"id":"hama-police-command","name":"Hama Police Command","kind":"local-authority","partOf":"syria","aliases":["Hama Police Command"],"note":"Syrian state organ (Interior Ministry police in Hama province); treated as an official of a party to the conflict for the stance rules (h42-07)."},
 {"id":"hatay-governorship","name":"Hatay Governor's Office","kind":"local-authority","partOf":"turkey","aliases":["Hatay Governor's Office","Hatay governorship"],"note":"Turkish provincial authority (h42-05)."},
 person("khaled-al-abboud","Khaled al-Abboud","syrian-civil-defence",["Khaled al-Abboud","al-Abboud","Al-Abboud"],"White Helmets rescuer, Jabal al-Zawiya"),
 person("abu-yaman","Abu Yaman",None,["Abu Yaman"],"resident, Kansafra"),
 person("rim-haddad","Rim Haddad","sams",["Rim Haddad"],"SAMS emergency response coordinator, Idlib"),
 person("hussam-barakat","Hussam Barakat",None,["Hussam Barakat"],"farmer, Kafr Jales"),
 person("vadim-kulikov","Rear Admiral Vadim Kulikov","russian-reconciliation-centre",["Rear Admiral Vadim Kulikov","Vadim Kulikov","Kulikov"],"deputy head of the Russian reconciliation centre"),
 person("nabil-khoury","Nabil Khoury",None,["Nabil Khoury"],"shop owner, al-Suqaylabiyah"),
 person("hussein-bakour","Hussein Bakour",None,["Hussein Bakour","Bakour"],"resident, al-Janoudiyah"),
 person("karim-abdelnour","Karim Abdelnour","ocha",["Karim Abdelnour","Abdelnour"],"UN deputy regional humanitarian coordinator for the Syria crisis"),
 person("abdullah-hilal","Abdullah Hilal","syrian-civil-defence",["Abdullah Hilal","Hilal"],"civil defence volunteer, Jisr al-Shughur"),
 person("mehmet-aksoy","Dr. Mehmet Aksoy",None,["Dr. Mehmet Aksoy","Mehmet Aksoy","Aksoy"],"chief physician, state hospital in Reyhanli"),
 person("ghaith-mansour","Ghaith Mansour","syrian-civil-defence",["Ghaith Mansour","Mansour"],"White Helmets team leader, Jabal al-Zawiya"),
 person("samer-kurdi","Dr Samer Kurdi",None,["Dr Samer Kurdi","Samer Kurdi"],"doctor, hospital in Idlib city"),
 person("layal-sabbagh","Layal Sabbagh","lcpm",["Layal Sabbagh","Sabbagh"],"director, Levant Civilian Protection Monitor"),
]
def place(id,name,kind,prov,country,lat,lon,aliases,note=None):
    d={"id":id,"name":name,"kind":kind,"province":prov,"country":country,"lat":lat,"lon":lon,"aliases":aliases}
    if note: d["note"]=note
    return d
P=[
 place("jabal-al-zawiya","Jabal al-Zawiya","region","Idlib","Syria",35.68,36.53,["Jabal al-Zawiya","Jabal al-Zawiyah","Jebel Zawiya","Jabal Zawiya"],"Highland area of southern Idlib province (south of Ariha, north of Kafranbel). Listed as an article place when named; not repeated in an incident's places when a village inside it is named."),
 place("kansafra","Kansafra","village","Idlib","Syria",35.676,36.527,["Kansafra","Kansafrah","Kinsafra"]),
 place("al-bara","al-Bara","town","Idlib","Syria",35.683,36.542,["al-Bara","Al-Bara","al-Barah"]),
 place("hazarin","Hazarin","village","Idlib","Syria",35.628,36.571,["Hazarin","Hazareen"]),
 place("fattira","Fattira","village","Idlib","Syria",35.642,36.516,["Fattira","Fatira"]),
 place("balyun","Balyun","village","Idlib","Syria",35.712,36.513,["Balyun","Balyoun","Bilyun"]),
 place("kafr-jales","Kafr Jales","village","Idlib","Syria",35.921,36.597,["Kafr Jales","Kafrjales","Kafr Jalis"],"Village on the western outskirts of Idlib city."),
 place("al-janoudiyah","al-Janoudiyah","village","Idlib","Syria",35.876,36.307,["al-Janoudiyah","Janudiyah","al-Janudiyah","Janoudiyah"],"Village north of Jisr al-Shughur."),
 place("amman","Amman","city","Amman","Jordan",31.9539,35.9106,["Amman","AMMAN"]),
 place("antakya","Antakya","city","Hatay","Turkey",36.2025,36.1606,["Antakya","ANTAKYA","Antioch"]),
 place("reyhanli","Reyhanli","town","Hatay","Turkey",36.2681,36.5672,["Reyhanlı","Reyhanli"]),
 place("cilvegozu","Cilvegozu border gate","facility","Hatay","Turkey",36.238,36.676,["Cilvegözü","Cilvegozu","Cilvegözü border gate"],"Turkish side of the Bab al-Hawa crossing."),
]
G=[
 {"id":"G610","label":"Government artillery (Krasnopol) shelling of a family home in Kansafra, Jabal al-Zawiya","kind":"SHELLING","date":"2021-07-03","places":["kansafra"],"articles":["h42-01","h42-03","h42-06","h42-08"],"figures":"killed 7 (AT_LEAST, SOHR, incl. 4 children) / 6 bodies + 2 wounded (rescuer) / 8 incl. 5 children + 3 wounded (civil defence) / 4 children among the dead (UNICEF, killed not coded) / 9 (LCPM narration, not coded)"},
 {"id":"G611","label":"Russian air strike on a poultry farm and homes near Kafr Jales, western outskirts of Idlib city","kind":"AIRSTRIKE","date":"2021-09-07","places":["kafr-jales"],"articles":["h42-02","h42-07","h42-08"],"figures":"killed 5 incl. 2 children (SOHR) / 4 dead + 11 wounded (White Helmets) / 5 (health directorate, confirmation) / 5 (White Helmets via 'media outlets', h42-07) / 14 wounded (doctor) / denied by Syrian army source and Russian MoD"},
 {"id":"G612","label":"Russian air strike on a house in al-Janoudiyah, north of Jisr al-Shughur","kind":"AIRSTRIKE","date":"2022-08-16","places":["al-janoudiyah"],"articles":["h42-04","h42-05"],"figures":"killed 7 incl. 4 children (civil defence, h42-04) / 8 incl. 5 children + 12 wounded (SOHR) / 6 incl. 3 children (White Helmets, h42-05); Russian MoD confirms the strike, calls casualty reports unfounded"},
 {"id":"G613","label":"Russian air raids on the outskirts of al-Bara, Jabal al-Zawiya","kind":"AIRSTRIKE","date":"2021-07-03","places":["al-bara"],"articles":["h42-01","h42-06"],"figures":"no casualty figures given"},
 {"id":"G614","label":"Rocket fire on al-Suqaylabiyah (northern Hama) attributed to militants","kind":"SHELLING","date":"2021-09-06","places":["al-suqaylabiyah"],"articles":["h42-02","h42-07"],"figures":"injured 3 (Russian reconciliation centre) / 2 incl. a child (Hama Police Command)"},
 {"id":"G615","label":"Government shelling of the southern outskirts of Jisr al-Shughur that killed a shepherd","kind":"SHELLING","date":"2022-08-15","places":["jisr-al-shughur"],"articles":["h42-04","h42-05"],"figures":"killed 1 (SOHR, both articles)"},
]
new['actors']+=A; new['places']+=P; new['globalIncidents']+=G
json.dump(new,open(DST,'w'),indent=2,ensure_ascii=False); open(DST,'a').write('\n')
print(len(new['actors']),len(new['places']),len(new['globalIncidents']))

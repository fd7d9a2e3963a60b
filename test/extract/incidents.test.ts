/**
 * Incident, date and place rules on short synthetic articles (invented text, real place names).
 * Each block pins one general rule of the annotation guidelines.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts, IncidentFact } from '../../src/domain/facts';

const HEAD = 'Syria: news from the north-west\n\n';
const run = (body: string, publishedAt: string | null = '2019-06-11'): ArticleFacts => extractArticle(HEAD + body, { publishedAt });
const at = (f: ArticleFacts, place: string): IncidentFact[] => f.incidents.filter((i) => i.placeIds.includes(`place:${place}`));
const one = (f: ArticleFacts, place: string): IncidentFact => {
  const list = at(f, place);
  expect(list).toHaveLength(1);
  return list[0]!;
};
// 2019-06-11 was a Tuesday.

describe('incident dates', () => {
  it('does not date the attack by a dateline\'s date that opens the line before the agency\'s tag', () => {
    expect(one(run('Jun 11 (Meridian Wire) - An air strike hit a crowded market in the town of Ariha in Syria\'s Idlib province on Monday.'), 'ariha').date).toBe('2019-06-10');
  });
  it('dates an attack by the day\'s possessive on it, even after an aftermath verb ("burying the victims of Tuesday\'s air strike")', () => {
    expect(one(run('Families in the town of Ariha have been burying the victims of Monday\'s air strike on a school.'), 'ariha').date).toBe('2019-06-10');
  });
  it('resolves a weekday to the most recent such day on or before publication', () => {
    expect(one(run('Air strikes killed five people in the town of Ariha on Monday, rescuers said.'), 'ariha').date).toBe('2019-06-10');
    expect(one(run('Air strikes killed five people in the town of Ariha on Tuesday, rescuers said.'), 'ariha').date).toBe('2019-06-11');
  });
  it('gives "late on Sunday" and "Sunday night" that calendar day', () => {
    expect(one(run('Air strikes late on Sunday killed five people in the town of Ariha.'), 'ariha').date).toBe('2019-06-09');
    expect(one(run('Warplanes bombed the town of Saraqeb on Sunday night, killing three.'), 'saraqeb').date).toBe('2019-06-09');
  });
  it('gives plain "overnight" the day before publication', () => {
    expect(one(run('Rockets fired overnight killed four civilians in the town of Mhardeh.'), 'mhardeh').date).toBe('2019-06-10');
  });
  it('lets an explicit date carry a neighbouring "overnight"', () => {
    const f = run('The group cited an overnight air strike on May 5, 2019 that killed a guard in Kafranbel.', '2020-10-15');
    expect(one(f, 'kafranbel').date).toBe('2019-05-05');
  });
  it('dates each attack by the date next to its own attack term', () => {
    const f = run('It cited an overnight air strike on May 5, 2019 that put the hospital in Kafranbel out of service, and a January 30, 2020 air strike on a block in Ariha that killed 11.', '2020-10-15');
    expect(one(f, 'kafranbel').date).toBe('2019-05-05');
    expect(one(f, 'ariha').date).toBe('2020-01-30');
  });
  it('leaves relative dates null without a publication date, but resolves full dates', () => {
    expect(one(run('Air strikes killed five people in the town of Ariha on Monday.', null), 'ariha').date).toBeNull();
    expect(one(run('Air strikes killed five people in the town of Ariha on 2 December 2019.', null), 'ariha').date).toBe('2019-12-02');
  });
  it('does not take the date of the speech act ("said on Tuesday") for the attack', () => {
    const f = run('The monitor said on Tuesday that air strikes on Monday killed five people in the town of Ariha.');
    expect(one(f, 'ariha').date).toBe('2019-06-10');
  });
  it('does not date an attack by a date across a clause boundary ("…on Thursday, as air strikes killed…")', () => {
    const f = run(
      'Troops entered the town of Saraqeb on Tuesday after weeks of fighting, as air strikes killed six civilians in the nearby town of Binnish. ' +
        'In Binnish, a warplane struck near a mosque on Monday, killing six people, rescuers said.',
    );
    expect(one(f, 'binnish').date).toBe('2019-06-10');
  });
  it('does not date an attack by the date of what followed it ("buried their dead on Tuesday after an air raid")', () => {
    const f = run(
      'Residents of Ariha spent the day burying their dead on Tuesday after an air raid on the town market. ' +
        'The rescue group said the strike on 9 June killed 27 people.',
    );
    expect(one(f, 'ariha').date).toBe('2019-06-09');
  });
  it('inherits the date of the sentence it continues', () => {
    const f = run(
      'Aerial strikes on Monday killed at least 25 people in north-west Syria, rescuers said. ' +
        'Jets dropped bombs on the village of Jabala in southern Idlib province, killing 13. ' +
        'Russian jets also hit the town of Khan Sheikhoun, leaving another 12 civilians dead.',
    );
    expect(one(f, 'jabala').date).toBe('2019-06-10');
    expect(one(f, 'khan-sheikhoun').date).toBe('2019-06-10');
  });
  it('does not pass a date on to "a separate strike"', () => {
    const f = run('Air strikes killed five people in the town of Binnish on Monday. A separate strike hit the outskirts of Taftanaz but caused no casualties.');
    expect(one(f, 'taftanaz').date).toBeNull();
  });
  it('lets a vague time ("over the weekend") stop date inheritance', () => {
    const f = run(
      'Rockets hit the town of Ariha on Monday, killing two. Militants shelled government-held villages in northern Hama over the weekend. ' +
        'Rocket fire killed two civilians in the town of Mhardeh on Saturday.',
    );
    expect(one(f, 'mhardeh').date).toBe('2019-06-08');
    expect(f.incidents.some((i) => i.placeIds.includes('place:hama-province'))).toBe(false);
  });
  it('shifts by "a day later", "the next day", "two days earlier" and "a day after"', () => {
    const f = run(
      'Jets struck the town of Ariha on Monday, killing four. The next day, rockets hit the town of Mhardeh, killing two. ' +
        'Two days earlier, artillery shelled the village of Hass, wounding five.',
    );
    expect(one(f, 'mhardeh').date).toBe('2019-06-11');
    expect(one(f, 'hass').date).toBe('2019-06-08');
    const g = run('An air strike on Tuesday hit the hospital in Kafr Nabl, wounding two. A day later, barrel bombs struck the main hospital in Khan Sheikhoun, wounding three.', '2019-06-14');
    expect(one(g, 'khan-sheikhoun').date).toBe('2019-06-12');
    const h = run('The drone strike on Sunday came a day after 33 soldiers were killed in an air strike on the village of Balyun.', '2019-06-10');
    expect(one(h, 'balyun').date).toBe('2019-06-08');
  });
  it('does not move an attack told before its date by a "two days earlier" that belongs to another event after it', () => {
    const f = run('Fighters shelled army positions in the town of Kafr Nabl on Saturday, 8 June 2019, in response to a massacre committed two days earlier.', null);
    expect(one(f, 'kafranbel').date).toBe('2019-06-08');
  });
  it('keeps "overnight" when the nearby weekday belongs to the statement ("…overnight, the group said on Friday")', () => {
    const f = run('Air strikes on a bakery in the town of Ariha killed eight people overnight, the civil defence said on Friday.', '2019-06-14');
    expect(one(f, 'ariha').date).toBe('2019-06-13');
  });
  it('takes a null-dated incident\'s date from a later sentence naming its place and a date', () => {
    const f = run(
      'The ministry dismissed as fake reports that its aircraft bombed a hospital in the town of Kafr Nabl, killing a guard. ' +
        '"Our aircraft did not carry out any strikes in the area of Kafr Nabl on 5 May," the general said.',
      '2019-05-06',
    );
    expect(one(f, 'kafranbel').date).toBe('2019-05-05');
  });
});

describe('incident kind', () => {
  it('makes the attack retaliated against an air strike on its place', () => {
    const f = run('The shelling was in retaliation for heavy aerial bombing on the town of Jisr al-Shughur, which left two civilians dead.');
    expect(one(f, 'jisr-al-shughur').kind).toBe('AIRSTRIKE');
  });
  it('makes rockets, artillery and missiles SHELLING', () => {
    expect(one(run('Rebel rockets hit the town of Mhardeh on Monday, killing two.'), 'mhardeh').kind).toBe('SHELLING');
    expect(one(run('A surface-to-surface missile struck the Qah camp on Monday, killing 12.'), 'qah').kind).toBe('SHELLING');
  });
  it('makes a downed aircraft and a roadside bomb OTHER', () => {
    expect(one(run('Fighters shot down a jet near the town of Khan Sheikhoun on Monday, killing the pilot.'), 'khan-sheikhoun').kind).toBe('OTHER');
    expect(one(run('A roadside bomb hit an aid convoy near Sarmada on Monday, killing a driver.'), 'sarmada').kind).toBe('OTHER');
    expect(one(run('In Salqin, a bomb planted in a car exploded on Monday evening near the vegetable market, wounding two men.'), 'salqin').kind).toBe('OTHER');
  });
});

describe('incident places', () => {
  it('takes the attacked place, not a place that only locates it ("X near Y")', () => {
    const f = run('Russian air defences at the Hmeimim air base near Latakia shot down three drones on Monday. There were no casualties.');
    expect(f.incidents.map((i) => i.placeIds)).toEqual([['place:hmeimim']]);
    const g = run('Strikes on the village of Mardikh near Saraqeb killed five fighters on Monday.');
    expect(g.incidents.map((i) => i.placeIds)).toEqual([['place:mardikh']]);
  });
  it('keeps a camp and the village it is named near together', () => {
    const f = run('A missile hit the Qah camp near Atmeh on Monday, killing 12.');
    expect(f.incidents).toHaveLength(1);
    expect(f.incidents[0]?.placeIds.sort()).toEqual(['place:atmeh', 'place:qah']);
  });
  it('does not take where the attackers are for where the attack hit', () => {
    const f = run('State media said insurgents in Idlib fired rockets at villages in the countryside of the coastal province of Latakia on Sunday, wounding four people.');
    expect(f.incidents.map((i) => i.placeIds)).toEqual([['place:latakia-province']]);
    expect(f.incidents[0]?.kind).toBe('SHELLING');
  });
  it('makes one incident with several places under one toll, with a deterministic id', () => {
    const a = run('Russian jets hit the town of Khan Sheikhoun and the village of Kafr Battikh on Monday, leaving 12 civilians dead.');
    const b = run('Russian jets hit the village of Kafr Battikh and the town of Khan Sheikhoun on Monday, leaving 12 civilians dead.');
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0]?.id).toBe(b.incidents[0]?.id);
    expect(a.incidents[0]?.id).toBe('incident:2019-06-10:kafr-battikh:airstrike');
  });
  it('resolves spelling variants to one place', () => {
    const f = run('Air strikes killed five in Maaret al-Numan on Monday. The raid on Ma\'arrat al-Nu\'man also wounded 20, rescuers said.');
    expect(f.incidents).toHaveLength(1);
    expect(f.incidents[0]?.placeIds).toEqual(['place:maarat-al-numan']);
  });
  it('splits separate places and types into separate incidents', () => {
    const f = run('Air strikes killed five people in the town of Ariha on Monday. Rebel rockets killed two in the town of Mhardeh on Sunday.');
    expect(f.incidents.map((i) => `${i.kind}:${i.placeIds.join('+')}:${i.date}`).sort()).toEqual([
      'AIRSTRIKE:place:ariha:2019-06-10',
      'SHELLING:place:mhardeh:2019-06-09',
    ]);
  });
  it('makes no incident of a campaign aggregate or a ground advance', () => {
    const f = run(
      'The offensive has killed more than 350 civilians since the end of April, the monitor said. ' +
        'Government troops captured three villages near the town of Khan Sheikhoun on Monday after heavy clashes.',
    );
    expect(f.incidents).toHaveLength(0);
  });
  it('tells the Idlib village Jabala from the Latakia town Jablah by the province named nearby', () => {
    expect(one(run('Jets dropped bombs on the village of Jabala in southern Idlib province on Monday, killing 13.'), 'jabala').kind).toBe('AIRSTRIKE');
    expect(one(run('Rockets hit the town of Jablah in Latakia province on Monday, killing two.'), 'jablah').kind).toBe('SHELLING');
  });
  it('introduces every place of "the villages of X, Y and Z" in the province named after them', () => {
    const f = run('Air strikes on Monday hit the villages of Kafr Debbin and al-Najiyah in Latakia province, killing two.');
    expect(f.incidents).toHaveLength(1);
    expect(f.incidents[0]?.placeIds.sort()).toEqual(['place:al-najiyah', 'place:kafr-debbin']);
    expect(f.places.find((p) => p.id === 'place:kafr-debbin')?.parentId).toBe('place:latakia-province');
  });
  it('introduces "X in Idlib province" after a locative cue as a new place in that province, but not a group name', () => {
    const f = run('Jets struck Kafr Sajna in southern Idlib province on Monday, killing two.');
    expect(one(f, 'kafr-sajna').kind).toBe('AIRSTRIKE');
    expect(f.places.find((p) => p.id === 'place:kafr-sajna')?.parentId).toBe('place:idlib-province');
    expect(run('Fighters of Jaish al-Izza in Hama province said they repelled an attack.').mentions.filter((m) => m.startsWith('place:'))).toEqual(['place:hama-province']);
  });
  it('names only active-voice agents as perpetrators ("Turkish soldiers were killed" are victims)', () => {
    const f = run('Turkish soldiers were killed in an air strike on their position in the village of Balyun on Monday.');
    expect(one(f, 'balyun').perpetratorIds).toEqual([]);
    const g = run('Syrian government warplanes and helicopters dropped barrel bombs on the town of Kafr Zita on Monday, killing 15.');
    // (the alias table maps "Syrian government" to the state; the weapon noun after it marks the agent)
    expect(one(g, 'kafr-zita').perpetratorIds.length).toBeGreaterThan(0);
  });
  it('makes a place missing from the gazetteer a new place in the province the text gives', () => {
    const f = run('Air strikes killed four people in the village of Kafr Qasimiya in Idlib province on Monday.');
    const inc = f.incidents[0];
    expect(inc?.placeIds).toEqual(['place:kafr-qasimiya']);
    expect(f.places.find((p) => p.id === 'place:kafr-qasimiya')?.parentId).toBe('place:idlib-province');
  });
});

describe('place and actor mentions', () => {
  it('takes the dateline city, also in capitals and with several cities', () => {
    expect(run('BEIRUT, June 10 (Wire) - Air strikes hit Ariha on Monday, killing five.').mentions).toContain('place:beirut');
    const f = run('ISTANBUL/BEIRUT (AN) — Air strikes hit Ariha on Monday, killing five.');
    expect(f.mentions).toEqual(expect.arrayContaining(['place:istanbul', 'place:beirut']));
    expect(run('ANKARA\n\nThe ministry said Turkish troops returned fire.').mentions).toContain('place:ankara');
  });
  it('takes the seat named in an actor name as a place ("the Russian embassy in Washington")', () => {
    expect(run('The Russian embassy in Washington rejected the report.').mentions).toContain('place:washington');
  });
  it('resolves "the provincial capital" to the capital of the province in play', () => {
    const f = run('Fighting raged in Idleb province. Strikes on the village of Mardikh near the provincial capital killed five fighters.');
    expect(f.mentions).toContain('place:idlib-city');
  });
  it('reads a capital as the government after "influence over", as a place after "linking"', () => {
    expect(run('Britain called on Russia to use its influence over Damascus.').mentions).not.toContain('place:damascus');
    expect(run('Khan Sheikhoun lies on the highway linking Damascus with Aleppo.').mentions).toContain('place:damascus');
  });
  it('counts a state in the possessive ("Syria\'s war"), but not "based in Britain" or "a rebel bastion"', () => {
    expect(run('Moscow intervened in Syria\'s war in 2015.').mentions).toContain('actor:syria');
    expect(run('The monitor, based in Britain, gave a toll of six.').mentions).not.toContain('actor:uk');
    expect(run('Jets struck the town of Ariha in the last major rebel bastion of Idlib.').mentions).not.toContain('actor:armed-opposition');
  });
  it('counts an organisation in the possessive before a lower-case word ("MSF\'s head")', () => {
    expect(run('MSF\'s head of mission said the hospital in Ariha was hit on Monday.').mentions).toContain('actor:msf');
  });
  it('reads "the regime army", government warplanes and spelling variants of HTS', () => {
    expect(run('The regime army pushed north on Monday.').mentions).toContain('actor:syrian-army');
    expect(run('Syrian government helicopters dropped barrel bombs on Ariha on Monday, killing five.').mentions).toContain('actor:syrian-army');
    expect(run('Fighters of Hay\u2019at Tahir al-Sham attacked army posts on Monday.').mentions).toContain('actor:hts');
  });
  it('reads "jihadists" as HTS when the article names HTS, else as the generic armed opposition', () => {
    const named = run('Jihadists claimed the attack on Monday. Hayat Tahrir al-Sham said its fighters fired the rockets.');
    expect(named.mentions).toContain('actor:hts');
    expect(named.mentions).not.toContain('actor:armed-opposition');
    expect(run('Jihadists claimed the attack on Monday.').mentions).toContain('actor:armed-opposition');
  });
  it('counts a person in the possessive, but not a family name', () => {
    expect(run('Many oppose a return to President Bashar al-Assad\'s one-party rule.').mentions).toContain('actor:bashar-al-assad');
    expect(run('Rebels shelled militias near the Assad family\'s hometown of Qardaha on Monday.').mentions).not.toContain('actor:bashar-al-assad');
  });
});

/**
 * Third generalisation pass (incidents, places, figures). Invented sentences; 2019-06-11 was a Tuesday.
 */
const runP = (...paragraphs: string[]): ArticleFacts => run(paragraphs.join('\n\n'));

describe('incident places: where victims were treated, where forces sit, the dateline', () => {
  it('does not take the hospital where the wounded died or were taken as the strike\'s place', () => {
    const f = runP('Warplanes bombed a market in Ariha on Monday, killing six people.', 'Two of the wounded later died in hospital near Bab al-Hawa, rescuers said.', 'The injured were taken to a hospital in the nearby town of Dana.');
    expect(f.incidents.map((i) => i.placeIds)).toEqual([['place:ariha']]);
    const lone = runP('MAARAT MISRIN, Syria (AN) - Families buried their dead on Tuesday.', 'The toll from the strike rose to nine after two of the wounded died in hospital near Bab al-Hawa, rescuers said on Tuesday.');
    expect(lone.incidents.map((i) => i.placeIds)).toEqual([['place:maarat-misrin']]);
  });
  it('takes the dateline place for an attack that names no place, but only when the article names no other site', () => {
    const f = runP('Saraqeb, Idlib province, Syria – Families were asleep when the building came down.', 'The air strike killed four people on Monday, rescuers said.');
    expect(f.incidents.map((i) => [i.placeIds[0], i.kind, i.date])).toEqual([['place:saraqeb', 'AIRSTRIKE', '2019-06-10']]);
    const other = runP('Saraqeb, Idlib province, Syria – Families were asleep.', 'The air strike killed four people on Monday.', 'Warplanes also bombed Ariha on Monday, killing two.');
    expect(other.incidents.map((i) => i.placeIds[0])).toEqual(['place:ariha']);
  });
  it('does not make an incident of the place where the accused forces are positioned', () => {
    const f = runP('Shelling killed eight people in Darat Izza on Monday.', 'The monitor blamed government forces positioned around the town of Anadan for the bombardment.');
    expect(f.incidents.map((i) => i.placeIds[0])).toEqual(['place:darat-izza']);
  });
  it('knows the Jabal al-Zawiya area, and keeps the village as the incident place', () => {
    const f = runP('Russian warplanes carried out raids on Kansafra in the Jabal al-Zawiya area on Monday, killing four.');
    expect(f.mentions).toContain('place:jabal-al-zawiya');
    expect(f.incidents.map((i) => i.placeIds)).toEqual([['place:kansafra']]);
  });
});

describe('incidents in round-ups and back-references', () => {
  it('reads "also carried out raids on X" as a second incident, even without a harm word', () => {
    const f = runP('Artillery pounded a market in Darat Izza on Monday, killing nine people, the monitor said.', 'Russian warplanes also carried out raids on Kansafra, the monitor added.');
    expect(f.incidents.map((i) => [i.placeIds[0], i.kind])).toEqual([['place:darat-izza', 'SHELLING'], ['place:kansafra', 'AIRSTRIKE']]);
  });
  it('does not take "carried out strikes on terrorist infrastructure" in a province as an incident', () => {
    expect(runP('The ministry said it had carried out strikes on "terrorist infrastructure" in the Idlib area.').incidents).toHaveLength(0);
  });
  it('dates the attacks listed under a round-up lead with the lead\'s day', () => {
    const f = runP(
      'Air strikes and shelling killed 17 civilians across northwest Syria on Monday, a monitor said.',
      'Shelling killed nine in Darat Izza, the monitor said.',
      'Jets struck Ariha, killing two.',
      'Rockets hit Mhardeh, wounding three.',
      'Barrel bombs hit Latamneh, wounding five.',
      'Separately, a bomb went off near a bakery in Sarmada, killing two people.',
    );
    expect(one(f, 'sarmada').date).toBe('2019-06-10');
  });
  it('reads "the same school had been hit on <date>" as another attack on the last incident\'s site', () => {
    const f = runP('An air strike hit a school in Maarat Misrin on Monday, killing 12 people.', 'The same school had been damaged by government shelling on June 3, when shells struck its courtyard.');
    expect(f.incidents.map((i) => [i.placeIds[0], i.kind, i.date])).toEqual([
      ['place:maarat-misrin', 'AIRSTRIKE', '2019-06-10'],
      ['place:maarat-misrin', 'SHELLING', '2019-06-03'],
    ]);
  });
});

describe('incident kind: a bare "missile"', () => {
  it('is an air strike when the article calls the attack a raid by jets around it', () => {
    const f = runP('The first missile hit the cave hospital in Kafr Zita on Monday, killing two staff.', 'The monitor said Russian jets had carried out the raid.');
    expect(f.incidents.map((i) => i.kind)).toEqual(['AIRSTRIKE']);
  });
  it('stays shelling when a ground launcher is named, or nothing points to aircraft', () => {
    expect(runP('A surface-to-surface missile hit the camp in Qah on Monday, killing 12, while jets circled overhead.').incidents.map((i) => i.kind)).toEqual(['SHELLING']);
    expect(runP('A missile hit a house in Mhardeh on Monday, killing two.').incidents.map((i) => i.kind)).toEqual(['SHELLING']);
  });
});

describe('incident kind: aircraft named as the weapon', () => {
  const kinds = (...p: string[]): string[] => runP(...p).incidents.map((i) => i.kind);
  it('reads shelling carried out by aircraft as an air strike', () => {
    expect(kinds('Russian warplanes carried out intense shelling of Ariha on Monday, killing five.')).toEqual(['AIRSTRIKE']);
    expect(kinds('Warplanes and artillery shelled Ariha on Monday, killing five.')).toEqual(['SHELLING']);
    expect(kinds('Artillery shelled Ariha on Monday, killing five, while warplanes circled overhead.')).toEqual(['SHELLING']);
  });
  it('does not take "months of shelling" in the background for the attack', () => {
    expect(kinds('The town of Ariha, which has faced months of shelling, was hit by Russian air strikes on Monday, killing five.')).toEqual(['AIRSTRIKE']);
  });
});

describe('another event in the same sentence', () => {
  it('reads a car bombing as OTHER, and keeps the air strike in the main clause an air strike', () => {
    const f = runP('Air strikes killed five people in Ariha on Tuesday, a day after a car bombing on Monday killed three in Sarmada.');
    expect(f.incidents.map((i) => [i.kind, i.placeIds[0], i.date])).toEqual([
      ['AIRSTRIKE', 'place:ariha', '2019-06-11'],
      ['OTHER', 'place:sarmada', '2019-06-10'],
    ]);
  });
  it('does not date or type an attack by the earlier event in a ", where …" clause', () => {
    const f = runP('Air strikes on Tuesday killed five people in Ariha, where a bombing on Monday had killed three.');
    expect(f.incidents.map((i) => [i.kind, i.date])).toEqual([['AIRSTRIKE', '2019-06-11']]);
  });
});

describe('places that only locate or launch', () => {
  it('does not take the city a distance is measured from ("30 kilometres south of X")', () => {
    expect(runP('Warplanes bombed Kafr Nabl, about 30 kilometres south of Idlib city, on Monday, killing four.').incidents.map((i) => i.placeIds)).toEqual([['place:kafranbel']]);
  });
  it('takes the place the fire hit after "fired … from X hit Y", not the launch site', () => {
    expect(runP('Rockets fired by rebels from Kafr Nabl hit the town of Mhardeh on Monday, killing two.').incidents.map((i) => i.placeIds)).toEqual([['place:mhardeh']]);
  });
});

describe('fourth pass: locators, counted attacks, counter-fire, bulletins', () => {
  const list = (...p: string[]): Array<[string, string | undefined, string | null]> => runP(...p).incidents.map((i) => [i.kind, i.placeIds[0], i.date]);
  it('drops a city named only to say how far the site is from it ("a town about 8km (5 miles) southeast of X")', () => {
    expect(list('An air strike hit the market in Sarmin, a town about 8km (5 miles) southeast of Idlib city, on Monday, killing seven.')).toEqual([['AIRSTRIKE', 'place:sarmin', '2019-06-10']]);
  });
  it('reads "on the 7th" as that day of the month and unnamed munitions that struck a place as an air strike', () => {
    expect(list('On the 7th, two munitions struck the livestock market in Sarmin, killing 15 civilians.')).toEqual([['AIRSTRIKE', 'place:sarmin', '2019-06-07']]);
  });
  it('does not make an incident of several attacks counted together over a province, or of a season of bombing', () => {
    expect(list('Two air strikes in Idlib province this month killed at least 17 civilians, the group said.')).toEqual([]);
    expect(list('The jets that had pounded southern Idlib through the winter had stayed on the ground.')).toEqual([]);
  });
  it('reads suppressed firing points and returned fire as shelling, and a launch site after ", from which" as not the attack', () => {
    expect(list('Army units early on Tuesday suppressed firing points of terrorists near Kansafra, from which militants had shelled government positions overnight.')).toEqual([['SHELLING', 'place:kansafra', '2019-06-11']]);
    expect(list('Turkish units returned fire at regime positions around Kafr Nabl on Monday.')).toEqual([['SHELLING', 'place:kafranbel', '2019-06-10']]);
  });
  it('reads a motorbike rigged with explosives as OTHER and a massacre as harm', () => {
    expect(list('In Sarmada a motorbike rigged with explosives went off near the market on Monday, wounding nine.')).toEqual([['OTHER', 'place:sarmada', '2019-06-10']]);
    expect(list('Kafr Nabl: a massacre at dawn on Monday by regime artillery on a house.')).toEqual([['SHELLING', 'place:kafranbel', '2019-06-10']]);
  });
  it('dates the items of a daily bulletin by its header', () => {
    const f = list(
      'Summary of violations against civilians in the liberated north west of Syria on Monday 10 June 2019:',
      '1- Kafr Nabl: regime artillery shelled a house, killing three civilians.',
      '2- Sarmada: a car bomb exploded near the market, killing two.',
      '3- Ariha: no casualties from rockets on a school.',
      '4- Binnish: a drone dropped a grenade.',
      '5- Maarat Misrin outskirts: 2 air strikes by Russian warplanes on a poultry farm, material damage only.',
    );
    expect(f.find((x) => x[1] === 'place:maarat-misrin')).toEqual(['AIRSTRIKE', 'place:maarat-misrin', '2019-06-10']);
  });
  it('knows villages of the southern Idlib and Ghab front lines', () => {
    expect(list('Rockets hit Jurin on Monday, wounding three.')).toEqual([['SHELLING', 'place:jurin', '2019-06-10']]);
    expect(runP('Shelling hit al-Bara and Fleifel overnight, killing two.').incidents.map((i) => i.placeIds)).toEqual([['place:al-bara', 'place:fleifel']]);
  });
});

describe('fifth pass: leads, anaphoric sites, aimed attacks, tallies', () => {
  const list = (...p: string[]): Array<[string, string | undefined, string | null]> => runP(...p).incidents.map((i) => [i.kind, i.placeIds[0], i.date]);
  it('joins an attack told without a place to the place told in the next sentence of the paragraph (a scene-setting lead)', () => {
    expect(list('The lights had just gone out when the first bomb fell. A baker was closing his shop in the centre of Binnish, a market town, at about 10pm on Sunday 9 June.')).toEqual([['AIRSTRIKE', 'place:binnish', '2019-06-09']]);
    expect(list('Families in Ariha were asleep on Monday night. Then the rockets rained down, killing four people.')).toEqual([['SHELLING', 'place:ariha', '2019-06-10']]);
  });
  it('does not join a running tally, or a place that is only visited, into a lead', () => {
    expect(list('Air strikes have killed hundreds of civilians. The foreign minister visited Sarmada on Monday.')).toEqual([]);
    expect(list('Air strikes killed two people. The foreign minister visited Sarmada on Monday.')).toEqual([]);
  });
  it('does not join them across a paragraph break', () => {
    expect(list('The lights had just gone out when the first bomb fell.', 'A baker was closing his shop in the centre of Binnish on Sunday.')).toEqual([]);
  });
  it('puts an attack on "the town" at the last site named, dated "N days before the air strike" from that strike', () => {
    const f = list(
      'Warplanes struck the hospital in the town of Binnish on Sunday, killing three people.',
      'Two days before the air strike, artillery shells landed in the yard of the town\'s school, killing a teacher.',
    );
    expect(f).toEqual([
      ['AIRSTRIKE', 'place:binnish', '2019-06-09'],
      ['SHELLING', 'place:binnish', '2019-06-07'],
    ]);
  });
  it('does not make a new incident of "the town had been shelled every day since Friday"', () => {
    expect(list('Warplanes struck the hospital in the town of Binnish on Monday, killing three. Residents said the town had been shelled every day since Friday.')).toEqual([['AIRSTRIKE', 'place:binnish', '2019-06-10']]);
  });
  it('reads an attack aimed at a named place as an attack even when no harm is told', () => {
    expect(list('The rocket attack of 8 June on Mhardeh, a government-held town, is the case Moscow cites most.')).toEqual([['SHELLING', 'place:mhardeh', '2019-06-08']]);
  });
  it('reads "the bombing of the hospital in X" as an attack on X', () => {
    expect(list('Analysts recall the 2 May bombing of the hospital in Kafr Nabl.')).toEqual([['AIRSTRIKE', 'place:kafranbel', '2019-05-02']]);
  });
  it('splits "hit Ariha on Monday and Binnish on Tuesday" by their own days', () => {
    expect(list('Air strikes that hit Ariha on Monday and Binnish on Tuesday killed a total of 11.')).toEqual([
      ['AIRSTRIKE', 'place:ariha', '2019-06-10'],
      ['AIRSTRIKE', 'place:binnish', '2019-06-11'],
    ]);
  });
  it('takes a place in parentheses, or "on the edge of" a place, only as a locator', () => {
    expect(list('New Aleppo (Aleppo), Saturday 8 June: rockets hit the district, killing two.')).toEqual([['SHELLING', 'place:new-aleppo', '2019-06-08']]);
    expect(list('Rockets hit New Aleppo, a district on the western edge of Aleppo, on Saturday, killing two.')).toEqual([['SHELLING', 'place:new-aleppo', '2019-06-08']]);
  });
  it('does not read "every rocket fired at X" as one attack', () => {
    expect(list('Ankara says Moscow counts every rocket fired at Aleppo and none of the bombs dropped on Idlib.')).toEqual([]);
  });
  it('counts "the previous night" and "the following morning" from the date before', () => {
    expect(list('Warplanes struck Ariha on Monday, killing three. Shelling hit Binnish the previous night, wounding two.')[1]).toEqual(['SHELLING', 'place:binnish', '2019-06-09']);
    expect(list('Warplanes struck Ariha on Monday, killing three. Rockets hit Binnish the following morning, wounding two.')[1]).toEqual(['SHELLING', 'place:binnish', '2019-06-11']);
  });
  it('does not give "last month\'s strike" the date of the sentence before', () => {
    expect(list('Rescuers spoke on Monday.', "Last month's strike on a school in Ariha killed nine children.")).toEqual([['AIRSTRIKE', 'place:ariha', null]]);
  });
  it('reads shelling "every day" over a province as no incident', () => {
    expect(list('Government artillery shelled villages in Idlib province every day, killing civilians.')).toEqual([]);
  });
  it('reads a monthly tally over a province as no incident', () => {
    expect(list('The network said it had documented the killing of 62 civilians in Idlib province in May, 19 of them children, most of them in bombardment.')).toEqual([]);
  });
});

describe('fifth pass: impact verbs, other weapons, place lists with their own tolls', () => {
  const list = (...p: string[]): Array<[string, string | undefined, string | null]> => runP(...p).incidents.map((i) => [i.kind, i.placeIds[0], i.date]);
  it.each([
    ['An airstrike slammed into a busy market in Ariha on Monday.', 'AIRSTRIKE', 'place:ariha'],
    ['The town of Binnish came under heavy bombardment on Monday.', 'AIRSTRIKE', 'place:binnish'],
    ['Russian jets hammered Kafranbel on Monday.', 'AIRSTRIKE', 'place:kafranbel'],
    ['A barrel bomb tore through a house in Hass on Monday.', 'AIRSTRIKE', 'place:hass'],
    ['On Monday, a Russian Su-34 struck a poultry farm near Binnish.', 'AIRSTRIKE', 'place:binnish'],
    ['A suicide drone hit a car in Sarmada on Monday, killing the driver.', 'AIRSTRIKE', 'place:sarmada'],
    ['A drone struck a car near Sarmada on Monday, killing two.', 'AIRSTRIKE', 'place:sarmada'],
    ['A missile fired from a drone hit a car in Sarmada on Monday, killing two.', 'AIRSTRIKE', 'place:sarmada'],
    ['Air defences at Hmeimim shot down two drones launched from Idlib on Monday.', 'OTHER', 'place:hmeimim'],
    ['A landmine exploded near Sarmada on Monday, killing two children.', 'OTHER', 'place:sarmada'],
    ['A child was killed by unexploded ordnance in Kafr Nabl on Monday.', 'OTHER', 'place:kafranbel'],
  ])('%s', (body, kind, place) => {
    expect(list(body)).toEqual([[kind, place, '2019-06-10']]);
  });
  it('keeps "X and nearby Y" as one list of places', () => {
    expect(runP('Helicopters dropped barrel bombs on Kansafra and nearby Binnish on Monday.').incidents.map((i) => i.placeIds)).toEqual([['place:kansafra', 'place:binnish']]);
  });
  it('makes one incident per place when each has its own toll ("five in Ariha and three in Binnish")', () => {
    expect(list('Air strikes killed five in Ariha and three in Binnish on Monday.')).toEqual([
      ['AIRSTRIKE', 'place:ariha', '2019-06-10'],
      ['AIRSTRIKE', 'place:binnish', '2019-06-10'],
    ]);
    expect(list('Air strikes on Ariha killed five people on Monday, rescuers in Sarmada said.')).toEqual([['AIRSTRIKE', 'place:ariha', '2019-06-10']]);
  });
});

describe('fifth pass: timeline entries', () => {
  it('dates a timeline entry by the date that opens it, unlike a dateline', () => {
    const f = runP('June 8 – A car bomb explodes near a mosque in Sarmada, killing two.', 'June 9 – Government artillery shells the village of Kansafra, wounding eight people.');
    expect(f.incidents.map((i) => [i.kind, i.placeIds[0], i.date])).toEqual([
      ['OTHER', 'place:sarmada', '2019-06-08'],
      ['SHELLING', 'place:kansafra', '2019-06-09'],
    ]);
  });
  it('keeps an attack that a counted-days phrase names with its own place', () => {
    const f = runP('Rescuers spoke on Tuesday.', 'Three days after the strike on Sarmin, the market reopened.');
    expect(f.incidents.map((i) => [i.kind, i.placeIds[0]])).toEqual([['AIRSTRIKE', 'place:sarmin']]);
  });
});

describe('fifth pass: a back-reference after an aside', () => {
  it('joins "the strike" to the main story, not to an attack told as an aside', async () => {
    const { analyse } = await import('../../src/extract/document');
    const { findIncidents } = await import('../../src/extract/incidents');
    const doc = analyse(
      HEAD +
        'An air strike on the market in Sarmin on Monday killed 12 people, rescuers said.\n\n' +
        'Two days earlier, an air strike on the outskirts of Sarmin wounded three people.\n\n' +
        'Turkey condemned the strike as a flagrant violation.',
      '2019-06-11',
    );
    const drafts = findIncidents(doc);
    const last = doc.sentences[doc.sentences.length - 1]!.index;
    expect(drafts.map((d) => [d.date, d.sentences.has(last)])).toEqual([
      ['2019-06-10', true],
      ['2019-06-08', false],
    ]);
  });
});

describe('fifth pass: an attack told without its place, by its attacker', () => {
  it('joins it to the one incident of that kind and day whose attacker it names', async () => {
    const { analyse } = await import('../../src/extract/document');
    const { findIncidents } = await import('../../src/extract/incidents');
    const doc = analyse(
      HEAD +
        'Syrian government shelling killed four Turkish soldiers at a post near Taftanaz on Monday, the ministry said.\n\n' +
        'Turkish artillery struck back at regime positions around Saraqeb on Monday, the ministry said.\n\n' +
        'The monitor said 13 regime soldiers had been killed in Turkish shelling on Monday.',
      '2019-06-11',
    );
    const last = doc.sentences[doc.sentences.length - 1]!.index;
    expect(findIncidents(doc).map((d) => [d.placeSlugs[0], d.sentences.has(last)])).toEqual([
      ['taftanaz', false],
      ['saraqeb', true],
    ]);
  });
});

describe('sixth pass: back-references, dated section headings, where victims were treated', () => {
  it('reads "the strikes on X and Y" with no day of its own as the incidents already told there', () => {
    const f = run(
      'Shelling hit homes in the town of Binnish on Monday, killing two people, rescuers said.\n\n' +
        'A drone strike hit a car near Taftanaz on Monday, killing one, the monitor said.\n\n' +
        'Turkey on Sunday condemned the bombardment of Idlib.\n\n' +
        'Officials have not said a word about the strikes on Binnish and Taftanaz.',
    );
    expect(f.incidents.map((i) => [i.placeIds[0], i.date]).sort()).toEqual([
      ['place:binnish', '2019-06-10'],
      ['place:taftanaz', '2019-06-10'],
    ]);
  });
  it('dates the undated lines under a dated section heading', () => {
    const f = run(
      'Ariha, 8 June\n\n• An air strike hit the market in Ariha on 8 June, killing four, rescuers said.\n\n' +
        'Binnish, 9 June\n\n• In the evening, shelling hit homes in Binnish, killing two, rescuers said.',
    );
    expect(one(f, 'binnish').date).toBe('2019-06-09');
  });
  it('does not read where a doctor treated victims as a strike site', () => {
    const f = run('A surgeon who treated victims in al-Atarib said the strike on the school in Binnish on Monday killed ten people.');
    expect(at(f, 'atarib')).toHaveLength(0);
    expect(one(f, 'binnish').date).toBe('2019-06-10');
  });
  it('does not read aircraft seen minutes before the strike as another strike', () => {
    const f = run('An air strike hit the market in Binnish on Monday, killing four. Spotters said two jets were circling over Harim ten minutes before the strike.');
    expect(at(f, 'harim')).toHaveLength(0);
    expect(one(f, 'binnish').date).toBe('2019-06-10');
  });
});

describe('timelines and scene-setting leads', () => {
  test('a factbox entry dated in capitals ("TUESDAY, MAR 3 -") dates its attack', () => {
    const f = run('* TUESDAY, MAR 3 - Air strikes on Ariha kill four civilians (civil defence).\n\n* THURSDAY, MAR 5 - Shelling on Saraqeb wounds two (SOHR).', '2020-03-08');
    expect(one(f, 'ariha').date).toBe('2020-03-03');
    expect(one(f, 'saraqeb').date).toBe('2020-03-05');
  });
  test('a first attack placed only by its province is at the site the lead set the scene in', () => {
    const f = run('A week after the strike, the classrooms of the school in Atarib still have no windows. Teachers sweep glass every morning.\n\nOn Sunday morning the school, in the western Aleppo countryside, was hit by two air strikes that killed three pupils.', '2020-03-08');
    expect(at(f, 'atarib')).toHaveLength(1);
    expect(at(f, 'aleppo-province')).toHaveLength(0);
  });
});

describe('"the next day" before a named speaker', () => {
  it('dates the speech, not the attack the speaker talks about', () => {
    const f = extractArticle(
      [
        'A night in a field hospital under the bombs',
        '',
        'I was in the recovery room when the first missile hit, at 11.40 on the night of Tuesday, 27 October 2015.',
        '',
        'The next day the Russian Defence Ministry said Russian jets had carried out "precision strikes on militant targets" around Sarmin and that no hospital had been hit.',
      ].join('\n'),
      { publishedAt: null },
    );
    expect(f.incidents.map((i) => `${i.placeIds.join('+')}:${i.date}`)).toEqual(['place:sarmin:2015-10-27']);
  });
});

describe('a timeline whose entries open with their date ("23 May - …")', () => {
  const f = extractArticle(
    [
      'Idlib: two weeks of strikes and statements - a timeline',
      '',
      '21 May - A Syrian army helicopter came down near Kafr Nabuda in northern Hama. Jaish al-Izza said its fighters had shot it down.',
      '',
      '23 May - A double-tap air strike on Heish killed eight people, the Syrian Observatory for Human Rights said.',
      '',
      '28 May - Late on Tuesday an air strike put a primary health clinic in Kafr Sajna out of service.',
    ].join('\n'),
    { publishedAt: '2019-06-04' },
  );
  const got = f.incidents.map((i) => `${i.kind}:${i.placeIds.join('+')}:${i.date}`).sort();
  it('dates each entry\'s attack by the entry, across the dash, and a weekday in it by the entry\'s week', () => {
    expect(got).toEqual(expect.arrayContaining(['AIRSTRIKE:place:heish:2019-05-23', 'AIRSTRIKE:place:kafr-sajna:2019-05-28']));
  });
  it('takes an aircraft that "came down" for a downing', () => {
    expect(got).toContain('OTHER:place:kafr-nabuda:2019-05-21');
  });
  it('but not a building that came down', () => {
    expect(run('On Tuesday morning, an air strike hit Maarat Misrin. The building came down around them.').incidents.map((i) => i.kind)).toEqual(['AIRSTRIKE']);
  });
});

describe('a fact check that dates the attack only by counting back from a report', () => {
  const f = extractArticle(
    [
      'Fact check: did the army hit an arms depot, not a bakery, in Maarat Hurma?',
      '',
      'On Monday, a day after the strike, state news agency SANA reported that army units had "destroyed a weapons and ammunition depot" in the southern Idlib town of Maarat Hurma.',
      '',
      'Satellite images taken on 8 June and 10 June show the destruction of a single-storey building. We found no sign of the secondary explosions that usually follow a hit on stored ammunition.',
    ].join('\n'),
    { publishedAt: '2019-06-14' },
  );
  it('places the attack "a day after" which Monday came, and not on the days the pictures were taken', () => {
    expect(f.incidents.map((i) => `${i.placeIds.join('+')}:${i.date}`)).toEqual(['place:maarat-harma:2019-06-09']);
  });
});

describe('an image analysis that names the days its pictures were taken', () => {
  it('dates the attack by its own day, not by the pictures\'', () => {
    const f = extractArticle(
      [
        'What the satellite images show',
        '',
        'Our team compared commercial satellite images of Sarmin, in Idlib province, taken on 19 January and 23 January 2020 to assess the air strike that hit the town\'s secondary school early on 22 January.',
      ].join('\n'),
      { publishedAt: '2020-02-18' },
    );
    expect(f.incidents.map((i) => `${i.placeIds.join('+')}:${i.date}`)).toEqual(['place:sarmin:2020-01-22']);
  });
});

describe('a factbox whose entries open with a bulleted place in capitals and a day ("* IDLIB CITY, Monday - …")', () => {
  const f = extractArticle(
    [
      'FACTBOX-Five attacks in a week of escalation in Idlib',
      '',
      'Sept 22 (Meridian Wire) - Air and ground attacks on Idlib province have intensified. Following are details of attacks this week.',
      '',
      '* KAFR TAKHARIM, Wednesday night - A strike put the town\'s surgical hospital out of service.',
      '',
      '* IDLIB CITY, Monday - A car bomb exploded near a checkpoint on the road to Binnish, wounding up to a dozen people.',
      '',
      '* URUM AL-KUBRA, Tuesday - Government artillery shelled the western Aleppo town for several hours.',
    ].join('\n'),
    { publishedAt: '2017-09-22' },
  );
  it('places each entry\'s attack at its label, on its day', () => {
    expect(f.incidents.map((i) => `${i.kind}:${i.placeIds.join('+')}:${i.date}`).sort()).toEqual([
      'AIRSTRIKE:place:kafr-takharim:2017-09-20',
      'OTHER:place:idlib-city:2017-09-18',
      'SHELLING:place:urum-al-kubra:2017-09-19',
    ]);
  });
});

describe('an attack noun placed by "in" or "near", with no verb of harm', () => {
  it('is an attack there ("The air raid in Kafr Nabl on Monday was the third this month")', () => {
    expect(run('The air raid in Kafr Nabl on Monday was the third this month.', '2020-02-18').incidents.map((i) => `${i.placeIds.join('+')}:${i.date}`)).toEqual(['place:kafranbel:2020-02-17']);
  });
});

describe('a second attack told as the same day', () => {
  const run = (...paragraphs: string[]) => extractArticle(['Strikes hit towns in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
  it.each(['Earlier in the day', 'Later in the day', 'Hours earlier', 'Hours later', 'Minutes later'])('"%s, air strikes on Ariha killed …" is on the day of the attack told before', (opener) => {
    const f = run('A barrel bomb hit a house in Kafr Nabl on Monday afternoon, killing five people, the civil defence said.', `${opener}, air strikes on the town of Ariha killed a man and his son, the Observatory said.`);
    expect(f.incidents.map((i) => `${i.placeIds[0]} ${i.date}`).sort()).toEqual(['place:ariha 2020-02-17', 'place:kafranbel 2020-02-17']);
  });
});

describe('a follow-up sentence dating the attack just told', () => {
  const run = (...paragraphs: string[]) => extractArticle(['Strikes hit towns in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
  it('"The strikes on Sunday afternoon hit …" dates the strikes told without a day', () => {
    const f = run('At least seven civilians have been killed in air strikes on Idlib city, according to the Syria Civil Defence.', "The strikes on Sunday afternoon hit a residential neighbourhood near the city's industrial zone, the rescue group said.");
    expect(f.incidents.map((i) => `${i.placeIds[0]} ${i.date}`)).toEqual(['place:idlib-city 2020-02-16']);
  });
});

describe('an attack of another kind on the town just told', () => {
  const run = (...paragraphs: string[]) => extractArticle(['Strikes hit towns in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
  it('is another incident there ("Hours later, government artillery pounded the town\'s eastern neighbourhoods")', () => {
    const f = run(
      'Warplanes struck the town of Saraqeb on Monday morning, killing four civilians, the Syrian Observatory for Human Rights said.',
      "Hours later, government artillery pounded the town's eastern neighbourhoods, killing two more people, the monitor added.",
    );
    expect(f.incidents.map((i) => `${i.kind} ${i.placeIds[0]} ${i.date}`).sort()).toEqual(['AIRSTRIKE place:saraqeb 2020-02-17', 'SHELLING place:saraqeb 2020-02-17']);
  });

  it('is not read from "the town of" another place ("forces positioned around the town of Anadan")', () => {
    const f = run(
      'At least eight people were killed when shells slammed into the market of Daret Azza on Monday, rescuers said.',
      'The Observatory said the toll stood at ten and blamed government forces positioned around the town of Anadan for the bombardment.',
    );
    expect(f.incidents).toHaveLength(1);
  });

  it('is the same incident when the kind is the same ("The strikes also hit the town\'s market")', () => {
    const f = run('Warplanes struck the town of Saraqeb on Monday morning, killing four civilians, the Observatory said.', "Another air strike hit the town's market an hour later, killing two more people.");
    expect(f.incidents).toHaveLength(1);
  });
});

describe('a toll over a period', () => {
  it('"killed in air strikes in Idlib province since the fall of Idlib city" is no incident at Idlib city', () => {
    const f = extractArticle(['UN briefing on Idlib', '', 'The UN said at least 170 civilians had been killed in air strikes in Idlib province since the fall of Idlib city in late March.', ''].join('\n'), { publishedAt: '2015-06-18' });
    expect(f.incidents).toEqual([]);
  });
});

describe('drones brought down by air defences', () => {
  it.each([
    'Russian air defences at Hmeimim destroyed two drones launched from Idlib overnight, the Russian Defence Ministry said.',
    'Air defences at Hmeimim intercepted three drones on Saturday, the ministry said.',
  ])('are OTHER, not an air strike: %s', (sentence) => {
    const f = extractArticle(['Attack on an air base', '', sentence, ''].join('\n'), { publishedAt: '2020-02-18' });
    expect(f.incidents.map((i) => i.kind)).toEqual(['OTHER']);
  });
});

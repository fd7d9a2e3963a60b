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

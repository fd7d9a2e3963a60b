/**
 * An attack told against a site the story named just before ("A hospital in X …" then "two missiles
 * struck the hospital's courtyard"). Invented sentences (real place names).
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { TABLE_OF_ATTACKS } from './helpers';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Hospital out of service after strikes', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const sites = (f: ArticleFacts): string[] => f.incidents.map((i) => `${i.placeIds.map((p) => p.replace(/^place:/, '')).join('+')}:${i.date}`);

describe('a site named with "a hospital in X", then hit', () => {
  it('places the attack on "the hospital\'s courtyard" at X', () => {
    const f = run(
      'A hospital in Darat Izza, in the western Aleppo countryside, has been forced to close after air strikes early on Monday, a medical charity said.',
      'The charity said two missiles struck the hospital\'s courtyard shortly after 04:00, killing a nurse and wounding six members of staff.',
    );
    expect(sites(f)).toEqual(['darat-izza:2020-02-17']);
  });

  it('does not make a second attack of the site told again without a day', () => {
    const f = run(
      'GAZIANTEP, Turkey, February 18, 2020 – The charity condemns the attack that struck its hospital in Maarat Misrin at 11:40 p.m. on Sunday, February 16, killing two people.',
      'According to staff, three munitions struck the hospital within one minute, destroying the emergency department and killing a nurse.',
    );
    expect(sites(f)).toEqual(['maarat-misrin:2020-02-16']);
  });

  it('does not read "the hospital\'s director said" as the site hit', () => {
    const f = run('A hospital in Darat Izza was full on Monday.', 'The hospital\'s director said an air strike on a nearby road killed two people.');
    expect(sites(f)).not.toContain('darat-izza:2020-02-17');
  });
});

describe('"the same afternoon"', () => {
  it('dates a second attack by the attack told before, not by the last date read', () => {
    const f = extractArticle(
      [
        'Strikes hit Darat Izza market',
        '',
        'DARAT IZZA, Syria, Oct 7 (Levant Ledger) - Two missiles struck the covered market in Darat Izza on Friday, killing nine people, rescuers said.',
        '',
        'By Saturday morning the toll had risen. The monitor said 13 people had died.',
        '',
        'It added that a second raid on the outskirts of nearby Termanin the same afternoon had caused no casualties.',
      ].join('\n'),
      { publishedAt: '2023-10-07' },
    );
    expect(sites(f)).toEqual(['darat-izza:2023-10-06', 'tirmanin:2023-10-06']);
  });
});

describe('a table of attacks', () => {
  it('dates each row by its own date, which is no dateline\'s', () => {
    const f = extractArticle(
      [
        'Weekly monitor: civilian deaths in north-west Syria',
        '',
        ...TABLE_OF_ATTACKS,
        '',
        'The network holds Russia and the Syrian regime responsible for the continued killing of civilians.',
      ].join('\n'),
      { publishedAt: '2021-10-18' },
    );
    expect(sites(f)).toEqual(['kansafra:2021-10-12', 'al-bara:2021-10-13']);
  });
  it('still reads "BEIRUT, July 15 (Agency) -" as a dateline', () => {
    const f = extractArticle(['Strike kills five in Sarmin', '', 'BEIRUT, July 15 (Levant Wire) - An air strike killed five people in Sarmin on Sunday, rescuers said.'].join('\n'), { publishedAt: '2021-07-15' });
    expect(sites(f)).toEqual(['sarmin:2021-07-11']);
  });
});

describe('an attack whose site only the dateline gives', () => {
  it('places a lead attack told in the region the dateline town lies in at that town, beside a second attack named later', () => {
    const f = run(
      'SARMIN, Syria, Feb 18 (Levant Wire) - Rescuers were still digging on Tuesday.',
      'A rescue team leader in the eastern Idlib countryside said two missiles struck the covered market on Monday, killing seven people.',
      'A second raid on nearby Ariha the same afternoon caused no casualties, he said.',
    );
    expect(sites(f).sort()).toEqual(['ariha:2020-02-17', 'sarmin:2020-02-17']);
  });

  it('leaves the region alone when the dateline town is elsewhere', () => {
    const f = run(
      'ATAREB, Syria, Feb 18 (Levant Wire) - Rescuers were still digging on Tuesday.',
      'A rescue team leader in the eastern Idlib countryside said two missiles struck a market on Monday, killing seven people.',
    );
    expect(sites(f)).not.toContain('atareb:2020-02-17');
  });
});

describe('a civilian site hit, no weapon named', () => {
  it('is an attack: "the day the market was hit"', () => {
    const f = run('Samer, you were in Darat Izza on the sixth of February 2020, the day the market was hit.', 'Yes. By the evening we had counted eleven dead.');
    expect(f.incidents.map((i) => `${i.kind}:${i.placeIds.join('+')}:${i.date}`)).toEqual(['AIRSTRIKE:place:darat-izza:2020-02-06']);
  });
});

describe('an attack told at its province, its site given later', () => {
  const lead = 'At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province late on Monday, a governor said.';
  it('reads "an air strike by government forces in Idlib province" as the attack\'s place, not the forces\' seat', () => {
    const f = run(lead, 'The Observatory said the convoy was hit near the village of Balyun in the Jabal al-Zawiya area.');
    expect(sites(f)).toEqual(['balyun:2020-02-17']);
  });
  it('takes the site from a later sentence that points back to the attack', () => {
    const f = run(lead, 'NATO will meet on Tuesday.', 'A security source said the convoy was hit near Balyun as it moved south.');
    expect(sites(f)).toEqual(['balyun:2020-02-17']);
  });
  it('does not move the attack to a place a later sentence names for something else', () => {
    const f = run(lead, 'Aid convoys reached Balyun on Tuesday.');
    expect(sites(f)).toEqual([]);
  });
});

describe('a brief in numbered sections, one strike each, with no publication date', () => {
  const BRIEF = [
    'Strike monitor: three towns under fire this week',
    '',
    'The week of 13-19 May 2018 brought heavy bombardment to towns near the Orontes valley.',
    '',
    '1. Jisr al-Shughur, 15 May',
    '',
    'An air strike on the main market killed 15 people, the health directorate said.',
    '',
    '2. Darkoush, 17 May',
    '',
    'Two days later, a strike hit the water pumping station on the Orontes at Darkoush, killing three workers.',
    '',
    '3. Salqin',
    '',
    'A strike on the town\'s main bakery killed a baker and his son.',
    '',
    'Assessment',
    '',
    'The strikes hit civilian objects.',
  ].join('\n');
  const f = extractArticle(BRIEF, { publishedAt: null });

  it('places each section\'s attack at the place its heading names, on the heading\'s day in the year the text gives', () => {
    expect(sites(f).sort()).toEqual(['darkush:2018-05-17', 'jisr-al-shughur:2018-05-15', 'salqin:null']);
  });

  it('does not read a river named as "the Orontes" as a village', () => {
    expect(f.places.map((p) => p.id)).not.toContain('place:orontes');
  });

  it('does not take a masthead\'s place for a heading', () => {
    const g = extractArticle(['Water station hit in Darkoush', '', 'Local Voice | Local News | Jisr al-Shughur district', '', 'Residents said shells had fallen near the station twice last month.'].join('\n'), { publishedAt: '2021-05-04' });
    expect(sites(g)).toEqual([]);
  });
});

describe('a feature whose headline names its one town', () => {
  const feature = (headline: string): ArticleFacts =>
    extractArticle(
      [
        headline,
        '',
        'The hospital has no sign. It occupies the basement of a warehouse on the edge of Saraqib. Dr Bashir Tarraf has operated here for two years.',
        '',
        'He remembers 18 November, a Tuesday, by the minute. "The first barrel came at 11.40," he says.',
        '',
        'The helicopters had hit the vegetable market, two streets away.',
      ].join('\n'),
      { publishedAt: '2014-12-09' },
    );
  it('places the story\'s placeless attack there, when no dateline gives a town', () => {
    expect(sites(feature('The surgeon of Saraqeb: inside a hospital that keeps moving underground'))).toEqual(['saraqeb:2014-11-18']);
  });
  it('but not at a place the headline gives only as a direction', () => {
    expect(sites(feature('A surgeon on a week of strikes west of Saraqeb'))).toEqual([]);
  });
});

describe('a feature whose body names one town, at a site in it', () => {
  const feature = (opening: string, closing = 'Lessons have moved to a tent on the edge of the village.'): ArticleFacts =>
    extractArticle(
      [
        'A village counts the cost of a school strike',
        '',
        opening,
        '',
        'Ibrahim, who has taught in this village for 17 years, wrote it there a few minutes before the air strike of Tuesday morning brought down the roof.',
        '',
        '"We heard the plane, but we always hear the plane," the teacher said.',
        '',
        closing,
      ].join('\n'),
      { publishedAt: '2021-10-16' },
    );
  it('places the placeless attack there when neither dateline nor headline gives a town', () => {
    expect(sites(feature("The blackboard at Kansafra's only primary school still carries Tuesday's date."))).toEqual(['kansafra:2021-10-12']);
    expect(sites(feature('The blackboard in the school in Kansafra still carries the date.'))).toEqual(['kansafra:2021-10-12']);
  });
  it('but not at a town named only for a crossing, nor when the opening names two towns', () => {
    expect(sites(feature('The blackboard still carries the date.', 'Aid now comes through the crossing at Bab al-Hawa.'))).toEqual([]);
    expect(sites(feature("The blackboard at Kansafra's only primary school still carries the date; its pupils now go to a school in Ariha."))).toEqual([]);
  });
  it('and a town named only after the attack does not unset the opening\'s (the scene a feature sets in its first paragraphs)', () => {
    expect(sites(feature("The blackboard at Kansafra's only primary school still carries the date.", 'Its pupils now go to a school in Ariha.'))).toEqual(['kansafra:2021-10-12']);
  });
  it('nor when the attack is placed only as nearby', () => {
    expect(sites(feature("The blackboard at Kansafra's only primary school still carries the date.", 'A second strike hit a nearby road and killed two people.'))).toEqual([]);
  });
});

describe('a named site hit, with no attack word of its own', () => {
  it('is an attack, of the kind told just before', () => {
    const f = run(
      'A field hospital has been put out of action by an air strike, the second attack on a medical facility in Idlib province in a week.',
      'Our correspondent is on the Turkish border.',
      'The hospital in Sarmin was hit late on Tuesday, shortly before midnight. The charity that runs it says nine people were killed.',
    );
    expect(f.incidents.map((i) => `${i.kind}:${sites({ ...f, incidents: [i] })[0]}`)).toEqual(['AIRSTRIKE:sarmin:2020-02-18']);
  });
  it('but a site merely named is not', () => {
    expect(sites(run('The hospital in Sarmin was full on Tuesday.'))).toEqual([]);
  });
});

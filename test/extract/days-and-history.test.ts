/**
 * How ordinary copy dates an attack and what it is not: "minutes after the first late on Sunday" (one moment, no clause
 * break), "woke to the sound of jets again on Wednesday, hours after an overnight raid" (jets only heard), "which
 * government forces captured last month" (no day, and it takes none away from "Two days earlier"), "(Eurasia Today)"
 * (an outlet's name, not a day), "has been hit by several bombings in recent months" (the town's record, no incident),
 * and "The town was struck again on Tuesday" in an article with no publication date (another incident, undated).
 * Invented sentences (real place names); none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys as incidents } from './helpers';

const run = (publishedAt: string | null, ...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Deadly strike in north-west Syria', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt });

describe('days', () => {
  it('reads "minutes after the first late on Sunday" as the attack\'s day', () => {
    expect(incidents(run('2020-01-06', 'A second air strike hit a street in Binnish minutes after the first late on Sunday, killing rescuers and residents.'))).toEqual([
      'AIRSTRIKE 2020-01-05 binnish',
    ]);
  });

  it('dates the overnight raid, not the jets heard the next morning', () => {
    const f = run('2019-12-18', 'The village of Maarshurin woke to the sound of jets again on Wednesday, hours after an overnight raid that levelled two houses and killed a family of five, the monitor said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-12-17 maarshurin']);
  });

  it('counts "Two days earlier" from the last day told, over a month named in between', () => {
    const f = run(
      '2019-09-02',
      'Government artillery shelled the village of Hass on Saturday afternoon, killing a woman, the monitor said. The shells were fired from positions near Khan Sheikhoun, which government forces captured last month.',
      'Two days earlier, air strikes on Maarat al-Numan had killed six people, according to the Syria Civil Defence.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-08-29 maarat-al-numan', 'SHELLING 2019-08-31 hass']);
  });

  it('does not read an outlet\'s "Today" as a day', () => {
    const f = run('2019-04-16', 'LATAKIA, Syria (Eurasia Today) - Rockets hit the village of Jurin on Monday evening, killing a woman, SANA reported.');
    expect(incidents(f)).toEqual(['SHELLING 2019-04-15 jurin']);
  });
});

describe('what is not another incident, and what is', () => {
  it('reads a town\'s record of attacks as no incident', () => {
    const f = run(
      '2021-06-10',
      'A car bomb exploded in a market in the town of Sarmada on Wednesday, killing four people, the Syria Civil Defence said.',
      'Sarmada, a trading hub close to the Bab al-Hawa crossing, has been hit by several bombings in recent months.',
    );
    expect(incidents(f)).toEqual(['OTHER 2021-06-09 sarmada']);
  });

  it('reads an attack of another kind on the town told, in an undated article, as another incident with no day', () => {
    const f = run(
      null,
      'On 3 March 2019, a warplane dropped two bombs on a school in Maarat al-Numan. Five people were killed, rescuers said.',
      'The school had been on a list of sites shared with the United Nations.',
      'The town was struck again on Tuesday, when artillery shells hit a street of repair shops, killing two mechanics, the monitor said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-03-03 maarat-al-numan', 'SHELLING undated maarat-al-numan']);
  });
});

describe('"A day earlier" after a toll update (twelfth session)', () => {
  it('counts from the attack told last, not from the day of the toll', () => {
    const f = extractArticle(
      [
        'Strikes in Idlib',
        '',
        'Air strikes on a market in Kafranbel killed at least nine civilians on Tuesday, the Syrian Observatory for Human Rights said.',
        '',
        'By Wednesday morning the toll had risen to 12, the monitor said.',
        '',
        'A day earlier, a strike on the outskirts of Ariha hit a poultry farm, killing four, according to the Syria Civil Defence.',
      ].join('\n'),
      { publishedAt: '2019-05-29' },
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-27 ariha', 'AIRSTRIKE 2019-05-28 kafranbel']);
  });
});

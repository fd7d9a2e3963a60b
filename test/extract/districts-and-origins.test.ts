/**
 * Where an attack is, as ordinary copy places it: a city's district named by its noun ("the al-Qusour neighbourhood of
 * Idlib city"), and places that are not the attack's site: where fire came from ("fired from positions held by HTS near
 * the village of X", "from government positions around Kafranbel and Maarat al-Numan"), where troops advanced ("pushed
 * towards the Abu al-Duhur air base"), where people fled from ("fled the bombing in Maarat al-Numan"). Invented sentences
 * (real place names); none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys as incidents } from './helpers';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Deadly strike in north-west Syria', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-26' });

describe('a city district named by its noun', () => {
  it.each([
    ['Air strikes on Tuesday hit a school in the al-Qusour neighbourhood of Idlib city, killing five people, rescuers said.'],
    ['Overnight strikes on the al-Qusour district of Idlib city killed five people, rescuers said on Tuesday.'],
  ])('is the site: %s', (sentence) => {
    const f = run(sentence);
    expect(incidents(f).map((x) => x.split(' ')[2])).toEqual(['al-qusour']);
    expect(f.places.find((p) => p.id === 'place:al-qusour')?.kind).toBe('DISTRICT');
  });
});

describe('places that are not the site', () => {
  it('where the fire came from, and a place listed with it', () => {
    const f = run(
      'Militants shelled the al-Hamdaniyah district of Aleppo on Tuesday, killing two civilians, the Russian reconciliation centre said. The shells were fired from positions held by Hayat Tahrir al-Sham near the village of Khan al-Asal, it said.',
    );
    expect(incidents(f)).toEqual(['SHELLING 2020-02-25 al-hamdaniyah']);
    const g = run('Government forces shelled Hass on Tuesday, killing a man. More than 40 shells fell on the village, fired from government positions around Kafranbel and Maarat al-Numan.');
    expect(incidents(g)).toEqual(['SHELLING 2020-02-25 hass']);
  });

  it('but where a missile fired from a drone landed is', () => {
    expect(incidents(run('A missile fired from a drone hit a car in Sarmada on Tuesday, killing two.'))).toEqual(['AIRSTRIKE 2020-02-25 sarmada']);
  });

  it('where troops advanced, and where people fled from', () => {
    expect(incidents(run('Air strikes on Jarjanaz killed 11 civilians on Tuesday, a war monitor said, as government forces pushed towards the Abu al-Duhur air base.'))).toEqual([
      'AIRSTRIKE 2020-02-25 jarjanaz',
    ]);
    const f = run(
      'Missiles struck displacement camps near the village of Kafr Jalis early on Tuesday, killing nine civilians, the White Helmets said.',
      '"People fled the bombing in Maarat al-Numan and Saraqeb three years ago. Now the bombing has followed them to the camps," said an aid worker.',
    );
    expect(incidents(f).map((x) => x.split(' ')[2])).toEqual(['kafr-jalis']);
  });
});

/**
 * Incidents as whole articles tell them, from the second whole-article suite: "on their positions in the Balyun area" (the
 * positions hit); a post that "came under fire" (ground fire, no weapon named); "The road north from Maarshurin" (the
 * scene, not an origin); "families displaced from Homs and Hama" (both origins); a province-wide claim that does not
 * unset a dateline's town; "carried out precision strikes on a weapons depot in Idlib city"; "a village near the town of
 * Jisr al-Shughur" named later ("the strike hit a house in the village of al-Jadida"); "repelled an attack by 13 armed
 * drones" (OTHER); "had not struck Maarat Misrin" (a denied attack, no incident). Invented sentences (real place names);
 * none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys as incidents } from './helpers';

const run = (publishedAt: string, ...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Deadly strike in north-west Syria', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt });

describe('sites', () => {
  it('reads the positions attacked as the site ("on their positions in the Balyun area")', () => {
    expect(incidents(run('2020-02-28', 'At least 22 Turkish soldiers were killed in an air strike by regime forces on their positions in the Balyun area on Thursday, the ministry said.'))).toEqual([
      'AIRSTRIKE 2020-02-27 balyun',
    ]);
  });

  it('reads a post that came under fire as ground fire there', () => {
    expect(incidents(run('2019-06-10', 'A Turkish observation post near the town of Morek came under fire on Sunday, wounding three soldiers, the ministry said.'))).toEqual([
      'SHELLING 2019-06-09 morek',
    ]);
  });

  it('reads the town an opening names as a road\'s start as the scene, and places people came from as no scene', () => {
    const f = run('2019-12-17', 'The road north from Maarshurin was jammed with trucks on Tuesday morning. Hours earlier, late on Monday, a strike had levelled a house in the village, killing six.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-12-16 maarshurin']);
    const g = run(
      '2017-02-08',
      'Idlib city has become a refuge. Families displaced from Homs and Hama share its flats, and on Tuesday the war followed them here again.',
      'Air strikes hit the city\'s prison complex and a residential street nearby on Tuesday afternoon, killing 15 people, a doctor said.',
    );
    expect(incidents(g)).toEqual(['AIRSTRIKE 2017-02-07 idlib-city']);
  });

  it('keeps a dateline\'s town for the story\'s attack when a later claim names only the province', () => {
    const f = run(
      '2018-02-06',
      'Saraqeb — Residents spent Monday night in basements as the town was struck from the air.',
      'At least 11 civilians were killed in the raids on the town\'s eastern neighbourhoods, rescuers said.',
      'The Russian Defence Ministry said its aircraft had carried out precision strikes against terrorist targets in Idlib province.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2018-02-05 saraqeb']);
  });

  it('reads strikes carried out on a named target in a town as an attack there', () => {
    expect(incidents(run('2019-03-14', 'Russian aircraft carried out precision strikes on a weapons depot in Idlib city on Wednesday, the ministry said.'))).toEqual([
      'AIRSTRIKE 2019-03-13 idlib-city',
    ]);
  });

  it('moves an attack on "a village near" a town to the village a later sentence names', () => {
    const f = run(
      '2022-07-23',
      'A Russian air strike on a village near the town of Jisr al-Shughur killed seven members of one family on Friday, rescuers said.',
      'The rescuers said the strike hit a house in the village of al-Jadida.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2022-07-22 al-jadida']);
  });
});

describe('what is not an air strike, or no attack at all', () => {
  it('reads drones repelled by air defences as OTHER', () => {
    expect(incidents(run('2018-01-07', 'Russian air defences repelled an attack by 13 armed drones on the Hmeimim air base on Saturday, the ministry said.'))).toEqual([
      'OTHER 2018-01-06 hmeimim',
    ]);
  });

  it('reads an attack denied at a place as no incident, and attaches the denial to the one told there', () => {
    const f = run(
      '2020-03-06',
      'Russian air strikes killed 15 civilians near the town of Maarat Misrin on Thursday, a war monitor said.',
      'A Kremlin spokesman said Russian aircraft had not struck Maarat Misrin and that the ceasefire was largely holding on Friday.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-03-05 maarat-misrin']);
    const denial = f.statements.find((s) => s.stance === 'DENIAL');
    expect(denial?.incidentId).toBe(f.incidents[0]!.id);
  });
});

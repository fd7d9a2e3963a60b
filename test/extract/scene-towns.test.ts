/**
 * A feature that sets its scene in one town and then tells its attacks without naming it again: "… the one road out of
 * Kafr Lata, a village a few kilometres south of Ariha, …" then "Early on the 14th, a warplane dropped two bombs on a
 * house"; "air strikes have torn through al-Atarib, …" then "On Monday, a strike …" and "The town had already been hit
 * on Saturday, when warplanes struck near its main square". Invented sentences (real place names); none is taken
 * from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys as incidents } from './helpers';

const run = (publishedAt: string, ...paragraphs: string[]): ArticleFacts =>
  extractArticle(['A town that was spared no longer', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt });

describe('the one town an opening names', () => {
  it('is the site of the attacks told after it without a place', () => {
    const f = run(
      '2019-03-12',
      'For weeks the only road out of Kafranbel, a town some kilometres south of Ariha, was too dangerous to use by day.',
      'On Sunday, a warplane dropped two bombs on a house where three families were sheltering, killing nine people, rescuers said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-03-10 kafranbel']);
  });

  it('gives one incident per day there ("The town had already been hit on Saturday")', () => {
    const f = run(
      '2020-02-18',
      'For the second time in three days, air strikes have torn through Saraqeb, a town on the M5 highway.',
      'On Monday, a strike on a residential street killed five people, the Syria Civil Defence said.',
      'The town had already been hit on Saturday, when warplanes struck near its main square, killing six, the rescuers said.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE 2020-02-15 saraqeb', 'AIRSTRIKE 2020-02-17 saraqeb']);
  });

  it('is nobody when the opening names two towns, or only a crossing', () => {
    const two = run(
      '2020-02-18',
      'The rescuer works in Atarib. This week his team answered two strikes, one in Darat Izza and one in Atarib itself.',
      'On Monday, a strike on a residential street killed five people, he said.',
    );
    expect(incidents(two)).toEqual([]);
    const crossing = run(
      '2020-02-18',
      'Aid trucks queued again at the Bab al-Hawa crossing, the last route for aid into the north-west.',
      'On Monday, a strike on a residential street killed five people, rescuers said.',
    );
    expect(incidents(crossing)).toEqual([]);
  });

  it('is not a place given only as a direction or as where people fled from', () => {
    const f = run(
      '2020-02-18',
      'Families fleeing Saraqeb have filled the camps north of Idlib city for weeks.',
      'On Monday, a strike on a residential street killed five people, rescuers said.',
    );
    expect(incidents(f)).toEqual([]);
  });
});

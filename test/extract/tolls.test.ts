/**
 * Two tolls from one source in one sentence: the earlier figure in a relative clause, the update in
 * the main clause. Both are the source's figures. Invented sentences.
 */
import { extractArticle } from '../../src/extract';

const LEAD = 'An air strike on a market in Sarmin on Monday killed nine people, rescuers said.';
const tolls = (sentence: string, speaker: string): Array<number | null> =>
  extractArticle(['Strike on Idlib market kills civilians', '', LEAD, '', sentence].join('\n'), { publishedAt: '2019-05-08' })
    .statements.filter((s) => s.speakerId === `actor:${speaker}`)
    .map((s) => s.killed)
    .sort();

describe('an earlier and an updated toll from one source', () => {
  it('keeps both figures ("which had initially reported 13 deaths, said the toll had risen to 15")', () => {
    expect(tolls('The Syrian Observatory for Human Rights, which had initially reported 13 deaths, said the toll had risen to 15.', 'sohr')).toEqual([13, 15]);
  });

  it('still makes one statement of one toll and its perpetrator told together', () => {
    expect(tolls('The Syrian Observatory for Human Rights put the toll at 15 and said Russian jets were responsible.', 'sohr')).toEqual([15]);
  });
});

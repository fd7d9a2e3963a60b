/**
 * Tolls and attributions from short whole articles: "put Monday's toll at seven"; "…, the Syria Civil Defence said on
 * Sunday, killing 11 people" (the toll after a trailing attribution); "Rescuers in north-west Syria said"; "Six members of
 * the al-Sayed family died"; "killing the driver and his two passengers"; "wounding her husband"; "wounding his wife and
 * two sons" (a list with no count before it). Invented sentences (real place and organisation names); none is taken
 * from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import type { ArticleFacts } from '../../src/domain/facts';

const LEAD = 'An air strike hit the town of Ariha on Monday, killing five people.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strike kills five in Idlib province', '', ...[LEAD, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const tolls = (f: ArticleFacts): string[] => f.statements.map((s) => `${s.speakerId.replace(/^actor:/, '')} ${s.killed ?? '-'}/${s.injured ?? '-'}`);

describe('who gives a toll', () => {
  it.each([
    ["The Syrian Observatory for Human Rights put Monday's toll at seven.", 'sohr 7/-'],
    ['Rescuers in north-west Syria said on Tuesday that the strike had killed nine people.', 'syrian-civil-defence 9/-'],
    ['Early on Monday, a warplane dropped two bombs on a house, the Syria Civil Defence said on Tuesday, killing 11 people.', 'syrian-civil-defence 11/-'],
  ])('%s', (sentence, wanted) => {
    expect(tolls(run(sentence))).toContain(wanted);
  });
});

describe('tolls told by the people they name', () => {
  it.each([
    ['Six members of the al-Sayed family died, among them three children.', 6, null],
    ['A drone fired a missile at a car, killing the driver and his two passengers.', 3, null],
    ['A barrel bomb hit a house, killing a woman and wounding her husband.', 1, 1],
    ['The shell killed a man and wounded his wife and two sons.', 1, 3],
    ['The shell killed a man and wounded his wife, two sons and a neighbour.', 1, 4],
  ])('%s', (clause, killed, injured) => {
    const f = extractFigures(clause);
    expect([f.killed, f.injured]).toEqual([killed, injured]);
  });

  it('does not count a relative in a longer list as one', () => {
    expect(extractFigures('The shell killed a man and wounded his wife, a daughter and two neighbours.').injured).toBe(4);
  });
});

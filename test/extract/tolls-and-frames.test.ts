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

describe('attributions that close a clause', () => {
  const LEADLESS = (...paragraphs: string[]): ArticleFacts =>
    extractArticle(['Strike kills civilians in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
  it('"a monitor said" before the one monitor the article names', () => {
    const f = LEADLESS('Air strikes killed 13 people in a market in Dana on Monday, a monitor said.', 'The Syrian Observatory for Human Rights said it could not tell whose aircraft they were.');
    expect(tolls(f)).toContain('sohr 13/-');
  });
  it('leaves "a monitor said" unread when the article names two monitors', () => {
    const f = LEADLESS(
      'Air strikes killed 13 people in a market in Dana on Monday, a monitor said.',
      'The Syrian Observatory for Human Rights and the Syrian Network for Human Rights both gave higher tolls later.',
    );
    expect(tolls(f).filter((x) => / 13\//.test(x))).toEqual([]);
  });
  it('"said on Tuesday, as government forces pushed deeper …": the toll is before the attribution', () => {
    const f = LEADLESS('Overnight air strikes on Maarat al-Numan killed four people, the Syrian Observatory for Human Rights said on Tuesday, as government forces pushed deeper into the south-east of Idlib province.');
    expect(tolls(f)).toEqual(['sohr 4/-']);
  });
  it('"said in its monthly report on violations": the document, not the content', () => {
    const f = LEADLESS('Government artillery shelled Saraqib on Monday, killing three people, the Syrian Network for Human Rights said in its monthly report on violations.');
    expect(f.statements.map((s) => `${s.speakerId} ${s.stance} ${s.killed}`)).toEqual(['actor:snhr CLAIM 3']);
  });
  it('"The 160-page report says": the report of the body that spoke', () => {
    const f = LEADLESS('Human Rights Watch said on Thursday that forces had carried out unlawful attacks.', 'The 160-page report says an air strike on a bakery in Maarshourin on December 23, 2019, killed 11 civilians.');
    expect(tolls(f)).toContain('hrw 11/-');
  });
});

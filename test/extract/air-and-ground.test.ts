/**
 * One town hit from the air and by ground fire in one sentence ("artillery pounded the town from first light and government
 * helicopters returned after dark to drop barrel bombs") is two incidents, and a later "the barrel bombs killed three
 * more" is the air attack's; a generic count followed by the people it names ("two people, a man and his wife") counts
 * them once. Invented sentences (real place names); none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys as incidents } from './helpers';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['A day of bombardment', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2019-06-11' });

describe('air and ground attack on one town in one sentence', () => {
  it('is two incidents, one of each kind', () => {
    const f = run('Residents of Kafranbel endured a hard Monday, as artillery pounded the town from dawn and government helicopters dropped barrel bombs on its western edge after dark.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-06-10 kafranbel', 'SHELLING 2019-06-10 kafranbel']);
  });

  it('ties "the barrel bombs" and "the shelling" told next to the incident of their kind', () => {
    const f = run(
      'Residents of Kafranbel endured a hard Monday, as artillery pounded the town from dawn and government helicopters dropped barrel bombs on its western edge after dark.',
      'The shelling killed two people, the Syrian Observatory for Human Rights said. Late on Monday, the barrel bombs killed three more, the monitor added.',
    );
    const about = (cue: string): string => f.incidents.find((i) => i.id === f.statements.find((s) => s.text.includes(cue))?.incidentId)?.kind ?? 'none';
    expect(about('The shelling killed')).toBe('SHELLING');
    expect(about('the barrel bombs killed')).toBe('AIRSTRIKE');
  });

  it('stays one incident when one weapon only may be airborne ("a strike", "missiles")', () => {
    expect(incidents(run('Warplanes fired missiles at Kafranbel on Monday, killing four people, rescuers said.'))).toEqual(['AIRSTRIKE 2019-06-10 kafranbel']);
    expect(incidents(run('A strike and artillery fire hit Kafranbel on Monday, killing four people, rescuers said.'))).toEqual(['SHELLING 2019-06-10 kafranbel']);
  });
});

describe('a count and the people it names', () => {
  it.each([
    ['The shelling killed two people, a man and his wife.', 2],
    ['The strike killed two people, a woman and her son, rescuers said.', 2],
    ['The strike killed a man and his wife.', 2],
  ])('%s', (clause, killed) => {
    expect(extractFigures(clause).killed).toBe(killed);
  });
});

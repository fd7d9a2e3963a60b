/**
 * A stance verb whose object is the writer's own ("described our clinic as …") and a time opener before the subject
 * ("The next day, the ministry …") each leave the content after the verb.
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article, by } from './helpers';

const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2023-06-27' });
const reads = (f: ReturnType<typeof run>, speaker: string) => by(f, speaker).map((s) => [s.stance, s.targetIds]);

describe('the content of a stance verb after an opener', () => {
  it('"The next day, the ministry described our clinic as a base used by terrorists" accuses', () => {
    const f = run('The next day, the Syrian foreign ministry described our clinic as a base used by terrorists.');
    expect(reads(f, 'syrian-foreign-ministry')).toEqual([[Stance.ACCUSATION, ['actor:armed-opposition']]]);
  });

  it('"the ministry described our clinic as …" without an opener accuses as before', () => {
    const f = run('The Syrian foreign ministry described our clinic as a base used by terrorists.');
    expect(reads(f, 'syrian-foreign-ministry')).toEqual([[Stance.ACCUSATION, ['actor:armed-opposition']]]);
  });

  it('"A day later, the ministry described the clinic as …" accuses', () => {
    const f = run('A day later, the Syrian foreign ministry described the school as a base used by terrorists.');
    expect(reads(f, 'syrian-foreign-ministry')).toEqual([[Stance.ACCUSATION, ['actor:armed-opposition']]]);
  });

  it('"The following day, the ministry denied our report" is a denial', () => {
    const f = run('The following day, the Russian Defence Ministry dismissed our report of the strike on Binnish as fake.');
    expect(by(f, 'russian-mod').map((s) => s.stance)).toEqual([Stance.DENIAL]);
  });
});

describe('a time opener before the subject is no content', () => {
  it.each([
    ['The next day, the Syrian army said militants fired rockets at Jurin.', Stance.ACCUSATION],
    ['Hours later, the Syrian army accused rebels of shelling Jurin.', Stance.ACCUSATION],
    ['Two days later, the Syrian army said militants fired rockets at Jurin.', Stance.ACCUSATION],
    ['On 25 November, the Syrian army said militants fired rockets at Jurin.', Stance.ACCUSATION],
    ['Later that day, the Syrian army said militants fired rockets at Jurin.', Stance.ACCUSATION],
  ])('%s', (sentence, stance) => {
    const f = run(sentence);
    expect(reads(f, 'syrian-army')).toEqual([[stance, ['actor:armed-opposition']]]);
  });
});

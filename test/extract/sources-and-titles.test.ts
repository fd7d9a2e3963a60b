/**
 * Sources and titles: "a military source told X" where X is an outlet the alias table does not know (an indefinite
 * source is a new one, not the military body named last: unqualified, the Syrian army, the reading of a bare "the
 * army"); a province's governor named by a title before his name; and a narrator's superlative appositive after the
 * attribution ("…, X said, the heaviest loss …").
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article } from './helpers';

const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2018-02-05' });
const speakers = (f: ReturnType<typeof run>) => f.statements.map((s) => s.speakerId);

describe('an indefinite military source relayed by an unknown outlet', () => {
  const russian = 'Meanwhile, the Russian Centre for Reconciliation of the Opposing Sides in Syria announced that air defences at Hmeimim destroyed two drones launched by terrorists on Saturday.';

  it('is the Syrian army, not the Russian centre named before', () => {
    const f = run(russian, 'In the Idlib countryside, army units destroyed the fortifications of terrorist organizations near Sinjar, a military source told Qasioun Radio.');
    expect(speakers(f)).toEqual(['actor:russian-reconciliation-centre', 'actor:syrian-army']);
    expect(f.statements[1]!.targetIds).toEqual(['actor:syrian-army']);
  });

  it('"The source denied …" next is the same source', () => {
    const f = run(russian, 'Army units shelled terrorist positions near Sinjar, a military source told Qasioun Radio.', 'The source denied reports that army aircraft targeted a market in Saraqeb on Monday.');
    expect(f.statements.slice(1).map((s) => [s.speakerId, s.stance])).toEqual([
      ['actor:syrian-army', Stance.CLAIM],
      ['actor:syrian-army', Stance.DENIAL],
    ]);
  });

  it('"a military source told SANA" is still the army of the outlet', () => {
    const f = run(russian, 'Army units shelled terrorist positions near Sinjar, a military source told SANA.');
    expect(speakers(f)[1]).toBe('actor:syrian-army');
  });

  it('"the military said" after the Russian centre is still the body named last', () => {
    const f = run(russian, 'The military said the drones were launched from Idlib province.');
    expect(speakers(f)[1]).toBe('actor:russian-reconciliation-centre');
  });
});

describe("a province's governor named by his title", () => {
  it.each([
    'Terrorists fired rocket shells at Mhardeh on Monday, killing a woman, Hama Governor Karim Attar told Qasioun Radio.',
    'Terrorists fired rocket shells at Mhardeh on Monday, killing a woman, Governor of Hama Karim Attar told Qasioun Radio.',
    'Terrorists fired rocket shells at Mhardeh on Monday, killing a woman, the governor of Hama, Karim Attar, told Qasioun Radio.',
  ])('speaks for the state: %s', (sentence) => {
    const f = run(sentence);
    expect(f.statements.map((s) => [s.speakerId, s.stance, s.targetIds])).toEqual([['actor:karim-attar', Stance.ACCUSATION, ['actor:armed-opposition']]]);
  });
});

describe("a narrator's superlative appositive after the attribution", () => {
  it('"…, Hatay governor X said, the heaviest loss for the Turkish military in a single day since it sent troops" accuses', () => {
    const f = run('At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib late on Thursday, Hatay governor Cengiz Aydemir said, the heaviest loss for the Turkish military in a single day since it sent troops into Syria.');
    expect(f.statements.map((s) => [s.speakerId, s.stance, s.targetIds])).toEqual([['actor:cengiz-aydemir', Stance.ACCUSATION, ['actor:syrian-army']]]);
  });

  it('"…, the monitor said, the deadliest attack on the town this year" keeps the toll', () => {
    const f = run('An air strike on the market in Ariha on Sunday killed 14 people, the Syrian Observatory for Human Rights said, the deadliest attack on the town this year.');
    expect(f.statements.map((s) => [s.speakerId, s.killed])).toEqual([['actor:sohr', 14]]);
  });
});

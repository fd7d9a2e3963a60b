/**
 * From the eighteenth session's notes: a relative clause on the source of "according to" speaks for that source, not for
 * the sentence's subject ("… by Russian jets, according to the SOHR, which said it had tracked the aircraft"). Invented
 * sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article } from './helpers';

// 2019-05-16 was a Thursday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2019-05-16' });
const reads = (f: ReturnType<typeof run>) => f.statements.map((s) => [s.speakerId, s.stance, s.targetIds.join('+')]);

describe('a relative clause on the source of "according to"', () => {
  it('"… by Russian jets, according to the SOHR, which said it had tracked the aircraft": the monitor speaks, once', () => {
    const f = run('The raids on Kafr Nabl were carried out by Russian jets, according to the Syrian Observatory for Human Rights, which said it had tracked the aircraft from Hmeimim.');
    expect(reads(f)).toEqual([['actor:sohr', Stance.CLAIM, 'actor:russian-military']]);
  });

  it('"… by Syrian helicopters, according to the network, which said two of the dead were children": the network, once', () => {
    const f = run('The barrel bombs on Kafr Nabl were dropped by Syrian helicopters, according to the Syrian Network for Human Rights, which said two of the dead were children.');
    expect(reads(f)).toEqual([['actor:snhr', Stance.CLAIM, 'actor:syrian-army']]);
  });

  it('guard: an appositive before the verb still gives its outer name ("Zhukovets, head of the centre, who said")', () => {
    const f = run('Rear Admiral Viktor Zhukovets, head of the Russian Reconciliation Centre, who said the militants had shelled Hama, denied that Russian jets had struck Kafr Nabl.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:viktor-zhukovets', 'actor:viktor-zhukovets']);
  });
});

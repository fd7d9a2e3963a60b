/**
 * From the eighteenth session's notes: a relative clause on the source of "according to" speaks for that source, not for
 * the sentence's subject ("… by Russian jets, according to the SOHR, which said it had tracked the aircraft"); a stance
 * verb quoted on its own ("Turkey “strongly condemns” the attack") is still the speaker's verb. Invented sentences; none
 * is taken from an article or a case file.
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

describe('a stance verb quoted on its own', () => {
  it('"Turkey “strongly condemns” the attack and holds …, spokesman X said": both stances, the spokesman’s', () => {
    const f = run('Turkey \u201cstrongly condemns\u201d the air strike on Kafr Nabl and holds the Syrian regime responsible, Turkish Foreign Ministry spokesman Kemal Arslan said.');
    expect(reads(f)).toEqual([
      ['actor:kemal-arslan', Stance.CRITICISM, ''],
      ['actor:kemal-arslan', Stance.ACCUSATION, 'actor:syria'],
    ]);
  });

  it('"The ministry “categorically denies” the reports, it said": a denial', () => {
    const f = run('The Russian Defence Ministry \u201ccategorically denies\u201d reports that its jets struck the market in Maarat al-Numan and blames terrorists for the blast, it said in a statement.');
    expect(reads(f)).toContainEqual(['actor:russian-mod', Stance.DENIAL, 'actor:russian-military']);
  });

  it('guard: after another speech verb, the quoted verb is what that speaker reports ("said Ankara “strongly condemned” …")', () => {
    const f = run('A Turkish foreign ministry official, who asked not to be named, said Ankara \u201cstrongly condemned\u201d the shelling of Kafr Nabl.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:turkish-foreign-ministry']);
  });

  it('guard: a speech frame inside a longer quotation stays the quoted speaker’s wording', () => {
    const f = run('\u201cThe Secretary-General is deeply alarmed by the strikes on Kafr Nabl and condemns them,\u201d the UN spokesman said.');
    expect(reads(f)).toEqual([['actor:un', Stance.CRITICISM, '']]);
  });
});

/**
 * Pass 14 mechanisms: documents reproduced in full with joint authors (one statement per author), quotations running over
 * several paragraphs, salutations and expressions of support inside them, a town's "local council of X", bodies named by
 * the head noun of their name ("the network", "the foreign ministry"), briefings that list their results, and every
 * addressee of a first-person call. Invented sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';
import { by } from './helpers';

const PUBLISHED = '2021-03-12';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: PUBLISHED });
const tuples = (list: StatementFact[]): string[] => list.map((s) => `${s.stance}>${s.targetIds.map((t) => t.replace(/^actor:/, '')).join(',')}`).sort();

describe('a joint document reproduced in full', () => {
  const f = run(
    'Warplanes struck a bakery in Sarmin on Tuesday, killing six people.',
    'The governments of Germany, France and the United Kingdom issued the following joint statement on Thursday.',
    '"We condemn the attacks on bakeries and markets in Idlib province.',
    '"We call on Russia to halt the bombing of civilian areas.',
    '"We reiterate our support for a political solution."',
  );

  it('gives every sentence of it to each author, across paragraphs that reopen the quotation', () => {
    for (const author of ['france', 'uk']) expect(tuples(by(f, author))).toEqual(['CALL>russia', 'CRITICISM>']);
  });

  it('takes no statement from an expression of support', () => {
    expect(f.statements.filter((s) => /reiterate our support/.test(s.text))).toEqual([]);
  });
});

describe("a town's local council", () => {
  it('names "the local council of X" as the body "X Local Council", which speaks as "we" in its posted statement', () => {
    const f = run(
      'Warplanes struck a bakery in Sarmin on Tuesday, killing six people.',
      'The local council of Sarmin published the following statement on its Facebook page.',
      '"To the people of our town:',
      'We hold Russia fully responsible for this massacre.',
      'We appeal to the United Nations and the World Health Organization to send a commission of inquiry."',
    );
    const st = f.statements.filter((s) => s.speakerId === 'actor:sarmin-local-council');
    expect(tuples(st)).toEqual(['ACCUSATION>russia', 'CALL>un', 'CALL>who']);
    expect(st.some((s) => /To the people/.test(s.text))).toBe(false);
  });
});

describe('a body named by the head noun of its name', () => {
  it('reads "the network" as the network named last', () => {
    const f = run(
      'Warplanes struck a bakery in Sarmin on Tuesday, killing six people.',
      'The Syrian Network for Human Rights has recorded 17 people killed. The network holds the Russian air force responsible for the attack.',
    );
    expect(tuples(by(f, 'snhr'))).toEqual(expect.arrayContaining(['ACCUSATION>russian-military']));
  });

  it('reads "the foreign ministry" as the foreign ministry of the state named last', () => {
    const f = run('Diplomats met in Geneva on Monday to discuss aid to Idlib.', 'Western states criticised Damascus for the delays.', 'The foreign ministry rejected the criticism as "lies".');
    expect(by(f, 'syrian-foreign-ministry').map((s) => s.stance)).toEqual(['DENIAL']);
  });
});

describe('a briefing that lists its results', () => {
  it('gives each listed item to the officer who "listed the main results:", past an aside on him', () => {
    const f = run(
      'Briefing reporters in Moscow, Lieutenant-General Pavel Orlov, who heads the operations department, listed the main results:',
      '- Near Salma, bombers destroyed a command post, killing more than 40 militants.',
      '- In Jisr al-Shughur, aircraft hit an ammunition depot.',
    );
    const st = f.statements.filter((s) => s.speakerId === 'actor:pavel-orlov');
    expect(st).toHaveLength(2);
    expect(st[0]!.killed).toBe(40);
  });
});

describe('the office where an official serves', () => {
  it('reads "UNICEF\'s representative in Syria deplored" as UNICEF, not the state named after "in"', () => {
    const f = run('Warplanes struck a school in Sarmin on Tuesday, killing six people.', "UNICEF's representative in Syria deplored the damage to the school.");
    expect(by(f, 'unicef').map((s) => s.stance)).toEqual(['CRITICISM']);
    expect(by(f, 'syria')).toEqual([]);
  });
});

describe('a relative aside on the subject', () => {
  it('keeps the name the aside follows as the speaker ("Russia, which … in support of President Assad, says …")', () => {
    const f = run('Warplanes struck a school in Sarmin on Tuesday, killing six people.', 'Russia, which has backed the government in support of President Bashar al-Assad, says it strikes only terrorists.');
    expect(by(f, 'russia')).toHaveLength(1);
    expect(by(f, 'bashar-al-assad')).toEqual([]);
  });
});

describe('a chained participle of insistence', () => {
  it('splits "rejected the reports as fake, insisting that X struck only Y" into a denial and a claim', () => {
    const f = run('Warplanes struck a school in Sarmin on Tuesday, killing six people.', 'The Russian defence ministry rejected the reports as fake, insisting that Russian jets had struck only terrorist infrastructure.');
    expect(tuples(by(f, 'russian-mod'))).toEqual(['CLAIM>russian-military', 'DENIAL>']);
  });
});

describe('a body that spoke under a description', () => {
  it('is the ministry "a ministry official" belongs to in the next sentence', () => {
    const f = run(
      'Diplomats met in Geneva on Monday to discuss aid to Idlib.',
      'Western states criticised Damascus for the delays.',
      'The foreign ministry rejected the criticism as "lies", state news agency SANA reported. A ministry official quoted by the agency said Syrian forces strike only terrorists.',
    );
    expect(tuples(by(f, 'syrian-foreign-ministry'))).toEqual(expect.arrayContaining(['CLAIM>syrian-army', 'DENIAL>']));
  });
});

describe('opposition administrations in the alias table', () => {
  it('knows the Syrian Interim Government, and "it" after its passive condemnation', () => {
    const f = run('Warplanes struck a school in Sarmin on Tuesday, killing six people.', 'The massacre was condemned by the Syrian Interim Government. It held Moscow responsible.');
    expect(tuples(by(f, 'syrian-interim-government'))).toEqual(['ACCUSATION>russia', 'CRITICISM>']);
  });
});

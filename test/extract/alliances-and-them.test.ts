/**
 * NATO as "the alliance" ("The alliance's secretary-general condemned …"), and a call on "them" after a criticism of
 * two parties ("… and urged them to halt the offensive").
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article } from './helpers';

const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2020-02-28' });
const reads = (f: ReturnType<typeof run>) => f.statements.map((s) => [s.speakerId, s.stance, s.targetIds.join('+')]);

describe('NATO as "the alliance"', () => {
  it('"The alliance\'s secretary-general condemned …" after NATO is NATO speaking', () => {
    const f = run('NATO envoys met in Brussels on Friday at Turkey\'s request. The alliance\'s secretary-general condemned "the indiscriminate air strikes by the Syrian regime and Russia" and urged them to halt the offensive.');
    expect(reads(f)).toEqual([
      ['actor:nato', Stance.CRITICISM, 'actor:syria'],
      ['actor:nato', Stance.CRITICISM, 'actor:russia'],
      ['actor:nato', Stance.CALL, 'actor:syria'],
      ['actor:nato', Stance.CALL, 'actor:russia'],
    ]);
  });

  it('"the alliance" with no NATO named before is not NATO', () => {
    const f = run('The National Front for Liberation, a rebel alliance, fought on. The alliance\'s spokesman said its fighters had shelled army positions near Saraqeb.');
    expect(f.statements.map((s) => s.speakerId)).not.toContain('actor:nato');
  });
});

describe('a call on "them"', () => {
  it('after one party named, "urged them to …" has no addressee of its own', () => {
    const f = run('The UN envoy condemned the strikes by Russia on Ariha and urged them to stop.');
    expect(f.statements.filter((s) => s.stance === Stance.CALL).map((s) => s.targetIds)).toEqual([[]]);
  });
});

describe('"Assad militia" and "the faction\'s artillery"', () => {
  it('"Assad militia helicopters dropped barrel bombs" names the Syrian army', () => {
    const f = run('On Tuesday, Assad militia helicopters dropped four barrel bombs on Khan Sheikhoun, the Civil Defence said.');
    expect(reads(f)).toEqual([['actor:syrian-civil-defence', Stance.CLAIM, 'actor:syrian-army']]);
  });

  it('"spokesman X said the faction\'s artillery had shelled Assad militia positions" claims the front\'s act', () => {
    const f = run('National Front for Liberation spokesman Omar Hamadi said the faction\'s artillery had shelled Assad militia positions in Kafr Nabuda on Sunday evening, killing seven militiamen.');
    expect(reads(f)).toEqual([['actor:omar-hamadi', Stance.CLAIM, 'actor:nlf']]);
  });
});

describe('"Russian occupation warplanes"', () => {
  it('are the Russian military, and the adjective alone is no criticism', () => {
    const f = run('Seven civilians were killed on Tuesday morning when Russian occupation warplanes bombed a school in Maarat Misrin, the Syrian Civil Defence said.');
    expect(reads(f)).toEqual([['actor:syrian-civil-defence', Stance.CLAIM, 'actor:russian-military']]);
  });

  it('"the Russian occupation" as a thing condemned is still a criticism', () => {
    const f = run('The Syrian Civil Defence said the Russian occupation was a crime against the people of Idlib.');
    expect(f.statements.map((s) => s.stance)).toEqual([Stance.CRITICISM]);
  });
});

describe("a party's charge with 'carried out' or 'taken part in'", () => {
  const column = 'On Thursday evening, a column of soldiers was caught on an exposed road near Balyun when the bombs began to fall.';

  it.each([
    'Turkish officials said on Friday that Russian jets had carried out the raid.',
    'Turkish newspapers, citing Turkish security officials, reported on Friday that Russian jets had taken part in the raid.',
  ])('%s accuses the Russian military', (sentence) => {
    const f = run(column, sentence);
    expect(reads(f)).toEqual([['actor:turkey', Stance.ACCUSATION, 'actor:russian-military']]);
  });

  it('"its jets had carried out the raid" is still its own claim', () => {
    const f = run(column, 'The Syrian defence ministry said its jets had carried out the raid on terrorist positions.');
    expect(f.statements.map((s) => s.stance)).toEqual([Stance.CLAIM]);
  });
});

describe('"the Council" capitalised', () => {
  it('is the Security Council, as "the council" is', () => {
    const f = run('The Syrian foreign ministry wrote to the President of the Security Council on Monday, and called on the Council to condemn the attack on Salhab.');
    expect(f.statements.filter((s) => s.stance === Stance.CALL).map((s) => s.targetIds)).toEqual([['actor:un-security-council']]);
  });
});

describe("the subject of a demand's clause", () => {
  it('"demanding that the Council condemn the attack" does not make the Council a speaker', () => {
    const f = run('For its part, the Foreign and Expatriates Ministry sent two letters to the UN Secretary-General and the president of the Security Council, demanding that the Council condemn the attack.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:syrian-foreign-ministry']);
  });
});

/**
 * Pass 13 mechanisms: stance verbs that keep their object, denials of "the accusation", naming clauses that deny,
 * epithets several bodies fit, attributions set inside their clause, "in which it said", a body that opens a
 * sentence without speaking, wrongdoing predicates, failure and "in no position to" criticism, possessive speakers
 * closing a sentence, unknown local bodies that speak "in a statement" and are then "the council". Invented
 * sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';
import { by } from './helpers';

const PUBLISHED = '2021-03-12';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: PUBLISHED });
const tuples = (list: StatementFact[]): string[] => list.map((s) => `${s.stance}>${s.targetIds.map((t) => t.replace(/^actor:/, '')).join(',')}`).sort();

describe('stance verbs with their own object', () => {
  it('reads "…, the ministry branded the reports a fabrication of X" as a denial and an accusation, not a trailing attribution', () => {
    const f = run('Warplanes struck a bakery in Sarmin on Tuesday, killing six people.', 'In a short note on Wednesday, the Russian defence ministry branded the reports "a fabrication of the White Helmets".');
    expect(tuples(by(f, 'russian-mod'))).toEqual(['ACCUSATION>syrian-civil-defence', 'DENIAL>']);
  });

  it('keeps the denial of a naming clause chained to a claim ("…, describing reports as lies spread by X")', () => {
    const f = run(
      'Warplanes struck a bakery in Sarmin on Tuesday, killing six people.',
      'A Syrian military source said the raids had hit only weapons depots, describing reports of dead children as "lies spread by the terrorists\' media arms".',
    );
    expect(tuples(by(f, 'syrian-army'))).toEqual(expect.arrayContaining(['ACCUSATION>armed-opposition', 'DENIAL>']));
  });

  it('takes the object of "held … fully responsible" even when it is long and quoted', () => {
    const f = run('Warplanes struck a bakery in Sarmin on Tuesday, killing six people.', 'The Sarmin Local Council held "the criminal Assad regime and the Russian occupation" fully responsible for the massacre.');
    const st = f.statements.filter((s) => s.speakerId === 'actor:sarmin-local-council');
    expect(tuples(st)).toEqual(['ACCUSATION>russia', 'ACCUSATION>syria']);
  });
});

describe('denying "the accusation"', () => {
  it('gives the denial the actor the latest charge named on the speaker\'s own side', () => {
    const f = run(
      'An air strike hit a school in Sarmin on Tuesday, killing three children, a war monitor said.',
      'The Syrian Observatory for Human Rights said the strike had been carried out by Russian warplanes.',
      'The Russian defence ministry rejected the accusation.',
    );
    expect(tuples(by(f, 'russian-mod'))).toEqual(['DENIAL>russian-military']);
  });

  it('lets a body deny a charge laid on itself', () => {
    const f = run(
      'Warplanes struck a market in Binnish on Monday, killing nine people.',
      'A Syrian military source accused the White Helmets of filming staged scenes in the town.',
      'The White Helmets said their volunteers had pulled nine bodies from the rubble. The group rejected the accusation as "a lie".',
    );
    expect(tuples(by(f, 'syrian-civil-defence'))).toContain('DENIAL>syrian-civil-defence');
  });
});

describe('speakers', () => {
  it('reads a descriptive epithet as the body of that kind named just before, not the alias table\'s', () => {
    const f = run('The Syrian Network for Human Rights said on Monday that 120 civilians were killed in February.', 'In its report, the UK-based group held government forces responsible for most of the deaths.');
    expect(by(f, 'snhr').map((s) => s.stance)).toContain('ACCUSATION');
    expect(by(f, 'sohr')).toHaveLength(0);
  });

  it('reads "the council" as the local council that just spoke "in a statement"', () => {
    const f = run(
      'Warplanes struck a market in Binnish on Monday, killing nine people.',
      'The Binnish Local Council, in a statement on Tuesday, condemned the raid. The council appealed to the United Nations to protect civilians.',
    );
    const council = f.statements.filter((s) => s.speakerId === 'actor:binnish-local-council');
    expect(council.map((s) => s.stance).sort()).toEqual(['CALL', 'CRITICISM']);
    expect(f.statements.filter((s) => s.speakerId === 'actor:un-security-council')).toHaveLength(0);
  });

  it('resolves "in which it said" to the subject of the main clause, not an organisation named earlier', () => {
    const f = run(
      'Warplanes struck a market in Binnish on Monday, killing nine people, the Syrian Observatory for Human Rights said.',
      'Asked about the strike, the Russian Defence Ministry referred reporters to its statement of Monday, in which it said Russian aircraft had not flown over the province.',
    );
    expect(by(f, 'russian-mod').map((s) => s.stance)).toContain('DENIAL');
    expect(by(f, 'sohr').filter((s) => s.stance === 'DENIAL')).toHaveLength(0);
  });

  it('lets a body that opens a sentence without speaking be "it" in the next one', () => {
    const f = run(
      'Warplanes struck a market in Binnish on Monday, killing nine people, the Russian defence ministry said.',
      'SANA made no mention of Binnish. It reported that army units had destroyed a weapons depot near Sarmin.',
    );
    expect(by(f, 'sana')).toHaveLength(1);
  });

  it('closes a sentence with a possessive speaker "…, Turkey\'s defence ministry said in a written statement"', () => {
    const f = run('Two Turkish soldiers were wounded when regime forces fired mortar shells at an observation post near Saraqeb on Thursday, Turkey\'s defence ministry said in a written statement.');
    expect(tuples(by(f, 'turkish-mod'))).toEqual(['ACCUSATION>syrian-army']);
  });
});

describe('attribution set inside its clause', () => {
  it('reports the whole clause around "…, it said, …" and gives it the subject before the attribution', () => {
    const f = run('The Syrian Network for Human Rights counted 120 civilian deaths in February. Russian forces, it said, killed 31.');
    expect(tuples(by(f, 'snhr'))).toContain('CLAIM>russian-military');
  });

  it('does not treat a time phrase before the attribution as the whole content', () => {
    const f = run('Abu Yaman runs a spotters\' network in Saraqeb. On 3 March, Abu Yaman said, his spotters tracked a Syrian air force jet over Sarmin.');
    const st = f.statements.find((s) => s.speakerId === 'actor:abu-yaman');
    expect(st?.targetIds).toEqual(['actor:syrian-army']);
  });
});

describe('stance cues beyond the verbs', () => {
  it('reads wrongdoing by a named actor as an accusation, whoever says it', () => {
    const f = run('The Syrian American Medical Society said on Monday that the militants have abused the hospital lists.');
    expect(f.statements.some((s) => s.stance === 'ACCUSATION' && s.targetIds.includes('actor:armed-opposition'))).toBe(true);
  });

  it('reads an actor that "has not kept its promises" or is "in no position to lecture" as criticised', () => {
    const f = run('A Russian analyst, Pavel Orlov, said the Turkish side has not kept its promises under the agreement.', 'Orlov said Washington is in no position to lecture anyone about civilian casualties.');
    const st = f.statements.filter((s) => s.speakerId === 'actor:pavel-orlov');
    expect(tuples(st)).toEqual(['CRITICISM>turkey', 'CRITICISM>usa']);
  });

  it('reads a party saying its posts came under fire from its adversary as an accusation', () => {
    const f = run('The Turkish defence ministry said its observation posts near Saraqeb had come under fire from Syrian army positions on Wednesday.');
    expect(tuples(by(f, 'turkish-mod'))).toEqual(['ACCUSATION>syrian-army']);
  });
});

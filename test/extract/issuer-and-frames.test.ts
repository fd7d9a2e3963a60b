/**
 * Pass 10 mechanisms, one invented article each (invented wording, people and networks; real place
 * and organisation names): a document issued by an organisation speaking as "we", lists under a
 * findings heading, quoted reactions voiced by a spokesperson, "whose volunteers said", appositive
 * leads, toll verbs and nominal figures.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import type { ArticleFacts } from '../../src/domain/facts';
import { article, by } from './helpers';

const run = (paragraphs: string[], outlet?: string): ArticleFacts => extractArticle(article(paragraphs), { publishedAt: '2020-03-04', outlet });

describe('a document issued by an organisation (its outlet) that speaks as "we"', () => {
  const paragraphs = [
    'Since dawn, regime artillery has been shelling the town of Kafr Nabl with heavy rockets.',
    'Our teams on the ground documented the death of four civilians and the injury of more than nine others.',
    'We in the Northern Relief Monitoring Network hold the Assad regime and its Russian backers responsible for the attack.',
    'We call on:\n- the United Nations to send investigators\n- the free media to publish the truth',
    'Our teams will continue to document the crimes.',
  ];

  it('credits its first person and its own name to the issuer, a new actor named by the outlet', () => {
    const f = run(paragraphs, 'Northern Relief Monitoring Network');
    const issuer = f.actors.find((a) => a.name === 'Northern Relief Monitoring Network');
    expect(issuer).toBeDefined();
    const slug = issuer!.id.slice('actor:'.length);
    const own = by(f, slug);
    const toll = own.find((s) => s.killed !== null);
    expect(toll).toMatchObject({ stance: 'CLAIM', killed: 4, injured: 9 });
    const accused = own.filter((s) => s.stance === 'ACCUSATION').map((s) => s.targetIds[0]);
    expect(accused).toEqual(expect.arrayContaining(['actor:syria', 'actor:russia']));
    // Every bulleted item is a call, the last one too (a short unpunctuated item is not a crosshead).
    const calls = own.filter((s) => s.stance === 'CALL');
    expect(calls.map((s) => s.targetIds[0] ?? null)).toEqual(expect.arrayContaining(['actor:un', null]));
    expect(calls).toHaveLength(2);
  });

  it('does not count a place inside the outlet\'s own name as a place of the article', () => {
    const f = run(['Shelling hit the town of Kafr Nabl on Tuesday, killing two.', 'The Free Aleppo Response Network said its teams recovered the bodies.'], 'Free Aleppo Response Network');
    expect(f.mentions).not.toContain('place:aleppo-city');
    expect(f.places.map((p) => p.id)).not.toContain('place:aleppo-city');
  });

  it('leaves a newsroom outlet that writes "we" alone', () => {
    const f = run(['Air strikes hit Ariha on Tuesday, killing nine civilians.', 'Here is what we found. Our verdict: false.'], 'Clearview News');
    expect(f.statements).toHaveLength(0);
  });
});

describe('findings listed under a heading in the issuer\'s own report', () => {
  it('reads every numbered finding, and its further sentences, as the issuer\'s claims; "the report" is the issuer', () => {
    const f = run(
      [
        'The Syrian Network for Human Rights (SNHR) documented attacks on markets in north-west Syria in its new report.',
        'Our key findings:',
        '1. On 4 March 2020, a government helicopter dropped barrel bombs on Ariha, killing five civilians.',
        '2. On 2 March 2020, jets struck a bakery in Saraqib, wounding eight people. The attack was likely carried out by Russian forces.',
        '3. On 1 March 2020, a strike hit Binnish. SNHR was unable to determine which party was responsible.',
        'The report holds the Syrian regime responsible for most of the violations.',
      ],
      'Syrian Network for Human Rights',
    );
    const own = by(f, 'snhr');
    expect(own.some((s) => s.killed === 5 && s.targetIds.includes('actor:syrian-army'))).toBe(true);
    expect(own.some((s) => s.injured === 8)).toBe(true);
    expect(own.some((s) => s.stance === 'CLAIM' && s.targetIds.includes('actor:russian-military'))).toBe(true);
    expect(own.some((s) => /unable to determine/.test(s.text))).toBe(false);
    expect(own.some((s) => s.stance === 'ACCUSATION' && s.targetIds.includes('actor:syria') && /The report holds/.test(s.sentence))).toBe(true);
  });
});

describe('speech frames', () => {
  it('gives a reaction quoted by a spokesperson to the spokesperson, not to the office quoted', () => {
    const f = run(['Marta Lindqvist, spokesperson for the UN Secretary-General, spoke to reporters.', '"The Secretary-General is deeply alarmed by the violence in Idlib," she said.']);
    expect(by(f, 'marta-lindqvist').some((s) => s.stance === 'CRITICISM')).toBe(true);
    expect(by(f, 'un-secretary-general')).toHaveLength(0);
  });

  it('reads a quoted first-person call as a call', () => {
    const f = run(['Marta Lindqvist, a UN spokesperson, spoke to reporters.', '"We are talking to everyone, and we call on all sides to respect the truce," Lindqvist said.']);
    expect(by(f, 'marta-lindqvist').some((s) => s.stance === 'CALL')).toBe(true);
  });

  it('lets an organisation speak through ", whose volunteers … said"', () => {
    const f = run(['Air strikes hit Ariha on Tuesday.', 'Her account was echoed by the White Helmets, whose volunteers in the town said three people were killed and four injured.']);
    expect(by(f, 'syrian-civil-defence')[0]).toMatchObject({ killed: 3, injured: 4 });
  });

  it('takes a role noun phrase opening the sentence as the speaker\'s appositive, not as content', () => {
    const f = run(['Air strikes hit Ariha on Tuesday.', 'A nurse at the hospital in Ariha, Dr Hala Sayegh, said her ward received six bodies and nearly 20 wounded.']);
    expect(by(f, 'hala-sayegh')[0]).toMatchObject({ killed: 6, injured: 20 });
  });

  it('reads "put the number of dead at" and "spoke of" with a figure as toll statements', () => {
    const f = run(['Air strikes hit Ariha on Tuesday.', 'Syria Civil Defence put the number of dead at eight. The UN humanitarian office spoke of at least seven dead.']);
    expect(by(f, 'syrian-civil-defence')[0]).toMatchObject({ killed: 8 });
    expect(by(f, 'ocha')[0]).toMatchObject({ killed: 7 });
  });

  it('resolves "the broadcaster" to the media outlet named last, and "the agency" after a UN agency to that agency', () => {
    const f = run(['Syrian state TV aired footage from Ariha.', 'The broadcaster alleged that the White Helmets had staged the scene.', 'UNICEF said a school in Ariha had been hit. The agency said schools "must never be a target".']);
    expect(by(f, 'syrian-state-tv').some((s) => s.stance === 'ACCUSATION' && s.targetIds.includes('actor:syrian-civil-defence'))).toBe(true);
    expect(by(f, 'unicef').some((s) => s.stance === 'CALL')).toBe(true);
  });

  it('gives aircraft named by nationality to that state\'s military', () => {
    const f = run(['Air strikes hit Ariha on Tuesday.', 'Omar Haddad, a rescuer, said the jets were Russian.']);
    expect(by(f, 'omar-haddad').some((s) => s.targetIds.includes('actor:russian-military'))).toBe(true);
  });
});

describe('figures', () => {
  it('reads "the injury of N" as the wounded and "a woman and her two young daughters" as two children', () => {
    expect(extractFigures('documented the death of five civilians, among them a woman and her two young daughters, and the injury of more than 11 others')).toMatchObject({ killed: 5, injured: 11 });
    expect(extractFigures('the strike killed a woman and her two young daughters, most of them children')).toMatchObject({ children: 2 });
  });
});

describe('incident places', () => {
  it('keeps a place coordinated with the shooters\' location out of the attack ("artillery stationed in X and Y")', () => {
    const f = run(['Since dawn today, regime artillery stationed in Morek and Suran has been pounding the town of Kafr Nabl with heavy shells, killing three civilians.']);
    expect(f.incidents.map((i) => i.placeIds)).toEqual([['place:kafranbel']]);
  });
});

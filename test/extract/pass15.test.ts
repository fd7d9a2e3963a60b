/**
 * Pass 15 mechanisms (incidents, figures, places): list items that name no weapon, names with digits, the seat of a
 * speaking body, "our town" in a body's own post, a next sentence that dates "the blast", briefing harm words,
 * explosive-laden drones and duds, areas located by a bearing, tolls named by group, by hospital, by "the number of
 * wounded", "no one was killed or hurt". Invented sentences (real place and organisation names); none is taken from
 * an article.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import type { ArticleFacts } from '../../src/domain/facts';

const PUBLISHED = '2022-04-08';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: PUBLISHED });
const sites = (f: ArticleFacts): string[] => f.incidents.map((i) => `${i.kind}:${i.placeIds.map((p) => p.replace(/^place:/, '')).join('+')}`).sort();

describe('incidents', () => {
  it('reads a list item that names no weapon as an attack of the kind the items before it named', () => {
    const f = run(
      'The defence ministry said on Thursday its aircraft had carried out strikes overnight, and listed the results:',
      '- Near Ariha, Su-25 jets destroyed a weapons depot, killing 12 militants.\n- Near Binnish, a fuel convoy was struck and nine trucks were destroyed.',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:ariha', 'AIRSTRIKE:binnish']);
  });

  it('never takes an aircraft model with a digit for a village', () => {
    const f = run('In Saraqeb, Su-24M bombers hit a command post on Tuesday, killing ten fighters.');
    expect(f.places.map((p) => p.id)).not.toContain('place:su-24m');
    expect(sites(f)).toEqual(['AIRSTRIKE:saraqeb']);
  });

  it('does not place an attack at the seat of the body that speaks about it', () => {
    const f = run('A market in Sarmin was hit by an air strike on Monday, killing four people.', 'An officer at the Russian command in Hmeimim denied that Russian jets had struck anything in Idlib that day.');
    expect(sites(f)).toEqual(['AIRSTRIKE:sarmin']);
  });

  it('places "our town" of a body\'s own post at the place the text introduced it by', () => {
    const f = run(
      'The local council of Kafr Nabl published the following statement on its page.',
      '"At dawn on Tuesday, 5 April 2022, warplanes bombed the market in our town, killing six civilians."',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:kafranbel']);
    expect(f.incidents[0]?.date).toBe('2022-04-05');
  });

  it('lets the next sentence\'s day date "the blast" over a day carried from before', () => {
    const f = run('Rebels and government forces agreed a local truce last Saturday.', 'A car bomb has gone off at a checkpoint in the town of Sarmada. The blast came on Wednesday evening, and three guards died.');
    expect(f.incidents.map((i) => `${i.kind}:${i.date}`)).toEqual(['OTHER:2022-04-06']);
  });

  it('reads "strikes eliminated" in a briefing as an attack', () => {
    const f = run('Near Khan Tuman, strikes eliminated 25 militants and three armoured vehicles on Wednesday, the ministry said.');
    expect(sites(f)).toEqual(['AIRSTRIKE:khan-tuman']);
  });

  it('takes explosive-laden drones as an air strike and a drone that did not explode as OTHER', () => {
    const f = run(
      'On Thursday militants targeted the town of Mhardeh with explosive-laden drones, injuring five civilians.',
      'In Salqin, a drone fell on a school two days earlier without exploding, residents said.',
    );
    expect(sites(f)).toEqual(['AIRSTRIKE:mhardeh', 'OTHER:salqin']);
  });

  it('does not take a city that only locates a named area for the attack\'s site', () => {
    const f = run('Russian warplanes pounded Jabal al-Zawiya, south of Idlib city, on Monday.');
    expect(f.incidents.flatMap((i) => i.placeIds)).not.toContain('place:idlib-city');
  });
});

describe('places', () => {
  it('reads "the X area of Latakia" as the province and "a busy area of Idlib city" as the city', () => {
    const a = run('Syrian troops took several villages in the Jabal al-Akrad area of Latakia on Monday, the army said.');
    expect(a.places.map((p) => p.id)).toContain('place:latakia-province');
    expect(a.places.map((p) => p.id)).not.toContain('place:latakia-city');
    const b = run('Air strikes hit a busy area of Idlib city on Monday, killing nine people.');
    expect(sites(b)).toEqual(['AIRSTRIKE:idlib-city']);
  });
});

describe('figures', () => {
  it('counts the victims named by the group they belong to', () => {
    expect(extractFigures('The group says four of its fighters died.').killed).toBe(4);
  });

  it('counts people taken to hospital as wounded, with the qualifier', () => {
    const f = extractFigures('Some thirty people were taken to hospitals in Idlib city, he said.');
    expect([f.injured, f.qualifier]).toEqual([30, 'ABOUT']);
  });

  it('reads "put the number of wounded at six"', () => {
    expect(extractFigures('The agency put the number of wounded at six.').injured).toBe(6);
  });

  it('reads "no one was killed or hurt" as zero dead and zero wounded', () => {
    const f = extractFigures('No one was killed or hurt, the rescuers said.');
    expect([f.killed, f.injured]).toEqual([0, 0]);
  });

  it('counts daughters in "a woman and her two young daughters" as children, but not the missing sought', () => {
    expect(extractFigures('the raids killed nine civilians, including a woman and her two young daughters').children).toBe(2);
    expect(extractFigures('we pulled seven bodies out and are still searching for a mother and her two sons').children).toBeNull();
  });
});

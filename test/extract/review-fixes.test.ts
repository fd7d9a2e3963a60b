/**
 * Findings of the review of passes 12-15, each pinned before it was fixed. Invented sentences.
 */
import { extractArticle } from '../../src/extract';
import { findDates } from '../../src/extract/dates';
import { extractFigures } from '../../src/extract/figures';
import { article } from './helpers';

const meta = { publishedAt: '2019-07-17' };

describe('review of passes 12-15', () => {
  it('reads an attribution followed by a long run of spaces or commas without quadratic backtracking', () => {
    // Four times the run must cost well under sixteen times the time (a quadratic pattern's); a ratio, so that a slow
    // or busy machine does not fail it. Quadratic so far: two adjacent unbounded runs over spaces; a lookbehind to the
    // start of the text ("Both said") tried at every position; a trailing-punctuation strip and ",? and that" retried
    // from every space of the run.
    for (const [lead, unit] of [
      ['On Monday, the Observatory said, jets killed five in Ariha', ' '],
      ['The Observatory said jets killed five in Ariha', ' '],
      ['The Observatory said jets killed five in Ariha', ', '],
    ] as const) {
      const time = (n: number): number => {
        const started = process.hrtime.bigint();
        extractArticle(article([`${lead}${unit.repeat(n / unit.length)}, y.`]), meta);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      time(1000);
      const small = Math.min(time(15000), time(15000));
      const large = Math.min(time(60000), time(60000));
      expect(large / small).toBeLessThan(8);
    }
  });

  it('does not take the country where an official serves for the speaker, with or without "the"', () => {
    const f = extractArticle(article(["UNICEF's representative in the United Kingdom said the attack on the school in Ariha was unacceptable."]), meta);
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:unicef']);
  });

  it('makes only the munition that did not explode an OTHER incident, not every attack in the sentence', () => {
    const f = extractArticle(article(['A Russian drone fell on a school in Ariha on Monday without exploding, but a second strike killed two children in Sarmada.']), meta);
    const kinds = Object.fromEntries(f.incidents.map((i) => [i.placeIds[0], i.kind]));
    expect(kinds['place:sarmada']).toBe('AIRSTRIKE');
  });

  it('does not read barrels of fuel as barrel bombs', () => {
    const f = extractArticle(
      article([
        'Helicopters dropped barrel bombs on the town of Kafr Nabl on Monday, killing four people, the White Helmets said.',
        'Separately, a fire on Tuesday destroyed 40 barrels of fuel at a depot in Sarmada.',
      ]),
      meta,
    );
    expect(f.incidents.map((i) => i.placeIds[0]).filter((p) => p === 'place:sarmada')).toEqual([]);
    expect(f.incidents).toHaveLength(1);
  });

  it('does not count an appositive list of the wounded twice', () => {
    expect(extractFigures('the strike hit the clinic on monday, wounding two people, a nurse and a porter').injured).toBe(2);
    expect(extractFigures('the strike hit the clinic, wounding three nurses and a porter').injured).toBe(4);
  });

  it('does not read a running count of something other than the dead as a death toll', () => {
    expect(extractFigures('Aid groups said the number had climbed to 48 families.').killed).toBeNull();
    expect(extractFigures('The UN said the number had risen to 300,000 since the offensive began.').killed).toBeNull();
    expect(extractFigures('The group said the number had climbed to seven.').killed).toBe(7);
  });

  it('does not read a year as a revised toll', () => {
    expect(extractFigures('the toll was revised to 2019 levels').killed).toBeNull();
  });

  it('marks a month opening a sentence as a tally period, as in mid-sentence', () => {
    expect(findDates('In March, Russian air strikes killed 58 civilians.', new Date(Date.UTC(2019, 6, 17))).some((d) => d.month)).toBe(true);
  });

});

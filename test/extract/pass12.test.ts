/**
 * Pass 12 mechanisms: chemical attacks, drones intercepted in the next sentence, a definite attack placed
 * only by its province, a bare month as a tally's period, a compass point before a provincial capital,
 * zero tolls for the dead only, and toll frames (put the final toll at, revised up to, counted bare
 * numbers, lists of the wounded). Invented sentences (real place and organisation names); none is taken
 * from an article.
 */
import { extractArticle } from '../../src/extract';
import { findDates } from '../../src/extract/dates';
import { extractFigures } from '../../src/extract/figures';
import type { ArticleFacts } from '../../src/domain/facts';

// 2022-12-09 was a Friday.
const PUBLISHED = '2022-12-09';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: PUBLISHED });
const incidents = (f: ArticleFacts): string[] => f.incidents.map((i) => `${i.kind}:${i.placeIds.map((p) => p.replace(/^place:/, '')).sort().join('+')}:${i.date ?? 'null'}`);
const fig = (s: string): [number | null, number | null, number | null] => {
  const f = extractFigures(s);
  return [f.killed, f.injured, f.children];
};

describe('incidents', () => {
  it('reads a gas attack at a named village as an OTHER incident, with no aircraft named', () => {
    const f = run('Dozens of people were treated for breathing problems after a suspected chlorine attack late on Tuesday in the village of Sarmin, medics said.');
    expect(incidents(f)).toEqual(['OTHER:sarmin:2022-12-06']);
  });

  it('makes drones launched at a base and shot down in the next sentence an OTHER incident, not an air strike', () => {
    const f = run('Militants launched three drones at the Hmeimim air base on Wednesday night, the ministry said. All were shot down by air defences over the Latakia countryside, it added.');
    expect(incidents(f)).toEqual(['OTHER:hmeimim:2022-12-07']);
  });

  it('attaches "the strike" placed only by its province to the one strike already told there', () => {
    const f = run(
      'An air strike on Tuesday hit a market in Sarmin, killing four people, the civil defence said.',
      'Turkey condemned the strike on Wednesday, calling it a violation of the truce in Idlib province.',
    );
    expect(incidents(f)).toEqual(['AIRSTRIKE:sarmin:2022-12-06']);
  });

  it('does not read a monthly tally across provinces as an attack dated by the sentence before', () => {
    const f = run(
      'Three weeks after the floods of November 2, the region was supposed to recover.',
      'The monitor recorded 40 civilians killed by air strikes and shelling across Idlib and western Aleppo in November.',
    );
    expect(f.incidents).toEqual([]);
  });
});

describe('incidents (2)', () => {
  it('places an attack told only by its region at the site the next paragraph names as "the attack on … at X"', () => {
    const f = run(
      'Two soldiers were wounded when rebels fired mortar shells at an army checkpoint in the Idlib de-escalation zone on Tuesday, the ministry said.',
      'The ministry blamed the rebels for the attack on the checkpoint at Kafr Nabl, in the south of Idlib province.',
    );
    expect(incidents(f)).toEqual(['SHELLING:kafranbel:2022-12-06']);
  });

  it('takes "striking positions near X" as an attack on X', () => {
    const f = run('The army said its units returned fire, striking militant positions near the town of Sarmin with artillery on Tuesday.');
    expect(incidents(f)).toEqual(['SHELLING:sarmin:2022-12-06']);
  });

  it('does not date an attack by the day a statement about it was issued', () => {
    const f = run('The medical charity on Wednesday issued a statement on the air strike that destroyed the hospital in Sarmin.', 'The hospital was hit late on Monday night, killing a nurse.');
    expect(f.incidents.map((i) => i.date)).not.toContain('2022-12-07');
  });

  it('reads "barrels" as barrel bombs once the article has named them', () => {
    const f = run(
      'Helicopters dropped barrel bombs on Sarmin on Tuesday, killing three people, rescuers said.',
      'In Binnish, two barrels hit a school used as a shelter, wounding six people.',
    );
    expect(incidents(f).sort()).toEqual(['AIRSTRIKE:binnish:2022-12-06', 'AIRSTRIKE:sarmin:2022-12-06']);
  });
});

describe('dates', () => {
  it('marks a bare month after "in" as a period', () => {
    const d = findDates('The group counted 40 deaths in November.', new Date('2022-12-09T12:00:00Z'));
    expect(d).toEqual([expect.objectContaining({ date: null, month: true })]);
  });
});

describe('places', () => {
  it('reads a compass point before a provincial capital as the province', () => {
    const f = run('The monitor said 12 civilians had been killed in western Aleppo and the Latakia mountains since the truce.');
    const ids = f.mentions.filter((m) => m.startsWith('place:'));
    expect(ids).toEqual(expect.arrayContaining(['place:aleppo-province', 'place:latakia-province']));
    expect(ids).not.toContain('place:aleppo-city');
  });

  it('introduces a new place placed by ", in the north of X province"', () => {
    const f = run('Rebels shelled the army post at Tell Qarqur, in the north of Hama province, on Tuesday, wounding two soldiers.');
    expect(f.places.map((p) => p.id)).toContain('place:tell-qarqur');
  });

  it('resolves al-Tamanah to its own id', () => {
    const f = run('Shelling hit the village of al-Tamanah on Tuesday, killing two farmers.');
    expect(incidents(f)).toEqual(['SHELLING:al-tamanah:2022-12-06']);
  });
});

describe('figures', () => {
  it('counts the wounded when nobody was killed', () => {
    expect(fig('Nobody was killed, but eight people were wounded, among them two children, a rescuer said.')).toEqual([0, 8, null]);
    expect(fig('The group said no one was killed.')).toEqual([0, null, null]);
    expect(fig('Nobody was hurt, she said.')).toEqual([0, 0, null]);
  });

  it('reads zero tolls of soldiers or staff', () => {
    expect(fig('No government soldiers were hurt, according to the army.')).toEqual([0, 0, null]);
  });

  it('reads "put the final toll at" and tolls revised up', () => {
    expect(fig('The doctor put the final toll at 15, including six children.')).toEqual([15, null, 6]);
    expect(fig('The monitor has put the death toll from the raid at nine.')).toEqual([9, null, null]);
    expect(fig('The monitor puts the figure higher, at 16.')).toEqual([16, null, null]);
    expect(fig('The number of people killed has been revised up to 21, rescuers say.')).toEqual([21, null, null]);
  });

  it('reads a counted bare number ending the clause', () => {
    expect(fig('The centre, which counts only named victims, documented 33.')).toEqual([33, null, null]);
    expect(fig('The network named six.')).toEqual([6, null, null]);
    expect(fig('The council documented 33 cases of looting in the town.')).toEqual([null, null, null]);
  });

  it('reads tolls with an aside before "died", one of a group killed, and shares of deaths', () => {
    expect(fig('Doctors said three people, among them a child, had died of their wounds.')).toEqual([3, null, 1]);
    expect(fig('One of the bakery\'s night workers was killed, the owner said.')).toEqual([1, null, null]);
    expect(fig('The report held the army responsible for 120 of the deaths.')).toEqual([120, null, null]);
  });

  it('reads running counts named by their noun alone, and denials of losses', () => {
    expect(fig('By noon the number had climbed to nine, the monitor said.')).toEqual([9, null, null]);
    expect(fig('The monitor later raised its own count to 12.')).toEqual([12, null, null]);
    expect(fig("The group's latest figure is 11")).toEqual([11, null, null]);
    expect(fig('The number of displaced had climbed to 3,000.')).toEqual([null, null, null]);
    expect(fig('The militants denied any losses.')).toEqual([0, null, null]);
  });

  it('reads wounded "also" injured, a toll of children put by a monitor, and grandsons among a list of the dead', () => {
    expect(fig('The toll rose to five, say rescuers, who add that 13 people were also injured.')).toEqual([5, 13, null]);
    expect(fig('The network put the toll at as many as three children')).toEqual([3, null, 3]);
    expect(fig('The strike killed a woman, her two small grandsons and a young man.')).toEqual([4, null, 2]);
  });

  it('sums a list of the wounded', () => {
    expect(fig('The shell hit the clinic, wounding two nurses and a porter.')).toEqual([null, 3, null]);
  });
});

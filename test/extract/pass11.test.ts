/**
 * Pass 11 mechanisms: digest headings, areas located by a bearing, counted attacks in a lead, planned
 * targets, a site named and then called "the camp", place lists across "on the outskirts of",
 * organisations named with "for", correction headlines, reaction frames and toll phrasings. Invented
 * sentences (real place and organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';
import { by } from './helpers';

// 2022-12-09 was a Friday.
const PUBLISHED = '2022-12-09';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: PUBLISHED });
const places = (f: ArticleFacts): string[][] => f.incidents.map((i) => i.placeIds.map((p) => p.replace(/^place:/, '')).sort());
const figs = (list: StatementFact[]): string[] =>
  list.flatMap((s) => [s.killed !== null ? `killed=${s.killed}` : '', s.injured !== null ? `injured=${s.injured}` : '', s.children !== null ? `children=${s.children}` : ''].filter((x) => x)).sort();

describe('incidents', () => {
  it('reads a numbered digest heading dated in brackets as its attack, verb or not', () => {
    const f = run('Weekly notes from the desk, with sources in brackets.', '1. Air strikes north of Ariha (Tuesday, 6 December). Warplanes flew some 20 sorties over the hills; a dozen fighters were killed [SOHR].');
    expect(places(f)).toEqual([['ariha']]);
    expect(f.incidents[0]?.date).toBe('2022-12-06');
  });

  it('does not take the target of a planned attack for the site of one', () => {
    const f = run('Russian warplanes struck farmland west of Saraqeb on Tuesday, killing two shepherds.', 'The ministry said its aircraft had destroyed "a command post of terrorists planning attacks on Hmeimim".');
    expect(places(f)).toEqual([['saraqeb']]);
  });

  it('does not make an area or the city locating it the site of counted strikes in a lead', () => {
    const f = run(
      'Tal Rifaat - Two Turkish drone strikes in the Qaddah region north of Aleppo killed four people on Monday, a local council said.',
      'In the first strike, a drone hit a car near the village of Deir Jamal on Monday night, killing two men.',
    );
    expect(places(f)).toEqual([['deir-jamal']]);
    expect(f.places.map((p) => p.id)).not.toContain('place:qaddah');
  });

  it('places an attack on "the camp" at the camp named just before', () => {
    const f = run(
      'The first shell hit the water tank.',
      'Abu Khaled, 60, has run Bab al-Salam camp outside Atmeh since 2020. On Sunday night, he says, at least 12 rounds fell on and around the camp in under ten minutes.',
    );
    expect(places(f)).toEqual([['bab-al-salam-camp']]);
    expect(f.incidents[0]?.kind).toBe('SHELLING');
    expect(f.incidents[0]?.date).toBe('2022-12-04');
  });

  it('keeps two places of one attack joined by "and on the outskirts of" as one incident', () => {
    const f = run('Rebel artillery shelled army positions in the town of Kafr Nabl and on the outskirts of Maarat al-Numan on Saturday, 3 December 2022, the group said.');
    expect(places(f)).toEqual([['kafranbel', 'maarat-al-numan']]);
  });
});

describe('speakers and figures', () => {
  it('reads an organisation named with "for" as one speaker, not a person named by its tail', () => {
    const f = run('Shelling hit a school in Darat Izza on Saturday. Relief for Orphans International, which funds the school, confirmed two children dead and six injured.');
    const st = f.statements.filter((s) => s.speakerId === 'actor:relief-for-orphans-international');
    expect(figs(st)).toEqual(['children=2', 'injured=6', 'killed=2']);
    expect(f.statements.some((s) => s.speakerId === 'actor:orphans-international')).toBe(false);
  });

  it('takes "is devastated to confirm" and a second appositive placing the speaker as light', () => {
    const f = run(
      'Save the Children is devastated to confirm that three children were killed when shells struck a school in Darat Izza on Saturday.',
      'Mona Saleh, the charity\'s director for Syria, based in Amman, said: "An attack on a school is a grave violation."',
    );
    expect(figs(by(f, 'save-the-children'))).toEqual(['children=3', 'killed=3']);
    expect(f.statements.some((s) => s.speakerId === 'actor:mona-saleh' && s.stance === 'CRITICISM')).toBe(true);
  });

  it('keeps a correction headline as the headline, not a desk note', () => {
    const f = extractArticle(
      ['CORRECTION: Toll in market strike revised to 8', '', 'BEIRUT (AN) — An air strike on a market in Sarmin on Monday killed eight people, the local council said.', ''].join('\n'),
      { publishedAt: PUBLISHED },
    );
    expect(f.article.title).toBe('CORRECTION: Toll in market strike revised to 8');
    expect(places(f)).toEqual([['sarmin']]);
  });

  it('reads "counted N dead", "lightly wounded" and "denied any losses"', () => {
    const f = run(
      'The Syrian Observatory for Human Rights counted five dead in the strike on Ariha on Monday, including a child.',
      'Turkish security sources said two soldiers were lightly wounded.',
      'Hayat Tahrir al-Sham denied any losses.',
    );
    expect(figs(by(f, 'sohr'))).toEqual(['children=1', 'killed=5']);
    expect(figs(by(f, 'turkey'))).toEqual(['injured=2']);
    const hts = by(f, 'hts');
    expect(hts.map((s) => [s.stance, s.killed, s.targetIds])).toEqual([['DENIAL', 0, []]]);
  });

  it("gives a ministry's own drones and forces to its military arm", () => {
    const f = run(
      'An air strike hit a market in Sarmin on Monday, killing ten people.',
      'Syria\'s Defence Ministry rejected what it called "fabricated reports" that its drones had targeted a market.',
      'Turkey\'s Ministry of National Defence said that its forces had "neutralised" six militants.',
    );
    expect(by(f, 'syrian-mod').find((s) => s.stance === 'DENIAL')?.targetIds).toEqual(['actor:syrian-army']);
    expect(by(f, 'turkish-mod')[0]?.targetIds).toEqual(['actor:turkish-army']);
  });
});

/**
 * How copy quotes a research body's brief and a source's tally: bodies named by "Initiative", "Institute", "Project" or
 * "Group", "according to a brief released on Tuesday by …", "the brief counts …", "the project's researchers said";
 * tallies given as "put the dead at 44", "has a higher toll", "gives a similar figure"; "documents"; "has called such
 * reports 'politicised'". Invented sentences (real place and organisation names); none is taken from an article or a
 * case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const LEAD = 'Government helicopters dropped barrel bombs on the town of Kafr Nabl on Monday.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Barrel bombs hit Idlib town', '', ...[LEAD, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2021-09-08' });
const slug = (id: string): string => id.replace(/^actor:/, '');
const said = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.killed === null ? '' : ` killed=${s.killed}`}`);

describe('a research body and its brief', () => {
  it.each([
    ['The Orontes Policy Institute said Russian strikes had doubled.', 'orontes-policy-institute CLAIM'],
    ['The Levant Accountability Project said Russian strikes had doubled.', 'levant-accountability-project CLAIM'],
    ['The Mediterranean Crisis Group said Russian strikes had doubled.', 'mediterranean-crisis-group CLAIM'],
    ['The Syria Conflict Data Initiative said Russian strikes had doubled.', 'syria-conflict-data-initiative CLAIM'],
  ])('is named by its head noun: %s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('speaks through "a brief released on Tuesday by", "the brief" and "the project\'s researchers"', () => {
    const f = run(
      'Russian air strikes rose by 60 per cent over the summer, according to a brief released on Tuesday by the Syria Conflict Data Initiative.',
      'The brief counts 212 strikes between June and August.',
      "The project's researchers said they had shared their data with the United Nations.",
    );
    expect(said(f)).toEqual(['syria-conflict-data-initiative CLAIM', 'syria-conflict-data-initiative CLAIM', 'syria-conflict-data-initiative CLAIM']);
  });

  it('speaks through "documents" after its report', () => {
    expect(said(run('Human Rights Watch said in a report on Tuesday that six civilians were killed.', 'The report documents 212 strikes between June and August.'))).toEqual(['hrw CLAIM killed=6', 'hrw CLAIM']);
  });
});

describe('a tally', () => {
  it.each([
    ['The Ariha Local Council put the dead at 44.', 'ariha-local-council CLAIM killed=44'],
    ['The Syrian Observatory has a higher toll for Kafr Nabl, 14 dead.', 'sohr CLAIM killed=14'],
    ['The Syria Civil Defence gives a similar figure.', 'syrian-civil-defence CLAIM'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('is no tally in "has a" without a comparison ("has a team in the town")', () => {
    expect(said(run('The Syrian Observatory has a team in the town.'))).toEqual([]);
  });
});

describe('naming reports', () => {
  it('"has called such reports \'politicised\'" denies them', () => {
    expect(said(run('Russia has called such reports "politicised".'))).toEqual(['russia DENIAL']);
  });
});

describe('more of how briefs and their authors are quoted', () => {
  it.each([
    ['At least 37 schools have been hit since September, the Geneva-based Centre for Education in Emergencies said on Tuesday.', 'centre-for-education-in-emergencies CLAIM'],
    ['The Brussels-based Mediterranean Crisis Group said the offensive could displace 400,000 people.', 'mediterranean-crisis-group CLAIM'],
    ['Human Rights Watch does not assign blame for each strike, but notes that only Syrian and Russian forces fly warplanes over the area.', 'hrw CLAIM'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('"He pointed to a strike on …" is a statement of the author named before', () => {
    const f = run('Tomas Riedl, the author of the brief, said air strikes were emptying the towns. He pointed to a strike on the main market in Kafr Nabl on Monday.');
    expect(said(f)).toEqual(['tomas-riedl CLAIM', 'tomas-riedl CLAIM']);
  });
});

/**
 * Relays whose relaying subject is no actor ("Turkish media, citing the White Helmets, reported …", "Western media
 * outlets, citing the Observatory, have blamed Russia"): the body cited speaks, as the guidelines' relayed relays say.
 * And "citing the same sources": the source the article cited last. Invented sentences (real place and organisation
 * names); none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const LEAD = 'Government helicopters dropped barrel bombs on the town of Kafr Nabl on Monday.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Barrel bombs hit Idlib town', '', ...[LEAD, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const slug = (id: string): string => id.replace(/^actor:/, '');
const said = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance} ${s.targetIds.map(slug).join('+') || '-'}`);

describe('a relay whose subject is no actor', () => {
  it.each([
    ['Turkish media, citing the White Helmets, reported that six civilians were killed.', 'syrian-civil-defence CLAIM -'],
    ['Western media outlets, citing the Syrian Observatory, have blamed Russia for the attack.', 'sohr ACCUSATION russia'],
    ['Opposition news sites, citing local rescuers and the Syrian Observatory for Human Rights, said six people were killed.', 'sohr CLAIM -'],
    ['Pro-government outlets, citing a military source, denied that the army had struck the town.', 'syrian-army DENIAL syrian-army'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toContain(wanted);
  });

  it('is not read where the clause after the citation is no speech act', () => {
    expect(said(run('Local councils, citing the Syrian Observatory, opened shelters in the town.'))).toEqual([]);
  });
});

describe('"citing the same sources"', () => {
  it('is the source the article cited last', () => {
    const f = run(
      'Anadolu Agency reported, citing Turkish security sources, that regime forces had shelled a Turkish post near Saraqeb.',
      'The agency said, citing the same sources, that two soldiers were wounded.',
    );
    expect(f.statements.filter((s) => s.injured === 2).map((s) => slug(s.speakerId))).toEqual(['turkey']);
  });
});

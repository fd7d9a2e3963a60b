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

describe('"quoted X as saying"', () => {
  it('gives X the speaker after a determiner too', () => {
    expect(said(run('Interfax quoted the Russian Defence Ministry as saying its jets had not flown in the area.'))).toEqual(['russian-mod DENIAL russian-military']);
  });
});

describe('"quoted <office> <name> as saying"', () => {
  it('gives the person holding the office the speaker', () => {
    const f = run("Russia's TASS news agency quoted Kremlin spokesman Dmitry Peskov as saying that Moscow was concerned about the fighting.");
    expect(f.statements.map((s) => slug(s.speakerId))).toEqual(['dmitry-peskov']);
  });
});

describe('a report that is the speaker\'s own body speaking', () => {
  it.each([
    ['Dmitry Peskov said that Moscow condemned the attack.', 'dmitry-peskov CRITICISM -'],
    ['Kremlin spokesman Dmitry Peskov said that Moscow was deeply concerned about the fighting.', 'dmitry-peskov CRITICISM -'],
    ['Peskov said on Monday that the Kremlin denied any involvement.', 'dmitry-peskov DENIAL russia'],
  ])('is the speaker\'s: %s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('leaves another body\'s report to that body', () => {
    expect(said(run('The rescuers said that the Syrian Observatory had counted six dead.'))).toContain('sohr CLAIM -');
  });

  it('reads "quoted X, <apposition>, as saying"', () => {
    expect(said(run("TASS quoted Dmitry Peskov, the Kremlin spokesman, as saying that Moscow was concerned about the fighting."))).toEqual(['dmitry-peskov CRITICISM -']);
  });
});

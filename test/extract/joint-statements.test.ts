/**
 * Organisations the alias table does not know (invented ones here), defined by an acronym in brackets, and joint documents
 * whose authors are listed once and then called "the signatories", "three medical organisations" or
 * "they". Invented sentences (real organisation names); none is taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Medical charities accuse government over hospital strikes', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2017-02-10' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}${s.killed !== null ? ' killed=' + s.killed : ''}${s.injured !== null ? ' injured=' + s.injured : ''}`);

describe('an organisation defined by its acronym', () => {
  const f = run(
    'The Orontes Medical Relief Union (OMRU) runs three clinics in Salqin.',
    'OMRU said three people were wounded in an air strike on its clinic in Salqin on Thursday.',
  );

  it('is an actor named by its full name, with the acronym as an alias', () => {
    const a = f.actors.find((x) => x.name === 'Orontes Medical Relief Union');
    expect(a?.kind).toBe('NGO');
    expect(a?.aliases).toContain('OMRU');
  });

  it('speaks where the acronym recurs', () => {
    expect(acts(f)).toEqual(['orontes-medical-relief-union CLAIM injured=3']);
  });

  it('keeps a place inside the name part of the name', () => {
    const g = run('The Idlib Relief Coordination Network (IRCN) said five people were killed in Sarmin on Monday.');
    expect(acts(g)).toEqual(['idlib-relief-coordination-network CLAIM killed=5']);
  });

  it('is not made of a capitalised phrase before a bracket that is no organisation\'s name', () => {
    const g = run('Residents of Kafr Takharim (KT) said the jets came at dawn.');
    expect(g.actors.map((a) => a.name)).not.toContain('Residents of Kafr Takharim');
  });
});

describe('a joint statement with its signatories listed', () => {
  const f = run(
    'Three medical organisations working in north-west Syria have urged the UN Security Council to act against attacks on hospitals.',
    'The joint statement was signed by:',
    '- the Syrian American Medical Society (SAMS)',
    '- the Orontes Medical Relief Union (OMRU)',
    'The signatories said six health workers had been killed since January.',
    'They singled out the bombing of the surgical hospital in Sarmin on 9 February 2017, which they said killed 12 people.',
    'SAMS later said its own staff had not been hurt.',
  );
  const all = acts(f);

  it('gives the statement a collective noun introduces to every signatory, the list coming after it', () => {
    expect(all).toEqual(expect.arrayContaining(['sams CALL → un-security-council', 'orontes-medical-relief-union CALL → un-security-council']));
  });

  it('gives "the signatories said" and the "they" that follows to every signatory', () => {
    expect(all).toEqual(expect.arrayContaining(['sams CLAIM killed=6', 'orontes-medical-relief-union CLAIM killed=6', 'sams CLAIM killed=12', 'orontes-medical-relief-union CLAIM killed=12']));
  });

  it('leaves a signatory speaking alone to itself', () => {
    expect(f.statements.filter((s) => /own staff/.test(s.text)).map((s) => slug(s.speakerId))).toEqual(['sams']);
  });
});

describe('a joint statement in the first person plural, its signatories on lines of their own', () => {
  const f = run(
    'We, the undersigned medical organisations working in north-west Syria, condemn the renewed attacks on hospitals in Idlib.',
    'Among the attacks documented by our teams:',
    '- 16 May 2019, Qalaat al-Madiq: barrel bombs dropped by government helicopters hit the town\'s health centre, wounding three staff members.',
    'We therefore:',
    '- call on the Russian Federation to cease attacks on health facilities;',
    '- demand that the UN Security Council establish an independent investigation.',
    'Signatories:\nOrontes Health Relief\nSyrian American Medical Society (SAMS)',
  );
  const all = acts(f);

  it('makes an organisation of a signatory line no table knows', () => {
    expect(f.actors.find((a) => a.name === 'Orontes Health Relief')?.kind).toBe('NGO');
  });

  it('gives "we" to every signatory', () => {
    expect(all).toEqual(expect.arrayContaining(['orontes-health-relief CRITICISM', 'sams CRITICISM']));
  });

  it('gives the items of a list "documented by our teams" and of "We therefore:" to every signatory', () => {
    expect(all).toEqual(
      expect.arrayContaining([
        'orontes-health-relief CLAIM → syrian-army injured=3',
        'sams CLAIM → syrian-army injured=3',
        'orontes-health-relief CALL → russia',
        'sams CALL → russia',
        'orontes-health-relief CALL → un-security-council',
        'sams CALL → un-security-council',
      ]),
    );
  });

  it('places a dated entry at its label, a place in Hama although the text is about Idlib', () => {
    expect(f.incidents.map((i) => `${i.placeIds.join('+')}:${i.date}`)).toEqual(['place:qalat-al-madiq:2019-05-16']);
  });
});

describe('"Both say …" after a joint statement', () => {
  it('speaks for each of the joint speakers', () => {
    const f = extractArticle(['Strikes hit a town in Idlib province', '', 'Russia and Syria have denied deliberately targeting civilians.', '', 'Both say they are fighting "terrorist groups", including Hayat Tahrir al-Sham.', ''].join('\n'), { publishedAt: '2020-02-18' });
    expect(f.statements.map((s) => `${s.speakerId} ${s.stance}`)).toEqual(['actor:russia DENIAL', 'actor:syria DENIAL', 'actor:russia CLAIM', 'actor:syria CLAIM']);
  });
});

/**
 * Two tolls from one source in one sentence: the earlier figure in a relative clause, the update in
 * the main clause. Both are the source's figures. Invented sentences.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import { TABLE_OF_ATTACKS } from './helpers';

const LEAD = 'An air strike on a market in Sarmin on Monday killed nine people, rescuers said.';
const tolls = (sentence: string, speaker: string): Array<number | null> =>
  extractArticle(['Strike on Idlib market kills civilians', '', LEAD, '', sentence].join('\n'), { publishedAt: '2019-05-08' })
    .statements.filter((s) => s.speakerId === `actor:${speaker}`)
    .map((s) => s.killed)
    .sort();

describe('an earlier and an updated toll from one source', () => {
  it('keeps both figures ("which had initially reported 13 deaths, said the toll had risen to 15")', () => {
    expect(tolls('The Syrian Observatory for Human Rights, which had initially reported 13 deaths, said the toll had risen to 15.', 'sohr')).toEqual([13, 15]);
  });

  it('still makes one statement of one toll and its perpetrator told together', () => {
    expect(tolls('The Syrian Observatory for Human Rights put the toll at 15 and said Russian jets were responsible.', 'sohr')).toEqual([15]);
  });
});

describe('a monitor\'s table of attacks in its own bulletin', () => {
  const text = [
    'Weekly monitor: civilian deaths in north-west Syria, 11-17 October 2021',
    '',
    'Idlib Monitoring Network',
    '',
    ...TABLE_OF_ATTACKS,
    '',
    'The network holds Russia and the Syrian regime responsible for the continued killing of civilians and calls on the guarantors of the ceasefire to act.',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'Idlib Monitoring Network', publishedAt: '2021-10-18' });
  const mine = f.statements.filter((s) => s.speakerId === 'actor:idlib-monitoring-network');
  it('gives each row, with its figures and the party it names, to the network ("the network" is the outlet)', () => {
    expect(mine.filter((s) => s.stance === 'CLAIM').map((s) => `${s.targetIds.join()}:${s.killed}/${s.injured}`)).toEqual(['actor:russian-military:3/5', 'actor:syrian-army:1/2']);
  });
  it('makes no statement of the list\'s introduction', () => {
    expect(mine.filter((s) => /following attacks/.test(s.text))).toEqual([]);
  });
  it('reads the commentary\'s accusation and call', () => {
    expect(mine.map((s) => s.stance)).toEqual(expect.arrayContaining(['ACCUSATION', 'CALL']));
  });
});

describe('"every one of these deaths"', () => {
  it('counts no one', () => {
    expect(extractFigures('I hold Russian forces responsible for every one of these deaths.').killed).toBeNull();
    expect(extractFigures('held government forces responsible for 193 of the deaths').killed).toBe(193);
  });
});

describe('a table of attacks with spaced hyphens, announced in the passive', () => {
  const text = [
    'Week in Idlib: civilians killed as attacks surge across the north-west',
    '',
    'The Syrian Network for Human Rights (SNHR) documented the deaths of 20 civilians in north-west Syria in the week ending Sunday.',
    '',
    'The incidents recorded by the network are listed below (town - date - killed - injured - perpetrator, as given by SNHR):',
    '',
    '- Kansafra (Jabal al-Zawiya) - Tue 12 Oct - 7 killed, including 5 children - 12 injured - Russian forces (air strike)',
    '- Ihsim - Fri 15 Oct - no deaths - 4 injured - Syrian regime forces (artillery)',
  ].join('\n');
  const f = extractArticle(text, { title: text.split('\n')[0], outlet: 'Syria Weekly Digest', publishedAt: '2021-10-18' });
  it('gives each row, with its place, figures and the party its last cell names, to the network', () => {
    const rows = f.statements.filter((s) => s.speakerId === 'actor:snhr' && s.incidentId !== null);
    expect(rows.map((s) => `${s.incidentId?.replace(/^incident:[^:]+:/, '')} ${s.targetIds.join()} ${s.killed}/${s.injured}/${s.children}`)).toEqual([
      'kansafra:airstrike actor:russian-military 7/12/5',
      'ihsim:shelling actor:syrian-army 0/4/null',
    ]);
  });
  it('makes no statement of the list\'s introduction', () => {
    expect(f.statements.filter((s) => /listed below/.test(s.text))).toEqual([]);
  });
});

describe('a toll in a relative clause on the subject', () => {
  it('stands as its own claim beside the main clause\'s naming of the attacker', () => {
    const f = extractArticle(
      ['Air strike kills 21 in Kafr Takharim market', '', 'An air strike on a market in Kafr Takharim killed 21 people on Monday.', '', 'The Syrian Observatory for Human Rights, which had initially reported 13 deaths, said late on Tuesday that Russian warplanes were behind the raid.'].join('\n'),
      { publishedAt: '2019-05-14' },
    );
    const sohr = f.statements.filter((s) => s.speakerId === 'actor:sohr').map((s) => `${s.stance} ${s.targetIds.join()} ${s.killed}`);
    expect(sohr).toEqual(['CLAIM  13', 'CLAIM actor:russian-military null']);
  });
});

describe('more ways of giving a toll', () => {
  it.each([
    ['The Syrian Observatory for Human Rights (SOHR), a UK-based monitoring group, puts the figure higher, at 16.', 'sohr', 16],
    ['The Syrian Observatory for Human Rights has put the Sarmin toll at 12.', 'sohr', 12],
    ['The Syrian Network for Human Rights, which documents civilian deaths, now counts 27 dead there, eight of them children.', 'snhr', 27],
    ['The Idlib Health Directorate gave a lower figure of 16 dead in a statement on Wednesday morning.', 'idlib-health-directorate', 16],
    ['Twenty-eight of the victims were killed in north-west Syria, the Syrian Network for Human Rights said.', 'snhr', 28],
  ])('%s', (sentence, speaker, killed) => {
    expect(tolls(sentence, speaker)).toEqual([killed]);
  });
});

describe('children among a counted toll', () => {
  it.each([
    ['Two children were among five people killed when a barrel bomb hit a house in Kafr Nabl on Monday.', { killed: 5, children: 2 }],
    ['Three children were among the seven civilians killed in the strike.', { killed: 7, children: 3 }],
  ])('%s', (sentence, want) => {
    expect(extractFigures(sentence)).toMatchObject(want);
  });
});

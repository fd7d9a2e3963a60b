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

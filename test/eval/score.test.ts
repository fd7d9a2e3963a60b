import { ActorKind, IncidentKind, Stance } from '../../src/domain/model';
import { alignIncidents, datesCompatible } from '../../src/eval/align';
import { prf } from '../../src/eval/metrics';
import { Registry } from '../../src/eval/registry';
import { aggregate, failedArticle, NOT_FOUND, scoreArticle, scoreMerges } from '../../src/eval/score';
import { actorFact, facts, gold, goldIncident, goldStatement, incidentFact, placeFact, REGISTRY, statementFact } from './helpers';

const reg = new Registry(REGISTRY);

describe('prf: zero denominators', () => {
  it('scores two empty sets as perfect', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
  });
  it('scores nothing predicted against something expected as P=0, R=0, F1=0', () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
  it('scores false hits against an empty gold as P=0, R=0', () => {
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
  it('computes the usual ratios', () => {
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.p).toBeCloseTo(0.75);
    expect(s.r).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
});

describe('actors and places', () => {
  it('matches through aliases, ignores partOf parents that are not mentioned, counts unmapped as false hits', () => {
    const g = gold({ actors: ['sohr', 'russia'], places: ['maarat-al-numan'] });
    const f = facts({
      actors: [actorFact('actor:observatory', 'the Observatory'), actorFact('actor:moscow', 'Moscow'), actorFact('actor:turkey', 'Turkey'), actorFact('actor:al-jazeera', 'Al Jazeera')],
      places: [placeFact('place:maaret-al-numan', 'Maaret al-Numan'), placeFact('place:idlib-province', 'Idlib province')],
      // turkey is only a parent in `actors`, idlib-province only a LOCATED_IN parent in `places`
      mentions: ['actor:observatory', 'actor:moscow', 'actor:al-jazeera', 'place:maaret-al-numan'],
    });
    const s = scoreArticle(g, f, reg);
    expect(s.counts.actors).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.falseHits.actors).toEqual(['?al-jazeera']);
    expect(s.counts.places).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts speakers and targets as mentioned even when `mentions` omits them', () => {
    const g = gold({ actors: ['sohr', 'russia'] });
    const f = facts({ mentions: ['actor:sohr'], statements: [statementFact('actor:sohr', Stance.ACCUSATION, { targetIds: ['actor:russia'] })] });
    expect(scoreArticle(g, f, reg).counts.actors).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('falls back to `actors` and `places` when `mentions` lists none of that kind', () => {
    const g = gold({ actors: ['sohr'], places: ['kafranbel'] });
    const f = facts({ actors: [actorFact('actor:sohr')], places: [placeFact('place:kafranbel')] });
    const s = scoreArticle(g, f, reg);
    expect(s.counts.actors.tp).toBe(1);
    expect(s.counts.places.tp).toBe(1);
  });
});

describe('incident alignment', () => {
  it('aligns by overlapping registry places, equal kind and compatible date', () => {
    const g = gold({ places: ['maarat-al-numan', 'kafranbel'], incidents: [goldIncident('A', ['maarat-al-numan'], 'AIRSTRIKE', '2019-07-15'), goldIncident('B', ['kafranbel'], 'SHELLING', null)] });
    const f = facts({
      places: [placeFact('place:maaret', 'Maaret al-Numan')],
      incidents: [
        incidentFact('incident:x', ['place:kafranbel'], IncidentKind.SHELLING, '2019-07-14'), // gold B is undated: compatible
        incidentFact('incident:y', ['place:maaret'], IncidentKind.AIRSTRIKE, '2019-07-15'),
      ],
    });
    const s = scoreArticle(g, f, reg);
    expect(s.alignment).toEqual([
      { goldKey: 'A', predictedId: 'incident:y' },
      { goldKey: 'B', predictedId: 'incident:x' },
    ]);
    expect(s.counts.incidents).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.notes.some((n) => n.includes('incident B: date gold null vs extracted 2019-07-14'))).toBe(true);
  });

  it('does not align a different kind or a conflicting date', () => {
    const g = gold({ incidents: [goldIncident('A', ['kafranbel'], 'AIRSTRIKE', '2019-05-05')] });
    const wrongKind = facts({ incidents: [incidentFact('incident:x', ['place:kafranbel'], IncidentKind.SHELLING, '2019-05-05')] });
    const wrongDate = facts({ incidents: [incidentFact('incident:x', ['place:kafranbel'], IncidentKind.AIRSTRIKE, '2019-05-06')] });
    expect(scoreArticle(g, wrongKind, reg).counts.incidents).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreArticle(g, wrongDate, reg).counts.incidents).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('treats month precision as a prefix and null as unknown', () => {
    expect(datesCompatible('2019-07-15', '2019-07')).toBe(true);
    expect(datesCompatible('2019-07-15', null)).toBe(true);
    expect(datesCompatible('2019-07-15', '2019-08')).toBe(false);
  });

  it('prefers the alignment that pairs the most incidents, then the better place overlap', () => {
    const G = [
      { ref: 'A', kind: 'AIRSTRIKE', date: null, places: ['p1', 'p2'] },
      { ref: 'B', kind: 'AIRSTRIKE', date: null, places: ['p2'] },
    ];
    // Greedy would give A↔y (Jaccard 1) and leave B alone; the exact search pairs both.
    const P = [
      { ref: 'x', kind: 'AIRSTRIKE', date: null, places: ['p1'] },
      { ref: 'y', kind: 'AIRSTRIKE', date: null, places: ['p2'] },
    ];
    expect(alignIncidents(G, P)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('statements: distinct (speaker, stance, incident, target) tuples', () => {
  const g = gold({
    actors: ['russian-mod', 'russia', 'sohr'],
    places: ['maarat-al-numan'],
    incidents: [goldIncident('A', ['maarat-al-numan'])],
    statements: [
      goldStatement('russian-mod', 'DENIAL', 'A', 'russia', { evidence: 'The ministry denied that its aircraft flew.' }),
      goldStatement('russian-mod', 'DENIAL', 'A', 'russia', { evidence: 'It repeated the denial later.' }),
      goldStatement('sohr', 'CLAIM', 'A', null, { killed: 23, children: 6, qualifier: 'AT_LEAST' }),
    ],
  });

  it('scores one speech act split in two, or two gold statements of one tuple, as a single tuple', () => {
    const f = facts({
      incidents: [incidentFact('incident:g01', ['place:maarat-al-numan'])],
      statements: [
        statementFact('actor:russian-mod', Stance.DENIAL, { incidentId: 'incident:g01', targetIds: ['actor:russia'] }),
        statementFact('actor:russian-mod', Stance.DENIAL, { incidentId: 'incident:g01', targetIds: ['actor:russia'] }),
        statementFact('actor:sohr', Stance.CLAIM, { incidentId: 'incident:g01' }),
      ],
    });
    expect(scoreArticle(g, f, reg).counts.statements).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('compares speakers through the registry and the incident element through the alignment', () => {
    const f = facts({
      actors: [actorFact('actor:defence-ministry', "Russia's defence ministry"), actorFact('actor:kremlin', 'the Kremlin')],
      places: [placeFact('place:maaret', 'Maaret al-Numan')],
      incidents: [incidentFact('incident:whatever', ['place:maaret'])],
      statements: [statementFact('actor:defence-ministry', Stance.DENIAL, { incidentId: 'incident:whatever', targetIds: ['actor:kremlin'] })],
    });
    const s = scoreArticle(g, f, reg);
    expect(s.counts.statements).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('counts a statement on an unaligned incident as wrong, and null incident as different from A', () => {
    const f = facts({
      incidents: [incidentFact('incident:elsewhere', ['place:kafranbel'])],
      statements: [
        statementFact('actor:russian-mod', Stance.DENIAL, { incidentId: 'incident:elsewhere', targetIds: ['actor:russia'] }),
        statementFact('actor:sohr', Stance.CLAIM, { incidentId: null }),
      ],
    });
    const s = scoreArticle(g, f, reg);
    expect(s.counts.statements).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(s.falseHits.statements.some((x) => x.startsWith('russian-mod DENIAL @?incident:elsewhere → russia'))).toBe(true);
  });

  it('gives an extracted statement with several targets one tuple per target', () => {
    const g2 = gold({ statements: [goldStatement('turkey', 'CALL', null, 'russia'), goldStatement('turkey', 'CALL', null, 'syria')] });
    const f = facts({ statements: [statementFact('actor:turkey', Stance.CALL, { targetIds: ['actor:russia', 'actor:syria'] })] });
    expect(scoreArticle(g2, f, reg).counts.statements).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('requires the exact speaker: a partOf ancestor is a miss plus a false hit, reported as a near miss', () => {
    const evidence = 'Turkish Foreign Minister Mevlut Cavusoglu criticised Russia on Monday.';
    const g3 = gold({ actors: ['mevlut-cavusoglu', 'russia'], statements: [goldStatement('mevlut-cavusoglu', 'CRITICISM', null, 'russia', { evidence })] });
    const f = facts({
      actors: [{ ...actorFact('actor:turkey', 'Turkey'), kind: ActorKind.STATE }],
      statements: [statementFact('actor:turkey', Stance.CRITICISM, { targetIds: ['actor:russia'], text: evidence, sentence: evidence })],
    });
    const s = scoreArticle(g3, f, reg);
    expect(s.counts.statements).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses.statements[0]).toContain('[extracted: speaker turkey (partOf ancestor)]');
  });

  it('uses evidence or cue only to pair a miss with the false hit from the same sentence', () => {
    const g4 = gold({
      statements: [
        goldStatement('sohr', 'ACCUSATION', null, 'russia', { evidence: 'SOHR blamed Russian jets.' }),
        goldStatement('sohr', 'CRITICISM', null, 'russia', { cue: 'condemned the raid' }),
      ],
    });
    const f = facts({
      statements: [
        statementFact('actor:sohr', Stance.CLAIM, { targetIds: ['actor:russia'], sentence: 'The monitor condemned the raid on Tuesday.' }),
        statementFact('actor:sohr', Stance.CLAIM, { targetIds: ['actor:turkey'], sentence: 'SOHR blamed Russian jets.' }),
      ],
    });
    const s = scoreArticle(g4, f, reg);
    expect(s.counts.statements).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(s.misses.statements.find((m) => m.startsWith('sohr ACCUSATION'))).toContain('[extracted: stance CLAIM, target turkey]');
    expect(s.misses.statements.find((m) => m.startsWith('sohr CRITICISM'))).toContain('[extracted: stance CLAIM]');
  });

  it('counts each miss under its cause: the fields the nearest false hit got wrong, or not found', () => {
    const g5 = gold({
      statements: [
        goldStatement('sohr', 'ACCUSATION', null, 'russia', { evidence: 'SOHR blamed Russian jets.' }),
        goldStatement('sohr', 'CRITICISM', null, 'russia', { cue: 'condemned the raid' }),
        goldStatement('turkey', 'CALL', null, 'russia', { evidence: 'Ankara urged Moscow to halt the attacks.' }),
      ],
    });
    const f = facts({
      statements: [
        statementFact('actor:sohr', Stance.CLAIM, { targetIds: ['actor:russia'], sentence: 'The monitor condemned the raid on Tuesday.' }),
        statementFact('actor:sohr', Stance.CLAIM, { targetIds: ['actor:turkey'], sentence: 'SOHR blamed Russian jets.' }),
      ],
    });
    const s = scoreArticle(g5, f, reg);
    expect(s.statementMissCauses).toEqual({ stance: 1, 'stance+target': 1, [NOT_FOUND]: 1 });
    const twice = aggregate([s, s]);
    expect(twice.statementMissCauses).toEqual({ stance: 2, 'stance+target': 2, [NOT_FOUND]: 2 });
    expect(Object.values(twice.statementMissCauses).reduce((a, b) => a + b, 0)).toBe(twice.counts.statements.fn);
  });
});

describe('figures: distinct (speaker, field, value) per article', () => {
  it('counts killed, injured and children separately, zeros included, regardless of incident and qualifier', () => {
    const g = gold({
      statements: [
        goldStatement('sohr', 'CLAIM', 'A', null, { killed: 23, children: 6, qualifier: 'AT_LEAST' }),
        goldStatement('sohr', 'CLAIM', null, null, { killed: 23, qualifier: 'EXACT' }), // same tuple (sohr, killed, 23)
        goldStatement('syrian-civil-defence', 'CLAIM', 'A', null, { killed: 0, injured: 0, qualifier: 'EXACT' }),
      ],
    });
    const f = facts({
      statements: [
        statementFact('actor:sohr', Stance.CLAIM, { killed: 23 }),
        statementFact('actor:white-helmets', Stance.CLAIM, { killed: 0, injured: 2 }),
        statementFact('actor:russia', Stance.CLAIM, { killed: 23 }),
      ],
    });
    const s = scoreArticle(g, f, new Registry({ ...REGISTRY }));
    // gold: sohr/killed/23, sohr/children/6, scd/killed/0, scd/injured/0
    expect(s.counts.figures).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(s.misses.figures.sort()).toEqual(['sohr children=6', 'syrian-civil-defence injured=0']);
    expect(s.falseHits.figures.sort()).toEqual(['russia killed=23', 'syrian-civil-defence injured=2']);
  });
});

describe('merges across articles', () => {
  const node = (article: string, goldKey: string, sameAs: string | null, predictedId: string | null) => ({ article, goldKey, sameAs, predictedId });

  it('scores pairs of aligned incidents from different articles', () => {
    const r = scoreMerges([
      node('d1', 'A', 'G01', 'i:1'),
      node('d2', 'A', 'G01', 'i:1'), // tp with d1
      node('d3', 'A', 'G01', 'i:3'), // fn with d1 and d2
      node('d3', 'B', null, 'i:1'), // fp with d1 and d2 (same article as d3#A: not a pair)
    ]);
    expect(r.counts).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(r.missed).toEqual([
      { a: 'd1#A', b: 'd3#A' },
      { a: 'd2#A', b: 'd3#A' },
    ]);
  });

  it('leaves unaligned incidents out and counts the gold merges lost that way', () => {
    const r = scoreMerges([node('d1', 'A', 'G01', 'i:1'), node('d2', 'A', 'G01', null), node('d3', 'A', 'G01', 'i:1')]);
    expect(r.counts).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.excludedGoldPairs).toBe(2);
  });

  it('never pairs two incidents of the same article', () => {
    expect(scoreMerges([node('d1', 'A', 'G01', 'i:1'), node('d1', 'B', 'G01', 'i:1')]).counts).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('feeds aggregate() from the alignment of each article', () => {
    const g1 = gold({ article: { id: 'd1', title: '', outlet: null, url: null, publishedAt: null }, incidents: [goldIncident('A', ['kafranbel'], 'AIRSTRIKE', null, 'G02')] });
    const g2 = gold({ article: { id: 'd2', title: '', outlet: null, url: null, publishedAt: null }, incidents: [goldIncident('K', ['kafranbel'], 'AIRSTRIKE', null, 'G02')] });
    const f1 = facts({ places: [placeFact('place:kafr-nabl', 'Kafr Nabl')], incidents: [incidentFact('incident:same', ['place:kafr-nabl'])] });
    const f2 = facts({ incidents: [incidentFact('incident:same', ['place:kafranbel'])] });
    const t = aggregate([scoreArticle(g1, f1, reg), scoreArticle(g2, f2, reg)]);
    expect(t.counts.merges).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(t.scores.merges).toEqual({ p: 1, r: 1, f1: 1 });
  });
});

describe('failed extraction', () => {
  it('counts every gold item as a miss and keeps the error', () => {
    const g = gold({
      actors: ['sohr'],
      places: ['kafranbel'],
      incidents: [goldIncident('A', ['kafranbel'], 'AIRSTRIKE', null, 'G02')],
      statements: [goldStatement('sohr', 'CLAIM', 'A', null, { killed: 1, qualifier: 'EXACT' })],
    });
    const s = failedArticle('d1', g, 'extraction failed: ExtractionError: boom');
    expect(s.error).toContain('boom');
    for (const k of ['actors', 'places', 'incidents', 'statements', 'figures'] as const) expect(s.counts[k]).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.mergeNodes).toEqual([{ article: 'd1', goldKey: 'A', sameAs: 'G02', predictedId: null }]);
  });
});

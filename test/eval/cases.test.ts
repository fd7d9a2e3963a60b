import type { ArticleFacts } from '../../src/domain/facts';
import { ActorKind, Stance } from '../../src/domain/model';
import { emptyTotals, runCase, type BehaviourCase } from '../../src/eval/cases';
import { Registry } from '../../src/eval/registry';
import { REGISTRY, actorFact, facts, incidentFact, placeFact, statementFact } from './helpers';

const registry = new Registry(REGISTRY);
const CASE: BehaviourCase = {
  id: 'c1',
  construction: 'test',
  paragraphs: ['Russia denied the strike on Kafranbel on Monday, which the Observatory blamed on Russian jets.', 'The Kremlin declined to comment.'],
  publishedAt: '2020-02-18',
  statements: [{ speaker: 'russia', stance: 'DENIAL', target: null, cue: 'Russia denied' }],
  notStatements: ['The Kremlin declined to comment.'],
  incidents: [{ kind: 'AIRSTRIKE', date: '2020-02-17', places: ['kafranbel'] }],
  figures: [{ speaker: 'sohr', killed: 4, injured: null, children: null }],
};

/** An extractor that answers with `parts`, placing each statement over the clause its text gives. */
function answering(parts: Partial<ArticleFacts>): (text: string) => ArticleFacts {
  return (text) => {
    const f = facts(parts);
    return { ...f, statements: f.statements.map((s) => ({ ...s, start: text.indexOf(s.text), end: text.indexOf(s.text) + s.text.length })) };
  };
}

const right: Partial<ArticleFacts> = {
  actors: [actorFact('actor:russia', 'Russia'), actorFact('actor:sohr', 'Syrian Observatory for Human Rights')],
  places: [placeFact('place:kafranbel', 'Kafranbel')],
  incidents: [incidentFact('incident:x', ['place:kafranbel'], undefined, '2020-02-17')],
  statements: [
    statementFact('actor:russia', Stance.DENIAL, { text: 'Russia denied the strike' }),
    statementFact('actor:sohr', Stance.ACCUSATION, { text: 'which the Observatory blamed on Russian jets', killed: 4 }),
  ],
};

describe('runCase', () => {
  it('passes a case whose every expectation is met, and counts it', () => {
    const totals = emptyTotals();
    expect(runCase(CASE, answering(right), registry, totals).problems).toEqual([]);
    expect(totals).toMatchObject({ cases: 1, passed: 1, statements: { expected: 1, found: 1, targetsRight: 1 }, incidents: { expected: 1, found: 1 }, figures: { expected: 1, found: 1 } });
  });

  it('names each unmet expectation', () => {
    const wrong = answering({
      ...right,
      incidents: [incidentFact('incident:x', ['place:kafranbel'], undefined, '2020-02-16')],
      statements: [
        statementFact('actor:russia', Stance.CLAIM, { text: 'Russia denied the strike' }),
        statementFact('actor:russia', Stance.CLAIM, { text: 'The Kremlin declined to comment.' }),
      ],
    });
    const problems = runCase(CASE, wrong, registry).problems;
    expect(problems).toEqual([
      'no russia DENIAL at «Russia denied»',
      'a statement at «The Kremlin declined to comment.», which is none',
      'incidents [AIRSTRIKE 2020-02-17 kafranbel] wanted, got [AIRSTRIKE 2020-02-16 kafranbel]',
      'sohr: killed 4 injured - children - wanted',
    ]);
  });

  it('reports a wrong target and an extraction that throws', () => {
    const targeted = answering({ ...right, statements: [statementFact('actor:russia', Stance.DENIAL, { text: 'Russia denied the strike', targetIds: ['actor:russia'] }), ...right.statements!.slice(1)] });
    expect(runCase(CASE, targeted, registry).problems).toEqual(['russia DENIAL at «Russia denied»: target none wanted, got russia']);
    const throwing = (): ArticleFacts => {
      throw new Error('boom');
    };
    expect(runCase(CASE, throwing, registry).problems).toEqual(['extraction failed: boom']);
  });
});

describe('runCase: the incident a statement is about', () => {
  const withIncident: BehaviourCase = { ...CASE, notStatements: [], figures: [], statements: [{ speaker: 'russia', stance: 'DENIAL', target: null, cue: 'Russia denied', incident: 0 }] };
  it('is compared by what the incident is (kind, day, places), not by its id', () => {
    const totals = emptyTotals();
    const linked = answering({ ...right, statements: [statementFact('actor:russia', Stance.DENIAL, { text: 'Russia denied the strike', incidentId: 'incident:x' })] });
    expect(runCase(withIncident, linked, registry, totals).problems).toEqual([]);
    expect(totals.statements).toMatchObject({ withIncident: 1, incidentsRight: 1 });
  });

  it('names the incident wanted and the one extracted', () => {
    const unlinked = answering({ ...right, statements: [statementFact('actor:russia', Stance.DENIAL, { text: 'Russia denied the strike' })] });
    expect(runCase(withIncident, unlinked, registry).problems).toEqual(['russia DENIAL at «Russia denied»: about AIRSTRIKE 2020-02-17 kafranbel wanted, got none']);
    const general = answering({ ...right, statements: [statementFact('actor:russia', Stance.DENIAL, { text: 'Russia denied the strike', incidentId: 'incident:x' })] });
    expect(runCase({ ...withIncident, statements: [{ ...withIncident.statements![0]!, incident: null }] }, general, registry).problems).toEqual(['russia DENIAL at «Russia denied»: about none wanted, got AIRSTRIKE 2020-02-17 kafranbel']);
  });
});

describe('runCase: organisations the registry does not know', () => {
  const council: BehaviourCase = {
    id: 'c2',
    construction: 'unknown organisation',
    paragraphs: ['The local council of Binnish said two people were killed.'],
    publishedAt: '2020-02-18',
    statements: [{ speaker: 'binnish-council', stance: 'CLAIM', target: null, cue: 'The local council of Binnish said' }],
    newActors: { 'binnish-council': 'the local council of Binnish' },
  };
  const saying = (id: string, name: string, aliases: string[] = []) =>
    answering({ actors: [{ ...actorFact(id, name), aliases }], statements: [statementFact(id, Stance.CLAIM, { text: 'The local council of Binnish said two people were killed.' })] });

  it('counts an extracted actor by the name the case gives, whatever its id, with or without "the"', () => {
    expect(runCase(council, saying('actor:local-council-of-binnish', 'Local Council of Binnish'), registry).problems).toEqual([]);
    expect(runCase(council, saying('actor:x', 'Binnish council', ['the local council of Binnish']), registry).problems).toEqual([]);
  });

  it('counts one whose id is the slug the case gives, and no other', () => {
    expect(runCase(council, saying('actor:binnish-council', 'Binnish Council'), registry).problems).toEqual([]);
    expect(runCase(council, saying('actor:binnish-civil-defence', 'Binnish civil defence'), registry).problems).toEqual(['no binnish-council CLAIM at «The local council of Binnish said»']);
  });
});

describe('runCase: a body the registry does not know, part of one it knows', () => {
  const envoy: BehaviourCase = {
    id: 'c3',
    construction: 'an office of a known body',
    paragraphs: ["Russia's reconciliation office in Hmeimim said two people were killed."],
    publishedAt: '2020-02-18',
    statements: [{ speaker: 'russian-mod', stance: 'CLAIM', target: null, cue: 'reconciliation office in Hmeimim said' }],
  };
  const by = (fact: ReturnType<typeof actorFact>) => answering({ actors: [fact], statements: [statementFact(fact.id, Stance.CLAIM, { text: "Russia's reconciliation office in Hmeimim said two people were killed." })] });

  it('is named by the nearest body it is part of that the registry knows (the name the case writer could use)', () => {
    expect(runCase(envoy, by({ ...actorFact('actor:reconciliation-office', 'Reconciliation Office'), kind: ActorKind.MILITARY, partOf: 'actor:russian-mod' }), registry).problems).toEqual([]);
  });

  it('is not, when it is a person (the cases name people by their own slugs)', () => {
    expect(runCase(envoy, by({ ...actorFact('actor:ivan-petrov', 'Ivan Petrov'), kind: ActorKind.PERSON, partOf: 'actor:russian-mod' }), registry).problems).toEqual(['no russian-mod CLAIM at «reconciliation office in Hmeimim said»']);
  });
});

describe('runCase: places the registry does not know', () => {
  const village: BehaviourCase = {
    id: 'c3',
    construction: 'unknown village',
    paragraphs: ['An air strike hit the village of Kafr Lata on Monday.'],
    publishedAt: '2020-02-18',
    incidents: [{ kind: 'AIRSTRIKE', date: '2020-02-17', places: ['kafr-lata'] }],
    newPlaces: { 'kafr-lata': 'Kafr Lata' },
  };
  const striking = (id: string, name: string, aliases: string[] = []) =>
    answering({ places: [placeFact(id, name, aliases)], incidents: [incidentFact('incident:x', [id], undefined, '2020-02-17')] });

  it('counts an extracted place by the name the case gives, in any spelling that keeps its transliteration key', () => {
    expect(runCase(village, striking('place:kafr-lata', 'Kafr Lata'), registry).problems).toEqual([]);
    expect(runCase(village, striking('place:x', 'Kafer Lata'), registry).problems).toEqual([]);
    expect(runCase(village, striking('place:x', 'Kafr Lata village'), registry).problems).not.toEqual([]);
  });

  it('counts one whose id is the slug the case gives, and no other', () => {
    expect(runCase(village, striking('place:kafr-lata', 'Kafrlata'), registry).problems).toEqual([]);
    expect(runCase(village, striking('place:kafr-takharim', 'Kafr Takharim'), registry).problems).toEqual([
      'incidents [AIRSTRIKE 2020-02-17 kafr-lata] wanted, got [AIRSTRIKE 2020-02-17 kafr-takharim]',
    ]);
  });
});

/** Hand-made ArticleFacts and gold for the scorer tests. */
import type { ActorFact, ArticleFacts, IncidentFact, PlaceFact, StatementFact } from '../../src/domain/facts';
import { ActorKind, DatePrecision, IncidentKind, PlaceKind, type Stance } from '../../src/domain/model';
import { annotationAsFacts } from '../../src/eval/agreement';
import type { GoldArticle, GoldIncident, GoldStatement, RegistryFile } from '../../src/eval/types';

export function actorFact(id: string, name = id, aliases: string[] = []): ActorFact {
  return { id, name, kind: ActorKind.OTHER, aliases, partOf: null };
}

export function placeFact(id: string, name = id, aliases: string[] = []): PlaceFact {
  return { id, name, kind: PlaceKind.TOWN, aliases, latitude: null, longitude: null, geonamesId: null, parentId: null };
}

export function incidentFact(id: string, placeIds: string[], kind = IncidentKind.AIRSTRIKE, date: string | null = null): IncidentFact {
  return { id, kind, date, datePrecision: date ? DatePrecision.DAY : DatePrecision.UNKNOWN, placeIds, perpetratorIds: [], summary: '' };
}

let counter = 0;
export function statementFact(speakerId: string, stance: Stance, extra: Partial<StatementFact> = {}): StatementFact {
  return {
    id: `statement:${++counter}`,
    speakerId,
    stance,
    incidentId: null,
    targetIds: [],
    killed: null,
    injured: null,
    children: null,
    qualifier: null,
    date: null,
    text: '',
    sentence: '',
    start: 0,
    end: 0,
    ...extra,
  };
}

export function facts(parts: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    article: { id: 'article:test', title: 't', outlet: null, url: null, publishedAt: null, language: 'en' },
    actors: [],
    places: [],
    incidents: [],
    statements: [],
    mentions: [],
    ...parts,
  };
}

export function goldStatement(speaker: string, stance: string, incident: string | null = null, actor: string | null = null, extra: Partial<GoldStatement> = {}): GoldStatement {
  return { speaker, stance, about: { incident, actor }, killed: null, injured: null, children: null, qualifier: null, evidence: null, ...extra };
}

export function goldIncident(key: string, places: string[], kind = 'AIRSTRIKE', date: string | null = null, sameAs: string | null = null): GoldIncident {
  return { key, kind, date, places, perpetratorAlleged: [], sameAs };
}

export function gold(parts: Partial<GoldArticle> = {}): GoldArticle {
  return {
    article: { id: 'a1', title: 't', outlet: null, url: null, publishedAt: null },
    actors: [],
    places: [],
    incidents: [],
    statements: [],
    ...parts,
  };
}

/** A registry shaped like the seed registry, cut down. */
export const REGISTRY: RegistryFile = {
  actors: [
    { id: 'russia', name: 'Russia', partOf: null, aliases: ['Russia', 'Russian Federation', 'Moscow', 'the Kremlin'] },
    { id: 'russian-mod', name: 'Russian Ministry of Defence', partOf: 'russia', aliases: ["Russia's defence ministry", 'the ministry'] },
    { id: 'turkish-mod', name: 'Turkish Ministry of National Defence', partOf: 'turkey', aliases: ["Turkey's defence ministry", 'the ministry'] },
    { id: 'syria', name: 'Syria (state / government)', partOf: null, aliases: ['Syria', 'Damascus', 'the regime'] },
    { id: 'turkey', name: 'Turkey', partOf: null, aliases: ['Turkey', 'Ankara'] },
    { id: 'turkish-foreign-ministry', name: 'Turkish Ministry of Foreign Affairs', partOf: 'turkey', aliases: ["Turkey's foreign ministry"] },
    { id: 'mevlut-cavusoglu', name: 'Mevlut Cavusoglu', partOf: 'turkish-foreign-ministry', aliases: ['Cavusoglu'] },
    { id: 'sohr', name: 'Syrian Observatory for Human Rights', partOf: null, aliases: ['SOHR', 'the Observatory', 'war monitor'] },
    { id: 'syrian-civil-defence', name: 'Syria Civil Defence (White Helmets)', partOf: null, aliases: ['White Helmets', 'civil defence', 'rescuers'] },
  ],
  places: [
    { id: 'maarat-al-numan', name: 'Maarat al-Numan', aliases: ['Maaret al-Numan', "Ma'arrat al-Nu'man"] },
    { id: 'kafranbel', name: 'Kafranbel', aliases: ['Kafr Nabl'] },
    { id: 'idlib-province', name: 'Idlib province', aliases: ['Idlib', 'Idleb'] },
    { id: 'moscow', name: 'Moscow', aliases: ['Moscow'] },
  ],
};

/**
 * The ArticleFacts a perfect extractor would return for a gold file (ids with the usual prefixes, incidents
 * with their sameAs as global id): the gold read as a second annotation of itself. Scores 1.0 on every kind.
 */
export function perfectFacts(g: GoldArticle): ArticleFacts {
  return annotationAsFacts(g, { actors: [], places: [] }, '');
}

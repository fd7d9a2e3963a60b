/**
 * Plans the writes for one article: ArticleFacts → an ordered list of (Cypher file, parameters).
 * Pure. The loader runs the plan in one transaction; the Cypher exporter inlines the same plan into
 * cypher/seed.cypher, so both stores are built by exactly the same statements.
 */
import type { ArticleFacts } from '../domain/facts';
import type { Params } from '../store/port';

export interface PlannedWrite {
  /** Name of a file under cypher/ (without extension). */
  query: string;
  params: Params;
  /** How many nodes / relationships this write touches (created or matched), for the summary. */
  nodes: number;
  relationships: number;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export function planArticle(facts: ArticleFacts): PlannedWrite[] {
  const articleId = facts.article.id;
  const actors = uniqueBy(facts.actors, (a) => a.id);
  const places = uniqueBy(facts.places, (p) => p.id);
  const incidents = uniqueBy(facts.incidents, (i) => i.id);
  const statements = uniqueBy(facts.statements, (s) => s.id);
  const actorIds = new Set(actors.map((a) => a.id));
  const placeIds = new Set(places.map((p) => p.id));
  const incidentIds = new Set(incidents.map((i) => i.id));

  const actorParents = actors
    .filter((a) => a.partOf !== null && actorIds.has(a.partOf))
    .map((a) => ({ id: a.id, partOf: a.partOf }));
  const placeParents = places
    .filter((p) => p.parentId !== null && placeIds.has(p.parentId))
    .map((p) => ({ id: p.id, parentId: p.parentId }));
  const incidentPlaces = incidents.flatMap((i) =>
    uniqueBy(i.placeIds.filter((id) => placeIds.has(id)), (id) => id).map((placeId) => ({ incidentId: i.id, placeId })),
  );
  const perpetrators = incidents.flatMap((i) =>
    uniqueBy(i.perpetratorIds.filter((id) => actorIds.has(id)), (id) => id).map((actorId) => ({
      incidentId: i.id,
      actorId,
      articleId,
    })),
  );
  const statementRows = statements
    .filter((s) => actorIds.has(s.speakerId))
    .map((s) => ({
      id: s.id,
      speakerId: s.speakerId,
      stance: s.stance,
      text: s.text,
      sentence: s.sentence,
      killed: s.killed,
      injured: s.injured,
      children: s.children,
      qualifier: s.qualifier,
      date: s.date,
      start: s.start,
      end: s.end,
    }));
  const written = new Set(statementRows.map((s) => s.id));
  const statementIncidents = statements
    .filter((s) => written.has(s.id) && s.incidentId !== null && incidentIds.has(s.incidentId))
    .map((s) => ({ statementId: s.id, incidentId: s.incidentId }));
  const statementTargets = statements
    .filter((s) => written.has(s.id))
    .flatMap((s) =>
      uniqueBy(s.targetIds.filter((id) => actorIds.has(id)), (id) => id).map((actorId) => ({ statementId: s.id, actorId })),
    );
  const mentions = uniqueBy(
    facts.mentions.filter((id) => actorIds.has(id) || placeIds.has(id)),
    (id) => id,
  ).sort();

  const plan: PlannedWrite[] = [
    {
      query: 'write/upsert-article',
      params: {
        article: {
          id: articleId,
          title: facts.article.title,
          outlet: facts.article.outlet,
          url: facts.article.url,
          publishedAt: facts.article.publishedAt,
          language: facts.article.language,
        },
      },
      nodes: 1,
      relationships: 0,
    },
  ];
  const add = (query: string, rows: unknown[], nodes: number, relationships: number, extra: Params = {}): void => {
    if (rows.length > 0) plan.push({ query, params: { ...extra, rows }, nodes, relationships });
  };
  add(
    'write/upsert-actors',
    actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
    actors.length,
    0,
  );
  add('write/link-actor-parents', actorParents, 0, actorParents.length);
  add(
    'write/upsert-places',
    places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: p.aliases,
      latitude: p.latitude,
      longitude: p.longitude,
      geonamesId: p.geonamesId,
    })),
    places.length,
    0,
  );
  add('write/link-place-parents', placeParents, 0, placeParents.length);
  add(
    'write/upsert-incidents',
    incidents.map((i) => ({ id: i.id, kind: i.kind, date: i.date, datePrecision: i.datePrecision, summary: i.summary })),
    incidents.length,
    incidents.length,
    { articleId },
  );
  add('write/link-incident-places', incidentPlaces, 0, incidentPlaces.length);
  add('write/link-incident-perpetrators', perpetrators, 0, perpetrators.length);
  add('write/upsert-statements', statementRows, statementRows.length, statementRows.length * 2, { articleId });
  add('write/link-statement-incidents', statementIncidents, 0, statementIncidents.length);
  add('write/link-statement-targets', statementTargets, 0, statementTargets.length);
  if (mentions.length > 0) {
    plan.push({ query: 'write/link-mentions', params: { articleId, ids: mentions }, nodes: 0, relationships: mentions.length });
  }
  if (statementIncidents.length > 0) {
    // Contradictions are found against everything already in the graph, so they are not counted as planned.
    plan.push({
      query: 'write/link-contradictions',
      params: { rows: statementIncidents },
      nodes: 0,
      relationships: 0,
    });
  }
  return plan;
}

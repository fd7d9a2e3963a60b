/** Loads one article's facts into a store in one write transaction. */
import type { ArticleFacts } from '../domain/facts';
import { type KnownIncident, resolveIncidentMerges } from '../resolve/incident-merge';
import { cypher } from '../store/cypher';
import { type Store, type Tx, type WriteCounters, addCounters, emptyCounters } from '../store/port';
import { planArticle } from './plan';

export interface LoadResult {
  /** The facts as written: incidents already in the graph keep their ids (see incident-merge.ts). */
  facts: ArticleFacts;
  counters: WriteCounters;
  /** Nodes and relationships the plan touched: created ones plus ones that already existed (matched). */
  plannedNodes: number;
  plannedRelationships: number;
}

function knownIncidents(tx: Tx) {
  return async (placeIds: string[], kinds: string[], articleId: string): Promise<KnownIncident[]> =>
    (
      await tx.run<KnownIncident & Record<string, unknown>>(cypher('seeder/find-incident-candidates'), {
        placeIds,
        kinds,
        articleId,
      })
    ).rows;
}

/**
 * Writes `facts` with MERGE only, so loading the same facts again changes nothing. Incidents are first
 * resolved against the graph, so another article's report of the same event lands on the same node.
 * All of it commits or none of it does.
 */
export async function loadArticleFacts(store: Store, extracted: ArticleFacts): Promise<LoadResult> {
  let found = 0;
  let facts = extracted;
  let plannedNodes = 0;
  let plannedRelationships = 0;
  const counters = await store.write(async (tx) => {
    facts = await resolveIncidentMerges(extracted, knownIncidents(tx));
    const plan = planArticle(facts);
    plannedNodes = plan.reduce((n, s) => n + s.nodes, 0);
    plannedRelationships = plan.reduce((n, s) => n + s.relationships, 0);
    let total = emptyCounters();
    found = 0;
    for (const step of plan) {
      const result = await tx.run(cypher(step.query), step.params);
      total = addCounters(total, result.counters);
      // Contradiction links are discovered, not planned: count the new ones as touched.
      if (step.query === 'write/link-contradictions') found = result.counters.relationshipsCreated;
    }
    return total;
  });
  return { facts, counters, plannedNodes, plannedRelationships: plannedRelationships + found };
}

/** Loads one article's facts into a store in one write transaction. */
import type { ArticleFacts } from '../domain/facts';
import { cypher } from '../store/cypher';
import { type Store, type WriteCounters, addCounters, emptyCounters } from '../store/port';
import { planArticle } from './plan';

export interface LoadResult {
  counters: WriteCounters;
  /** Nodes and relationships the plan touched: created ones plus ones that already existed (matched). */
  plannedNodes: number;
  plannedRelationships: number;
}

/**
 * Writes `facts` with MERGE only, so loading the same facts again changes nothing.
 * All of it commits or none of it does.
 */
export async function loadArticleFacts(store: Store, facts: ArticleFacts): Promise<LoadResult> {
  const plan = planArticle(facts);
  let found = 0;
  const counters = await store.write(async (tx) => {
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
  return {
    counters,
    plannedNodes: plan.reduce((n, s) => n + s.nodes, 0),
    plannedRelationships: plan.reduce((n, s) => n + s.relationships, 0) + found,
  };
}

/** Builds the text of cypher/seed.cypher by seeding the given articles into a scratch in-memory store. */
import type { ArticleFacts } from '../domain/facts';
import { openEmbeddedStore } from '../store/embedded/embedded-store';
import { renderSeedCypher } from './export-cypher';
import { type SeedSummary, seedPaths } from './seed';

export async function buildSeedCypher(
  paths: string[],
  maxArticleBytes: number,
): Promise<{ text: string; summary: SeedSummary }> {
  const store = await openEmbeddedStore();
  const articles: ArticleFacts[] = [];
  try {
    const summary = await seedPaths(store, paths, { maxArticleBytes, onArticle: (facts) => articles.push(facts) });
    return { text: renderSeedCypher(articles), summary };
  } finally {
    await store.close();
  }
}

/**
 * cypher/seed.cypher is committed and must stay current: it has to rebuild exactly the graph the
 * seeder builds from seed/articles (same nodes, relationships and ids), and pass through the
 * project's own `run-cypher` path on an empty embedded store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { PROJECT_ROOT, splitStatements } from '../../src/store/cypher';
import { buildSeedCypher } from '../../src/seeder/seed-cypher-file';
import { seedPaths } from '../../src/seeder/seed';
import { graphOf } from '../fixtures/graph-snapshot';

const SEED_DIR = join(PROJECT_ROOT, 'seed', 'articles');
const SEED_CYPHER = join(PROJECT_ROOT, 'cypher', 'seed.cypher');
const MAX = 1024 * 1024;

describe('cypher/seed.cypher', () => {
  it('is current (regenerate with `npm run seed:export`)', async () => {
    const { text, summary } = await buildSeedCypher([SEED_DIR], MAX);
    expect(summary.failures).toEqual([]);
    expect(readFileSync(SEED_CYPHER, 'utf8')).toBe(text);
  });

  it('rebuilds on an empty embedded store the same nodes, relationships and ids as the seeder', async () => {
    const seeded = await openEmbeddedStore();
    const rebuilt = await openEmbeddedStore();
    try {
      const summary = await seedPaths(seeded, [SEED_DIR], { maxArticleBytes: MAX });
      expect(summary.articles.loaded).toBe(5);
      for (const statement of splitStatements(readFileSync(SEED_CYPHER, 'utf8'))) {
        await rebuilt.write((tx) => tx.run(statement));
      }
      const expected = await graphOf(seeded);
      expect(expected.nodes.length).toBeGreaterThan(20);
      expect(await graphOf(rebuilt)).toEqual(expected);
    } finally {
      await seeded.close();
      await rebuilt.close();
    }
  });

  it('seeding the same articles twice leaves every count and id unchanged', async () => {
    const store = await openEmbeddedStore();
    try {
      await seedPaths(store, [SEED_DIR], { maxArticleBytes: MAX });
      const first = await graphOf(store);
      const again = await seedPaths(store, [SEED_DIR], { maxArticleBytes: MAX });
      expect(again.nodes.created).toBe(0);
      expect(again.relationships.created).toBe(0);
      expect(await graphOf(store)).toEqual(first);
    } finally {
      await store.close();
    }
  });
});

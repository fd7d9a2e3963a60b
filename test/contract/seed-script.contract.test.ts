/**
 * cypher/seed.cypher on every store (on Neo4j too when NEO4J_URI is set): running it on an empty graph
 * gives the same nodes, relationships and ids as seeding seed/articles through the seeder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, splitStatements } from '../../src/store/cypher';
import { seedPaths } from '../../src/seeder/seed';
import { clearGraph, describeStoreContract } from './harness';
import { graphOf } from '../fixtures/graph-snapshot';

describeStoreContract('cypher/seed.cypher', (getStore) => {
  it('rebuilds the seeded graph', async () => {
    const store = getStore();
    await clearGraph(store);
    const summary = await seedPaths(store, [join(PROJECT_ROOT, 'seed', 'articles')], { maxArticleBytes: 1024 * 1024 });
    expect(summary.failures).toEqual([]);
    const seeded = await graphOf(store);

    await clearGraph(store);
    for (const statement of splitStatements(readFileSync(join(PROJECT_ROOT, 'cypher', 'seed.cypher'), 'utf8'))) {
      await store.write((tx) => tx.run(statement));
    }
    expect(await graphOf(store)).toEqual(seeded);
  });
});

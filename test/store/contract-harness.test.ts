/** The contract harness picks its stores from the environment and fails loudly on a dead Neo4j. */
import { contractTargets } from '../contract/harness';
import { StoreUnavailableError } from '../../src/store/port';

describe('contract harness targets', () => {
  it('runs on the embedded store alone when NEO4J_URI is unset', () => {
    expect(contractTargets({}).map((t) => t.kind)).toEqual(['embedded']);
    expect(contractTargets({ NEO4J_URI: '  ' }).map((t) => t.kind)).toEqual(['embedded']);
  });

  it('adds Neo4j when NEO4J_URI is set, labelled without the password', () => {
    const targets = contractTargets({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'hunter2', NEO4J_DATABASE: 'scratch' });
    expect(targets.map((t) => t.kind)).toEqual(['embedded', 'neo4j']);
    expect(targets[1]!.label).toBe('bolt://127.0.0.1:1 (scratch)');
  });

  it('an unreachable Neo4j fails the suite with StoreUnavailableError and frees the lock for the next suite', async () => {
    const env = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'hunter2' };
    const first = contractTargets(env)[1]!;
    await expect(first.open()).rejects.toBeInstanceOf(StoreUnavailableError);
    first.release?.();
    const started = Date.now();
    const second = contractTargets(env)[1]!;
    await expect(second.open()).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
    second.release?.();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('opens a fresh, empty embedded store with the schema applied', async () => {
    const store = await contractTargets({})[0]!.open();
    try {
      const { rows } = await store.read((tx) => tx.run('MATCH (n) RETURN count(n) AS n'));
      expect(rows).toEqual([{ n: 0 }]);
      await store.write((tx) => tx.run("CREATE (:Actor {id: 'actor:a'})"));
      await expect(store.write((tx) => tx.run("CREATE (:Actor {id: 'actor:a'})"))).rejects.toThrow();
    } finally {
      await store.close();
    }
  });
});

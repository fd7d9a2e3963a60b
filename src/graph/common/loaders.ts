/**
 * Per-request batching over the store. Every relationship a resolver follows goes through a
 * DataLoader keyed by the parent id, so a request costs one store round trip per (query, arguments)
 * and nesting level, however many parents the level has. Create one instance per request.
 */
import DataLoader from 'dataloader';
import { cypher } from '../../store/cypher';
import type { Params, Row, Store } from '../../store/port';
import { str } from './rows';

export class StoreLoaders {
  readonly #store: Store;
  readonly #grouped = new Map<string, DataLoader<string, Row[]>>();
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** Runs `cypher/read/<name>.cypher` once in a read transaction and returns its rows. */
  async rows<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const text = cypher(`read/${name}`);
    const result = await this.#store.read((tx) => tx.run<T>(text, params));
    return result.rows;
  }

  /**
   * A loader for `cypher/read/<name>.cypher`, which must take `$ids` (plus `params`) and return one
   * row per related item with the parent id in column `key`, in the order the field shows them.
   */
  grouped(name: string, params: Params = {}): DataLoader<string, Row[]> {
    const cacheKey = `${name} ${JSON.stringify(params)}`;
    let loader = this.#grouped.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, Row[]>(
        async (ids) => {
          const rows = await this.rows(name, { ...params, ids: [...ids] });
          const groups = new Map<string, Row[]>();
          for (const row of rows) {
            const key = str(row['key']);
            const group = groups.get(key);
            if (group) group.push(row);
            else groups.set(key, [row]);
          }
          return ids.map((id) => groups.get(id) ?? []);
        },
        { maxBatchSize: 1000 },
      );
      this.#grouped.set(cacheKey, loader);
    }
    return loader;
  }

  /** Computes `compute()` at most once per request for `key`. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.#memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.#memo.set(key, value);
    }
    return value;
  }
}

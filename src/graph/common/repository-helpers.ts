/**
 * Small helpers shared by the repositories: load one node by id through the per-label batch loader,
 * and run a paged list query with its count query.
 */
import type { Params, Row } from '../../store/port';
import type { StoreLoaders } from './loaders';
import { sliceFromRows, type PageRequest, type PageSlice } from './pagination';
import { optNum, props, type Props } from './rows';

/** The first related node of `id` through `query` (a grouped query returning `node`), or null. */
export async function loadOne<T>(
  loaders: StoreLoaders,
  query: string,
  id: string,
  map: (p: Props) => T,
  params: Params = {},
): Promise<T | null> {
  const rows = await loaders.grouped(query, params).load(id);
  return rows[0] ? map(props(rows[0])) : null;
}

/** Every related node of `id` through `query`. */
export async function loadMany<T>(
  loaders: StoreLoaders,
  query: string,
  id: string,
  map: (p: Props) => T,
  params: Params = {},
): Promise<T[]> {
  const rows = await loaders.grouped(query, params).load(id);
  return rows.map((row) => map(props(row)));
}

/**
 * Runs `read/find-<noun>` for one page (asking one row more to learn whether a next page exists) and
 * wires `read/count-<noun>` to run only if the client selects `totalCount`.
 */
export async function loadPage<T>(
  loaders: StoreLoaders,
  noun: string,
  filter: Params,
  sort: string,
  page: PageRequest,
  map: (row: Row) => T,
): Promise<PageSlice<T>> {
  const rows = await loaders.rows(`find-${noun}`, { ...filter, sort, skip: page.skip, limit: page.limit + 1 });
  const count = () =>
    loaders.memo(`count-${noun} ${JSON.stringify(filter)}`, async () => {
      const [row] = await loaders.rows(`count-${noun}`, filter);
      return row ? (optNum(row['total']) ?? 0) : 0;
    });
  return sliceFromRows(rows.map(map), page, count);
}

/** Null for an empty or absent list, so the Cypher `$x IS NULL` test means "no filter". */
export function listOrNull<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}

/** Trimmed lower-case text, or null when empty: the form Cypher's CONTAINS filters expect. */
export function needle(text: string | null | undefined): string | null {
  const t = text?.trim().toLowerCase();
  return t ? t : null;
}

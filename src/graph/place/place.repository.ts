import type { StoreLoaders } from '../common/loaders';
import type { NameSort, PlaceKind } from '../common/enums';
import { matchNames, type NamedEntry } from '../common/names';
import type { PageRequest, PageSlice } from '../common/pagination';
import { listOrNull, loadMany, loadOne, loadPage } from '../common/repository-helpers';
import { props, str, strList } from '../common/rows';
import { Article } from '../article/article.type';
import { Incident } from '../incident/incident.type';
import { Place } from './place.type';

/** Filter of `places`; absent fields do not filter. */
export interface PlaceFilter {
  kinds?: PlaceKind[] | null;
  /** A name or alias, matched across case, accents and transliterations (see names.ts). */
  name?: string | null;
  /** Only places located (transitively) in this place id. */
  within?: string | null;
}

/** Reads places, their hierarchy and their incidents. One instance per request. */
export class PlaceRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  findById(id: string): Promise<Place | null> {
    return loadOne(this.loaders, 'find-places-by-ids', id, (p) => Place.fromProps(p));
  }

  /** Every place's names; read once per request. */
  names(): Promise<NamedEntry[]> {
    return this.loaders.memo('list-place-names', async () => {
      const rows = await this.loaders.rows('list-place-names');
      return rows.map((r) => ({ id: str(r['id']), name: str(r['name']), aliases: strList(r['aliases']) }));
    });
  }

  /**
   * Ids of the places a user means by `name`: a place id as is, else every place one of whose names
   * matches (case-, accent- and transliteration-insensitive).
   */
  async resolveName(name: string): Promise<string[]> {
    const trimmed = name.trim();
    const entries = await this.names();
    if (trimmed.startsWith('place:')) return entries.some((e) => e.id === trimmed) ? [trimmed] : [];
    return matchNames(entries, trimmed);
  }

  async list(filter: PlaceFilter, sort: NameSort, page: PageRequest): Promise<PageSlice<Place>> {
    const ids = filter.name ? await this.resolveName(filter.name) : null;
    const params = { kinds: listOrNull(filter.kinds), ids, within: filter.within ?? null };
    return loadPage(this.loaders, 'places', params, sort, page, (row) => Place.fromProps(props(row)));
  }

  /** The place this one is located in (the first, if the sources disagree). */
  parent(id: string): Promise<Place | null> {
    return loadOne(this.loaders, 'find-place-parents', id, (p) => Place.fromProps(p));
  }

  children(id: string): Promise<Place[]> {
    return loadMany(this.loaders, 'find-place-children', id, (p) => Place.fromProps(p));
  }

  /** Incidents in the place and, when `contained`, in places inside it (transitively). Newest first. */
  incidents(id: string, contained: boolean, limit: number): Promise<Incident[]> {
    return loadMany(this.loaders, 'find-place-incidents', id, (p) => Incident.fromProps(p), { contained, limit });
  }

  articles(id: string): Promise<Article[]> {
    return loadMany(this.loaders, 'find-place-articles', id, (p) => Article.fromProps(p));
  }
}
